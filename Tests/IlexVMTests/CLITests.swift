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
        // The dependency is there but lacks the method, then the type: which, and from where.
        let lacksMethod = scratch.appendingPathComponent("LacksMethod.cs")
        try "public class Dependency { public static int Other() { return 1; } }".write(to: lacksMethod, atomically: true, encoding: .utf8)
        try compile(lacksMethod.path, to: dependency, options: "-target:library")
        assertOneLineError(try run("run '\(user)'"), contains: "MissingMethodException: Method not found: 'Dependency.Value' (referenced from UsesDependency::Main at IL_0000)")
        let lacksType = scratch.appendingPathComponent("LacksType.cs")
        try "public class Unrelated {}".write(to: lacksType, atomically: true, encoding: .utf8)
        try compile(lacksType.path, to: dependency, options: "-target:library")
        assertOneLineError(try run("run '\(user)'"), contains: "TypeLoadException: Could not load type 'Dependency'")
        // A feature Ilex lacks is named, not guessed at.
        let emits = scratch.appendingPathComponent("Emits.cs")
        try """
            using System.Reflection; using System.Reflection.Emit;
            class Emits { static void Main() { AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("x"), AssemblyBuilderAccess.Run); } }
            """.write(to: emits, atomically: true, encoding: .utf8)
        let emitsExe = scratch.appendingPathComponent("Emits.exe").path
        try compile(emits.path, to: emitsExe)
        assertOneLineError(try run("run '\(emitsExe)'"), contains: "NotImplementedException: the internal call System.Reflection.Emit.AssemblyBuilder::basic_init is not implemented")
        assertOneLineError(try run("info --type No.Such.Type '\(user)'"), contains: "TypeLoadException")
        let noCompiler = try run("run /nonexistent/Missing.cs")
        XCTAssertNotEqual(noCompiler.status, 0)
        XCTAssertTrue(noCompiler.stderr.contains("Missing.cs"), noCompiler.stderr)
    }

    func testDiagnostics() throws {
        let scratch = try temporaryDirectory("cli-diagnostics")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let source = scratch.appendingPathComponent("Traced.cs")
        try """
            namespace Demo {
                class Outer { public class Inner { public static int Twice(int x) { return 2 * x; } } }
                class Traced {
                    static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }
                    static void Main() {
                        System.Console.WriteLine(Fib(2) + Outer.Inner.Twice(1));
                        try { throw new System.InvalidOperationException(); } catch (System.Exception) {}
                    }
                }
            }
            """.write(to: source, atomically: true, encoding: .utf8)
        let exe = scratch.appendingPathComponent("Traced.exe").path
        try compile(source.path, to: exe)
        // mono's --trace syntax: entries and exits, nested by depth, only what matches.
        let method = try run("run --trace=M:Demo.Traced:Fib '\(exe)'")
        XCTAssertEqual(method.stdout, "3\n")
        XCTAssertEqual(method.stderr, """
            ENTER: Demo.Traced::Fib
             ENTER: Demo.Traced::Fib
             LEAVE: Demo.Traced::Fib
             ENTER: Demo.Traced::Fib
             LEAVE: Demo.Traced::Fib
            LEAVE: Demo.Traced::Fib

            """.replacingOccurrences(of: "ENTER", with: " ENTER").replacingOccurrences(of: "LEAVE", with: " LEAVE"))
        let program = try run("run --trace=program,-M:Demo.Traced:Fib '\(exe)'")
        XCTAssertEqual(program.stderr.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) },
                       ["ENTER: Demo.Traced::Main", "ENTER: Demo.Outer+Inner::Twice", "LEAVE: Demo.Outer+Inner::Twice", "LEAVE: Demo.Traced::Main"])
        let nested = try run("run --trace=T:Demo.Outer/Inner '\(exe)'")
        XCTAssertEqual(nested.stderr.split(separator: "\n").count, 2, nested.stderr)
        assertOneLineError(try run("run --trace=E:System.Exception '\(exe)'"), contains: "not supported")
        // Counters at exit, on stderr.
        let stats = try run("run --stats '\(exe)'")
        XCTAssertEqual(stats.stdout, "3\n")
        for counter in ["assemblies loaded      2", "methods imported", "exceptions thrown      1", "collections", "heap peak", "time load / run"] {
            XCTAssertTrue(stats.stderr.contains(counter), "\(counter) in \(stats.stderr)")
        }
        // The loader's decisions.
        let verbose = try run("run --verbose '\(exe)'")
        XCTAssertTrue(verbose.stderr.contains("ilex: loader: loading \(exe)"), verbose.stderr)
        XCTAssertTrue(verbose.stderr.contains("ilex: loader: mscorlib") && verbose.stderr.contains("-> /usr/lib/mono/4.5/mscorlib.dll"), verbose.stderr)
    }

    func testInternalCallCoverage() throws {
        // Every internal call mscorlib declares, marked + (Ilex implements it) or -, then the count.
        let listing = try run("info --icalls /usr/lib/mono/4.5/mscorlib.dll")
        XCTAssertEqual(listing.status, 0, listing.stderr)
        let lines = listing.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains("+ System.Math::Round(System.Double)"))
        let implemented = lines.filter { $0.hasPrefix("+ ") }.count, declared = lines.filter { $0.hasPrefix("+ ") || $0.hasPrefix("- ") }.count
        XCTAssertEqual(lines.last, "internal calls: \(implemented) of \(declared) implemented")
        XCTAssertGreaterThan(implemented, 400)
    }

    func testHelpAndVersion() throws {
        let help = try run("--help")
        XCTAssertEqual(help.status, 0)
        for command in ["run", "info", "dis", "ir"] { XCTAssertTrue(help.stdout.contains(command), help.stdout) }
        XCTAssertEqual(try run("--version").status, 0)
        XCTAssertEqual(try run("run --help").status, 0)
    }
}
