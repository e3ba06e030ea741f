// The runtime: owns the type system, imports methods on first call, and runs a program's entry
// point on the main thread's VM stack. What the engine cannot do yet (objects, exceptions that
// managed code could catch, the class library) ends the run with an error naming it.

/// An exception the program did not catch (while the engine cannot yet create managed exception
/// objects, the type name stands for the object), or an import failure.
#if canImport(Glibc)
import Glibc
#endif
import CIlexSupport

public struct UnhandledException: Error, CustomStringConvertible {
    public let typeName: String
    public let message: String
    /// Method and IL offset where it was raised.
    public let location: String
    /// The managed frames it passed, as mono prints them ("  at Type.Method (args) [0x…] in <mvid>:0 ").
    public var trace: [String] = []

    public init(typeName: String, message: String, location: String, trace: [String] = []) {
        (self.typeName, self.message, self.location, self.trace) = (typeName, message, location, trace)
    }

    public var description: String { "Unhandled Exception: \(typeName)\(message.isEmpty ? "" : ": " + message)\n  at \(location)" }

    /// What mono prints on stderr for an exception nobody catches.
    public var monoReport: String {
        let headline = typeName + (message.isEmpty ? "" : ": " + message)
        let frames = trace.map { $0 + "\n" }.joined()
        return "\nUnhandled Exception:\n\(headline)\n\(frames)[ERROR] FATAL UNHANDLED EXCEPTION: \(headline)\n\(frames)"
    }
}

public final class Runtime: RootProvider {
    public let system: TypeSystem
    public let heap: Heap
    let collector: Collector
    /// The managed System.Threading.Thread of the main thread, once the class library asked.
    public var mainThreadObject: UnsafeMutableRawPointer?
    /// What the class library contract keeps for this runtime (IlexMonoCorlib: exit code, command
    /// line, file handles); the engine never looks inside.
    public var classLibraryState: AnyObject?
    /// The assembly whose entry point runs (Assembly.GetEntryAssembly, the AppDomain's setup).
    public private(set) var entryAssembly: LoadedAssembly?
    /// Called with an exception nobody caught on the main thread, before the runtime reports it
    /// and the process ends (mono raises AppDomain.UnhandledException there). Set by the contract.
    public var unhandledExceptionHook: ((UnsafeMutableRawPointer) -> Void)?
    /// GCHandles and weak references.
    public let handles = HandleTable()
    /// The main thread's thread-static fields.
    public let threadStatics = ThreadStaticStorage()
    /// Object monitors (one managed thread for now).
    public let monitors = MonitorTable()
    /// Bodies of internal calls and runtime methods, registered by the class library contract.
    public let nativeMethods = NativeMethodTable()
    /// Interned string literals (ldstr): roots, and the same object for the same text.
    /// Keyed by UTF-16 code units: Swift's String equality is canonical equivalence, under which
    /// "caf\u{E9}" and "cafe\u{301}" would be one literal.
    private var internedStrings: [[UInt16]: UnsafeMutableRawPointer] = [:]
    public private(set) var importedMethods: [ImportedMethod] = []
    public private(set) var importedILBytes = 0
    /// The last import failure, reported when a call site could not prepare its callee.
    private var lastImportError: Error?

    /// The main (only) thread's state; internal for P/Invoke callbacks (Interop/ReversePInvoke.swift).
    let thread: UnsafeMutablePointer<ThreadState>
    /// P/Invoke state: library map, loaded libraries, stubs (Interop/).
    public private(set) lazy var interop = Interop(runtime: self)
    public static let stackBytes = 8 << 20
    public static let controlRecords = 1 << 18
    public static let locallocBytes = 1 << 20
    /// What stays for making and handling a StackOverflowException (ThreadState.stackLimit).
    static let stackReserveBytes = 512 << 10
    static let controlReserveRecords = 4096

    public init(system: TypeSystem, heap configuration: HeapConfiguration = HeapConfiguration()) {
        self.system = system
        heap = Heap(configuration: configuration)
        collector = Collector(heap: heap)
        let stack = UnsafeMutableRawPointer.allocate(byteCount: Self.stackBytes, alignment: 16)
        let control = UnsafeMutablePointer<ControlRecord>.allocate(capacity: Self.controlRecords)
        let localloc = UnsafeMutableRawPointer.allocate(byteCount: Self.locallocBytes, alignment: 16)
        thread = UnsafeMutablePointer<ThreadState>.allocate(capacity: 1)
        let stackSoftLimit = stack + Self.stackBytes - Self.stackReserveBytes
        let controlSoftLimit = control + Self.controlRecords - Self.controlReserveRecords
        thread.initialize(to: ThreadState(stackBase: stack, stackLimit: stackSoftLimit, controlBase: control, controlLimit: controlSoftLimit,
                                          stackHardLimit: stack + Self.stackBytes, controlHardLimit: control + Self.controlRecords,
                                          stackSoftLimit: stackSoftLimit, controlSoftLimit: controlSoftLimit, faultMethod: nil, faultWord: 0,
                                          runtime: UnsafeRawPointer(Unmanaged.passUnretained(self).toOpaque()), instructionsExecuted: 0,
                                          stackTop: stack, controlTop: control, pendingException: nil, filterVerdict: 0, nativeCallee: nil, nativeCaller: nil, nativeCallerPC: nil,
                                          threadStaticBlocks: threadStatics.blocks,
                                          locallocCursor: localloc, locallocLimit: localloc + Self.locallocBytes,
                                          allocation: heap.context, heapBase: heap.base, heapBytes: heap.reservedBlocks * Heap.blockSize, cards: heap.cards))
        collector.roots = self
        collector.handles = handles
    }

