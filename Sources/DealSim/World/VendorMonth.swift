/// A vendor's counts for one month of one trial (<doc:TheModel>, "One month"). Every offer of the
/// vendor sees these same counts: the vendor's world does not depend on how it is paid.
public struct VendorMonth: Sendable, Equatable {
    /// Tasks Nₜ.
    public var tasks: Int
    /// Attempts Aₜ = Σ Rᵣ.
    public var attempts: Int
    /// Apparent successes Sₜ = Σ Sᵣ.
    public var successes: Int
    /// Reversed outcomes Vₜ, reopened inside the measurement window.
    public var reversed: Int
    /// Billable outcomes Bₜ = Sₜ − Vₜ.
    public var billable: Int { successes - reversed }
    /// Disputed outcomes Dₜ.
    public var disputed: Int
    /// Disputes upheld for the buyer Uₜ.
    public var upheld: Int
    /// Accepted outcomes Cₜ = Bₜ − Uₜ.
    public var accepted: Int { billable - upheld }
    /// The month's cost of one attempt, after the vendor's cost trend.
    public var costPerAttempt: Double
}

extension VendorMonth {
    /// Simulates every month of one vendor in one trial and appends them to `months`: in
    /// month t, each of `tasks[t]` tasks is tried up to `maxAttempts` times with success
    /// probability `vendor.attemptSuccessRate(inMonth: t + 1)` per attempt, then reversals and
    /// disputes thin the successes. Exactly: `R₁ = N`, `Sᵣ ~ Binomial(Rᵣ, q)`,
    /// `Rᵣ₊₁ = Rᵣ − Sᵣ`; `V ~ Binomial(S, reopen)`, `D ~ Binomial(B, dispute)`,
    /// `U ~ Binomial(D, upheld)`.
    ///
    /// The draws go stage by stage over all months (every month's first attempts, then every
    /// month's second, …, then the reversals, the disputes and the upheld disputes): the draws
    /// of one month form a chain, each needing the one before, while those of different months
    /// are independent, and so the processor can overlap them.
    ///
    /// - Complexity: O(months · (maxAttempts + 3)) binomial draws, each in constant expected time.
    static func simulate<G: RandomNumberGenerator>(
        tasks: [Int], vendor: VendorDraw, using rng: inout G, into months: inout [VendorMonth]
    ) {
        let first = months.count
        for count in tasks {
            let month = months.count - first + 1
            months.append(
                VendorMonth(
                    tasks: count, attempts: 0, successes: 0, reversed: 0, disputed: 0, upheld: 0,
                    costPerAttempt: vendor.costPerAttempt(inMonth: month)))
        }
        months.withUnsafeMutableBufferPointer { all in
            let months = UnsafeMutableBufferPointer(rebasing: all[first...])
            for _ in 0..<vendor.maxAttempts {
                for index in months.indices {
                    let remaining = months[index].tasks - months[index].successes
                    let rate = vendor.attemptSuccessRate(inMonth: index + 1)
                    months[index].attempts += remaining
                    months[index].successes += Binomial.sample(count: remaining, probability: rate, using: &rng)
                }
            }
            for index in months.indices {
                months[index].reversed = Binomial.sample(count: months[index].successes, probability: vendor.reopenRate, using: &rng)
            }
            for index in months.indices {
                months[index].disputed = Binomial.sample(count: months[index].billable, probability: vendor.disputeRate, using: &rng)
            }
            for index in months.indices {
                months[index].upheld = Binomial.sample(count: months[index].disputed, probability: vendor.disputeUpheldRate, using: &rng)
            }
        }
    }
}
