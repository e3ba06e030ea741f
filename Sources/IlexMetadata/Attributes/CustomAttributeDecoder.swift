// Custom attribute value blobs (II.23.3): fixed arguments typed by the constructor's signature and
// named field/property arguments typed inline. Enum arguments need the enum's underlying type,
// which may live in another assembly: the caller supplies a resolver, as System.Reflection.Metadata does.

public indirect enum CustomAttributeValue: Equatable, Sendable {
    case boolean(Bool), char(UInt16)
    case int8(Int8), uint8(UInt8), int16(Int16), uint16(UInt16), int32(Int32), uint32(UInt32)
    case int64(Int64), uint64(UInt64), float32(Float), float64(Double)
    case string(String?)
    /// A System.Type argument, as its serialized (reflection-format) name.
    case type(String?)
    case enumValue(typeName: String, value: Int64)
    case array([CustomAttributeValue]?)
}

public struct CustomAttributeNamedArgument: Equatable, Sendable {
    public var isField: Bool
    public var name: String
    public var value: CustomAttributeValue

    public init(isField: Bool, name: String, value: CustomAttributeValue) {
        (self.isField, self.name, self.value) = (isField, name, value)
    }
}

public struct DecodedCustomAttribute: Equatable, Sendable {
    public var fixedArguments: [CustomAttributeValue]
    public var namedArguments: [CustomAttributeNamedArgument]
}

/// Maps an enum's full reflection name (`Namespace.Outer+Inner`) to its underlying primitive type.
public typealias EnumUnderlyingTypeResolver = (String) -> ElementType?

extension MetadataReader {
    /// Underlying type of an enum defined in this image, by full reflection name.
    public func localEnumUnderlyingType(_ name: String) -> ElementType? {
        for h in typeDefinitions {
            let type = typeDefinition(h)
            guard reflectionName(h.token) == name else { continue }
            guard let base = Optional(type.baseType), !base.isNil, reflectionName(base) == "System.Enum" else { return nil }
            for f in type.fields where !field(f).isStatic {
                if case let t? = try? SignatureDecoder(reader: self).decodeFieldSignature(field(f).signature) {
                    return t.primitiveElementType
                }
            }
        }
        return nil
    }

    /// `Namespace.Outer+Inner` for a TypeDef or TypeRef (the serialization format of II.23.3).
    public func reflectionName(_ token: MetadataToken, depth: Int = 0) -> String {
        guard depth < Self.maximumNesting else { return "" }
        switch token.table {
        case .typeDef:
            let t = typeDefinition(TypeDefinitionHandle(row: token.row))
            if let outer = t.declaringType, outer.row != token.row { return reflectionName(outer.token, depth: depth + 1) + "+" + t.name }
            return t.namespace.isEmpty ? t.name : t.namespace + "." + t.name
        case .typeRef:
            let t = typeReference(TypeReferenceHandle(row: token.row))
            if t.resolutionScope.table == .typeRef && !t.resolutionScope.isNil {
                return reflectionName(t.resolutionScope, depth: depth + 1) + "+" + t.name
            }
            return t.namespace.isEmpty ? t.name : t.namespace + "." + t.name
        default:
            return ""
        }
    }

    /// Decodes a custom attribute's value blob. `enumUnderlyingType` is asked for enums this image
    /// does not define; an enum nobody can resolve raises BadImageFormat naming it.
    public func decodeCustomAttribute(_ handle: CustomAttributeHandle,
                                      enumUnderlyingType: @escaping EnumUnderlyingTypeResolver = { _ in nil }) throws -> DecodedCustomAttribute {
        let attribute = customAttribute(handle)
        let constructor = attribute.constructor
        let signatureBlob: BlobHandle
        switch constructor.table {
        case .methodDef: signatureBlob = method(MethodDefinitionHandle(row: constructor.row)).signature
        case .memberRef: signatureBlob = memberReference(MemberReferenceHandle(row: constructor.row)).signature
        default: throw BadImageFormat(file: fileName, offset: nil, "custom attribute \(handle.row) has constructor \(constructor)")
        }
        let signature = try SignatureDecoder(reader: self).decodeMethodSignature(signatureBlob)
        var decoder = AttributeBlobDecoder(reader: self, cursor: ByteCursor(blob(attribute.value)), resolve: { name in
            self.localEnumUnderlyingType(name) ?? enumUnderlyingType(name)
        })
        do {
            return try decoder.decode(parameters: signature.parameterTypes)
        } catch let e as BadImageFormat {
            throw e.located(in: fileName)
        }
    }
}

private struct AttributeBlobDecoder {
    let reader: MetadataReader
    var cursor: ByteCursor
    let resolve: EnumUnderlyingTypeResolver

    mutating func decode(parameters: [TypeSignature]) throws -> DecodedCustomAttribute {
        guard try cursor.u16() == 0x0001 else { throw cursor.error("custom attribute blob lacks the 0x0001 prolog") }
        let fixed = try parameters.map { try fixedArgument($0) }
        var named: [CustomAttributeNamedArgument] = []
        if !cursor.isAtEnd {
            let count = Int(try cursor.u16())
            for _ in 0..<count {
                let kind = try cursor.u8()
                guard kind == ElementType.field.rawValue || kind == ElementType.property.rawValue else {
                    throw cursor.error("named argument kind 0x\(String(kind, radix: 16)) (expected FIELD 0x53 or PROPERTY 0x54)")
                }
                let type = try serializedType()
                guard let name = try cursor.serString() else { throw cursor.error("named argument without a name") }
                named.append(CustomAttributeNamedArgument(isField: kind == ElementType.field.rawValue, name: name, value: try value(of: type)))
            }
        }
        return DecodedCustomAttribute(fixedArguments: fixed, namedArguments: named)
    }

