extension Double {
    /// The shortest text that reads back as this number, without a trailing ".0":
    /// `1.0` → "1", `2.5` → "2.5", `0.1` → "0.1".
    var plainText: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int64(self)) }
        return String(self)
    }
}
