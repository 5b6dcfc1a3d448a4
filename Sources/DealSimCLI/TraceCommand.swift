import DealSim

/// `dealsim trace`: one trial of a run, month by month, every number a person can check by
/// hand.
enum TraceCommand: Command {
    static let name = "trace"
    static let abstract = "Print one trial of a run, month by month."
    static let synopsis = "<scenario.json> --trial <K> [--offer <name>] [--seed <S>] [--format table|csv]"
    static let arguments = [("<scenario.json>", "The scenario.")]
    static let options = [
        Arguments.Option(name: "trial", value: "K", help: "The trial, from 0 to the scenario's trials − 1 (required)."),
        Arguments.Option(name: "offer", value: "name", help: "Show only this offer (default: every offer)."),
        Arguments.Option(name: "seed", value: "S", help: "Seed, 0…2^64−1 (default: the scenario's; required when it has none)."),
        Arguments.Option(name: "format", value: "table|csv", help: "Output format (default: table)."),
    ]
    static let discussion = """
        Prints trial K of the run that the same seed makes (a trial's numbers depend only on
        the seed and its number): the draws of the uncertain parameters, then for each month
        the tasks N and, per vendor, attempts A, apparent successes S, reversals V, billable
        outcomes B, disputes D, upheld disputes U and accepted outcomes C; per offer, the share
        of the month the agent worked, the invoice lines as 'dealsim quote' prints them, the
        vendor's cost and profit, the tasks left to humans and the buyer's cost; then each
        offer's totals, which equal that trial's totals inside the run. With --format csv:
        month,subject,item,quantity,unit_price,amount (month empty for draws, 'total' for the
        totals).
        """

    static func run(_ arguments: Arguments, output: Output) throws(CommandError) {
        let path = try scenarioPath(arguments)
        guard let trial = try arguments.integer("trial", in: 0...9_999_999) else {
            throw .usage("missing --trial <K>: the trial to trace, from 0", command: name)
        }
        let seedOption = try arguments.seed("seed")
        let csv = try arguments.choice("format", among: ["table", "csv"]) == "csv"
        let scenario = try ScenarioFile.load(path)
        guard trial < scenario.trials else {
            throw .usage(
                "--trial: found \(trial); must be from 0 to \(scenario.trials - 1), the scenario's \(Format.count(scenario.trials)) trials",
                command: name)
        }
        guard let seed = seedOption ?? scenario.seed else {
            throw .usage("the scenario has no seed: give the run's seed with --seed <S>", command: name)
        }
        var offers = Array(scenario.offers.indices)
        if let offerName = arguments.string("offer") {
            offers = [try ParameterOption.offer(offerName, in: scenario, option: "offer", command: name)]
        }
        let trace = TrialTrace(scenario: scenario, seed: seed, trial: trial)
        output.standardOutput(csv ? Self.csv(trace, offers: offers) : Self.table(trace, offers: offers, seed: seed, trial: trial))
    }

    /// The counts of a vendor's month, in the model's order.
    static func counts(_ month: VendorMonth) -> [(String, Int)] {
        [
            ("attempts A", month.attempts), ("apparent successes S", month.successes), ("reversed V", month.reversed),
            ("billable B", month.billable), ("disputed D", month.disputed), ("upheld U", month.upheld),
            ("accepted C", month.accepted),
        ]
    }

    /// An offer's accounts of a month, after its invoice lines.
    static func accounts(_ month: OfferMonth) -> [(String, Double)] {
        [
            ("vendor cost", month.vendorCost), ("vendor profit", month.vendorProfit), ("human-handled tasks", month.humanTasks),
            ("buyer cost", month.buyerCost),
        ]
    }

