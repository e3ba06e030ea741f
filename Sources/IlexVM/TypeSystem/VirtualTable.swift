// Virtual tables and interface maps (ECMA-335 II.10.3, II.12.2). A class's vtable starts as a
// copy of its parent's; each virtual method either takes a new slot (`newslot`) or replaces the
// slot of the nearest inherited virtual method with the same name and signature that it may
// override (`strict`, accessibility); MethodImpl rows then override explicitly. An interface's
// slots are its virtual methods in order; a type's interface map gives, for each interface it
// implements, the method that runs for each interface slot.

public struct InterfaceMapEntry {
    public let interface: RuntimeType
    /// The implementation of each of the interface's virtual methods, indexed by its slot.
    public var implementations: [RuntimeMethod]
}

extension RuntimeType {
    /// The vtable: the method that runs for each slot (interfaces: their own virtual methods).
    public func virtualTable() throws -> [RuntimeMethod] {
        try loadVirtualTable()
        return _vtable
    }

    /// One entry per implemented interface, in the order of `interfaces()`.
    public func interfaceMap() throws -> [InterfaceMapEntry] {
        try loadVirtualTable()
        return _interfaceMap
    }

    func loadVirtualTable() throws {
        try runStage(\.virtualTableState, "virtual table") {
            try loadHierarchy()
            switch kind {
            case .definition where isInterface:
                var slots: [RuntimeMethod] = []
                for method in try methods() where method.isVirtual {
                    method.ownSlot = slots.count
                    slots.append(method)
                }
                _vtable = slots
                _interfaceMap = []
            case .definition:
                try buildClassVirtualTable()
            case .szArray, .array, .typeParameter, .methodParameter:
                guard let parent = _parent else { return }
                try parent.loadVirtualTable()
                _vtable = parent._vtable
                _interfaceMap = parent._interfaceMap
                if kind == .szArray, let element = elementType {
                    for interface in _interfaces where !_interfaceMap.contains(where: { $0.interface === interface }) {
                        _interfaceMap.append(try arrayInterfaceEntry(interface, element: element))
                    }
                }
            case .pointer, .byReference, .functionPointer:
                break
            }
        }
    }

    private func buildClassVirtualTable() throws {
        guard let reader else { return }
        var vtable: [RuntimeMethod] = []
        if let parent = _parent {
            try parent.loadVirtualTable()
            vtable = parent._vtable
        }
        for method in try methods() where method.isVirtual {
            if !method.flags.contains(.newSlot), let slot = try inheritedSlot(overriddenBy: method) {
                if vtable[slot].isFinal {
                    throw system.typeLoadError(self, "method \(method.name) overrides the final method \(vtable[slot])")
                }
                method.ownSlot = slot
                vtable[slot] = method
            } else {
                method.ownSlot = vtable.count
                vtable.append(method)
            }
        }

        // Explicit overrides (MethodImpl): class slots now, interface slots below.
        var explicitInterfaceImplementations: [ObjectIdentifier: RuntimeMethod] = [:]
        let context = GenericContext(typeArguments: typeArguments)
        for h in reader.typeDefinition(definitionHandle).methodImplementations {
            let row = reader.methodImplementation(h)
            let body = try ownMethod(row.body, context: context)
            let declaration = try ownMethod(row.declaration, context: context)
            guard body.isVirtual else {
                throw system.typeLoadError(self, "the body \(body) of an explicit override of \(declaration) is not virtual")
            }
            if declaration.declaringType.isInterface {
                try declaration.declaringType.loadVirtualTable()
                explicitInterfaceImplementations[ObjectIdentifier(declaration)] = body
                continue
            }
            try declaration.declaringType.loadVirtualTable()
            let slot = declaration.slot
            guard declaration.isVirtual, slot >= 0, slot < vtable.count, try isSubclass(of: declaration.declaringType) else {
                throw system.typeLoadError(self, "\(declaration) overridden by \(body) is not a virtual method of a base class")
            }
            if vtable[slot].isFinal && vtable[slot] !== body {
                throw system.typeLoadError(self, "method \(body.name) overrides the final method \(vtable[slot])")
            }
            vtable[slot] = body
            if body.ownSlot < 0 { body.ownSlot = slot }
        }

        if !isAbstract, let missing = vtable.first(where: \.isAbstract) {
            throw system.typeLoadError(self, "method '\(missing.name)' of \(missing.declaringType) does not have an implementation")
        }
        _vtable = vtable

        // Interface map.
        let parentMap = try _parent?.interfaceMap() ?? []
        var declaredClosure = Set<ObjectIdentifier>()
        for interface in _declaredInterfaces {
            declaredClosure.insert(ObjectIdentifier(interface))
            for inherited in try interface.interfaces() { declaredClosure.insert(ObjectIdentifier(inherited)) }
        }
        var map: [InterfaceMapEntry] = []
        for interface in _interfaces {
            let slots = try interface.virtualTable()
            let parentEntry = parentMap.first { $0.interface === interface }
            let redeclared = declaredClosure.contains(ObjectIdentifier(interface))
            var implementations: [RuntimeMethod] = []
            for (slot, interfaceMethod) in slots.enumerated() {
                var found = explicitInterfaceImplementations[ObjectIdentifier(interfaceMethod)]
                if found == nil, redeclared || parentEntry == nil {
                    found = try publicVirtualMethod(matching: interfaceMethod)
                }
                if found == nil, let parentEntry { found = parentEntry.implementations[slot] }
                if found == nil { found = try defaultImplementation(of: interfaceMethod) }
                guard var implementation = found else {
                    if isAbstract { implementations.append(interfaceMethod); continue }
                    throw system.typeLoadError(self, "method '\(interfaceMethod.name)' of interface \(interface) does not have an implementation")
                }
                // A class method runs through its slot, so later overrides take over the interface too.
                if !implementation.declaringType.isInterface, implementation.slot >= 0, implementation.slot < vtable.count {
                    implementation = vtable[implementation.slot]
                }
                implementations.append(implementation)
            }
            map.append(InterfaceMapEntry(interface: interface, implementations: implementations))
        }
        _interfaceMap = map
    }

