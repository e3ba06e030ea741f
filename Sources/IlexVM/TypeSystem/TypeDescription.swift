// The text of `ilex info --types`: a loaded type's layout (instance and static field offsets,
// sizes, reference map), its vtable and its interface map, for checking the loader by eye.

extension RuntimeType {
    public func layoutDescription() throws -> String {
        let table = try load()
        var lines: [String] = []
        let kindWord = isInterface ? "interface" : isEnum ? "enum" : isValueType ? "struct" : isArray ? "array" : "class"
        var header = "\(kindWord) \(self)"
        if kind == .definition { header += " (\(flags.layout) layout)" }
        lines.append(header)
        if let parent = try parent() { lines.append("  parent \(parent)") }
        if isValueType {
            lines.append("  size \(try instanceSize()), alignment \(try instanceAlignment())")
        } else if !isInterface {
            lines.append("  object size \(table.baseSize)" + (table.componentSize > 0 ? ", element size \(table.componentSize)" : ""))
        }
        let references = Array(table.referenceOffsets)
        if !references.isEmpty { lines.append("  references at " + references.map(String.init).joined(separator: ", ")) }
        let words = describe(table.flags)
        if !words.isEmpty { lines.append("  flags " + words) }

        let fields = try fields()
        let instance = fields.filter { $0.storage == .instance }.sorted { $0.offset < $1.offset }
        if !instance.isEmpty {
            lines.append("  instance fields:")
            for f in instance { lines.append("    \(Self.padded(f.offset)) \(f.name) : \(f.type)") }
        }
        let statics = fields.filter { $0.storage == .static || $0.storage == .threadStatic }
        if !statics.isEmpty {
            lines.append("  static fields (\(try staticsSize()) bytes):")
            for f in statics {
                lines.append("    \(Self.padded(f.offset)) \(f.name) : \(f.type)" + (f.storage == .threadStatic ? " [thread]" : "") + (f.hasRVA ? " [rva]" : ""))
            }
        }
        let vtable = try virtualTable()
        if !vtable.isEmpty {
            lines.append("  vtable (\(vtable.count) slots):")
            for (slot, method) in vtable.enumerated() {
                lines.append("    \(Self.padded(slot)) \(method)" + (method.isAbstract ? " [abstract]" : ""))
            }
        }
        for entry in try interfaceMap() {
            lines.append("  implements \(entry.interface):")
            for (slot, method) in entry.implementations.enumerated() {
                lines.append("    \(Self.padded(slot)) \(method)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func describe(_ flags: MethodTableFlags) -> String {
        let names: [(MethodTableFlags, String)] = [
            (.abstract, "abstract"), (.sealed, "sealed"), (.containsReferences, "references"), (.hasFinalizer, "finalizer"),
            (.nullable, "nullable"), (.delegate, "delegate"), (.open, "open"), (.hasTypeInitializer, "cctor"),
            (.beforeFieldInit, "beforefieldinit"), (.primitive, "primitive"),
        ]
        return names.filter { flags.contains($0.0) }.map(\.1).joined(separator: " ")
    }

    private static func padded(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, 4 - s.count)) + s
    }
}
