// Custom attribute value blobs (II.23.3): fixed arguments typed by the constructor's signature and
// named field/property arguments typed inline. Enum arguments need the enum's underlying type,
// which may live in another assembly: the caller supplies a resolver, as System.Reflection.Metadata does.

/// One argument value. Values of `object`-typed arguments (serialized as boxed, 0x51) appear as the
/// value they carry: the blob types them, so `.int32(5)` or `.enumValue` says everything the box did.
public indirect enum CustomAttributeValue: Equatable, Sendable {
    case boolean(Bool), char(UInt16)
    case int8(Int8), uint8(UInt8), int16(Int16), uint16(UInt16), int32(Int32), uint32(UInt32)
    case int64(Int64), uint64(UInt64), float32(Float), float64(Double)
    case string(String?)
    /// A System.Type argument, as its serialized (reflection-format) name; nil for a null Type.
    case type(String?)
    /// `value` is the underlying integer, sign- or zero-extended by the enum's underlying type.
    case enumValue(typeName: String, value: Int64)
    /// Nil for a null array.
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

    public init(fixedArguments: [CustomAttributeValue], namedArguments: [CustomAttributeNamedArgument]) {
        (self.fixedArguments, self.namedArguments) = (fixedArguments, namedArguments)
    }
}

/// An enum whose underlying type the decoder needs, with all it knows about where the enum lives.
public struct EnumTypeReference: Hashable, Sendable {
    /// Reflection-format name without assembly: `Namespace.Outer+Inner`.
    public var name: String
    /// The defining assembly's simple name, from the TypeRef's resolution scope or an
    /// assembly-qualified name in the blob. Nil when the image does not say: then II.23.3 means
    /// the attribute's own assembly or mscorlib.
    public var assemblyName: String?
    /// The TypeDef or TypeRef in the attribute's image (constructor parameters); nil for enum
    /// types named by string in the blob (named arguments, boxed values).
    public var token: MetadataToken?

    public init(name: String, assemblyName: String? = nil, token: MetadataToken? = nil) {
        (self.name, self.assemblyName, self.token) = (name, assemblyName, token)
    }
}

/// Answers an enum's underlying type (an integral ElementType), or nil when it cannot.
public typealias EnumTypeResolver = (EnumTypeReference) -> ElementType?
/// The older, name-only form: maps `Namespace.Outer+Inner` to the underlying type.
public typealias EnumUnderlyingTypeResolver = (String) -> ElementType?

extension MetadataReader {
    // MARK: Enums

    /// The underlying type of an enum defined in this image (the type of its first instance
    /// field, `value__`), or nil if the type is not an enum.
    public func enumUnderlyingType(_ definition: TypeDefinitionHandle) -> ElementType? {
        guard definition.row >= 1, definition.row <= rowCount(.typeDef) else { return nil }
        let type = typeDefinition(definition)
        let base = type.baseType
        guard !base.isNil, (try? validate(base)) != nil, reflectionName(base) == "System.Enum" else { return nil }
        let decoder = SignatureDecoder(reader: self)
        for f in type.fields where !field(f).isStatic {
            guard let sig = try? decoder.decodeFieldSignature(field(f).signature),
                  let element = sig.unmodified.primitiveElementType, element.isIntegral else { return nil }
            return element
        }
        return nil
    }

    /// The TypeDef with reflection name `Namespace.Outer+Inner`, if this image defines it.
    public func typeDefinition(reflectionName name: String) -> TypeDefinitionHandle? {
        // Compare the cheap simple name before building the full name.
        for h in typeDefinitions where name.hasSuffix(typeDefinition(h).name) {
            if reflectionName(h.token) == name { return h }
        }
        return nil
    }

    /// Underlying type of an enum defined in this image, by full reflection name.
    public func localEnumUnderlyingType(_ name: String) -> ElementType? {
        typeDefinition(reflectionName: name).flatMap(enumUnderlyingType)
    }

    /// The default resolver: enums this image defines, reached by TypeDef token, by a TypeRef
    /// scoped to this module or assembly, or by a name that names no other assembly.
    public func localEnumUnderlyingType(for reference: EnumTypeReference) -> ElementType? {
        if let token = reference.token, token.table == .typeDef {
            return enumUnderlyingType(TypeDefinitionHandle(row: token.row))
        }
        if let assembly = reference.assemblyName, assembly != self.assembly?.name { return nil }
        return localEnumUnderlyingType(reference.name)
    }

