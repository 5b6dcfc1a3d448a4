/// Whether two amounts agree to 12 significant digits: hand-computed expectations involve
/// decimal fractions (0.05, 0.99) that binary floating point rounds.
func close(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-12 * max(1, abs(a), abs(b))
}
