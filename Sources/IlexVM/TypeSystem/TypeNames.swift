// Type names in the form reflection's Type.ToString() prints them (`System.Collections.Generic.
// List`1[System.Int32]`, `Outer+Inner`, `System.Int32[,]`, `System.Byte*`, `System.Int32&`), both
// ways: printing a RuntimeType, and finding the type a name denotes (for `ilex info --type` and
// for tests that compare with names printed by mono).

extension RuntimeType {
    /// A definition among the types enclosing it: the namespace (the outermost type's; a nested
    /// type has none of its own) and the names from the outermost type inwards. Other kinds:
    /// their own namespace and name.
    public var nesting: (namespace: String, names: [String]) {
        guard kind == .definition, let reader else { return (namespace, [name]) }
        var row = reader.typeDefinition(definitionHandle)
        var names = [row.name]
        var depth = 0
        while let outer = row.declaringType, depth < MetadataReader.maximumNesting {
            row = reader.typeDefinition(outer)
            names.append(row.name)
            depth += 1
        }
        return (row.namespace, names.reversed())
    }
}

extension TypeSystem {
    public func displayName(_ type: RuntimeType) -> String {
        switch type.kind {
        case .definition:
            guard let reader = type.reader else { return "?" }
            let (namespace, names) = type.nesting
            let name = names.joined(separator: "+")
            var text = namespace.isEmpty ? name : namespace + "." + name
            if !type.typeArguments.isEmpty {
                let arguments: [String]
                if type.isGenericTypeDefinition {
                    arguments = type.genericParameterHandles.map { reader.genericParameter($0).name }
                } else {
                    arguments = type.typeArguments.map(displayName)
                }
                text += "[" + arguments.joined(separator: ",") + "]"
            }
            return text
        case .szArray: return displayName(type.elementType!) + "[]"
        case .array(let rank): return displayName(type.elementType!) + (rank == 1 ? "[*]" : "[" + String(repeating: ",", count: rank - 1) + "]")
        case .pointer: return displayName(type.elementType!) + "*"
        case .byReference: return displayName(type.elementType!) + "&"
        case .typeParameter(let i): return "!\(i)"
        case .methodParameter(let i): return "!!\(i)"
        case .functionPointer:
            let s = type.functionSignature!
            return "method " + displayName(s.returnType) + " *(" + s.parameterTypes.map(displayName).joined(separator: ",") + ")"
        }
    }

    /// The type a reflection-style name denotes, looking up top-level names in `assemblies` in order.
    public func type(named text: String, searching assemblies: [LoadedAssembly]) throws -> RuntimeType {
        try resolve(TypeNameParser.parse(text), text: text, searching: assemblies)
    }

    private func resolve(_ name: TypeNameParser.Name, text: String, searching assemblies: [LoadedAssembly]) throws -> RuntimeType {
        let outermost = name.path[0]
        let dot = outermost.lastIndex(of: ".")
        let namespace = dot.map { String(outermost[..<$0]) } ?? ""
        let simple = dot.map { String(outermost[outermost.index(after: $0)...]) } ?? outermost
        var found: (LoadedAssembly, TypeDefinitionHandle)?
        for assembly in assemblies {
            if let hit = try? loader.findType(namespace: namespace, name: simple, in: assembly) { found = hit; break }
        }
        guard let found else {
            throw TypeLoadError(typeName: text, assembly: assemblies.map(\.identity.name).joined(separator: ", "), reason: "no such type")
        }
        let assembly = found.0
        var handle = found.1
        for nested in name.path.dropFirst() {
            let reader = assembly.reader
            guard let inner = reader.typeDefinition(handle).nestedTypes.first(where: { reader.typeDefinition($0).name == nested }) else {
                throw TypeLoadError(typeName: text, assembly: assembly.identity.name, reason: "no nested type \(nested)")
            }
            handle = inner
        }
        var type = definitionType(handle, in: assembly)
        if !name.arguments.isEmpty {
            type = try instantiate(type, with: name.arguments.map { try resolve($0, text: text, searching: assemblies) })
        }
        for suffix in name.suffixes {
            switch suffix {
            case .szArray: type = try szArray(of: type)
            case .array(let rank): type = try array(of: type, rank: rank)
            case .pointer: type = pointer(to: type)
            case .byReference: type = try byReference(to: type)
            }
        }
        return type
    }
}

