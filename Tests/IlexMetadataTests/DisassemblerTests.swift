// `ilex dis` against monodis: the same methods with the same instruction sequences (IL offset and
// opcode name), on a program compiled by mcs at test time and on methods of mscorlib.
import Foundation
import XCTest
import IlexMetadata

#if canImport(Glibc)
import Glibc
#endif

final class DisassemblerTests: XCTestCase {
    /// Runs a command line through /bin/sh, returning its stdout (nil when it fails).
    private func shell(_ command: String) -> String? {
        guard let pipe = popen(command + " 2>/dev/null", "r") else { return nil }
        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, pipe)
            if n <= 0 { break }
            output.append(contentsOf: buffer[0..<n])
        }
        return pclose(pipe) == 0 ? String(decoding: output, as: UTF8.self) : nil
    }

    private func requireTool(_ name: String) throws {
        if shell("command -v \(name)") == nil { throw XCTSkip("\(name) is not installed (run scripts/setup.sh)") }
    }

    /// Instruction sequences per method, keyed "Type::Method#n" (n counts overloads in order).
    /// Both listings end each method with "end of method TYPE::NAME"; only the last component of
    /// TYPE is kept, since monodis prints simple names and Ilex full ones.
    private func methodInstructions(_ listing: String) -> [String: [String]] {
        var result: [String: [String]] = [:]
        var current: [String] = []
        var seen: [String: Int] = [:]
        for raw in listing.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("IL_"), let colon = line.firstIndex(of: ":") {
                let offset = line[..<colon]
                let rest = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                let opcode = rest.split(separator: " ").first.map(String.init) ?? rest
                current.append("\(offset) \(opcode)")
            } else if let range = line.range(of: "end of method ") {
                let qualified = String(line[range.upperBound...])
                let parts = qualified.components(separatedBy: "::")
                let typePart = parts.first.map { String($0.split(separator: "/").last ?? "") } ?? ""
                let simpleType = String(typePart.split(separator: ".").last ?? "")
                let key = simpleType + "::" + (parts.count > 1 ? parts[1] : "")
                let n = seen[key, default: 0]
                seen[key] = n + 1
                result["\(key)#\(n)"] = current
                current = []
            }
        }
        return result
    }

    private func compareWithMonodis(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let reader = try MetadataReader(path: path)
        let ours = methodInstructions(try ILAsmWriter(reader: reader).listing())
        guard let monodis = shell("monodis '\(path)'") else {
            XCTFail("monodis failed on \(path)", file: file, line: line)
            return 0
        }
        let theirs = methodInstructions(monodis)
        XCTAssertEqual(Set(ours.keys), Set(theirs.keys), "method sets differ for \(path)", file: file, line: line)
        var compared = 0
        for (key, sequence) in theirs {
            guard let mine = ours[key] else { continue }
            XCTAssertEqual(mine, sequence, "instructions of \(key) differ", file: file, line: line)
            compared += 1
        }
        return compared
    }

    func testSampleProgramMatchesMonodis() throws {
        try requireTool("mcs")
        try requireTool("monodis")
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Programs/DisSample.cs").path
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ilex-dis-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let exe = dir.appendingPathComponent("DisSample.exe").path
        XCTAssertNotNil(shell("mcs -nologo -unsafe -out:'\(exe)' '\(source)'"), "mcs failed")
        let compared = try compareWithMonodis(exe)
        XCTAssertGreaterThan(compared, 15, "too few methods compared")
    }

    func testFacadeAndNumericsMatchMonodis() throws {
        try requireTool("monodis")
        let compared = try compareWithMonodis("/usr/lib/mono/4.5/System.Numerics.dll")
        XCTAssertGreaterThan(compared, 500)
    }

    func testFilteredListingNamesOneMethod() throws {
        let reader = try MetadataReader(path: "/usr/lib/mono/4.5/mscorlib.dll")
        let text = try ILAsmWriter(reader: reader, typeFilter: "System.String", methodFilter: "Concat").listing()
        XCTAssertTrue(text.contains(".class public auto ansi serializable sealed beforefieldinit System.String"))
        XCTAssertTrue(text.contains("Concat"))
        XCTAssertFalse(text.contains("::Substring("), "methods other than Concat listed")
        XCTAssertThrowsError(try ILAsmWriter(reader: reader, typeFilter: "No.Such.Type").listing())
    }
}
