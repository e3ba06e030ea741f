// `ilex run PROGRAM.exe`: runs the entry point and exits with its return value. `ilex ir FILE
// [Type::Method]`: the IR the importer makes of methods. Both load through the standard search
// order (the program's folder, ILEX_PATH, --lib, Mono's folders, the GAC).
import ArgumentParser
import IlexMetadata
import IlexVM
import IlexMonoCorlib

#if canImport(Glibc)
import Glibc
#endif

struct LoaderOptions: ParsableArguments {
    @Option(name: .customLong("lib"), help: "Another folder to look for referenced assemblies in; repeatable.")
    var libraries: [String] = []

    @Flag(name: .long, help: "Print the loader's decisions: each assembly asked for, where it was found or looked for, type forwarders.")
    var verbose = false

    /// A type system over the standard search order for `program`, and the program's assembly.
    func load(_ program: String) throws -> (TypeSystem, LoadedAssembly) {
        _ = try openImage(program)
        let directory = program.contains("/") ? String(program[..<program.lastIndex(of: "/")!]) : "."
        let loader = AssemblyLoader(resolver: .standard(programDirectory: directory, libraryDirectories: libraries,
                                                        ilexPath: environment("ILEX_PATH")))
        if verbose { loader.log = { printError("ilex: loader: " + $0) } }
        let assembly = try loader.load(path: program)
        return (try TypeSystem(loader: loader), assembly)
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a program's entry point and exit with its return value.",
        discussion: """
            Runs the program on Ilex's interpreter with Mono's class library; what Ilex cannot run yet \
            (threads, Reflection.Emit) stops the run with NotImplementedException naming it. \
            ILEX_PATH (like MONO_PATH) adds folders to search for assemblies.
            """)

    @Argument(help: "The program: an .exe, or C# sources (A.cs B.cs …) compiled with mcs first (cached by content).")
    var program: String

    @Argument(parsing: .captureForPassthrough, help: "More .cs files, then (after --, for sources) the arguments for Main(string[]).")
    var arguments: [String] = []

    /// The assembly to run and Main's arguments: an .exe as given, or sources compiled into the cache.
    private func resolveProgram() throws -> (path: String, arguments: [String]) {
        guard program.hasSuffix(".cs") else { return (program, arguments) }
        var sources = [program]
        var rest = arguments[...]
        while let next = rest.first, next.hasSuffix(".cs") { sources.append(next); rest = rest.dropFirst() }
        if rest.first == "--" { rest = rest.dropFirst() }
        return (try CSharpCompilation(sources: sources).compiledProgram(), Array(rest))
    }

    @OptionGroup var loading: LoaderOptions

    @Option(name: .customLong("max-heap"), help: "Heap limit, e.g. 64m or 2g (ILEX_MAX_HEAP); beyond it: OutOfMemoryException.")
    var maxHeap: String?

    @Flag(name: .customLong("gc-stress"), help: "Collect at every allocation (ILEX_GC_STRESS=1).")
    var gcStress = false

    @Flag(name: .customLong("gc-verify"), help: "Check every reference after each collection (ILEX_GC_VERIFY=1).")
    var gcVerify = false

    @Flag(name: .customLong("no-inlining"), help: "Import every call as a call: no small method is inlined into its caller.")
    var noInlining = false

    @Flag(name: .long, help: "Print counters at exit: types, methods, IL imported, collections, heap, time.")
    var stats = false

    @Option(name: .long, help: ArgumentHelp(
        "Print entries and exits of matching methods, as mono --trace: all, program, N:Namespace, T:Type, M:Type:Method, an assembly name; comma-separated, '-' excludes.",
        valueName: "spec"))
    var trace: [String] = []

    @Option(name: .customLong("print-ir"), help: ArgumentHelp(
        "Print the IR of matching methods on stderr as they are imported, generic instantiations included (same spec as --trace).",
        valueName: "spec"))
    var printIR: [String] = []

