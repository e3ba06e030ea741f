// Assembly resolution and type lookup: search order, GAC, facades' type forwarders, every TypeRef of
// the main BCL assemblies resolving to a definition, and the errors for what is missing.
import Foundation
import XCTest
import IlexVM

final class LoaderTests: XCTestCase {
    private func standardLoader(programDirectory: String? = nil, ilexPath: String? = nil) throws -> AssemblyLoader {
        guard FileManager.default.fileExists(atPath: AssemblyResolver.monoDirectory + "/mscorlib.dll") else {
            throw XCTSkip("Mono's class library is not installed (run scripts/setup.sh)")
        }
        return AssemblyLoader(resolver: .standard(programDirectory: programDirectory, ilexPath: ilexPath))
    }

    func testIdentityParsing() {
        let id = AssemblyIdentity(parsing: "System.Core, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089")
        XCTAssertEqual(id.name, "System.Core")
        XCTAssertEqual(id.version?.description, "4.0.0.0")
        XCTAssertEqual(id.culture, "")
        XCTAssertEqual(id.publicKeyTokenText, "b77a5c561934e089")
        XCTAssertEqual(id.description, "System.Core, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089")
        XCTAssertNil(AssemblyIdentity(parsing: "Mine, PublicKeyToken=null").publicKeyToken)
    }

    func testFacadeForwardsObjectToMscorlib() throws {
        let loader = try standardLoader()
        let runtime = try loader.load(AssemblyIdentity(parsing: "System.Runtime"))
        XCTAssertTrue(runtime.path.hasSuffix("Facades/System.Runtime.dll"), runtime.path)
        let (owner, object) = try loader.findType(namespace: "System", name: "Object", in: runtime)
        XCTAssertEqual(owner.identity.name, "mscorlib")
        XCTAssertEqual(owner.reader.typeName(object.token), "System.Object")
        XCTAssertEqual(owner.identity.publicKeyTokenText, "b77a5c561934e089")
    }

    func testEveryTypeReferenceOfTheBCLResolves() throws {
        let loader = try standardLoader()
        var resolved = 0
        for name in ["mscorlib", "System", "System.Core", "System.Xml", "System.Numerics", "Facades/System.Runtime"] {
            let assembly = try loader.load(path: AssemblyResolver.monoDirectory + "/" + name + ".dll")
            for h in assembly.reader.handles(TypeReferenceHandle.self) {
                do {
                    let (owner, definition) = try loader.resolve(h, in: assembly)
                    let ref = assembly.reader.typeReference(h)
                    XCTAssertEqual(owner.reader.typeDefinition(definition).name, ref.name)
                    resolved += 1
                } catch {
                    XCTFail("\(name): \(assembly.reader.typeName(h.token)): \(error)")
                }
            }
        }
        XCTAssertGreaterThan(resolved, 1000)
        // Loading is by need: only what those references reach was loaded.
        XCTAssertLessThan(loader.loadedAssemblies.count, 40)
    }

    func testGacIsSearchedAfterTheFolders() throws {
        let loader = try standardLoader()
        // Mono.Cecil lives only in the GAC (mono-devel), not in the 4.5 folder.
        let cecil = AssemblyIdentity(parsing: "Mono.Cecil, Version=0.10.0.0")
        guard case .success(let path) = loader.resolver.locate(cecil) else {
            throw XCTSkip("Mono.Cecil is not in the GAC here")
        }
        XCTAssertTrue(path.hasPrefix(AssemblyResolver.gacDirectory + "/Mono.Cecil/"), path)
    }

    func testIlexPathComesBeforeMono() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ilex-path-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // The 4.5 folder holds relative symlinks into the GAC: copy the file they point at.
        let original = URL(fileURLWithPath: AssemblyResolver.monoDirectory + "/System.Numerics.dll").resolvingSymlinksInPath().path
        try FileManager.default.copyItem(atPath: original,
                                         toPath: dir.appendingPathComponent("System.Numerics.dll").path)
        let loader = try standardLoader(ilexPath: "/nonexistent:" + dir.path)
        XCTAssertEqual(try loader.load(AssemblyIdentity(parsing: "System.Numerics")).path, dir.path + "/System.Numerics.dll")
    }

    func testMissingAssemblyNamesWhatAndWhere() throws {
        let loader = try standardLoader(programDirectory: "/tmp/program-folder")
        XCTAssertThrowsError(try loader.load(AssemblyIdentity(parsing: "No.Such.Assembly, Version=1.2.3.4"))) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("No.Such.Assembly, Version=1.2.3.4"), text)
            XCTAssertTrue(text.contains("/tmp/program-folder/No.Such.Assembly.dll"), text)
            XCTAssertTrue(text.contains(AssemblyResolver.monoDirectory + "/Facades/No.Such.Assembly.exe"), text)
            XCTAssertTrue(text.contains(AssemblyResolver.gacDirectory + "/No.Such.Assembly/*"), text)
        }
    }

    func testMissingTypeNamesTypeAndAssembly() throws {
        let loader = try standardLoader()
        let mscorlib = try loader.load(AssemblyIdentity(parsing: "mscorlib"))
        XCTAssertThrowsError(try loader.findType(namespace: "System", name: "NoSuchType", in: mscorlib)) { error in
            XCTAssertTrue("\(error)".hasPrefix("TypeLoadException: Could not load type 'System.NoSuchType' from assembly 'mscorlib, Version=4.0.0.0"), "\(error)")
        }
    }
}
