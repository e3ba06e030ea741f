// The `ilex` command as a user runs it: arguments, stdout, stderr and exit codes for a program
// that runs, its arguments, and each error a user can act on (one line, no Swift stack dump,
// non-zero exit). Drives the release binary the test command built.
import Foundation
import XCTest
import IlexTestSupport

final class CLITests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let programs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Programs/CLI")

    private func ilex() throws -> String {
        let path = ProcessInfo.processInfo.environment["ILEX_BINARY"] ?? Self.root.appendingPathComponent(".build/release/ilex").path
        guard FileManager.default.isExecutableFile(atPath: path) else { throw XCTSkip("no built ilex at \(path) (run scripts/test.sh)") }
        guard isToolInstalled("mcs") else { throw XCTSkip("mcs is not installed (run scripts/setup.sh)") }
        return path
    }

    /// Runs ilex with `arguments`; stdout, stderr and the exit status.
    private func run(_ arguments: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let scratch = try temporaryDirectory("cli-out")
        let errors = scratch.appendingPathComponent("stderr").path
        let (status, output) = runCommand("( '\(try ilex())' \(arguments) 2>'\(errors)' )")
        let stderr = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
        return (status == -1 ? -1 : (status >> 8) & 0xFF, output, stderr)
    }

    private func assertOneLineError(_ result: (status: Int32, stdout: String, stderr: String), contains text: String,
                                    file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertNotEqual(result.status, 0, "exit status", file: file, line: line)
        XCTAssertTrue(result.stderr.contains(text), "stderr: \(result.stderr)", file: file, line: line)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "one line: \(result.stderr)", file: file, line: line)
        XCTAssertFalse(result.stderr.contains("Fatal error") || result.stderr.contains("Backtrace"), "no crash", file: file, line: line)
    }

    func testRunsAProgramWithArgumentsAndItsExitCode() throws {
        let scratch = try temporaryDirectory("cli-run")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let source = scratch.appendingPathComponent("Echo.cs")
        try "class Echo { static int Main(string[] a) { System.Console.WriteLine(string.Join(\"|\", a)); return a.Length; } }"
            .write(to: source, atomically: true, encoding: .utf8)
        let exe = scratch.appendingPathComponent("Echo.exe").path
        try compile(source.path, to: exe)
        let explicit = try run("run '\(exe)' one two three")
        XCTAssertEqual(explicit.status, 3)
        XCTAssertEqual(explicit.stdout, "one|two|three\n")
        let shorthand = try run("'\(exe)' x")
        XCTAssertEqual(shorthand.status, 1)
        XCTAssertEqual(shorthand.stdout, "x\n")
        // Sources: compiled into the cache, then run with the arguments after --.
        let fromSource = try run("run '\(source.path)' -- a b")
        XCTAssertEqual(fromSource.status, 2, fromSource.stderr)
        XCTAssertEqual(fromSource.stdout, "a|b\n")
    }

    func testUserErrorsAreOneLineWithNonZeroExit() throws {
        let scratch = try temporaryDirectory("cli-errors")
        defer { try? FileManager.default.removeItem(at: scratch) }
        assertOneLineError(try run("run /nonexistent/Program.exe"), contains: "FileNotFoundException")
        let text = scratch.appendingPathComponent("NotPE.exe")
        try "just text".write(to: text, atomically: true, encoding: .utf8)
        assertOneLineError(try run("run '\(text.path)'"), contains: "BadImageFormatException")
        assertOneLineError(try run("run /bin/sh"), contains: "BadImageFormatException")
        let library = scratch.appendingPathComponent("NoEntry.dll").path
        try compile(Self.programs.appendingPathComponent("NoEntry.cs").path, to: library, options: "-target:library")
        assertOneLineError(try run("run '\(library)'"), contains: "no entry point")
        // A referenced assembly that is not there: named, with where Ilex looked.
        let dependency = scratch.appendingPathComponent("Dependency.dll").path
        try compile(Self.programs.appendingPathComponent("Dependency.cs").path, to: dependency, options: "-target:library")
        let user = scratch.appendingPathComponent("UsesDependency.exe").path
        try compile(Self.programs.appendingPathComponent("UsesDependency.cs").path, to: user, options: "-r:'\(dependency)'")
        XCTAssertEqual(try run("run '\(user)'").status, 42)
        try FileManager.default.removeItem(atPath: dependency)
        let missing = try run("run '\(user)'")
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.stderr.contains("Dependency") && missing.stderr.contains("Searched"), missing.stderr)
        assertOneLineError(try run("info --type No.Such.Type '\(user)'"), contains: "TypeLoadException")
        let noCompiler = try run("run /nonexistent/Missing.cs")
        XCTAssertNotEqual(noCompiler.status, 0)
        XCTAssertTrue(noCompiler.stderr.contains("Missing.cs"), noCompiler.stderr)
    }

    func testHelpAndVersion() throws {
        let help = try run("--help")
        XCTAssertEqual(help.status, 0)
        for command in ["run", "info", "dis", "ir"] { XCTAssertTrue(help.stdout.contains(command), help.stdout) }
        XCTAssertEqual(try run("--version").status, 0)
        XCTAssertEqual(try run("run --help").status, 0)
    }
}
