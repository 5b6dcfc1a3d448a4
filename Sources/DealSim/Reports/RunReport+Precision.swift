/// How a run chose its number of trials (``PrecisionRun``), for its report.
public struct PrecisionNote: Sendable {
    /// The target asked.
    public var target: PrecisionRun.Target
    /// The trials of each round.
    public var rounds: [Int]
    /// The widest half-width of the last round against its allowance.
    public var widest: PrecisionRun.Widest?
    /// Whether every half-width is within its target.
    public var reached: Bool

    /// The note of a precision run's outcome.
    public init(target: PrecisionRun.Target, outcome: PrecisionRun.Outcome) {
        self.target = target
        rounds = outcome.rounds
        widest = outcome.widest
        reached = outcome.reached
    }
}

extension RunReport.Page {
    /// "The trials were chosen for a 95% half-width of at most $1,000 on every offer's
    /// expected vendor profit and buyer cost: reached after rounds of 1,000 and 9,800 trials;
    /// the widest is $962 (Per resolution's buyer cost)."
    func precisionSentence(_ note: PrecisionNote) -> ReportText {
        let asked: String
        switch note.target {
        case .amount(let amount): asked = "at most \(money(amount))"
        case .fraction(let fraction): asked = "at most \(ReportWords.exactPercent(fraction)) of the mean"
        }
        let rounds = ReportWords.list(note.rounds.map { Format.count($0) })
        var text: ReportText = "The trials were chosen for a 95% half-width (1.96 standard errors) of \(asked) on every offer's "
        text += "expected vendor profit and buyer cost: "
        text += note.reached ? "reached after rounds of \(rounds) trials" : "not reached at the most trials allowed (rounds of \(rounds))"
        if let widest = note.widest {
            let metric = widest.metric == .vendorProfit ? "vendor profit" : "buyer cost"
            text +=
                "; the widest is \(money(widest.halfWidth)) (\(ReportText.literal(widest.offer))'s \(metric), allowed \(money(widest.allowed)))"
        }
        return text + "."
    }
}
