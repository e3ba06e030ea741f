// The managed objects reflection hands out, one per (member, reflected type) as mono makes them
// (mono_method_get_object, mono_field_get_object, mono_property_get_object, mono_event_get_object,
// mono_param_get_objects): RuntimeMethodInfo/RuntimeConstructorInfo (mhandle = our method
// descriptor, reftype), RuntimeFieldInfo (klass = reflected MethodTable, fhandle = the field's
// handle block, name, type, attrs), RuntimePropertyInfo and RuntimeEventInfo (klass, and the
// property's or event's block), RuntimeParameterInfo arrays; and type objects for generic
// parameters named by their owner.
import IlexVM
import IlexMetadata

/// Where a member's signature is read: the generic type and method definitions whose parameters
/// `!n` and `!!n` stand for.
struct GenericScope: Sendable {
    nonisolated(unsafe) var type: RuntimeType?
    nonisolated(unsafe) var method: RuntimeMethod?

    static let none = GenericScope(type: nil, method: nil)

    /// The scope of a member of `type` (only a generic type definition owns `!n`), and of `method`.
    init(type: RuntimeType?, method: RuntimeMethod?) {
        self.type = type.flatMap { $0.isGenericTypeDefinition ? $0 : nil }
        self.method = method.flatMap { $0.isGenericMethodDefinition ? $0 : nil }
    }
    init(of method: RuntimeMethod) { self.init(type: method.declaringType, method: method) }
}

extension MonoCorlib {
    // MARK: Type objects in a generic scope

    /// The type object of `type` as it appears in `scope`: `!n` and `!!n` become the scope's
    /// named generic parameters (distinct objects per owner, whose `_impl` is the placeholder).
    static func typeObject(_ type: RuntimeType, in scope: GenericScope, _ context: NativeContext) -> UnsafeMutableRawPointer? {
        switch type.kind {
        case .typeParameter(let index):
            if let owner = scope.type { return MonoCorlib.genericParameterObject(GenericParameterOwner(type: owner, method: nil, index: index, placeholder: type), context) }
        case .methodParameter(let index):
            if let owner = scope.method { return MonoCorlib.genericParameterObject(GenericParameterOwner(type: nil, method: owner, index: index, placeholder: type), context) }
        default:
            // A type built over the scope's parameters (List<T>, T[], Func<T, TOut>) gets its own
            // object that remembers the scope, so that its name and parts name the parameters. A
            // generic type definition is its own typical instantiation: the one type object.
            if type.containsGenericParameters, !type.isGenericTypeDefinition, scope.type != nil || scope.method != nil {
                return MonoCorlib.scopedTypeObject(type, scope, context)
            }
        }
        return MonoCorlib.typeObject(type, context)
    }

    static func scopedTypeObject(_ type: RuntimeType, _ scope: GenericScope, _ context: NativeContext) -> UnsafeMutableRawPointer? {
        let state = MonoCorlib.state(context)
        let key = "\(type.id):\(scope.type?.id ?? -1):\(scope.method.map { UInt(bitPattern: $0.descriptor) } ?? 0)"
        if let existing = state.scopedTypeObjects[key] { return existing }
        guard let runtimeType = try? context.runtime.system.corlibType("System", "RuntimeType"),
              let table = try? type.methodTable(), let object = context.allocate(runtimeType) else { return nil }
        object.storeBytes(of: table.raw, toByteOffset: MonoCorlib.offset("System", "Type", "_impl", context), as: UnsafeMutableRawPointer.self)
        context.runtime.keepAlive(object)
        state.scopedTypeObjects[key] = object
        state.typeScopes[UInt(bitPattern: object)] = scope
        return object
    }

