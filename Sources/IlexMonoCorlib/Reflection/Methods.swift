// Methods and constructors as reflection sees them: RuntimeMethodInfo/RuntimeConstructorInfo
// objects from handles (GetMethodFromHandleInternalType_native), names, tokens, base methods,
// generic methods (arguments, MakeGenericMethod, the definition), Mono's MonoMethodInfo
// (method info, attributes, parameters) and MethodBase.GetCurrentMethod.
import IlexVM
import IlexMetadata

extension MonoCorlib {
    /// The method of the same definition in another instantiation of its declaring type
    /// (mono_method_get_equivalent_method).
    static func equivalentMethod(_ method: RuntimeMethod, in type: RuntimeType, _ system: TypeSystem) -> RuntimeMethod? {
        let definition = method.genericDefinition ?? method
        guard let candidate = ((try? type.methods()) ?? []).first(where: { $0.handle != nil && $0.handle == definition.handle }) else { return nil }
        if !method.methodArguments.isEmpty { return try? system.instantiate(candidate, with: method.methodArguments) }
        return candidate
    }

    /// A method of a generic type instantiation or a generic method instantiation, taken back
    /// to the method of the generic definition (what mono reports for an inflated method).
    static func uninflated(_ method: RuntimeMethod, _ system: TypeSystem) -> RuntimeMethod {
        var result = method.genericDefinition ?? method
        if let definition = result.declaringType.genericDefinition, definition !== result.declaringType,
           let open = MonoCorlib.equivalentMethod(result, in: definition, system) {
            result = open
        }
        return result
    }

    static func methodResult(_ frame: UnsafeMutableRawPointer, _ method: RuntimeMethod?, reflected: RuntimeType? = nil, _ context: NativeContext) -> UInt32 {
        guard let method else { result(frame, UInt(0)); return NativeContext.success }
        guard let object = MonoCorlib.methodObject(method, reflected: reflected, context) else { return context.throwException("System.OutOfMemoryException") }
        result(frame, object)
        return NativeContext.success
    }

    /// The definition that introduced a virtual method's slot (definition) or the method it
    /// overrides directly.
    static func baseMethod(_ method: RuntimeMethod, definition: Bool, _ system: TypeSystem) -> RuntimeMethod {
        guard method.isVirtual, !method.declaringType.isInterface, method.slot >= 0 else { return method }
        let slot = method.slot
        var found = method
        var current = method.declaringType
        while let parent = (try? current.parent()) ?? nil, let vtable = try? parent.virtualTable(), slot < vtable.count {
            found = vtable[slot]
            if !definition { break }
            current = parent
        }
        if !method.methodArguments.isEmpty, found !== method, let def = found.genericDefinition ?? Optional(found), def.isGenericMethodDefinition {
            return (try? system.instantiate(def, with: method.methodArguments)) ?? found
        }
        return found
    }

    static func methodToken(_ method: RuntimeMethod) -> Int64 {
        let definition = method.genericDefinition ?? method
        guard let handle = definition.handle else { return 0 }
        return Int64(Int32(bitPattern: handle.token.rawValue))
    }

