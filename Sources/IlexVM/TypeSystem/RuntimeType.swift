// The loader's form of a type: one object per distinct type (a TypeDef, a generic instantiation,
// an array, pointer, byref, function pointer or generic parameter placeholder). It is loaded in
// stages, each on first need: hierarchy (parent, interfaces), instance layout, statics, virtual
// table and interface map, then the raw MethodTable the engine reads. Cold path: a Swift class.

public final class RuntimeType: Hashable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        /// A TypeDef, or an instantiation of a generic TypeDef.
        case definition
        case szArray
        case array(rank: Int)
        case pointer
        case byReference
        case functionPointer
        /// `!n`: the n-th type parameter of the enclosing generic type (a placeholder shared by all
        /// open definitions, compared by position as signatures are).
        case typeParameter(Int)
        /// `!!n`: the n-th type parameter of the enclosing generic method.
        case methodParameter(Int)
    }

    public let kind: Kind
    /// Dense number in creation order (cache keys, stable debugging output).
    public let id: Int
    unowned let system: TypeSystem
    /// The assembly and row of the definition (`.definition` only).
    public let assembly: LoadedAssembly?
    public let definitionHandle: TypeDefinitionHandle
    /// Exact type arguments of an instantiation; for a generic definition its own placeholders.
    public let typeArguments: [RuntimeType]
    /// Element of an array, pointer or byref.
    public let elementType: RuntimeType?
    /// Signature of a function pointer type.
    public let functionSignature: RuntimeSignature?

    public let flags: TypeAttributes
    public let name: String
    public let namespace: String
    /// Primitive types of the corlib (System.Int32 …) carry their element type; nil otherwise.
    public internal(set) var primitive: ElementType?
    public let isValueType: Bool
    public let isEnum: Bool

    init(system: TypeSystem, id: Int, kind: Kind, assembly: LoadedAssembly? = nil,
         definition: TypeDefinitionHandle = TypeDefinitionHandle(row: 0), typeArguments: [RuntimeType] = [],
         elementType: RuntimeType? = nil, functionSignature: RuntimeSignature? = nil,
         isValueType: Bool = false, isEnum: Bool = false) {
        self.system = system
        self.id = id
        self.kind = kind
        self.assembly = assembly
        self.definitionHandle = definition
        self.typeArguments = typeArguments
        self.elementType = elementType
        self.functionSignature = functionSignature
        self.isValueType = isValueType
        self.isEnum = isEnum
        if let assembly, kind == .definition {
            let row = assembly.reader.typeDefinition(definition)
            flags = row.flags
            name = row.name
            namespace = row.namespace
        } else {
            flags = []
            name = ""
            namespace = ""
        }
    }

    public static func == (a: RuntimeType, b: RuntimeType) -> Bool { a === b }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }

    // MARK: Facts known at creation

    public var reader: MetadataReader? { assembly?.reader }
    public var isDefinition: Bool { kind == .definition }
    public var isInterface: Bool { kind == .definition && flags.contains(.interface) }
    public var isAbstract: Bool { kind == .definition && flags.contains(.abstract) }
    public var isSealed: Bool { kind == .definition && flags.contains(.sealed) }
    public var isArray: Bool {
        switch kind { case .szArray, .array: true; default: false }
    }
    public var arrayRank: Int {
        switch kind { case .szArray: 1; case .array(let rank): rank; default: 0 }
    }
    public var isGenericParameter: Bool {
        switch kind { case .typeParameter, .methodParameter: true; default: false }
    }
    /// Reference types hold object references: classes, interfaces, arrays, strings, delegates.
    /// Generic parameter placeholders count as references only for layout of open definitions.
    public var isReferenceType: Bool {
        switch kind {
        case .definition: !isValueType
        case .szArray, .array: true
        default: false
        }
    }
    /// Whether this is (or instantiates over) a generic parameter placeholder: an open type.
    public private(set) lazy var containsGenericParameters: Bool = {
        switch kind {
        case .typeParameter, .methodParameter: return true
        case .functionPointer:
            guard let s = functionSignature else { return false }
            return s.returnType.containsGenericParameters || s.parameterTypes.contains { $0.containsGenericParameters }
        default:
            return typeArguments.contains { $0.containsGenericParameters } || (elementType?.containsGenericParameters ?? false)
        }
    }()
    /// The typical instantiation of a generic TypeDef, or the TypeDef itself.
    public var genericDefinition: RuntimeType? {
        guard kind == .definition, let assembly, !typeArguments.isEmpty else { return nil }
        return system.definitionType(definitionHandle, in: assembly)
    }
    public var isGenericTypeDefinition: Bool { !typeArguments.isEmpty && genericDefinition === self }
    public var isNullable: Bool { kind == .definition && assembly === system.corlib && namespace == "System" && name == "Nullable`1" }
    public var isString: Bool { self === system.wellKnown.string }
    public var isObject: Bool { self === system.wellKnown.object }

    /// The ELEMENT_TYPE a signature would use for this type (enums are value types here; their
    /// underlying type is `underlyingType`).
    public var signatureElementType: ElementType {
        switch kind {
        case .definition:
            if let primitive { return primitive }
            if isObject { return .object }
            if isString { return .string }
            if self === system.wellKnown.typedReference { return .typedReference }
            if self === system.wellKnown.void { return .void }
            return isValueType ? .valueType : .class
        case .szArray: return .szArray
        case .array: return .array
        case .pointer: return .pointer
        case .byReference: return .byReference
        case .functionPointer: return .functionPointer
        case .typeParameter: return .genericTypeParameter
        case .methodParameter: return .genericMethodParameter
        }
    }

    /// The generic parameter rows of the definition, in order.
    public var genericParameterHandles: [GenericParameterHandle] {
        guard kind == .definition, let reader else { return [] }
        return reader.typeDefinition(definitionHandle).genericParameters
    }

    // MARK: Staged loading

    enum LoadState {
        case pending, running, done
        case failed(Error)
    }

    /// Runs `body` once for the stage stored at `state`; a re-entry while it runs is a cycle in
    /// the type's definition (a struct containing itself, a class deriving from itself).
    func runStage(_ state: ReferenceWritableKeyPath<RuntimeType, LoadState>, _ stage: String,
                  _ body: () throws -> Void) throws {
        switch self[keyPath: state] {
        case .done: return
        case .failed(let error): throw error
        case .running:
            throw system.typeLoadError(self, "its \(stage) depends on itself (a cycle in the type definitions)")
        case .pending:
            self[keyPath: state] = .running
            do {
                try body()
                self[keyPath: state] = .done
            } catch {
                self[keyPath: state] = .failed(error)
                throw error
            }
        }
    }

    var hierarchyState = LoadState.pending
    var instanceLayoutState = LoadState.pending
    var staticLayoutState = LoadState.pending
    var methodsState = LoadState.pending
    var virtualTableState = LoadState.pending
    var methodTableState = LoadState.pending

    // Hierarchy (TypeSystem+Hierarchy.swift)
    var _parent: RuntimeType?
    var _declaredInterfaces: [RuntimeType] = []
    var _interfaces: [RuntimeType] = []

    // Members (RuntimeMember.swift)
    var _methods: [RuntimeMethod] = []
    var _fields: [RuntimeField] = []

    // Instance layout (FieldLayout.swift)
    var _layout = InstanceLayout()
    // Statics (FieldLayout.swift, StaticStorage.swift)
    var _statics = StaticLayout()
    var _threadStatics = StaticLayout()
    var _threadStaticSlot = -1
    var _staticStorage: UnsafeMutableRawPointer?

    // Dispatch (VirtualTable.swift)
    var _vtable: [RuntimeMethod] = []
    var _interfaceMap: [InterfaceMapEntry] = []
    var _virtualsByName: [String: [RuntimeMethod]]?
    /// SZ arrays: entries for covariant generic interfaces (string[] as IList<object>), made on demand.
    var _arrayInterfaceEntries: [ObjectIdentifier: InterfaceMapEntry] = [:]

    // Raw form (MethodTable.swift)
    var _methodTable: MethodTable?
    /// The managed System.Type object for this type, once the class library asked for it (kept
    /// alive by the runtime).
    public var managedTypeObject: UnsafeMutableRawPointer?

    /// Loads everything: hierarchy, layout, statics, virtual table and interface map, MethodTable.
    @discardableResult
    public func load() throws -> MethodTable { try methodTable() }

    public var description: String { system.displayName(self) }
}

/// The type arguments in scope while resolving a signature: those of the enclosing type and method.
public struct GenericContext {
    public var typeArguments: [RuntimeType]
    public var methodArguments: [RuntimeType]
    public init(typeArguments: [RuntimeType] = [], methodArguments: [RuntimeType] = []) {
        self.typeArguments = typeArguments
        self.methodArguments = methodArguments
    }
    public static var empty: GenericContext { GenericContext() }
}
