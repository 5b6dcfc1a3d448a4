import Foundation
import Testing

/// `dealsim solve`: the five questions of the issue through the binary, each answer checked
/// against a `dealsim run` of the scenario edited to the value found; a target not crossed.
@Suite struct SolveCommandTests {
    static let header = ["parameter", "value", "low", "high", "metric", "target", "achieved", "se", "runs"]

    /// The cells of one CSV line, quoted cells unquoted (`""` is a quote inside one).
    static func cells(_ line: Substring) -> [String] {
        var cells: [String] = [], cell = "", quoted = false, previous: Character?
        for character in line {
            if character == "\"" {
                // A quote right after a closing quote is a quote inside the cell.
                if !quoted, previous == "\"" { cell.append("\"") }
                quoted.toggle()
            } else if character == ",", !quoted {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(character)
            }
            previous = character
        }
        return cells + [cell]
    }

    /// One solve's CSV row, by column name.
    struct Row {
        var cells: [String: String]
        subscript(_ column: String) -> String { cells[column] ?? "" }
        func number(_ column: String) throws -> Double { try #require(Double(self[column]), "\(column): '\(self[column])'") }
    }

    /// Runs `dealsim solve s.json …` with `--format csv` and returns its row; exit 0,
    /// nothing on standard error, and no file written.
    static func solve(_ folder: TemporaryFolder, _ arguments: String...) throws -> Row {
        let before = folder.snapshot()
        let result = try DealSimProcess.run(["solve", "s.json"] + arguments + ["--format", "csv"], in: folder.url)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError == "")
        #expect(folder.snapshot() == before, "a solve writes no file")
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines.last == "")
        #expect(lines.first.map(cells) == header)
        let values = try #require(lines.dropFirst().first.map(cells))
        #expect(values.count == header.count)
        return Row(cells: Dictionary(uniqueKeysWithValues: zip(header, values)))
    }

    /// summary.csv of a `dealsim run` of `scenario`, as rows of cells keyed by offer and metric.
    static func run(_ folder: TemporaryFolder, _ scenario: String) throws -> [String: [String]] {
        try folder.write("edited.json", scenario)
        let result = try folder.dealsim("run", "edited.json", "--trials", "400", "--out", "edited")
        #expect(result.status == 0, "\(result.standardError)")
        let summary = try #require(folder.read("edited/summary.csv"))
        var rows: [String: [String]] = [:]
        for line in summary.split(separator: "\n").dropFirst() {
            let cells = cells(line)
            rows[cells[0] + "/" + cells[1]] = Array(cells[2...])
        }
        return rows
    }

    /// The fixture with `old` replaced by `new`, once.
    static func editing(_ old: String, _ new: String) -> String {
        let text = Scenarios.supportAgent()
        precondition(text.components(separatedBy: old).count == 2, "the fixture holds \(old) once")
        return text.replacingOccurrences(of: old, with: new)
    }

    static let perResolution = #"{"name": "Per resolution", "vendor": "agent",\#n     "pricing": {"model": "perOutcome", "price": 0.99}}"#

    static func withPrice(_ price: String) -> String {
        editing(perResolution, perResolution.replacingOccurrences(of: "0.99", with: price))
    }

    static func makeFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("s.json", Scenarios.supportAgent())
        return folder
    }

    /// Checks a row: the parameter and metric named, the bracket inside LO:HI, the value in
    /// the bracket, and the solve's stopping rule (the bracket narrower than 10⁻⁴ of LO:HI,
    /// or the metric within its standard error of the target).
    static func expectSolved(_ row: Row, parameter: String, metric: String, low: Double, high: Double) throws {
        #expect(row["parameter"] == parameter)
        #expect(row["metric"] == metric)
        let (value, a, b) = (try row.number("value"), try row.number("low"), try row.number("high"))
        #expect(low <= a && a <= value && value <= b && b <= high, "\(value) in \(a)…\(b) in \(low)…\(high)")
        let gap = abs(try row.number("achieved") - (try row.number("target")))
        let se = try row.number("se")
        #expect(b - a <= 1e-4 * (high - low) * (1 + 1e-9) || gap <= se, "gap \(gap), se \(se)")
        #expect((2...60).contains(Int(row["runs"]) ?? 0))
    }

    /// 1. The break-even price of the per-resolution offer; the run of the scenario priced at
    /// it reports the profit the solve achieved, the same digits.
    /// A budget metric is refused for a scenario without a budget, except when the solve
    /// varies the budget itself, which gives every variant one: the budget at which half the
    /// deals go over it at least once.
    @Test func budgetMetricWhileVaryingTheBudget() throws {
        let folder = try Self.makeFolder()
        let row = try Self.solve(
            folder, "--vary", "workload.monthlyBudget=10000:40000", "--offer", "Per resolution", "--target", "p_over_budget=0.5",
            "--trials", "400", "--seed", "7")
        try Self.expectSolved(row, parameter: "workload.monthlyBudget", metric: "p_over_budget", low: 10_000, high: 40_000)
    }

    @Test func breakEvenPrice() throws {
        let folder = try Self.makeFolder()
        let row = try Self.solve(
            folder, "--vary", #"offers["Per resolution"].pricing.price=0.1:2"#, "--offer", "Per resolution", "--target",
            "vendor_profit=0", "--trials", "400", "--seed", "7")
        try Self.expectSolved(row, parameter: #"offers["Per resolution"].pricing.price"#, metric: "vendor_profit", low: 0.1, high: 2)
        #expect(row["target"] == "0")
        #expect(row["runs"] == "3", "profit is linear in the price: the ends and one step")
        #expect(abs(try row.number("achieved")) < 1e-6, "\(row["achieved"])")
        let summary = try Self.run(folder, Self.withPrice(row["value"]).replacingOccurrences(of: "\"seed\": 2026", with: "\"seed\": 7"))
        #expect(summary["Per resolution/vendor_profit"]?.prefix(2) == [row["achieved"], row["se"]])
    }

    /// 2. The break-even attempt success rate of that offer.
    @Test func breakEvenSuccessRate() throws {
        let folder = try Self.makeFolder()
        let row = try Self.solve(
            folder, "--vary", "vendors[0].attemptSuccessRate=0.05:0.95", "--offer", "Per resolution", "--target", "vendor_profit=0",
            "--trials", "400")
        try Self.expectSolved(row, parameter: "vendors[0].attemptSuccessRate", metric: "vendor_profit", low: 0.05, high: 0.95)
        let summary = try Self.run(
            folder, Self.editing(#""attemptSuccessRate": {"beta": [16, 4]}"#, #""attemptSuccessRate": \#(row["value"])"#))
        #expect(summary["Per resolution/vendor_profit"]?.prefix(2) == [row["achieved"], row["se"]])
    }

    /// 3. The lowest price at which P(loss) is 5%.
    @Test func priceForProbabilityOfLoss() throws {
        let folder = try Self.makeFolder()
        let row = try Self.solve(
            folder, "--vary", #"offers["Per resolution"].pricing.price=0.1:2"#, "--offer", "Per resolution", "--target", "p_loss=0.05",
            "--trials", "400")
        try Self.expectSolved(row, parameter: #"offers["Per resolution"].pricing.price"#, metric: "p_loss", low: 0.1, high: 2)
        #expect(row["target"] == "0.05")
        let achieved = try row.number("achieved")
        #expect(abs((achieved * 400).rounded() - achieved * 400) < 1e-9, "a probability over 400 trials")
        #expect(try row.number("se") == (achieved * (1 - achieved) / 400).squareRoot())
        let summary = try Self.run(folder, Self.withPrice(row["value"]))
        #expect(summary["Per resolution/p_loss"]?.first == row["achieved"])
        // P(loss) at the bracket's ends lies on either side of 5%.
        let atLow = try Self.run(folder, Self.withPrice(row["low"]))["Per resolution/p_loss"]?.first.flatMap { Double($0) }
        let atHigh = try Self.run(folder, Self.withPrice(row["high"]))["Per resolution/p_loss"]?.first.flatMap { Double($0) }
        #expect(try #require(atLow) >= 0.05 && (try #require(atHigh)) <= 0.05)
    }

    /// 4. The price at which the per-resolution offer costs the buyer what the platform offer does.
    @Test func priceMatchingAnotherOffer() throws {
        let folder = try Self.makeFolder()
        let row = try Self.solve(
            folder, "--vary", #"offers["Per resolution"].pricing.price=0.1:2"#, "--offer", "Per resolution", "--target",
            "buyer_cost=offer:Platform + outcome", "--trials", "400")
        try Self.expectSolved(row, parameter: #"offers["Per resolution"].pricing.price"#, metric: "buyer_cost", low: 0.1, high: 2)
        let summary = try Self.run(folder, Self.withPrice(row["value"]))
        #expect(summary["Per resolution/buyer_cost"]?.prefix(2) == [row["achieved"], row["se"]])
        #expect(summary["Platform + outcome/buyer_cost"]?.first == row["target"], "the target is the other offer's buyer cost")
        let relative = abs(try row.number("achieved") - (try row.number("target"))) / (try row.number("target"))
        #expect(relative < 1e-12, "buyer cost is linear in the price: one step meets the target")
    }

    /// 5. The monthly cap (deal terms) at which the per-resolution offer's margin is 40%.
    @Test func capForMargin() throws {
        let folder = try Self.makeFolder()
        let row = try Self.solve(
            folder, "--vary", #"offers["Per resolution"].terms.monthlyCap=1000:40000"#, "--offer", "Per resolution", "--target",
            "margin=0.4", "--trials", "400")
        try Self.expectSolved(row, parameter: #"offers["Per resolution"].terms.monthlyCap"#, metric: "margin", low: 1_000, high: 40_000)
        let capped = Self.editing(
            Self.perResolution,
            Self.perResolution.replacingOccurrences(of: "0.99}}", with: "0.99}, \"terms\": {\"monthlyCap\": \(row["value"])}}"))
        let summary = try Self.run(folder, capped)
        #expect(summary["Per resolution/margin"]?.prefix(2) == [row["achieved"], row["se"]])
    }

    /// The table for people, the same for one thread or two: the value to six digits, the
    /// bracket, the metric achieved with its standard error, the target and the runs.
    @Test func table() throws {
        let folder = try Self.makeFolder()
        let arguments = [
            "solve", "s.json", "--vary", "offers[0].pricing.price=0.1:2", "--offer", "Per resolution", "--target", "vendor_profit=0",
            "--trials", "400", "--seed", "7",
        ]
        let one = try DealSimProcess.run(arguments + ["--threads", "1"], in: folder.url)
        let two = try DealSimProcess.run(arguments + ["--threads", "2"], in: folder.url)
        #expect(one.status == 0 && two.status == 0)
        #expect(one.standardOutput == two.standardOutput)
        #expect(one.standardError == "")
        let lines = one.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 9)
        guard lines.count == 9 else { return }
        #expect(lines[0] == "AI support agent: per-resolution pricing against hybrids")
        #expect(lines[1] == "Solving offers[0].pricing.price in 0.1…2 for vendor_profit of 'Per resolution' = 0; 400 trials a run, seed 7")
        #expect(lines[2] == "")
        let value = String(lines[3].dropFirst(10))
        #expect(lines[3].hasPrefix("value     0.4") && Double(value) != nil)
        #expect(
            lines[4] == "bracket   0.1 to \(value)" || lines[4] == "bracket   \(value) to 2",
            "met within its standard error in one step: the bracket is LO:HI narrowed to the side of the crossing")
        #expect(lines[5].hasPrefix("achieved  vendor_profit = 0 (standard error ") && lines[5].hasSuffix(")"))
        #expect(lines[6] == "target    0")
        #expect(lines[7] == "runs      3")
        #expect(lines[8] == "")
    }

    /// A target not crossed: the sentence with the metric at both ends on standard output,
    /// nothing on standard error, exit 1; the CSV row without a value.
    @Test func notCrossed() throws {
        let folder = try Self.makeFolder()
        let before = folder.snapshot()
        let arguments = [
            "solve", "s.json", "--vary", #"offers["Per resolution"].pricing.price=0.01:0.1"#, "--offer", "Per resolution", "--target",
            "p_loss=0.05", "--trials", "400", "--seed", "7",
        ]
        let table = try DealSimProcess.run(arguments, in: folder.url)
        #expect(table.status == 1)
        #expect(table.standardError == "")
        #expect(
            table.standardOutput == """
                AI support agent: per-resolution pricing against hybrids
                Solving offers["Per resolution"].pricing.price in 0.01…0.1 for p_loss of 'Per resolution' = 0.05; 400 trials a run, seed 7

                p_loss of 'Per resolution' stays above 0.05 for every price from 0.01 to 0.1: 1 at 0.01, 1 at 0.1.

                """)
        let csv = try DealSimProcess.run(arguments + ["--format", "csv"], in: folder.url)
        #expect(csv.status == 1)
        #expect(csv.standardError == "")
        #expect(
            csv.standardOutput
                == "parameter,value,low,high,metric,target,achieved,se,runs\n"
                + #""offers[""Per resolution""].pricing.price",,0.01,0.1,p_loss,0.05,,,2"# + "\n")

        // Against another offer: the platform offer is cheaper for the buyer at every price from 1.5 to 2.
        let rival = try folder.dealsim(
            "solve", "s.json", "--vary", "offers[0].pricing.price=1.5:2", "--offer", "Per resolution", "--target",
            "buyer_cost=offer:Platform + outcome", "--trials", "400")
        #expect(rival.status == 1)
        #expect(rival.standardError == "")
        let sentence = try #require(rival.standardOutput.split(separator: "\n").last)
        #expect(
            sentence.hasPrefix(
                "buyer_cost of 'Per resolution' stays above buyer_cost of 'Platform + outcome' for every price from 1.5 to 2: "))
        #expect(sentence.contains(" at 1.5, ") && sentence.contains(" at 2 (against ") && sentence.hasSuffix(")."))
        #expect(folder.snapshot() == before)
    }
}
