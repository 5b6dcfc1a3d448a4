/// `perOutcome`: a price for every accepted outcome.
public struct PerOutcome: Sendable, Hashable {
    /// Price of one accepted outcome.
    public var price: Double
    /// Creates the charge.
    public init(price: Double) { self.price = price }

    /// `price · Cₜ`.
    public func amount(for usage: MeteredUsage) -> Double { price * usage.acceptedOutcomes }

    /// One line: accepted outcomes × price.
    public func lines(for usage: MeteredUsage) -> [InvoiceLine] {
        [InvoiceLine(item: .acceptedOutcomes, quantity: usage.acceptedOutcomes, unitPrice: price, amount: amount(for: usage))]
    }
}

/// `perTask`: a price for every task handled (per conversation), resolved or not.
public struct PerTask: Sendable, Hashable {
    /// Price of one task.
    public var price: Double
    /// Creates the charge.
    public init(price: Double) { self.price = price }

    /// `price · Nₜ`.
    public func amount(for usage: MeteredUsage) -> Double { price * usage.tasks }

    /// One line: tasks × price.
    public func lines(for usage: MeteredUsage) -> [InvoiceLine] {
        [InvoiceLine(item: .tasksHandled, quantity: usage.tasks, unitPrice: price, amount: amount(for: usage))]
    }
}

/// `perAttempt`: a price for every attempt, successful or not.
public struct PerAttempt: Sendable, Hashable {
    /// Price of one attempt.
    public var price: Double
    /// Creates the charge.
    public init(price: Double) { self.price = price }

    /// `price · Aₜ`.
    public func amount(for usage: MeteredUsage) -> Double { price * usage.attempts }

    /// One line: attempts × price.
    public func lines(for usage: MeteredUsage) -> [InvoiceLine] {
        [InvoiceLine(item: .attempts, quantity: usage.attempts, unitPrice: price, amount: amount(for: usage))]
    }
}

/// `costPlus`: the vendor's compute cost with a markup.
public struct CostPlus: Sendable, Hashable {
    /// The markup on compute cost: 0.3 bills cost + 30%.
    public var markup: Double
    /// Creates the charge.
    public init(markup: Double) { self.markup = markup }

    /// `(1 + markup) · Aₜ · costPerAttempt`.
    public func amount(for usage: MeteredUsage) -> Double { (1 + markup) * usage.computeCost }

    /// The markup in percent, rounded to 9 decimals so that 0.3 reads 30, not 30.000000000000004.
    var markupPercent: Double { (markup * 100 * 1e9).rounded() / 1e9 }

    /// Two lines: the compute cost passed through, then the markup on it (the markup line
    /// only when the markup is not 0).
    public func lines(for usage: MeteredUsage) -> [InvoiceLine] {
        var lines = [InvoiceLine(item: .computeCost, amount: usage.computeCost)]
        if markup != 0 {
            lines.append(InvoiceLine(item: .markup(percent: markupPercent), amount: markup * usage.computeCost))
        }
        return lines
    }
}

/// `perSeat`: a fixed number of seats at a price each.
public struct PerSeat: Sendable, Hashable {
    /// Seats licensed.
    public var seats: Int
    /// Monthly price of one seat.
    public var pricePerSeat: Double
    /// Creates the charge.
    public init(seats: Int, pricePerSeat: Double) {
        self.seats = seats
        self.pricePerSeat = pricePerSeat
    }

    /// `seats · pricePerSeat`.
    public func amount(for usage: MeteredUsage) -> Double { Double(seats) * pricePerSeat }

    /// One line: seats × price per seat.
    public func lines(for usage: MeteredUsage) -> [InvoiceLine] {
        [InvoiceLine(item: .seats, quantity: Double(seats), unitPrice: pricePerSeat, amount: amount(for: usage))]
    }
}

/// `fixedFee`: the same amount every month.
public struct FixedFee: Sendable, Hashable {
    /// The monthly fee.
    public var monthly: Double
    /// Creates the charge.
    public init(monthly: Double) { self.monthly = monthly }

    /// `monthly`.
    public func amount(for usage: MeteredUsage) -> Double { monthly }

    /// One line: the fee.
    public func lines(for usage: MeteredUsage) -> [InvoiceLine] {
        [InvoiceLine(item: .fixedMonthlyFee, amount: monthly)]
    }
}
