// Reverse P/Invoke: a delegate passed to C (or Marshal.GetFunctionPointerForDelegate) becomes a
// C function pointer, a libffi closure whose handler converts the C arguments, calls the
// delegate's method as a call from the runtime and converts its result back.
//
// One closure per delegate object, made on first need; the delegate is then kept alive for the
// rest of the run (mono's thunk lives as long as its delegate, which the program must keep
// alive; keeping it is the safe side of that contract, at the cost of never freeing the thunk).
// An exception leaving the delegate cannot unwind through C frames: it waits (as the thread's
// pending exception), later callbacks of the same native call return 0 at once, and the stub
// raises it when the native function returns.
import CFFI
import IlexMetadata

/// How a value crosses between a C callback argument (or result) and a managed slot.
enum CallbackValue {
    case void
    case integer(size: Int, signed: Bool)
    case float32, float64
    case pointer
    case boolean(size: Int)
}

/// The C signature of a delegate type's Invoke, made once per delegate type.
final class ReverseSignature {
    let cif: UnsafeMutablePointer<ffi_cif>
    let argumentTypes: UnsafeMutablePointer<UnsafeMutablePointer<ffi_type>?>
    let parameters: [CallbackValue]
    let result: CallbackValue

    init(delegateType: RuntimeType, system: TypeSystem) throws {
        guard let invoke = try delegateType.methods().first(where: { $0.name == "Invoke" && !$0.isStatic }) else {
            throw ImportError(kind: .invalidProgram, method: delegateType.description, ilOffset: nil, reason: "a delegate type without Invoke")
        }
        let signature = try invoke.signature()
        func unsupported(_ what: String, _ type: RuntimeType) -> ImportError {
            ImportError(kind: .notImplemented, method: invoke.description, ilOffset: nil,
                        reason: "a delegate of type \(delegateType) cannot be called from native code: its \(what) (\(type)) does not cross yet")
        }
        func value(_ type: RuntimeType, what: String) throws -> (CallbackValue, UnsafeMutablePointer<ffi_type>) {
            if type === system.wellKnown.void { return (.void, cffi_type_void()) }
            switch type.kind {
            case .pointer, .functionPointer: return (.pointer, cffi_type_pointer())
            case .definition where type.isValueType: break
            default: throw unsupported(what, type)
            }
            var primitiveType = type
            if type.isEnum, let underlying = try type.underlyingType() { primitiveType = underlying }
            guard let primitive = primitiveType.primitive else { throw unsupported(what, type) }
            switch primitive {
            case .boolean: return (.boolean(size: 4), cffi_type_sint32())
            case .char: return (.integer(size: 1, signed: false), cffi_type_uint8())
            case .int8, .int16, .int32:
                let size = RuntimeType.primitiveSize(primitive)
                return (.integer(size: size, signed: true), Marshaling.integerType(size: size, signed: true))
            case .uint8, .uint16, .uint32:
                let size = RuntimeType.primitiveSize(primitive)
                return (.integer(size: size, signed: false), Marshaling.integerType(size: size, signed: false))
            case .int64, .uint64, .intPtr, .uintPtr: return (.pointer, Marshaling.ffiType(of: primitive)!)
            case .float32: return (.float32, cffi_type_float())
            case .float64: return (.float64, cffi_type_double())
            default: throw unsupported(what, type)
            }
        }
        var parameters: [CallbackValue] = []
        argumentTypes = .allocate(capacity: max(1, signature.parameterTypes.count))
        for (i, type) in signature.parameterTypes.enumerated() {
            let (kind, ffi) = try value(type, what: "parameter \(i + 1)")
            parameters.append(kind)
            argumentTypes[i] = ffi
        }
        let (result, resultType) = try value(signature.returnType, what: "return value")
        self.parameters = parameters
        self.result = result
        cif = .allocate(capacity: 1)
        guard ffi_prep_cif(cif, cffi_default_abi(), UInt32(parameters.count), resultType, argumentTypes) == FFI_OK else {
            throw unsupported("signature", delegateType)
        }
    }
}

/// The C function pointer of one delegate.
final class ReverseThunk {
    unowned let interop: Interop
    let signature: ReverseSignature
    let delegate: UnsafeMutableRawPointer
    let closure: UnsafeMutableRawPointer
    let code: UnsafeMutableRawPointer

    init?(interop: Interop, signature: ReverseSignature, delegate: UnsafeMutableRawPointer) {
        self.interop = interop
        self.signature = signature
        self.delegate = delegate
        var code: UnsafeMutableRawPointer?
        guard let closure = ffi_closure_alloc(MemoryLayout<ffi_closure>.size, &code), let code else { return nil }
        self.closure = closure
        self.code = code
        let status = ffi_prep_closure_loc(closure.assumingMemoryBound(to: ffi_closure.self), signature.cif, reverseEntry,
                                          Unmanaged.passUnretained(self).toOpaque(), code)
        guard status == FFI_OK else { return nil }
    }

