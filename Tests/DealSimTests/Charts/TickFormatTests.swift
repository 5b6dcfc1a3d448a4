import Testing

@testable import DealSim

extension ChartTests {
    @Suite struct TickFormatTests {
        let dollars = TickFormat.money(prefix: "$")

        func labels(_ format: TickFormat, _ lower: Double, _ upper: Double, includesZero: Bool = false) -> [String] {
            format.labels(AxisTicks(lower: lower, upper: upper, includesZero: includesZero))
        }

        @Test func compactMoneyTicks() {
            #expect(labels(dollars, 0, 120_000) == ["$0", "$20k", "$40k", "$60k", "$80k", "$100k", "$120k"])
            #expect(labels(dollars, 0, 1_500_000) == ["$0", "$500k", "$1M", "$1.5M"])
            #expect(labels(dollars, -40_000, 120_000) == ["-$50k", "$0", "$50k", "$100k", "$150k"])
            #expect(labels(dollars, -40_000, -10_000) == ["-$40k", "-$35k", "-$30k", "-$25k", "-$20k", "-$15k", "-$10k"])
            #expect(labels(dollars, 0, 2) == ["$0", "$0.50", "$1.00", "$1.50", "$2.00"])
            #expect(labels(dollars, 0, 800) == ["$0", "$200", "$400", "$600", "$800"])
            #expect(labels(dollars, 1_000_000, 1_010_000) == ["$1,000k", "$1,002k", "$1,004k", "$1,006k", "$1,008k", "$1,010k"])
            #expect(labels(dollars, 0, 0.01) == ["$0", "$0.002", "$0.004", "$0.006", "$0.008", "$0.010"])
        }

        @Test func currencyPrefixesAreTheCallers() {
            #expect(labels(.money(prefix: "€"), 0, 1_500_000) == ["€0", "€500k", "€1M", "€1.5M"])
            #expect(labels(.money(prefix: "CHF "), -2_000, 2_000) == ["-CHF 2k", "-CHF 1k", "CHF 0", "CHF 1k", "CHF 2k"])
        }

        @Test func percentTicks() {
            #expect(labels(.percent, 0, 1) == ["0%", "20%", "40%", "60%", "80%", "100%"])
            #expect(labels(.percent, 0, 0.03) == ["0%", "0.5%", "1%", "1.5%", "2%", "2.5%", "3%"])
            #expect(labels(.percent, -0.2, 0.45) == ["-20%", "0%", "20%", "40%", "60%"])
            #expect(labels(.percent, 0, 20) == ["0%", "500%", "1,000%", "1,500%", "2,000%"])
        }

        @Test func countAndPlainTicks() {
            #expect(labels(.count, 0, 12_000) == ["0", "2,000", "4,000", "6,000", "8,000", "10,000", "12,000"])
            #expect(labels(.count, 0, 1_200_000) == ["0", "200,000", "400,000", "600,000", "800,000", "1M", "1.2M"])
            #expect(labels(.plain, 0, 0.35) == ["0", "0.1", "0.2", "0.3", "0.4"])
            #expect(labels(.plain, 2_000, 2_030) == ["2000", "2005", "2010", "2015", "2020", "2025", "2030"])
            #expect(labels(.plain, 0, 3e6) == ["0", "500000", "1M", "1.5M", "2M", "2.5M", "3M"])
        }

        @Test(arguments: [
            (TickFormat.money(prefix: "$"), 120_000.0, "$120k"), (.money(prefix: "$"), 1_500_000, "$1.5M"),
            (.money(prefix: "$"), -40_000, "-$40k"),
            (.money(prefix: "$"), 0, "$0"), (.money(prefix: "$"), -0.0, "$0"), (.money(prefix: "$"), 0.5, "$0.50"),
            (.money(prefix: "$"), 41_234, "$41.2k"),
            (.money(prefix: "$"), -13_049, "-$13k"), (.money(prefix: "$"), 12.34, "$12.34"), (.money(prefix: "$"), 999.99, "$999.99"),
            (.money(prefix: "$"), -0.001, "$0"),
            (.money(prefix: "$"), 999_999, "$1M"), (.money(prefix: "$"), 2.5e12, "$2.5T"), (.money(prefix: "$"), 3e16, "$3e16"),
            (.percent, 0.45, "45%"), (.percent, 0.025, "2.5%"), (.percent, 0.4567, "45.7%"), (.percent, -0.15, "-15%"),
            (.percent, 1e-9, "1e-7%"),
            (.count, 12_000, "12,000"), (.count, 12_345, "12,345"), (.count, 1_234_567, "1.23M"), (.count, 1_200_000, "1.2M"),
            (.count, 0.5, "0.5"),
            (.plain, 0.35, "0.35"), (.plain, 2024, "2024"), (.plain, 1.5e-9, "1.5e-9"), (.plain, 1e12, "1T"), (.plain, -2.5, "-2.5"),
        ])
        func singleLabels(format: TickFormat, value: Double, text: String) {
            #expect(format.label(value) == text)
        }

        @Test func valuesThatAreNotFiniteAreNotANumber() {
            for format in [TickFormat.plain, .count, .percent, .money(prefix: "$")] {
                for value in [Double.nan, .infinity, -.infinity] { #expect(format.label(value) == "n/a") }
            }
        }
    }
}
