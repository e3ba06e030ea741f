// The program's life as mono runs it: the command line Environment.GetCommandLineArgs reports,
// the exit code (Environment.ExitCode, Main's int result), AppDomain.ProcessExit handlers when
// Main returns or Environment.Exit is called, and the AppDomain object they are registered on.
// Mono's facts (mono/metadata/environment.c, runtime.c, appdomain.c, and mono itself): Main
// returning an int sets the exit code; the handlers run after that and see it; after Main returns
// a handler's change of Environment.ExitCode is the exit code, after Environment.Exit(n) it is n;
// an exception leaving a handler ends the handler list silently; an unhandled exception in Main
// runs no handler.
import IlexVM
import IlexMetadata

#if canImport(Glibc)
import Glibc
#endif

/// What IlexMonoCorlib keeps for one runtime (Runtime.classLibraryState): the facts mono keeps in
/// its statics for the process.
final class MonoState {
    var exitCode: Int32 = 0
    /// Set once ProcessExit handlers have run (Environment.HasShutdownStarted).
    var shutdownStarted = false
    var processExitFired = false
    /// The program's full path, then Main's arguments.
    var commandLine: [String] = []
    /// The AppDomain object, made on first request (AppDomain.CurrentDomain).
    var appDomain: UnsafeMutableRawPointer?
    /// Path.GetTempPath's directory: TMPDIR, TMP, TEMP or /tmp, read once as glib does.
    var temporaryDirectory: String?
    /// mono's file handle table (w32file-unix.c), keyed by descriptor.
    var files: [Int32: OpenFile] = [:]
    /// Sharing state of open files, per (device, inode).
    var shares: [FileIdentity: FileShareEntry] = [:]
    /// Directory searches (MonoIO.FindFirstFile), keyed by their handle.
    var searches: [Int: DirectorySearch] = [:]
    var nextSearch = 1
    /// glib's user name and home directory, read once.
    var user: (name: String, home: String)?
    /// The AppDomain's setup and data, assembly names, culture and normalization data (AppDomain.swift).
    let domain = DomainState()
}

extension MonoCorlib {
    static func state(_ runtime: Runtime) -> MonoState {
        if let state = runtime.classLibraryState as? MonoState { return state }
        let state = MonoState()
        runtime.classLibraryState = state
        return state
    }

    /// Runs the program as mono does: Environment.GetCommandLineArgs gives `path` (absolute) and
    /// `arguments`; Main's int result becomes Environment.ExitCode; ProcessExit handlers run when
    /// Main returns; the result is the exit code after them. An exception nobody caught is thrown
    /// (UnhandledException) without running the handlers, as mono.
    public static func runProgram(_ runtime: Runtime, assembly: LoadedAssembly, path: String, arguments: [String]) throws -> Int32 {
        let state = state(runtime)
        state.commandLine = [absolutePath(path)] + arguments
        var returnsInt = false
        if let entry = assembly.reader.entryPoint {
            returnsInt = try runtime.system.method(entry.token, in: assembly).signature().returnType !== runtime.system.wellKnown.void
        }
        let returned = try runtime.runEntryPoint(of: assembly, arguments: arguments)
        if returnsInt { state.exitCode = returned }
        shutDown(runtime.mainThreadContext)
        return state.exitCode
    }

    /// What runs before the process ends normally or through Environment.Exit: the ProcessExit
    /// handlers, once (the terminal is restored by an atexit handler, as mono does).
    static func shutDown(_ context: NativeContext) {
        let state = state(context.runtime)
        if !state.processExitFired {
            state.processExitFired = true
            fireProcessExit(context)
        }
        state.shutdownStarted = true
    }

    /// Invokes AppDomain.ProcessExit (sender: the domain, EventArgs: null) as mono's
    /// fire_process_exit_event does; the first exception ends the list.
    private static func fireProcessExit(_ context: NativeContext) {
        let runtime = context.runtime
        guard let domain = state(runtime).appDomain,
              let domainType = try? runtime.system.corlibType("System", "AppDomain"),
              let field = try? domainType.field(named: "ProcessExit"),
              let handler = domain.load(fromByteOffset: field.offset, as: UnsafeMutableRawPointer?.self) else { return }
        _ = invokeDelegate(context, handler, [UInt64(UInt(bitPattern: domain)), 0])
    }

    /// Calls each delegate of `handler`'s invocation list with `arguments` (8-byte slots) until
    /// one throws; returns the first status that is not success.
    static func invokeDelegate(_ context: NativeContext, _ handler: UnsafeMutableRawPointer, _ arguments: [UInt64]) -> UInt32 {
        var list = [handler]
        if let multicast = try? context.runtime.system.wellKnown.multicastDelegate.field(named: "delegates"),
           let array = handler.load(fromByteOffset: multicast.offset, as: UnsafeMutableRawPointer?.self) {
            let count = array.load(fromByteOffset: ObjectLayout.arrayLengthOffset, as: Int.self)
            list = (0..<count).compactMap { array.load(fromByteOffset: ObjectLayout.arrayDataOffset + 8 * $0, as: UnsafeMutableRawPointer?.self) }
        }
        for delegate in list {
            guard let descriptor = delegate.load(fromByteOffset: DelegateLayout.methodOffset, as: UnsafeRawPointer?.self) else { continue }
            let method = MethodDescriptorLayout.method(of: descriptor)
            let target = delegate.load(fromByteOffset: DelegateLayout.targetOffset, as: UnsafeMutableRawPointer?.self)
            let words = method.isStatic && target == nil ? arguments : [UInt64(UInt(bitPattern: target))] + arguments
            let status = context.call(method, words)
            if status != NativeContext.success { return status }
        }
        return NativeContext.success
    }