    static func registerMethods(_ table: NativeMethodTable) {
        // MethodBase GetMethodFromHandleInternalType_native(IntPtr method, IntPtr type, bool genericCheck)
        table.register("System.Reflection.RuntimeMethodInfo::GetMethodFromHandleInternalType_native") { context, frame in
            let context = NativeContext(context)
            guard let descriptor = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentException") }
            var method = MethodDescriptorLayout.method(of: descriptor)
            let typeHandle = argument(frame, 1, as: UnsafeMutableRawPointer?.self)
            let genericCheck = argument(frame, 2, as: UInt8.self) != 0
            var reflected = method.declaringType
            if let typeHandle {
                let type = MethodTable(typeHandle).runtimeType
                if genericCheck {
                    let a = method.declaringType.genericDefinition ?? method.declaringType, b = type.genericDefinition ?? type
                    guard a === b else { result(frame, UInt(0)); return NativeContext.success }
                    if method.declaringType !== type {
                        guard let equivalent = MonoCorlib.equivalentMethod(method, in: type, context.runtime.system) else { result(frame, UInt(0)); return NativeContext.success }
                        method = equivalent
                    }
                }
                reflected = type
            }
            return MonoCorlib.methodResult(frame, method, reflected: reflected, context)
        }
        // string get_name(MethodBase method)
        table.register("System.Reflection.RuntimeMethodInfo::get_name") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self), let method = MonoCorlib.method(ofMethodObject: object, context) else {
                return context.throwException("System.NullReferenceException")
            }
            return MonoCorlib.stringResult(frame, method.name, context)
        }
        // RuntimeMethodInfo get_base_method(RuntimeMethodInfo method, bool definition)
        table.register("System.Reflection.RuntimeMethodInfo::get_base_method") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeMutableRawPointer?.self), let method = MonoCorlib.method(ofMethodObject: object, context) else {
                return context.throwException("System.NullReferenceException")
            }
            let base = MonoCorlib.baseMethod(method, definition: argument(frame, 1, as: UInt8.self) != 0, context.runtime.system)
            if base === method { result(frame, object); return NativeContext.success }
            return MonoCorlib.methodResult(frame, base, context)
        }
        for name in ["System.Reflection.RuntimeMethodInfo::get_metadata_token", "System.Reflection.RuntimeConstructorInfo::get_metadata_token"] {
            table.register(name) { context, frame in
                let context = NativeContext(context)
                guard let object = argument(frame, 0, as: UnsafeRawPointer?.self), let method = MonoCorlib.method(ofMethodObject: object, context) else {
                    return context.throwException("System.NullReferenceException")
                }
                result(frame, MonoCorlib.methodToken(method))
                return NativeContext.success
            }
        }
        // Type[] GetGenericArguments(): the instantiation's arguments, or the definition's parameters.
        table.register("System.Reflection.RuntimeMethodInfo::GetGenericArguments") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self), let method = MonoCorlib.method(ofMethodObject: object, context) else {
                return context.throwException("System.NullReferenceException")
            }
            let arguments = method.methodArguments.isEmpty ? (0..<method.genericParameterCount).map(context.runtime.system.methodParameter) : method.methodArguments
            guard let array = MonoCorlib.typeArray(arguments, in: GenericScope(of: method), context) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, array)
            return NativeContext.success
        }
        // MethodInfo MakeGenericMethod_impl(Type[] types)
        table.register("System.Reflection.RuntimeMethodInfo::MakeGenericMethod_impl") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self), let method = MonoCorlib.method(ofMethodObject: object, context) else {
                return context.throwException("System.NullReferenceException")
            }
            let types = MonoCorlib.arrayElements(argument(frame, 1, as: UnsafeRawPointer?.self)).map { $0.flatMap { MonoCorlib.runtimeType(ofTypeObject: $0, context) } }
            guard types.allSatisfy({ $0 != nil }) else { return context.throwException("System.ArgumentNullException") }
            let definition = method.genericDefinition ?? method
            guard definition.isGenericMethodDefinition else { return context.throwException("System.InvalidOperationException") }
            guard let instance = try? context.runtime.system.instantiate(definition, with: types.map { $0! }) else {
                result(frame, UInt(0))
                return NativeContext.success
            }
            return MonoCorlib.methodResult(frame, instance, reflected: MonoCorlib.reflectedType(ofMethodObject: object, context), context)
        }
        table.register("System.Reflection.RuntimeMethodInfo::GetGenericMethodDefinition_impl") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeMutableRawPointer?.self), let method = MonoCorlib.method(ofMethodObject: object, context) else {
                return context.throwException("System.NullReferenceException")
            }
            if method.isGenericMethodDefinition { result(frame, object); return NativeContext.success }
            guard let definition = method.genericDefinition else { result(frame, UInt(0)); return NativeContext.success }
            return MonoCorlib.methodResult(frame, definition, reflected: MonoCorlib.reflectedType(ofMethodObject: object, context), context)
        }
        table.register("System.Reflection.RuntimeMethodInfo::get_IsGenericMethodDefinition") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self), let method = MonoCorlib.method(ofMethodObject: object, context) else {
                return context.throwException("System.NullReferenceException")
            }
            result(frame, Int64(method.isGenericMethodDefinition ? 1 : 0))
            return NativeContext.success
        }
        table.register("System.Reflection.RuntimeMethodInfo::get_IsGenericMethod") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self), let method = MonoCorlib.method(ofMethodObject: object, context) else {
                return context.throwException("System.NullReferenceException")
            }
            result(frame, Int64(method.genericParameterCount > 0 ? 1 : 0))
            return NativeContext.success
        }
        for name in ["System.Reflection.RuntimeMethodInfo::get_core_clr_security_level", "System.Reflection.RuntimeConstructorInfo::get_core_clr_security_level",
                     "System.Reflection.RuntimeFieldInfo::get_core_clr_security_level", "System.RuntimeType::get_core_clr_security_level"] {
            // Full trust: everything is security critical, as mono reports without CoreCLR security.
            table.register(name) { _, frame in
                result(frame, Int64(2))
                return NativeContext.success
            }
        }
        table.register("System.Reflection.RuntimeMethodInfo::GetMethodBodyInternal") { _, frame in
            result(frame, UInt(0))
            return NativeContext.success
        }
        // void get_method_info(IntPtr handle, out MonoMethodInfo info)
        table.register("System.Reflection.MonoMethodInfo::get_method_info") { context, frame in
            let context = NativeContext(context)
            guard let descriptor = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let method = MethodDescriptorLayout.method(of: descriptor)
            let info = argument(frame, 1, as: UnsafeMutableRawPointer.self)
            guard let signature = try? method.signature() else { return context.throwException("System.TypeLoadException", message: "\(method)") }
            let ns = "System.Reflection", c = "MonoMethodInfo"
            guard let parent = MonoCorlib.typeObject(method.declaringType, context),
                  let returnType = MonoCorlib.typeObject(signature.returnType, in: GenericScope(of: method.genericDefinition ?? method), context) else {
                return context.throwException("System.OutOfMemoryException")
            }
            context.storeReference(parent, at: info + MonoCorlib.offset(ns, c, "parent", context))
            context.storeReference(returnType, at: info + MonoCorlib.offset(ns, c, "ret", context))
            info.storeBytes(of: Int32(method.flags.rawValue), toByteOffset: MonoCorlib.offset(ns, c, "attrs", context), as: Int32.self)
            info.storeBytes(of: Int32(method.implFlags.rawValue), toByteOffset: MonoCorlib.offset(ns, c, "iattrs", context), as: Int32.self)
            var callingConvention: Int32 = signature.isVararg ? 2 : 1
            if signature.hasThis { callingConvention |= 0x20 }
            if signature.explicitThis { callingConvention |= 0x40 }
            info.storeBytes(of: callingConvention, toByteOffset: MonoCorlib.offset(ns, c, "callconv", context), as: Int32.self)
            return NativeContext.success
        }
        table.register("System.Reflection.MonoMethodInfo::get_method_attributes") { context, frame in
            let context = NativeContext(context)
            guard let descriptor = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            result(frame, Int64(MethodDescriptorLayout.method(of: descriptor).flags.rawValue))
            return NativeContext.success
        }
        // ParameterInfo[] get_parameter_info(IntPtr handle, MemberInfo member)
        table.register("System.Reflection.MonoMethodInfo::get_parameter_info") { context, frame in
            let context = NativeContext(context)
            guard let descriptor = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let (array, status) = MonoCorlib.parameterArray(MethodDescriptorLayout.method(of: descriptor), member: argument(frame, 1, as: UnsafeMutableRawPointer?.self), context)
            if status != 0 { return status }
            result(frame, array)
            return NativeContext.success
        }
        table.register("System.Reflection.MonoMethodInfo::get_retval_marshal") { _, frame in
            result(frame, UInt(0))
            return NativeContext.success
        }
        // MethodBase GetCurrentMethod(): the calling method, as its generic definition.
        table.register("System.Reflection.MethodBase::GetCurrentMethod") { context, frame in
            let context = NativeContext(context)
            guard let caller = context.caller else { return context.throwException("System.NotSupportedException") }
            return MonoCorlib.methodResult(frame, MonoCorlib.uninflated(caller, context.runtime.system), context)
        }
        // MethodInfo RuntimeType.GetCorrespondingInflatedMethod(MethodInfo generic) (and constructors).
        for name in ["System.RuntimeType::GetCorrespondingInflatedMethod", "System.RuntimeType::GetCorrespondingInflatedConstructor"] {
            table.register(name) { context, frame in
                let context = NativeContext(context)
                guard let type = MonoCorlib.typeArgument(frame, 0, context), let object = argument(frame, 1, as: UnsafeRawPointer?.self),
                      let method = MonoCorlib.method(ofMethodObject: object, context) else { return context.throwException("System.ArgumentNullException") }
                return MonoCorlib.methodResult(frame, MonoCorlib.equivalentMethod(method, in: type, context.runtime.system), reflected: type, context)
            }
        }
    }
}
