extension Offer {
    /// What the offer is sold for a month, when nothing in it but its wallets' shortfalls
    /// bills by usage: the sum of its wallets' monthly fees (``Credits/monthlyFee``), its
    /// fixed fees and its seats, raised to the monthly minimum when the terms have one;
    /// `nil` when another charge bills by usage (per outcome, task or attempt, a tier, a
    /// bracket, a bonus, a share, compute, a package), so that the offer is not sold for a
    /// fixed amount.
    ///
    /// A wallet's top-ups or overage come on top of it; a wallet that pauses bills its fee
    /// alone.
    var fixedMonthlyPrice: Double? {
        var total = 0.0
        for charge in charges {
            switch charge {
            case .credits(let wallet): total += wallet.monthlyFee
            case .fixedFee(let fee): total += fee.monthly
            case .perSeat(let seats): total += Double(seats.seats) * seats.pricePerSeat
            case .perOutcome, .cappedPerOutcome, .tiered, .graduated, .subscriptionPlusBonus, .revenueShare, .perTask,
                .perAttempt, .costPlus, .package:
                return nil
            }
        }
        return max(total, terms.minimumMonthly ?? 0)
    }
}
