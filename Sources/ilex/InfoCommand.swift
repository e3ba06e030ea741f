// `ilex info FILE`: a summary of an assembly (identity, kind, runtime version, references, entry
// point, heap sizes, table row counts).
import ArgumentParser
import IlexMetadata

struct Info: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarize an assembly: identity, references, entry point, heaps and table row counts.")

    @Argument(help: "The assembly (.exe or .dll).")
    var file: String

    func run() throws {
        let reader = try openImage(file)
        print(try reportingUserErrors { try AssemblySummary(reader).text })
    }
}
