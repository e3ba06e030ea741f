// The type system: creates each distinct RuntimeType exactly once (definitions, instantiations,
// arrays, pointers, byrefs, function pointers, generic parameter placeholders), resolves metadata
// tokens and signatures to them in a generic context, and knows the corlib's well-known types.
// Creation is cheap and loads nothing else; the loading stages run on demand (RuntimeType.swift).

public final class TypeSystem {
    public let loader: AssemblyLoader
    public let corlib: LoadedAssembly
    public private(set) var wellKnown: WellKnownTypes!

    private var types: [RuntimeType] = []
    private var definitions: [DefinitionKey: RuntimeType] = [:]
    private var constructed: [ConstructedKey: RuntimeType] = [:]
    private var functionPointers: [RuntimeSignature: RuntimeType] = [:]
    private var typeParameters: [RuntimeType] = []
    private var methodParameters: [RuntimeType] = []
    /// TypeDef/TypeRef/TypeSpec tokens whose meaning does not depend on a generic context.
    private var tokenCache: [TokenKey: RuntimeType] = [:]
    /// System.Array's `InternalArray__…` methods by name (the first of each name), which
    /// implement arrays' generic interfaces (RuntimeType.arrayInterfaceEntry).
    private var arrayHelpers: [String: RuntimeMethod]?