    func run() throws {
        let started = monotonicSeconds()
        var runtime: Runtime?
        var loaded = started
        let code = try reportingUserErrors { () -> Int32 in
            let (path, arguments) = try resolveProgram()
            let (system, assembly) = try loading.load(path)
            let configuration = HeapConfiguration(
                maximumBytes: try parseSize(maxHeap ?? environment("ILEX_MAX_HEAP")) ?? HeapConfiguration().maximumBytes,
                stress: gcStress || environment("ILEX_GC_STRESS") == "1",
                verify: gcVerify || environment("ILEX_GC_VERIFY") == "1")
            let created = Runtime(system: system, heap: configuration)
            try MonoCorlib.install(in: created)
            created.traceFilter = try TraceFilter(parsing: trace)
            created.traceFilter.programAssembly = assembly.identity.name
            created.inlines = !noInlining
            created.irFilter = try TraceFilter(parsing: printIR)
            created.irFilter.programAssembly = assembly.identity.name
            runtime = created
            loaded = monotonicSeconds()
            defer { if stats { printStatistics(created, loadSeconds: loaded - started, runSeconds: monotonicSeconds() - loaded) } }
            return try MonoCorlib.runProgram(created, assembly: assembly, path: path, arguments: arguments)
        }
        // The process ends here, the runtime still held: tearing its object graph down (types,
        // methods, imported code) would only cost time (3.4 M instructions after hello world).
        withExtendedLifetime(runtime) {
            fflush(nil)
            Glibc.exit(code)
        }
    }

    private func printStatistics(_ runtime: Runtime, loadSeconds: Double, runSeconds: Double) {
        let types = runtime.system.counters, heap = runtime.heap.statistics
        let lines = [
            "assemblies loaded      \(runtime.system.loader.loadedAssemblies.count)",
            "types created / loaded \(types.typesCreated) / \(types.typesLoaded)",
            "methods created        \(types.methodsCreated)",
            "methods imported       \(runtime.importedMethods.count) (\(runtime.importedILBytes) bytes of IL)",
            "exceptions thrown      \(runtime.exceptionsThrown)",
            "collections            \(heap.collections) (\(heap.nanosecondsInCollections / 1_000_000) ms)",
            "allocated              \(runtime.heap.totalBytesAllocated / 1024) KB, objects freed \(heap.objectsFreed)",
            "heap peak / now        \(heap.peakBytes / 1024) KB / \(runtime.heap.usedBytes / 1024) KB",
            "time load / run        \(Int(loadSeconds * 1000)) ms / \(Int(runSeconds * 1000)) ms",
        ]
        printError(lines.map { "ilex: " + $0 }.joined(separator: "\n"))
    }
}

func environment(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

/// "64m", "2g", "512k" or bytes.
func parseSize(_ text: String?) throws -> Int? {
    guard let text, !text.isEmpty else { return nil }
    let units: [Character: Int] = ["k": 1 << 10, "m": 1 << 20, "g": 1 << 30]
    let lower = text.lowercased()
    if let unit = lower.last.flatMap({ units[$0] }), let number = Int(lower.dropLast()) { return number * unit }
    guard let bytes = Int(lower) else { throw ValidationError("bad size '\(text)': use bytes or a number with k, m or g") }
    return bytes
}

func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

struct ShowIR: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ir",
        abstract: "Print the IR Ilex imports a method to (every method of FILE without a name).")

    @Argument(help: "The assembly.")
    var file: String

    @Argument(help: "Type::Method (reflection type syntax); all methods of the type with that name.")
    var method: String?

    @OptionGroup var loading: LoaderOptions

    func run() throws {
        let failures = try reportingUserErrors { () -> Int in
            let (system, assembly) = try loading.load(file)
            let runtime = Runtime(system: system)
            try MonoCorlib.install(in: runtime)
            var methods: [RuntimeMethod] = []
            if let method {
                let parts = method.split(separator: "::", omittingEmptySubsequences: false)
                guard parts.count >= 2 else { throw ValidationError("expected Type::Method, got \(method)") }
                let type = try system.type(named: parts.dropLast().joined(separator: "::"), searching: [assembly, system.corlib])
                let name = String(parts.last!)
                methods = try type.methods().filter { $0.name == name }
                if methods.isEmpty { throw MissingMemberError(kind: .method, typeName: "\(type)", memberName: name, referencedFrom: "the command line") }
            } else {
                for handle in assembly.reader.typeDefinitions {
                    methods += try system.definitionType(handle, in: assembly).methods()
                }
            }
            var failures = 0
            for method in methods {
                do {
                    print(try runtime.importMethod(method).listing)
                } catch {
                    print("// \(method): \(error)")
                    failures += 1
                }
                print("")
            }
            return failures
        }
        if failures > 0 && method != nil { throw ExitCode(1) }
    }
}
