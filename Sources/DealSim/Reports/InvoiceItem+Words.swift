// The one place where invoice items become words.

extension InvoiceItem {
    /// The item in the words an invoice prints, as `dealsim quote` shows them: "accepted
    /// outcomes", "Pro plan fee (15,000 outcomes included)", "outcomes in bracket 10–20",
    /// "tasks in bracket over 20", "12.5% of revenue", "markup 30% on compute", "free month 2
    /// of 3", "bonus (500 outcomes reached)", "credits used: 1,300 of 1,600 needed",
    /// "commitment: $120,000.00 of $300,000.00 invoiced by month 4 of 12".
    ///
    /// Counts and bracket bounds are grouped by thousands, as ``Format`` writes counts, and
    /// credits likewise, with up to two decimals when they are fractional; money is written
    /// to the cent in `currency`; percentages are written in full, without grouping
    /// ("1234.5%"). The words are plain text, not Markdown: a plan's name is written as the
    /// scenario spells it.
    public func words(currency: String) -> String {
        switch self {
        case .acceptedOutcomes: return "accepted outcomes"
        case .tasksHandled: return "tasks handled"
        case .attempts: return "attempts"
        case .seats: return "seats"
        case .fixedMonthlyFee: return "fixed monthly fee"
        case .planFee(let plan, let includedOutcomes):
            return "\(plan) plan fee (\(Format.count(includedOutcomes)) outcomes included)"
        case .overageOutcomes: return "overage outcomes"
        case .packages(let metric, let units, let freeUnits, let unitsPerPackage):
            let free = freeUnits > 0 ? ", \(Self.amount(freeUnits)) free" : ""
            return "packages of \(Format.count(unitsPerPackage)) \(Self.units(metric)) (\(Self.amount(units)) \(Self.units(metric))\(free))"
        case .creditBundle(let credits): return "credit bundle (\(Self.amount(credits)) credits)"
        case .creditsAvailable(let carried, let granted):
            return "credits available: \(Self.amount(carried + granted)) (\(Self.amount(carried)) carried, \(Self.amount(granted)) granted)"
        case .creditsUsed(let used, let needed): return "credits used: \(Self.amount(used)) of \(Self.amount(needed)) needed"
        case .overageCredits: return "overage credits"
        case .topUpPacks(let creditsPerPack, let shortfall):
            return "top-up packs of \(Format.count(creditsPerPack)) credits (\(Self.amount(shortfall)) credits short)"
        case .creditsShortInFreeMonth(let shortfall):
            return "credits short in a free month: \(Self.amount(shortfall)), not billed"
        case .creditsCarried(_, let remaining, 0):
            return "credits left at the month's end: \(Self.amount(remaining)), none carried"
        case .creditsCarried(let carried, let remaining, let limit):
            let rule = limit.map { ", at most \(Self.amount($0)) carried" } ?? ""
            return "credits carried into next month: \(Self.amount(carried)) of \(Self.amount(remaining)) left\(rule)"
        case .bracketUnits(let metric, let above, let upTo):
            return "\(Self.units(metric)) in bracket \(Self.bracket(above: above, upTo: upTo))"
        case .bracketFlatFee(let above, let upTo):
            return "flat fee of bracket \(Self.bracket(above: above, upTo: upTo))"
        case .subscription: return "subscription"
        case .bonus(let target): return "bonus (\(Format.count(target)) outcomes reached)"
        case .share(let percent, let basis):
            let base: String
            switch basis {
            case .revenue: base = "revenue"
            case .savings: base = "savings"
            }
            return "\(percent.plainText)% of \(base)"
        case .computeCost: return "compute cost"
        case .markup(let percent): return "markup \(percent.plainText)% on compute"
        case .monthlyMinimum: return "monthly minimum"
        case .monthlyCap: return "monthly cap"
        case .freeMonth(let month, let freeMonths): return "free month \(month) of \(freeMonths)"
        case .implementationFee: return "implementation fee"
        case .earlyTerminationFee(let months):
            return "early termination fee (ended before the \(Format.count(months))-month minimum term)"
        case .commitmentToDate(let invoiced, let committed, let month, let periodMonths):
            return "commitment: \(Format.moneyToTheCent(invoiced, currency: currency)) of "
                + "\(Format.moneyToTheCent(committed, currency: currency)) invoiced by month \(month) of \(periodMonths)"
        case .trueUp(let invoiced, let committed):
            return "true-up to the commitment (\(Format.moneyToTheCent(invoiced, currency: currency)) invoiced of "
                + "\(Format.moneyToTheCent(committed, currency: currency)))"
        }
    }

    /// Units or credits, as ``Format/quantity(_:)`` writes them.
    private static func amount(_ value: Double) -> String { Format.quantity(value) }

    /// "outcomes", "tasks", "attempts".
    private static func units(_ metric: UsageMetric) -> String {
        switch metric {
        case .outcomes: return "outcomes"
        case .tasks: return "tasks"
        case .attempts: return "attempts"
        }
    }

    /// "0–10", "10–2,000", or "over 2,000" for a bracket without limit.
    private static func bracket(above: Int, upTo: Int?) -> String {
        guard let upTo else { return "over \(Format.count(above))" }
        return "\(Format.count(above))–\(Format.count(upTo))"
    }
}