    /// One call from C: arguments converted into 8-byte slots, the delegate's method run, the result converted.
    func run(_ result: UnsafeMutableRawPointer, _ arguments: UnsafeMutablePointer<UnsafeMutableRawPointer?>) {
        let runtime = interop.runtime
        let thread = runtime.thread
        if interop.callbackFailed {
            result.storeBytes(of: 0, as: UInt64.self)
            return
        }
        var words: [UInt64] = []
        words.reserveCapacity(signature.parameters.count + 1)
        let descriptor = delegate.load(fromByteOffset: DelegateLayout.methodOffset, as: UnsafeRawPointer.self)
        let target = delegate.load(fromByteOffset: DelegateLayout.targetOffset, as: UnsafeRawPointer?.self)
        let flags = descriptor.load(fromByteOffset: MethodDescriptorLayout.flagsOffset, as: UInt32.self)
        if !(flags & MethodDescriptorLayout.staticMethod != 0 && target == nil) {
            let this = flags & MethodDescriptorLayout.valueTypeThis != 0 ? target.map { $0 + ObjectLayout.headerSize } : target
            words.append(UInt64(UInt(bitPattern: this)))
        }
        for (i, kind) in signature.parameters.enumerated() {
            let value = UnsafeRawPointer(arguments[i].unsafelyUnwrapped)
            switch kind {
            case .void: break
            case .integer(let size, let signed): words.append(UInt64(bitPattern: PInvokeStub.loadInteger(value, size: size, signed: signed)))
            case .float32: words.append(UInt64(value.load(as: UInt32.self)))
            case .float64, .pointer: words.append(value.load(as: UInt64.self))
            case .boolean(let size): words.append(PInvokeStub.loadInteger(value, size: size, signed: false) != 0 ? 1 : 0)
            }
        }
        let saved = (thread.pointee.nativeCallee, thread.pointee.nativeCaller)
        let (status, frame) = runtime.callManagedReturningFrame(MethodDescriptorLayout.method(of: descriptor), words)
        (thread.pointee.nativeCallee, thread.pointee.nativeCaller) = saved
        guard status == .completed, let frame else {
            interop.callbackFailed = true
            interop.callbackStatus = status.rawValue
            result.storeBytes(of: 0, as: UInt64.self)
            return
        }
        switch signature.result {
        case .void: break
        case .integer(let size, let signed): result.storeBytes(of: PInvokeStub.loadInteger(frame, size: size, signed: signed), as: Int64.self)
        case .float32: result.storeBytes(of: frame.load(as: UInt32.self), as: UInt32.self)
        case .float64, .pointer: result.storeBytes(of: frame.load(as: UInt64.self), as: UInt64.self)
        case .boolean(let size): result.storeBytes(of: PInvokeStub.loadInteger(frame, size: size, signed: false) != 0 ? 1 : 0, as: Int64.self)
        }
    }
}

/// The handler of every closure (libffi's signature).
private let reverseEntry: @convention(c) (UnsafeMutablePointer<ffi_cif>?, UnsafeMutableRawPointer?, UnsafeMutablePointer<UnsafeMutableRawPointer?>?,
                                          UnsafeMutableRawPointer?) -> Void = { _, result, arguments, thunk in
    Unmanaged<ReverseThunk>.fromOpaque(thunk.unsafelyUnwrapped).takeUnretainedValue().run(result.unsafelyUnwrapped, arguments.unsafelyUnwrapped)
}

extension Interop {
    /// The C function pointer that calls `delegate` (made once per delegate, which stays alive).
    func functionPointer(forDelegate delegate: UnsafeMutableRawPointer) throws -> UnsafeMutableRawPointer {
        if let thunk = reverseThunks[delegate] { return thunk.code }
        let type = MethodTable(delegate.load(as: UnsafeMutableRawPointer.self)).runtimeType
        let signature: ReverseSignature
        if let existing = reverseSignatures[ObjectIdentifier(type)] {
            signature = existing
        } else {
            signature = try ReverseSignature(delegateType: type, system: runtime.system)
            reverseSignatures[ObjectIdentifier(type)] = signature
        }
        guard let thunk = ReverseThunk(interop: self, signature: signature, delegate: delegate) else {
            throw ImportError(kind: .notImplemented, method: type.description, ilOffset: nil, reason: "libffi could not make a closure for a delegate")
        }
        runtime.keepAlive(delegate)
        reverseThunks[delegate] = thunk
        return thunk.code
    }
}
