import Testing

@testable import DealSim

extension ReportTests {
    /// The model's §9 in the assumptions' words: the tasks per month and the seasonality, the
    /// buyer leaving, the vendor's trends. Each phrase exact, at its boundaries.
    @Suite struct ChangeOverTimeWordsTests {
        /// The bundled retail season: January to December, averaging 1.008.
        static let retail = [1.1, 0.85, 0.85, 0.9, 0.9, 0.9, 0.9, 0.95, 0.95, 1.0, 1.3, 1.5]

        static func workload(
            seasonality: [Double]? = retail, growth: Distribution = .fixed(0), churn: Distribution? = nil
        ) -> Workload {
            Workload(tasksPerMonth: .fixed(20_000), monthlyGrowth: growth, seasonality: seasonality, monthlyChurn: churn)
        }

        /// Without seasonality the tasks per month is month 1's; with a season that averages 1
        /// it is an average month's ("at the start" when the volume grows, as it is month 1's
        /// level); with one that does not, month 1's before the multiplier.
        @Test func tasksPerMonth() {
            #expect(Self.workload(seasonality: nil).tasksPerMonthWords(currency: "USD") == "20,000 in month 1")
            #expect(Self.workload().tasksPerMonthWords(currency: "USD") == "20,000 in an average month; seasonality below")
            #expect(
                Self.workload(growth: .fixed(0.01)).tasksPerMonthWords(currency: "USD")
                    == "20,000 in an average month at the start; seasonality below")
            #expect(
                Self.workload(seasonality: Self.retail.map { $0 * 2 }).tasksPerMonthWords(currency: "USD")
                    == "20,000 in month 1 before seasonality; seasonality below")
        }

        /// The tolerance: multipliers averaging 1.015 (sum 12.18) are "the average month"'s,
        /// 1.025 (sum 12.3) are not.
        @Test func seasonsAverageOneWithinTwoPercent() {
            #expect(Self.workload(seasonality: [1.18] + Array(repeating: 1, count: 11)).seasonsAverageOne)
            #expect(!Self.workload(seasonality: [1.3] + Array(repeating: 1, count: 11)).seasonsAverageOne)
            #expect(!Self.workload(seasonality: nil).seasonsAverageOne)
        }

        /// The peak and the low by months of the horizon, consecutive months as a range, "of
        /// each year" past 12 months; only the months the horizon reaches count.
        @Test(
            arguments: [
                (
                    retail, 36,
                    "volume peaks in month 12 of each year at 1.5× the average month, lowest in months 2–3 at 0.85×"
                ),
                (retail, 12, "volume peaks in month 12 at 1.5× the average month, lowest in months 2–3 at 0.85×"),
                // Months 1–6 only: the peak is January's.
                (retail, 6, "volume peaks in month 1 at 1.1× the average month, lowest in months 2–3 at 0.85×"),
                (
                    [1.5, 1, 1, 0, 1.5, 1.5, 1, 1, 1, 0.5, 1, 1], 24,
                    "volume peaks in months 1 and 5–6 of each year at 1.5× the average month, lowest in month 4 at 0× (no tasks)"
                ),
                (Array(repeating: 1, count: 12), 24, "volume at 1× the average month in every month"),
                (
                    retail.map { $0 * 2 }, 24,
                    "volume peaks in month 12 of each year at 3× the tasks per month, lowest in months 2–3 at 1.7×; "
                        + "the 12 multipliers average 2.02"
                ),
            ] as [([Double], Int, String)])
        func seasonality(multipliers: [Double], months: Int, words: String) {
            #expect(Self.workload(seasonality: multipliers).seasonalityWords(horizonMonths: months) == words)
        }

        /// The month by whose end half of the deals have ended: the smallest t with
        /// 1 − (1 − p)^t ≥ ½, and only before the horizon's last month. At 2% a month,
        /// 1 − 0.98³⁴ = 0.4966 and 1 − 0.98³⁵ = 0.5068: month 35, which a 36-month horizon
        /// reaches (churn ends a deal after months 1…35) and a 35-month one does not.
        @Test func medianLastMonth() {
            #expect(Workload.medianLastMonth(churn: 0.02, horizonMonths: 36) == 35)
            #expect(Workload.medianLastMonth(churn: 0.02, horizonMonths: 35) == nil)
            #expect(Workload.medianLastMonth(churn: 0.5, horizonMonths: 2) == 1)
            #expect(Workload.medianLastMonth(churn: 1, horizonMonths: 12) == 1)
            #expect(Workload.medianLastMonth(churn: 0, horizonMonths: 600) == nil)
            #expect(Workload.medianLastMonth(churn: 0.5, horizonMonths: 1) == nil)
        }

        @Test(
            arguments: [
                (Distribution.fixed(0.02), 36, "with a 2% chance at the end of each month: half of the deals end by month 35"),
                (.fixed(0.02), 35, "with a 2% chance at the end of each month: most deals run to the horizon"),
                (.fixed(0.01), 36, "with a 1% chance at the end of each month: most deals run to the horizon"),
                (.fixed(0), 36, "with a 0% chance at the end of each month: every deal runs to the horizon"),
                (.fixed(0.1), 1, "with a 10% chance at the end of each month: every deal runs to the horizon"),
                (
                    .beta(alpha: 8, beta: 392), 36,
                    "with a chance of Beta(8, 392), mean 2%, at the end of each month: at the mean, half of the deals end "
                        + "by month 35"
                ),
                (
                    .uniform(0, 0.02), 36,
                    "with a chance of uniform 0%–2% (mean 1%), at the end of each month: at the mean, most deals run to "
                        + "the horizon"
                ),
            ] as [(Distribution, Int, String)])
        func churn(churn: Distribution, months: Int, words: String) {
            #expect(Self.workload(churn: churn).churnWords(horizonMonths: months, currency: "USD") == words)
        }

        static func vendor(
            cost: Distribution = .fixed(0.1), costTrend: Distribution = .fixed(0), rate: Distribution = .fixed(0.6),
            lag: Int = 0, failureTrend: Distribution = .fixed(0)
        ) -> Vendor {
            Vendor(
                id: "agent", attemptSuccessRate: rate, costPerAttempt: cost,
                trainingLag: lag == 0 ? nil : TrainingLag(months: lag, initialAttemptSuccessRate: .fixed(0.3)),
                costPerAttemptTrend: costTrend, failureRateTrend: failureTrend)
        }

        /// The cost per attempt in the horizon's last month from the means: $0.10 · 0.97³⁵ =
        /// $0.0344 → "$0.03"; $0.10 · 1.02³⁵ = $0.1999 → "$0.20"; the triangular(0.05, 0.11,
        /// 0.25) of mean $0.1367 under a trend of mean −2.667%: 0.1367 · 0.97333³⁵ = $0.0533.
        @Test(
            arguments: [
                (vendor(costTrend: .fixed(-0.03)), 36, "falls 3% a month, to $0.03 by month 36 (from $0.10)"),
                (vendor(costTrend: .fixed(0.02)), 36, "rises 2% a month, to $0.20 by month 36 (from $0.10)"),
                (
                    vendor(cost: .triangular(min: 0.05, mode: 0.11, max: 0.25), costTrend: .fixed(-0.03)), 36,
                    "falls 3% a month, to $0.05 by month 36 (from the mean, $0.14)"
                ),
                (
                    vendor(cost: .triangular(min: 0.05, mode: 0.11, max: 0.25), costTrend: .triangular(min: -0.05, mode: -0.03, max: 0)),
                    36,
                    "triangular -5% to 0%, most likely -3% (mean -2.7%) a month; at the means, the cost falls to $0.05 by "
                        + "month 36 (from $0.14)"
                ),
                (
                    vendor(costTrend: .uniform(-0.02, 0.02)), 24,
                    "uniform -2% to 2% (mean 0%) a month; at the means, the cost stays at $0.10"
                ),
                (vendor(costTrend: .fixed(-0.03)), 1, "falls 3% a month"),
            ] as [(Vendor, Int, String)])
        func costTrend(vendor: Vendor, months: Int, words: String) {
            #expect(vendor.costTrendWords(horizonMonths: months, currency: "USD") == words)
        }

        /// The success rate after the lag and in the last month: 1 − 0.4 · 0.95²⁰ = 85.7%
        /// (months 4 to 24); drift without a lag, 1 − 0.4 · 1.02¹¹ = 50.3% (months 1 to 12);
        /// the triangular(−0.03, −0.01, 0) of mean −1.333%: 1 − 0.4 · 0.98667³² = 74%.
        @Test(
            arguments: [
                (
                    vendor(lag: 3, failureTrend: .fixed(-0.05)), 24,
                    "the agent's failures shrink 5% a month after the lag; its attempt success rate rises from 60% in month "
                        + "4 to 86% in month 24"
                ),
                (
                    vendor(failureTrend: .fixed(0.02)), 12,
                    "the agent's failures grow 2% a month (drift); its attempt success rate falls from 60% in month 1 to 50% "
                        + "in month 12"
                ),
                (
                    vendor(rate: .beta(alpha: 24, beta: 16), lag: 3, failureTrend: .triangular(min: -0.03, mode: -0.01, max: 0)),
                    36,
                    "triangular -3% to 0%, most likely -1% (mean -1.3%) a month: the agent's failures shrink after the lag; "
                        + "at the means, its attempt success rate rises from 60% in month 4 to 74% in month 36"
                ),
                (vendor(lag: 3, failureTrend: .fixed(-0.05)), 4, "the agent's failures shrink 5% a month after the lag"),
            ] as [(Vendor, Int, String)])
        func failureTrend(vendor: Vendor, months: Int, words: String) {
            #expect(vendor.failureTrendWords(horizonMonths: months, currency: "USD") == words)
        }

        /// No trend, no words.
        @Test func noTrendNoWords() {
            #expect(Self.vendor().costTrendWords(horizonMonths: 24, currency: "USD") == nil)
            #expect(Self.vendor().failureTrendWords(horizonMonths: 24, currency: "USD") == nil)
            #expect(Self.workload(seasonality: nil).seasonalityWords(horizonMonths: 24) == nil)
            #expect(Self.workload().churnWords(horizonMonths: 24, currency: "USD") == nil)
        }
    }
}
