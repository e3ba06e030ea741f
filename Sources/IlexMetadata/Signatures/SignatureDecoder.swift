// Decodes signature blobs (II.23.2) into TypeSignature trees. Every token read from a blob is
// range-checked and nesting is bounded, so a hostile blob raises BadImageFormat, never a crash.

public struct SignatureDecoder {
    public let reader: MetadataReader
    /// Deeper nesting than this is rejected: real signatures stay far below it.
    static let maximumDepth = 64

    public init(reader: MetadataReader) { self.reader = reader }

    private func fail(_ c: ByteCursor, _ reason: String) -> BadImageFormat {
        BadImageFormat(file: reader.fileName, offset: c.fileOffset, reason)
    }

    /// Runs `body` over a blob. Errors raised by the cursor itself (reading past the blob's end)
    /// do not know the file; attribute them to this reader's.
    private func decoding<T>(_ blob: BlobHandle, _ body: (inout ByteCursor) throws -> T) throws -> T {
        var c = ByteCursor(reader.blob(blob))
        do { return try body(&c) } catch let e as BadImageFormat { throw e.located(in: reader.fileName) }
    }

    /// A MethodDefSig, MethodRefSig (with a vararg SENTINEL) or StandAloneMethodSig.
    public func decodeMethodSignature(_ blob: BlobHandle) throws -> MethodSignature {
        try decoding(blob) { try methodSignature(&$0, depth: 0) }
    }

    /// A FieldSig: the field's type, with any custom modifiers on it.
    public func decodeFieldSignature(_ blob: BlobHandle) throws -> TypeSignature {
        try decoding(blob) { c in
            let header = try c.u8()
            guard header & 0x0F == SignatureHeader.Kind.field.rawValue else {
                throw fail(c, "field signature starts with 0x\(String(header, radix: 16)), not 0x06")
            }
            return try type(&c, depth: 0)
        }
    }

    public func decodePropertySignature(_ blob: BlobHandle) throws -> PropertySignature {
        try decoding(blob) { try propertySignature(&$0) }
    }

    /// A LocalVarSig: one type per local, which may be pinned, byref or typedref.
    public func decodeLocalSignature(_ blob: BlobHandle) throws -> [TypeSignature] {
        try decoding(blob) { c in
            let header = try c.u8()
            guard header == SignatureHeader.Kind.local.rawValue else {
                throw fail(c, "local signature starts with 0x\(String(header, radix: 16)), not 0x07")
            }
            return try locals(&c)
        }
    }

    /// A StandAloneSig row: a local variable list or a calli method signature.
    public func decodeStandaloneSignature(_ handle: StandaloneSignatureHandle) throws -> StandaloneSignatureContent {
        switch try decode(blob: reader.standaloneSignature(handle).signature) {
        case .locals(let types): return .locals(types)
        case .method(let sig): return .method(sig)
        default: throw BadImageFormat(file: reader.fileName, offset: reader.blob(reader.standaloneSignature(handle).signature).origin,
                                      "stand-alone signature \(handle.row) is neither a method nor a local variable signature")
        }
    }

    /// Any signature blob, by its header byte. StandAloneSig rows need this: they hold either kind.
    public func decode(blob: BlobHandle) throws -> DecodedSignature {
        try decoding(blob) { c in
            let header = SignatureHeader(rawValue: try c.peekU8())
            switch header.kind {
            case .field?:
                c.position += 1
                return .field(try type(&c, depth: 0))
            case .local?:
                c.position += 1
                return .locals(try locals(&c))
            case .property?:
                return .property(try propertySignature(&c))
            case .genericInstance?:
                return .methodInstantiation(try methodInstantiation(&c))
            default:
                return .method(try methodSignature(&c, depth: 0))
            }
        }
    }

    /// A TypeSpec row's signature: an instantiation, array, pointer, generic parameter, ...
    public func decodeTypeSpecification(_ handle: TypeSpecificationHandle) throws -> TypeSignature {
        guard handle.row >= 1, handle.row <= reader.rowCount(.typeSpec) else {
            throw BadImageFormat(file: reader.fileName, offset: nil, "TypeSpec \(handle.row) does not exist (\(reader.rowCount(.typeSpec)) rows)")
        }
        return try decoding(reader.typeSpecification(handle).signature) { try type(&$0, depth: 0) }
    }