    // MARK: Memory

    /// A zeroed object of `size` bytes of type `table`, collecting first when the allocation
    /// budget is spent (or always, under GC stress); nil when even a collection leaves no room.
    public func allocate(_ table: MethodTable, size: Int) -> UnsafeMutableRawPointer? {
        // The allowance since the last collection is spent (always, under GC stress): collect first.
        if heap.context.pointee.budget < size { collector.collect() }
        var object = heap.allocateWithoutCollecting(size)
        if object == nil {
            collector.collect()
            object = heap.allocateWithoutCollecting(size)
        }
        guard let object else { return nil }
        object.storeBytes(of: table.raw, as: UnsafeMutableRawPointer.self)
        if table.flags.contains(.hasFinalizer) { heap.finalizable.append(object) }
        return object
    }

    /// A zeroed one-dimensional, zero-based array of `count` elements (nil when the heap is exhausted).
    public func allocateVector(of element: RuntimeType, count: Int) -> UnsafeMutableRawPointer? {
        guard count >= 0, let table = try? system.szArray(of: element).methodTable() else { return nil }
        let (bytes, overflow) = count.multipliedReportingOverflow(by: table.componentSize)
        guard !overflow, let array = allocate(table, size: table.baseSize + bytes) else { return nil }
        array.storeBytes(of: count, toByteOffset: ObjectLayout.arrayLengthOffset, as: Int.self)
        return array
    }

    /// A zeroed multi-dimensional array (its type's rank lengths and lower bounds): the elements,
    /// then the bounds entries (ObjectLayout). A negative length or a total beyond Int32 is an
    /// overflow; nil with `.outOfMemory` when the heap is exhausted.
    public func allocateArray(_ table: MethodTable, lengths: [Int], lowerBounds: [Int]) -> (UnsafeMutableRawPointer?, ExecutionStatus) {
        var total = 1
        for length in lengths {
            let (product, overflow) = total.multipliedReportingOverflow(by: length)
            if length < 0 || overflow || product > Int(Int32.max) { return (nil, .overflow) }
            total = product
        }
        let dataEnd = (table.baseSize + total * table.componentSize + 7) & ~7
        guard let array = allocate(table, size: dataEnd + lengths.count * ObjectLayout.arrayBoundsEntrySize) else { return (nil, .outOfMemory) }
        array.storeBytes(of: total, toByteOffset: ObjectLayout.arrayLengthOffset, as: Int.self)
        array.storeBytes(of: array + dataEnd, toByteOffset: ObjectLayout.arrayBoundsOffset, as: UnsafeMutableRawPointer.self)
        for (d, (length, lower)) in zip(lengths, lowerBounds).enumerated() {
            let entry = array + dataEnd + d * ObjectLayout.arrayBoundsEntrySize
            entry.storeBytes(of: length, as: Int.self)
            entry.storeBytes(of: Int32(truncatingIfNeeded: lower), toByteOffset: 8, as: Int32.self)
        }
        return (array, .completed)
    }

    /// The object for a value of `type` stored at `address` (III.4.1 box): a reference type's
    /// value is the reference itself; a Nullable<T> boxes to null or to a boxed T. Nil when the
    /// heap is exhausted (and for a null reference or an empty Nullable<T>).
    public func box(_ type: RuntimeType, valueAt address: UnsafeRawPointer) throws -> UnsafeMutableRawPointer? {
        guard type.isValueType else { return address.load(as: UnsafeMutableRawPointer?.self) }
        var type = type, address = address
        if let underlying = type.nullableArgument {
            guard address.load(as: UInt8.self) != 0 else { return nil }  // hasValue is the first field
            guard let value = try type.field(named: "value") else { return nil }
            address += value.offset
            type = underlying
        }
        let table = try type.methodTable()
        let size = try type.storageSize().size
        guard let object = allocate(table, size: ObjectLayout.headerSize + size) else { return nil }
        (object + ObjectLayout.headerSize).copyMemory(from: address, byteCount: size)
        if table.flags.contains(.containsReferences) { heap.recordReferenceStores(in: object, size: ObjectLayout.headerSize + size) }
        return object
    }