    /// The generic scope a type object was made in: a generic parameter's owner, or the scope of
    /// a type built over generic parameters. Nil for the canonical type objects.
    static func scope(ofTypeObject object: UnsafeRawPointer, _ context: NativeContext) -> GenericScope? {
        let state = MonoCorlib.state(context)
        if let scope = state.typeScopes[UInt(bitPattern: object)] { return scope }
        if let owner = state.genericParameterOwners[UInt(bitPattern: object)] {
            return GenericScope(type: owner.type, method: owner.method)
        }
        return nil
    }

    /// A type's name as Type.ToString() prints it, the scope's generic parameters named.
    static func scopedDisplayName(_ type: RuntimeType, _ scope: GenericScope, _ context: NativeContext) -> String {
        switch type.kind {
        case .typeParameter(let i):
            guard let owner = scope.type else { return type.description }
            return GenericParameterOwner(type: owner, method: nil, index: i, placeholder: type).name
        case .methodParameter(let i):
            guard let owner = scope.method else { return type.description }
            return GenericParameterOwner(type: nil, method: owner, index: i, placeholder: type).name
        case .definition where !type.typeArguments.isEmpty && !type.isGenericTypeDefinition:
            let base = type.description.split(separator: "[", maxSplits: 1).first.map(String.init) ?? type.description
            return base + "[" + type.typeArguments.map { MonoCorlib.scopedDisplayName($0, scope, context) }.joined(separator: ",") + "]"
        case .szArray: return MonoCorlib.scopedDisplayName(type.elementType!, scope, context) + "[]"
        case .array(let rank):
            return MonoCorlib.scopedDisplayName(type.elementType!, scope, context) + (rank == 1 ? "[*]" : "[" + String(repeating: ",", count: rank - 1) + "]")
        case .pointer: return MonoCorlib.scopedDisplayName(type.elementType!, scope, context) + "*"
        case .byReference: return MonoCorlib.scopedDisplayName(type.elementType!, scope, context) + "&"
        default: return type.description
        }
    }

    /// The simple name (Type.Name) with the scope's parameters named.
    static func scopedSimpleName(_ type: RuntimeType, _ scope: GenericScope, _ context: NativeContext) -> String {
        switch type.kind {
        case .typeParameter, .methodParameter: return MonoCorlib.scopedDisplayName(type, scope, context)
        case .szArray: return MonoCorlib.scopedSimpleName(type.elementType!, scope, context) + "[]"
        case .array(let rank):
            return MonoCorlib.scopedSimpleName(type.elementType!, scope, context) + (rank == 1 ? "[*]" : "[" + String(repeating: ",", count: rank - 1) + "]")
        case .pointer: return MonoCorlib.scopedSimpleName(type.elementType!, scope, context) + "*"
        case .byReference: return MonoCorlib.scopedSimpleName(type.elementType!, scope, context) + "&"
        default: return MonoCorlib.simpleName(type)
        }
    }

    /// A related type as a type object in the scope of `object` (when it has one).
    static func typeResult(_ frame: UnsafeMutableRawPointer, _ type: RuntimeType?, from object: UnsafeRawPointer, _ context: NativeContext) -> UInt32 {
        guard let type else { result(frame, UInt(0)); return NativeContext.success }
        guard let scope = MonoCorlib.scope(ofTypeObject: object, context) else { return MonoCorlib.typeResult(frame, type, context) }
        guard let made = MonoCorlib.typeObject(type, in: scope, context) else { return context.throwException("System.OutOfMemoryException") }
        result(frame, made)
        return NativeContext.success
    }

    static func genericParameterObject(_ owner: GenericParameterOwner, _ context: NativeContext) -> UnsafeMutableRawPointer? {
        let state = MonoCorlib.state(context)
        let identity: ObjectIdentifier = owner.method.map(ObjectIdentifier.init) ?? ObjectIdentifier(owner.type!)
        let key = GenericParameterKey(owner: identity, index: owner.index)
        if let existing = state.genericParameterObjects[key] { return existing }
        let system = context.runtime.system
        guard let runtimeType = try? system.corlibType("System", "RuntimeType"),
              let table = try? owner.placeholder.methodTable(), let object = context.allocate(runtimeType) else { return nil }
        object.storeBytes(of: table.raw, toByteOffset: MonoCorlib.offset("System", "Type", "_impl", context), as: UnsafeMutableRawPointer.self)
        context.runtime.keepAlive(object)
        state.genericParameterObjects[key] = object
        state.genericParameterOwners[UInt(bitPattern: object)] = owner
        return object
    }

