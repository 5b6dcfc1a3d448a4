import Testing

@testable import DealSim

extension ReportTests {
    @Suite struct FormatTests {
        @Test(arguments: [
            (0.0, "$0"), (0.99, "$0.99"), (0.125, "$0.13"), (1.005, "$1.00"), (12.3, "$12.30"), (99.99, "$99.99"), (99.994, "$99.99"),
            (99.999, "$100"), (100, "$100"), (999.995, "$1,000"), (41_000, "$41,000"), (1_234.5, "$1,235"),
            (-1_234.4, "-$1,234"), (-0.5, "-$0.50"), (-0.001, "$0.00"), (0.004, "$0.00"), (1e9, "$1,000,000,000"),
            (1e20, "$100,000,000,000,000,000,000"), (-1e9, "-$1,000,000,000"),
        ])
        func moneyInDollars(amount: Double, text: String) {
            #expect(Format.money(amount, currency: "USD") == text)
        }

        @Test func currencySymbols() {
            #expect(Format.money(1_234.5, currency: "EUR") == "€1,235")
            #expect(Format.money(0.5, currency: "GBP") == "£0.50")
            #expect(Format.money(1_234, currency: "CHF") == "CHF 1,234")
            #expect(Format.money(-5, currency: "JPY") == "-JPY 5.00")
        }

        @Test func nonFiniteIsNotANumber() {
            for value in [Double.nan, .infinity, -.infinity] {
                #expect(Format.money(value, currency: "USD") == "n/a")
                #expect(Format.price(value, currency: "USD") == "n/a")
                #expect(Format.count(value) == "n/a")
                #expect(Format.percent(value) == "n/a")
            }
        }

        @Test(arguments: [
            (0.5, "$0.50"), (0.99, "$0.99"), (0.004, "$0.004"), (0.0000004, "$0"), (100, "$100"), (1_500.5, "$1,500.50"),
            (15_000, "$15,000"), (0.125, "$0.125"), (-2, "-$2"),
        ])
        func prices(amount: Double, text: String) {
            #expect(Format.price(amount, currency: "USD") == text)
        }

        @Test func counts() {
            #expect(Format.count(0.0) == "0")
            #expect(Format.count(15_000.0) == "15,000")
            #expect(Format.count(1_234.5) == "1,235")
            #expect(Format.count(999.5) == "1,000")
            #expect(Format.count(-3.0) == "-3")
            #expect(Format.count(-0.4) == "0")
            #expect(Format.count(1e9) == "1,000,000,000")
            #expect(Format.count(10_000) == "10,000")
            #expect(Format.count(-1_234_567) == "-1,234,567")
            #expect(Format.count(Int.min) == "-9,223,372,036,854,775,808")
        }

        /// An invoice line's quantity: whole, or with up to two decimals, trailing zeros dropped.
        @Test(arguments: [
            (15_000.0, "15,000"), (20_202.020_202, "20,202.02"), (2.5, "2.5"), (0.05, "0.05"), (10_000.000_000_01, "10,000"),
            (1_234.996, "1,235"), (0.004, "0"), (0, "0"), (-3.25, "-3.25"), (-0.001, "0"), (.infinity, "n/a"),
        ])
        func quantities(value: Double, text: String) {
            #expect(Format.quantity(value) == text)
        }

        /// A count with its noun: singular for exactly one, grouped by thousands.
        @Test func countsWithNouns() {
            #expect(Format.count(1, "offer") == "1 offer")
            #expect(Format.count(2, "offer") == "2 offers")
            #expect(Format.count(0, "month") == "0 months")
            #expect(Format.count(10_000, "trial") == "10,000 trials")
            #expect(Format.count(1, "tornado", "tornadoes") == "1 tornado")
            #expect(Format.count(3, "tornado", "tornadoes") == "3 tornadoes")
        }

        @Test(arguments: [
            (0.0, "0%"), (0.23, "23%"), (0.045, "4.5%"), (0.05, "5%"), (0.0012, "0.12%"), (0.005, "0.5%"),
            (0.1, "10%"), (0.0999, "10%"), (1, "100%"), (0.997, "99.7%"), (0.999, "99.9%"), (0.9996, ">99.9%"),
            (0.00001, "<0.01%"), (-0.00001, ">-0.01%"), (-0.15, "-15%"), (-12.34, "-1,234%"), (2.5, "250%"),
        ])
        func percents(fraction: Double, text: String) {
            #expect(Format.percent(fraction) == text)
        }
    }
}
