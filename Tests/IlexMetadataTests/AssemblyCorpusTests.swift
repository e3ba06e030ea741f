// Every assembly Mono ships (4.5, Facades, GAC) opens — which validates every row of every table —
// and every signature blob and method body in it decodes.
import Foundation
import XCTest
import IlexMetadata

final class AssemblyCorpusTests: XCTestCase {
    func testEveryMonoAssemblyOpensAndDecodes() throws {
        guard monoAssemblyPaths().count > 50 else { throw XCTSkip("Mono's assemblies are not installed (run scripts/setup.sh)") }
        var signatures = 0, bodies = 0, instructions = 0
        let walk = forEachMonoAssembly { _, reader in
            let counts = try decodeEverything(reader)
            signatures += counts.signatures
            bodies += counts.bodies
            instructions += counts.instructions
        }
        let nonManaged = walk.nonManaged.map { "\($0.path) (\($0.reason))" }
        print("corpus: \(walk.files) files, \(walk.opened) assemblies, \(signatures) signatures, \(bodies) method bodies, \(instructions) instructions; not .NET images: \(nonManaged)")
        XCTAssertEqual(Set(walk.nonManaged.map(\.path)), Set(knownNonManagedFiles.keys), "files that are not .NET images changed: \(nonManaged)")
        XCTAssertLessThan(walk.nonManaged.count, 5)
        XCTAssertGreaterThan(walk.opened, 300)
        XCTAssertGreaterThan(bodies, 100_000)
    }

