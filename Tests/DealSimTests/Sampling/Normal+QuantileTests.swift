import Foundation
import Testing

@testable import DealSim

extension SamplingTests {
    @Suite struct NormalQuantileTests {
        /// Φ⁻¹ (AS 241) against 30-digit references, from p = 10⁻³⁰⁰ to 1 − 10⁻¹²: Wichura
        /// states about 10⁻¹⁶, so 10⁻¹⁴ leaves a margin of 100 while catching any wrong digit
        /// of a coefficient.
        @Test func quantileMatchesReferences() {
            for (p, z) in QuantileReferences.standardNormalQuantiles {
                #expect(relativeError(Normal.standardQuantile(p), z) <= 1e-14, "p = \(p)")
            }
            #expect(Normal.standardQuantile(0) == -.infinity)
            #expect(Normal.standardQuantile(1) == .infinity)
            #expect(Normal.standardQuantile(0.5) == 0)
            #expect(relativeError(Normal.standardQuantile(0.95), Distribution.z95) <= 1e-15)
        }

        /// Φ against 30-digit references, relative in the lower tail down to Φ(−37) ≈ 6 · 10⁻³⁰⁰.
        @Test func cdfMatchesReferences() {
            for (x, p) in QuantileReferences.standardNormalCDF {
                #expect(relativeError(Normal.standardCDF(x), p) <= 1e-14, "x = \(x)")
            }
        }

        /// Φ⁻¹ is odd: Φ⁻¹(1 − p) = −Φ⁻¹(p) for dyadic p, where 1 − p is exact.
        @Test func quantileIsOdd() {
            for p in [0x1p-40, 0x1p-10, 0.0625, 0.125, 0.25, 0.375] {
                #expect(Normal.standardQuantile(1 - p) == -Normal.standardQuantile(p), "p = \(p)")
            }
        }
    }
}
