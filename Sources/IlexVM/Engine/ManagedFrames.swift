// Stack walks from native code (Mono's StackFrame/StackTrace/MethodBase.GetCurrentMethod icalls)
// and calls from native code that keep the walk whole. A native call pushes no control record:
// its caller is only `ThreadState.nativeCaller` and `nativeCallerPC`. A call from a native body
// into managed code (`callFromNative`) therefore pushes a record for that caller before the
// nested loop starts, so the control stack holds every managed frame of the thread, in order.

/// A managed frame as reflection sees it: the method and the IL offset it is at. In an
/// exception's trace, an internal call the exception left is a frame of its own
/// (`isNativeWrapper`, IL offset -1), which mono prints as `(wrapper managed-to-native) …`.
public struct ManagedFrame {
    public let method: RuntimeMethod
    public let ilOffset: Int
    public let isNativeWrapper: Bool

    public init(method: RuntimeMethod, ilOffset: Int, isNativeWrapper: Bool = false) {
        (self.method, self.ilOffset, self.isNativeWrapper) = (method, ilOffset, isNativeWrapper)
    }
}

extension RuntimeMethod {
    /// How mono names the managed-to-native wrapper of an internal call in a stack trace:
    /// `(wrapper managed-to-native) Namespace.Type.Method(param,…)`, `this` as a first
    /// parameter, types as mono_type_get_desc writes them (int, object, System.Exception&, …).
    public var monoWrapperName: String {
        func desc(_ type: RuntimeType) -> String {
            switch type.kind {
            case .byReference: return desc(type.elementType!) + "&"
            case .pointer: return desc(type.elementType!) + "*"
            case .szArray: return desc(type.elementType!) + "[]"
            case .array(let rank): return desc(type.elementType!) + "[\(rank)]"
            case .typeParameter(let i): return "!\(i)"
            case .methodParameter(let i): return "!!\(i)"
            case .functionPointer: return "*()"
            case .definition:
                if let primitive = type.primitive {
                    switch primitive {
                    case .boolean: return "bool"
                    case .char: return "char"
                    case .int8: return "sbyte"
                    case .uint8: return "byte"
                    case .int16: return "int16"
                    case .uint16: return "uint16"
                    case .int32: return "int"
                    case .uint32: return "uint"
                    case .int64: return "long"
                    case .uint64: return "ulong"
                    case .float32: return "single"
                    case .float64: return "double"
                    case .intPtr: return "intptr"
                    case .uintPtr: return "uintptr"
                    default: break
                    }
                }
                if type.isObject { return "object" }
                if type.isString { return "string" }
                if type === type.system.wellKnown.void { return "void" }
                let name = type.system.displayName(type.genericDefinition ?? type)
                let base = (name.split(separator: "[", maxSplits: 1).first.map(String.init) ?? name).replacingPlus()
                if type.typeArguments.isEmpty || type.isGenericTypeDefinition { return base }
                return base + "<" + type.typeArguments.map(desc).joined(separator: ", ") + ">"
            }
        }
        var parameters = ((try? signature().parameterTypes) ?? []).map(desc)
        if !isStatic { parameters.insert(desc(declaringType), at: 0) }
        let owner = declaringType.system.displayName(declaringType.genericDefinition ?? declaringType)
        let typeName = (owner.split(separator: "[", maxSplits: 1).first.map(String.init) ?? owner).replacingPlus()
        return "(wrapper managed-to-native) " + typeName + "." + name + "(" + parameters.joined(separator: ",") + ")"
    }
}

private extension String {
    /// Nested types are written Outer/Inner in mono's descriptions.
    func replacingPlus() -> String { String(map { $0 == "+" ? "/" : $0 }) }
}

extension Runtime {
    /// The managed frames of the current thread seen from a native method body, innermost first:
    /// the body's caller, then each suspended caller on the control stack (through nested loops
    /// started from native code). Loops the runtime starts on its own (type initializers,
    /// finalizers) do not record the frame that triggered them.
    public func currentManagedFrames() -> [ManagedFrame] {
        var frames: [ManagedFrame] = []
        func add(_ block: UnsafeRawPointer, _ pc: UnsafePointer<UInt32>, returnAddress: Bool) {
            let imported = ImportedMethod.of(block)
            let code = (block + CompiledMethodLayout.codeOffset).assumingMemoryBound(to: UInt32.self)
            // A record holds the return address; the call is the word before it.
            let word = pc - code - (returnAddress ? 1 : 0)
            frames.append(ManagedFrame(method: imported.method, ilOffset: imported.traceILOffset(ofIR: max(0, word))))
        }
        if let caller = thread.pointee.nativeCaller, let pc = thread.pointee.nativeCallerPC {
            add(caller, pc, returnAddress: false)
        }
        var record = thread.pointee.controlTop
        while record > thread.pointee.controlBase {
            record -= 1
            add(record.pointee.method, record.pointee.pc, returnAddress: true)
        }
        return frames
    }

    /// Runs `method` from a native body with `arguments` (8-byte slots: value types whole, in as
    /// many slots as they need; int32 and smaller sign- or zero-extended as their stack type is;
    /// float32 in the low 4 bytes), as a nested loop above the innermost frame. The native body's
    /// caller gets a control record first (see the file comment). Returns the status and the
    /// callee's frame, which holds the result at offset 0 until the next call from the runtime.
    func callFromNative(_ method: RuntimeMethod, _ arguments: [UInt64]) -> (status: ExecutionStatus, frame: UnsafeMutableRawPointer?) {
        let top = thread.pointee.controlTop
        guard let caller = thread.pointee.nativeCaller, let pc = thread.pointee.nativeCallerPC, top < thread.pointee.controlLimit else {
            return callManagedReturningFrame(method, arguments)
        }
        // callNative is 6 words: the record's return address is the word after it.
        top.pointee = ControlRecord(pc: pc + 6, frame: thread.pointee.stackTop, method: caller)
        thread.pointee.controlTop = top + 1
        let saved = (thread.pointee.nativeCallee, thread.pointee.nativeCaller, thread.pointee.nativeCallerPC)
        defer {
            thread.pointee.controlTop = top
            (thread.pointee.nativeCallee, thread.pointee.nativeCaller, thread.pointee.nativeCallerPC) = saved
        }
        return callManagedReturningFrame(method, arguments)
    }
}
