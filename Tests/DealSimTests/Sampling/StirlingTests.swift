import Testing

@testable import DealSim

extension SamplingTests {
    @Suite struct StirlingTests {
        /// δ(x) = ln Γ(x) − (x − ½) ln x + x − ½ ln 2π, to 20 digits from ln Γ at 40 digits.
        @Test(arguments: [
            (1.0, 0.081_061_466_795_327_258_22),
            (2, 0.041_340_695_955_409_294_094),
            (5, 0.016_644_691_189_821_192_163),
            (10, 0.008_330_563_433_362_871_256_5),  // the table's last entry
            (11, 0.007_573_675_487_951_840_795),  // the series' first argument
            (12, 0.006_942_840_107_209_529_865_7),
            (20, 0.004_166_319_691_996_922_457_5),
            (100, 0.000_833_330_555_634_914_683_38),
            (1_000_000, 8.333_333_333_333_055_555_6e-8),
        ])
        func correction(x: Double, exact: Double) {
            // The table is exact to the last bit; the series is within 1/(521 x¹¹) < 7·10⁻¹⁵
            // of δ, plus a few roundings of a value below 0.008.
            let tolerance = x <= 10 ? 0 : 1 / (521 * pow(x, 11)) + 4 * exact.ulp
            #expect(abs(Stirling.correction(x) - exact) <= tolerance, "δ(\(x))")
        }

        private func pow(_ x: Double, _ n: Int) -> Double { (0..<n).reduce(1) { result, _ in result * x } }
    }
}