    /// The owner of a generic parameter's type object, if it is one made by genericParameterObject.
    static func genericParameterOwner(ofTypeObject object: UnsafeRawPointer, _ context: NativeContext) -> GenericParameterOwner? {
        MonoCorlib.state(context).genericParameterOwners[UInt(bitPattern: object)]
    }

    /// An array of type objects (System.Type[] or RuntimeType[]).
    static func typeArray(_ types: [RuntimeType], in scope: GenericScope = .none, runtimeTypes: Bool = false, _ context: NativeContext) -> UnsafeMutableRawPointer? {
        var objects: [UnsafeMutableRawPointer?] = []
        for type in types {
            guard let object = MonoCorlib.typeObject(type, in: scope, context) else { return nil }
            objects.append(object)
        }
        guard let element = try? context.runtime.system.corlibType("System", runtimeTypes ? "RuntimeType" : "Type") else { return nil }
        return MonoCorlib.referenceArray(of: element, objects, context)
    }

    // MARK: Methods

    /// The RuntimeMethodInfo (or RuntimeConstructorInfo) of `method` seen from `reflected`
    /// (its declaring type when nil).
    static func methodObject(_ method: RuntimeMethod, reflected: RuntimeType? = nil, _ context: NativeContext) -> UnsafeMutableRawPointer? {
        let reflectedType = reflected ?? method.declaringType
        let state = MonoCorlib.state(context)
        let key = ReflectionState.MemberKey(member: ObjectIdentifier(method), reflected: reflectedType.id)
        if let existing = state.methodObjects[key] { return existing }
        let isConstructor = method.name == ".ctor" || method.name == ".cctor"
        let className = isConstructor ? "RuntimeConstructorInfo" : "RuntimeMethodInfo"
        guard let reftype = MonoCorlib.typeObject(reflectedType, context),
              let object = MonoCorlib.newObject("System.Reflection", className, context, immortal: true) else { return nil }
        object.storeBytes(of: method.descriptor, toByteOffset: MonoCorlib.offset("System.Reflection", className, "mhandle", context), as: UnsafeMutableRawPointer.self)
        context.storeReference(reftype, at: object + MonoCorlib.offset("System.Reflection", className, "reftype", context))
        state.methodObjects[key] = object
        return object
    }

    /// The method a RuntimeMethodInfo/RuntimeConstructorInfo (or any MethodBase of ours) names.
    static func method(ofMethodObject object: UnsafeRawPointer, _ context: NativeContext) -> RuntimeMethod? {
        // Both classes put mhandle first (offset 16); anything else (a PropertyInfo as a
        // parameter's member, a user MethodInfo) is not ours.
        let type = context.type(of: object)
        guard type.namespace == "System.Reflection", type.name == "RuntimeMethodInfo" || type.name == "RuntimeConstructorInfo",
              type.assembly === context.runtime.system.corlib else { return nil }
        let handleOffset = MonoCorlib.offset("System.Reflection", "RuntimeMethodInfo", "mhandle", context)
        guard let descriptor = object.load(fromByteOffset: handleOffset, as: UnsafeRawPointer?.self) else { return nil }
        return MethodDescriptorLayout.method(of: descriptor)
    }

    /// The reflected type of a method object (its `reftype`).
    static func reflectedType(ofMethodObject object: UnsafeRawPointer, _ context: NativeContext) -> RuntimeType? {
        let reftype = object.load(fromByteOffset: MonoCorlib.offset("System.Reflection", "RuntimeMethodInfo", "reftype", context), as: UnsafeRawPointer?.self)
        return reftype.flatMap { MonoCorlib.runtimeType(ofTypeObject: $0, context) }
    }

