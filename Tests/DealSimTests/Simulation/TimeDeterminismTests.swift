import Testing

@testable import DealSim

/// One scenario using every construct of the model's §9 (seasonality, both trends, the
/// churn as a distribution and correlated, a minimum term with its fee, a commitment the
/// deal's end can cut, a wallet, payment terms, a budget) gives the same summary.csv and
/// monthly.csv, byte for byte, whatever the threads.
@Suite struct TimeDeterminismTests {
    static let json = #"""
        {"name": "time", "horizonMonths": 18, "trials": 2000, "seed": 14,
         "correlations": [{"between": ["workload.monthlyChurn", "vendors[0].costPerAttemptTrend"], "rank": 0.5}],
         "workload": {"tasksPerMonth": {"pert": [800, 1000, 1500]}, "monthlyGrowth": 0.02, "volumeVolatility": 0.15,
                      "humanCostPerTask": {"ci90": [3, 9]}, "monthlyBudget": 1500,
                      "seasonality": [1.2, 1.1, 1, 0.9, 0.8, 0.7, 0.7, 0.8, 0.9, 1, 1.1, 1.3],
                      "monthlyChurn": {"beta": [2, 50]}},
         "vendors": [
           {"id": "agent", "attemptSuccessRate": {"beta": [16, 4]}, "maxAttempts": 2,
            "costPerAttempt": {"triangular": [0.03, 0.06, 0.15]}, "fixedCostPerMonth": 300,
            "trainingLag": {"months": 3, "initialAttemptSuccessRate": {"uniform": [0.2, 0.4]}},
            "reopenRate": 0.05, "disputeRate": 0.02, "disputeUpheldRate": 0.5, "disputeCost": 12,
            "costPerAttemptTrend": {"uniform": [-0.05, 0]}, "failureRateTrend": {"pert": [-0.1, -0.04, 0.02]}},
           {"id": "rival", "attemptSuccessRate": {"uniform": [0.5, 0.7]}, "costPerAttempt": 0.1, "costPerAttemptTrend": -0.02}
         ],
         "offers": [
           {"name": "Per resolution", "vendor": "agent", "pricing": {"model": "perOutcome", "price": 0.99},
            "terms": {"monthlyCap": 1200, "implementationFee": 1000, "minimumTermMonths": 12, "earlyTerminationFee": 4000}},
           {"name": "Committed", "vendor": "agent",
            "pricing": [{"model": "fixedFee", "monthly": 200}, {"model": "perOutcome", "price": 0.5}],
            "terms": {"freeMonths": 2, "commitment": {"amount": 3000, "periodMonths": 6}, "minimumTermMonths": 6,
                      "earlyTerminationFee": 1500, "paymentTermsDays": 45}},
           {"name": "Wallet", "vendor": "agent",
            "pricing": {"model": "credits", "monthlyFee": 300, "creditsPerMonth": 500, "initialCredits": 2000,
                        "creditsPerOutcome": 1, "rollover": "all", "whenExhausted": "topUp", "topUpCredits": 500, "topUpPrice": 250}},
           {"name": "Cost plus", "vendor": "rival", "pricing": {"model": "costPlus", "markup": 0.4}}
         ]}
        """#

    @Test func theReportsDoNotDependOnTheThreads() throws {
        let scenario = try ScenarioFixtures.load(Self.json)
        let one = Simulation(scenario: scenario, seed: 14).run(threads: 1)
        let three = Simulation(scenario: scenario, seed: 14).run(threads: 3)
        let summary = CSVReport.summary(one)
        #expect(CSVReport.summary(three) == summary)
        #expect(CSVReport.monthly(three) == CSVReport.monthly(one))
        // The churn's rows, one each per offer, and the deal's length the same for every offer.
        let rows = summary.split(separator: "\n")
        let dealMonths = rows.filter { $0.contains(",deal_months,") }.map { $0.split(separator: ",", maxSplits: 1)[1] }
        let endsEarly = rows.filter { $0.contains(",p_ends_early,") }.map { $0.split(separator: ",", maxSplits: 1)[1] }
        #expect(dealMonths.count == 4 && Set(dealMonths).count == 1)
        #expect(endsEarly.count == 4 && Set(endsEarly).count == 1)
        #expect(one.offers[0].probabilityEndsEarly > 0 && one.offers[0].probabilityEndsEarly < 1)
    }
}
