// Invocation through reflection: RuntimeMethodInfo.InternalInvoke and
// RuntimeConstructorInfo.InternalInvoke (mono's ves_icall_InternalInvoke and
// mono_runtime_invoke_array) and RuntimeType.CreateInstanceInternal. The arguments of the
// object[] are laid out as the callee's frame holds them: value types unboxed (Nullable<T> from a
// boxed T or null), byref arguments as pointers into the array (references) or into the boxes it
// holds (value types, boxed anew when null), so what the callee writes is seen in the array
// afterwards. A virtual method runs the override of `this`'s type; a value type's own method gets
// the address of the boxed value. The result is boxed. An exception thrown by the target is
// raised from the icall (managed code wraps it in TargetInvocationException); argument errors
// come back in the `exc` out parameter, as mono reports them.
import IlexVM
import IlexMetadata

extension MonoCorlib {
    /// The 8-byte slots of one value of `type` at `address`, as a frame holds an argument.
    static func argumentSlots(_ type: RuntimeType, at address: UnsafeRawPointer?) -> [UInt64] {
        let size = max(1, (try? type.storageSize().size) ?? 8)
        let count = (size + 7) / 8
        guard let address else { return Array(repeating: 0, count: count) }
        // Integers of 4 bytes or less hold their int32 stack value, sign-extended.
        let element = type.isEnum ? ((try? type.underlyingType()) ?? nil)?.primitive : type.primitive
        if let element, size <= 4 {
            let value: Int64
            switch element {
            case .boolean, .uint8: value = Int64(address.load(as: UInt8.self))
            case .int8: value = Int64(address.load(as: Int8.self))
            case .char, .uint16: value = Int64(address.load(as: UInt16.self))
            case .int16: value = Int64(address.load(as: Int16.self))
            case .int32, .uint32: value = Int64(address.load(as: Int32.self))
            case .float32: return [UInt64(address.load(as: UInt32.self))]
            default: value = Int64(address.load(as: Int32.self))
            }
            return [UInt64(bitPattern: value)]
        }
        var words = Array(repeating: UInt64(0), count: count)
        words.withUnsafeMutableBytes { $0.baseAddress!.copyMemory(from: address, byteCount: size) }
        return words
    }

    /// A zeroed box of a value type (nil when the heap is exhausted).
    static func zeroBox(_ type: RuntimeType, _ context: NativeContext) -> UnsafeMutableRawPointer? {
        guard let size = try? type.storageSize().size else { return nil }
        return context.allocate(type, size: ObjectLayout.headerSize + size)
    }

    /// Lays out the arguments; byref value-type arguments get their boxes (made when null). A
    /// Nullable<T> byref argument runs in a temporary Nullable box converted back afterwards
    /// (`nullableBack`: parameter index and box).
    static func invocationWords(_ signature: RuntimeSignature, _ parameters: UnsafeMutableRawPointer?, _ context: NativeContext)
        -> (words: [UInt64], nullableBack: [(Int, UnsafeMutableRawPointer)])? {
        var words: [UInt64] = []
        var back: [(Int, UnsafeMutableRawPointer)] = []
        for (index, type) in signature.parameterTypes.enumerated() {
            let slot = parameters.map { $0 + ObjectLayout.arrayDataOffset + 8 * index }
            let value = slot?.load(as: UnsafeMutableRawPointer?.self)
            if type.kind == .byReference, let element = type.elementType {
                guard let slot else { words.append(0); continue }
                if element.isValueType {
                    if element.nullableArgument != nil {
                        guard let box = MonoCorlib.zeroBox(element, context) else { return nil }
                        context.runtime.holdTemporarily(box)
                        MonoCorlib.storeValue(value, as: element, at: box + ObjectLayout.headerSize, context)
                        back.append((index, box))
                        words.append(UInt64(UInt(bitPattern: box + ObjectLayout.headerSize)))
                        continue
                    }
                    var box = value
                    if box == nil {
                        guard let made = MonoCorlib.zeroBox(element, context) else { return nil }
                        context.storeReference(made, at: slot)
                        box = made
                    }
                    words.append(UInt64(UInt(bitPattern: box! + ObjectLayout.headerSize)))
                } else {
                    words.append(UInt64(UInt(bitPattern: slot)))
                }
                continue
            }
            if type.isValueType {
                if type.nullableArgument != nil {
                    guard let size = try? type.storageSize().size else { return nil }
                    let buffer = UnsafeMutableRawPointer.allocate(byteCount: max(size, 8), alignment: 16)
                    defer { buffer.deallocate() }
                    buffer.initializeMemory(as: UInt8.self, repeating: 0, count: max(size, 8))
                    MonoCorlib.storeValue(value, as: type, at: buffer, context)
                    words += MonoCorlib.argumentSlots(type, at: buffer)
                } else {
                    words += MonoCorlib.argumentSlots(type, at: value.map { UnsafeRawPointer($0) + ObjectLayout.headerSize })
                }
                continue
            }
            words.append(UInt64(UInt(bitPattern: value)))
        }
        return (words, back)
    }

