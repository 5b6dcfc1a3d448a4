import DealSim
import Foundation

/// `dealsim quote`: the exact invoice each offer would send for one month with given metered
/// quantities, with no simulation.
enum QuoteCommand: Command {
    static let name = "quote"
    static let abstract = "Print the exact invoice each offer sends for one month's usage."
    static let synopsis = """
        <scenario.json> --outcomes <N> [--tasks <N>] [--attempts <N>] [--revenue <X>] [--savings <X>] [--month <M>] [--format table|csv]
        """
    static let arguments = [("<scenario.json>", "The scenario whose offers to quote.")]
    static let options = [
        Arguments.Option(
            name: "outcomes", value: "N", help: "Accepted outcomes in the month, or several volumes: 15000,40000 (required)."),
        Arguments.Option(name: "tasks", value: "N", help: "Tasks handled (default: the outcomes)."),
        Arguments.Option(name: "attempts", value: "N", help: "Attempts made (default: the outcomes)."),
        Arguments.Option(name: "revenue", value: "X", help: "Attributed revenue (default: 0)."),
        Arguments.Option(name: "savings", value: "X", help: "Savings (default: 0)."),
        Arguments.Option(name: "month", value: "M", help: "Month of the deal (default: each offer's first month after its free months)."),
        Arguments.Option(name: "format", value: "table|csv", help: "Output format (default: table)."),
    ]
    static let discussion = """
        One line per charge and per deal term applied, to the cent. Counts (--outcomes, --tasks,
        --attempts) are whole numbers, amounts (--revenue, --savings) decimal numbers. Several
        volumes, --outcomes 15000,40000, give one invoice per offer and volume, each headed with
        its outcomes; --tasks, --attempts, --revenue and --savings are then one value for every
        volume or a list of one per volume. With --format csv the rows are offer,item,amount
        (offer,outcomes,item,amount with several volumes) and each invoice's last row has the
        item 'total'. costPlus is quoted on the month's cost per attempt from the means of the
        vendor's costPerAttempt and costPerAttemptTrend; a quote ignores churn. An offer
        that pauses at a cap or when its credits run out bills the share of the month it worked,
        as the simulation does. A wallet's balance and a commitment's period depend on the
        months before: the quote assumes the same quantities in every month from month 1 to the
        one quoted, and shows the credits available, used and carried, and the commitment's
        spend so far and its true-up.
        """

    static func run(_ arguments: Arguments, output: Output) throws(CommandError) {
        let path = try scenarioPath(arguments)
        guard let outcomes = try arguments.counts("outcomes", of: "outcomes") else {
            throw .usage("missing --outcomes <N>: the accepted outcomes to quote", command: name)
        }
        let volumes = outcomes.count
        let tasks = try perVolume("tasks", try arguments.counts("tasks", of: "tasks"), volumes: volumes) ?? outcomes
        let attempts = try perVolume("attempts", try arguments.counts("attempts", of: "attempts"), volumes: volumes) ?? outcomes
        let none = [Double](repeating: 0, count: volumes)
        let revenue = try perVolume("revenue", try arguments.amounts("revenue"), volumes: volumes) ?? none
        let savings = try perVolume("savings", try arguments.amounts("savings"), volumes: volumes) ?? none
        let month = try arguments.integer("month", in: 1...600)
        let csv = try arguments.choice("format", among: ["table", "csv"]) == "csv"
        let scenario = try ScenarioFile.load(path)
        if let month, month > scenario.horizonMonths {
            throw .usage(
                "--month: found \(month); must be a month of the scenario's horizon, 1…\(scenario.horizonMonths)", command: name)
        }

        // With several volumes each invoice names its volume: in its heading, and in a CSV column.
        let several = volumes > 1
        var rows: [[String]] = []
        var text = ""
        for offer in scenario.offers {
            let quoteMonth = month ?? offer.terms.freeMonths + 1
            let vendor = scenario.vendors.first { $0.id == offer.vendor }!
            for volume in 0..<volumes {
                let quote = offer.quote(
                    MeteredUsage(
                        acceptedOutcomes: outcomes[volume], tasks: tasks[volume], attempts: attempts[volume], revenue: revenue[volume],
                        savings: savings[volume], computeCost: attempts[volume] * vendor.meanCostPerAttempt(inMonth: quoteMonth)),
                    month: quoteMonth, horizonMonths: max(scenario.horizonMonths, quoteMonth))
                let leading = [CSVReport.text(offer.name)] + (several ? [CSVReport.number(outcomes[volume])] : [])
                rows += (quote.lines.map { ($0.item.words(currency: scenario.currency), $0.amount) } + [("total", quote.total)]).map {
                    leading + [CSVReport.text($0.0), cents($0.1)]
                }
                var heading = "\(offer.name), month \(quoteMonth)"
                if several { heading += ", \(Format.count(Int(outcomes[volume]), "outcome"))" }
                text += invoiceText(heading: heading, offer: offer, quote: quote, currency: scenario.currency)
            }
        }
        if csv {
            output.standardOutput(
                CSVReport.line(["offer"] + (several ? ["outcomes"] : []) + ["item", "amount"]) + rows.map(CSVReport.line).joined())
        } else {
            output.standardOutput(text)
        }
    }

    /// The value of `option` for each of `volumes` volumes: one value for all of them, or a
    /// list of one per volume; `nil` when the option is not given.
    /// - Throws: a usage ``CommandError`` for a list of another length.
    private static func perVolume(_ option: String, _ values: [Double]?, volumes: Int) throws(CommandError) -> [Double]? {
        guard let values else { return nil }
        if values.count == volumes { return values }
        guard values.count == 1 else {
            throw .usage(
                "--\(option): found \(Format.count(values.count, "value")) for \(Format.count(volumes, "volume")) of --outcomes; "
                    + "must be one value, or one per volume",
                command: name)
        }
        return Array(repeating: values[0], count: volumes)
    }

    /// One invoice as a table under its heading ("Per resolution, month 1").
    private static func invoiceText(heading: String, offer: Offer, quote: InvoiceQuote, currency: String) -> String {
        var table = TextTable(header: ["  item", "quantity", "unit price", "amount"])
        if quote.workedFraction < 1 {
            table.rows.append(["  \(pauseWords(offer)): worked \(Format.percent(quote.workedFraction)) of the month", "", "", ""])
        }
        for line in quote.lines {
            table.rows.append([
                "  " + line.item.words(currency: currency), line.quantity.map(Format.quantity) ?? "",
                line.unitPrice.map { Format.price($0, currency: currency) } ?? "", Format.moneyToTheCent(line.amount, currency: currency),
            ])
        }
        table.rows.append(["  total", "", "", Format.moneyToTheCent(quote.total, currency: currency)])
        return "\(heading)\n\(table.rendered)\n"
    }

    /// Why the offer's agent pauses: "paused at the cap", "paused when the credits ran out",
    /// or both.
    private static func pauseWords(_ offer: Offer) -> String {
        var (cap, wallet) = (false, false)
        for charge in offer.charges where charge.pauses {
            if case .credits = charge { wallet = true } else { cap = true }
        }
        switch (cap, wallet) {
        case (true, true): return "paused at the cap or when the credits ran out"
        case (false, true): return "paused when the credits ran out"
        default: return "paused at the cap"
        }
    }

    /// An amount rounded to the cent, as a raw CSV number: `14850.00`.
    private static func cents(_ amount: Double) -> String { String(format: "%.2f", amount) }
}
