// PE/COFF container of a CLI image (ECMA-335 II.25): DOS stub, PE and COFF headers, the optional
// header (PE32 and PE32+), data directories and sections, RVA-to-file-offset mapping, and the CLI
// header (II.25.3.3) that locates the metadata.

public struct SectionHeader: Sendable {
    public var name: String
    public var virtualSize: UInt32
    public var virtualAddress: UInt32
    public var sizeOfRawData: UInt32
    public var pointerToRawData: UInt32
    public var characteristics: UInt32
}

public struct DataDirectory: Sendable {
    public var rva: UInt32
    public var size: UInt32
    public var isEmpty: Bool { rva == 0 && size == 0 }
}

/// The CLI header (II.25.3.3).
public struct CLIHeader: Sendable {
    public var majorRuntimeVersion: UInt16
    public var minorRuntimeVersion: UInt16
    public var metadata: DataDirectory
    public var flags: UInt32
    /// A MethodDef or File token, or 0 (native entry points are flagged in `flags`).
    public var entryPointToken: UInt32
    public var resources: DataDirectory
    public var strongNameSignature: DataDirectory
    public var vtableFixups: DataDirectory

    public static let ilOnly: UInt32 = 0x1
    public static let requires32Bit: UInt32 = 0x2
    public static let strongNameSigned: UInt32 = 0x8
    public static let nativeEntryPoint: UInt32 = 0x10
    public static let prefers32Bit: UInt32 = 0x20000
}

public struct PEImage: Sendable {
    public let bytes: ByteView
    public let fileName: String
    public let machine: UInt16
    public let timeDateStamp: UInt32
    public let characteristics: UInt16
    /// True for PE32+ (64-bit optional header).
    public let isPE32Plus: Bool
    public let subsystem: UInt16
    public let imageBase: UInt64
    public let dataDirectories: [DataDirectory]
    public let sections: [SectionHeader]
    /// nil for a PE file without a CLI header (a native executable).
    public let cliHeader: CLIHeader?

    public static let cliHeaderDirectoryIndex = 14

    public var isDll: Bool { characteristics & 0x2000 != 0 }

    public init(_ bytes: ByteView, fileName: String = "<memory>") throws {
        do {
            try self.init(parsing: bytes, fileName: fileName)
        } catch let error as BadImageFormat {
            throw error.located(in: fileName)
        }
    }

