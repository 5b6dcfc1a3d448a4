/// A vendor's counts for one month of one trial (MODEL.md §2, steps 3–5). Every offer of the
/// vendor sees these same counts: the vendor's world does not depend on how it is paid.
struct VendorMonth: Sendable, Equatable {
    /// Tasks Nₜ.
    var tasks: Int
    /// Attempts Aₜ = Σ Rᵣ.
    var attempts: Int
    /// Apparent successes Sₜ = Σ Sᵣ.
    var successes: Int
    /// Reversed outcomes Vₜ, reopened inside the measurement window.
    var reversed: Int
    /// Billable outcomes Bₜ = Sₜ − Vₜ.
    var billable: Int { successes - reversed }
    /// Disputed outcomes Dₜ.
    var disputed: Int
    /// Disputes upheld for the buyer Uₜ.
    var upheld: Int
    /// Accepted outcomes Cₜ = Bₜ − Uₜ.
    var accepted: Int { billable - upheld }
}

extension VendorMonth {
    /// Simulates the month: each of `tasks` tasks is tried up to `maxAttempts` times with
    /// success probability `successRate` per attempt, then reversals and disputes thin the
    /// successes. Exactly: `R₁ = N`, `Sᵣ ~ Binomial(Rᵣ, q)`, `Rᵣ₊₁ = Rᵣ − Sᵣ`;
    /// `V ~ Binomial(S, reopen)`, `D ~ Binomial(B, dispute)`, `U ~ Binomial(D, upheld)`.
    ///
    /// - Complexity: O(maxAttempts) binomial draws, each in constant expected time.
    init<G: RandomNumberGenerator>(tasks: Int, successRate: Double, vendor: VendorDraw, using rng: inout G) {
        self.tasks = tasks
        var remaining = tasks
        var attempts = 0
        var successes = 0
        for _ in 0..<vendor.maxAttempts where remaining > 0 {
            attempts += remaining
            let succeeded = Binomial.sample(count: remaining, probability: successRate, using: &rng)
            successes += succeeded
            remaining -= succeeded
        }
        self.attempts = attempts
        self.successes = successes
        reversed = Binomial.sample(count: successes, probability: vendor.reopenRate, using: &rng)
        disputed = Binomial.sample(count: successes - reversed, probability: vendor.disputeRate, using: &rng)
        upheld = Binomial.sample(count: disputed, probability: vendor.disputeUpheldRate, using: &rng)
    }
}
