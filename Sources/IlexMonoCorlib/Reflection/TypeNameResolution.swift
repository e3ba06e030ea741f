// Type names as reflection parses them (mono_reflection_parse_type): `Namespace.Outer+Inner`,
// generic arguments `[A,B]` or assembly-qualified `[[A, Asm],[B, Asm]]`, suffixes `[]`, `[,]`,
// `[*]`, `*`, `&`, then an optional `, AssemblyName` (only its simple name matters here);
// backslash escapes a special character. Used by Type.GetType (RuntimeTypeHandle.internal_from_name)
// and by custom attribute blobs, which name types and enums this way (II.23.3).
import IlexVM
import IlexMetadata

struct ParsedTypeName {
    enum Suffix { case szArray, array(Int), pointer, byReference }
    /// The top-level name (with its namespace) then each nested name.
    var path: [String] = []
    var arguments: [ParsedTypeName] = []
    var suffixes: [Suffix] = []
    var assembly: String?

    /// Parses a whole name; nil when it is malformed.
    static func parse(_ text: String) -> ParsedTypeName? {
        var parser = Parser(text: Array(text.unicodeScalars))
        guard let name = parser.typeName(topLevel: true), parser.atEnd else { return nil }
        return name
    }

    private struct Parser {
        let text: [Unicode.Scalar]
        var position = 0

        var atEnd: Bool { position >= text.count }
        func peek() -> Unicode.Scalar? { position < text.count ? text[position] : nil }
        mutating func skipWhitespace() { while let c = peek(), c == " " { position += 1 } }

        mutating func identifier() -> String? {
            var scalars = String.UnicodeScalarView()
            while let c = peek() {
                if c == "\\" {
                    position += 1
                    guard let escaped = peek() else { return nil }
                    scalars.append(escaped)
                    position += 1
                    continue
                }
                if "[],+*&".unicodeScalars.contains(c) { break }
                scalars.append(c)
                position += 1
            }
            // Leading spaces are skipped by the caller; trailing ones belong to the name (mono).
            let name = String(scalars)
            return name.isEmpty ? nil : name
        }

        /// The assembly part after a comma: up to the closing `]` of a nested argument (or the end).
        mutating func assemblyName(inArgument: Bool) -> String? {
            var scalars = String.UnicodeScalarView()
            while let c = peek(), !(inArgument && c == "]") {
                scalars.append(c)
                position += 1
            }
            let full = String(scalars)
            let simple = full.split(separator: ",", maxSplits: 1).first.map(String.init)?.trimmingCharacters(in: " ") ?? ""
            return simple.isEmpty ? nil : simple
        }

        mutating func typeName(topLevel: Bool, inArgument: Bool = false) -> ParsedTypeName? {
            skipWhitespace()
            var name = ParsedTypeName()
            guard let first = identifier() else { return nil }
            name.path = [first]
            while peek() == "+" {
                position += 1
                guard let nested = identifier() else { return nil }
                name.path.append(nested)
            }
            // Generic arguments: '[' not followed by ']', ',' or '*'.
            if peek() == "[", position + 1 < text.count, !"],*".unicodeScalars.contains(text[position + 1]) {
                position += 1
                while true {
                    skipWhitespace()
                    if peek() == "[" {
                        position += 1
                        guard var argument = typeName(topLevel: false, inArgument: true) else { return nil }
                        if peek() == "," {
                            position += 1
                            argument.assembly = assemblyName(inArgument: true)
                        }
                        guard peek() == "]" else { return nil }
                        position += 1
                        name.arguments.append(argument)
                    } else {
                        guard let argument = typeName(topLevel: false, inArgument: true) else { return nil }
                        name.arguments.append(argument)
                    }
                    if peek() == "," { position += 1; continue }
                    guard peek() == "]" else { return nil }
                    position += 1
                    break
                }
            }
            while let c = peek() {
                if c == "*" { position += 1; name.suffixes.append(.pointer); continue }
                if c == "&" { position += 1; name.suffixes.append(.byReference); continue }
                if c == "[" {
                    // An array suffix only: '[' then ',', '*' or ']'.
                    guard position + 1 < text.count, "],*".unicodeScalars.contains(text[position + 1]) else { break }
                    position += 1
                    if peek() == "*" {
                        position += 1
                        guard peek() == "]" else { return nil }
                        position += 1
                        name.suffixes.append(.array(1))
                        continue
                    }
                    var rank = 1
                    while peek() == "," { rank += 1; position += 1 }
                    guard peek() == "]" else { return nil }
                    position += 1
                    name.suffixes.append(rank == 1 ? .szArray : .array(rank))
                    continue
                }
                break
            }
            if topLevel, peek() == "," {
                position += 1
                name.assembly = assemblyName(inArgument: false)
            }
            return name
        }
    }
}

