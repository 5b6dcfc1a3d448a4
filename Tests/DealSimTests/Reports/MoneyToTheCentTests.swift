import Testing

@testable import DealSim

@Suite struct MoneyToTheCentTests {
    /// Cents that round up carry into the whole part (202.02 × $0.99 = $199.9998 → $200.00).
    @Test(arguments: [
        (202.02 * 0.99, "$200.00"), (999.999, "$1,000.00"), (0, "$0.00"), (-1.5, "-$1.50"),
        (14_850, "$14,850.00"), (0.004, "$0.00"), (-0.004, "$0.00"), (1_234_567.891, "$1,234,567.89"), (0.995, "$1.00"),
    ])
    func amounts(amount: Double, text: String) {
        #expect(Format.moneyToTheCent(amount, currency: "USD") == text)
    }

    @Test func otherCurrencies() {
        #expect(Format.moneyToTheCent(1_000, currency: "EUR") == "€1,000.00")
        #expect(Format.moneyToTheCent(12.5, currency: "CHF") == "CHF 12.50")
    }
}
