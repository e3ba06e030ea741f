// Declarative security permission sets (DeclSecurity, II.22.11): the .NET 2.0 binary form
// ('.' then serialized security attributes) and the older UTF-16 XML form, decoded for display.

public enum PermissionSet: Sendable {
    /// .NET 2.0 form: one entry per security attribute.
    case attributes([SecurityAttribute])
    /// The original form: an XML `<PermissionSet>` document.
    case xml(String)
}

public struct SecurityAttribute: Sendable {
    /// Assembly-qualified name of the attribute type, as written in the blob.
    public var typeName: String
    public var namedArguments: [SecurityNamedArgument]
    /// False when an argument's value could not be sized without resolving a type (enum, boxed,
    /// array): that argument is then last, its `.raw` value holding the rest of the blob.
    public var isComplete: Bool
}

public struct SecurityNamedArgument: Sendable {
    /// True for a property (0x54), false for a field (0x53).
    public var isProperty: Bool
    /// The FieldOrPropType byte (II.23.3): an ELEMENT_TYPE, 0x50 type, 0x51 boxed, 0x55 enum, 0x1D array.
    public var typeCode: UInt8
    /// The enum type name when typeCode is 0x55.
    public var enumTypeName: String?
    public var name: String
    public var value: SecurityArgumentValue
}

public enum SecurityArgumentValue: Sendable, Equatable {
    case boolean(Bool), char(UInt16)
    case int8(Int8), uint8(UInt8), int16(Int16), uint16(UInt16), int32(Int32), uint32(UInt32)
    case int64(Int64), uint64(UInt64), float32(Float), float64(Double)
    case string(String?)
    case type(String?)
    /// A value whose size depends on a type the blob does not describe (enum, boxed, array):
    /// the bytes from the value to the end of the attribute, later arguments included.
    case raw([UInt8])
}

extension MetadataReader {
    public func permissionSet(_ handle: DeclarativeSecurityHandle) throws -> PermissionSet {
        let bytes = blob(declarativeSecurity(handle).permissionSet)
        do {
            if bytes.count > 0, try bytes.u8(0) == 0x2E {
                return .attributes(try Self.securityAttributes(bytes))
            }
            guard bytes.count % 2 == 0 else {
                throw BadImageFormat(offset: bytes.origin, "XML permission set has odd length \(bytes.count)")
            }
            var units = (0..<bytes.count / 2).map { bytes.u16Unchecked($0 * 2) }
            if units.first == 0xFEFF { units.removeFirst() }
            return .xml(String(decoding: units, as: UTF16.self))
        } catch let e as BadImageFormat {
            throw e.located(in: fileName)
        }
    }

    private static func securityAttributes(_ bytes: ByteView) throws -> [SecurityAttribute] {
        var c = ByteCursor(bytes, position: 1)
        let count = Int(try c.compressedUInt())
        // Each attribute takes at least two bytes, so a count beyond that is corrupt, not large.
        guard count <= c.remaining / 2 else { throw c.error("permission set claims \(count) attributes") }
        var result: [SecurityAttribute] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            guard let typeName = try c.serString() else { throw c.error("security attribute with null type name") }
            let size = Int(try c.compressedUInt())
            var body = ByteCursor(try c.bytes(size))
            let argumentCount = Int(try body.compressedUInt())
            var arguments: [SecurityNamedArgument] = []
            var isComplete = true
            for _ in 0..<argumentCount {
                let kind = try body.u8()
                guard kind == 0x53 || kind == 0x54 else { throw body.error("named argument kind 0x\(hex(kind, width: 2))") }
                let typeCode = try body.u8()
                var enumTypeName: String? = nil
                if typeCode == 0x55 { enumTypeName = try body.serString() }
                if typeCode == 0x1D { _ = try body.u8() }
                guard let name = try body.serString() else { throw body.error("named argument with null name") }
                guard let value = try simpleValue(typeCode, &body) else {
                    // Sizing the rest needs the enum's or element's type: keep the bytes from here.
                    isComplete = false
                    arguments.append(SecurityNamedArgument(isProperty: kind == 0x54, typeCode: typeCode,
                                                           enumTypeName: enumTypeName, name: name,
                                                           value: .raw(try body.bytes(body.remaining).array)))
                    break
                }
                arguments.append(SecurityNamedArgument(isProperty: kind == 0x54, typeCode: typeCode,
                                                       enumTypeName: enumTypeName, name: name, value: value))
            }
            if isComplete && !body.isAtEnd {
                throw body.error("\(body.remaining) bytes left after security attribute '\(typeName)'")
            }
            result.append(SecurityAttribute(typeName: typeName, namedArguments: arguments, isComplete: isComplete))
        }
        if !c.isAtEnd { throw c.error("\(c.remaining) bytes left after permission set") }
        return result
    }

    /// A value of a fixed-size or string-like type; nil when its size is not known from the blob.
    private static func simpleValue(_ typeCode: UInt8, _ c: inout ByteCursor) throws -> SecurityArgumentValue? {
        switch typeCode {
        case 0x02: return .boolean(try c.u8() != 0)
        case 0x03: return .char(try c.u16())
        case 0x04: return .int8(try c.i8())
        case 0x05: return .uint8(try c.u8())
        case 0x06: return .int16(try c.i16())
        case 0x07: return .uint16(try c.u16())
        case 0x08: return .int32(try c.i32())
        case 0x09: return .uint32(try c.u32())
        case 0x0A: return .int64(try c.i64())
        case 0x0B: return .uint64(try c.u64())
        case 0x0C: return .float32(try c.f32())
        case 0x0D: return .float64(try c.f64())
        case 0x0E: return .string(try c.serString())
        case 0x50: return .type(try c.serString())
        case 0x51, 0x55, 0x1D: return nil
        default: throw c.error("invalid named argument type 0x\(hex(typeCode, width: 2))")
        }
    }
}
