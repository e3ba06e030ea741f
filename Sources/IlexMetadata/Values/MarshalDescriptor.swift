// Marshalling descriptors (FieldMarshal blobs, II.23.4): how a field or parameter crosses to native
// code. Decoded into a tree and spelled as ILAsm's `marshal(...)` clause.

public indirect enum MarshalDescriptor: Equatable, Sendable {
    /// A native type with no further data (bool, int32, lpstr, bstr, iunknown, ...).
    case simple(UInt8)
    case fixedSystemString(size: Int)
    case safeArray(variantType: Int?)
    case fixedArray(count: Int, element: MarshalDescriptor?)
    /// ARRAY: element type, then optionally the parameter holding the length and a fixed count.
    case array(element: MarshalDescriptor?, sizeParameter: Int?, count: Int?)
    case customMarshaler(guid: String, nativeTypeName: String, managedType: String, cookie: String)
    case interface(iidParameter: Int?)

    static let names: [UInt8: String] = [
        0x02: "bool", 0x03: "int8", 0x04: "unsigned int8", 0x05: "int16", 0x06: "unsigned int16",
        0x07: "int32", 0x08: "unsigned int32", 0x09: "int64", 0x0A: "unsigned int64", 0x0B: "float32",
        0x0C: "float64", 0x0F: "currency", 0x13: "bstr", 0x14: "lpstr", 0x15: "lpwstr", 0x16: "lptstr",
        0x19: "iunknown", 0x1A: "idispatch", 0x1B: "struct", 0x1C: "interface", 0x1F: "int", 0x20: "unsigned int",
        0x22: "byvalstr", 0x23: "ansi bstr", 0x24: "tbstr", 0x25: "variant bool", 0x26: "method",
        0x28: "as any", 0x2B: "lpstruct", 0x2D: "error", 0x30: "lpstr utf8", 0x50: "",
    ]

    /// The text inside `marshal(...)`.
    public var ilasmText: String {
        switch self {
        case .simple(let code): Self.names[code] ?? "native type 0x\(hex(code, width: 2))"
        case .fixedSystemString(let size): "fixed sysstring [\(size)]"
        case .safeArray(let vt): vt.map { "safearray \(Self.variantName($0))" } ?? "safearray"
        case .fixedArray(let count, let element): "fixed array [\(count)]" + (element.map { " " + $0.ilasmText } ?? "")
        case .array(let element, let parameter, let count):
            (element?.ilasmText ?? "") + "[" + [count.map(String.init), parameter.map { "+ \($0)" }].compactMap { $0 }.joined(separator: " ") + "]"
        case .customMarshaler(_, _, let managed, let cookie):
            // monodis omits the GUID and unmanaged type name, which the runtime ignores.
            "custom (\"\(managed)\", \"\(cookie)\")"
        case .interface(let parameter): "interface" + (parameter.map { " [iidparam \($0)]" } ?? "")
        }
    }

    static func variantName(_ vt: Int) -> String {
        let names: [Int: String] = [0: "", 2: "int16", 3: "int32", 4: "float32", 5: "float64", 6: "currency",
                                    7: "date", 8: "bstr", 9: "idispatch", 10: "error", 11: "bool", 12: "variant",
                                    13: "iunknown", 14: "decimal", 16: "int8", 17: "unsigned int8",
                                    18: "unsigned int16", 19: "unsigned int32", 20: "int64", 21: "unsigned int64",
                                    22: "int", 23: "unsigned int", 30: "lpstr", 31: "lpwstr"]
        return names[vt] ?? "variant 0x\(String(vt, radix: 16))"
    }
}

extension MetadataReader {
    public func marshalDescriptor(_ handle: FieldMarshalHandle) throws -> MarshalDescriptor {
        var c = ByteCursor(blob(fieldMarshal(handle).nativeType))
        do {
            return try Self.marshalDescriptor(&c, depth: 0)
        } catch let e as BadImageFormat {
            throw e.located(in: fileName)
        }
    }

    private static func marshalDescriptor(_ c: inout ByteCursor, depth: Int) throws -> MarshalDescriptor {
        guard depth < 8 else { throw c.error("marshalling descriptor nests too deeply") }
        let code = try c.u8()
        func optionalNumber() throws -> Int? { c.isAtEnd ? nil : Int(try c.compressedUInt()) }
        switch code {
        case 0x17: return .fixedSystemString(size: Int(try c.compressedUInt()))
        case 0x1D: return .safeArray(variantType: try optionalNumber())
        case 0x1E:
            let count = Int(try c.compressedUInt())
            let element: MarshalDescriptor? = c.isAtEnd ? nil : try marshalDescriptor(&c, depth: depth + 1)
            return .fixedArray(count: count, element: element)
        case 0x2A:
            // The element type comes first; NATIVE_TYPE_MAX (0x50) means "none given".
            let element = try marshalDescriptor(&c, depth: depth + 1)
            let parameter = try optionalNumber()
            let count = try optionalNumber()
            if !c.isAtEnd { _ = try c.compressedUInt() } // ElemMult / flags: whether ParamNum was given
            return .array(element: element == .simple(0x50) ? nil : element, sizeParameter: parameter, count: count)
        case 0x2C:
            let guid = try c.serString() ?? "", native = try c.serString() ?? ""
            let managed = try c.serString() ?? "", cookie = try c.serString() ?? ""
            return .customMarshaler(guid: guid, nativeTypeName: native, managedType: managed, cookie: cookie)
        case 0x1C: return .interface(iidParameter: try optionalNumber())
        default:
            guard MarshalDescriptor.names[code] != nil else { throw c.error("unknown native type 0x\(String(code, radix: 16)) in marshalling descriptor") }
            return .simple(code)
        }
    }
}
