// Manifest resources embedded in the image (II.22.24): found through the CLI header's Resources
// directory, each a 4-byte length then the bytes; every offset and length is bounds-checked.

extension MetadataReader {
    /// The bytes of a resource embedded in this file; nil for one in another file or assembly.
    public func manifestResourceData(_ handle: ManifestResourceHandle) throws -> ByteView? {
        let resource = manifestResource(handle)
        guard resource.implementation.isNil else { return nil }
        let directory = cliHeader.resources
        do {
            let section = try pe.view(rva: directory.rva, size: Int(directory.size), what: "CLI resources")
            let length = Int(try section.u32(Int(resource.offset)))
            return try section.slice(Int(resource.offset) + 4, length, "manifest resource '\(resource.name)'")
        } catch let e as BadImageFormat {
            throw e.located(in: fileName)
        }
    }
}
