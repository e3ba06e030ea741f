// P/Invoke (ECMA-335 II.15.5): methods with `pinvokeimpl` call a C function of a native library
// through libffi. This file holds the per-runtime state: the library-name map a class-library
// contract fills (mono's dllmap), the loaded libraries, the stubs. NativeLibraries.swift resolves
// libraries and entry points, Marshaling.swift decides how each parameter crosses (II.23.4),
// PInvokeStub.swift makes the call, ReversePInvoke.swift turns delegates into C function pointers.
//
// Why libffi: a stub must call a C function whose signature is known only at run time, and the
// System V x86-64 (and AArch64) calling conventions classify struct arguments by their fields;
// libffi does exactly that, for every ABI, and also makes closures (C function pointers that call
// back into the runtime), so the engine needs no hand-written assembly per platform.
import CFFI
import IlexMetadata

public final class Interop {
    unowned(unsafe) let runtime: Runtime  // the runtime owns its interop state

    init(runtime: Runtime) { self.runtime = runtime }

    // MARK: Library and entry point names (dllmap)

    struct LibraryMapping {
        let name: String
        let ignoringCase: Bool
        let target: String
    }
    struct EntryMapping {
        let library: String
        let ignoringCase: Bool
        let name: String
        let targetLibrary: String?
        let target: String
    }
    private var libraryMappings: [LibraryMapping] = []
    private var entryMappings: [EntryMapping] = []

    /// Maps a library name as DllImport spells it to the file to load (mono's `<dllmap dll=… target=…>`).
    /// A later mapping of the same name wins.
    public func mapLibrary(_ name: String, to target: String, ignoringCase: Bool = false) {
        libraryMappings.removeAll { $0.name == name && $0.ignoringCase == ignoringCase }
        libraryMappings.append(LibraryMapping(name: name, ignoringCase: ignoringCase, target: target))
    }

    /// Maps one entry point of a library to another name, optionally in another library (mono's
    /// `<dllentry dll=… name=… target=…>` inside a dllmap).
    public func mapEntryPoint(library: String, name: String, to target: String, inLibrary targetLibrary: String? = nil,
                              ignoringCase: Bool = false) {
        entryMappings.append(EntryMapping(library: library, ignoringCase: ignoringCase, name: name, targetLibrary: targetLibrary, target: target))
    }

    func mappedLibrary(_ name: String) -> String? {
        libraryMappings.last { $0.name == name || ($0.ignoringCase && $0.name.lowercased() == name.lowercased()) }?.target
    }

    func mappedEntry(library: String, name: String) -> EntryMapping? {
        entryMappings.last {
            ($0.library == library || ($0.ignoringCase && $0.library.lowercased() == library.lowercased())) && $0.name == name
        }
    }

    // MARK: State

    /// dlopen handles by the name that was loaded, and names known to be missing.
    var libraries: [String: UnsafeMutableRawPointer] = [:]
    var missingLibraries: Set<String> = []
    /// C functions registered as internal calls, by NativeMethodTable key.
    var cFunctions: [String: UnsafeMutableRawPointer] = [:]
    /// Every stub made (their descriptors point to them).
    var stubs: [PInvokeStub] = []
    /// libffi struct types by value type, made once.
    var structTypes: [ObjectIdentifier: UnsafeMutablePointer<ffi_type>] = [:]
    /// Function pointers made for delegates (reverse P/Invoke), by delegate object.
    var reverseThunks: [UnsafeMutableRawPointer: ReverseThunk] = [:]
    /// Signatures of delegate types called from native code, by delegate type.
    var reverseSignatures: [ObjectIdentifier: ReverseSignature] = [:]
    /// Set when managed code called back from native code threw: the exception waits in the
    /// thread's pendingException until the native call returns to its stub, which raises it.
    var callbackFailed = false
    /// The status that failure returns (an ExecutionStatus raw value).
    var callbackStatus: UInt32 = 0

    // MARK: Binding

    /// The native body that runs `method`, a `pinvokeimpl` method, preparing its stub on first
    /// use; throws NotImplementedException (ImportError) naming the parameter Ilex cannot marshal.
    func entry(for method: RuntimeMethod) throws -> NativeMethodBody {
        let descriptor = method.descriptor
        if descriptor.load(fromByteOffset: MethodDescriptorLayout.pinvokeStubOffset, as: UnsafeRawPointer?.self) == nil {
            let stub = try PInvokeStub(method: method, interop: self)
            stubs.append(stub)
            descriptor.storeBytes(of: Unmanaged.passUnretained(stub).toOpaque(), toByteOffset: MethodDescriptorLayout.pinvokeStubOffset,
                                  as: UnsafeMutableRawPointer.self)
        }
        return pinvokeEntry
    }