    /// Roots: statics blocks precisely, interned strings, and the VM stack conservatively.
    func scanRoots(_ collector: Collector) {
        for (block, offsets) in system.staticRoots { collector.markSlots(block, offsets) }
        for object in internedStrings.values { collector.markObject(object) }
        for object in keptAlive { collector.markObject(object) }
        for object in temporaryRoots { collector.markObject(object) }
        if let beingFinalized { collector.markObject(beingFinalized) }
        for (region, bytes) in savedFrameRegions { collector.markRange(region, region + bytes) }
        for (block, offsets) in threadStatics.roots { collector.markSlots(block, offsets) }
        collector.markRange(thread.pointee.stackBase, thread.pointee.stackTop)
        if let exception = thread.pointee.pendingException { collector.markObject(exception) }
    }

    /// `--trace=SPEC`: the methods that print their entries and exits (and internal calls theirs).
    public var traceFilter = TraceFilter()
    func isTraced(_ method: RuntimeMethod) -> Bool {
        !traceFilter.isEmpty && traceFilter.matches(method)
    }
    /// `--print-ir=SPEC`: the methods whose IR is printed (on stderr) as they are imported, generic
    /// instantiations included (`ilex ir` shows only what a file's definitions import to).
    public var irFilter = TraceFilter()
    func traceOutput(_ line: String) {
        var text = line + "\n"
        text.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
    }

    /// The stack trace of the exception being dispatched (method and IR word per frame, up to
    /// the frame that catches it): a rethrow of it, or its dispatch continuing in an outer loop,
    /// adds frames; another exception starts a new trace. The class library keeps each
    /// exception's trace through `traceObserver` (Exception.StackTrace).
    private var tracedException: UInt = 0
    /// A managed frame (method and IR word), or an internal call the exception left.
    private struct TraceEntry {
        let imported: ImportedMethod?
        let word: Int
        let native: RuntimeMethod?
        var frame: ManagedFrame {
            if let native { return ManagedFrame(method: native, ilOffset: -1, isNativeWrapper: true) }
            return ManagedFrame(method: imported!.method, ilOffset: imported!.traceILOffset(ofIR: word))
        }
        func same(_ other: TraceEntry) -> Bool { imported === other.imported && word == other.word && native === other.native }
    }
    private var trace: [TraceEntry] = []
    /// Exceptions dispatched (`--stats`): each new exception object once, however many frames
    /// and rethrows its dispatch goes through.
    public private(set) var exceptionsThrown = 0

    /// `nativeCallee`: the internal call the innermost frame was calling when the exception left
    /// it (mono shows it as a `(wrapper managed-to-native)` frame).
    func recordTrace(_ exception: UnsafeMutableRawPointer, _ frames: [(ImportedMethod, Int)], nativeCallee: RuntimeMethod? = nil) {
        if tracedException != UInt(bitPattern: exception) {
            tracedException = UInt(bitPattern: exception)
            trace = []
            exceptionsThrown += 1
        }
        let count = trace.count
        var entries = frames.map { TraceEntry(imported: $0.0, word: $0.1, native: nil) }
        if let nativeCallee { entries.insert(TraceEntry(imported: nil, word: 0, native: nativeCallee), at: 0) }
        // A rethrow continues the trace from the frame that rethrows: its earlier entry (where
        // it caught the exception) is replaced.
        if let first = entries.first, first.native == nil, let last = trace.last, last.imported === first.imported, last.word != first.word { trace.removeLast() }
        for entry in entries where !trace.contains(where: { $0.same(entry) }) { trace.append(entry) }
        if let traceObserver, trace.count != count {
            traceObserver(exception, trace.map(\.frame))
        }
    }

    /// Called (during exception dispatch, where allocating is safe) each time the recorded stack
    /// trace of a thrown exception grows, with the whole trace so far, innermost frame first: the
    /// class library keeps it with the exception object (Mono's `Exception._stackTrace`), which
    /// Exception.StackTrace and StackTrace(Exception) read.
    public var traceObserver: ((_ exception: UnsafeMutableRawPointer, _ trace: [ManagedFrame]) -> Void)?

    /// The reflection contract's per-runtime state (IlexMonoCorlib: caches of MethodInfo,
    /// FieldInfo, … objects and member descriptors); the engine never looks inside.
    public var reflectionState: AnyObject?

