// `ilex info FILE`: a summary of an assembly (identity, kind, runtime version, references, entry
// point, heaps and table row counts); with --types, each type's layout, vtable and interface map
// as Ilex's loader builds them.
import ArgumentParser
import IlexMetadata
import IlexVM

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

    func run() throws {
        let reader = try openImage(file)
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

    /// Prints each requested type; a type that fails to load prints its error in its place.
    private func printTypes() throws -> Int {
        let directory = file.contains("/") ? String(file[..<file.lastIndex(of: "/")!]) : "."
        let ilexPath = getenv("ILEX_PATH").map { String(cString: $0) }
        let loader = AssemblyLoader(resolver: .standard(programDirectory: directory, libraryDirectories: libraries, ilexPath: ilexPath))
        let assembly = try loader.load(path: file)
        let system = try TypeSystem(loader: loader)
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