    /// The type arguments of a MethodSpec instantiation blob (II.23.2.15).
    public func decodeMethodSpecification(_ blob: BlobHandle) throws -> [TypeSignature] {
        try decoding(blob) { try methodInstantiation(&$0) }
    }

    /// One type at the cursor, for callers that embed types in their own formats.
    public func decodeType(_ c: inout ByteCursor) throws -> TypeSignature {
        do { return try type(&c, depth: 0) } catch let e as BadImageFormat { throw e.located(in: reader.fileName) }
    }

    // MARK: Grammar

    private func propertySignature(_ c: inout ByteCursor) throws -> PropertySignature {
        let header = SignatureHeader(rawValue: try c.u8())
        guard header.kind == .property else { throw fail(c, "property signature has header 0x\(String(header.rawValue, radix: 16))") }
        let count = Int(try c.compressedUInt())
        guard count <= c.remaining else { throw fail(c, "property signature declares \(count) parameters in \(c.remaining) bytes") }
        let propertyType = try type(&c, depth: 0)
        let parameters = try (0..<count).map { _ in try type(&c, depth: 0) }
        return PropertySignature(hasThis: header.hasThis, type: propertyType, parameterTypes: parameters)
    }

    private func methodInstantiation(_ c: inout ByteCursor) throws -> [TypeSignature] {
        let header = try c.u8()
        guard header == SignatureHeader.Kind.genericInstance.rawValue else {
            throw fail(c, "method instantiation starts with 0x\(String(header, radix: 16)), not 0x0A")
        }
        let count = Int(try c.compressedUInt())
        guard count > 0, count <= c.remaining else { throw fail(c, "method instantiation with \(count) arguments") }
        return try (0..<count).map { _ in try type(&c, depth: 0) }
    }