    /// The recorded trace of an exception in mono's format.
    public func traceLines(_ exception: UnsafeMutableRawPointer) -> [String] {
        (tracedException == UInt(bitPattern: exception) ? trace : []).map { entry in
            if let native = entry.native { return "  at " + native.monoWrapperName }
            let imported = entry.imported!
            let method = imported.method
            let il = imported.traceILOffset(ofIR: entry.word)
            var parameters: [String] = []
            if let handle = method.handle, let reader = method.declaringType.reader, let signature = try? method.signature() {
                var names: [Int: String] = [:]
                for p in reader.method(handle).parameters { let row = reader.parameter(p); names[row.sequenceNumber] = row.name }
                parameters = signature.parameterTypes.enumerated().map { "\($1) \(names[$0 + 1] ?? "")" }
            }
            let mvid = method.declaringType.reader.flatMap { $0.guid($0.module.mvid) }.map(formatGuid) ?? "{}"
            let module = mvid.filter { $0 != "{" && $0 != "}" && $0 != "-" }.lowercased()
            let hex = String(il, radix: 16)
            return "  at \(method.declaringType).\(method.name) (\(parameters.joined(separator: ", "))) [0x\(String(repeating: "0", count: max(0, 5 - hex.count)) + hex)] in <\(module)>:0 "
        }
    }

    /// Objects the runtime holds for the program's lifetime (type objects, …): roots.
    private var keptAlive: [UnsafeMutableRawPointer] = []
    public func keepAlive(_ object: UnsafeMutableRawPointer) { keptAlive.append(object) }

    /// What native code uses on the main thread outside any internal call: the class library's
    /// work around the entry point (AppDomain.ProcessExit handlers after Main returns).
    public var mainThreadContext: NativeContext { NativeContext(UnsafeMutableRawPointer(thread)) }
    /// Objects a native body holds only in Swift memory (not on a stack the collector scans)
    /// while it allocates more: roots until released. `temporaryRootCount` marks a level to
    /// release back to.
    private var temporaryRoots: [UnsafeMutableRawPointer] = []
    public func holdTemporarily(_ object: UnsafeMutableRawPointer?) { if let object { temporaryRoots.append(object) } }
    public var temporaryRootCount: Int { temporaryRoots.count }
    public func releaseTemporaryRoots(downTo count: Int) { if temporaryRoots.count > count { temporaryRoots.removeLast(temporaryRoots.count - count) } }

    /// Collects now (GC.Collect, tests).
    public func collect() { collector.collect() }

    /// Runs the finalizer of each object the collector queued (GC.WaitForPendingFinalizers), as a
    /// call from the runtime; an exception leaving a finalizer ends that finalizer only. Returns 0.
    public func runPendingFinalizers() -> UInt32 {
        guard let finalize = try? system.wellKnown.object.method(named: "Finalize") else { return 0 }
        while !collector.finalizationQueue.isEmpty {
            let object = collector.finalizationQueue.removeFirst()
            beingFinalized = object  // reachable while its finalizer runs
            let type = MethodTable(object.load(as: UnsafeMutableRawPointer.self)).runtimeType
            if let target = try? type.resolveVirtual(finalize), target !== finalize {
                let saved = thread.pointee.pendingException
                _ = callManaged(target, [UInt64(UInt(bitPattern: object))])
                thread.pointee.pendingException = saved
            }
            beingFinalized = nil
        }
        return 0
    }
    private var beingFinalized: UnsafeMutableRawPointer?

    /// GC.ReRegisterForFinalize: the finalizer runs again when the object dies.
    public func reregisterForFinalization(_ object: UnsafeMutableRawPointer) {
        heap.setFinalizerSuppressed(object, false)
        if !heap.finalizable.contains(object) { heap.finalizable.append(object) }
    }

    private var tombstone: UnsafeMutableRawPointer?
    /// The object ConditionalWeakTable stores in the key slot of a dead entry (one per runtime).
    public func ephemeronTombstone() -> UnsafeMutableRawPointer? {
        if let tombstone { return tombstone }
        guard let table = try? system.wellKnown.object.methodTable(), let object = allocate(table, size: table.baseSize) else { return nil }
        internedStrings[Array("\u{0}ilex-tombstone".utf16)] = object  // rooted with the literals
        tombstone = object
        collector.ephemeronTombstone = object
        return object
    }

    /// GC.register_ephemeron_array: ConditionalWeakTable's (key, value) pairs, which the collector
    /// treats as ephemerons (a value lives only while its key does).
    public func registerEphemeronArray(_ array: UnsafeMutableRawPointer) {
        _ = ephemeronTombstone()
        collector.registerEphemeronArray(array)
    }

    /// String.Intern: the interned object with the text of `string`, which becomes the interned
    /// one when there is none yet. `onlyIfPresent` (String.IsInterned) returns nil instead.
    public func intern(_ string: UnsafeMutableRawPointer, text: String, onlyIfPresent: Bool = false) -> UnsafeMutableRawPointer? {
        let key = Array(text.utf16)
        if let existing = internedStrings[key] { return existing }
        if onlyIfPresent { return nil }
        internedStrings[key] = string
        return string
    }

