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
        Arguments.Option(name: "outcomes", value: "N", help: "Accepted outcomes in the month (required)."),
        Arguments.Option(name: "tasks", value: "N", help: "Tasks handled (default: the outcomes)."),
        Arguments.Option(name: "attempts", value: "N", help: "Attempts made (default: the outcomes)."),
        Arguments.Option(name: "revenue", value: "X", help: "Attributed revenue (default: 0)."),
        Arguments.Option(name: "savings", value: "X", help: "Savings (default: 0)."),
        Arguments.Option(name: "month", value: "M", help: "Month of the deal (default: each offer's first month after its free months)."),
        Arguments.Option(name: "format", value: "table|csv", help: "Output format (default: table)."),
    ]
    static let discussion = """
        One line per charge and per deal term applied, to the cent. With --format csv the rows
        are offer,item,amount and each offer's last row has the item 'total'. costPlus is
        quoted on the mean of the vendor's costPerAttempt; an offer that pauses at a cap bills
        the share of the month it worked, as the simulation does.
        """

    static func run(_ arguments: Arguments, output: Output) throws(CommandError) {
        let path = try scenarioPath(arguments)
        guard let outcomes = try arguments.amount("outcomes") else {
            throw .usage("missing --outcomes <N>: the accepted outcomes to quote", command: name)
        }
        let tasks = try arguments.amount("tasks") ?? outcomes
        let attempts = try arguments.amount("attempts") ?? outcomes
        let revenue = try arguments.amount("revenue") ?? 0
        let savings = try arguments.amount("savings") ?? 0
        let month = try arguments.integer("month", in: 1...600)
        let csv = try arguments.choice("format", among: ["table", "csv"]) == "csv"
        let scenario = try ScenarioFile.load(path)

        var rows: [(offer: String, item: String, amount: Double)] = []
        var text = ""
        for offer in scenario.offers {
            let quoteMonth = month ?? offer.terms.freeMonths + 1
            let vendor = scenario.vendors.first { $0.id == offer.vendor }!
            let quote = offer.quote(
                MeteredUsage(
                    acceptedOutcomes: outcomes, tasks: tasks, attempts: attempts, revenue: revenue, savings: savings,
                    computeCost: attempts * vendor.costPerAttempt.mean),
                month: quoteMonth, horizonMonths: max(scenario.horizonMonths, quoteMonth))
            rows +=
                quote.lines.map { (offer.name, $0.item.words(currency: scenario.currency), $0.amount) }
                + [(offer.name, "total", quote.total)]
            text += invoiceText(offer: offer, quote: quote, currency: scenario.currency)
        }
        if csv {
            output.standardOutput(
                CSVReport.line(["offer", "item", "amount"])
                    + rows.map { CSVReport.line([CSVReport.text($0.offer), CSVReport.text($0.item), cents($0.amount)]) }.joined())
        } else {
            output.standardOutput(text)
        }
    }

    private static func invoiceText(offer: Offer, quote: InvoiceQuote, currency: String) -> String {
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
        return "\(offer.name), month \(quote.month)\n\(table.rendered)\n"
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