    private func locals(_ c: inout ByteCursor) throws -> [TypeSignature] {
        let count = Int(try c.compressedUInt())
        guard count <= c.remaining else { throw fail(c, "local signature declares \(count) locals in \(c.remaining) bytes") }
        var result: [TypeSignature] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            // TYPEDBYREF, BYREF and PINNED may appear here with custom modifiers before them.
            result.append(try type(&c, depth: 0, allowPinned: true))
        }
        return result
    }

    private func methodSignature(_ c: inout ByteCursor, depth: Int) throws -> MethodSignature {
        let header = SignatureHeader(rawValue: try c.u8())
        guard header.isMethod else {
            throw fail(c, "method signature has header 0x\(String(header.rawValue, radix: 16))")
        }
        let genericCount = header.isGeneric ? Int(try c.compressedUInt()) : 0
        let count = Int(try c.compressedUInt())
        guard count <= c.remaining else { throw fail(c, "method signature declares \(count) parameters in \(c.remaining) bytes") }
        let returnType = try type(&c, depth: depth + 1)
        var parameters: [TypeSignature] = []
        parameters.reserveCapacity(count)
        var required = count
        while parameters.count < count {
            if try c.peekU8() == ElementType.sentinel.rawValue {
                guard required == count else { throw fail(c, "second vararg sentinel") }
                c.position += 1
                required = parameters.count
                continue
            }
            parameters.append(try type(&c, depth: depth + 1))
        }
        return MethodSignature(header: header, genericParameterCount: genericCount, returnType: returnType,
                               parameterTypes: parameters, requiredParameterCount: required)
    }

    /// A TypeDefOrRefOrSpecEncoded token (II.23.2.8), checked against the tables.
    private func typeToken(_ c: inout ByteCursor) throws -> MetadataToken {
        let start = c
        let value = try c.compressedUInt()
        let tables: [TableIndex] = [.typeDef, .typeRef, .typeSpec]
        let tag = Int(value & 0x3)
        guard tag < 3 else { throw fail(start, "type token has invalid tag 3") }
        let token = MetadataToken(tables[tag], row: Int(value >> 2))
        guard token.row >= 1, token.row <= reader.rowCount(tables[tag]) else {
            throw fail(start, "type token \(token) is outside the \(tables[tag].name) table (\(reader.rowCount(tables[tag])) rows)")
        }
        return token
    }

    private func type(_ c: inout ByteCursor, depth: Int, allowPinned: Bool = false) throws -> TypeSignature {
        guard depth < Self.maximumDepth else { throw fail(c, "signature nests deeper than \(Self.maximumDepth) levels") }
        let start = c
        let code = try c.u8()
        guard let element = ElementType(rawValue: code) else {
            throw fail(start, "unknown element type 0x\(String(code, radix: 16)) in signature")
        }
        switch element {
        case .void: return .void
        case .boolean: return .boolean
        case .char: return .char
        case .int8: return .int8
        case .uint8: return .uint8
        case .int16: return .int16
        case .uint16: return .uint16
        case .int32: return .int32
        case .uint32: return .uint32
        case .int64: return .int64
        case .uint64: return .uint64
        case .float32: return .float32
        case .float64: return .float64
        case .intPtr: return .intPtr
        case .uintPtr: return .uintPtr
        case .object: return .object
        case .string: return .string
        case .typedReference: return .typedReference
        case .class: return .classType(try typeToken(&c))
        case .valueType: return .valueType(try typeToken(&c))
        case .pointer: return .pointer(try type(&c, depth: depth + 1))
        case .byReference: return .byReference(try type(&c, depth: depth + 1))
        case .szArray: return .szArray(try type(&c, depth: depth + 1))
        case .genericTypeParameter: return .genericTypeParameter(Int(try c.compressedUInt()))
        case .genericMethodParameter: return .genericMethodParameter(Int(try c.compressedUInt()))
        case .requiredModifier, .optionalModifier:
            let modifier = try typeToken(&c)
            let inner = try type(&c, depth: depth + 1, allowPinned: allowPinned)
            return .modified(inner, modifier: modifier, isRequired: element == .requiredModifier)
        case .pinned:
            guard allowPinned else { throw fail(start, "PINNED outside a local variable signature") }
            return .pinned(try type(&c, depth: depth + 1))
        case .array:
            let elementType = try type(&c, depth: depth + 1)
            let rank = Int(try c.compressedUInt())
            guard rank >= 1, rank <= 32 else { throw fail(start, "array of rank \(rank)") }
            let sizeCount = Int(try c.compressedUInt())
            guard sizeCount <= rank else { throw fail(start, "array has \(sizeCount) sizes for rank \(rank)") }
            let sizes = try (0..<sizeCount).map { _ in Int(try c.compressedUInt()) }
            let boundCount = Int(try c.compressedUInt())
            guard boundCount <= rank else { throw fail(start, "array has \(boundCount) lower bounds for rank \(rank)") }
            let bounds = try (0..<boundCount).map { _ in Int(try c.compressedInt()) }
            return .array(elementType, ArrayShape(rank: rank, sizes: sizes, lowerBounds: bounds))
        case .genericInstance:
            let kind = try c.u8()
            guard kind == ElementType.class.rawValue || kind == ElementType.valueType.rawValue else {
                throw fail(start, "generic instantiation of element type 0x\(String(kind, radix: 16))")
            }
            let generic = try typeToken(&c)
            let count = Int(try c.compressedUInt())
            guard count >= 1, count <= c.remaining else { throw fail(start, "generic instantiation with \(count) arguments") }
            let arguments = try (0..<count).map { _ in try type(&c, depth: depth + 1) }
            return .genericInstance(isValueType: kind == ElementType.valueType.rawValue, type: generic, arguments: arguments)
        case .functionPointer:
            return .functionPointer(try methodSignature(&c, depth: depth + 1))
        case .end, .internal, .modifier, .sentinel, .systemType, .boxed, .field, .property, .enumeration:
            throw fail(start, "element type 0x\(String(code, radix: 16)) cannot appear here in a signature")
        }
    }
}

extension MetadataReader {
    /// A decoder for this image's signature blobs.
    public var signatureDecoder: SignatureDecoder { SignatureDecoder(reader: self) }
}
