// libFuzzer entry point for the metadata reader: any input must either decode completely or raise
// BadImageFormat. Built by scripts/fuzz.sh together with Sources/IlexMetadata (not by SwiftPM).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMetadata(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let image = ImageBytes(copying: UnsafeRawBufferPointer(start: data, count: size), name: "fuzz")
    guard let reader = try? MetadataReader(image: image) else { return 0 }
    _ = try? ILAsmWriter(reader: reader).listing()
    _ = try? AssemblySummary(reader).text
    return 0
}