    /// Files that are not .NET images are rejected with BadImageFormat naming why, never a crash:
    /// an ELF binary, text, an empty file, a bare DOS stub, and a PE whose CLI header directory is
    /// cleared (what a native Windows DLL looks like to the reader).
    func testNonDotNetFilesAreRejected() throws {
        var inputs: [(String, [UInt8])] = [
            ("empty", []),
            ("text", Array("just some text, not an image\n".utf8)),
            ("DOS stub only", Array("MZ".utf8) + [UInt8](repeating: 0, count: 62)),
        ]
        for elf in ["/bin/sh", "/usr/bin/mono"] {
            if let data = FileManager.default.contents(atPath: elf) { inputs.append((elf, Array(data))) }
        }
        var native = Array(FileManager.default.contents(atPath: "/usr/lib/mono/4.5/Facades/System.Runtime.dll")!)
        let pe = Int(native[0x3C]) | Int(native[0x3D]) << 8
        let optional = pe + 24
        let directories = optional + ((Int(native[optional]) | Int(native[optional + 1]) << 8) == 0x20B ? 112 : 96)
        for i in 0..<8 { native[directories + 14 * 8 + i] = 0 }
        inputs.append(("PE without CLI header", native))
        for (what, bytes) in inputs {
            do {
                _ = try MetadataReader(image: ImageBytes(bytes, name: what))
                XCTFail("\(what): opened as a .NET image")
            } catch let error as BadImageFormat {
                XCTAssertTrue(isNotDotNetImage(error), "\(what): \(error)")
            } catch {
                XCTFail("\(what): unexpected error \(error)")
            }
        }
        // Through the file API: a native file is BadImageFormat; a directory or a missing file is an
        // ImageFileError (the file could not be read at all), never a crash.
        for path in ["/bin/sh", "/etc/hostname"] where FileManager.default.fileExists(atPath: path) {
            XCTAssertThrowsError(try MetadataReader(path: path)) { XCTAssertTrue($0 is BadImageFormat, "\(path): \($0)") }
        }
        XCTAssertThrowsError(try MetadataReader(path: "/usr/lib/mono")) { XCTAssertEqual(($0 as? ImageFileError)?.kind, .unreadable, "\($0)") }
        XCTAssertThrowsError(try MetadataReader(path: "/nonexistent/x.dll")) { XCTAssertEqual(($0 as? ImageFileError)?.kind, .notFound, "\($0)") }
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

    /// Every custom attribute blob of every assembly decodes, with enums resolved across the corpus.
    func testEveryCustomAttributeDecodes() throws {
        let readers = monoAssemblyPaths().compactMap { try? MetadataReader(path: $0) }
        guard readers.count > 50 else { throw XCTSkip("Mono's assemblies are not installed") }
        var enums: [String: ElementType] = [:]
        for reader in readers {
            for h in reader.typeDefinitions {
                let type = reader.typeDefinition(h)
                guard !type.baseType.isNil, reader.reflectionName(type.baseType) == "System.Enum" else { continue }
                let name = reader.reflectionName(h.token)
                if enums[name] == nil { enums[name] = reader.localEnumUnderlyingType(name) }
            }
        }
        var decoded = 0, namedArguments = 0
        for reader in readers {
            for h in reader.handles(CustomAttributeHandle.self) {
                do {
                    let value = try reader.decodeCustomAttribute(h) { enums[$0] }
                    decoded += 1
                    namedArguments += value.namedArguments.count
                } catch {
                    XCTFail("\(reader.fileName): custom attribute \(h.row): \(error)")
                }
            }
        }
        print("custom attributes: \(decoded) decoded (\(namedArguments) named arguments), \(enums.count) enums known")
        XCTAssertGreaterThan(decoded, 50_000)
    }

    func testCustomAttributeValuesOfSample() throws {
        let dir = try temporaryDirectory("attributes")
        defer { try? FileManager.default.removeItem(at: dir) }
        let exe = try compileTestProgram("DisSample", into: dir, options: "-unsafe")
        let reader = try MetadataReader(path: exe)
        let mscorlib = try MetadataReader(path: "/usr/lib/mono/4.5/mscorlib.dll")
        let values = try reader.handles(CustomAttributeHandle.self).map { try reader.decodeCustomAttribute($0) { mscorlib.localEnumUnderlyingType($0) } }
        // mcs marks the assembly with [RuntimeCompatibility(WrapNonExceptionThrows = true)].
        XCTAssertTrue(values.contains { $0.namedArguments == [CustomAttributeNamedArgument(isField: false, name: "WrapNonExceptionThrows", value: .boolean(true))] })
        XCTAssertTrue(values.contains { $0.fixedArguments == [.enumValue(typeName: "System.Diagnostics.DebuggerBrowsableState", value: 0)] }, "\(values)")
        // [Tag("program", typeof(List<int>), 1, 2, 3, Extra = AttributeTargets.Field)]: string, Type,
        // params array, and a boxed enum in a named field.
        let tag = values.first { $0.fixedArguments.first == .string("program") }
        XCTAssertEqual(tag?.fixedArguments.dropFirst().first, .type("System.Collections.Generic.List`1[[System.Int32, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089]], mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"))
        XCTAssertEqual(tag?.fixedArguments.last, .array([.int32(1), .int32(2), .int32(3)]))
        XCTAssertEqual(tag?.namedArguments, [CustomAttributeNamedArgument(isField: true, name: "Extra", value: .enumValue(typeName: "System.AttributeTargets", value: 256))])
    }

    func testConstantsMarshalAndResources() throws {
        let system = try MetadataReader(path: "/usr/lib/mono/4.5/System.dll")
        let constants = try system.handles(ConstantHandle.self).map { try system.constantValue($0) }
        XCTAssertGreaterThan(constants.count, 1000)
        let marshal = try system.handles(FieldMarshalHandle.self).map { try system.marshalDescriptor($0).ilasmText }
        XCTAssertTrue(marshal.contains("lpwstr") || marshal.contains("bool"), "\(marshal.prefix(20))")
        let resources = try system.handles(ManifestResourceHandle.self).compactMap { try system.manifestResourceData($0) }
        XCTAssertFalse(resources.isEmpty)
        XCTAssertEqual(ConstantValue.int32(42).ilasmText, "int32(0x0000002a)")
    }
}