    /// `path` made absolute against the current directory, with "." and ".." segments and repeated
    /// separators removed (mono_path_canonicalize: no symbolic links resolved).
    static func absolutePath(_ path: String) -> String {
        var full = path
        if !path.hasPrefix("/") {
            if let directory = currentDirectory() { full = directory + "/" + path }
        }
        var parts: [Substring] = []
        for part in full.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    static func registerProcess(_ table: NativeMethodTable) {
        table.register("System.Environment::get_ExitCode") { context, frame in
            result(frame, Int64(MonoCorlib.state(NativeContext(context).runtime).exitCode))
            return NativeContext.success
        }
        table.register("System.Environment::set_ExitCode") { context, frame in
            MonoCorlib.state(NativeContext(context).runtime).exitCode = argument(frame, 0, as: Int32.self)
            return NativeContext.success
        }
        table.register("System.Environment::get_HasShutdownStarted") { context, frame in
            result(frame, Int64(MonoCorlib.state(NativeContext(context).runtime).shutdownStarted ? 1 : 0))
            return NativeContext.success
        }
        // void Exit(int exitCode): the code becomes Environment.ExitCode, the ProcessExit handlers
        // run, then the process ends at once with that code (a handler's change does not count
        // here) and no finally block of the frames below runs (ves_icall_System_Environment_Exit).
        table.register("System.Environment::Exit") { context, frame in
            let context = NativeContext(context)
            let code = argument(frame, 0, as: Int32.self)
            MonoCorlib.state(context.runtime).exitCode = code
            MonoCorlib.shutDown(context)
            fflush(nil)
            exit(code)
        }
        // void FailFast(string message, Exception exception, string errorSource): mono's line on
        // stderr, then abort (exit status 134).
        table.register("System.Environment::FailFast") { context, frame in
            let context = NativeContext(context)
            if let message = argument(frame, 0, as: UnsafeRawPointer?.self) {
                let line = "CLR: Managed code called FailFast, saying \"\(context.string(message))\"\n"
                _ = line.withCString { write(2, $0, strlen($0)) }
            }
            fflush(nil)
            signal(SIGABRT, SIG_DFL)
            abort()
        }
        // string[] GetCommandLineArgs(): the program's full path, then Main's arguments.
        table.register("System.Environment::GetCommandLineArgs") { context, frame in
            let context = NativeContext(context)
            guard MonoCorlib.makeStringArray(context, MonoCorlib.state(context.runtime).commandLine, resultIn: frame) else {
                return context.throwException("System.OutOfMemoryException")
            }
            return NativeContext.success
        }

        // The AppDomain: one, the root domain, made on first request without a constructor (as
        // mono makes its MonoAppDomain object).
        for name in ["getCurDomain", "getRootDomain"] {
            table.register("System.AppDomain::" + name) { context, frame in
                let context = NativeContext(context)
                guard let domain = MonoCorlib.appDomain(context) else { return context.throwException("System.OutOfMemoryException") }
                result(frame, domain)
                return NativeContext.success
            }
        }
        // string getFriendlyName(): the program's file name, as mono names the root domain.
        table.register("System.AppDomain::getFriendlyName") { context, frame in
            let context = NativeContext(context)
            let path = MonoCorlib.state(context.runtime).commandLine.first ?? ""
            let name = path.split(separator: "/").last.map(String.init) ?? path
            guard let text = context.makeString(name) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, text)
            return NativeContext.success
        }
        // int getDomainID() and Thread.GetDomainID(): the root domain's id (0 in mono).
        for key in ["System.AppDomain::getDomainID", "System.Threading.Thread::GetDomainID"] {
            table.register(key) { _, frame in
                result(frame, Int64(0))
                return NativeContext.success
            }
        }
        // Code access security is off in mono (and cannot be turned on).
        table.register("System.Security.SecurityManager::get_SecurityEnabled") { _, frame in
            result(frame, Int64(0))
            return NativeContext.success
        }
        table.register("System.Security.SecurityManager::set_SecurityEnabled") { _, _ in NativeContext.success }
    }

    static func appDomain(_ context: NativeContext) -> UnsafeMutableRawPointer? {
        let runtime = context.runtime
        let state = state(runtime)
        if let domain = state.appDomain { return domain }
        guard let type = try? runtime.system.corlibType("System", "AppDomain"), let domain = context.allocate(type) else { return nil }
        runtime.keepAlive(domain)
        state.appDomain = domain
        return domain
    }

    /// A new string[] holding `values`, stored in the frame's result slot before its strings are
    /// made (so that a collection while making them finds it).
    static func makeStringArray(_ context: NativeContext, _ values: [String], resultIn frame: UnsafeMutableRawPointer) -> Bool {
        let runtime = context.runtime
        guard let arrayType = try? runtime.system.szArray(of: runtime.system.wellKnown.string),
              let array = context.allocate(arrayType, size: ObjectLayout.arrayDataOffset + 8 * values.count) else { return false }
        array.storeBytes(of: values.count, toByteOffset: ObjectLayout.arrayLengthOffset, as: Int.self)
        result(frame, array)
        for (i, value) in values.enumerated() {
            guard let string = context.makeString(value) else { return false }
            array.storeBytes(of: string, toByteOffset: ObjectLayout.arrayDataOffset + 8 * i, as: UnsafeMutableRawPointer.self)
        }
        return true
    }
}
