// `ilex run PROGRAM.exe`: runs the entry point and exits with its return value. `ilex ir FILE
// [Type::Method]`: the IR the importer makes of methods. Both load through the standard search
// order (the program's folder, ILEX_PATH, --lib, Mono's folders, the GAC).
import ArgumentParser
import IlexMetadata
import IlexVM

#if canImport(Glibc)
import Glibc
#endif

struct LoaderOptions: ParsableArguments {
    @Option(name: .customLong("lib"), help: "Another folder to look for referenced assemblies in; repeatable.")
    var libraries: [String] = []

    /// A type system over the standard search order for `program`, and the program's assembly.
    func load(_ program: String) throws -> (TypeSystem, LoadedAssembly) {
        _ = try openImage(program)
        let directory = program.contains("/") ? String(program[..<program.lastIndex(of: "/")!]) : "."
        let ilexPath = getenv("ILEX_PATH").map { String(cString: $0) }
        let loader = AssemblyLoader(resolver: .standard(programDirectory: directory, libraryDirectories: libraries, ilexPath: ilexPath))
        let assembly = try loader.load(path: program)
        return (try TypeSystem(loader: loader), assembly)
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a program's entry point and exit with its return value.",
        discussion: """
            The interpreter runs static methods over numbers today (arithmetic, conversions, branches, \
            switch, calls); anything else stops the run with NotImplementedException naming it.
            """)

    @Argument(help: "The program (.exe).")
    var program: String

    @OptionGroup var loading: LoaderOptions

    func run() throws {
        let code = try reportingUserErrors { () -> Int32 in
            let (system, assembly) = try loading.load(program)
            return try Runtime(system: system).runEntryPoint(of: assembly)
        }
        throw ExitCode(code)
    }
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