    /// A method named in a MethodImpl row: MethodDefs of this type mean this instantiation's own
    /// methods; anything else resolves in this type's generic context.
    private func ownMethod(_ token: MetadataToken, context: GenericContext) throws -> RuntimeMethod {
        guard let assembly else { throw system.typeLoadError(self, "no metadata") }
        if token.table == .methodDef, token.row >= 1, token.row <= assembly.reader.rowCount(.methodDef),
           let own = try methods().first(where: { $0.handle?.row == token.row }) {
            return own
        }
        return try system.method(token, in: assembly, context: context)
    }

    /// Virtual methods declared here, by name (for override matching).
    func virtualMethods(named name: String) throws -> [RuntimeMethod] {
        if _virtualsByName == nil {
            var byName: [String: [RuntimeMethod]] = [:]
            for method in try methods() where method.isVirtual { byName[method.name, default: []].append(method) }
            _virtualsByName = byName
        }
        return _virtualsByName?[name] ?? []
    }

    /// The slot of the nearest base-class virtual method `method` overrides by name and signature.
    private func inheritedSlot(overriddenBy method: RuntimeMethod) throws -> Int? {
        for ancestor in try ancestors() {
            for candidate in try ancestor.virtualMethods(named: method.name) where candidate.slot >= 0 {
                guard mayOverride(candidate) else { continue }
                if try candidate.hasSameNameAndSignature(as: method) { return candidate.slot }
            }
        }
        return nil
    }

    /// II.10.3.3: private methods are never overridden by name; with `strict`, assembly-only methods
    /// only from their own assembly.
    private func mayOverride(_ base: RuntimeMethod) -> Bool {
        switch base.flags.access {
        case .private, .compilerControlled: return false
        case .assembly, .familyAndAssembly: return !base.flags.contains(.strict) || base.declaringType.assembly === assembly
        default: return true
        }
    }

    /// II.12.2: a public virtual method with the interface method's name and signature, here or inherited.
    private func publicVirtualMethod(matching interfaceMethod: RuntimeMethod) throws -> RuntimeMethod? {
        for type in try [self] + ancestors() {
            for candidate in try type.virtualMethods(named: interfaceMethod.name) where candidate.flags.access == .public {
                if try candidate.hasSameNameAndSignature(as: interfaceMethod) { return candidate }
            }
        }
        return nil
    }