    /// The interned string object for a literal (ldstr, II.24.2.4): one object per distinct text.
    public func internedString(_ text: String) throws -> UnsafeMutableRawPointer {
        let units = Array(text.utf16)
        if let existing = internedStrings[units] { return existing }
        let table = try system.wellKnown.string.methodTable()
        guard let object = allocate(table, size: ObjectLayout.stringCharsOffset + (units.count + 1) * 2) else {
            throw UnhandledException(typeName: "System.OutOfMemoryException", message: "", location: "ldstr")
        }
        object.storeBytes(of: Int32(units.count), toByteOffset: ObjectLayout.stringLengthOffset, as: Int32.self)
        for (i, unit) in units.enumerated() { object.storeBytes(of: unit, toByteOffset: ObjectLayout.stringCharsOffset + 2 * i, as: UInt16.self) }
        internedStrings[units] = object
        return object
    }

    deinit {
        thread.pointee.stackBase.deallocate()
        thread.pointee.controlBase.deallocate()
        thread.deallocate()
    }

    /// Bodies of methods the importer may inline (small, no exception clauses, nothing that
    /// wants a frame of its own), asked once per method: nil for the others.
    private var inliningBodies: [ObjectIdentifier: MethodBody?] = [:]
    /// `--no-inlining`: every call stays a call (to tell an inlining problem from others).
    public var inlines = true
    func inliningBody(of method: RuntimeMethod) -> MethodBody? {
        guard inlines else { return nil }
        if let known = inliningBodies[ObjectIdentifier(method)] { return known }
        var body: MethodBody?
        let excluded: MethodImplAttributes = [.noInlining, .synchronized, .internalCall]
        if method.implFlags.isDisjoint(with: excluded), !method.implFlags.isRuntimeImplemented, !method.flags.contains(.pinvokeImpl),
           !isTraced(method), let handle = method.handle, let reader = method.declaringType.assembly?.reader,
           let candidate = try? reader.methodBody(handle),
           candidate.codeSize <= (method.implFlags.contains(.aggressiveInlining) ? Importer.aggressiveInliningMaximumILBytes : Importer.inliningMaximumILBytes),
           candidate.exceptionRegions.isEmpty {
            body = candidate
        }
        inliningBodies[ObjectIdentifier(method)] = body
        return body
    }

    /// The imported code of `method`, importing it on first use.
    public func importMethod(_ method: RuntimeMethod) throws -> ImportedMethod {
        if let raw = method.descriptor.load(fromByteOffset: MethodDescriptorLayout.entryPointOffset, as: UnsafeRawPointer?.self) {
            return Unmanaged<ImportedMethod>.fromOpaque(raw.load(fromByteOffset: CompiledMethodLayout.importedOffset, as: UnsafeRawPointer.self))
                .takeUnretainedValue()
        }
        guard !method.containsGenericParameters else {
            throw ImportError(kind: .invalidProgram, method: method.description, ilOffset: nil, reason: "an open generic method cannot run")
        }
        let imported: ImportedMethod
        if let thunk = try nativeThunk(for: method) {
            imported = thunk
        } else {
            var importer = try Importer(method: method, system: system, runtime: self)
            imported = try importer.importMethod()
            importedILBytes += importer.body.codeSize
            if !irFilter.isEmpty && irFilter.matches(method) { traceOutput(imported.listing + "\n") }
        }
        importedMethods.append(imported)
        method.descriptor.storeBytes(of: imported.raw, toByteOffset: MethodDescriptorLayout.entryPointOffset, as: UnsafeMutableRawPointer?.self)
        return imported
    }

    /// A method reached through a vtable, interface map or delegate whose body is native (an
    /// internal call, an intrinsic or a P/Invoke stub) gets a small IR body that calls it:
    /// `callNative`, `ret`. A P/Invoke whose marshaling Ilex lacks fails here, naming the parameter.
    private func nativeThunk(for method: RuntimeMethod) throws -> ImportedMethod? {
        let isNative = method.implFlags.contains(.internalCall) || method.implFlags.isRuntimeImplemented
        let pinvoke = method.flags.contains(.pinvokeImpl) ? try interop.entry(for: method) : nil
        guard let body = nativeMethods.intrinsic(for: method) ?? (isNative ? nativeMethods.body(for: method) : nil) ?? pinvoke else { return nil }
        let signature = try method.signature()
        var argumentBytes = signature.hasThis ? 8 : 0
        for parameter in signature.parameterTypes { argumentBytes += max(8, (try parameter.storageSize().size + 7) / 8 * 8) }
        let resultBytes = signature.returnType === system.wellKnown.void ? 0 : max(8, (try signature.returnType.storageSize().size + 7) / 8 * 8)
        var code: [UInt32] = [UInt32(IROp.callNative.rawValue)]
        for word in [UInt(bitPattern: unsafeBitCast(body, to: UnsafeRawPointer.self)), UInt(bitPattern: method.descriptor)] {
            code.append(UInt32(truncatingIfNeeded: word))
            code.append(UInt32(truncatingIfNeeded: word >> 32))
        }
        code.insert(0, at: 3)  // argument base: the frame's own start
        switch resultBytes {
        case 0: code.append(UInt32(IROp.ret.rawValue))
        case 8: code += [UInt32(signature.returnType.primitive == .float32 ? IROp.ret4.rawValue : IROp.ret8.rawValue), 0]
        default: code += [UInt32(IROp.retN.rawValue), 0, UInt32(resultBytes)]
        }
        return ImportedMethod(method: method, code: code, frameSize: max(argumentBytes, resultBytes, 8), argumentSize: argumentBytes,
                              localsSize: 0, ilOffsets: [(0, 0)])
    }

