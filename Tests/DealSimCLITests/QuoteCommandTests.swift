import Foundation
import Testing

/// `dealsim quote`: invoices computed by hand, in table and CSV form.
@Suite struct QuoteCommandTests {
    /// Runs `dealsim quote` on `scenario` and checks that it succeeds, prints nothing on
    /// standard error and writes no file; returns standard output.
    func quote(_ scenario: String, _ options: String...) throws -> String {
        let folder = try TemporaryFolder()
        try folder.write("s.json", scenario)
        let result = try DealSimProcess.run(["quote", "s.json"] + options, in: folder.url)
        #expect(result.status == 0)
        #expect(result.standardError == "")
        #expect(folder.list() == ["s.json"])
        return result.standardOutput
    }

    /// the scenario format's example at 15,000 resolutions. Per resolution: 15,000 × $0.99 =
    /// $14,850.00 in month 1. Platform + outcome, first billed month 3 (two free months):
    /// $500 + 15,000 × $0.50 = $8,000.00.
    @Test func modelExample() throws {
        #expect(
            try quote(Scenarios.supportAgent(), "--outcomes", "15000") == """
                Per resolution, month 1
                  item               quantity  unit price      amount
                  accepted outcomes    15,000       $0.99  $14,850.00
                  total                                    $14,850.00

                Platform + outcome, month 3
                  item               quantity  unit price     amount
                  fixed monthly fee                          $500.00
                  accepted outcomes    15,000       $0.50  $7,500.00
                  total                                    $8,000.00


                """)
        #expect(
            try quote(Scenarios.supportAgent(), "--outcomes", "15000", "--format", "csv") == """
                offer,item,amount
                Per resolution,accepted outcomes,14850.00
                Per resolution,total,14850.00
                Platform + outcome,fixed monthly fee,500.00
                Platform + outcome,accepted outcomes,7500.00
                Platform + outcome,total,8000.00

                """)
        #expect(
            try quote(Scenarios.supportAgent(), "--outcomes", "15000", "--format", "table")
                == quote(Scenarios.supportAgent(), "--outcomes", "15000"))
    }

    /// Two volumes at once: an invoice per offer and volume, headed with its outcomes; in CSV
    /// a column `outcomes` after the offer. A single --revenue applies to both volumes, and
    /// --tasks gives one value per volume.
    @Test func severalVolumes() throws {
        #expect(
            try quote(Scenarios.supportAgent(), "--outcomes", "15000,40000", "--tasks", "20000,50000", "--revenue", "100") == """
                Per resolution, month 1, 15,000 outcomes
                  item               quantity  unit price      amount
                  accepted outcomes    15,000       $0.99  $14,850.00
                  total                                    $14,850.00

                Per resolution, month 1, 40,000 outcomes
                  item               quantity  unit price      amount
                  accepted outcomes    40,000       $0.99  $39,600.00
                  total                                    $39,600.00

                Platform + outcome, month 3, 15,000 outcomes
                  item               quantity  unit price     amount
                  fixed monthly fee                          $500.00
                  accepted outcomes    15,000       $0.50  $7,500.00
                  total                                    $8,000.00

                Platform + outcome, month 3, 40,000 outcomes
                  item               quantity  unit price      amount
                  fixed monthly fee                           $500.00
                  accepted outcomes    40,000       $0.50  $20,000.00
                  total                                    $20,500.00


                """)
        #expect(
            try quote(Scenarios.supportAgent(), "--outcomes", "15000,40000", "--format", "csv") == """
                offer,outcomes,item,amount
                Per resolution,15000,accepted outcomes,14850.00
                Per resolution,15000,total,14850.00
                Per resolution,40000,accepted outcomes,39600.00
                Per resolution,40000,total,39600.00
                Platform + outcome,15000,fixed monthly fee,500.00
                Platform + outcome,15000,accepted outcomes,7500.00
                Platform + outcome,15000,total,8000.00
                Platform + outcome,40000,fixed monthly fee,500.00
                Platform + outcome,40000,accepted outcomes,20000.00
                Platform + outcome,40000,total,20500.00

                """)
        // One volume given as a list of one is the single-volume quote.
        #expect(
            try quote(Scenarios.supportAgent(), "--outcomes", "15000", "--tasks", "20000", "--revenue", "2500.50", "--format", "csv")
                .hasPrefix("offer,item,amount\n"))
    }

    /// Each volume is priced with its own tasks and revenue: a revenue share of 10% of
    /// $1,000 and of $3,000.
    @Test func perVolumeAmounts() throws {
        let share = """
            {"name": "share", "horizonMonths": 12, "workload": {"tasksPerMonth": 100},
             "vendors": [{"id": "a", "attemptSuccessRate": 0.5}],
             "offers": [{"name": "Share", "pricing": {"model": "revenueShare", "percent": 10, "basis": "revenue"}},
                        {"name": "Per task", "pricing": {"model": "perTask", "price": 0.1}}]}
            """
        #expect(
            try quote(share, "--outcomes", "10,30", "--tasks", "100,200", "--revenue", "1000,3000", "--format", "csv") == """
                offer,outcomes,item,amount
                Share,10,10% of revenue,100.00
                Share,10,total,100.00
                Share,30,10% of revenue,300.00
                Share,30,total,300.00
                Per task,10,tasks handled,10.00
                Per task,10,total,10.00
                Per task,30,tasks handled,20.00
                Per task,30,total,20.00

                """)
    }

    /// Month 1 of Platform + outcome is free but carries the $5,000 implementation fee:
    /// $500 + $7,500 − $8,000 + $5,000 = $5,000.00.
    @Test func freeMonthWithImplementationFee() throws {
        #expect(
            try quote(Scenarios.supportAgent(), "--outcomes", "15000", "--month", "1", "--format", "csv") == """
                offer,item,amount
                Per resolution,accepted outcomes,14850.00
                Per resolution,total,14850.00
                Platform + outcome,fixed monthly fee,500.00
                Platform + outcome,accepted outcomes,7500.00
                Platform + outcome,free month 1 of 2,-8000.00
                Platform + outcome,implementation fee,5000.00
                Platform + outcome,total,5000.00

                """)
        #expect(
            try quote(Scenarios.supportAgent(), "--outcomes", "15000", "--month", "1").hasSuffix(
                """
                Platform + outcome, month 1
                  item                quantity  unit price      amount
                  fixed monthly fee                            $500.00
                  accepted outcomes     15,000       $0.50   $7,500.00
                  free month 1 of 2                         -$8,000.00
                  implementation fee                         $5,000.00
                  total                                      $5,000.00


                """))
        // Month 2 is free and has no fee; month 3 is the first billed month.
        #expect(
            try quote(Scenarios.supportAgent(), "--outcomes", "15000", "--month", "2", "--format", "csv").hasSuffix(
                """
                Platform + outcome,fixed monthly fee,500.00
                Platform + outcome,accepted outcomes,7500.00
                Platform + outcome,free month 2 of 2,-8000.00
                Platform + outcome,total,0.00

                """))
    }

    /// Caps of $9,900 (0.99 × 10,000) and $5,000 (0.50 × 10,000): 10,000 outcomes reach
    /// them exactly and bill no cap line; 10,001 go past and are capped (−$0.99, −$0.50) or
    /// paused at 10,000 outcomes. 1,000 outcomes raise the spend-capped offer to its $1,000
    /// minimum.
    @Test func caps() throws {
        #expect(
            try quote(Scenarios.caps, "--outcomes", "10000", "--format", "csv") == """
                offer,item,amount
                Capped,accepted outcomes,9900.00
                Capped,total,9900.00
                "Capped, pause",accepted outcomes,9900.00
                "Capped, pause",total,9900.00
                Spend cap,accepted outcomes,5000.00
                Spend cap,total,5000.00

                """)
        #expect(
            try quote(Scenarios.caps, "--outcomes", "10001", "--format", "csv") == """
                offer,item,amount
                Capped,accepted outcomes,9900.99
                Capped,monthly cap,-0.99
                Capped,total,9900.00
                "Capped, pause",accepted outcomes,9900.00
                "Capped, pause",total,9900.00
                Spend cap,accepted outcomes,5000.50
                Spend cap,monthly cap,-0.50
                Spend cap,total,5000.00

                """)
        #expect(
            try quote(Scenarios.caps, "--outcomes", "10001") == """
                Capped, month 1
                  item               quantity  unit price     amount
                  accepted outcomes    10,001       $0.99  $9,900.99
                  monthly cap                                 -$0.99
                  total                                    $9,900.00

                Capped, pause, month 1
                  item                                           quantity  unit price     amount
                  paused at the cap: worked >99.9% of the month
                  accepted outcomes                                10,000       $0.99  $9,900.00
                  total                                                                $9,900.00

                Spend cap, month 1
                  item               quantity  unit price     amount
                  accepted outcomes    10,001       $0.50  $5,000.50
                  monthly cap                                 -$0.50
                  total                                    $5,000.00


                """)
        #expect(
            try quote(Scenarios.caps, "--outcomes", "1000", "--format", "csv") == """
                offer,item,amount
                Capped,accepted outcomes,990.00
                Capped,total,990.00
                "Capped, pause",accepted outcomes,990.00
                "Capped, pause",total,990.00
                Spend cap,accepted outcomes,500.00
                Spend cap,monthly minimum,500.00
                Spend cap,total,1000.00

                """)
    }

    /// Pausing at a cap of $20,000 with 40,000 outcomes at $0.99: the agent works
    /// 20,000 / 39,600 = 50.5% of the month, 20,202.02 outcomes, which bill the cap: the
    /// quantity shows its decimals and no "monthly cap $0.00" line follows.
    @Test func pauseShowsTheQuantityBilled() throws {
        let scenario = """
            {"name": "pause", "horizonMonths": 12, "workload": {"tasksPerMonth": 100},
             "vendors": [{"id": "a", "attemptSuccessRate": 0.5}],
             "offers": [{"name": "Paused", "pricing": {"model": "cappedPerOutcome", "price": 0.99, "monthlyCap": 20000, "atCap": "pause"}}]}
            """
        #expect(
            try quote(scenario, "--outcomes", "40000") == """
                Paused, month 1
                  item                                         quantity  unit price      amount
                  paused at the cap: worked 51% of the month
                  accepted outcomes                           20,202.02       $0.99  $20,000.00
                  total                                                              $20,000.00


                """)
        #expect(
            try quote(scenario, "--outcomes", "40000", "--format", "csv") == """
                offer,item,amount
                Paused,accepted outcomes,20000.00
                Paused,total,20000.00

                """)
    }

    /// Pausing at twice the cap: the agent works half the month, 10,000 of 20,000 outcomes.
    @Test func pauseHalfMonth() throws {
        let csv = try quote(Scenarios.caps, "--outcomes", "20000", "--format", "csv")
        #expect(csv.contains("\n\"Capped, pause\",accepted outcomes,9900.00\n\"Capped, pause\",total,9900.00\n"))
        let table = try quote(Scenarios.caps, "--outcomes", "20000")
        #expect(table.contains("\n  paused at the cap: worked 50% of the month\n"))
    }
}