    /// A default implementation: an override in a more derived interface this type implements
    /// (MethodImpl in that interface), else the interface method's own body.
    private func defaultImplementation(of interfaceMethod: RuntimeMethod) throws -> RuntimeMethod? {
        for interface in _interfaces where interface !== interfaceMethod.declaringType {
            guard let assembly = interface.assembly else { continue }
            let reader = assembly.reader
            for h in reader.typeDefinition(interface.definitionHandle).methodImplementations {
                let row = reader.methodImplementation(h)
                let context = GenericContext(typeArguments: interface.typeArguments)
                let declaration = try system.method(row.declaration, in: assembly, context: context)
                if declaration === interfaceMethod {
                    return try interface.methods().first { $0.handle?.row == row.body.row && row.body.table == .methodDef }
                }
            }
        }
        return interfaceMethod.isAbstract ? nil : interfaceMethod
    }

    /// The map entry of a generic interface Mono's arrays implement over their element type:
    /// each method runs `System.Array.InternalArray__[Interface_]Name<T>` (IList<T>'s methods
    /// without the interface prefix), as Mono's class loader wires them.
    func arrayInterfaceEntry(_ interface: RuntimeType, element: RuntimeType) throws -> InterfaceMapEntry {
        var implementations: [RuntimeMethod] = []
        let baseName = interface.name.split(separator: "`").first.map(String.init) ?? interface.name
        let prefix = baseName == "IList" ? "InternalArray__" : "InternalArray__\(baseName)_"
        for method in try interface.virtualTable() {
            guard let helper = try system.arrayHelper(named: prefix + method.name) else {
                throw system.typeLoadError(self, "System.Array has no \(prefix + method.name) to implement \(interface)::\(method.name)")
            }
            implementations.append(helper.isGenericMethodDefinition
                ? try system.instantiate(helper, with: [interface.typeArguments.first ?? element]) : helper)
        }
        return InterfaceMapEntry(interface: interface, implementations: implementations)
    }

    // MARK: Dispatch

    /// The map entry through which an object of this exact type answers calls on `interface`:
    /// the exact interface, else a variance-compatible one, else (SZ arrays) the array's generic
    /// interface over a compatible element type.
    public func interfaceEntry(for interface: RuntimeType) throws -> InterfaceMapEntry? {
        let map = try interfaceMap()
        if let exact = map.first(where: { $0.interface === interface }) { return exact }
        for entry in map where try entry.interface.isVariantCompatible(with: interface) { return entry }
        if kind == .szArray, let element = elementType, let definition = interface.genericDefinition,
           system.wellKnown.arrayGenericInterfaces.contains(where: { $0 === definition }), try isAssignable(to: interface) {
            if let cached = _arrayInterfaceEntries[ObjectIdentifier(interface)] { return cached }
            let entry = try arrayInterfaceEntry(interface, element: element)
            _arrayInterfaceEntries[ObjectIdentifier(interface)] = entry
            return entry
        }
        return nil
    }

    /// The method that runs when `method` is called virtually on an object of this exact type
    /// (callvirt, ldvirtftn): the vtable or interface-map slot, instantiated again for a generic
    /// virtual method. Non-virtual methods are returned as they are.
    public func resolveVirtual(_ method: RuntimeMethod) throws -> RuntimeMethod {
        guard method.isVirtual else { return method }
        let definition = method.genericDefinition ?? method
        let declaring = definition.declaringType
        try declaring.loadVirtualTable()
        let target: RuntimeMethod
        if declaring.isInterface {
            guard let entry = try interfaceEntry(for: declaring), definition.slot >= 0,
                  definition.slot < entry.implementations.count else {
                throw system.typeLoadError(self, "it does not implement \(declaring), needed to call \(method.name)")
            }
            target = entry.implementations[definition.slot]
        } else {
            let vtable = try virtualTable()
            guard definition.slot >= 0, definition.slot < vtable.count, try isSubclass(of: declaring) else {
                throw system.typeLoadError(self, "it does not derive from \(declaring), needed to call \(method.name)")
            }
            target = vtable[definition.slot]
        }
        if !method.methodArguments.isEmpty {
            return try system.instantiate(target.genericDefinition ?? target, with: method.methodArguments)
        }
        return target
    }

    /// Whether the type's finalizer slot holds something other than System.Object's own Finalize.
    public func hasFinalizer() throws -> Bool {
        guard !isInterface, !isValueType, kind == .definition || isArray else { return false }
        let vtable = try virtualTable()
        guard let finalize = try system.wellKnown.object.method(named: "Finalize"), finalize.slot >= 0 else { return false }
        return finalize.slot < vtable.count && vtable[finalize.slot] !== finalize
    }
}