    // MARK: Fields

    static func fieldObject(_ field: RuntimeField, reflected: RuntimeType? = nil, _ context: NativeContext) -> UnsafeMutableRawPointer? {
        let reflectedType = reflected ?? field.declaringType
        let state = MonoCorlib.state(context)
        let key = ReflectionState.MemberKey(member: ObjectIdentifier(field), reflected: reflectedType.id)
        if let existing = state.fieldObjects[key] { return existing }
        let c = "RuntimeFieldInfo", ns = "System.Reflection"
        guard let table = try? reflectedType.methodTable(),
              let name = context.makeString(field.name),
              let object = MonoCorlib.newObject(ns, c, context, immortal: true) else { return nil }
        object.storeBytes(of: table.raw, toByteOffset: MonoCorlib.offset(ns, c, "klass", context), as: UnsafeMutableRawPointer.self)
        object.storeBytes(of: field.handleBlock, toByteOffset: MonoCorlib.offset(ns, c, "fhandle", context), as: UnsafeMutableRawPointer.self)
        context.storeReference(name, at: object + MonoCorlib.offset(ns, c, "name", context))
        guard let type = MonoCorlib.typeObject(field.type, in: GenericScope(type: field.declaringType, method: nil), context) else { return nil }
        context.storeReference(type, at: object + MonoCorlib.offset(ns, c, "type", context))
        object.storeBytes(of: Int32(field.flags.rawValue), toByteOffset: MonoCorlib.offset(ns, c, "attrs", context), as: Int32.self)
        state.fieldObjects[key] = object
        return object
    }

    static func field(ofFieldObject object: UnsafeRawPointer, _ context: NativeContext) -> RuntimeField? {
        object.load(fromByteOffset: MonoCorlib.offset("System.Reflection", "RuntimeFieldInfo", "fhandle", context), as: UnsafeRawPointer?.self)
            .map(RuntimeField.fromHandle)
    }

    static func reflectedType(ofFieldObject object: UnsafeRawPointer, _ context: NativeContext) -> RuntimeType? {
        object.load(fromByteOffset: MonoCorlib.offset("System.Reflection", "RuntimeFieldInfo", "klass", context), as: UnsafeMutableRawPointer?.self)
            .map { MethodTable($0).runtimeType }
    }

    // MARK: Properties and events

    static func propertyObject(_ property: ReflectedProperty, reflected: RuntimeType? = nil, _ context: NativeContext) -> UnsafeMutableRawPointer? {
        let reflectedType = reflected ?? property.declaringType
        let state = MonoCorlib.state(context)
        let key = ReflectionState.MemberKey(member: ObjectIdentifier(property), reflected: reflectedType.id)
        if let existing = state.propertyObjects[key] { return existing }
        let c = "RuntimePropertyInfo", ns = "System.Reflection"
        guard let table = try? reflectedType.methodTable(), let object = MonoCorlib.newObject(ns, c, context, immortal: true) else { return nil }
        object.storeBytes(of: table.raw, toByteOffset: MonoCorlib.offset(ns, c, "klass", context), as: UnsafeMutableRawPointer.self)
        object.storeBytes(of: property.block, toByteOffset: MonoCorlib.offset(ns, c, "prop", context), as: UnsafeMutableRawPointer.self)
        state.propertyObjects[key] = object
        return object
    }

    static func property(ofPropertyObject object: UnsafeRawPointer, _ context: NativeContext) -> (ReflectedProperty, RuntimeType)? {
        let c = "RuntimePropertyInfo", ns = "System.Reflection"
        guard let block = object.load(fromByteOffset: MonoCorlib.offset(ns, c, "prop", context), as: UnsafeRawPointer?.self),
              let klass = object.load(fromByteOffset: MonoCorlib.offset(ns, c, "klass", context), as: UnsafeMutableRawPointer?.self) else { return nil }
        return (ReflectedProperty.from(block), MethodTable(klass).runtimeType)
    }

