// The one place where invoice items become words.

extension InvoiceItem {
    /// The item in the words an invoice prints, as `dealsim quote` shows them: "accepted
    /// outcomes", "Pro plan fee (15,000 outcomes included)", "outcomes in bracket 10–20",
    /// "tasks in bracket over 20", "12.5% of revenue", "markup 30% on compute", "free month 2
    /// of 3", "bonus (500 outcomes reached)".
    ///
    /// Counts and bracket bounds are grouped by thousands, as ``Format`` writes counts;
    /// percentages are written in full, without grouping ("1234.5%"). The words are plain
    /// text, not Markdown: a plan's name is written as the scenario spells it.
    public var words: String {
        switch self {
        case .acceptedOutcomes: return "accepted outcomes"
        case .tasksHandled: return "tasks handled"
        case .attempts: return "attempts"
        case .seats: return "seats"
        case .fixedMonthlyFee: return "fixed monthly fee"
        case .planFee(let plan, let includedOutcomes):
            return "\(plan) plan fee (\(Format.count(includedOutcomes)) outcomes included)"
        case .overageOutcomes: return "overage outcomes"
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
        }
    }

    /// "outcomes", "tasks", "attempts".
    private static func units(_ metric: Graduated.Metric) -> String {
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