    /// Sets the `exc` out parameter to a new exception of the corlib and returns null.
    static func invokeFailure(_ frame: UnsafeMutableRawPointer, excSlot: Int, _ typeName: String, _ message: String?, _ context: NativeContext) -> UInt32 {
        let status = context.throwException(typeName, message: message)
        guard status == ExecutionStatus.exception.rawValue, let exception = context.takePendingException() else { return status }
        let out = argument(frame, excSlot, as: UnsafeMutableRawPointer.self)
        MonoCorlib.storeOut(exception, to: out, context)
        result(frame, UInt(0))
        return NativeContext.success
    }

    /// Runs `method` with the object[] arguments: the core of both InternalInvoke icalls.
    static func invoke(_ method: RuntimeMethod, this object: UnsafeMutableRawPointer?, parameters: UnsafeMutableRawPointer?,
                       frame: UnsafeMutableRawPointer, excSlot: Int, _ context: NativeContext) -> UInt32 {
        let out = argument(frame, excSlot, as: UnsafeMutableRawPointer.self)
        MonoCorlib.storeOut(nil, to: out, context)
        guard let signature = try? method.signature() else { return context.throwException("System.TypeLoadException", message: "\(method)") }
        let count = parameters?.load(fromByteOffset: ObjectLayout.arrayLengthOffset, as: Int.self) ?? 0
        if count != signature.parameterTypes.count {
            return MonoCorlib.invokeFailure(frame, excSlot: excSlot, "System.Reflection.TargetParameterCountException", nil, context)
        }
        if signature.returnType.kind == .byReference {
            return MonoCorlib.invokeFailure(frame, excSlot: excSlot, "System.NotSupportedException", "Cannot invoke method returning ByRef type via reflection", context)
        }
        let isConstructor = method.isConstructor
        var target = method
        var thisWord: UInt64?
        var created: UnsafeMutableRawPointer?
        if !method.isStatic {
            if let object {
                let type = context.type(of: object)
                guard (try? type.isAssignable(to: method.declaringType)) == true || isConstructor else {
                    return MonoCorlib.invokeFailure(frame, excSlot: excSlot, "System.Reflection.TargetException",
                                         "Object of type '\(MonoCorlib.fullName(type, context))' doesn't match target type '\(MonoCorlib.fullName(method.declaringType, context))'", context)
                }
                if method.isVirtual, let resolved = try? type.resolveVirtual(method) { target = resolved }
                thisWord = UInt64(UInt(bitPattern: target.declaringType.isValueType ? object + ObjectLayout.headerSize : object))
            } else if isConstructor {
                let type = method.declaringType
                if type.isAbstract {
                    return MonoCorlib.invokeFailure(frame, excSlot: excSlot, "System.Reflection.TargetException", "Cannot invoke constructor of an abstract class.", context)
                }
                let status = context.runTypeInitializer(of: type)
                if status != 0 { return status }
                guard let made = type.isValueType ? MonoCorlib.zeroBox(type, context) : context.allocate(type) else { return context.throwException("System.OutOfMemoryException") }
                created = made
                thisWord = UInt64(UInt(bitPattern: type.isValueType ? made + ObjectLayout.headerSize : made))
            } else {
                return MonoCorlib.invokeFailure(frame, excSlot: excSlot, "System.Reflection.TargetException", "Non-static method requires a target.", context)
            }
        } else if method.isTypeInitializer == false {
            let status = context.runTypeInitializer(of: method.declaringType)
            if status != 0 { return status }
        }
        let mark = context.runtime.temporaryRootCount
        defer { context.runtime.releaseTemporaryRoots(downTo: mark) }
        context.runtime.holdTemporarily(created)
        guard let (arguments, nullableBack) = MonoCorlib.invocationWords(signature, parameters, context) else { return context.throwException("System.OutOfMemoryException") }
        let words = (thisWord.map { [$0] } ?? []) + arguments
        let (status, calleeFrame) = context.callReturningFrame(target, words)
        if status != 0 { return status }
        // The result first: the callee's frame is a root only until the next allocation.
        let returnType = signature.returnType
        if let created {
            result(frame, created)
        } else if returnType === context.runtime.system.wellKnown.void || calleeFrame == nil {
            result(frame, UInt(0))
        } else if returnType.isValueType {
            result(frame, context.boxResult(returnType, in: calleeFrame!))
        } else if returnType.kind == .pointer {
            // A pointer comes back as its address, boxed as IntPtr.
            guard let intPtr = try? context.runtime.system.primitive(.intPtr) else { return context.throwException("System.TypeLoadException") }
            result(frame, context.boxResult(intPtr, in: calleeFrame!))
        } else {
            result(frame, calleeFrame!.load(as: UInt.self))
        }
        for (index, box) in nullableBack {
            let element = signature.parameterTypes[index].elementType!
            let value = (try? context.runtime.box(element, valueAt: box + ObjectLayout.headerSize)) ?? nil
            if let parameters { context.storeReference(value, intoElement: index, of: parameters) }
        }
        return NativeContext.success
    }

