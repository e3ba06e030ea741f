// Helpers shared by the test targets: running command lines (mcs, ilasm, mono, monodis) and
// temporary folders. No XCTest here, so the module can be linked by any test target.
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a command line through /bin/sh; its exit status and its stdout (with stderr when
/// `includingErrors`).
public func runCommand(_ command: String, includingErrors: Bool = false) -> (status: Int32, output: String) {
    guard let pipe = popen(command + (includingErrors ? " 2>&1" : " 2>/dev/null"), "r") else { return (-1, "") }
    var output = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, pipe)
        if n <= 0 { break }
        output.append(contentsOf: buffer[0..<n])
    }
    let status = pclose(pipe)
    return (status, String(decoding: output, as: UTF8.self))
}

/// Runs a command line; its stdout, or nil when it exits non-zero.
public func shell(_ command: String) -> String? {
    let (status, output) = runCommand(command)
    return status == 0 ? output : nil
}

public func isToolInstalled(_ name: String) -> Bool { shell("command -v \(name)") != nil }

/// A fresh temporary directory, removed by the caller's `defer`.
public func temporaryDirectory(_ name: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ilex-\(name)-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}

public struct CompileFailure: Error, CustomStringConvertible {
    public let command: String
    public let output: String
    public var description: String { "\(command) failed:\n\(output)" }
}

/// Compiles a C# file with mcs (or an IL file with ilasm) into `output`. A failure is an error
/// with the compiler's messages: a test program that does not compile is a bug in the test.
public func compile(_ source: String, to output: String, options: String = "") throws {
    let command = source.hasSuffix(".il")
        ? "ilasm -quiet \(options) -output:'\(output)' '\(source)'"
        : "mcs -nologo \(options) -out:'\(output)' '\(source)'"
    let (status, text) = runCommand(command, includingErrors: true)
    if status != 0 { throw CompileFailure(command: command, output: text) }
}
