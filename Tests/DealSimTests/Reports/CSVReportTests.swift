import Testing

@testable import DealSim

extension ReportTests {
    @Suite struct CSVReportTests {
        @Test func summaryGolden() {
            let expected = """
                offer,metric,mean,se,p5,p50,p95
                Per outcome,vendor_revenue,3000,12.5,2500,3000,3500
                Per outcome,vendor_cost,2000,4,1900,2000,2100
                Per outcome,vendor_profit,1000,10,-200,1000,1600
                Per outcome,margin,0.3,0.01,-0.05,0.33,0.45
                Per outcome,buyer_cost,9000,30,8500,9000,9600
                Per outcome,buyer_net_savings,6000,30,5400,6000,6500
                Per outcome,invoice_per_outcome,1,0,1,1,1
                Per outcome,compute_per_outcome,0.25,0.001,0.2,0.25,0.3
                Per outcome,max_deficit,400,5,0,350,900
                Per outcome,max_cash_deficit,,,,,
                Per outcome,accepted_outcomes,1000,,900,1000,1100
                Per outcome,human_tasks,,,,,
                Per outcome,p_loss,0.23,,,,
                Per outcome,p_any_loss_month,0.6,,,,
                Flat,vendor_revenue,1500,0,1500,1500,1500
                Flat,vendor_cost,1200,4,1100,1200,1300
                Flat,vendor_profit,300,4,200,300,400
                Flat,margin,0.2,0.002,0.13,0.2,0.27
                Flat,buyer_cost,16500,30,16000,16500,17000
                Flat,buyer_net_savings,-1500,30,-2000,-1500,-1000
                Flat,invoice_per_outcome,0.5,0.01,0.45,0.5,0.55
                Flat,compute_per_outcome,0.05,0.001,0.04,0.05,0.06
                Flat,max_deficit,0,0,0,0,0
                Flat,max_cash_deficit,,,,,
                Flat,accepted_outcomes,1000,,900,1000,1100
                Flat,human_tasks,,,,,
                Flat,p_loss,0,,,,
                Flat,p_any_loss_month,0.1,,,,

                """
            #expect(CSVReport.summary(ReportFixtures.twoOffers) == expected)
        }

        @Test func missingStatisticsAreEmptyCells() {
            // Every horizon metric undefined in every trial; a single trial has no standard error.
            var offer = ReportFixtures.offer("Empty")
            offer.horizon[HorizonMetric.allCases.firstIndex(of: .vendorRevenue)!] = ReportFixtures.stats(
                0, se: nil, p5: 0, p50: 0, p95: 0, included: 1)
            let lines = CSVReport.summary(ReportFixtures.result([offer])).split(separator: "\n")
            // No budget, no churn: every horizon metric but months_over_budget and deal_months, and two probabilities.
            #expect(lines.count == 1 + HorizonMetric.allCases.count - 2 + 2)
            #expect(lines[1] == "Empty,vendor_revenue,0,,0,0,0")
            #expect(lines[4] == "Empty,margin,,,,,")
            #expect(lines[9] == "Empty,max_deficit,,,,,")
            #expect(lines[10] == "Empty,max_cash_deficit,,,,,")
            #expect(lines[13] == "Empty,p_loss,0,,,,")
            #expect(lines[14] == "Empty,p_any_loss_month,0,,,,")
        }

        @Test func monthlyGoldenOrderedByOfferMonthMetric() {
            let expected = """
                offer,month,metric,mean,p5,p50,p95
                Per outcome,1,invoice,800,600,800,1000
                Per outcome,1,vendor_profit,-300,-500,-300,-100
                Per outcome,1,buyer_cost,100,90,100,110
                Per outcome,2,invoice,1000,800,1000,1200
                Per outcome,2,vendor_profit,500,200,500,800
                Per outcome,2,buyer_cost,100,90,100,110
                Per outcome,3,invoice,1200,1100,1200,1300
                Per outcome,3,vendor_profit,800,600,800,1000
                Per outcome,3,buyer_cost,100,90,100,110
                Flat,1,invoice,500,500,500,500
                Flat,1,vendor_profit,100,60,100,140
                Flat,1,buyer_cost,100,90,100,110
                Flat,2,invoice,500,500,500,500
                Flat,2,vendor_profit,100,60,100,140
                Flat,2,buyer_cost,100,90,100,110
                Flat,3,invoice,500,500,500,500
                Flat,3,vendor_profit,100,60,100,140
                Flat,3,buyer_cost,100,90,100,110

                """
            #expect(CSVReport.monthly(ReportFixtures.twoOffers) == expected)
        }

        @Test func textCellsAreQuotedPerRFC4180() {
            #expect(CSVReport.text("plain name") == "plain name")
            #expect(CSVReport.text("") == "")
            #expect(CSVReport.text("a,b") == "\"a,b\"")
            #expect(CSVReport.text("say \"hi\"") == "\"say \"\"hi\"\"\"")
            #expect(CSVReport.text("two\nlines") == "\"two\nlines\"")
            #expect(CSVReport.text("two\r\nlines") == "\"two\r\nlines\"")
            #expect(CSVReport.text("5'10") == "5'10")
        }

        @Test(arguments: [
            ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
            ("=1+2", "'=1+2"),
            ("+1", "'+1"),
            ("-1", "'-1"),
            ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
            ("\tindented", "'\tindented"),
            ("\rreturn", "\"'\rreturn\""),
            ("a=b", "a=b"),
            (" =x", " =x"),
        ])
        func formulaCellsArePrefixed(name: String, cell: String) {
            #expect(CSVReport.text(name) == cell)
        }

        @Test func offerNamesAreEscapedInBothFiles() {
            let names = ["=HYPERLINK(\"http://x\")", "Pro, annual", "-10% deal"]
            let result = ReportFixtures.result(names.map { ReportFixtures.offer($0) })
            let summary = CSVReport.summary(result), monthly = CSVReport.monthly(result)
            #expect(summary.contains("\n\"'=HYPERLINK(\"\"http://x\"\")\",vendor_revenue,"))
            #expect(summary.contains("\n\"Pro, annual\",p_loss,0,,,,\n"))
            #expect(summary.contains("\n'-10% deal,margin,,,,,\n"))
            #expect(monthly.contains("\n\"'=HYPERLINK(\"\"http://x\"\")\",1,invoice,100,90,100,110\n"))
            #expect(monthly.contains("\n'-10% deal,3,buyer_cost,100,90,100,110\n"))
        }

        @Test func numbersKeepTheirSignAndNeverUseExponents() {
            #expect(CSVReport.number(-200) == "-200")
            #expect(CSVReport.number(0.00001) == "0.00001")
            #expect(CSVReport.number(1e16) == "10000000000000000")
            #expect(CSVReport.number(-0.0) == "0")
            #expect(CSVReport.number(nil) == "")
            #expect(CSVReport.number(.nan) == "")
            #expect(CSVReport.number(-.infinity) == "")
        }

        @Test func linesEndWithLineFeedOnly() {
            let text = CSVReport.summary(ReportFixtures.twoOffers) + CSVReport.monthly(ReportFixtures.twoOffers)
            #expect(!text.contains("\r"))
            #expect(text.hasSuffix(",,,,\n") || text.hasSuffix("\n"))
            #expect(CSVReport.line(["a", "", "b"]) == "a,,b\n")
        }
    }
}