    /// The managed exception for the last import failure: what the program uses is missing or
    /// broken (MissingMethodException, TypeLoadException, InvalidProgramException, …). Nil for a
    /// feature Ilex lacks, which must stay loud rather than be caught by the program.
    func exceptionForImportFailure() -> UnsafeMutableRawPointer? {
        guard let error = lastImportError as? ManagedExceptionMapping else { return nil }
        if let importError = error as? ImportError, importError.kind == .notImplemented { return nil }
        guard let exception = makeException(error.managedExceptionType, message: error.managedMessage) else { return nil }
        lastImportError = nil
        return exception
    }

    /// For the interpreter's slow path: the compiled block, or nil with the error remembered.
    func compiledCode(for method: RuntimeMethod) -> UnsafeRawPointer? {
        do {
            return UnsafeRawPointer(try importMethod(method).raw)
        } catch {
            lastImportError = error
            return nil
        }
    }

    /// Runs a static method whose arguments are int32s and returns its int32 result (0 for void):
    /// the entry point of a program. `Main(string[])` needs strings and arrays, which the engine
    /// does not create yet: that is an error naming it.
    public func runEntryPoint(of assembly: LoadedAssembly, arguments: [String] = []) throws -> Int32 {
        entryAssembly = assembly
        guard let entry = assembly.reader.entryPoint else {
            throw ImportError(kind: .invalidProgram, method: assembly.identity.name, ilOffset: nil, reason: "the assembly has no entry point")
        }
        let method = try system.method(entry.token, in: assembly)
        let signature = try method.signature()
        var argumentWords: [UInt64] = []
        if !signature.parameterTypes.isEmpty {
            let stringArray = try system.szArray(of: system.wellKnown.string)
            guard signature.parameterTypes.count == 1, signature.parameterTypes[0] === stringArray else {
                throw ImportError(kind: .invalidProgram, method: method.description, ilOffset: nil, reason: "an entry point takes no arguments or a string[]")
            }
            argumentWords = [UInt64(UInt(bitPattern: try makeStringArray(arguments)))]
        }
        // Main is a static method: a precise type initializer runs before it (II.10.5.3.1).
        let type = method.declaringType
        if !type.flags.contains(.beforeFieldInit), let initializer = try type.typeInitializer() {
            let status = runTypeInitializer(try type.methodTable(), initializer)
            if status != .completed { try reportFailure(status, of: initializer) }
        }
        let frame = try execute(method, arguments: argumentWords)
        return signature.returnType === system.wellKnown.void ? 0 : frame.load(as: Int32.self)
    }

    /// A string[] of new strings (the command line), kept alive by the entry frame.
    private func makeStringArray(_ values: [String]) throws -> UnsafeMutableRawPointer {
        guard let array = allocateVector(of: system.wellKnown.string, count: values.count) else {
            throw UnhandledException(typeName: "System.OutOfMemoryException", message: "", location: "startup")
        }
        // Reachable from nowhere the collector scans until Main's frame holds it: a runtime root
        // (the command line lives as long as the program anyway).
        keepAlive(array)
        for (i, value) in values.enumerated() {
            let string = try internedString(value)
            array.storeBytes(of: string, toByteOffset: ObjectLayout.arrayDataOffset + 8 * i, as: UnsafeMutableRawPointer.self)
        }
        return array
    }

    /// Runs a method at the bottom of the VM stack with `arguments` (8-byte slots); returns the
    /// frame, which holds the result.
    private func execute(_ method: RuntimeMethod, arguments: [UInt64] = []) throws -> UnsafeMutableRawPointer {
        let imported = try importMethod(method)
        let frame = thread.pointee.stackBase
        frame.initializeMemory(as: UInt8.self, repeating: 0, count: imported.frameSize)
        for (i, argument) in arguments.enumerated() { frame.storeBytes(of: argument, toByteOffset: 8 * i, as: UInt64.self) }
        thread.pointee.stackTop = frame + imported.frameSize
        let status = Interpreter.run(thread, method: imported.raw, frame: frame)
        if status != .completed { try reportFailure(status, of: method) }
        return frame
    }

