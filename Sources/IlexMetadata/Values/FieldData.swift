// Initial bytes of fields with an RVA (II.22.18): static array initializers and mapped data,
// read from the image at the FieldRVA address with the length the caller derives from the type.

extension MetadataReader {
    /// `size` bytes of initial data of a field with an RVA (the caller knows the field type's size).
    public func fieldInitialData(_ handle: FieldHandle, size: Int) throws -> ByteView {
        guard let rva = field(handle).rva else {
            throw BadImageFormat(file: fileName, offset: nil, "field \(handle.token) has no RVA")
        }
        do {
            return try pe.view(rva: rva, size: size, what: "initial data of field \(handle.token)")
        } catch let e as BadImageFormat {
            throw e.located(in: fileName)
        }
    }
}