extension MonoCorlib {
    /// The type a parsed name denotes. Without an assembly name, the `defaults` are searched in
    /// order (the caller's assembly, then the corlib, as mono does). Nil when nothing matches.
    static func resolveTypeName(_ name: ParsedTypeName, defaults: [LoadedAssembly], ignoreCase: Bool = false, _ context: NativeContext) -> RuntimeType? {
        let system = context.runtime.system
        var assemblies = defaults
        if let assemblyName = name.assembly {
            guard let loaded = try? system.loader.load(AssemblyIdentity(name: assemblyName)) else { return nil }
            assemblies = [loaded]
        }
        let outermost = name.path[0]
        let dot = outermost.lastIndex(of: ".")
        let namespace = dot.map { String(outermost[..<$0]) } ?? ""
        let simple = dot.map { String(outermost[outermost.index(after: $0)...]) } ?? outermost
        var found: (LoadedAssembly, TypeDefinitionHandle)?
        for assembly in assemblies {
            if let hit = try? system.loader.findType(namespace: namespace, name: simple, in: assembly) { found = hit; break }
            if ignoreCase {
                let reader = assembly.reader
                if let handle = reader.typeDefinitions.first(where: {
                    let row = reader.typeDefinition($0)
                    return !row.isNested && row.name.lowercased() == simple.lowercased() && row.namespace.lowercased() == namespace.lowercased()
                }) {
                    found = (assembly, handle)
                    break
                }
            }
        }
        guard let (assembly, top) = found else { return nil }
        var handle = top
        for nested in name.path.dropFirst() {
            let reader = assembly.reader
            guard let inner = reader.typeDefinition(handle).nestedTypes.first(where: {
                let n = reader.typeDefinition($0).name
                return ignoreCase ? n.lowercased() == nested.lowercased() : n == nested
            }) else { return nil }
            handle = inner
        }
        var type = system.definitionType(handle, in: assembly)
        if !name.arguments.isEmpty {
            var arguments: [RuntimeType] = []
            for argument in name.arguments {
                guard let resolved = MonoCorlib.resolveTypeName(argument, defaults: defaults, ignoreCase: ignoreCase, context) else { return nil }
                arguments.append(resolved)
            }
            guard let instance = try? system.instantiate(type, with: arguments) else { return nil }
            type = instance
        }
        for suffix in name.suffixes {
            switch suffix {
            case .szArray: guard let t = try? system.szArray(of: type) else { return nil }; type = t
            case .array(let rank): guard let t = try? system.array(of: type, rank: rank) else { return nil }; type = t
            case .pointer: type = system.pointer(to: type)
            case .byReference: guard let t = try? system.byReference(to: type) else { return nil }; type = t
            }
        }
        return type
    }

    /// The assembly of the managed code that called into the corlib's Type.GetType & co: the
    /// first frame outside the corlib (the corlib itself when every frame is in it).
    static func callingAssembly(_ context: NativeContext) -> LoadedAssembly {
        let corlib = context.runtime.system.corlib
        for frame in context.managedFrames() {
            if let assembly = frame.method.declaringType.assembly, assembly !== corlib { return assembly }
        }
        return corlib
    }

    static func registerTypeNameResolution(_ table: NativeMethodTable) {
        // RuntimeType internal_from_name(string name, ref StackCrawlMark stackMark, Assembly callerAssembly,
        //                                bool throwOnError, bool ignoreCase, bool reflectionOnly)
        table.register("System.RuntimeTypeHandle::internal_from_name") { context, frame in
            let context = NativeContext(context)
            guard let nameObject = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let text = context.string(nameObject)
            let throwOnError = argument(frame, 3, as: UInt8.self) != 0, ignoreCase = argument(frame, 4, as: UInt8.self) != 0
            var defaults = [MonoCorlib.callingAssembly(context)]
            if let caller = argument(frame, 2, as: UnsafeRawPointer?.self), let assembly = MonoCorlib.assemblyOfObject(caller, context) { defaults = [assembly] }
            if !defaults.contains(where: { $0 === context.runtime.system.corlib }) { defaults.append(context.runtime.system.corlib) }
            guard let parsed = ParsedTypeName.parse(text) else {
                if throwOnError { return context.throwException("System.ArgumentException", message: "Type name '\(text)' is not valid") }
                result(frame, UInt(0))
                return NativeContext.success
            }
            guard let type = MonoCorlib.resolveTypeName(parsed, defaults: defaults, ignoreCase: ignoreCase, context) else {
                if throwOnError {
                    if let assembly = parsed.assembly, (try? context.runtime.system.loader.load(AssemblyIdentity(name: assembly))) == nil {
                        return context.throwException("System.IO.FileNotFoundException", message: "Could not load file or assembly '\(assembly)' or one of its dependencies.")
                    }
                    let where_ = parsed.assembly.flatMap { try? context.runtime.system.loader.load(AssemblyIdentity(name: $0)) } ?? defaults[0]
                    return context.throwException("System.TypeLoadException", message: "Could not load type '\(text)' from assembly '\(where_.identity.description)'.")
                }
                result(frame, UInt(0))
                return NativeContext.success
            }
            return MonoCorlib.typeResult(frame, type, context)
        }
    }

    /// The loaded assembly a RuntimeAssembly (or RuntimeModule) object stands for.
    static func assemblyOfObject(_ object: UnsafeRawPointer, _ context: NativeContext) -> LoadedAssembly? {
        let type = context.type(of: object)
        let field: String
        var current: RuntimeType? = type
        while let t = current, !(t.namespace == "System.Reflection" && (t.name == "RuntimeAssembly" || t.name == "RuntimeModule")) {
            current = (try? t.parent()) ?? nil
        }
        guard let known = current else { return nil }
        field = known.name == "RuntimeAssembly" ? "_mono_assembly" : "_impl"
        guard let raw = object.load(fromByteOffset: MonoCorlib.offset("System.Reflection", known.name, field, context), as: UnsafeRawPointer?.self) else { return nil }
        return Unmanaged<LoadedAssembly>.fromOpaque(raw).takeUnretainedValue()
    }
}