    /// `Namespace.Outer+Inner` for a TypeDef or TypeRef (the serialization format of II.23.3).
    public func reflectionName(_ token: MetadataToken, depth: Int = 0) -> String {
        guard depth < Self.maximumNesting, (try? validate(token)) != nil else { return "" }
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

    /// The simple name of the assembly a TypeRef points into (through enclosing TypeRefs), or nil
    /// when it is scoped to this module or a ModuleRef.
    public func referencedAssemblyName(_ typeRef: TypeReferenceHandle) -> String? {
        var scope = typeRef.token
        for _ in 0..<Self.maximumNesting {
            guard scope.table == .typeRef, !scope.isNil, (try? validate(scope)) != nil else { break }
            scope = typeReference(TypeReferenceHandle(row: scope.row)).resolutionScope
        }
        guard scope.table == .assemblyRef, !scope.isNil, (try? validate(scope)) != nil else { return nil }
        return assemblyReference(AssemblyReferenceHandle(row: scope.row)).name
    }

    // MARK: Decoding

    /// Decodes a custom attribute's value blob. `enumUnderlyingType` is asked, by reflection name,
    /// for enums this image does not define; an enum nobody can resolve raises BadImageFormat naming it.
    public func decodeCustomAttribute(_ handle: CustomAttributeHandle,
                                      enumUnderlyingType: @escaping EnumUnderlyingTypeResolver = { _ in nil }) throws -> DecodedCustomAttribute {
        try decodeCustomAttribute(handle, resolvingEnumsWith: { enumUnderlyingType($0.name) })
    }

    /// Decodes a custom attribute's value blob. Enums this image defines are resolved here;
    /// `resolver` is asked for the rest (typically by loading the referenced assembly).
    public func decodeCustomAttribute(_ handle: CustomAttributeHandle,
                                      resolvingEnumsWith resolver: @escaping EnumTypeResolver) throws -> DecodedCustomAttribute {
        let attribute = customAttribute(handle)
        return try decodeCustomAttribute(constructor: attribute.constructor, value: attribute.value, resolvingEnumsWith: resolver)
    }

    /// Decodes a value blob for `constructor` (a MethodDef or MemberRef).
    public func decodeCustomAttribute(constructor: MetadataToken, value: BlobHandle,
                                      resolvingEnumsWith resolver: @escaping EnumTypeResolver) throws -> DecodedCustomAttribute {
        let parameters = try customAttributeConstructorSignature(constructor).signature.parameterTypes
        var decoder = AttributeBlobDecoder(reader: self, cursor: ByteCursor(blob(value)), resolve: { reference in
            self.localEnumUnderlyingType(for: reference) ?? resolver(reference)
        })
        do {
            return try decoder.decode(parameters: parameters)
        } catch let e as BadImageFormat {
            throw e.located(in: fileName)
        }
    }

    /// The constructor's signature with the attribute type's generic arguments substituted (a
    /// generic attribute's constructor is a MemberRef on a TypeSpec and its parameters say `!0`),
    /// its name and its declaring type.
    public func customAttributeConstructorSignature(_ constructor: MetadataToken) throws -> (signature: MethodSignature, name: String, owner: MetadataToken) {
        let decoder = SignatureDecoder(reader: self)
        switch constructor.table {
        case .methodDef where !constructor.isNil:
            try validate(constructor)
            let method = method(MethodDefinitionHandle(row: constructor.row))
            return (try decoder.decodeMethodSignature(method.signature), method.name, method.declaringType.token)
        case .memberRef where !constructor.isNil:
            try validate(constructor)
            let ref = memberReference(MemberReferenceHandle(row: constructor.row))
            var sig = try decoder.decodeMethodSignature(ref.signature)
            if ref.parent.table == .typeSpec, !ref.parent.isNil {
                try validate(ref.parent)
                if case .genericInstance(_, _, let arguments) = try decoder.decodeTypeSpecification(TypeSpecificationHandle(row: ref.parent.row)) {
                    sig.returnType = sig.returnType.substituting(typeArguments: arguments)
                    sig.parameterTypes = sig.parameterTypes.map { $0.substituting(typeArguments: arguments) }
                }
            }
            return (sig, ref.name, ref.parent)
        default:
            throw BadImageFormat(file: fileName, offset: nil, "custom attribute constructor \(constructor) is neither a MethodDef nor a MemberRef")
        }
    }

    // MARK: Listing

    /// The `.custom` directive for an attribute: `.custom instance void [mscorlib]X::.ctor(string) = ( 01 00 ... )`
    /// with the raw blob, or, given its decoded value, `= { string('...') }`.
    public func customAttributeText(_ handle: CustomAttributeHandle, decoded: DecodedCustomAttribute? = nil) throws -> String {
        let attribute = customAttribute(handle)
        let (sig, name, owner) = try customAttributeConstructorSignature(attribute.constructor)
        // Print the constructor as the image spells it, `!0` included, like the raw blob.
        var declared = sig
        if attribute.constructor.table == .memberRef {
            declared = try SignatureDecoder(reader: self).decodeMethodSignature(memberReference(MemberReferenceHandle(row: attribute.constructor.row)).signature)
        }
        let head = ".custom " + format(declared, name: name, owner: owner) + " = "
        if let decoded { return head + decoded.ilasmText }
        return head + "( " + hexBytes(blob(attribute.value).bytes) + " )"
    }
}

extension DecodedCustomAttribute {
    /// ILAsm's decoded form: `{ string('x') int32(1) property bool 'Flag' = bool(true) }`.
    public var ilasmText: String {
        var parts = fixedArguments.map(\.ilasmText)
        for argument in namedArguments {
            parts.append((argument.isField ? "field " : "property ") + ILAsmFlags.quoted(argument.name) + " = " + argument.value.ilasmText)
        }
        return parts.isEmpty ? "{ }" : "{ " + parts.joined(separator: " ") + " }"
    }
}

extension CustomAttributeValue {
    public var ilasmText: String {
        switch self {
        case .boolean(let v): "bool(\(v))"
        case .char(let v): "char(0x\(hex(v, width: 4)))"
        case .int8(let v): "int8(\(v))"
        case .uint8(let v): "uint8(\(v))"
        case .int16(let v): "int16(\(v))"
        case .uint16(let v): "uint16(\(v))"
        case .int32(let v): "int32(\(v))"
        case .uint32(let v): "uint32(\(v))"
        case .int64(let v): "int64(\(v))"
        case .uint64(let v): "uint64(\(v))"
        case .float32(let v): "float32(\(v))"
        case .float64(let v): "float64(\(v))"
        case .string(let v?): "string(\(ilasmQuoted(v)))"
        case .string(nil): "string(nullref)"
        case .type(let v?): "type(\(ilasmQuoted(v)))"
        case .type(nil): "type(nullref)"
        case .enumValue(let name, let value): "enum \(ilasmQuoted(name))(\(value))"
        case .array(let items?): "[\(items.count)](" + items.map(\.ilasmText).joined(separator: " ") + ")"
        case .array(nil): "nullref"
        }
    }

