import Testing

@testable import DealSim

/// The sum of the amounts of `lines`, added in order.
func total(of lines: [InvoiceLine]) -> Double {
    lines.reduce(0) { $0 + $1.amount }
}

/// Whether `actual` equals the hand-computed `expected` up to floating-point rounding.
///
/// The tolerance is absolute: 1e-9 currency units. The amounts in these tests are below
/// 10⁶ and come from at most a few dozen additions and multiplications, each with a
/// relative rounding error of at most 2⁻⁵³ ≈ 1.1e-16, so the accumulated error is below
/// 10⁶ · 30 · 1.1e-16 ≈ 3.3e-9 in the very worst case and in practice ~1e-11; a wrong
/// formula moves an amount by at least a cent (1e-2), seven orders of magnitude more.
func isClose(_ actual: Double, _ expected: Double, tolerance: Double = 1e-9) -> Bool {
    abs(actual - expected) <= tolerance
}

/// The pricing tests, one suite per model or concern, mirroring `Sources/DealSim/Pricing`;
/// `swift test --filter Pricing` runs them all.
@Suite enum Pricing {}
