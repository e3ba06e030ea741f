// ILAsm spellings of attribute flag words (II.23.1): types, methods, implementation flags, fields,
// parameters, generic parameters and P/Invoke maps, in the order ilasm/monodis write them.

public enum ILAsmFlags {
    private static func accessName(_ access: Int) -> String {
        ["privatescope", "private", "famandassem", "assembly", "family", "famorassem", "public", "'access 7'"][access]
    }

    public static func type(_ flags: UInt32) -> [String] {
        var words: [String] = []
        let visibility = Int(flags & 0x7)
        words.append(["private", "public", "nested public", "nested private", "nested family",
                      "nested assembly", "nested famandassem", "nested famorassem"][visibility])
        if flags & 0x20 != 0 { words.append("interface") }
        switch flags & 0x18 {
        case 0x8: words.append("sequential")
        case 0x10: words.append("explicit")
        default: words.append("auto")
        }
        switch flags & 0x30000 {
        case 0x10000: words.append("unicode")
        case 0x20000: words.append("autochar")
        case 0x30000: words.append("'custom format'")
        default: words.append("ansi")
        }
        if flags & 0x80 != 0 { words.append("abstract") }
        if flags & 0x100 != 0 { words.append("sealed") }
        if flags & 0x400 != 0 { words.append("specialname") }
        if flags & 0x800 != 0 { words.append("rtspecialname") }
        if flags & 0x1000 != 0 { words.append("import") }
        if flags & 0x2000 != 0 { words.append("serializable") }
        if flags & 0x4000 != 0 { words.append("windowsruntime") }
        if flags & 0x100000 != 0 { words.append("beforefieldinit") }
        return words
    }

    public static func method(_ flags: UInt16) -> [String] {
        var words = [accessName(Int(flags & 0x7))]
        if flags & 0x10 != 0 { words.append("static") }
        if flags & 0x20 != 0 { words.append("final") }
        if flags & 0x40 != 0 { words.append("virtual") }
        if flags & 0x80 != 0 { words.append("hidebysig") }
        if flags & 0x100 != 0 { words.append("newslot") }
        if flags & 0x200 != 0 { words.append("strict") }
        if flags & 0x400 != 0 { words.append("abstract") }
        if flags & 0x800 != 0 { words.append("specialname") }
        if flags & 0x1000 != 0 { words.append("rtspecialname") }
        if flags & 0x8 != 0 { words.append("unmanagedexp") }
        if flags & 0x8000 != 0 { words.append("reqsecobj") }
        return words
    }

    public static func methodImplementation(_ flags: UInt16) -> [String] {
        var words = [["cil", "native", "optil", "runtime"][Int(flags & 0x3)]]
        words.append(flags & 0x4 != 0 ? "unmanaged" : "managed")
        if flags & 0x10 != 0 { words.append("forwardref") }
        if flags & 0x80 != 0 { words.append("preservesig") }
        if flags & 0x1000 != 0 { words.append("internalcall") }
        if flags & 0x20 != 0 { words.append("synchronized") }
        if flags & 0x8 != 0 { words.append("noinlining") }
        if flags & 0x100 != 0 { words.append("aggressiveinlining") }
        if flags & 0x40 != 0 { words.append("nooptimization") }
        return words
    }

    public static func field(_ flags: UInt16) -> [String] {
        var words = [accessName(Int(flags & 0x7))]
        if flags & 0x10 != 0 { words.append("static") }
        if flags & 0x20 != 0 { words.append("initonly") }
        if flags & 0x40 != 0 { words.append("literal") }
        if flags & 0x80 != 0 { words.append("notserialized") }
        if flags & 0x200 != 0 { words.append("specialname") }
        if flags & 0x400 != 0 { words.append("rtspecialname") }
        return words
    }

    /// Parameter direction flags as ILAsm writes them before the type: `[in]`, `[out]`, `[opt]`.
    public static func parameter(_ flags: UInt16) -> [String] {
        var words: [String] = []
        if flags & 0x1 != 0 { words.append("[in]") }
        if flags & 0x2 != 0 { words.append("[out]") }
        if flags & 0x10 != 0 { words.append("[opt]") }
        return words
    }