    private func ilasmQuoted(_ text: String) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "'": out += "\\'"
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += "\\x" + hex(scalar.value, width: 2) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "'"
    }

    /// The integer a primitive carries, for enum values.
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

/// The blob grammar of II.23.3. Arrays of `object` hold boxed values that may be arrays again, so
/// nesting is bounded like signatures are.
private struct AttributeBlobDecoder {
    let reader: MetadataReader
    var cursor: ByteCursor
    let resolve: EnumTypeResolver
    static let maximumDepth = 32

    mutating func decode(parameters: [TypeSignature]) throws -> DecodedCustomAttribute {
        guard try cursor.u16() == 0x0001 else { throw cursor.error("custom attribute blob lacks the 0x0001 prolog") }
        let fixed = try parameters.map { try value(of: try serializedType(of: $0), depth: 0) }
        var named: [CustomAttributeNamedArgument] = []
        // Some compilers omit NumNamed when it is zero.
        if !cursor.isAtEnd {
            let count = Int(try cursor.u16())
            for _ in 0..<count {
                let kind = try cursor.u8()
                guard kind == ElementType.field.rawValue || kind == ElementType.property.rawValue else {
                    throw cursor.error("named argument kind 0x\(String(kind, radix: 16)) (expected FIELD 0x53 or PROPERTY 0x54)")
                }
                let type = try serializedType(depth: 0)
                guard let name = try cursor.serString() else { throw cursor.error("named argument without a name") }
                named.append(CustomAttributeNamedArgument(isField: kind == ElementType.field.rawValue, name: name,
                                                          value: try value(of: type, depth: 0)))
            }
        }
        return DecodedCustomAttribute(fixedArguments: fixed, namedArguments: named)
    }