    static func eventObject(_ event: ReflectedEvent, reflected: RuntimeType? = nil, _ context: NativeContext) -> UnsafeMutableRawPointer? {
        let reflectedType = reflected ?? event.declaringType
        let state = MonoCorlib.state(context)
        let key = ReflectionState.MemberKey(member: ObjectIdentifier(event), reflected: reflectedType.id)
        if let existing = state.eventObjects[key] { return existing }
        let c = "RuntimeEventInfo", ns = "System.Reflection"
        guard let table = try? reflectedType.methodTable(), let object = MonoCorlib.newObject(ns, c, context, immortal: true) else { return nil }
        object.storeBytes(of: table.raw, toByteOffset: MonoCorlib.offset(ns, c, "klass", context), as: UnsafeMutableRawPointer.self)
        object.storeBytes(of: event.block, toByteOffset: MonoCorlib.offset(ns, c, "handle", context), as: UnsafeMutableRawPointer.self)
        state.eventObjects[key] = object
        return object
    }

    static func event(ofEventObject object: UnsafeRawPointer, _ context: NativeContext) -> (ReflectedEvent, RuntimeType)? {
        let c = "RuntimeEventInfo", ns = "System.Reflection"
        guard let block = object.load(fromByteOffset: MonoCorlib.offset(ns, c, "handle", context), as: UnsafeRawPointer?.self),
              let klass = object.load(fromByteOffset: MonoCorlib.offset(ns, c, "klass", context), as: UnsafeMutableRawPointer?.self) else { return nil }
        return (ReflectedEvent.from(block), MethodTable(klass).runtimeType)
    }

    // MARK: Parameters

    /// The ParameterInfo[] of a method (cached per method and reflected type), each made with
    /// RuntimeParameterInfo(name, type, position, attrs, defaultValue, member, marshalAs) as mono does.
    static func parameterArray(_ method: RuntimeMethod, member: UnsafeMutableRawPointer?, _ context: NativeContext) -> (UnsafeMutableRawPointer?, UInt32) {
        let reflected = member.flatMap { MonoCorlib.reflectedType(ofMethodObject: $0, context) } ?? method.declaringType
        let state = MonoCorlib.state(context)
        let key = ReflectionState.MemberKey(member: ObjectIdentifier(method), reflected: reflected.id)
        if let existing = state.parameterArrays[key] { return (existing, 0) }
        guard let member = member ?? MonoCorlib.methodObject(method, reflected: reflected, context),
              let signature = try? method.signature(),
              let parameterClass = try? MonoCorlib.corlibNestedType("System.Reflection", "RuntimeParameterInfo", context),
              let constructor = try? parameterClass.methods().first(where: { $0.isConstructor && ((try? $0.signature().parameterTypes.count) ?? 0) == 7 }) else {
            return (nil, context.throwException("System.OutOfMemoryException"))
        }
        var names: [Int: (String, UInt16, ParameterHandle)] = [:]
        let definition = method.genericDefinition ?? method
        if let handle = definition.handle, let reader = method.declaringType.reader {
            for p in reader.method(handle).parameters {
                let row = reader.parameter(p)
                names[row.sequenceNumber] = (row.name, row.attributes, p)
            }
        }
        let scope = GenericScope(of: definition)
        let mark = context.runtime.temporaryRootCount
        defer { context.runtime.releaseTemporaryRoots(downTo: mark) }
        var parameters: [UnsafeMutableRawPointer?] = []
        for (index, type) in signature.parameterTypes.enumerated() {
            let (name, attributes, row) = names[index + 1] ?? ("", 0, ParameterHandle(row: 0))
            guard let parameter = context.allocate(parameterClass) else { return (nil, context.throwException("System.OutOfMemoryException")) }
            // Kept alive while the constructor runs and afterwards (parameter arrays are cached).
            context.runtime.keepAlive(parameter)
            let nameObject = name.isEmpty ? nil : context.makeString(name)
            if let nameObject { context.runtime.keepAlive(nameObject) }
            guard let typeObject = MonoCorlib.typeObject(type, in: scope, context) else { return (nil, context.throwException("System.OutOfMemoryException")) }
            var defaultValue: UnsafeMutableRawPointer?
            let hasDefault = attributes & 0x1000 != 0, optional = attributes & 0x10 != 0
            if hasDefault, let reader = method.declaringType.reader, !row.isNil, let constant = reader.constant(of: row.token) {
                defaultValue = MonoCorlib.constantObject(reader, constant, type: type, context)
            }
            if defaultValue == nil && !(hasDefault && isNullConstant(method, row)) {
                defaultValue = optional ? MonoCorlib.staticReference("System.Reflection", "Missing", "Value", context)
                                        : MonoCorlib.staticReference("System", "DBNull", "Value", context)
            }
            context.runtime.holdTemporarily(defaultValue)
            let words: [UInt64] = [UInt64(UInt(bitPattern: parameter)), UInt64(UInt(bitPattern: nameObject)), UInt64(UInt(bitPattern: typeObject)),
                                   UInt64(index), UInt64(attributes), UInt64(UInt(bitPattern: defaultValue)), UInt64(UInt(bitPattern: member)), 0]
            let status = context.call(constructor, words)
            if status != 0 { return (nil, status) }
            parameters.append(parameter)
        }
        guard let array = MonoCorlib.referenceArray(of: parameterClass, parameters, context) else { return (nil, context.throwException("System.OutOfMemoryException")) }
        context.runtime.keepAlive(array)
        state.parameterArrays[key] = array
        return (array, 0)
    }

