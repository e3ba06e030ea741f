// Small text helpers for listings (IlexMetadata does not depend on Foundation).

extension String {
    /// The string padded with spaces on the right to at least `width` characters.
    public func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

/// Two uppercase hex digits per byte, separated by `separator`.
public func hexBytes<S: Sequence>(_ bytes: S, separator: String = " ") -> String where S.Element == UInt8 {
    bytes.map(hexByte).joined(separator: separator)
}

public func hexByte(_ b: UInt8) -> String {
    let digits = Array("0123456789ABCDEF".utf8)
    return String(decoding: [digits[Int(b >> 4)], digits[Int(b & 0xF)]], as: UTF8.self)
}

/// Lowercase hex of `value` zero-padded to `width` digits.
public func hex<T: BinaryInteger>(_ value: T, width: Int) -> String {
    let s = String(value, radix: 16)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
