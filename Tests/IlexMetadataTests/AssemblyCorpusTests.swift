// Every assembly Mono ships (4.5, Facades, GAC) opens — which validates every row of every table —
// and every signature blob and method body in it decodes.
import Foundation
import XCTest
import IlexMetadata

final class AssemblyCorpusTests: XCTestCase {
    func testEveryMonoAssemblyOpensAndDecodes() throws {
        let paths = monoAssemblyPaths()
        guard paths.count > 50 else { throw XCTSkip("Mono's assemblies are not installed (run scripts/setup.sh)") }
        var opened = 0, signatures = 0, bodies = 0, instructions = 0
        var notManaged: [String] = []
        for path in paths {
            do {
                let reader = try MetadataReader(path: path)
                opened += 1
                let counts = try decodeEverything(reader)
                signatures += counts.signatures
                bodies += counts.bodies
                instructions += counts.instructions
            } catch let error as BadImageFormat where error.reason.hasPrefix("not a .NET assembly") {
                notManaged.append(path)
            } catch {
                XCTFail("\(path): \(error)")
            }
        }
        print("corpus: \(paths.count) files, \(opened) assemblies, \(signatures) signatures, \(bodies) method bodies, \(instructions) instructions; native PE files: \(notManaged)")
        XCTAssertLessThan(notManaged.count, 5, "unexpectedly many native PE files: \(notManaged)")
        XCTAssertGreaterThan(bodies, 100_000)
    }

    func testMscorlibIdentityAndKnownRows() throws {
        let reader = try MetadataReader(path: "/usr/lib/mono/4.5/mscorlib.dll")
        XCTAssertEqual(reader.assembly?.name, "mscorlib")
        XCTAssertEqual(reader.assembly?.version.description, "4.0.0.0")
        XCTAssertEqual(reader.versionString, "v4.0.30319")
        XCTAssertNil(reader.entryPoint)
        let string = reader.typeDefinitions.map(reader.typeDefinition).first { $0.namespace == "System" && $0.name == "String" }
        XCTAssertNotNil(string)
        let methods = string!.methods.map { reader.method($0).name }
        XCTAssertTrue(methods.contains("Concat"))
        XCTAssertTrue(methods.contains("FastAllocateString"))
        let fields = string!.fields.map { reader.field($0).name }
        // Mono 6.8 names them _stringLength/_firstChar (older Monos: m_stringLength/m_firstChar).
        XCTAssertTrue(fields.contains("_stringLength") && fields.contains("_firstChar"), "fields: \(fields)")
        let list = reader.typeDefinitions.first { reader.typeName($0.token) == "System.Collections.Generic.List`1" }
        XCTAssertEqual(list.map { reader.typeDefinition($0).genericParameters.count }, 1)
    }

    func testProgramEntryPointAndUserStrings() throws {
        let dir = try temporaryDirectory("corpus")
        defer { try? FileManager.default.removeItem(at: dir) }
        let exe = try compileTestProgram("DisSample", into: dir, options: "-unsafe")
        let reader = try MetadataReader(path: exe)
        let entry = try XCTUnwrap(reader.entryPoint)
        XCTAssertEqual(reader.method(entry).name, "Main")
        XCTAssertEqual(reader.typeName(reader.method(entry).declaringType.token), "Sample.Program")
        let strings = try reader.methodDefinitions.compactMap { try reader.methodBody($0) }.flatMap {
            try decodeInstructions($0, reader: reader).compactMap { $0.token.flatMap { $0.isUserString ? $0 : nil } }
        }.map { try reader.userString(UserStringHandle(offset: $0.row)) }
        XCTAssertTrue(strings.contains("hi \"there\"\n"), "user strings: \(strings)")
    }
}