    static func registerInvocation(_ table: NativeMethodTable) {
        // object InternalInvoke(object obj, object[] parameters, out Exception exc)
        for name in ["System.Reflection.RuntimeMethodInfo::InternalInvoke", "System.Reflection.RuntimeConstructorInfo::InternalInvoke"] {
            table.register(name) { context, frame in
                let context = NativeContext(context)
                guard let object = argument(frame, 0, as: UnsafeRawPointer?.self), let method = MonoCorlib.method(ofMethodObject: object, context) else {
                    return context.throwException("System.NullReferenceException")
                }
                return MonoCorlib.invoke(method, this: argument(frame, 1, as: UnsafeMutableRawPointer?.self),
                              parameters: argument(frame, 2, as: UnsafeMutableRawPointer?.self), frame: frame, excSlot: 3, context)
            }
        }
        // object CreateInstanceInternal(Type type): a new object (a zeroed box for value types), no constructor run.
        table.register("System.RuntimeType::CreateInstanceInternal") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.ArgumentNullException") }
            guard type.isDefinition, !type.isAbstract, !type.isInterface, !type.containsGenericParameters, !type.isString else {
                return context.throwException("System.MissingMethodException", message: "Cannot create an instance of \(MonoCorlib.fullName(type, context)).")
            }
            let status = context.runTypeInitializer(of: type)
            if status != 0 { return status }
            if type.nullableArgument != nil {
                // A default Nullable<T> boxes to null.
                result(frame, UInt(0))
                return NativeContext.success
            }
            guard let object = type.isValueType ? MonoCorlib.zeroBox(type, context) : context.allocate(type) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, object)
            return NativeContext.success
        }
    }
}
