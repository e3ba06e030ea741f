// The first loading stage: a type's parent and the full, ordered set of interfaces it implements
// (its parent's, then those it declares with everything they extend), including the generic
// interfaces the runtime gives SZ arrays (IList<T>, ICollection<T>, IEnumerable<T>,
// IReadOnlyList<T>, IReadOnlyCollection<T>).

extension RuntimeType {
    /// The base class: nil for System.Object, interfaces, `<Module>`, pointers, byrefs and placeholders.
    public func parent() throws -> RuntimeType? {
        try loadHierarchy()
        return _parent
    }

    /// Every interface the type implements, each once: the parent's first, then those declared here.
    public func interfaces() throws -> [RuntimeType] {
        try loadHierarchy()
        return _interfaces
    }

    /// The interfaces named by this type's own InterfaceImpl rows (II.22.23).
    public func declaredInterfaces() throws -> [RuntimeType] {
        try loadHierarchy()
        return _declaredInterfaces
    }

    func loadHierarchy() throws {
        try runStage(\.hierarchyState, "base type") {
            let wellKnown = system.wellKnown!
            switch kind {
            case .definition:
                guard let assembly else { return }
                let reader = assembly.reader
                let row = reader.typeDefinition(definitionHandle)
                let context = GenericContext(typeArguments: typeArguments)
                if !row.baseType.isNil {
                    let parent = try system.type(row.baseType, in: assembly, context: context)
                    guard parent.kind == .definition, !parent.isInterface else {
                        throw system.typeLoadError(self, "its base type \(parent) is not a class")
                    }
                    if parent.isSealed {
                        throw system.typeLoadError(self, "its base type \(parent) is sealed")
                    }
                    try parent.loadHierarchy()
                    _parent = parent
                } else if !isInterface && !isObject && !isModuleType {
                    throw system.typeLoadError(self, "a class other than System.Object must have a base type")
                }
                _declaredInterfaces = try row.interfaceImplementations.map { h in
                    let interface = try system.type(reader.interfaceImplementation(h).interface, in: assembly, context: context)
                    guard interface.isInterface else {
                        throw system.typeLoadError(self, "it implements \(interface), which is not an interface")
                    }
                    return interface
                }
            case .szArray, .array:
                _parent = wellKnown.array
                if kind == .szArray, let element = elementType {
                    _declaredInterfaces = try wellKnown.arrayGenericInterfaces.map { try system.instantiate($0, with: [element]) }
                }
            case .typeParameter, .methodParameter:
                _parent = wellKnown.object
            case .pointer, .byReference, .functionPointer:
                break
            }
            var all: [RuntimeType] = []
            var seen = Set<ObjectIdentifier>()
            func add(_ interface: RuntimeType) throws {
                guard seen.insert(ObjectIdentifier(interface)).inserted else { return }
                all.append(interface)
                for inherited in try interface.interfaces() { try add(inherited) }
            }
            if let parent = _parent { for i in try parent.interfaces() { try add(i) } }
            for i in _declaredInterfaces { try add(i) }
            _interfaces = all
        }
    }

    /// The `<Module>` class that holds global fields and functions (II.10.8).
    var isModuleType: Bool { kind == .definition && definitionHandle.row == 1 }

    /// The chain of base classes, nearest first.
    public func ancestors() throws -> [RuntimeType] {
        var result: [RuntimeType] = []
        var current = try parent()
        while let type = current {
            result.append(type)
            current = try type.parent()
        }
        return result
    }

    /// Whether `self` is `other` or derives from it (classes only).
    public func isSubclass(of other: RuntimeType) throws -> Bool {
        var current: RuntimeType? = self
        while let type = current {
            if type === other { return true }
            current = try type.parent()
        }
        return false
    }

    public var isDelegate: Bool {
        (try? parent()) === system.wellKnown.multicastDelegate && !(self === system.wellKnown.multicastDelegate)
    }

    /// The underlying primitive of an enum (the type of its instance field), else nil.
    public func underlyingType() throws -> RuntimeType? {
        guard isEnum else { return nil }
        guard let field = try declaredFields().first(where: { $0.storage == .instance }) else {
            throw system.typeLoadError(self, "an enum must have one instance field")
        }
        guard field.type.primitive != nil else {
            throw system.typeLoadError(self, "the underlying type of an enum must be an integer type, not \(field.type)")
        }
        return field.type
    }

    /// For Nullable<T>: T.
    public var nullableArgument: RuntimeType? { isNullable ? typeArguments.first : nil }

    /// The variance of each type parameter of a generic interface or delegate definition.
    public func genericParameterVariances() -> [GenericParameterAttributes.Variance] {
        guard let reader else { return [] }
        return genericParameterHandles.map { reader.genericParameter($0).flags.variance }
    }

    /// The recorded constraints of each type parameter of the definition (II.22.21), resolved
    /// against the definition's placeholders; checking them at instantiation is left to the verifier.
    public func genericParameterConstraints() throws -> [[RuntimeType]] {
        guard let reader, let assembly else { return [] }
        let context = GenericContext(typeArguments: (0..<typeArguments.count).map(system.typeParameter))
        return try genericParameterHandles.map { parameter in
            try reader.genericParameter(parameter).constraints.map {
                try system.type(reader.genericParameterConstraint($0).type, in: assembly, context: context)
            }
        }
    }
}
