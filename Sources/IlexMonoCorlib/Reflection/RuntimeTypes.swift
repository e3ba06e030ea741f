// System.RuntimeType and RuntimeTypeHandle facts that reflection asks beyond names and flags:
// interfaces, generic arguments and parameters (position, declaring type or method, attributes and
// constraints), constructed types (MakeGenericType, arrays, byrefs, pointers), TypeCode, the
// interface map, packing, and Mono.RuntimeClassHandle. Generic parameters of a definition are
// distinct type objects per owner (MemberObjects.swift); the type system's placeholders stand
// behind them.
import IlexVM
import IlexMetadata

#if canImport(Glibc)
import Glibc
#endif

extension MonoCorlib {
    /// The TypeCode mono reports (GetTypeCodeImplInternal).
    static func typeCode(_ type: RuntimeType, _ context: NativeContext) -> Int64 {
        var type = type
        if type.isEnum, let underlying = (try? type.underlyingType()) ?? nil { type = underlying }
        if let primitive = type.primitive {
            switch primitive {
            case .boolean: return 3
            case .char: return 4
            case .int8: return 5
            case .uint8: return 6
            case .int16: return 7
            case .uint16: return 8
            case .int32: return 9
            case .uint32: return 10
            case .int64: return 11
            case .uint64: return 12
            case .float32: return 13
            case .float64: return 14
            default: return 1
            }
        }
        if type.isString { return 18 }
        if type.isDefinition, type.assembly === context.runtime.system.corlib, type.namespace == "System", type.typeArguments.isEmpty {
            switch type.name {
            case "Decimal": return 15
            case "DateTime": return 16
            case "DBNull": return 2
            default: break
            }
        }
        return 1
    }

    /// Type objects of a type's generic arguments (a definition's are its own named parameters).
    static func genericArguments(of type: RuntimeType) -> (types: [RuntimeType], scope: GenericScope) {
        guard type.isDefinition, !type.typeArguments.isEmpty else { return ([], .none) }
        return (type.typeArguments, GenericScope(type: type, method: nil))
    }

    /// The native GenericParamInfo block of a generic parameter (made once per owner and index).
    static func genericParameterInfo(_ owner: GenericParameterOwner, _ context: NativeContext) -> UnsafeMutableRawPointer? {
        let state = MonoCorlib.state(context)
        let key = "gpinfo:" + (owner.method.map { "\(ObjectIdentifier($0).hashValue)" } ?? "\(owner.type!.id)") + ":\(owner.index)"
        if let known = state.singletons[key] { return known }
        guard let table = try? owner.placeholder.methodTable() else { return nil }
        let block = UnsafeMutableRawPointer.allocate(byteCount: 32, alignment: 8)
        block.initializeMemory(as: UInt8.self, repeating: 0, count: 32)
        block.storeBytes(of: table.raw, as: UnsafeMutableRawPointer.self)
        let name = strdup(owner.name)
        block.storeBytes(of: UnsafeMutableRawPointer(name), toByteOffset: 8, as: UnsafeMutableRawPointer?.self)
        var constraints: [RuntimeType] = []
        if let handle = owner.handle, let reader = owner.reader {
            let row = reader.genericParameter(handle)
            block.storeBytes(of: row.attributes, toByteOffset: 16, as: UInt16.self)
            block.storeBytes(of: handle.token.rawValue, toByteOffset: 20, as: UInt32.self)
            let assembly = owner.method?.declaringType.assembly ?? owner.type?.assembly
            let genericContext = owner.method?.genericContext ?? GenericContext(typeArguments: owner.type?.typeArguments ?? [])
            for c in row.constraints {
                if let assembly, let type = try? context.runtime.system.type(reader.genericParameterConstraint(c).type, in: assembly, context: genericContext) {
                    constraints.append(type)
                }
            }
        }
        let list = UnsafeMutableRawPointer.allocate(byteCount: 8 * (constraints.count + 1), alignment: 8)
        for (i, constraint) in constraints.enumerated() {
            list.storeBytes(of: (try? constraint.methodTable().raw) ?? nil, toByteOffset: 8 * i, as: UnsafeMutableRawPointer?.self)
        }
        list.storeBytes(of: nil, toByteOffset: 8 * constraints.count, as: UnsafeMutableRawPointer?.self)
        block.storeBytes(of: list, toByteOffset: 24, as: UnsafeMutableRawPointer.self)
        state.singletons[key] = block
        return block
    }

