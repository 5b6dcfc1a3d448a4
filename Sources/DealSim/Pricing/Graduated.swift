/// `graduated`: unit prices by bracket of a metered quantity, the way usage-based billing
/// systems price volume.
///
/// Bracket i covers `(upToᵢ₋₁, upToᵢ]`: a unit exactly at `upTo` belongs to that bracket, and
/// the last bracket has no limit. A bracket's flat fee is charged once any unit falls in it,
/// so zero units cost nothing in either mode.
///
/// - `graduated`: each unit is priced by the bracket it falls in, plus the flat fee of every
///   bracket reached. Brackets [{10, $10, $2}, {20, $5, $3}, {∞, $5, $3}]: 11 units cost
///   10 · 10 + 2 + 1 · 5 + 3 = 110.
/// - `volume`: all units at the price of the bracket the total falls in, plus that bracket's
///   flat fee. Brackets [{100, $2, $10}, {200, $1, $0}, {∞, $0.50, $50}]: 100 units cost 210,
///   101 cost 101 (a volume total can fall as usage rises).
public struct Graduated: Sendable, Hashable {
    /// How units are priced across brackets.
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        /// Each unit at its own bracket's price.
        case graduated
        /// Every unit at the price of the bracket the total reaches.
        case volume
    }

    /// One bracket of the price schedule.
    public struct Bracket: Sendable, Hashable {
        /// The last unit in this bracket; `nil` (only for the last bracket) means no limit.
        public var upTo: Int?
        /// Price of each unit priced in this bracket.
        public var unitPrice: Double
        /// Charged once when any unit falls in this bracket.
        public var flatFee: Double

        /// Creates a bracket.
        public init(upTo: Int?, unitPrice: Double, flatFee: Double = 0) {
            self.upTo = upTo
            self.unitPrice = unitPrice
            self.flatFee = flatFee
        }

        var upperBound: Double { upTo.map(Double.init) ?? .infinity }
    }

    /// What is metered.
    public var metric: UsageMetric
    /// Graduated or volume pricing.
    public var mode: Mode
    /// Brackets with strictly increasing `upTo`, exactly the last unbounded.
    public var brackets: [Bracket]

    /// Creates the charge.
    public init(metric: UsageMetric, mode: Mode, brackets: [Bracket]) {
        self.metric = metric
        self.mode = mode
        self.brackets = brackets
    }

    /// The metered quantity of this month's usage.
    public func units(in usage: MeteredUsage) -> Double { metric.units(in: usage) }

    /// Calls `body(bracketIndex, unitsPricedInBracket)` for every bracket that is charged.
    private func forEachChargedBracket(units: Double, _ body: (Int, Double) -> Void) {
        var lower = 0.0
        for (index, bracket) in brackets.enumerated() {
            guard units > lower else { return }
            switch mode {
            case .graduated:
                body(index, min(units, bracket.upperBound) - lower)
            case .volume:
                if units <= bracket.upperBound {
                    body(index, units)
                    return
                }
            }
            lower = bracket.upperBound
        }
    }

    /// The month's amount: units priced by bracket plus the flat fees of charged brackets.
    public func amount(for usage: MeteredUsage) -> Double {
        var total = 0.0
        forEachChargedBracket(units: units(in: usage)) { index, units in
            total += units * brackets[index].unitPrice + brackets[index].flatFee
        }
        return total
    }

    /// For each charged bracket, its units × unit price, then its flat fee when it has one.
    public func lines(for usage: MeteredUsage) -> [InvoiceLine] {
        var lines: [InvoiceLine] = []
        forEachChargedBracket(units: units(in: usage)) { index, units in
            let bracket = brackets[index]
            let above = index == 0 ? 0 : brackets[index - 1].upTo ?? 0
            lines.append(
                InvoiceLine(
                    item: .bracketUnits(metric: metric, above: above, upTo: bracket.upTo), quantity: units,
                    unitPrice: bracket.unitPrice, amount: units * bracket.unitPrice))
            if bracket.flatFee != 0 {
                lines.append(InvoiceLine(item: .bracketFlatFee(above: above, upTo: bracket.upTo), amount: bracket.flatFee))
            }
        }
        return lines
    }
}
