import Foundation
import Testing

/// `dealsim quote` for packages, wallets and commitments (MODEL.md §6, "Quoting a month"):
/// a wallet's balance and a commitment's period assume the same quantities in every month
/// from month 1 to the quoted one. Every amount computed by hand.
@Suite struct QuoteWalletTests {
    /// Runs `dealsim quote` on `scenario` and checks that it succeeds and prints nothing on
    /// standard error; returns standard output.
    func quote(_ scenario: String, _ options: String...) throws -> String {
        let folder = try TemporaryFolder()
        try folder.write("s.json", scenario)
        let result = try DealSimProcess.run(["quote", "s.json"] + options, in: folder.url)
        #expect(result.status == 0)
        #expect(result.standardError == "")
        return result.standardOutput
    }

    /// A scenario of one vendor and these offers over `horizon` months.
    static func scenario(horizon: Int = 12, offers: String) -> String {
        """
        {"name": "wallets", "horizonMonths": \(horizon), "workload": {"tasksPerMonth": 2000},
         "vendors": [{"id": "a", "attemptSuccessRate": 0.8}],
         "offers": \(offers)}
        """
    }

    static let package = scenario(
        offers: #"""
            [{"name": "Blocks", "pricing": {"model": "package", "metric": "outcomes", "unitsPerPackage": 1000, "pricePerPackage": 50, "freeUnits": 100}}]
            """#)

    /// MODEL.md §6's package example: 0 → 0, 100 → 0, 101 → 50, 1,100 → 50, 1,101 → 100,
    /// 2,500 → 150 (⌈max(0, units − 100) / 1,000⌉ blocks of $50).
    @Test func packageWorkedExample() throws {
        #expect(
            try quote(Self.package, "--outcomes", "0,100,101,1100,1101,2500", "--format", "csv") == """
                offer,outcomes,item,amount
                Blocks,0,"packages of 1,000 outcomes (0 outcomes)",0.00
                Blocks,0,total,0.00
                Blocks,100,"packages of 1,000 outcomes (100 outcomes, 100 free)",0.00
                Blocks,100,total,0.00
                Blocks,101,"packages of 1,000 outcomes (101 outcomes, 100 free)",50.00
                Blocks,101,total,50.00
                Blocks,1100,"packages of 1,000 outcomes (1,100 outcomes, 100 free)",50.00
                Blocks,1100,total,50.00
                Blocks,1101,"packages of 1,000 outcomes (1,101 outcomes, 100 free)",100.00
                Blocks,1101,total,100.00
                Blocks,2500,"packages of 1,000 outcomes (2,500 outcomes, 100 free)",150.00
                Blocks,2500,total,150.00

                """)
        // 2,500 outcomes: 3 blocks × $50 = $150.
        #expect(
            try quote(Self.package, "--outcomes", "2500") == """
                Blocks, month 1
                  item                                                   quantity  unit price   amount
                  packages of 1,000 outcomes (2,500 outcomes, 100 free)         3         $50  $150.00
                  total                                                                        $150.00


                """)
    }

    static let workedExampleWallet = scenario(
        offers: #"""
            [{"name": "Wallet", "pricing": {"model": "credits", "monthlyFee": 500, "creditsPerMonth": 1000, "creditsPerOutcome": 1,
              "rollover": 300, "whenExhausted": "topUp", "topUpCredits": 250, "topUpPrice": 200}}]
            """#)

    /// MODEL.md §6's wallet (1,000 credits a month for $500, rollover 300, packs of 250 for
    /// $200) with 1,600 outcomes in every month:
    /// month 1: a = 1,000, s = 600, ⌈2.4⌉ = 3 packs = $600, r = 750 − 600 = 150; $1,100.
    /// month 2: a = 150 + 1,000 = 1,150, s = 450, ⌈1.8⌉ = 2 packs = $400, r = 500 − 450 = 50; $900.
    /// month 3: a = 50 + 1,000 = 1,050, s = 550, ⌈2.2⌉ = 3 packs = $600, r = 750 − 550 = 200; $1,100.
    @Test func creditsWorkedExampleMonthByMonth() throws {
        #expect(
            try quote(Self.workedExampleWallet, "--outcomes", "1600", "--format", "csv") == """
                offer,item,amount
                Wallet,"credit bundle (1,000 credits)",500.00
                Wallet,"credits available: 1,000 (0 carried, 1,000 granted)",0.00
                Wallet,"credits used: 1,000 of 1,600 needed",0.00
                Wallet,top-up packs of 250 credits (600 credits short),600.00
                Wallet,"credits carried into next month: 150 of 150 left, at most 300 carried",0.00
                Wallet,total,1100.00

                """)
        #expect(
            try quote(Self.workedExampleWallet, "--outcomes", "1600", "--month", "2", "--format", "csv") == """
                offer,item,amount
                Wallet,"credit bundle (1,000 credits)",500.00
                Wallet,"credits available: 1,150 (150 carried, 1,000 granted)",0.00
                Wallet,"credits used: 1,150 of 1,600 needed",0.00
                Wallet,top-up packs of 250 credits (450 credits short),400.00
                Wallet,"credits carried into next month: 50 of 50 left, at most 300 carried",0.00
                Wallet,total,900.00

                """)
        #expect(
            try quote(Self.workedExampleWallet, "--outcomes", "1600", "--month", "3", "--format", "csv") == """
                offer,item,amount
                Wallet,"credit bundle (1,000 credits)",500.00
                Wallet,"credits available: 1,050 (50 carried, 1,000 granted)",0.00
                Wallet,"credits used: 1,050 of 1,600 needed",0.00
                Wallet,top-up packs of 250 credits (550 credits short),600.00
                Wallet,"credits carried into next month: 200 of 200 left, at most 300 carried",0.00
                Wallet,total,1100.00

                """)
    }

    /// The same wallet with 700 outcomes a month: month 1 leaves 300 and carries 300;
    /// month 2 has 1,300, leaves 600 and carries 300 (the limit); $500 each, no pack.
    @Test func creditsWithinTheBundle() throws {
        #expect(
            try quote(Self.workedExampleWallet, "--outcomes", "700", "--month", "2", "--format", "csv") == """
                offer,item,amount
                Wallet,"credit bundle (1,000 credits)",500.00
                Wallet,"credits available: 1,300 (300 carried, 1,000 granted)",0.00
                Wallet,credits used: 700 of 700 needed,0.00
                Wallet,"credits carried into next month: 300 of 600 left, at most 300 carried",0.00
                Wallet,total,500.00

                """)
    }

    static let pilot = scenario(
        offers: #"""
            [{"name": "Pilot", "pricing": {"model": "credits", "initialCredits": 5000, "creditsPerOutcome": 1, "rollover": "all",
              "overagePrice": 0.99}}]
            """#)

    /// A pilot grant of 5,000 credits, 3,000 outcomes a month: month 1 leaves 2,000 ($0);
    /// month 2 has 2,000, 1,000 short × $0.99 = $990; month 3 has none, 3,000 × $0.99 = $2,970.
    @Test func pilotGrantRunsOut() throws {
        #expect(
            try quote(Self.pilot, "--outcomes", "3000", "--format", "csv") == """
                offer,item,amount
                Pilot,"credits available: 5,000 (0 carried, 5,000 granted)",0.00
                Pilot,"credits used: 3,000 of 3,000 needed",0.00
                Pilot,"credits carried into next month: 2,000 of 2,000 left",0.00
                Pilot,total,0.00

                """)
        #expect(
            try quote(Self.pilot, "--outcomes", "3000", "--month", "2", "--format", "csv") == """
                offer,item,amount
                Pilot,"credits available: 2,000 (2,000 carried, 0 granted)",0.00
                Pilot,"credits used: 2,000 of 3,000 needed",0.00
                Pilot,overage credits,990.00
                Pilot,credits carried into next month: 0 of 0 left,0.00
                Pilot,total,990.00

                """)
        #expect(try quote(Self.pilot, "--outcomes", "3000", "--month", "3", "--format", "csv").hasSuffix("Pilot,total,2970.00\n"))
    }

    /// A pausing wallet of 1,000 credits a month ($100) beside $0.50 an outcome, 2,000
    /// outcomes a month: f = 1,000 / 2,000 = 0.5, so 1,000 outcomes are billed:
    /// $100 + 1,000 × $0.50 = $600, in every month (nothing is left to carry).
    @Test func pausingWallet() throws {
        let scenario = Self.scenario(
            offers: #"""
                [{"name": "Paused", "pricing": [{"model": "credits", "monthlyFee": 100, "creditsPerMonth": 1000, "creditsPerOutcome": 1,
                  "whenExhausted": "pause"}, {"model": "perOutcome", "price": 0.5}]}]
                """#)
        for month in ["1", "4"] {
            #expect(
                try quote(scenario, "--outcomes", "2000", "--month", month, "--format", "csv") == """
                    offer,item,amount
                    Paused,"credit bundle (1,000 credits)",100.00
                    Paused,"credits available: 1,000 (0 carried, 1,000 granted)",0.00
                    Paused,"credits used: 1,000 of 1,000 needed",0.00
                    Paused,"credits left at the month's end: 0, none carried",0.00
                    Paused,accepted outcomes,500.00
                    Paused,total,600.00

                    """)
        }
        #expect(try quote(scenario, "--outcomes", "2000").contains("paused when the credits ran out: worked 50% of the month"))
    }

    static func committed(horizon: Int) -> String {
        scenario(
            horizon: horizon,
            offers: #"""
                [{"name": "Committed", "pricing": {"model": "perOutcome", "price": 1},
                  "terms": {"commitment": {"amount": 3000, "periodMonths": 3}}}]
                """#)
    }

    /// $1 an outcome, 3,000 committed a quarter, 700 outcomes a month: by month 1, $700 of
    /// $3,000; in month 3, $2,100 of $3,000 → true-up $900, invoice $1,600. With a
    /// horizon of 5 months, month 5 ends period 2 cut to 2 months: committed 3,000 · 2/3 =
    /// $2,000, invoiced $1,400 → true-up $600, invoice $1,300.
    @Test func commitment() throws {
        #expect(
            try quote(Self.committed(horizon: 12), "--outcomes", "700", "--format", "csv") == """
                offer,item,amount
                Committed,accepted outcomes,700.00
                Committed,"commitment: $700.00 of $3,000.00 invoiced by month 1 of 3",0.00
                Committed,total,700.00

                """)
        #expect(
            try quote(Self.committed(horizon: 12), "--outcomes", "700", "--month", "3", "--format", "csv") == """
                offer,item,amount
                Committed,accepted outcomes,700.00
                Committed,"true-up to the commitment ($2,100.00 invoiced of $3,000.00)",900.00
                Committed,total,1600.00

                """)
        #expect(
            try quote(Self.committed(horizon: 5), "--outcomes", "700", "--month", "5", "--format", "csv") == """
                offer,item,amount
                Committed,accepted outcomes,700.00
                Committed,"true-up to the commitment ($1,400.00 invoiced of $2,000.00)",600.00
                Committed,total,1300.00

                """)
    }
}
