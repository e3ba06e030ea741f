// Helpers shared by the metadata tests: running tools (mcs, monodis), finding Mono's assemblies,
// compiling C# test programs, and a seeded PRNG for mutation tests.
import Foundation
import XCTest
import IlexMetadata
@_exported import IlexTestSupport

#if canImport(Glibc)
import Glibc
#endif

func requireTool(_ name: String) throws {
    if !isToolInstalled(name) { throw XCTSkip("\(name) is not installed (run scripts/setup.sh)") }
}

/// Every .dll/.exe under Mono's 4.5 folder (with Facades) and the GAC, once per real file.
func monoAssemblyPaths() -> [String] {
    var seen = Set<String>()
    var paths: [String] = []
    for root in ["/usr/lib/mono/4.5", "/usr/lib/mono/gac"] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
        while let relative = walker.nextObject() as? String {
            let lower = relative.lowercased()
            guard lower.hasSuffix(".dll") || lower.hasSuffix(".exe") else { continue }
            let path = root + "/" + relative
            let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            if seen.insert(real).inserted { paths.append(real) }
        }
    }
    return paths.sorted()
}

/// Why a file under Mono's folders may legitimately not be a .NET image. Opening any other file
/// that fails is a test failure. (Mono 6.8 on Debian ships none today; keep each entry explained.)
let knownNonManagedFiles: [String: String] = [:]

/// The outcome of `forEachMonoAssembly`: how many files opened, and the ones that are not .NET
/// images (open threw BadImageFormat "not a PE file" / "not a .NET assembly"), with the reason.
struct MonoCorpusWalk {
    var files = 0
    var opened = 0
    var nonManaged: [(path: String, reason: String)] = []
}

/// True for the BadImageFormat reasons that mean "this is not a .NET image at all" (as opposed to
/// a corrupt one).
func isNotDotNetImage(_ error: BadImageFormat) -> Bool {
    error.reason.hasPrefix("not a PE file") || error.reason.hasPrefix("not a .NET assembly")
}

/// Opens every Mono assembly (`monoAssemblyPaths()`) and hands each reader to `body`. Files that
/// are not .NET images are collected, not passed on; any other open error, and any error thrown by
/// `body`, fails the calling test naming the file. Signature and method-body walks go in `body`.
@discardableResult
func forEachMonoAssembly(file: StaticString = #filePath, line: UInt = #line,
                         _ body: (_ path: String, _ reader: MetadataReader) throws -> Void) -> MonoCorpusWalk {
    var walk = MonoCorpusWalk()
    for path in monoAssemblyPaths() {
        walk.files += 1
        let reader: MetadataReader
        do {
            reader = try MetadataReader(path: path)
        } catch let error as BadImageFormat where isNotDotNetImage(error) {
            walk.nonManaged.append((path, error.reason))
            continue
        } catch {
            XCTFail("\(path): \(error)", file: file, line: line)
            continue
        }
        walk.opened += 1
        do {
            try body(path, reader)
        } catch {
            XCTFail("\(path): \(error)", file: file, line: line)
        }
    }
    return walk
}

/// Compiles Programs/NAME.cs with mcs into `directory`; returns the assembly's path.
func compileTestProgram(_ name: String, into directory: URL, options: String = "") throws -> String {
    try requireTool("mcs")
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Programs/\(name).cs").path
    let output = directory.appendingPathComponent("\(name).exe").path
    try compile(source, to: output, options: options)
    return output
}