    static func table(_ trace: TrialTrace, offers: [Int], seed: UInt64, trial: Int) -> String {
        let scenario = trace.scenario
        let currency = scenario.currency
        func money(_ x: Double) -> String { Format.moneyToTheCent(x, currency: currency) }
        var text = "\(scenario.title)\nTrial \(trial) of the runs with seed \(seed), \(Format.count(scenario.horizonMonths, "month"))\n"
        if trace.world.dealMonths < scenario.horizonMonths {
            text +=
                "The buyer leaves at the end of month \(trace.world.dealMonths): after it no offer bills and the work is done by hand.\n"
        }
        text += "\n"
        let draws = trace.draws
        if draws.isEmpty {
            text += "No uncertain parameter: every trial draws only the monthly counts.\n"
        } else {
            var table = TextTable(header: ["draws", "value"])
            table.rows = draws.map { ["  " + $0.path, CSVReport.number($0.value)] }
            text += table.rendered
        }
        for month in 1...scenario.horizonMonths {
            text += "\nMonth \(month): tasks N = \(Format.count(trace.world.tasks[month - 1]))\n"
            for (index, vendor) in scenario.vendors.enumerated() {
                let counts = counts(trace.world.vendorMonths[index][month - 1])
                text += "  \(vendor.id): " + counts.map { "\($0.0) \(Format.count($0.1))" }.joined(separator: ", ") + "\n"
            }
            for index in offers {
                let offer = trace.offers[index]
                let accounts = offer.months[month - 1]
                let worked =
                    month > trace.world.dealMonths
                    ? ", the deal ended in month \(trace.world.dealMonths)"
                    : accounts.workedFraction < 1 ? ", paused: worked \(Format.percent(accounts.workedFraction))" : ""
                var table = TextTable(header: ["  \(offer.offer.name)\(worked)", "quantity", "unit price", "amount"])
                for line in offer.invoiceLines(month: month) {
                    table.rows.append([
                        "    " + line.item.words(currency: currency), line.quantity.map(Format.quantity) ?? "",
                        line.unitPrice.map { Format.price($0, currency: currency) } ?? "", money(line.amount),
                    ])
                }
                table.rows.append(["    invoice", "", "", money(accounts.invoice)])
                for (item, value) in Self.accounts(accounts) {
                    table.rows.append(["    " + item, "", "", item == "human-handled tasks" ? Format.count(value) : money(value)])
                }
                text += table.rendered
            }
        }
        var totals = TextTable(header: ["totals", "revenue", "vendor cost", "vendor profit", "buyer cost", "accepted outcomes"])
        for index in offers {
            let horizon = trace.offers[index].horizon
            totals.rows.append([
                "  " + trace.offers[index].offer.name, money(horizon.revenue), money(horizon.vendorCost),
                money(horizon.revenue - horizon.vendorCost), money(horizon.buyerCost), Format.count(horizon.acceptedOutcomes),
            ])
        }
        return text + "\n" + totals.rendered
    }

    static func csv(_ trace: TrialTrace, offers: [Int]) -> String {
        var text = CSVReport.line(["month", "subject", "item", "quantity", "unit_price", "amount"])
        func row(_ month: String, _ subject: String, _ item: String, quantity: Double? = nil, price: Double? = nil, amount: Double?) {
            text += CSVReport.line([
                month, CSVReport.text(subject), CSVReport.text(item), CSVReport.number(quantity), CSVReport.number(price),
                CSVReport.number(amount),
            ])
        }
        for draw in trace.draws { row("", "draw", draw.path, amount: draw.value) }
        let scenario = trace.scenario
        for month in 1...scenario.horizonMonths {
            let label = String(month)
            row(label, "workload", "tasks N", quantity: Double(trace.world.tasks[month - 1]), amount: nil)
            for (index, vendor) in scenario.vendors.enumerated() {
                for (item, count) in counts(trace.world.vendorMonths[index][month - 1]) {
                    row(label, vendor.id, item, quantity: Double(count), amount: nil)
                }
            }
            for index in offers {
                let offer = trace.offers[index]
                let accounts = offer.months[month - 1]
                row(label, offer.offer.name, "worked fraction", quantity: accounts.workedFraction, amount: nil)
                for line in offer.invoiceLines(month: month) {
                    row(
                        label, offer.offer.name, line.item.words(currency: scenario.currency), quantity: line.quantity,
                        price: line.unitPrice, amount: line.amount)
                }
                row(label, offer.offer.name, "invoice", amount: accounts.invoice)
                for (item, value) in Self.accounts(accounts) {
                    if item == "human-handled tasks" {
                        row(label, offer.offer.name, item, quantity: value, amount: nil)
                    } else {
                        row(label, offer.offer.name, item, amount: value)
                    }
                }
            }
        }
        for index in offers {
            let (name, horizon) = (trace.offers[index].offer.name, trace.offers[index].horizon)
            row("total", name, "vendor revenue", amount: horizon.revenue)
            row("total", name, "vendor cost", amount: horizon.vendorCost)
            row("total", name, "vendor profit", amount: horizon.revenue - horizon.vendorCost)
            row("total", name, "buyer cost", amount: horizon.buyerCost)
            row("total", name, "accepted outcomes", quantity: horizon.acceptedOutcomes, amount: nil)
        }
        return text
    }
}