    func arrayHelper(named name: String) throws -> RuntimeMethod? {
        if arrayHelpers == nil {
            let helpers = try wellKnown.array.methods().filter { $0.name.hasPrefix("InternalArray__") }
            arrayHelpers = Dictionary(helpers.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        }
        return arrayHelpers?[name]
    }
    var methodInstantiations: [MethodInstantiationKey: RuntimeMethod] = [:]
    var arrayAccessors: [ArrayAccessorKey: RuntimeMethod] = [:]
    /// Next free thread-static slot (StaticStorage.swift).
    var threadStaticSlotCount = 0
    /// Statics blocks and their reference offsets: roots for the collector.
    public internal(set) var staticRoots: [(block: UnsafeMutableRawPointer, referenceOffsets: [Int])] = []

    public private(set) var counters = Counters()
    public struct Counters {
        public var typesCreated = 0
        public var typesLoaded = 0
        public var methodsCreated = 0
    }

    /// Loads the corlib (`mscorlib`) through the loader's resolver.
    public init(loader: AssemblyLoader) throws {
        self.loader = loader
        corlib = try loader.load(AssemblyIdentity(name: "mscorlib"))
        wellKnown = try WellKnownTypes(self)
    }

    public var allTypes: [RuntimeType] { types }

    // MARK: Creating types

    struct DefinitionKey: Hashable {
        let assembly: ObjectIdentifier
        let row: Int
        let arguments: [Int]
    }

    enum ConstructedKind: Hashable { case szArray, array(Int), pointer, byReference }
    struct ConstructedKey: Hashable {
        let kind: ConstructedKind
        let element: Int
    }

    struct TokenKey: Hashable {
        let assembly: ObjectIdentifier
        let token: UInt32
    }

    private func register(_ make: (Int) -> RuntimeType) -> RuntimeType {
        let type = make(types.count)
        types.append(type)
        counters.typesCreated += 1
        return type
    }

    func noteLoaded() { counters.typesLoaded += 1 }
    func noteMethodCreated() { counters.methodsCreated += 1 }

    /// The type a TypeDef row defines; for a generic definition, its typical instantiation (over
    /// its own parameter placeholders).
    public func definitionType(_ handle: TypeDefinitionHandle, in assembly: LoadedAssembly) -> RuntimeType {
        let count = assembly.reader.typeDefinition(handle).genericParameters.count
        let arguments = (0..<count).map(typeParameter)
        return makeDefinition(handle, in: assembly, arguments: arguments)
    }

    private func makeDefinition(_ handle: TypeDefinitionHandle, in assembly: LoadedAssembly, arguments: [RuntimeType]) -> RuntimeType {
        let key = DefinitionKey(assembly: ObjectIdentifier(assembly), row: handle.row, arguments: arguments.map(\.id))
        if let existing = definitions[key] { return existing }
        let (isValueType, isEnum) = valueTypeKind(handle, in: assembly)
        let type = register {
            RuntimeType(system: self, id: $0, kind: .definition, assembly: assembly, definition: handle,
                        typeArguments: arguments, isValueType: isValueType, isEnum: isEnum)
        }
        if assembly === corlib, type.namespace == "System", arguments.isEmpty {
            type.primitive = Self.primitiveNames[type.name]
        }
        definitions[key] = type
        return type
    }

    /// Whether a TypeDef derives directly from System.ValueType or System.Enum (II.13): its base
    /// type's name is checked without loading the base, so creating a type loads nothing.
    private func valueTypeKind(_ handle: TypeDefinitionHandle, in assembly: LoadedAssembly) -> (isValueType: Bool, isEnum: Bool) {
        let reader = assembly.reader
        let row = reader.typeDefinition(handle)
        let base = row.baseType
        guard !base.isNil, !row.flags.contains(.interface) else { return (false, false) }
        let (namespace, name): (String, String)
        switch base.table {
        case .typeDef:
            let t = reader.typeDefinition(TypeDefinitionHandle(row: base.row))
            // Only the corlib defines the real System.ValueType; a local look-alike is an ordinary class.
            guard assembly === corlib else { return (false, false) }
            (namespace, name) = (t.namespace, t.name)
        case .typeRef:
            let t = reader.typeReference(TypeReferenceHandle(row: base.row))
            (namespace, name) = (t.namespace, t.name)
        default:
            return (false, false)
        }
        guard namespace == "System" else { return (false, false) }
        // System.Enum itself derives from ValueType but is a reference type.
        let isSelfSpecial = assembly === corlib && row.namespace == "System" && (row.name == "Enum")
        switch name {
        case "ValueType": return (!isSelfSpecial, false)
        case "Enum": return (true, true)
        default: return (false, false)
        }
    }

    /// `generic` (a generic definition's typical instantiation) instantiated over `arguments`.
    public func instantiate(_ generic: RuntimeType, with arguments: [RuntimeType]) throws -> RuntimeType {
        guard generic.kind == .definition, let assembly = generic.assembly else {
            throw typeLoadError(generic, "it is not a generic type definition")
        }
        let expected = generic.genericParameterHandles.count
        guard expected == arguments.count, expected > 0 else {
            throw typeLoadError(generic, "it takes \(expected) type arguments, \(arguments.count) were given")
        }
        for argument in arguments {
            switch argument.kind {
            case .byReference, .pointer, .functionPointer:
                throw typeLoadError(generic, "\(argument) cannot be a generic type argument")
            default:
                if argument === wellKnown.void || argument === wellKnown.typedReference {
                    throw typeLoadError(generic, "\(argument) cannot be a generic type argument")
                }
            }
        }
        return makeDefinition(generic.definitionHandle, in: assembly, arguments: arguments)
    }

    private func makeConstructed(_ kind: ConstructedKind, _ element: RuntimeType, _ runtimeKind: RuntimeType.Kind) -> RuntimeType {
        let key = ConstructedKey(kind: kind, element: element.id)
        if let existing = constructed[key] { return existing }
        let type = register { RuntimeType(system: self, id: $0, kind: runtimeKind, elementType: element) }
        constructed[key] = type
        return type
    }

    public func szArray(of element: RuntimeType) throws -> RuntimeType {
        try checkElement(element, of: "an array")
        return makeConstructed(.szArray, element, .szArray)
    }

    public func array(of element: RuntimeType, rank: Int) throws -> RuntimeType {
        try checkElement(element, of: "an array")
        guard (1...32).contains(rank) else { throw typeLoadError(element, "array rank \(rank) is outside 1...32") }
        return makeConstructed(.array(rank), element, .array(rank: rank))
    }

    public func pointer(to element: RuntimeType) -> RuntimeType { makeConstructed(.pointer, element, .pointer) }

    public func byReference(to element: RuntimeType) throws -> RuntimeType {
        if element.kind == .byReference { throw typeLoadError(element, "a byref of a byref is not a type") }
        return makeConstructed(.byReference, element, .byReference)
    }

    public func functionPointer(_ signature: RuntimeSignature) -> RuntimeType {
        if let existing = functionPointers[signature] { return existing }
        let type = register { RuntimeType(system: self, id: $0, kind: .functionPointer, functionSignature: signature) }
        functionPointers[signature] = type
        return type
    }

    public func typeParameter(_ index: Int) -> RuntimeType {
        while typeParameters.count <= index {
            let n = typeParameters.count
            typeParameters.append(register { RuntimeType(system: self, id: $0, kind: .typeParameter(n)) })
        }
        return typeParameters[index]
    }

    public func methodParameter(_ index: Int) -> RuntimeType {
        while methodParameters.count <= index {
            let n = methodParameters.count
            methodParameters.append(register { RuntimeType(system: self, id: $0, kind: .methodParameter(n)) })
        }
        return methodParameters[index]
    }

    private func checkElement(_ element: RuntimeType, of what: String) throws {
        if element.kind == .byReference || element === wellKnown?.void || element === wellKnown?.typedReference {
            throw typeLoadError(element, "\(element) cannot be the element type of \(what)")
        }
    }

    // MARK: Resolving tokens and signatures

    /// The type a TypeDef, TypeRef or TypeSpec token names, as seen from `assembly`.
    public func type(_ token: MetadataToken, in assembly: LoadedAssembly, context: GenericContext = .empty) throws -> RuntimeType {
        let key = TokenKey(assembly: ObjectIdentifier(assembly), token: token.rawValue)
        if let cached = tokenCache[key] { return cached }
        let result: RuntimeType
        switch token.table {
        case .typeDef where !token.isNil && token.row <= assembly.reader.rowCount(.typeDef):
            result = definitionType(TypeDefinitionHandle(row: token.row), in: assembly)
        case .typeRef where !token.isNil && token.row <= assembly.reader.rowCount(.typeRef):
            let (target, handle) = try loader.resolve(TypeReferenceHandle(row: token.row), in: assembly)
            result = definitionType(handle, in: target)
        case .typeSpec where !token.isNil && token.row <= assembly.reader.rowCount(.typeSpec):
            let signature = try assembly.reader.signatureDecoder.decodeTypeSpecification(TypeSpecificationHandle(row: token.row))
            result = try type(signature, in: assembly, context: context)
            // `!n` inside means something different in each context: only closed specs are cached.
            if Self.mentionsGenericParameters(signature) { return result }
        default:
            throw BadImageFormat(file: assembly.path, offset: nil, "\(token) is not a type token")
        }
        tokenCache[key] = result
        return result
    }

    /// The type a signature denotes; `!n` and `!!n` are taken from `context` (or stay placeholders
    /// when the context has none, as in open definitions).
    public func type(_ signature: TypeSignature, in assembly: LoadedAssembly, context: GenericContext = .empty) throws -> RuntimeType {
        switch signature {
        case .void: return wellKnown.void
        case .object: return wellKnown.object
        case .string: return wellKnown.string
        case .typedReference: return wellKnown.typedReference
        case .intPtr: return try primitive(.intPtr)
        case .uintPtr: return try primitive(.uintPtr)
        case .classType(let token), .valueType(let token):
            return try type(token, in: assembly, context: context)
        case .szArray(let element):
            return try szArray(of: type(element, in: assembly, context: context))
        case .array(let element, let shape):
            return try array(of: type(element, in: assembly, context: context), rank: shape.rank)
        case .pointer(let element):
            return try pointer(to: type(element, in: assembly, context: context))
        case .byReference(let element):
            return try byReference(to: type(element, in: assembly, context: context))
        case .genericInstance(_, let token, let arguments):
            let generic = try type(token, in: assembly)
            return try instantiate(generic, with: arguments.map { try type($0, in: assembly, context: context) })
        case .genericTypeParameter(let index):
            if index < context.typeArguments.count { return context.typeArguments[index] }
            return typeParameter(index)
        case .genericMethodParameter(let index):
            if index < context.methodArguments.count { return context.methodArguments[index] }
            return methodParameter(index)
        case .functionPointer(let method):
            return functionPointer(try self.signature(method, in: assembly, context: context))
        case .modified(let inner, _, _), .pinned(let inner):
            return try type(inner, in: assembly, context: context)
        default:
            guard let element = signature.primitiveElementType else {
                throw BadImageFormat(file: assembly.path, offset: nil, "unexpected type in signature: \(signature)")
            }
            return try primitive(element)
        }
    }

    static func mentionsGenericParameters(_ signature: TypeSignature) -> Bool {
        switch signature {
        case .genericTypeParameter, .genericMethodParameter: return true
        case .szArray(let e), .array(let e, _), .pointer(let e), .byReference(let e), .modified(let e, _, _), .pinned(let e):
            return mentionsGenericParameters(e)
        case .genericInstance(_, _, let arguments): return arguments.contains(where: mentionsGenericParameters)
        case .functionPointer(let m): return ([m.returnType] + m.parameterTypes).contains(where: mentionsGenericParameters)
        default: return false
        }
    }

    /// A method signature with every type resolved.
    public func signature(_ method: MethodSignature, in assembly: LoadedAssembly, context: GenericContext) throws -> RuntimeSignature {
        RuntimeSignature(
            callingConvention: method.header.rawValue & 0x0F,
            hasThis: method.header.hasThis, explicitThis: method.header.explicitThis,
            genericParameterCount: method.genericParameterCount,
            returnType: try type(method.returnType, in: assembly, context: context),
            parameterTypes: try method.parameterTypes.map { try type($0, in: assembly, context: context) },
            requiredParameterCount: method.requiredParameterCount)
    }

    // MARK: Names and errors

    static let primitiveNames: [String: ElementType] = [
        "Boolean": .boolean, "Char": .char, "SByte": .int8, "Byte": .uint8, "Int16": .int16, "UInt16": .uint16,
        "Int32": .int32, "UInt32": .uint32, "Int64": .int64, "UInt64": .uint64, "Single": .float32,
        "Double": .float64, "IntPtr": .intPtr, "UIntPtr": .uintPtr,
    ]

    public func primitive(_ element: ElementType) throws -> RuntimeType {
        if let type = wellKnown?.primitives[element] { return type }
        guard let name = Self.primitiveNames.first(where: { $0.value == element })?.key else {
            throw TypeLoadError(typeName: "\(element)", assembly: corlib.identity.description, reason: "not a primitive type")
        }
        return try corlibType("System", name)
    }

    /// A top-level type of the corlib by name.
    public func corlibType(_ namespace: String, _ name: String) throws -> RuntimeType {
        let (assembly, handle) = try loader.findType(namespace: namespace, name: name, in: corlib)
        return definitionType(handle, in: assembly)
    }

    func typeLoadError(_ type: RuntimeType, _ reason: String) -> TypeLoadError {
        TypeLoadError(typeName: displayName(type), assembly: type.assembly?.identity.description ?? corlib.identity.description,
                      reason: reason)
    }
}

/// The corlib types the runtime itself must know.
public final class WellKnownTypes {
    public let object, valueType, `enum`, string, array, delegate, multicastDelegate: RuntimeType
    public let void, typedReference, nullable: RuntimeType
    /// System.Math: the importer does some of its methods with IR instructions (Importer.emitIntrinsic).
    public let math: RuntimeType
    public let primitives: [ElementType: RuntimeType]
    /// Generic interfaces every SZ array implements over its element type (Mono's list).
    public let arrayGenericInterfaces: [RuntimeType]

    init(_ system: TypeSystem) throws {
        func t(_ name: String, _ namespace: String = "System") throws -> RuntimeType { try system.corlibType(namespace, name) }
        object = try t("Object"); valueType = try t("ValueType"); `enum` = try t("Enum")
        string = try t("String"); array = try t("Array"); delegate = try t("Delegate")
        multicastDelegate = try t("MulticastDelegate"); void = try t("Void"); typedReference = try t("TypedReference")
        nullable = try t("Nullable`1")
        math = try t("Math")
        var primitives: [ElementType: RuntimeType] = [:]
        for (name, element) in TypeSystem.primitiveNames { primitives[element] = try t(name) }
        self.primitives = primitives
        arrayGenericInterfaces = try ["IList`1", "ICollection`1", "IEnumerable`1", "IReadOnlyList`1", "IReadOnlyCollection`1"]
            .map { try t($0, "System.Collections.Generic") }
    }
}
