// The text of `ilex info`: what an engineer wants to know about an image at a glance.

public struct AssemblySummary {
    public let text: String

    public init(_ reader: MetadataReader) throws {
        var lines: [String] = []
        func add(_ label: String, _ value: String) {
            lines.append(label.padded(to: 14) + value)
        }
        add("File:", reader.fileName)
        if let assembly = reader.assembly {
            let culture = assembly.culture.isEmpty ? "neutral" : assembly.culture
            add("Assembly:", "\(assembly.name), Version=\(assembly.version), Culture=\(culture)")
        } else {
            add("Assembly:", "(none: a module without an assembly manifest)")
        }
        let mvid = reader.guid(reader.module.mvid).map(formatGuid) ?? "none"
        add("Module:", "\(reader.module.name) \(mvid)")
        let pe = reader.pe
        let kind = pe.isDll ? "library" : (pe.subsystem == 2 ? "windows executable" : "console executable")
        let machine = pe.isPE32Plus ? "PE32+" : "PE32"
        let cpu = reader.cliHeader.flags & CLIHeader.requires32Bit != 0 ? "x86" : (pe.machine == 0x8664 ? "x64" : "AnyCPU")
        add("Kind:", "\(kind) (\(machine), \(cpu))")
        add("Runtime:", "\(reader.versionString) (CLI header \(reader.cliHeader.majorRuntimeVersion).\(reader.cliHeader.minorRuntimeVersion), table stream \(reader.tableStreamMajorVersion).\(reader.tableStreamMinorVersion) \(reader.isCompressedTableStream ? "#~" : "#-"))")
        if let entry = reader.entryPoint {
            let method = reader.method(entry)
            let type = reader.typeDefinition(method.declaringType)
            let typeName = type.namespace.isEmpty ? type.name : "\(type.namespace).\(type.name)"
            add("Entry point:", "\(typeName)::\(method.name) (\(entry.token))")
        } else {
            add("Entry point:", "none")
        }
        let refs = reader.handles(AssemblyReferenceHandle.self).map { h -> String in
            let r = reader.assemblyReference(h)
            return "\(r.name) \(r.version)"
        }
        add("References:", refs.isEmpty ? "none" : refs.joined(separator: ", "))
        add("Heaps:", "#Strings \(reader.stringHeapSize) B, #US \(reader.userStringHeapSize) B, #Blob \(reader.blobHeapSize) B, #GUID \(reader.guidHeapSize / 16) entries")
        lines.append("Tables:")
        for table in TableIndex.allCases where reader.rowCount(table) > 0 {
            let hex = String(table.rawValue, radix: 16)
            let id = "0x" + (hex.count < 2 ? "0" + hex : hex)
            lines.append("  \(id) \(table.name.padded(to: 24)) \(reader.rowCount(table))")
        }
        text = lines.joined(separator: "\n")
    }
}

/// Registry-format GUID text ({XXXXXXXX-XXXX-...}) from its 16 little-endian-field bytes.
public func formatGuid(_ b: [UInt8]) -> String {
    func hex(_ bytes: [UInt8]) -> String {
        bytes.map { let s = String($0, radix: 16, uppercase: true); return s.count == 1 ? "0" + s : s }.joined()
    }
    guard b.count == 16 else { return "{}" }
    return "{\(hex(b[0..<4].reversed()))-\(hex(b[4..<6].reversed()))-\(hex(b[6..<8].reversed()))-\(hex(Array(b[8..<10])))-\(hex(Array(b[10..<16])))}"
}