    private init(parsing bytes: ByteView, fileName: String) throws {
        self.bytes = bytes
        self.fileName = fileName
        guard bytes.count >= 0x40, try bytes.u16(0) == 0x5A4D else {
            throw BadImageFormat(offset: 0, "not a PE file: no 'MZ' DOS header")
        }
        let peOffset = Int(try bytes.u32(0x3C))
        guard try bytes.slice(peOffset, 4, "PE signature").u32(0) == 0x0000_4550 else {
            throw BadImageFormat(offset: peOffset, "not a PE file: no 'PE\\0\\0' signature")
        }
        let coff = peOffset + 4
        machine = try bytes.u16(coff)
        let sectionCount = Int(try bytes.u16(coff + 2))
        timeDateStamp = try bytes.u32(coff + 4)
        let optionalHeaderSize = Int(try bytes.u16(coff + 16))
        characteristics = try bytes.u16(coff + 18)

        let optional = coff + 20
        let optionalView = try bytes.slice(optional, optionalHeaderSize, "PE optional header")
        let magic = try optionalView.u16(0)
        switch magic {
        case 0x10B: isPE32Plus = false
        case 0x20B: isPE32Plus = true
        default: throw BadImageFormat(offset: optional, "unknown PE optional header magic 0x\(String(magic, radix: 16))")
        }
        imageBase = isPE32Plus ? try optionalView.u64(24) : UInt64(try optionalView.u32(28))
        subsystem = try optionalView.u16(68)
        let directoryCountOffset = isPE32Plus ? 108 : 92
        let directoryCount = Int(try optionalView.u32(directoryCountOffset))
        guard directoryCount <= 16 else {
            throw BadImageFormat(offset: optional + directoryCountOffset, "\(directoryCount) data directories (at most 16)")
        }
        var directories: [DataDirectory] = []
        for i in 0..<directoryCount {
            let at = directoryCountOffset + 4 + i * 8
            directories.append(DataDirectory(rva: try optionalView.u32(at), size: try optionalView.u32(at + 4)))
        }
        dataDirectories = directories

        var sections: [SectionHeader] = []
        let sectionTable = optional + optionalHeaderSize
        let sectionsView = try bytes.slice(sectionTable, sectionCount * 40, "section table")
        for i in 0..<sectionCount {
            let s = i * 40
            var nameBytes: [UInt8] = []
            for j in 0..<8 {
                let b = try sectionsView.u8(s + j)
                if b == 0 { break }
                nameBytes.append(b)
            }
            sections.append(SectionHeader(
                name: String(decoding: nameBytes, as: UTF8.self),
                virtualSize: try sectionsView.u32(s + 8),
                virtualAddress: try sectionsView.u32(s + 12),
                sizeOfRawData: try sectionsView.u32(s + 16),
                pointerToRawData: try sectionsView.u32(s + 20),
                characteristics: try sectionsView.u32(s + 36)))
        }
        self.sections = sections

        if directories.count > Self.cliHeaderDirectoryIndex,
           !directories[Self.cliHeaderDirectoryIndex].isEmpty {
            let dir = directories[Self.cliHeaderDirectoryIndex]
            let h = try Self.view(rva: dir.rva, size: max(Int(dir.size), 72), bytes: bytes, sections: sections, what: "CLI header")
            func directory(_ at: Int) throws -> DataDirectory {
                DataDirectory(rva: try h.u32(at), size: try h.u32(at + 4))
            }
            cliHeader = CLIHeader(
                majorRuntimeVersion: try h.u16(4), minorRuntimeVersion: try h.u16(6),
                metadata: try directory(8), flags: try h.u32(16), entryPointToken: try h.u32(20),
                resources: try directory(24), strongNameSignature: try directory(32),
                vtableFixups: try directory(48))
        } else {
            cliHeader = nil
        }
    }

    /// File offset of `rva`, or nil when no section contains it.
    public func fileOffset(ofRVA rva: UInt32) -> Int? {
        Self.fileOffset(ofRVA: rva, sections: sections)
    }

    static func fileOffset(ofRVA rva: UInt32, sections: [SectionHeader]) -> Int? {
        for s in sections {
            let extent = max(s.virtualSize, s.sizeOfRawData)
            if rva >= s.virtualAddress && UInt64(rva) < UInt64(s.virtualAddress) + UInt64(extent) {
                let delta = rva - s.virtualAddress
                // Bytes past the raw data are zero-fill in memory; we only serve what the file has.
                guard delta < s.sizeOfRawData else { return nil }
                return Int(s.pointerToRawData) + Int(delta)
            }
        }
        return nil
    }

    static func view(rva: UInt32, size: Int, bytes: ByteView, sections: [SectionHeader], what: String) throws -> ByteView {
        guard let offset = fileOffset(ofRVA: rva, sections: sections) else {
            throw BadImageFormat(offset: nil, "\(what): RVA 0x\(String(rva, radix: 16)) is in no section")
        }
        return try bytes.slice(offset, size, what)
    }

    /// `size` bytes at `rva`, checked against the file.
    public func view(rva: UInt32, size: Int, what: String) throws -> ByteView {
        try Self.view(rva: rva, size: size, bytes: bytes, sections: sections, what: what)
    }

    /// The bytes from `rva` to the end of its section's raw data (method bodies, field data).
    public func viewToSectionEnd(rva: UInt32, what: String) throws -> ByteView {
        for s in sections where rva >= s.virtualAddress && rva - s.virtualAddress < s.sizeOfRawData {
            let delta = Int(rva - s.virtualAddress)
            let start = Int(s.pointerToRawData) + delta
            let length = min(Int(s.sizeOfRawData) - delta, bytes.count - min(start, bytes.count))
            return try bytes.slice(start, max(length, 0), what)
        }
        throw BadImageFormat(offset: nil, "\(what): RVA 0x\(String(rva, radix: 16)) is in no section")
    }
}
