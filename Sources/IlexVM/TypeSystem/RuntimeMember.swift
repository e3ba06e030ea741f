// Methods, fields and signatures of loaded types. Each type (each instantiation) owns its own
// RuntimeMethod and RuntimeField objects, created together on first need from its TypeDef's
// member lists; generic method instantiations are made by TypeSystem.instantiate(_:with:).

/// A method signature with its types resolved. Equality is identity of the types, which is what
/// matching an override or a MemberRef needs (custom modifiers are not compared).
public struct RuntimeSignature: Hashable {
    public var callingConvention: UInt8
    public var hasThis: Bool
    public var explicitThis: Bool
    public var genericParameterCount: Int
    public var returnType: RuntimeType
    public var parameterTypes: [RuntimeType]
    public var requiredParameterCount: Int

    public var isVararg: Bool { callingConvention == SignatureHeader.Kind.vararg.rawValue }
}

public final class RuntimeMethod: CustomStringConvertible {
    public enum Origin {
        /// A MethodDef row of the declaring type's definition.
        case metadata(MethodDefinitionHandle)
        /// Supplied by the runtime: the constructors and Get/Set/Address of array types (II.14.2).
        case arrayAccessor
    }

    // Stored in this order so that the small fields share words: a program makes thousands of
    // these (4,900 for hello world), one for each method of each type it loads.
    public unowned let declaringType: RuntimeType
    public let origin: Origin
    public let flags: MethodAttributes
    public let implFlags: MethodImplAttributes
    private let storedGenericParameterCount: UInt16
    public let name: String
    /// Type arguments of a generic method instantiation; empty otherwise.
    public let methodArguments: [RuntimeType]
    /// The generic method definition this instantiates (same declaring type).
    public let genericDefinition: RuntimeMethod?
    /// Number of the method's own generic parameters (0 for an instantiation's definition too).
    public var genericParameterCount: Int { Int(storedGenericParameterCount) }
    /// The vtable slot it introduced or overrides (interfaces: its index among the interface's
    /// virtual methods); -1 for non-virtual methods. Instantiations share their definition's.
    public var slot: Int { genericDefinition?.slot ?? ownSlot }
    var ownSlot = -1

    /// Resolved on first need; array accessors are made with theirs.
    private var _signature: RuntimeSignature?
    private var _descriptor: UnsafeMutableRawPointer?

    init(declaringType: RuntimeType, handle: MethodDefinitionHandle, genericDefinition: RuntimeMethod? = nil,
         methodArguments: [RuntimeType] = []) {
        let row = declaringType.reader!.method(handle)
        self.declaringType = declaringType
        origin = .metadata(handle)
        name = row.name
        flags = row.flags
        implFlags = row.implFlags
        self.genericDefinition = genericDefinition
        self.methodArguments = methodArguments
        // II.22.20: generic parameter numbers are 2-byte columns.
        storedGenericParameterCount = UInt16(truncatingIfNeeded: row.genericParameters.count)
        declaringType.system.noteMethodCreated()
    }

    /// A runtime-provided array method with the signature the call site gave.
    init(arrayAccessor name: String, on arrayType: RuntimeType, signature: RuntimeSignature) {
        declaringType = arrayType
        origin = .arrayAccessor
        self.name = name
        flags = name == ".ctor" ? [.hideBySig, .specialName, .runtimeSpecialName] : [.hideBySig]
        implFlags = .runtime
        genericDefinition = nil
        methodArguments = []
        storedGenericParameterCount = 0
        _signature = signature
        arrayType.system.noteMethodCreated()
    }

    public var handle: MethodDefinitionHandle? {
        if case .metadata(let h) = origin { return h }
        return nil
    }
    public var isVirtual: Bool { flags.contains(.virtual) }
    public var isStatic: Bool { flags.contains(.static) }
    public var isAbstract: Bool { flags.contains(.abstract) }
    public var isFinal: Bool { flags.contains(.final) }
    public var isConstructor: Bool { name == ".ctor" && flags.contains(.runtimeSpecialName) }
    public var isTypeInitializer: Bool { name == ".cctor" && isStatic }
    public var isGenericMethodDefinition: Bool { genericParameterCount > 0 && methodArguments.isEmpty }
    public var containsGenericParameters: Bool {
        isGenericMethodDefinition || declaringType.containsGenericParameters || methodArguments.contains { $0.containsGenericParameters }
    }

    /// The generic context of its body and signature: the declaring type's arguments and its own
    /// (placeholders for a generic method definition).
    public var genericContext: GenericContext {
        let methodArgs = methodArguments.isEmpty ? (0..<genericParameterCount).map(declaringType.system.methodParameter) : methodArguments
        return GenericContext(typeArguments: declaringType.typeArguments, methodArguments: methodArgs)
    }

