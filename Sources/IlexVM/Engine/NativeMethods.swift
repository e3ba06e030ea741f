// Methods implemented in Swift: the internal calls of a class library and what a runtime must
// supply. The engine knows only this interface; the Mono corlib contract (module IlexMonoCorlib)
// registers its bodies here at startup (DESIGN.md §2). A body receives the calling thread's
// context and the callee frame: the arguments as 8-byte slots (`this` first; value types whole,
// rounded up to 8 bytes), and writes its result at offset 0 of the same frame.

/// A native method body. Returns 0, or an ExecutionStatus raw value (a failed runtime check, or
/// `exception` with the exception object set by `NativeContext.throwException`).
public typealias NativeMethodBody = @convention(c) (_ context: UnsafeMutableRawPointer, _ frame: UnsafeMutableRawPointer) -> UInt32

/// What a native method body may use: the runtime, allocation, strings, exceptions.
public struct NativeContext {
    let thread: UnsafeMutablePointer<ThreadState>

    public init(_ raw: UnsafeMutableRawPointer) { thread = raw.assumingMemoryBound(to: ThreadState.self) }

    public var runtime: Runtime { Unmanaged<Runtime>.fromOpaque(thread.pointee.runtime).takeUnretainedValue() }

    /// The method being called (which instantiation, for generic types' methods).
    public var callee: RuntimeMethod { MethodDescriptorLayout.method(of: thread.pointee.nativeCallee!) }

    /// The managed method that called the native method (Assembly.GetExecutingAssembly, …).
    public var caller: RuntimeMethod? { thread.pointee.nativeCaller.map { ImportedMethod.of($0).method } }

    /// Runs a managed method from native code (a constructor, a virtual method); nonzero status
    /// values are returned as the native body's own result.
    public func call(_ method: RuntimeMethod, _ arguments: [UInt64]) -> UInt32 {
        callReturningFrame(method, arguments).status
    }

    /// Runs a managed method from native code and gives its frame, whose offset 0 holds the
    /// result (the return type's storage size, low bytes first) until the next call from the
    /// runtime: reflection's Invoke with value-type arguments and results. The arguments are
    /// 8-byte slots as the callee's frame holds them: `this` first; value types whole over as
    /// many slots as they need; integers of 4 bytes or less as their int32 stack value
    /// sign-extended; float32 in the low 4 bytes. An exception thrown by the callee is the
    /// `exception` status with the object in `pendingException`.
    public func callReturningFrame(_ method: RuntimeMethod, _ arguments: [UInt64]) -> (status: UInt32, frame: UnsafeMutableRawPointer?) {
        let (status, frame) = runtime.callFromNative(method, arguments)
        return (status == .completed ? 0 : status.rawValue, frame)
    }