    /// Variance and special constraints of a generic parameter (`+`, `-`, `class`, `valuetype`, `.ctor`).
    public static func genericParameter(_ flags: UInt16) -> [String] {
        var words: [String] = []
        if flags & 0x4 != 0 { words.append("class") }
        if flags & 0x8 != 0 { words.append("valuetype") }
        if flags & 0x10 != 0 { words.append(".ctor") }
        switch flags & 0x3 {
        case 1: words.append("+")
        case 2: words.append("-")
        default: break
        }
        return words
    }

    /// The `pinvokeimpl("lib" ...)` flag words of an ImplMap row.
    public static func pinvoke(_ flags: UInt16) -> [String] {
        var words: [String] = []
        if flags & 0x1 != 0 { words.append("nomangle") }
        switch flags & 0x6 {
        case 0x2: words.append("ansi")
        case 0x4: words.append("unicode")
        case 0x6: words.append("autochar")
        default: break
        }
        if flags & 0x40 != 0 { words.append("lasterr") }
        switch flags & 0x700 {
        case 0x100: words.append("winapi")
        case 0x200: words.append("cdecl")
        case 0x300: words.append("stdcall")
        case 0x400: words.append("thiscall")
        case 0x500: words.append("fastcall")
        default: break
        }
        switch flags & 0x30 {
        case 0x10: words.append("bestfit:on")
        case 0x20: words.append("bestfit:off")
        default: break
        }
        switch flags & 0x3000 {
        case 0x1000: words.append("charmaperror:on")
        case 0x2000: words.append("charmaperror:off")
        default: break
        }
        return words
    }

    /// ILAsm needs quotes around names that are keywords or not plain identifiers.
    public static func quoted(_ name: String) -> String {
        guard let first = name.unicodeScalars.first else { return "''" }
        let plainStart = first == "_" || first == "$" || first == "@" || first == "`" || first == "?" || first.properties.isAlphabetic
        let plain = plainStart && name.unicodeScalars.allSatisfy {
            $0 == "_" || $0 == "$" || $0 == "@" || $0 == "`" || $0 == "?" || $0 == "." || $0.properties.isAlphabetic || ("0"..."9").contains($0)
        }
        if plain && !keywords.contains(name) { return name }
        let escaped = name.replacingAll("\\", with: "\\\\").replacingAll("'", with: "\\'")
        return "'\(escaped)'"
    }

    static let keywords: Set<String> = [
        "value", "type", "object", "string", "class", "valuetype", "int8", "int16", "int32", "int64",
        "float32", "float64", "bool", "char", "void", "method", "field", "instance", "static", "public",
        "private", "family", "assembly", "virtual", "final", "abstract", "specialname", "rtspecialname",
        "in", "out", "opt", "default", "vararg", "native", "unsigned", "literal", "initonly", "serializable",
        "sealed", "interface", "nested", "auto", "ansi", "explicit", "sequential", "import", "cil", "managed",
        "runtime", "internalcall", "synchronized", "forwardref", "il", "pinned", "modreq", "modopt", "typedref",
        "lasterr", "request", "demand", "assert", "deny", "permitonly", "linkcheck", "inheritcheck", "reqmin",
        "reqopt", "reqrefuse", "prejitgrant", "prejitdeny", "noncasdemand", "noncaslinkdemand",
        "noncasinheritance", "add", "sub", "mul", "div", "rem", "and", "or", "xor", "not", "neg", "shl", "shr",
        "ret", "nop", "pop", "dup", "box", "call", "jmp", "br", "ldnull", "throw", "rethrow", "with", "as",
        "handler", "filter", "catch", "finally", "fault", "to", "at", "array", "error", "variant", "record",
        "cdecl", "stdcall", "thiscall", "fastcall", "winapi", "beforefieldinit", "hidebysig", "newslot",
        "strict", "pinvokeimpl", "preservesig", "noinlining", "nooptimization", "aggressiveinlining",
        "reqsecobj", "unmanagedexp", "privatescope", "famandassem", "famorassem", "wchar", "lpstr", "lpwstr",
        "int", "uint", "iunknown", "idispatch", "struct", "bstr", "any", "ldc", "float", "optil", "unmanaged",
        "char", "lpstruct", "custom", "nullref", "bytearray", "true", "false", "retval", "marshal", "alignment",
    ]
}

extension String {
    /// Replaces every occurrence of `target` (no Foundation here).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