    /// The signature in the declaring type's instantiation (method parameters as placeholders
    /// unless this is an instantiation).
    public func signature() throws -> RuntimeSignature {
        if let s = _signature { return s }
        guard let handle, let assembly = declaringType.assembly else { fatalError("unreachable: array accessors carry their signature") }
        let decoded = try assembly.reader.signatureDecoder.decodeMethodSignature(assembly.reader.method(handle).signature)
        let s = try declaringType.system.signature(decoded, in: assembly, context: genericContext)
        _signature = s
        return s
    }

    /// Same name and signature: the test for overriding and for implementing an interface method.
    func hasSameNameAndSignature(as other: RuntimeMethod) throws -> Bool {
        guard name == other.name, genericParameterCount == other.genericParameterCount else { return false }
        let (a, b) = (try signature(), try other.signature())
        return a.parameterTypes == b.parameterTypes && a.returnType == b.returnType && a.hasThis == b.hasThis
            && a.callingConvention == b.callingConvention
    }

    /// The raw block vtable slots and call sites point to: [entry point 8][RuntimeMethod 8][slot 4][flags 4][P/Invoke stub 8].
    /// The engine fills the entry point when it prepares code.
    public var descriptor: UnsafeMutableRawPointer {
        if let d = _descriptor { return d }
        let d = UnsafeMutableRawPointer.allocate(byteCount: MethodDescriptorLayout.size, alignment: 16)
        d.initializeMemory(as: UInt8.self, repeating: 0, count: MethodDescriptorLayout.size)
        d.storeBytes(of: Unmanaged.passUnretained(self).toOpaque(), toByteOffset: MethodDescriptorLayout.methodOffset,
                     as: UnsafeMutableRawPointer.self)
        d.storeBytes(of: Int32(slot), toByteOffset: MethodDescriptorLayout.slotOffset, as: Int32.self)
        var flags: UInt32 = declaringType.isValueType && !isStatic ? MethodDescriptorLayout.valueTypeThis : 0
        if isStatic { flags |= MethodDescriptorLayout.staticMethod }
        d.storeBytes(of: flags, toByteOffset: MethodDescriptorLayout.flagsOffset, as: UInt32.self)
        _descriptor = d
        return d
    }

    public var description: String { "\(declaringType)::\(name)" }
}

/// Offsets in a method's raw descriptor (RuntimeMethod.descriptor).
public enum MethodDescriptorLayout {
    public static let entryPointOffset = 0
    public static let methodOffset = 8
    public static let slotOffset = 16
    public static let flagsOffset = 20
    /// P/Invoke methods: their stub (an unretained PInvokeStub, which Interop keeps), set when
    /// first prepared (Interop/PInvokeStub.swift); nil for other methods.
    public static let pinvokeStubOffset = 24
    public static let size = 32
    /// An instance method of a value type: `this` is a byref to the value, so a call through a
    /// vtable or interface slot on a boxed value passes the address after the object header.
    public static let valueTypeThis: UInt32 = 1
    /// A static method (a delegate to it passes its target, if any, as the first argument).
    public static let staticMethod: UInt32 = 2

    /// The RuntimeMethod a descriptor belongs to.
    public static func method(of descriptor: UnsafeRawPointer) -> RuntimeMethod {
        Unmanaged<RuntimeMethod>.fromOpaque(descriptor.load(fromByteOffset: methodOffset, as: UnsafeRawPointer.self)).takeUnretainedValue()
    }
}

public final class RuntimeField: CustomStringConvertible {
    public enum Storage: Equatable {
        /// In each object (or value): `offset` from the object start for reference types, from
        /// the start of the value for value types.
        case instance
        /// In the type's statics block at `offset`.
        case `static`
        /// In the current thread's block for the type at `offset` ([ThreadStatic]/[ContextStatic]).
        case threadStatic
        /// A compile-time constant (`literal`): no storage.
        case literal
    }

    public unowned let declaringType: RuntimeType
    public let handle: FieldHandle
    public let flags: FieldAttributes
    public let type: RuntimeType
    public let storage: Storage
    public internal(set) var offset = 0

    init(declaringType: RuntimeType, handle: FieldHandle, type: RuntimeType, storage: Storage) {
        let row = declaringType.reader!.field(handle)
        self.declaringType = declaringType
        self.handle = handle
        flags = row.flags
        self.type = type
        self.storage = storage
    }

    // The name stays in the image's #Strings: a String per field loaded was 0.25 MB of hello
    // world's peak memory, and few fields are ever asked their name.
    private var row: FieldDefinition { declaringType.reader!.field(handle) }
    public var name: String { row.name }
    /// Compares the name without making a String of it.
    public func isNamed(_ text: String) -> Bool { row.reader.string(row.nameHandle, equals: text) }

    public var isStatic: Bool { flags.contains(.static) }
    public var hasRVA: Bool { flags.contains(.hasFieldRVA) }

    private var _handleBlock: UnsafeMutableRawPointer?
    /// The value of the field's RuntimeFieldHandle: a raw block holding the RuntimeField.
    public var handleBlock: UnsafeMutableRawPointer {
        if let block = _handleBlock { return block }
        let block = UnsafeMutableRawPointer.allocate(byteCount: 8, alignment: 8)
        block.storeBytes(of: Unmanaged.passUnretained(self).toOpaque(), as: UnsafeMutableRawPointer.self)
        _handleBlock = block
        return block
    }