    /// The argument types a blob can carry (II.23.3 FieldOrPropType), resolved to decoding rules.
    indirect enum SerializedType {
        case primitive(ElementType), string, type, boxed, enumeration(String, ElementType), array(SerializedType)
    }

    private func enumType(_ name: String) throws -> SerializedType {
        guard let underlying = resolve(name), underlying.isIntegral else {
            throw cursor.error("cannot resolve the underlying type of enum '\(name)' used in a custom attribute")
        }
        return .enumeration(name, underlying)
    }

    private func serializedType(of sig: TypeSignature, depth: Int = 0) throws -> SerializedType {
        if let primitive = sig.primitiveElementType { return .primitive(primitive) }
        switch sig {
        case .string: return .string
        case .object: return .boxed
        case .szArray(let element) where depth == 0: return .array(try serializedType(of: element, depth: 1))
        case .classType(let t) where reader.reflectionName(t) == "System.Type": return .type
        case .valueType(let t): return try enumType(reader.reflectionName(t))
        default: throw cursor.error("custom attribute parameter of type \(reader.format(sig)) cannot be serialized")
        }
    }

    private mutating func serializedType(depth: Int = 0) throws -> SerializedType {
        let code = try cursor.u8()
        switch code {
        case 0x02...0x0D: return .primitive(ElementType(rawValue: code)!)
        case ElementType.string.rawValue: return .string
        case ElementType.systemType.rawValue: return .type
        case ElementType.boxed.rawValue: return .boxed
        case ElementType.szArray.rawValue where depth == 0: return .array(try serializedType(depth: 1))
        case ElementType.enumeration.rawValue:
            guard let name = try cursor.serString() else { throw cursor.error("enum argument without a type name") }
            // The name may be assembly-qualified ("T, Assembly, Version=..."): resolve by type name.
            return try enumType(String(name.split(separator: ",").first ?? ""))
        default: throw cursor.error("invalid serialized type 0x\(String(code, radix: 16)) in custom attribute")
        }
    }

    private mutating func fixedArgument(_ sig: TypeSignature) throws -> CustomAttributeValue {
        try value(of: try serializedType(of: sig))
    }

    private mutating func value(of type: SerializedType) throws -> CustomAttributeValue {
        switch type {
        case .primitive(let e): return try primitive(e)
        case .string: return .string(try cursor.serString())
        case .type: return .type(try cursor.serString())
        case .boxed: return try value(of: try serializedType())
        case .enumeration(let name, let underlying):
            guard case let raw = try primitive(underlying), let v = raw.integerValue else { throw cursor.error("bad enum value") }
            return .enumValue(typeName: name, value: v)
        case .array(let element):
            let count = try cursor.u32()
            if count == 0xFFFF_FFFF { return .array(nil) }
            guard Int(count) <= cursor.remaining else { throw cursor.error("array of \(count) elements in \(cursor.remaining) bytes") }
            return .array(try (0..<Int(count)).map { _ in try value(of: element) })
        }
    }

    private mutating func primitive(_ e: ElementType) throws -> CustomAttributeValue {
        switch e {
        case .boolean: return .boolean(try cursor.u8() != 0)
        case .char: return .char(try cursor.u16())
        case .int8: return .int8(try cursor.i8())
        case .uint8: return .uint8(try cursor.u8())
        case .int16: return .int16(try cursor.i16())
        case .uint16: return .uint16(try cursor.u16())
        case .int32: return .int32(try cursor.i32())
        case .uint32: return .uint32(try cursor.u32())
        case .int64: return .int64(try cursor.i64())
        case .uint64: return .uint64(try cursor.u64())
        case .float32: return .float32(try cursor.f32())
        case .float64: return .float64(try cursor.f64())
        default: throw cursor.error("element type 0x\(String(e.rawValue, radix: 16)) is not a primitive")
        }
    }
}

extension CustomAttributeValue {
    var integerValue: Int64? {
        switch self {
        case .boolean(let v): v ? 1 : 0
        case .char(let v): Int64(v)
        case .int8(let v): Int64(v)
        case .uint8(let v): Int64(v)
        case .int16(let v): Int64(v)
        case .uint16(let v): Int64(v)
        case .int32(let v): Int64(v)
        case .uint32(let v): Int64(v)
        case .int64(let v): v
        case .uint64(let v): Int64(bitPattern: v)
        default: nil
        }
    }
}

extension ElementType {
    var isIntegral: Bool { (ElementType.boolean.rawValue...ElementType.uint64.rawValue).contains(rawValue) }
}

extension TypeSignature {
    /// The element type of a primitive (bool through float64), else nil.
    public var primitiveElementType: ElementType? {
        switch self {
        case .boolean: .boolean
        case .char: .char
        case .int8: .int8
        case .uint8: .uint8
        case .int16: .int16
        case .uint16: .uint16
        case .int32: .int32
        case .uint32: .uint32
        case .int64: .int64
        case .uint64: .uint64
        case .float32: .float32
        case .float64: .float64
        default: nil
        }
    }
}