    /// Throws what ended a run that did not complete: an import failure, or the exception nobody caught.
    private func reportFailure(_ status: ExecutionStatus, of method: RuntimeMethod) throws {
        switch status {
        case .completed:
            return
        case .importFailed:
            throw lastImportError ?? ImportError(kind: .invalidProgram, method: method.description, ilOffset: nil, reason: "import failed")
        case .exception:
            let exception = thread.pointee.pendingException!
            let type = MethodTable(exception.load(as: UnsafeMutableRawPointer.self)).runtimeType
            let report = UnhandledException(typeName: type.description, message: exceptionMessage(exception) ?? "", location: faultLocation(),
                                            trace: traceLines(exception))
            if let hook = unhandledExceptionHook {
                // The handlers run as calls from the runtime; the exception stays a root meanwhile.
                unhandledExceptionHook = nil
                keepAlive(exception)
                thread.pointee.pendingException = nil
                hook(exception)
            }
            throw report
        case let status:
            throw UnhandledException(typeName: status.exceptionTypeName, message: "", location: faultLocation())
        }
    }

    // MARK: Managed calls from the runtime

    func callManaged(_ method: RuntimeMethod, _ arguments: [UInt64]) -> ExecutionStatus {
        callManagedReturningFrame(method, arguments).status
    }

    /// Runs `method` with `arguments` (one 8-byte slot each) above the innermost frame, as a call
    /// from the runtime (type initializers, exception constructors, delegates use the same place);
    /// the frame holds the result at offset 0 until the next such call.
    func callManagedReturningFrame(_ method: RuntimeMethod, _ arguments: [UInt64]) -> (status: ExecutionStatus, frame: UnsafeMutableRawPointer?) {
        guard let imported = try? importMethod(method) else { return (.importFailed, nil) }
        // Each call from the runtime nests an interpreter loop on the native stack: recursion
        // through native code (reflection, finalizers, type initializers) must stop in time too.
        guard nativeStackHasRoom() else { return (.stackOverflow, nil) }
        let frame = UnsafeMutableRawPointer(bitPattern: (UInt(bitPattern: thread.pointee.stackTop) + 15) & ~15)!
        guard frame + imported.frameSize <= thread.pointee.stackLimit else { return (.stackOverflow, nil) }
        frame.initializeMemory(as: UInt8.self, repeating: 0, count: imported.frameSize)
        for (i, argument) in arguments.enumerated() { frame.storeBytes(of: argument, toByteOffset: i * 8, as: UInt64.self) }
        let saved = (thread.pointee.stackTop, thread.pointee.controlTop)
        thread.pointee.stackTop = frame + imported.frameSize
        defer { (thread.pointee.stackTop, thread.pointee.controlTop) = saved }
        return (Interpreter.run(thread, method: imported.raw, frame: frame, controlStart: thread.pointee.controlTop), frame)
    }

    /// The lowest native stack address a nested loop may start at: 1 MB above the end of the
    /// thread's stack, enough for the loops and helpers that raise the exception.
    private lazy var nativeStackFloor: UInt = {
        var low: UInt = 0, high: UInt = 0
        ilex_current_stack_bounds(&low, &high)
        return low == 0 ? 0 : low + (1 << 20)
    }()

