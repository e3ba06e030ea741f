// Default values of fields, parameters and properties (Constant table, II.22.9), decoded from their
// blobs with exact length checks, and spelled as monodis writes them after `=`.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum ConstantValue: Equatable, Sendable {
    case boolean(Bool), char(UInt16)
    case int8(Int8), uint8(UInt8), int16(Int16), uint16(UInt16), int32(Int32), uint32(UInt32)
    case int64(Int64), uint64(UInt64), float32(Float), float64(Double)
    case string(String)
    case nullReference

    /// The text after `=` as monodis writes it: unsigned values under their signed names
    /// (`int16(0x0000ffff)`), int16 zero-extended to eight digits, floats as `%.17g` with a
    /// trailing `.` when integral and as raw bits when not finite, and strings holding NUL or
    /// non-ASCII characters as a `bytearray` of their UTF-16 units.
    public var ilasmText: String {
        switch self {
        case .boolean(let v): "bool(\(v))"
        case .char(let v): "char(0x\(hex(v, width: 4)))"
        case .int8(let v): "int8(0x\(hex(UInt8(bitPattern: v), width: 2)))"
        case .uint8(let v): "int8(0x\(hex(v, width: 2)))"
        case .int16(let v): "int16(0x\(hex(UInt16(bitPattern: v), width: 8)))"
        case .uint16(let v): "int16(0x\(hex(v, width: 8)))"
        case .int32(let v): "int32(0x\(hex(UInt32(bitPattern: v), width: 8)))"
        case .uint32(let v): "int32(0x\(hex(v, width: 8)))"
        case .int64(let v): "int64(0x\(hex(UInt64(bitPattern: v), width: 16)))"
        case .uint64(let v): "int64(0x\(hex(v, width: 16)))"
        case .float32(let v): v.isFinite ? "float32(\(Self.decimal(Double(v))))" : "float32(0x\(hex(v.bitPattern, width: 8)))"
        case .float64(let v): v.isFinite ? "float64(\(Self.decimal(v)))" : "float64(0x\(hex(v.bitPattern, width: 16)))"
        case .string(let s): Self.quoted(s)
        case .nullReference: "nullref"
        }
    }

    /// `%.17g`, so a float32 shows the digits of its exact double value as monodis does.
    static func decimal(_ v: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 40)
        _ = withVaList([v]) { vsnprintf(&buffer, buffer.count, "%.17g", $0) }
        var text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if !text.contains(".") && !text.contains("e") { text += "." }
        return text
    }

    static func quoted(_ s: String) -> String {
        let units = Array(s.utf16)
        if units.contains(where: { $0 == 0 || $0 >= 0x80 }) {
            let bytes = units.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8($0 >> 8)] }
            return "bytearray (" + bytes.map { hex($0, width: 2) }.joined(separator: " ") + ")"
        }
        // monodis escapes quotes twice over (`\\\"`) but backslashes and controls once.
        var out = "\""
        for unit in units {
            switch unit {
            case 0x22: out += "\\\\\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x0B: out += "\\v"
            case 0..<0x20, 0x7F: out += "\\" + String(unit, radix: 8).leftPadded(to: 3)
            default: out.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
            }
        }
        return out + "\""
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

extension MetadataReader {
    public func constantValue(_ handle: ConstantHandle) throws -> ConstantValue {
        let constant = self.constant(handle)
        let bytes = blob(constant.value)
        func need(_ n: Int) throws {
            guard bytes.count == n else {
                throw BadImageFormat(file: fileName, offset: bytes.origin,
                                     "Constant row \(handle.row): element type 0x\(String(constant.typeCode, radix: 16)) needs \(n) bytes, blob has \(bytes.count)")
            }
        }
        switch ElementType(rawValue: constant.typeCode) {
        case .boolean: try need(1); return .boolean(try bytes.u8(0) != 0)
        case .char: try need(2); return .char(try bytes.u16(0))
        case .int8: try need(1); return .int8(Int8(bitPattern: try bytes.u8(0)))
        case .uint8: try need(1); return .uint8(try bytes.u8(0))
        case .int16: try need(2); return .int16(Int16(bitPattern: try bytes.u16(0)))
        case .uint16: try need(2); return .uint16(try bytes.u16(0))
        case .int32: try need(4); return .int32(Int32(bitPattern: try bytes.u32(0)))
        case .uint32: try need(4); return .uint32(try bytes.u32(0))
        case .int64: try need(8); return .int64(Int64(bitPattern: try bytes.u64(0)))
        case .uint64: try need(8); return .uint64(try bytes.u64(0))
        case .float32: try need(4); return .float32(Float(bitPattern: try bytes.u32(0)))
        case .float64: try need(8); return .float64(Double(bitPattern: try bytes.u64(0)))
        case .string:
            guard bytes.count % 2 == 0 else {
                throw BadImageFormat(file: fileName, offset: bytes.origin, "Constant row \(handle.row): UTF-16 string of odd length \(bytes.count)")
            }
            return .string(String(decoding: (0..<bytes.count / 2).map { bytes.u16Unchecked($0 * 2) }, as: UTF16.self))
        case .class:
            // II.22.9: a null reference is ELEMENT_TYPE_CLASS with a 4-byte zero.
            try need(4)
            guard try bytes.u32(0) == 0 else {
                throw BadImageFormat(file: fileName, offset: bytes.origin, "Constant row \(handle.row): class constant is not null")
            }
            return .nullReference
        default:
            throw BadImageFormat(file: fileName, offset: nil, "Constant row \(handle.row): invalid element type 0x\(String(constant.typeCode, radix: 16))")
        }
    }
}
