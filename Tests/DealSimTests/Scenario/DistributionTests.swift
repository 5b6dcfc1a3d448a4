import Testing

@testable import DealSim

@Suite struct DistributionTests {
    @Test func meansAreExact() {
        #expect(Distribution.fixed(3).mean == 3)
        #expect(Distribution.uniform(2, 4).mean == 3)
        #expect(Distribution.triangular(min: 0, mode: 3, max: 6).mean == 3)
        #expect(Distribution.pert(min: 0, mode: 1, max: 8).mean == 2)
        #expect(Distribution.beta(alpha: 16, beta: 4).mean == 0.8)
    }
}
