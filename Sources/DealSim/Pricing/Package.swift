/// `package`: whole blocks of units at a block price, the first units of the month free.
///
/// Every started block of `unitsPerPackage` costs `pricePerPackage`:
/// `pricePerPackage · ⌈max(0, units − freeUnits) / unitsPerPackage⌉`. Blocks of 1,000 at $50
/// with 100 free units: 100 units cost 0, 101 cost 50, 1,100 cost 50, 1,101 cost 100. Under a
/// pause the scaled, possibly fractional, units are rounded up to whole blocks the same way.
public struct Package: Sendable, Hashable {
    /// What is metered.
    public var metric: UsageMetric
    /// The units in one block (whole, ≥ 1).
    public var unitsPerPackage: Int
    /// The price of one block (≥ 0).
    public var pricePerPackage: Double
    /// The units of each month that cost nothing (whole, ≥ 0).
    public var freeUnits: Int

    /// Creates the charge.
    public init(metric: UsageMetric, unitsPerPackage: Int, pricePerPackage: Double, freeUnits: Int = 0) {
        self.metric = metric
        self.unitsPerPackage = unitsPerPackage
        self.pricePerPackage = pricePerPackage
        self.freeUnits = freeUnits
    }

    /// The blocks the month's usage starts: `⌈max(0, units − freeUnits) / unitsPerPackage⌉`.
    /// (A paused month's scaled units that are exactly whole count as whole:
    /// ``MeteredUsage/scaled(by:)``.)
    public func packages(for usage: MeteredUsage) -> Double {
        (max(0, metric.units(in: usage) - Double(freeUnits)) / Double(unitsPerPackage)).rounded(.up)
    }

    /// `pricePerPackage · packages`.
    public func amount(for usage: MeteredUsage) -> Double { pricePerPackage * packages(for: usage) }

    /// One line: packages × price per package, its item saying the units they hold.
    public func lines(for usage: MeteredUsage) -> [InvoiceLine] {
        let units = metric.units(in: usage)
        let item = InvoiceItem.packages(
            metric: metric, units: units, freeUnits: min(units, Double(freeUnits)), unitsPerPackage: unitsPerPackage)
        return [InvoiceLine(item: item, quantity: packages(for: usage), unitPrice: pricePerPackage, amount: amount(for: usage))]
    }
}
