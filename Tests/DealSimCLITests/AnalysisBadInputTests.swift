import Foundation
import Testing

/// Bad input to `dealsim sweep` and `dealsim solve`: each gets one message naming what to
/// fix, exit 64, nothing on standard output, and no file written (the folder is the one of
/// ``BadInputTests``, whose `s.json` is the scenario format's example).
@Suite struct AnalysisBadInputTests {
    typealias Mistake = BadInputTests.Mistake

    static let sweepUsage = "See 'dealsim sweep --help'.\n"
    static let solveUsage = "See 'dealsim solve --help'.\n"
    static let price = "offers[0].pricing.price"
    static let noNumber = "dealsim: --vary: a path that names no number of the scenario:\n"
    static let refused = "dealsim: --vary: a value the scenario does not allow:\n"

    static func sweep(_ what: String, _ vary: [String], _ message: String) -> Mistake {
        Mistake(what, ["sweep", "s.json"] + vary.flatMap { ["--vary", $0] } + ["--trials", "10"], 64, message + sweepUsage)
    }

    static func solve(
        _ what: String, vary: String = "offers[0].pricing.price=0.5:2", offer: String = "Per resolution",
        target: String = "vendor_profit=0", _ message: String
    ) -> Mistake {
        Mistake(
            what, ["solve", "s.json", "--vary", vary, "--offer", offer, "--target", target, "--trials", "10"], 64, message + solveUsage)
    }