    private func nativeStackHasRoom() -> Bool {
        var marker = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) > nativeStackFloor }
    }

    /// Runs `initializer` for `table`'s type unless it has started (II.10.5.3.1: at most once; a
    /// re-entrant access proceeds). When it throws, the exception is wrapped in a
    /// TypeInitializationException, which this and every later access throw.
    func runTypeInitializer(_ table: MethodTable, _ initializer: RuntimeMethod) -> ExecutionStatus {
        let state = table.raw.load(fromByteOffset: MethodTable.classInitStateOffset, as: UInt32.self)
        if state == TypeInitializationState.started { return .completed }
        if state == TypeInitializationState.failed, let failure = failedInitializations[table.raw] {
            thread.pointee.pendingException = failure
            return .exception
        }
        table.raw.storeBytes(of: TypeInitializationState.started, toByteOffset: MethodTable.classInitStateOffset, as: UInt32.self)
        let status = callManaged(initializer, [])
        guard status == .exception, let inner = thread.pointee.pendingException else { return status }
        guard let wrapper = makeTypeInitializationException(table.runtimeType, inner: inner) else { return status }
        table.raw.storeBytes(of: TypeInitializationState.failed, toByteOffset: MethodTable.classInitStateOffset, as: UInt32.self)
        failedInitializations[table.raw] = wrapper
        keepAlive(wrapper)
        thread.pointee.pendingException = wrapper
        return .exception
    }
    /// The exception each type whose initializer threw throws again.
    private var failedInitializations: [UnsafeMutableRawPointer: UnsafeMutableRawPointer] = [:]

    private func makeTypeInitializationException(_ type: RuntimeType, inner: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? {
        guard let wrapperType = try? system.corlibType("System", "TypeInitializationException"), let table = try? wrapperType.methodTable(),
              let constructor = try? wrapperType.methods().first(where: {
                  $0.isConstructor && ((try? $0.signature().parameterTypes.map(\.description)) ?? []) == ["System.String", "System.Exception"]
              }),
              let name = try? internedString(system.displayName(type)),
              let object = allocate(table, size: table.baseSize) else { return nil }
        let status = callManaged(constructor, [UInt64(UInt(bitPattern: object)), UInt64(UInt(bitPattern: name)), UInt64(UInt(bitPattern: inner))])
        return status == .completed ? object : nil
    }

    /// A new instance of a BCL exception type made with its parameterless constructor.
    func makeException(_ typeName: String) -> UnsafeMutableRawPointer? {
        guard let type = try? system.type(named: typeName, searching: [system.corlib]), let table = try? type.methodTable(),
              let constructor = try? type.methods().first(where: { $0.isConstructor && ((try? $0.signature().parameterTypes.isEmpty) ?? false) }),
              let object = allocate(table, size: table.baseSize) else { return nil }
        let saved = thread.pointee.pendingException
        _ = callManaged(constructor, [UInt64(UInt(bitPattern: object))])
        thread.pointee.pendingException = saved
        return object
    }

    /// A new instance of a BCL exception type made with its (string message) constructor.
    func makeException(_ typeName: String, message: String) -> UnsafeMutableRawPointer? {
        guard let type = try? system.type(named: typeName, searching: [system.corlib]), let table = try? type.methodTable(),
              let constructor = try? type.methods().first(where: {
                  $0.isConstructor && ((try? $0.signature().parameterTypes.map(\.description)) ?? []) == ["System.String"]
              }),
              let text = try? internedString(message),
              let object = allocate(table, size: table.baseSize) else { return nil }
        let saved = thread.pointee.pendingException
        _ = callManaged(constructor, [UInt64(UInt(bitPattern: object)), UInt64(UInt(bitPattern: text))])
        thread.pointee.pendingException = saved
        return object
    }

    /// Runs an exception filter in its own frame (a filter may store into locals the handler then
    /// reads, as C# compilers do for `catch (E e) when (...)`); true when it accepts. The first pass
    /// must not disturb the frames above, which have not been unwound: the memory from the
    /// frame's evaluation stack up to the innermost frame is saved, kept as a root while the
    /// filter runs, and restored. An exception inside the filter means it does not accept (II.19).
    func runFilter(_ imported: ImportedMethod, _ clause: IRExceptionClause, frame: UnsafeMutableRawPointer,
                   exception: UnsafeMutableRawPointer) -> Bool {
        let regionStart = frame + imported.exceptionEntryOffset
        let regionBytes = max(0, thread.pointee.stackTop - regionStart)
        let saved = UnsafeMutableRawPointer.allocate(byteCount: max(regionBytes, 8), alignment: 16)
        saved.copyMemory(from: regionStart, byteCount: regionBytes)
        savedFrameRegions.append((saved, regionBytes))
        let savedState = (thread.pointee.stackTop, thread.pointee.controlTop, thread.pointee.pendingException)
        defer {
            regionStart.copyMemory(from: saved, byteCount: regionBytes)
            savedFrameRegions.removeLast()
            saved.deallocate()
            (thread.pointee.stackTop, thread.pointee.controlTop, thread.pointee.pendingException) = savedState
        }
        frame.storeBytes(of: exception, toByteOffset: imported.exceptionEntryOffset, as: UnsafeMutableRawPointer.self)
        let status = Interpreter.run(thread, method: imported.raw, frame: frame, startingAt: clause.filterStart, controlStart: thread.pointee.controlTop)
        return status == .handlerReturned && thread.pointee.filterVerdict != 0
    }
    /// Frame memory saved while a filter runs (roots).
    private var savedFrameRegions: [(UnsafeMutableRawPointer, Int)] = []

    /// Exception.Message as stored (`_message`), for reports.
    func exceptionMessage(_ exception: UnsafeMutableRawPointer) -> String? {
        guard let base = try? system.corlibType("System", "Exception"), let field = try? base.field(named: "_message"),
              let string = exception.load(fromByteOffset: field.offset, as: UnsafeMutableRawPointer?.self) else { return nil }
        let length = Int(string.load(fromByteOffset: ObjectLayout.stringLengthOffset, as: Int32.self))
        let units = (0..<length).map { string.load(fromByteOffset: ObjectLayout.stringCharsOffset + 2 * $0, as: UInt16.self) }
        return String(decoding: units, as: UTF16.self)
    }

    private func faultLocation() -> String {
        guard let raw = thread.pointee.faultMethod else { return "?" }
        let imported = ImportedMethod.of(raw)
        let il = imported.ilOffset(ofIR: thread.pointee.faultWord)
        return "\(imported.method) [IL_\(String(il, radix: 16).leftPadded(to: 4))]"
    }
}
