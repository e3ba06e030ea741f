// `ilex dis` against monodis: the same methods with the same instruction sequences (IL offset and
// opcode name), on a program compiled by mcs at test time and on methods of mscorlib.
import Foundation
import XCTest
import IlexMetadata

final class DisassemblerTests: XCTestCase {
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
                // Ilex quotes names ILAsm needs quoted ('<Evens>c__Iterator0'); monodis's comment does not.
                let qualified = String(line[range.upperBound...]).replacingOccurrences(of: "'", with: "")
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
        try requireTool("monodis")
        let dir = try temporaryDirectory("dis")
        defer { try? FileManager.default.removeItem(at: dir) }
        let exe = try compileTestProgram("DisSample", into: dir, options: "-unsafe")
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
        XCTAssertTrue(text.contains(".class public auto ansi sealed serializable beforefieldinit System.String"))
        XCTAssertTrue(text.contains("Concat"))
        XCTAssertFalse(text.contains("::Substring("), "methods other than Concat listed")
        XCTAssertThrowsError(try ILAsmWriter(reader: reader, typeFilter: "No.Such.Type").listing())
    }
}