    static let sweepMistakes: [Mistake] = [
        // The path.
        sweep(
            "unknown path", ["offers[0].pricing.prise=0.5:2:4"],
            noNumber + "s.json: offers[0].pricing.prise: unknown parameter; did you mean 'price'?\n"),
        sweep(
            "unknown offer name", [#"offers["Per resolutoin"].pricing.price=1,2"#],
            noNumber + #"s.json: offers: found "Per resolutoin"; no offer has this name; names: Per resolution, Platform + outcome; "#
                + "did you mean 'Per resolution'?\n"),
        sweep(
            "path to text", ["offers[0].pricing.model=1,2"],
            noNumber + #"s.json: offers[0].pricing.model: found "perOutcome"; not a number, so it cannot be set; allowed here: price"#
                + "\n"),
        sweep(
            "path to an object", ["offers[0].pricing=1,2"],
            noNumber + "s.json: offers[0].pricing: an object, not a number; continue with one of its keys: price\n"),
        sweep(
            "path not written as one", ["offers[0.pricing.price=1,2"],
            #"dealsim: --vary: offers[0.pricing.price: found "offers[0.pricing.price"; not a parameter path: expected ']'; "#
                + #"write a path as messages do, such as offers[0].pricing.price or vendors["agent"].reopenRate"# + "\n"),
        // Values the scenario refuses.
        sweep(
            "negative price", ["\(price)=-1:2:4"],
            refused + "s.json: offers[0].pricing.price: found -1; must be a number ≥ 0\n"),
        sweep(
            "rate above 1", [#"vendors["agent"].attemptSuccessRate=0.5,1.5"#],
            refused + "s.json: vendors[0].attemptSuccessRate: found 1.5; must be a number in 0…1\n"),
        sweep(
            "fractional months", ["horizonMonths=12,12.5"],
            refused + "s.json: horizonMonths: found 12.5; must be a whole number in 1…600\n"),
        // Values.
        sweep(
            "COUNT 0", ["\(price)=0.5:2:0"],
            "dealsim: --vary offers[0].pricing.price: found COUNT 0; must be a whole number from 2 to 1,000\n"),
        sweep(
            "COUNT 1", ["\(price)=0.5:2:1"],
            "dealsim: --vary offers[0].pricing.price: found COUNT 1; must be a whole number from 2 to 1,000\n"),
        sweep(
            "COUNT 1001", ["\(price)=0.5:2:1001"],
            "dealsim: --vary offers[0].pricing.price: found COUNT 1001; must be a whole number from 2 to 1,000\n"),
        sweep(
            "COUNT not whole", ["\(price)=0.5:2:2.5"],
            "dealsim: --vary offers[0].pricing.price: found COUNT 2.5; must be a whole number from 2 to 1,000\n"),
        sweep(
            "range of two parts", ["\(price)=1:2"],
            "dealsim: --vary offers[0].pricing.price: found '1:2'; must be FROM:TO:COUNT or a list v1,v2,…\n"),
        sweep(
            "range of words", ["\(price)=a:b:3"],
            "dealsim: --vary offers[0].pricing.price: found 'a:b:3'; must be FROM:TO:COUNT with numbers FROM and TO\n"),
        sweep(
            "infinite end", ["\(price)=0:inf:3"],
            "dealsim: --vary offers[0].pricing.price: found '0:inf:3'; must be FROM:TO:COUNT with numbers FROM and TO\n"),
        sweep(
            "equal ends", ["\(price)=1:1:3"],
            "dealsim: --vary offers[0].pricing.price: FROM and TO are both 1; a sweep needs two different ends\n"),
        sweep(
            "list with a word", ["\(price)=0.5,x"],
            "dealsim: --vary offers[0].pricing.price: found '0.5,x'; must be a comma list of numbers, e.g. 0.5,0.7,0.9\n"),
        sweep(
            "one value", ["\(price)=0.5"],
            "dealsim: --vary offers[0].pricing.price: found 1 value; a sweep needs 2 to 1,000\n"),
        sweep(
            "no values", ["\(price)="],
            "dealsim: --vary offers[0].pricing.price: found ''; must be a comma list of numbers, e.g. 0.5,0.7,0.9\n"),
        sweep(
            "no '='", [price],
            "dealsim: --vary: found 'offers[0].pricing.price'; must be <path>=<values>, e.g. offers[0].pricing.price=0.5:2:16\n"),
        // The number of parameters.
        sweep(
            "same path twice", ["\(price)=1,2", "\(price)=1,3"],
            "dealsim: --vary: the same parameter twice (offers[0].pricing.price); a grid needs two\n"),
        sweep(
            "same parameter written two ways", [#"offers["Per resolution"].pricing[0].price=1,2"#, "\(price)=1,3"],
            #"dealsim: --vary: offers["Per resolution"].pricing[0].price and offers[0].pricing.price are the same parameter "#
                + "(offers[0].pricing.price); a grid needs two\n"),
        sweep(
            "--vary three times", ["\(price)=1,2", "vendors[0].reopenRate=0,0.1", "workload.monthlyGrowth=0,0.1"],
            "dealsim: --vary given 3 times; a sweep takes one or two\n"),
        sweep("no --vary", [], "dealsim: missing --vary <path>=<values>: the parameter to sweep\n"),
        sweep(
            "grid too large", ["\(price)=1:2:1000", "vendors[0].reopenRate=0:0.1:11"],
            "dealsim: --vary: a grid of 1,000 × 11 points; at most 10,000\n"),
    ]

    static let solveMistakes: [Mistake] = [
        solve(
            "unknown path", vary: "offers[0].pricing.prise=0.5:2",
            noNumber + "s.json: offers[0].pricing.prise: unknown parameter; did you mean 'price'?\n"),
        solve(
            "path to text", vary: "offers[0].pricing.model=0.5:2",
            noNumber + #"s.json: offers[0].pricing.model: found "perOutcome"; not a number, so it cannot be set; allowed here: price"#
                + "\n"),
        solve(
            "negative end", vary: "offers[0].pricing.price=-1:2",
            refused + "s.json: offers[0].pricing.price: found -1; must be a number ≥ 0\n"),
        solve(
            "LO above HI", vary: "offers[0].pricing.price=2:0.5",
            "dealsim: --vary offers[0].pricing.price: found 2:0.5; LO must be below HI\n"),
        solve(
            "LO equal to HI", vary: "offers[0].pricing.price=2:2",
            "dealsim: --vary offers[0].pricing.price: found 2:2; LO must be below HI\n"),
        solve(
            "bracket of a word", vary: "offers[0].pricing.price=0.5:x",
            "dealsim: --vary offers[0].pricing.price: found '0.5:x'; must be LO:HI, two numbers\n"),
        solve(
            "bracket of three parts", vary: "offers[0].pricing.price=0.5:2:3",
            "dealsim: --vary offers[0].pricing.price: found '0.5:2:3'; must be LO:HI, two numbers\n"),
        solve(
            "unknown offer", offer: "Per resolutoin",
            "dealsim: --offer: found 'Per resolutoin'; no such offer; did you mean 'Per resolution'?\n"),
        solve(
            "unknown offer, none close", offer: "Flat fee",
            "dealsim: --offer: found 'Flat fee'; no such offer; offers: Per resolution, Platform + outcome\n"),
        solve(
            "unknown metric", target: "vendor_proft=0", "dealsim: --target: found metric 'vendor_proft'; did you mean 'vendor_profit'?\n"),
        solve(
            "unknown metric, none close", target: "ebitda=0",
            "dealsim: --target: found metric 'ebitda'; metrics: vendor_revenue, vendor_cost, vendor_profit, margin, buyer_cost, "
                + "buyer_net_savings, invoice_per_outcome, compute_per_outcome, max_deficit, max_cash_deficit, accepted_outcomes, human_tasks, months_over_budget, deal_months, p_loss, p_any_loss_month, p_over_budget, p_ends_early\n"
        ),
        solve(
            "target offer that does not exist", target: "buyer_cost=offer:Platform + outcme",
            "dealsim: --target: found 'Platform + outcme'; no such offer; did you mean 'Platform + outcome'?\n"),
        solve(
            "target offer, none close", target: "buyer_cost=offer:Rival",
            "dealsim: --target: found 'Rival'; no such offer; offers: Per resolution, Platform + outcome\n"),
        solve(
            "target is the offer itself", target: "buyer_cost=offer:Per resolution",
            "dealsim: --target: an offer cannot be its own target\n"),
        solve(
            "target not a number", target: "p_loss=5%", "dealsim: --target p_loss: found '5%'; must be a number or offer:<name>\n"),
        solve(
            "a budget metric without a budget", target: "p_over_budget=0.1",
            "dealsim: --target: found metric 'p_over_budget'; the scenario has no workload.monthlyBudget to measure it by\n"),
        solve(
            "target without '='", target: "vendor_profit",
            "dealsim: --target: found 'vendor_profit'; must be <metric>=<value>, e.g. vendor_profit=0\n"),
        Mistake(
            "solve without --vary", ["solve", "s.json", "--offer", "Per resolution", "--target", "vendor_profit=0"], 64,
            "dealsim: missing --vary <path>=<lo>:<hi>: the parameter to solve for\n" + solveUsage),
        Mistake(
            "solve without --offer", ["solve", "s.json", "--vary", "offers[0].pricing.price=0.5:2", "--target", "vendor_profit=0"], 64,
            "dealsim: missing --offer <name>: the offer whose metric to solve for\n" + solveUsage),
        Mistake(
            "solve without --target", ["solve", "s.json", "--vary", "offers[0].pricing.price=0.5:2", "--offer", "Per resolution"], 64,
            "dealsim: missing --target <metric>=<value>, e.g. --target vendor_profit=0\n" + solveUsage),
        Mistake(
            "solve with --vary twice",
            ["solve", "s.json", "--vary", "offers[0].pricing.price=0.5:2", "--vary", "offers[1].pricing[1].price=0.5:2"], 64,
            "dealsim: option '--vary' given twice\n" + solveUsage),
        Mistake(
            "solve --format xml",
            [
                "solve", "s.json", "--vary", "offers[0].pricing.price=0.5:2", "--offer", "Per resolution", "--target", "vendor_profit=0",
                "--format", "xml",
            ], 64,
            "dealsim: --format: found 'xml'; must be one of table, csv\n" + solveUsage),
    ]

    static func check(_ mistake: Mistake) throws {
        let folder = try BadInputTests.makeFolder()
        let before = folder.snapshot()
        let result = try DealSimProcess.run(mistake.arguments, in: folder.url)
        #expect(result.status == mistake.status)
        #expect(result.standardError == mistake.message)
        #expect(result.standardOutput == "")
        #expect(folder.snapshot() == before, "no file written, changed or removed")
    }

    @Test(arguments: sweepMistakes)
    func sweep(_ mistake: Mistake) throws { try Self.check(mistake) }

    @Test(arguments: solveMistakes)
    func solve(_ mistake: Mistake) throws { try Self.check(mistake) }

    /// A bad --out, a missing scenario or a bad one: the messages `run` gives, and nothing written.
    @Test(
        arguments: [
            (
                ["sweep", "s.json", "--vary", "offers[0].pricing.price=1,2", "--out", "notes.txt"], 73,
                "dealsim: cannot write reports to 'notes.txt': it is a file, not a folder\n"
            ),
            (["sweep", "missing.json", "--vary", "offers[0].pricing.price=1,2"], 66, "missing.json: cannot read the file: no such file\n"),
            (
                ["solve", "misspelt.json", "--vary", "offers[0].pricing.price=1:2", "--offer", "Per resolution", "--target", "margin=0.4"],
                65,
                "misspelt.json: workload.monthlyGrowht: unknown key; did you mean 'monthlyGrowth'?\n"
            ),
        ] as [([String], Int32, String)])
    func otherFailures(arguments: [String], status: Int32, message: String) throws {
        try Self.check(Mistake("", arguments, status, message))
    }
}