    static func registerRuntimeTypes(_ table: NativeMethodTable) {
        // Type[] GetInterfaces(): every interface the type implements.
        table.register("System.RuntimeType::GetInterfaces") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            let interfaces = type.kind == .byReference ? [] : ((try? type.interfaces()) ?? [])
            let scope = MonoCorlib.scope(ofTypeObject: argument(frame, 0, as: UnsafeRawPointer.self), context) ?? GenericScope(type: type, method: nil)
            guard let array = MonoCorlib.typeArray(interfaces, in: scope, runtimeTypes: true, context) else {
                return context.throwException("System.OutOfMemoryException")
            }
            result(frame, array)
            return NativeContext.success
        }
        // Type[] GetGenericArgumentsInternal(bool runtimeArray)
        table.register("System.RuntimeType::GetGenericArgumentsInternal") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            var (types, scope) = MonoCorlib.genericArguments(of: type)
            if let own = MonoCorlib.scope(ofTypeObject: argument(frame, 0, as: UnsafeRawPointer.self), context), !type.isGenericTypeDefinition { scope = own }
            guard let array = MonoCorlib.typeArray(types, in: scope, runtimeTypes: argument(frame, 1, as: UInt8.self) != 0, context) else {
                return context.throwException("System.OutOfMemoryException")
            }
            result(frame, array)
            return NativeContext.success
        }
        table.register("System.RuntimeType::GetGenericParameterPosition") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self), let type = MonoCorlib.runtimeType(ofTypeObject: object, context) else {
                return context.throwException("System.NullReferenceException")
            }
            switch type.kind {
            case .typeParameter(let i), .methodParameter(let i): result(frame, Int64(i))
            default: result(frame, Int64(-1))
            }
            return NativeContext.success
        }
        // Type get_DeclaringType(): the enclosing type of a nested type, the owner of a generic parameter.
        table.register("System.RuntimeType::get_DeclaringType") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self), let type = MonoCorlib.runtimeType(ofTypeObject: object, context) else {
                return context.throwException("System.NullReferenceException")
            }
            if let owner = MonoCorlib.genericParameterOwner(ofTypeObject: object, context) {
                return MonoCorlib.typeResult(frame, owner.type ?? owner.method.map(\.declaringType), context)
            }
            guard type.isDefinition, let reader = type.reader, let assembly = type.assembly,
                  let outer = reader.typeDefinition(type.definitionHandle).declaringType else { result(frame, UInt(0)); return NativeContext.success }
            return MonoCorlib.typeResult(frame, context.runtime.system.definitionType(outer, in: assembly), context)
        }
        // MethodBase get_DeclaringMethod()
        table.register("System.RuntimeType::get_DeclaringMethod") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self), let type = MonoCorlib.runtimeType(ofTypeObject: object, context) else {
                return context.throwException("System.NullReferenceException")
            }
            guard type.isGenericParameter else { return context.throwException("System.InvalidOperationException", message: "DeclaringMethod can only be used on generic arguments") }
            return MonoCorlib.methodResult(frame, MonoCorlib.genericParameterOwner(ofTypeObject: object, context)?.method, context)
        }
        // static Type MakeGenericType(Type gt, Type[] types)
        table.register("System.RuntimeType::MakeGenericType") { context, frame in
            let context = NativeContext(context)
            guard let generic = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.ArgumentNullException") }
            let arguments = MonoCorlib.arrayElements(argument(frame, 1, as: UnsafeRawPointer?.self)).map { $0.flatMap { MonoCorlib.runtimeType(ofTypeObject: $0, context) } }
            guard arguments.allSatisfy({ $0 != nil }), let definition = generic.genericDefinition ?? Optional(generic),
                  let instance = try? context.runtime.system.instantiate(definition, with: arguments.map { $0! }) else {
                return context.throwException("System.ArgumentException", message: "Invalid generic arguments")
            }
            return MonoCorlib.typeResult(frame, instance, context)
        }
        // Type make_array_type(int rank): 0 for a vector.
        table.register("System.RuntimeType::make_array_type") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            let rank = Int(argument(frame, 1, as: Int32.self))
            let system = context.runtime.system
            guard let array = rank == 0 ? try? system.szArray(of: type) : try? system.array(of: type, rank: rank) else {
                return context.throwException("System.TypeLoadException", message: "\(type)")
            }
            return MonoCorlib.typeResult(frame, array, from: argument(frame, 0, as: UnsafeRawPointer.self), context)
        }
        table.register("System.RuntimeType::make_byref_type") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            guard let byref = try? context.runtime.system.byReference(to: type) else { return context.throwException("System.TypeLoadException", message: "\(type)") }
            return MonoCorlib.typeResult(frame, byref, from: argument(frame, 0, as: UnsafeRawPointer.self), context)
        }
        table.register("System.RuntimeType::MakePointerType") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.ArgumentNullException") }
            return MonoCorlib.typeResult(frame, context.runtime.system.pointer(to: type), from: argument(frame, 0, as: UnsafeRawPointer.self), context)
        }
        table.register("System.RuntimeType::GetTypeCodeImplInternal") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { result(frame, Int64(0)); return NativeContext.success }
            result(frame, type.kind == .byReference ? 1 : MonoCorlib.typeCode(type, context))
            return NativeContext.success
        }
        for name in ["System.RuntimeType::IsWindowsRuntimeObjectType", "System.RuntimeType::IsTypeExportedToWindowsRuntime"] {
            table.register(name) { _, frame in
                result(frame, Int64(0))
                return NativeContext.success
            }
        }
        // static void GetInterfaceMapData(Type t, Type iface, out MethodInfo[] targets, out MethodInfo[] methods)
        table.register("System.RuntimeType::GetInterfaceMapData") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context), let interface = MonoCorlib.typeArgument(frame, 1, context) else {
                return context.throwException("System.ArgumentNullException")
            }
            guard let entry = (try? type.interfaceEntry(for: interface)) ?? nil, let methods = try? interface.virtualTable(),
                  let methodInfo = try? context.runtime.system.corlibType("System.Reflection", "MethodInfo") else { return NativeContext.success }
            var targets: [UnsafeMutableRawPointer?] = [], declared: [UnsafeMutableRawPointer?] = []
            for (i, method) in methods.enumerated() {
                declared.append(MonoCorlib.methodObject(method, reflected: interface, context))
                targets.append(i < entry.implementations.count ? MonoCorlib.methodObject(entry.implementations[i], reflected: type, context) : nil)
            }
            guard let targetArray = MonoCorlib.referenceArray(of: methodInfo, targets, context) else { return context.throwException("System.OutOfMemoryException") }
            MonoCorlib.storeOut(targetArray, to: argument(frame, 2, as: UnsafeMutableRawPointer.self), context)
            guard let methodArray = MonoCorlib.referenceArray(of: methodInfo, declared, context) else { return context.throwException("System.OutOfMemoryException") }
            MonoCorlib.storeOut(methodArray, to: argument(frame, 3, as: UnsafeMutableRawPointer.self), context)
            return NativeContext.success
        }
        // void GetPacking(out int packing, out int size): the ClassLayout row.
        table.register("System.RuntimeType::GetPacking") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            let layout = type.isDefinition ? type.reader?.typeDefinition(type.definitionHandle).layout : nil
            argument(frame, 1, as: UnsafeMutablePointer<Int32>.self).pointee = Int32(layout?.packingSize ?? 0)
            argument(frame, 2, as: UnsafeMutablePointer<Int32>.self).pointee = Int32(bitPattern: layout?.classSize ?? 0)
            return NativeContext.success
        }
        // IntPtr RuntimeTypeHandle.GetGenericParameterInfo(RuntimeType type)
        table.register("System.RuntimeTypeHandle::GetGenericParameterInfo") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self), let type = MonoCorlib.runtimeType(ofTypeObject: object, context) else {
                return context.throwException("System.NullReferenceException")
            }
            let owner: GenericParameterOwner
            if let known = MonoCorlib.genericParameterOwner(ofTypeObject: object, context) {
                owner = known
            } else {
                switch type.kind {
                case .typeParameter(let i), .methodParameter(let i): owner = GenericParameterOwner(type: nil, method: nil, index: i, placeholder: type)
                default: result(frame, UInt(0)); return NativeContext.success
                }
            }
            result(frame, MonoCorlib.genericParameterInfo(owner, context))
            return NativeContext.success
        }
        // IntPtr Mono.RuntimeClassHandle.GetTypeFromClass(MonoClass*): both are our MethodTable.
        table.register("Mono.RuntimeClassHandle::GetTypeFromClass") { _, frame in
            result(frame, argument(frame, 0, as: UInt.self))
            return NativeContext.success
        }
        // bool RuntimeHelpers.SufficientExecutionStack(): deep recursion (expression compilers) checks it.
        table.register("System.Runtime.CompilerServices.RuntimeHelpers::SufficientExecutionStack") { _, frame in
            result(frame, Int64(1))
            return NativeContext.success
        }
        // object RuntimeHelpers.GetObjectValue(object obj): a copy of a boxed value type, else obj.
        table.register("System.Runtime.CompilerServices.RuntimeHelpers::GetObjectValue") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeMutableRawPointer?.self) else { result(frame, UInt(0)); return NativeContext.success }
            let type = context.type(of: object)
            guard type.isValueType else { result(frame, object); return NativeContext.success }
            guard let copy = (try? context.runtime.box(type, valueAt: object + ObjectLayout.headerSize)) ?? nil else { return context.throwException("System.OutOfMemoryException") }
            result(frame, copy)
            return NativeContext.success
        }
        // RuntimeHelpers.RunClassConstructor(IntPtr type)
        table.register("System.Runtime.CompilerServices.RuntimeHelpers::RunClassConstructor") { context, frame in
            let context = NativeContext(context)
            guard let raw = argument(frame, 0, as: UnsafeMutableRawPointer?.self) else { return NativeContext.success }
            return context.runTypeInitializer(of: MethodTable(raw).runtimeType)
        }
    }
}