    /// Boxes the value of `type` at the start of `frame`, a frame `callReturningFrame` gave (a
    /// reference type's value is the reference itself; Nullable<T> boxes to null or a T). The
    /// frame stays a root while the box is allocated. Nil for null or when the heap is exhausted.
    public func boxResult(_ type: RuntimeType, in frame: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? {
        let saved = thread.pointee.stackTop
        let size = (try? type.storageSize().size) ?? 8
        if frame + size > saved { thread.pointee.stackTop = frame + max(size, 8) }
        defer { thread.pointee.stackTop = saved }
        return (try? runtime.box(type, valueAt: frame)) ?? nil
    }

    /// Runs `type`'s type initializer unless it has run or started (reflection's access to a
    /// static field, RuntimeHelpers.RunClassConstructor); an exception from it is raised as
    /// every access to the type raises it (TypeInitializationException).
    public func runTypeInitializer(of type: RuntimeType) -> UInt32 {
        guard let initializer = try? type.typeInitializer(), let table = try? type.methodTable() else { return 0 }
        let status = runtime.runTypeInitializer(table, initializer)
        return status == .completed ? 0 : status.rawValue
    }

    /// The managed frames of this thread, innermost first: the native body's caller, then its callers.
    public func managedFrames() -> [ManagedFrame] { runtime.currentManagedFrames() }

    /// The exception a call left (status `exception`), taken: the body handles it itself.
    public func takePendingException() -> UnsafeMutableRawPointer? {
        defer { thread.pointee.pendingException = nil }
        return thread.pointee.pendingException
    }

    /// Raises `exception` (a managed object) from the native body; returns the status to return.
    public func throwObject(_ exception: UnsafeMutableRawPointer) -> UInt32 {
        thread.pointee.pendingException = exception
        return ExecutionStatus.exception.rawValue
    }

    /// The exception being thrown on this thread, if any: hooks that run managed code outside
    /// an internal call save it and put it back (what their handlers throw is dropped).
    public var pendingException: UnsafeMutableRawPointer? {
        get { thread.pointee.pendingException }
        nonmutating set { thread.pointee.pendingException = newValue }
    }

    /// A zeroed object of a loaded type (nil when the heap is exhausted).
    public func allocate(_ type: RuntimeType, size: Int? = nil) -> UnsafeMutableRawPointer? {
        guard let table = try? type.methodTable() else { return nil }
        return runtime.allocate(table, size: size ?? table.baseSize)
    }

    /// A new zeroed one-dimensional, zero-based array (nil when the heap is exhausted).
    public func allocateVector(of element: RuntimeType, count: Int) -> UnsafeMutableRawPointer? {
        runtime.allocateVector(of: element, count: count)
    }

    /// Stores a reference into a field, an out or ref parameter or a struct inside an object,
    /// with the write barrier.
    public func storeReference(_ value: UnsafeRawPointer?, at address: UnsafeMutableRawPointer) {
        address.storeBytes(of: value, as: UnsafeRawPointer?.self)
        runtime.heap.markCard(address)
    }

    /// Stores a reference into element `index` of an array of references, with the write barrier.
    public func storeReference(_ value: UnsafeRawPointer?, intoElement index: Int, of array: UnsafeMutableRawPointer) {
        storeReference(value, at: array + ObjectLayout.arrayDataOffset + 8 * index)
    }

    /// A new object[] holding `items`.
    public func makeObjectArray(_ items: [UnsafeMutableRawPointer?]) -> UnsafeMutableRawPointer? {
        guard let array = allocateVector(of: runtime.system.wellKnown.object, count: items.count) else { return nil }
        for (i, item) in items.enumerated() { storeReference(item, intoElement: i, of: array) }
        return array
    }

    /// A new string of `length` characters, all NUL.
    public func allocateString(length: Int) -> UnsafeMutableRawPointer? {
        guard length >= 0, let table = try? runtime.system.wellKnown.string.methodTable(),
              let object = runtime.allocate(table, size: ObjectLayout.stringCharsOffset + (length + 1) * 2) else { return nil }
        object.storeBytes(of: Int32(length), toByteOffset: ObjectLayout.stringLengthOffset, as: Int32.self)
        return object
    }

    /// A new string with the text of `value`.
    public func makeString(_ value: String) -> UnsafeMutableRawPointer? {
        let units = Array(value.utf16)
        guard let object = allocateString(length: units.count) else { return nil }
        for (i, unit) in units.enumerated() { object.storeBytes(of: unit, toByteOffset: ObjectLayout.stringCharsOffset + 2 * i, as: UInt16.self) }
        return object
    }

    /// The text of a string object.
    public func string(_ object: UnsafeRawPointer) -> String {
        let length = Int(object.load(fromByteOffset: ObjectLayout.stringLengthOffset, as: Int32.self))
        let chars = (object + ObjectLayout.stringCharsOffset).assumingMemoryBound(to: UInt16.self)
        return String(decoding: UnsafeBufferPointer(start: chars, count: length), as: UTF16.self)
    }

    /// The loaded type of an object.
    public func type(of object: UnsafeRawPointer) -> RuntimeType {
        MethodTable(UnsafeMutableRawPointer(mutating: object.load(as: UnsafeRawPointer.self))).runtimeType
    }

    /// Raises a BCL exception made with its parameterless constructor (or with `message` through
    /// its (string) constructor); returns the status the body must return.
    public func throwException(_ typeName: String, message: String? = nil) -> UInt32 {
        let runtime = self.runtime
        let exception = message.flatMap { runtime.makeException(typeName, message: $0) } ?? runtime.makeException(typeName)
        guard let exception else { return ExecutionStatus.outOfMemory.rawValue }
        thread.pointee.pendingException = exception
        return ExecutionStatus.exception.rawValue
    }

    public static let success: UInt32 = 0
}

/// The registry the importer consults for methods without IL: keys are "Namespace.Type::Name"
/// or, to tell overloads apart, "Namespace.Type::Name(ParameterType,…)" with reflection names.
public final class NativeMethodTable {
    private var bodies: [String: NativeMethodBody] = [:]
    /// Keys whose body replaces the method's IL (intrinsics), not only a missing body.
    private var intrinsics: Set<String> = []
    /// The method names among `intrinsics` (after "::"): most calls are to none of them, and the
    /// full key is a string to build.
    private var intrinsicMethodNames: Set<String> = []

    public init() {}

    /// One body per method: a second registration of a key is a bug in the contract (two
    /// implementations of one internal call), caught when the runtime starts.
    public func register(_ key: String, _ body: NativeMethodBody) {
        if bodies.updateValue(body, forKey: key) != nil { fatalError("internal call \(key) registered twice") }
    }

    /// A body the runtime uses instead of the method's own IL, with the same semantics
    /// (intrinsics such as the creation of EqualityComparer<T>.Default).
    public func registerIntrinsic(_ key: String, _ body: NativeMethodBody) {
        register(key, body)
        intrinsics.insert(key)
        if let name = key.split(separator: ":").last { intrinsicMethodNames.insert(String(name)) }
    }

    /// The intrinsic replacing `method`'s IL, if any.
    func intrinsic(for method: RuntimeMethod) -> NativeMethodBody? {
        guard intrinsicMethodNames.contains(method.name) else { return nil }
        let name = Self.name(of: method)
        return intrinsics.contains(name) ? bodies[name] : nil
    }

    static func name(of method: RuntimeMethod) -> String {
        let type = method.declaringType.genericDefinition ?? method.declaringType
        var typeName = type.description
        if let bracket = typeName.firstIndex(of: "["), !type.typeArguments.isEmpty { typeName = String(typeName[..<bracket]) }
        return typeName + "::" + method.name
    }

    public var count: Int { bodies.count }

    /// Whether a body is registered for `method` (`ilex info --icalls`).
    public func hasBody(for method: RuntimeMethod) -> Bool { body(for: method) != nil }

    /// The body for `method`: by its full signature, then by name.
    func body(for method: RuntimeMethod) -> NativeMethodBody? {
        let name = Self.name(of: method)
        if let signature = try? method.signature() {
            let full = name + "(" + signature.parameterTypes.map(\.description).joined(separator: ",") + ")"
            if let body = bodies[full] { return body }
        }
        return bodies[name]
    }
}
