/// FNV-1a, 64 bits (Fowler, Noll and Vo): a small hash that is the same on every machine and
/// in every process, unlike `Hasher`, which is seeded per process. For golden digests of
/// report text, not for security.
///
/// ```
/// h₀ = 0xcbf29ce484222325;  hᵢ = (hᵢ₋₁ xor byteᵢ) · 0x100000001b3  mod 2⁶⁴
/// ```
enum Digest {
    /// The FNV-1a 64-bit hash of `text`'s UTF-8 bytes.
    static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash
    }

    /// The hash as 16 hexadecimal digits, as the golden constants are written.
    static func hex(_ hash: UInt64) -> String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