    /// The argument types a blob can carry (II.23.3 FieldOrPropType), resolved to decoding rules.
    indirect enum SerializedType {
        case primitive(ElementType), string, type, boxed, enumeration(String, ElementType), array(SerializedType)
    }

    private func enumType(_ reference: EnumTypeReference) throws -> SerializedType {
        guard let underlying = resolve(reference), underlying.isIntegral else {
            let place = reference.assemblyName.map { " (assembly \($0))" } ?? ""
            throw cursor.error("cannot resolve the underlying type of enum '\(reference.name)'\(place) used in a custom attribute")
        }
        return .enumeration(reference.name, underlying)
    }

    /// A constructor parameter's type, as the blob will encode it.
    private func serializedType(of sig: TypeSignature, isElement: Bool = false) throws -> SerializedType {
        let sig = sig.unmodified
        if let primitive = sig.primitiveElementType { return .primitive(primitive) }
        switch sig {
        case .string: return .string
        case .object: return .boxed
        case .szArray(let element) where !isElement: return .array(try serializedType(of: element, isElement: true))
        case .classType(let t) where reader.reflectionName(t) == "System.Type": return .type
        case .valueType(let t) where t.table == .typeDef || t.table == .typeRef:
            let assembly = t.table == .typeRef ? reader.referencedAssemblyName(TypeReferenceHandle(row: t.row)) : nil
            return try enumType(EnumTypeReference(name: reader.reflectionName(t), assemblyName: assembly, token: t))
        default: throw cursor.error("custom attribute parameter of type \(reader.format(sig)) cannot be serialized")
        }
    }

    /// A FieldOrPropType read from the blob (named arguments and boxed values).
    private mutating func serializedType(depth: Int) throws -> SerializedType {
        guard depth < Self.maximumDepth else { throw cursor.error("custom attribute value nests deeper than \(Self.maximumDepth) levels") }
        let code = try cursor.u8()
        if let element = ElementType(rawValue: code), element.isSerializablePrimitive { return .primitive(element) }
        switch code {
        case ElementType.string.rawValue: return .string
        case ElementType.systemType.rawValue: return .type
        case ElementType.boxed.rawValue: return .boxed
        case ElementType.szArray.rawValue:
            let element = try serializedType(depth: depth + 1)
            if case .array = element { throw cursor.error("array of arrays in a custom attribute") }
            return .array(element)
        case ElementType.enumeration.rawValue:
            guard let qualified = try cursor.serString() else { throw cursor.error("enum argument without a type name") }
            return try enumType(Self.enumReference(parsing: qualified))
        default: throw cursor.error("invalid serialized type 0x\(String(code, radix: 16)) in custom attribute")
        }
    }

    /// Splits `Namespace.Type+Nested, Assembly, Version=...` into type and assembly names.
    static func enumReference(parsing qualified: String) -> EnumTypeReference {
        let parts = qualified.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
        func trimmed(_ s: Substring) -> String { String(s.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
        let name = trimmed(parts.first ?? "")
        let assembly = parts.count > 1 ? trimmed(parts[1]) : ""
        return EnumTypeReference(name: name, assemblyName: assembly.isEmpty ? nil : assembly)
    }

    private mutating func value(of type: SerializedType, depth: Int) throws -> CustomAttributeValue {
        guard depth < Self.maximumDepth else { throw cursor.error("custom attribute value nests deeper than \(Self.maximumDepth) levels") }
        switch type {
        case .primitive(let e): return try primitive(e)
        case .string: return .string(try cursor.serString())
        case .type: return .type(try cursor.serString())
        case .boxed: return try value(of: try serializedType(depth: depth + 1), depth: depth + 1)
        case .enumeration(let name, let underlying):
            guard let v = try primitive(underlying).integerValue else { throw cursor.error("bad value for enum '\(name)'") }
            return .enumValue(typeName: name, value: v)
        case .array(let element):
            let count = try cursor.u32()
            if count == 0xFFFF_FFFF { return .array(nil) }
            // Every element takes at least one byte, so this bounds the allocation by the blob.
            guard Int(count) <= cursor.remaining else { throw cursor.error("array of \(count) elements in \(cursor.remaining) bytes") }
            return .array(try (0..<Int(count)).map { _ in try value(of: element, depth: depth + 1) })
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