    /// For call sites: the body of a P/Invoke method, or nil when it is none or cannot be prepared
    /// (the call then goes through the method's import, which reports why).
    func body(for method: RuntimeMethod) -> NativeMethodBody? {
        guard method.flags.contains(.pinvokeImpl) else { return nil }
        return try? entry(for: method)
    }
}

extension Interop {
    /// Registers a C function as the body of the internal call `key` (NativeMethodTable's
    /// "Namespace.Type::Name"): what mono's embedding API mono_add_internal_call does for native
    /// libraries such as libmono-native. The C function receives the arguments as the engine
    /// stores them (objects as pointers) through libffi, with the method's signature.
    public func registerCFunction(_ function: UnsafeMutableRawPointer, asInternalCall key: String) {
        cFunctions[key] = function
        runtime.nativeMethods.register(key, cFunctionEntry)
    }

    /// The errno a C function reported (mono_marshal_set_last_error), for Marshal.GetLastWin32Error.
    public func recordLastError(_ value: Int32) { runtime.thread.pointee.lastPInvokeError = value }

    /// The stub of an internal call registered as a C function, made at its first call.
    func cFunctionStub(for descriptor: UnsafeRawPointer) throws -> UnsafeRawPointer {
        if let stub = descriptor.load(fromByteOffset: MethodDescriptorLayout.pinvokeStubOffset, as: UnsafeRawPointer?.self) { return stub }
        let method = MethodDescriptorLayout.method(of: descriptor)
        guard let function = cFunctions[NativeMethodTable.name(of: method)] else {
            throw ImportError(kind: .notImplemented, method: method.description, ilOffset: nil, reason: "no C function is registered for \(method)")
        }
        let stub = try PInvokeStub(method: method, interop: self, cFunction: function)
        stubs.append(stub)
        let raw = Unmanaged.passUnretained(stub).toOpaque()
        UnsafeMutableRawPointer(mutating: descriptor).storeBytes(of: raw, toByteOffset: MethodDescriptorLayout.pinvokeStubOffset, as: UnsafeMutableRawPointer.self)
        return UnsafeRawPointer(raw)
    }
}

/// The body of internal calls implemented by C functions.
let cFunctionEntry: NativeMethodBody = { context, frame in
    let thread = context.assumingMemoryBound(to: ThreadState.self)
    let descriptor = thread.pointee.nativeCallee.unsafelyUnwrapped
    var raw = descriptor.load(fromByteOffset: MethodDescriptorLayout.pinvokeStubOffset, as: UnsafeRawPointer?.self)
    if _slowPath(raw == nil) {
        let native = NativeContext(context)
        do {
            raw = try native.runtime.interop.cFunctionStub(for: descriptor)
        } catch let error as ManagedExceptionMapping {
            return native.throwException(error.managedExceptionType, message: error.managedMessage)
        } catch {
            return native.throwException("System.NotImplementedException", message: "\(error)")
        }
    }
    return Unmanaged<PInvokeStub>.fromOpaque(raw.unsafelyUnwrapped)._withUnsafeGuaranteedRef { $0.invoke(thread, frame) }
}

/// What every P/Invoke call runs (through `callNative`): the stub the callee's descriptor holds.
let pinvokeEntry: NativeMethodBody = { context, frame in
    let thread = context.assumingMemoryBound(to: ThreadState.self)
    let descriptor = thread.pointee.nativeCallee.unsafelyUnwrapped
    let raw = descriptor.load(fromByteOffset: MethodDescriptorLayout.pinvokeStubOffset, as: UnsafeRawPointer.self)
    return Unmanaged<PInvokeStub>.fromOpaque(raw)._withUnsafeGuaranteedRef { $0.invoke(thread, frame) }
}

extension NativeContext {
    /// The errno a `SetLastError=true` P/Invoke call left (Marshal.GetLastWin32Error), and its setter.
    public var lastPInvokeError: Int32 {
        get { thread.pointee.lastPInvokeError }
        nonmutating set { thread.pointee.lastPInvokeError = newValue }
    }

    /// A C function pointer that calls `delegate` (Marshal.GetFunctionPointerForDelegate); nil with
    /// an exception raised (the status in `status`) when the delegate's signature cannot cross.
    public func functionPointer(forDelegate delegate: UnsafeMutableRawPointer) -> (pointer: UnsafeMutableRawPointer?, status: UInt32) {
        let runtime = self.runtime
        do {
            return (try runtime.interop.functionPointer(forDelegate: delegate), NativeContext.success)
        } catch let error as ManagedExceptionMapping {
            return (nil, throwException(error.managedExceptionType, message: error.managedMessage))
        } catch {
            return (nil, throwException("System.NotImplementedException", message: "\(error)"))
        }
    }

    /// The size of a value of `type` in native memory when it is blittable (Marshal.SizeOf), else nil.
    public func nativeSize(of type: RuntimeType) -> Int? {
        guard (try? Marshaling.isBlittable(type, in: runtime.system)) == true else { return nil }
        return try? type.storageSize().size
    }
}
