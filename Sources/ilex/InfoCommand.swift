// `ilex info FILE`: a summary of an assembly (identity, kind, runtime version, references, entry
// point, heaps and table row counts); with --types, each type's layout, vtable and interface map
// as Ilex's loader builds them.
import ArgumentParser
import IlexMetadata
import IlexVM
import IlexMonoCorlib

#if canImport(Glibc)
import Glibc
#endif

struct Info: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarize an assembly: identity, references, entry point, heaps and table row counts.",
        discussion: "With --types (or --type NAME), load the types and print their field offsets, sizes, vtables and interface maps.")

    @Argument(help: "The assembly (.exe or .dll).")
    var file: String

    @Flag(name: .long, help: "Print the layout, vtable and interface map of every type defined in FILE.")
    var types = false

    @Option(name: .customLong("type"), help: "Print only this type (reflection syntax: Namespace.Outer+Inner`1[System.Int32]); repeatable.")
    var typeNames: [String] = []

    @Option(name: .customLong("lib"), help: "Another folder to look for referenced assemblies in; repeatable.")
    var libraries: [String] = []

    @Flag(name: .long, help: "List the internal calls FILE declares, each marked + (Ilex implements it) or - (not yet), then the count.")
    var icalls = false

    func run() throws {
        let reader = try openImage(file)
        if icalls {
            try reportingUserErrors { try printInternalCalls() }
            return
        }
        guard types || !typeNames.isEmpty else {
            print(try reportingUserErrors { try AssemblySummary(reader).text })
            return
        }
        let failures = try reportingUserErrors { try printTypes() }
        if failures > 0 {
            printError("ilex: \(failures) types failed to load")
            throw ExitCode(1)
        }
    }

    /// The type system over the standard search order for FILE, and FILE's assembly.
    private func load() throws -> (TypeSystem, LoadedAssembly) {
        let directory = file.contains("/") ? String(file[..<file.lastIndex(of: "/")!]) : "."
        let ilexPath = getenv("ILEX_PATH").map { String(cString: $0) }
        let loader = AssemblyLoader(resolver: .standard(programDirectory: directory, libraryDirectories: libraries, ilexPath: ilexPath))
        let assembly = try loader.load(path: file)
        return (try TypeSystem(loader: loader), assembly)
    }

    /// `--icalls`: every internal call of FILE against the bodies the Mono corlib contract registers.
    private func printInternalCalls() throws {
        let (system, assembly) = try load()
        let runtime = Runtime(system: system)
        try MonoCorlib.install(in: runtime)
        var implemented = 0, total = 0
        for handle in assembly.reader.typeDefinitions {
            for method in try system.definitionType(handle, in: assembly).methods() where method.implFlags.contains(.internalCall) {
                total += 1
                let present = runtime.nativeMethods.hasBody(for: method)
                if present { implemented += 1 }
                let parameters = (try? method.signature().parameterTypes.map(\.description).joined(separator: ",")) ?? "?"
                print("\(present ? "+" : "-") \(method)(\(parameters))")
            }
        }
        print("internal calls: \(implemented) of \(total) implemented")
    }

    /// Prints each requested type; a type that fails to load prints its error in its place.
    private func printTypes() throws -> Int {
        let (system, assembly) = try load()
        var selected: [RuntimeType] = []
        if typeNames.isEmpty {
            selected = assembly.reader.typeDefinitions.map { system.definitionType($0, in: assembly) }
        } else {
            for name in typeNames { selected.append(try system.type(named: name, searching: [assembly, system.corlib])) }
        }
        var failures = 0
        for type in selected {
            do {
                print(try type.layoutDescription())
            } catch {
                print("\(type): \(error)")
                failures += 1
            }
            print("")
        }
        return failures
    }
}
