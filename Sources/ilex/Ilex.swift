// The `ilex` command line: argument parsing and output only; the work is done by the library
// modules (IlexMetadata for `dis` and `info`, IlexVM for `info --types`).
import ArgumentParser
import IlexMetadata
import IlexVM

#if canImport(Glibc)
import Glibc
#endif

@main
struct Ilex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ilex",
        abstract: "Ilex: a .NET (ECMA-335) runtime written in Swift.",
        version: IlexVersion.string,
        subcommands: [Run.self, Info.self, Disassemble.self, ShowIR.self],
        defaultSubcommand: Run.self)
}

/// Opens an image; an unreadable or malformed file becomes a one-line error and exit status 1.
func openImage(_ path: String) throws -> MetadataReader {
    try reportingUserErrors { try MetadataReader(path: path) }
}

/// The errors a user can act on: a missing or unreadable file, a malformed image, a filter that
/// matched nothing, a missing assembly, type or member.
let userErrorTypes: [Error.Type] = [BadImageFormat.self, ImageFileError.self, NoMatchingMember.self,
                                    AssemblyNotFound.self, TypeLoadError.self, MissingMemberError.self,
                                    ImportError.self, UnhandledException.self, CompilationError.self]

/// Runs `body`, turning user errors into one line on stderr and exit status 1; anything else
/// (a bug in Ilex) propagates.
func reportingUserErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as UnhandledException {
        // As mono reports it, on stderr; exit code 1.
        var text = error.monoReport
        text.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
        throw ExitCode(1)
    } catch let error where userErrorTypes.contains(where: { type(of: error) == $0 }) {
        printError("ilex: \(error)")
        throw ExitCode(1)
    }
}

/// Writes one line to standard error.
func printError(_ line: String) {
    var text = line + "\n"
    text.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
}