/// A reflection type name as Type.GetType, Assembly.GetType and custom attribute blobs (II.23.3)
/// spell it (mono_reflection_parse_type): `N.Outer+Inner`, generic arguments `[A,B]` or
/// `[[A, Asm],[B, Asm]]`, suffixes `[]`, `[,]`, `[*]`, `*`, `&`, and at the top level an optional
/// `, Assembly` part; `\` escapes a special character. The one parser of such names in Ilex.
public struct TypeNameParser {
    public struct Name {
        /// The namespace-qualified outermost name, then each nested name.
        public var path: [String]
        public var arguments: [Name]
        public var suffixes: [Suffix]
        /// The assembly display name after the comma, as written (trimmed).
        public var assembly: String?
    }
    public enum Suffix { case szArray, array(Int), pointer, byReference }

    let text: [Unicode.Scalar]
    var position = 0

    /// The whole of `text` as a name; a TypeLoadError naming the position when it is malformed.
    public static func parse(_ text: String) throws -> Name {
        var parser = TypeNameParser(text: Array(text.unicodeScalars))
        let name = try parser.parseTopLevel()
        guard parser.isAtEnd else { throw parser.error("unexpected text") }
        return name
    }

    var isAtEnd: Bool { position >= text.count }

    func error(_ reason: String) -> TypeLoadError {
        TypeLoadError(typeName: String(String.UnicodeScalarView(text)), assembly: "", reason: "bad type name at \(position): \(reason)")
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? { position + offset < text.count ? text[position + offset] : nil }

    private mutating func parseTopLevel() throws -> Name {
        var name = try parseName()
        if peek() == "," {
            position += 1
            name.assembly = assemblyPart(until: nil)
        }
        return name
    }

    private mutating func parseName() throws -> Name {
        var path = [try identifier()]
        while peek() == "+" {
            position += 1
            path.append(try identifier())
        }
        var name = Name(path: path, arguments: [], suffixes: [], assembly: nil)
        // Generic arguments: '[' followed by something other than ']' ',' '*'.
        if peek() == "[", let next = peek(1), next != "]", next != ",", next != "*" {
            position += 1
            repeat {
                if peek() == "," { position += 1 }
                skipSpaces()
                if peek() == "[" {
                    position += 1
                    var argument = try parseName()
                    if peek() == "," {
                        position += 1
                        argument.assembly = assemblyPart(until: "]")
                    }
                    guard peek() == "]" else { throw error("expected ]") }
                    position += 1
                    name.arguments.append(argument)
                } else {
                    name.arguments.append(try parseName())
                }
            } while peek() == ","
            guard peek() == "]" else { throw error("expected ]") }
            position += 1
        }
        while let c = peek() {
            switch c {
            case "*": position += 1; name.suffixes.append(.pointer)
            case "&": position += 1; name.suffixes.append(.byReference)
            case "[":
                position += 1
                if peek() == "*" {
                    position += 1
                    guard peek() == "]" else { throw error("expected ]") }
                    position += 1
                    name.suffixes.append(.array(1))
                    continue
                }
                var rank = 1
                while peek() == "," { rank += 1; position += 1 }
                guard peek() == "]" else { throw error("expected ]") }
                position += 1
                name.suffixes.append(rank == 1 ? .szArray : .array(rank))
            default:
                return name
            }
        }
        return name
    }

    private mutating func skipSpaces() { while peek() == " " { position += 1 } }

    private mutating func assemblyPart(until end: Unicode.Scalar?) -> String {
        var scalars = String.UnicodeScalarView()
        while let c = peek(), c != end { scalars.append(c); position += 1 }
        return String(scalars).trimmingSpaces()
    }

    private mutating func identifier() throws -> String {
        var scalars = String.UnicodeScalarView()
        while let c = peek() {
            if c == "\\", let escaped = peek(1) { scalars.append(escaped); position += 2; continue }
            if "[],+*&".unicodeScalars.contains(c) { break }
            scalars.append(c)
            position += 1
        }
        // Leading blanks are skipped; trailing ones belong to the name (mono finds no "System.Int32 ").
        let name = String(String(scalars).drop(while: { $0 == " " || $0 == "\t" }))
        guard !name.isEmpty else { throw error("expected a name") }
        return name
    }
}
