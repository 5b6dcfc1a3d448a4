/// A seeded pseudo-random generator: xoshiro256** (Blackman & Vigna) on a 256-bit state
/// derived from a `(seed, trial, substream)` triple.
///
/// Each trial of a simulation, and each concern inside a trial (volume, acceptance, pricing
/// uncertainty, …), gets its own stream, so that results do not depend on the order in which
/// trials run or on how many draws another concern makes.
///
/// The output function and state transition are those of the reference implementation
/// (D. Blackman and S. Vigna, "Scrambled linear pseudorandom number generators",
/// ACM Transactions on Mathematical Software 47(4), 2021; <https://prng.di.unimi.it>):
///
/// ```
/// output = rotl(s₁ · 5, 7) · 9
/// t = s₁ << 17
/// s₂ ^= s₀;  s₃ ^= s₁;  s₁ ^= s₂;  s₀ ^= s₃;  s₂ ^= t;  s₃ = rotl(s₃, 45)
/// ```
///
/// The period is 2²⁵⁶ − 1; the state is never all zero.
public struct RandomStream: RandomNumberGenerator, Sendable {
    /// The four 64-bit words of the xoshiro256** state; never all zero.
    private(set) var s0: UInt64
    private(set) var s1: UInt64
    private(set) var s2: UInt64
    private(set) var s3: UInt64

    /// Creates the stream of one substream of one trial of a seeded run.
    ///
    /// The triple is hashed into a 64-bit key by chaining the SplitMix64 finalizer, each
    /// component multiplied by its own odd constant before it is mixed in:
    ///
    /// ```
    /// k₁ = mix(seed + γ)
    /// k₂ = mix(k₁ ⊕ trial · C₁)
    /// k₃ = mix(k₂ ⊕ substream · C₂)
    /// sᵢ = mix(k₃ + (i + 1) · γ),   i = 0…3
    /// ```
    ///
    /// with γ = 0x9E3779B97F4A7C15 (SplitMix64's increment) and `mix` the SplitMix64 output
    /// function (Steele, Lea & Flood, "Fast splittable pseudorandom number generators",
    /// OOPSLA 2014). Every step is a bijection for a fixed prefix, so triples differing in one
    /// component never share a key, and any two distinct triples share one with probability
    /// about 2⁻⁶⁴. Because `mix` is a bijection and the four inputs sᵢ are distinct, at most one
    /// state word can be zero: the state is never all zero. Neighbouring triples (trial and
    /// trial + 1) give unrelated states; `seed + trial` is never used.
    ///
    /// - Parameters:
    ///   - seed: The run's root seed.
    ///   - trial: The trial index.
    ///   - substream: Which stream within the trial.
    public init(seed: UInt64, trial: UInt64, substream: UInt64) {
        var key = Self.mix(seed &+ Self.golden)
        key = Self.mix(key ^ (trial &* 0xD1B5_4A32_D192_ED03))
        key = Self.mix(key ^ (substream &* 0xAEF1_7502_108E_F2D9))
        s0 = Self.mix(key &+ Self.golden)
        s1 = Self.mix(key &+ 2 &* Self.golden)
        s2 = Self.mix(key &+ 3 &* Self.golden)
        s3 = Self.mix(key &+ 4 &* Self.golden)
    }

    /// Creates a generator with this raw xoshiro256** state, for reference-vector tests.
    ///
    /// - Precondition: not all four words are zero.
    init(rawState s0: UInt64, _ s1: UInt64, _ s2: UInt64, _ s3: UInt64) {
        precondition(s0 | s1 | s2 | s3 != 0, "xoshiro256** state must not be all zero")
        self.s0 = s0
        self.s1 = s1
        self.s2 = s2
        self.s3 = s3
    }

    /// Returns the next 64 random bits and advances the state.
    ///
    /// - Returns: `rotl(s₁ · 5, 7) · 9` of the current state.
    /// - Complexity: O(1), a handful of shifts, xors and two multiplications.
    public mutating func next() -> UInt64 {
        let result = Self.rotateLeft(s1 &* 5, by: 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotateLeft(s3, by: 45)
        return result
    }

    /// SplitMix64's increment, ⌊2⁶⁴/φ⌋ made odd.
    static let golden: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The SplitMix64 output function (Stafford's "Mix13" variant of the MurmurHash3
    /// finalizer), a bijection on 64-bit words with strong avalanche:
    ///
    /// ```
    /// z = (z ⊕ (z >> 30)) · 0xBF58476D1CE4E5B9
    /// z = (z ⊕ (z >> 27)) · 0x94D049BB133111EB
    /// z ⊕ (z >> 31)
    /// ```
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `x` rotated left by `k` bits, `0 < k < 64`.
    private static func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 &- k))
    }
}
