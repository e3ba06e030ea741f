// Times, on mscorlib.dll (or the file given): (1) open = map + parse headers + validate every row;
// (2) open + decode every signature blob and every method body with all its instructions.
// Prints the median of N runs (default 21) in milliseconds.
import IlexMetadata

#if canImport(Glibc)
import Glibc
#endif

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) * 1e3 + Double(ts.tv_nsec) / 1e6
}

func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = now()
        try body()
        times.append(now() - start)
    }
    return times.sorted()[runs / 2]
}

/// Decodes every signature of every kind and every method body's instructions; returns a checksum.
func decodeAll(_ reader: MetadataReader) throws -> Int {
    let signatures = SignatureDecoder(reader: reader)
    var checksum = 0
    for h in reader.methodDefinitions {
        checksum &+= try signatures.decodeMethodSignature(reader.method(h).signature).parameterTypes.count
        guard let body = try reader.methodBody(h) else { continue }
        var decoder = InstructionDecoder(body, reader: reader)
        while let instruction = try decoder.next() { checksum &+= Int(instruction.opcode.value) }
        if let locals = body.localSignature { _ = try signatures.decodeStandaloneSignature(locals) }
    }
    for h in reader.handles(FieldHandle.self) { _ = try signatures.decodeFieldSignature(reader.field(h).signature) }
    for h in reader.handles(MemberReferenceHandle.self) {
        let ref = reader.memberReference(h)
        if ref.isField { _ = try signatures.decodeFieldSignature(ref.signature) } else { _ = try signatures.decodeMethodSignature(ref.signature) }
    }
    for h in reader.handles(PropertyHandle.self) { _ = try signatures.decodePropertySignature(reader.property(h).signature) }
    for h in reader.handles(StandaloneSignatureHandle.self) { _ = try signatures.decodeStandaloneSignature(h) }
    for h in reader.handles(TypeSpecificationHandle.self) { _ = try signatures.decodeTypeSpecification(h) }
    for h in reader.handles(MethodSpecificationHandle.self) {
        _ = try signatures.decodeMethodSpecification(reader.methodSpecification(h).instantiation)
    }
    return checksum
}

let arguments = CommandLine.arguments
let path = arguments.count > 1 ? arguments[1] : "/usr/lib/mono/4.5/mscorlib.dll"
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 21 : 21
var checksum = 0
let openTime = try median(runs) { _ = try MetadataReader(path: path) }
let fullTime = try median(runs) { checksum = try decodeAll(MetadataReader(path: path)) }
print("file: \(path)")
print("open + validate all rows: \(String(format: openTime)) ms (median of \(runs))")
print("open + decode every signature and method body: \(String(format: fullTime)) ms (median of \(runs)), checksum \(checksum)")

func String(format ms: Double) -> String {
    let hundredths = Int((ms * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
}
