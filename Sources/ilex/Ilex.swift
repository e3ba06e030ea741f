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
        subcommands: [Info.self, Disassemble.self])
}

enum IlexVersion {
    static let string = "0.1.0"
}

/// Opens an image; an unreadable or malformed file becomes a one-line error and exit status 1.
func openImage(_ path: String) throws -> MetadataReader {
    try reportingUserErrors { try MetadataReader(path: path) }
}

/// Runs `body`, turning the errors a user can act on (missing or unreadable file, malformed image,
/// a filter that matched nothing) into one line on stderr and exit status 1.
func reportingUserErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as BadImageFormat {
        printError("ilex: \(error)")
    } catch let error as ImageFileError {
        printError("ilex: \(error)")
    } catch let error as NoMatchingMember {
        printError("ilex: \(error)")
    } catch let error as AssemblyNotFound {
        printError("ilex: \(error)")
    } catch let error as TypeLoadError {
        printError("ilex: \(error)")
    } catch let error as MissingMemberError {
        printError("ilex: \(error)")
    }
    throw ExitCode(1)
}

/// Writes one line to standard error.
func printError(_ line: String) {
    var text = line + "\n"
    text.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
}
