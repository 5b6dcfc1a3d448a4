/// One line of an invoice: a charge, a part of a charge, or a deal term applied.
///
/// `quantity × unitPrice = amount` where both are given; adjustments (a cap, a minimum)
/// carry only an amount, negative when they lower the invoice.
public struct InvoiceLine: Sendable, Equatable {
    /// What the line is for: a kind of line with its numbers and names, put into words by
    /// the Reports folder.
    public var item: InvoiceItem
    /// The metered quantity, if the line is quantity × price.
    public var quantity: Double?
    /// The price of one unit, if the line is quantity × price.
    public var unitPrice: Double?
    /// The line's amount.
    public var amount: Double

    /// Creates an invoice line.
    /// - Parameters:
    ///   - item: what the line is for.
    ///   - quantity: the metered quantity, if the line is quantity × price.
    ///   - unitPrice: the price of one unit, if the line is quantity × price.
    ///   - amount: the line's amount, negative for an adjustment that lowers the invoice.
    public init(item: InvoiceItem, quantity: Double? = nil, unitPrice: Double? = nil, amount: Double) {
        self.item = item
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.amount = amount
    }
}