    /// The field a RuntimeFieldHandle value names.
    public static func fromHandle(_ block: UnsafeRawPointer) -> RuntimeField {
        Unmanaged<RuntimeField>.fromOpaque(block.load(as: UnsafeRawPointer.self)).takeUnretainedValue()
    }
    public var description: String { "\(declaringType)::\(name)" }
}

extension RuntimeType {
    /// The methods of the TypeDef, in metadata order (arrays: none of their own; the runtime
    /// accessors are made per call site).
    public func methods() throws -> [RuntimeMethod] {
        try loadMembers()
        return _methods
    }

    /// All fields (instance, static, literal) in metadata order, laid out (offsets are final).
    public func fields() throws -> [RuntimeField] {
        try loadInstanceLayout()
        try loadStaticLayout()
        return _fields
    }

    /// The fields before layout (types resolved, offsets not yet assigned): for the loader itself.
    func declaredFields() throws -> [RuntimeField] {
        try loadMembers()
        return _fields
    }

    func loadMembers() throws {
        try runStage(\.methodsState, "member list") {
            guard kind == .definition, let assembly else { return }
            let reader = assembly.reader
            let row = reader.typeDefinition(definitionHandle)
            _methods = row.methods.map { RuntimeMethod(declaringType: self, handle: $0) }
            let context = GenericContext(typeArguments: typeArguments)
            _fields = try row.fields.map { handle in
                let field = reader.field(handle)
                let signature = try reader.signatureDecoder.decodeFieldSignature(field.signature)
                let type: RuntimeType
                if primitive != nil, !field.isStatic {
                    // System.Int32's own `m_value` is an int32: itself. Do not resolve in circles.
                    type = self
                } else {
                    type = try system.type(signature, in: assembly, context: context)
                }
                return RuntimeField(declaringType: self, handle: handle, type: type, storage: try storage(of: field))
            }
        }
    }

    private func storage(of field: FieldDefinition) throws -> RuntimeField.Storage {
        if field.flags.contains(.literal) { return .literal }
        guard field.isStatic else { return .instance }
        for attribute in field.reader.customAttributes(of: field.handle.token) {
            let (namespace, name) = attributeTypeName(attribute, in: field.reader)
            if namespace == "System", name == "ThreadStaticAttribute" || name == "ContextStaticAttribute" { return .threadStatic }
        }
        return .static
    }

    /// The first method named `name` with no parameters' regard (debugging and tests).
    public func method(named name: String) throws -> RuntimeMethod? {
        try methods().first { $0.name == name }
    }

    public func field(named name: String) throws -> RuntimeField? {
        try fields().first { $0.isNamed(name) }
    }

    /// The static constructor, if the type has one.
    public func typeInitializer() throws -> RuntimeMethod? {
        try methods().first { $0.isTypeInitializer }
    }
}

/// Namespace and name of a custom attribute's type, without loading it.
func attributeTypeName(_ handle: CustomAttributeHandle, in reader: MetadataReader) -> (String, String) {
    let constructor = reader.customAttribute(handle).constructor
    var parent: MetadataToken
    switch constructor.table {
    case .methodDef: parent = reader.method(MethodDefinitionHandle(row: constructor.row)).declaringType.token
    case .memberRef: parent = reader.memberReference(MemberReferenceHandle(row: constructor.row)).parent
    default: return ("", "")
    }
    switch parent.table {
    case .typeDef:
        let t = reader.typeDefinition(TypeDefinitionHandle(row: parent.row))
        return (t.namespace, t.name)
    case .typeRef:
        let t = reader.typeReference(TypeReferenceHandle(row: parent.row))
        return (t.namespace, t.name)
    default:
        return ("", "")
    }
}

extension TypeSystem {
    struct MethodInstantiationKey: Hashable {
        let definition: ObjectIdentifier
        let arguments: [Int]
    }

    /// A generic method definition instantiated over `arguments`.
    public func instantiate(_ method: RuntimeMethod, with arguments: [RuntimeType]) throws -> RuntimeMethod {
        guard method.isGenericMethodDefinition, let handle = method.handle else {
            throw TypeLoadError(typeName: method.description, assembly: method.declaringType.assembly?.identity.description ?? "",
                                reason: "it is not a generic method definition")
        }
        guard arguments.count == method.genericParameterCount else {
            throw TypeLoadError(typeName: method.description, assembly: method.declaringType.assembly?.identity.description ?? "",
                                reason: "it takes \(method.genericParameterCount) type arguments, \(arguments.count) were given")
        }
        let key = MethodInstantiationKey(definition: ObjectIdentifier(method), arguments: arguments.map(\.id))
        if let existing = methodInstantiations[key] { return existing }
        let instance = RuntimeMethod(declaringType: method.declaringType, handle: handle, genericDefinition: method,
                                     methodArguments: arguments)
        methodInstantiations[key] = instance
        return instance
    }
}