    private static func isNullConstant(_ method: RuntimeMethod, _ row: ParameterHandle) -> Bool {
        guard let reader = method.declaringType.reader, !row.isNil, let constant = reader.constant(of: row.token) else { return false }
        return (try? reader.constantValue(constant)) == .nullReference
    }

    /// A Constant row as the object reflection reports (boxed primitive, string, or null); enums
    /// box as the enum type when `type` is one.
    static func constantObject(_ reader: MetadataReader, _ handle: ConstantHandle, type: RuntimeType?, _ context: NativeContext) -> UnsafeMutableRawPointer? {
        guard let value = try? reader.constantValue(handle) else { return nil }
        let system = context.runtime.system
        func boxed<T>(_ element: ElementType, _ v: T) -> UnsafeMutableRawPointer? {
            var boxType = (try? system.primitive(element)) ?? system.wellKnown.object
            if let type, type.isEnum { boxType = type }
            guard let object = context.allocate(boxType, size: ObjectLayout.headerSize + MemoryLayout<T>.size) else { return nil }
            (object + ObjectLayout.headerSize).storeBytes(of: v, as: T.self)
            return object
        }
        switch value {
        case .boolean(let v): return boxed(.boolean, v ? UInt8(1) : 0)
        case .char(let v): return boxed(.char, v)
        case .int8(let v): return boxed(.int8, v)
        case .uint8(let v): return boxed(.uint8, v)
        case .int16(let v): return boxed(.int16, v)
        case .uint16(let v): return boxed(.uint16, v)
        case .int32(let v): return boxed(.int32, v)
        case .uint32(let v): return boxed(.uint32, v)
        case .int64(let v): return boxed(.int64, v)
        case .uint64(let v): return boxed(.uint64, v)
        case .float32(let v): return boxed(.float32, v)
        case .float64(let v): return boxed(.float64, v)
        case .string(let s): return context.makeString(s)
        case .nullReference: return nil
        }
    }
}