/// splitmix64: deterministic, so a failing mutation can be reproduced from its seed.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// Decodes everything reachable in an image: every signature of every table that has one, every
/// method body with all its instructions and branch targets, every type name. Returns counts.
@discardableResult
func decodeEverything(_ reader: MetadataReader) throws -> (signatures: Int, bodies: Int, instructions: Int) {
    for h in reader.handles(ConstantHandle.self) { _ = try reader.constantValue(h).ilasmText }
    for h in reader.handles(FieldMarshalHandle.self) { _ = try reader.marshalDescriptor(h).ilasmText }
    for h in reader.handles(ManifestResourceHandle.self) { _ = try reader.manifestResourceData(h) }
    for h in reader.handles(CustomAttributeHandle.self) {
        // Enums from other assemblies are unknown here; that error must still be a BadImageFormat.
        do { _ = try reader.decodeCustomAttribute(h) } catch let e as BadImageFormat where e.reason.hasPrefix("cannot resolve") {}
    }
    let decoder = SignatureDecoder(reader: reader)
    var signatures = 0, bodies = 0, instructions = 0
    for h in reader.methodDefinitions {
        _ = try decoder.decodeMethodSignature(reader.method(h).signature)
        signatures += 1
        if let body = try reader.methodBody(h) {
            let decoded = try decodeInstructions(body, reader: reader)
            try validateBranchTargets(decoded, in: body, reader: reader)
            if let locals = body.localSignature { _ = try decoder.decodeStandaloneSignature(locals) }
            bodies += 1
            instructions += decoded.count
        }
    }
    for h in reader.handles(FieldHandle.self) { _ = try decoder.decodeFieldSignature(reader.field(h).signature); signatures += 1 }
    for h in reader.handles(MemberReferenceHandle.self) {
        let ref = reader.memberReference(h)
        if ref.isField { _ = try decoder.decodeFieldSignature(ref.signature) } else { _ = try decoder.decodeMethodSignature(ref.signature) }
        signatures += 1
    }
    for h in reader.handles(PropertyHandle.self) { _ = try decoder.decodePropertySignature(reader.property(h).signature); signatures += 1 }
    for h in reader.handles(StandaloneSignatureHandle.self) { _ = try decoder.decodeStandaloneSignature(h); signatures += 1 }
    for h in reader.handles(TypeSpecificationHandle.self) { _ = try decoder.decodeTypeSpecification(h); signatures += 1 }
    for h in reader.handles(MethodSpecificationHandle.self) {
        _ = try decoder.decodeMethodSpecification(reader.methodSpecification(h).instantiation); signatures += 1
    }
    for h in reader.typeDefinitions { _ = reader.typeName(h.token) }
    for h in reader.handles(TypeReferenceHandle.self) { _ = reader.typeName(h.token) }
    return (signatures, bodies, instructions)
}

/// Reads every row of the commonly used tables through the typed, non-throwing accessors (names,
/// lists, owners, lookups), which rely on the validation done at open; returns a checksum so the
/// optimizer keeps the reads. A crash or sanitizer report here is an out-of-bounds read.
@discardableResult
func touchEveryRow(_ reader: MetadataReader) -> Int {
    var sum = 0
    func add(_ s: String) { sum &+= s.utf8.count }
    add(reader.module.name)
    for h in reader.typeDefinitions {
        let t = reader.typeDefinition(h)
        add(t.name); add(t.namespace); add(reader.typeName(h.token))
        sum &+= t.baseType.rawValue.hashValue
        for f in t.fields { let field = reader.field(f); add(field.name); sum &+= Int(field.offset ?? 0) &+ Int(field.rva ?? 0) }
        for m in t.methods {
            let method = reader.method(m)
            add(method.name)
            sum &+= method.declaringType.row &+ method.genericParameters.count
            for p in method.parameters { add(reader.parameter(p).name) }
        }
        sum &+= (t.declaringType?.row ?? 0) &+ t.nestedTypes.count &+ t.interfaceImplementations.count
        sum &+= t.genericParameters.count &+ Int(t.layout?.classSize ?? 0) &+ t.methodImplementations.count
        for p in t.properties { add(reader.property(p).name) }
        for e in t.events { add(reader.event(e).name) }
        sum &+= reader.customAttributes(of: h.token).count
    }
    for h in reader.handles(TypeReferenceHandle.self) { let r = reader.typeReference(h); add(r.name); add(r.namespace) }
    for h in reader.handles(MemberReferenceHandle.self) { let r = reader.memberReference(h); add(r.name); sum &+= r.parent.row &+ reader.blob(r.signature).count }
    for h in reader.handles(ParameterHandle.self) { add(reader.parameter(h).name) }
    for h in reader.handles(ModuleReferenceHandle.self) { add(reader.moduleReference(h).name) }
    for h in reader.handles(AssemblyReferenceHandle.self) { add(reader.assemblyReference(h).name) }
    for h in reader.handles(ExportedTypeHandle.self) { let e = reader.exportedType(h); add(e.name); add(e.namespace) }
    for h in reader.handles(ManifestResourceHandle.self) { add(reader.manifestResource(h).name) }
    for h in reader.handles(GenericParameterHandle.self) { let g = reader.genericParameter(h); add(g.name); sum &+= g.constraints.count }
    for h in reader.handles(ImplMapHandle.self) { add(reader.implMap(h).importName) }
    if let assembly = reader.assembly { add(assembly.name); add(assembly.culture) }
    return sum
}
