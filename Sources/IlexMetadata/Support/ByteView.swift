// Bounds-checked, zero-copy access to a region of an image. Every offset and length read from a
// file goes through here, so a corrupt image raises BadImageFormat instead of reading out of bounds.

/// A window onto immutable bytes. `origin` is the window's offset in the whole file, used only to
/// report file offsets in errors.
public struct ByteView: @unchecked Sendable {
    public let base: UnsafeRawPointer
    public let count: Int
    public let origin: Int

    public init(base: UnsafeRawPointer, count: Int, origin: Int = 0) {
        self.base = base
        self.count = count
        self.origin = origin
    }

    public static let empty = ByteView(base: UnsafeRawPointer(bitPattern: 0x10)!, count: 0)

    @inline(__always)
    func check(_ offset: Int, _ length: Int, _ what: @autoclosure () -> String) throws {
        // Written so that neither sum can overflow for any Int inputs.
        if offset < 0 || length < 0 || offset > count || length > count - offset {
            throw BadImageFormat(offset: origin &+ offset,
                                 "\(what()) (\(length) bytes at \(offset)) lies outside its \(count)-byte region")
        }
    }

    /// A sub-window of `length` bytes at `offset`.
    public func slice(_ offset: Int, _ length: Int, _ what: @autoclosure () -> String = "data") throws -> ByteView {
        try check(offset, length, what())
        return ByteView(base: base + offset, count: length, origin: origin + offset)
    }

    /// The window from `offset` to the end.
    public func suffix(from offset: Int, _ what: @autoclosure () -> String = "data") throws -> ByteView {
        try check(offset, 0, what())
        return ByteView(base: base + offset, count: count - offset, origin: origin + offset)
    }

    @inline(__always) public func u8(_ offset: Int) throws -> UInt8 {
        try check(offset, 1, "byte")
        return base.load(fromByteOffset: offset, as: UInt8.self)
    }
    @inline(__always) public func u16(_ offset: Int) throws -> UInt16 {
        try check(offset, 2, "16-bit value")
        return UInt16(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
    }
    @inline(__always) public func u32(_ offset: Int) throws -> UInt32 {
        try check(offset, 4, "32-bit value")
        return UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }
    @inline(__always) public func u64(_ offset: Int) throws -> UInt64 {
        try check(offset, 8, "64-bit value")
        return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Unchecked reads for callers that validated the range once (table rows).
    @inline(__always) func u16Unchecked(_ offset: Int) -> UInt16 {
        UInt16(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
    }
    @inline(__always) func u32Unchecked(_ offset: Int) -> UInt32 {
        UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// Bytes as an array (for display and tests; not for hot paths).
    public var array: [UInt8] { Array(bytes) }

    /// A NUL-terminated UTF-8 string starting at `offset`, bounded by the window.
    public func nulTerminatedString(at offset: Int, maxLength: Int = .max) throws -> String {
        try check(offset, 0, "string")
        let limit = min(count - offset, maxLength)
        let start = base + offset
        var length = 0
        while length < limit && start.load(fromByteOffset: length, as: UInt8.self) != 0 { length += 1 }
        if length == limit && limit == count - offset {
            throw BadImageFormat(offset: origin + offset, "string is not NUL-terminated within its region")
        }
        return String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
    }
}

/// A forward cursor over a ByteView: signatures, method bodies, custom attribute blobs.
public struct ByteCursor {
    public let view: ByteView
    public var position: Int

    public init(_ view: ByteView, position: Int = 0) {
        self.view = view
        self.position = position
    }

    public var isAtEnd: Bool { position >= view.count }
    public var remaining: Int { view.count - position }
    /// Offset of the cursor in the whole file, for error messages.
    public var fileOffset: Int { view.origin + position }

    public func error(_ reason: String) -> BadImageFormat {
        BadImageFormat(offset: fileOffset, reason)
    }

    public mutating func u8() throws -> UInt8 { defer { position += 1 }; return try view.u8(position) }
    public mutating func i8() throws -> Int8 { Int8(bitPattern: try u8()) }
    public mutating func u16() throws -> UInt16 { defer { position += 2 }; return try view.u16(position) }
    public mutating func u32() throws -> UInt32 { defer { position += 4 }; return try view.u32(position) }
    public mutating func u64() throws -> UInt64 { defer { position += 8 }; return try view.u64(position) }
    public mutating func i16() throws -> Int16 { Int16(bitPattern: try u16()) }
    public mutating func i32() throws -> Int32 { Int32(bitPattern: try u32()) }
    public mutating func i64() throws -> Int64 { Int64(bitPattern: try u64()) }
    public mutating func f32() throws -> Float { Float(bitPattern: try u32()) }
    public mutating func f64() throws -> Double { Double(bitPattern: try u64()) }

    public func peekU8() throws -> UInt8 { try view.u8(position) }

    public mutating func skip(_ n: Int) throws {
        try view.check(position, n, "skipped bytes")
        position += n
    }

    public mutating func bytes(_ n: Int) throws -> ByteView {
        let v = try view.slice(position, n, "byte run")
        position += n
        return v
    }

    /// ECMA-335 II.23.2: compressed unsigned integer (1, 2 or 4 bytes, big-endian).
    public mutating func compressedUInt() throws -> UInt32 {
        let start = position
        let b0 = try u8()
        if b0 & 0x80 == 0 { return UInt32(b0) }
        if b0 & 0xC0 == 0x80 {
            return (UInt32(b0 & 0x3F) << 8) | UInt32(try u8())
        }
        if b0 & 0xE0 == 0xC0 {
            let b1 = UInt32(try u8()), b2 = UInt32(try u8()), b3 = UInt32(try u8())
            return (UInt32(b0 & 0x1F) << 24) | (b1 << 16) | (b2 << 8) | b3
        }
        position = start
        throw error("invalid compressed integer lead byte 0x\(String(b0, radix: 16))")
    }

    /// ECMA-335 II.23.2: compressed signed integer (rotated sign bit).
    public mutating func compressedInt() throws -> Int32 {
        let start = position
        let lead = try peekU8()
        let raw = try compressedUInt()
        let width = position - start
        let negative = raw & 1 != 0
        let magnitude = Int32(raw >> 1)
        if !negative { return magnitude }
        switch width {
        case 1: return magnitude - 0x40
        case 2: return magnitude - 0x2000
        default:
            _ = lead
            return magnitude - 0x1000_0000
        }
    }

    /// A SerString (II.23.3): compressed length then UTF-8, or 0xFF for null.
    public mutating func serString() throws -> String? {
        if try peekU8() == 0xFF { position += 1; return nil }
        let length = Int(try compressedUInt())
        let run = try bytes(length)
        return String(decoding: run.bytes, as: UTF8.self)
    }
}
