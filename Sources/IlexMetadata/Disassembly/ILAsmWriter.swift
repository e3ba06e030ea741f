// The text of `ilex dis`: an ILAsm-style listing of an image (assembly and module headers, references,
// types with fields, methods with IL and EH clauses, properties, events, custom attributes).

/// `ilex dis --type/--method` named nothing in the image.
public struct NoMatchingMember: Error, CustomStringConvertible {
    public let description: String
}

public struct ILAsmWriter {
    public let reader: MetadataReader
    /// Only types whose full name or simple name equals this (nil: all).
    public var typeFilter: String?
    /// Only methods with this name (nil: all).
    public var methodFilter: String?

    private var signatures: SignatureDecoder { SignatureDecoder(reader: reader) }

    public init(reader: MetadataReader, typeFilter: String? = nil, methodFilter: String? = nil) {
        self.reader = reader
        self.typeFilter = typeFilter
        self.methodFilter = methodFilter
    }

    /// The whole listing. Decoding errors propagate as BadImageFormat.
    public func listing() throws -> String {
        var out = Output()
        let filtered = typeFilter != nil || methodFilter != nil
        if !filtered {
            writeAssemblyReferences(&out)
            try writeAssembly(&out)
            writeModule(&out)
        }
        var matched = false
        for handle in reader.typeDefinitions where reader.typeDefinition(handle).declaringType == nil {
            matched = try writeType(handle, &out) || matched
        }
        if filtered && !matched {
            throw NoMatchingMember(description: "\(reader.fileName): no type or method matches \(typeFilter.map { "type '\($0)'" } ?? "")\(typeFilter != nil && methodFilter != nil ? " and " : "")\(methodFilter.map { "method '\($0)'" } ?? "")")
        }
        return out.text
    }

    // MARK: Headers

    private func writeAssemblyReferences(_ out: inout Output) {
        for h in reader.handles(AssemblyReferenceHandle.self) {
            let r = reader.assemblyReference(h)
            out.line(".assembly extern \(ILAsmFlags.quoted(r.name))")
            out.line("{")
            out.indent {
                let v = r.version
                $0.line(".ver \(v.major):\(v.minor):\(v.build):\(v.revision)")
                let key = reader.blob(r.publicKeyOrToken)
                if key.count > 0 {
                    $0.line("\(r.flags & 1 != 0 ? ".publickey" : ".publickeytoken") = (\(hexBytes(key.bytes)) )")
                }
                if !r.culture.isEmpty { $0.line(".culture \"\(r.culture)\"") }
            }
            out.line("}")
        }
    }

    private func writeAssembly(_ out: inout Output) throws {
        guard let assembly = reader.assembly else { return }
        out.line(".assembly \(ILAsmFlags.quoted(assembly.name))")
        out.line("{")
        try out.indent { o in
            try writeCustomAttributes(of: MetadataToken(.assembly, row: 1), &o)
            let key = reader.blob(assembly.publicKey)
            if key.count > 0 { o.line(".publickey = (\(hexBytes(key.bytes)) )") }
            o.line(".hash algorithm 0x\(hex(assembly.hashAlgorithm, width: 8))")
            let v = assembly.version
            o.line(".ver \(v.major):\(v.minor):\(v.build):\(v.revision)")
            if !assembly.culture.isEmpty { o.line(".locale \"\(assembly.culture)\"") }
        }
        out.line("}")
        for h in reader.handles(ManifestResourceHandle.self) {
            let r = reader.manifestResource(h)
            out.line(".mresource \(r.flags & 0x7 == 1 ? "public" : "private") \(ILAsmFlags.quoted(r.name))")
        }
    }

    private func writeModule(_ out: inout Output) {
        let mvid = reader.guid(reader.module.mvid).map(formatGuid) ?? "{}"
        out.line(".module \(ILAsmFlags.quoted(reader.module.name)) // GUID = \(mvid)")
        for h in reader.handles(ModuleReferenceHandle.self) {
            out.line(".module extern \(ILAsmFlags.quoted(reader.moduleReference(h).name))")
        }
        out.line("")
    }

    // MARK: Types

    private func fullName(_ type: TypeDefinition) -> String {
        type.namespace.isEmpty ? type.name : "\(type.namespace).\(type.name)"
    }

    private func matchesTypeFilter(_ type: TypeDefinition) -> Bool {
        guard let filter = typeFilter else { return true }
        return filter == fullName(type) || filter == type.name || filter == reader.typeName(type.handle.token)
    }

    /// Writes a type (and its nested types) if it or a nested type passes the filters; says whether any did.
    @discardableResult
    private func writeType(_ handle: TypeDefinitionHandle, _ out: inout Output, enclosingMatched: Bool = false, depth: Int = 0) throws -> Bool {
        // NestedClass rows of a corrupt image can form a cycle.
        guard depth < MetadataReader.maximumNesting else {
            throw BadImageFormat(file: reader.fileName, offset: nil, "types nest deeper than \(MetadataReader.maximumNesting) levels (a NestedClass cycle?) at \(handle.token)")
        }
        let type = reader.typeDefinition(handle)
        let selfMatches = enclosingMatched || matchesTypeFilter(type)
        let methods = type.methods.filter { methodFilter == nil || reader.method($0).name == methodFilter }
        var body = Output(depth: out.depth + 1)
        var anyNested = false
        if selfMatches {
            try writeTypeMembers(type, methods: methods, &body)
        }
        for nested in type.nestedTypes {
            anyNested = try writeType(nested, &body, enclosingMatched: selfMatches, depth: depth + 1) || anyNested
        }
        let written = (selfMatches && (methodFilter == nil || !methods.isEmpty)) || anyNested
        guard written else { return false }
        // <Module> holds global fields and methods; ILAsm writes them outside any class.
        if handle.row == 1 && type.name == "<Module>" {
            out.append(body, dedent: true)
            return true
        }
        var header = ".class " + ILAsmFlags.type(type.attributes).joined(separator: " ") + " "
        header += type.declaringType == nil ? ILAsmFlags.quotedDotted(fullName(type)) : ILAsmFlags.quoted(type.name)
        header += try genericParameterList(type.genericParameters)
        out.line(header)
        if !type.baseType.isNil { out.line("       extends \(reader.typeName(type.baseType))") }
        let interfaces = type.interfaceImplementations.map { reader.typeName(reader.interfaceImplementation($0).interface) }
        if !interfaces.isEmpty { out.line("       implements \(interfaces.joined(separator: ", "))") }
        out.line("{")
        out.append(body)
        out.line("} // end of class \(reader.typeName(handle.token))")
        out.line("")
        return true
    }

    private func writeTypeMembers(_ type: TypeDefinition, methods: [MethodDefinitionHandle], _ out: inout Output) throws {
        if methodFilter == nil {
            try writeCustomAttributes(of: type.handle.token, &out)
            if let layout = type.layout {
                out.line(".pack \(layout.packingSize)")
                out.line(".size \(layout.classSize)")
            }
            for f in type.fields { try writeField(f, &out) }
        }
        for m in methods { try writeMethod(m, &out) }
        if methodFilter == nil {
            for p in type.properties { try writeProperty(p, &out) }
            for e in type.events { try writeEvent(e, &out) }
        }
    }

    private func genericParameterList(_ parameters: [GenericParameterHandle]) throws -> String {
        guard !parameters.isEmpty else { return "" }
        let items = parameters.map { h -> String in
            let p = reader.genericParameter(h)
            var words = ILAsmFlags.genericParameter(p.attributes)
            let constraints = p.constraints.map { reader.typeName(reader.genericParameterConstraint($0).type) }
            if !constraints.isEmpty { words.append("(\(constraints.joined(separator: ", ")))") }
            words.append(ILAsmFlags.quoted(p.name))
            return words.joined(separator: " ")
        }
        return "<" + items.joined(separator: ", ") + ">"
    }

    private func writeField(_ handle: FieldHandle, _ out: inout Output) throws {
        let field = reader.field(handle)
        var text = ".field "
        if let offset = field.offset { text += "[\(offset)] " }
        text += ILAsmFlags.field(field.attributes).joined(separator: " ") + " "
        text += reader.format(try signatures.decodeFieldSignature(field.signature))
        if let marshal = reader.fieldMarshal(of: handle.token) {
            text += " marshal(\(try reader.marshalDescriptor(marshal).ilasmText))"
        }
        text += " " + ILAsmFlags.quoted(field.name)
        if let rva = field.rva { text += " at D_\(hex(rva, width: 8))" }
        if let constant = reader.constant(of: handle.token) { text += " = " + (try reader.constantValue(constant).ilasmText) }
        out.line(text)
        try writeCustomAttributes(of: handle.token, &out)
    }

    // MARK: Methods

    private func writeMethod(_ handle: MethodDefinitionHandle, _ out: inout Output) throws {
        let method = reader.method(handle)
        let signature = try signatures.decodeMethodSignature(method.signature)
        var words = [".method"] + ILAsmFlags.method(method.attributes)
        if method.isPInvoke, let map = reader.implMap(of: handle).map(reader.implMap) {
            let module = reader.moduleReference(map.module).name
            var inside = "\"\(module)\""
            if map.importName != method.name { inside += " as \"\(map.importName)\"" }
            let flags = ILAsmFlags.pinvoke(map.attributes)
            if !flags.isEmpty { inside += " " + flags.joined(separator: " ") }
            words.append("pinvokeimpl(\(inside))")
        }
        out.line(words.joined(separator: " "))
        let parameterNames = namedParameters(method)
        var declaration = callingConventionPrefix(signature.header)
        declaration += reader.format(signature.returnType) + " "
        declaration += ILAsmFlags.quoted(method.name) + (try genericParameterList(method.genericParameters))
        let parameterTexts = signature.parameterTypes.enumerated().map { index, type -> String in
            var parts = ILAsmFlags.parameter(parameterNames[index + 1]?.attributes ?? 0)
            parts.append(reader.format(type))
            if let name = parameterNames[index + 1]?.name, !name.isEmpty { parts.append(ILAsmFlags.quoted(name)) }
            return parts.joined(separator: " ")
        }
        declaration += "(" + parameterTexts.joined(separator: ", ") + ") "
        declaration += ILAsmFlags.methodImplementation(method.implAttributes).joined(separator: " ")
        out.line("       " + declaration)
        out.line("{")
        try out.indent { o in
            try writeCustomAttributes(of: handle.token, &o)
            for (sequence, parameter) in parameterNames.sorted(by: { $0.key < $1.key }) {
                let attributes = reader.customAttributes(of: parameter.handle.token)
                guard !attributes.isEmpty else { continue }
                o.line(".param [\(sequence)]")
                try writeCustomAttributes(of: parameter.handle.token, &o)
            }
            if reader.entryPoint == handle { o.line(".entrypoint") }
            for h in reader.typeDefinition(method.declaringType).methodImplementations {
                let implementation = reader.methodImplementation(h)
                guard implementation.body == handle.token else { continue }
                o.line(".override method " + (try methodReferenceText(implementation.declaration)))
            }
            if let body = try reader.methodBody(handle) {
                try writeBody(body, &o)
            }
        }
        out.line("} // end of method \(reader.typeName(method.declaringType.token))::\(method.name)")
        out.line("")
    }

    private func callingConventionPrefix(_ header: SignatureHeader) -> String {
        var text = ""
        if header.hasThis { text += "instance " }
        if header.explicitThis { text += "explicit " }
        switch header.kind {
        case .vararg: text += "vararg "
        case .c: text += "unmanaged cdecl "
        case .stdcall: text += "unmanaged stdcall "
        case .thiscall: text += "unmanaged thiscall "
        case .fastcall: text += "unmanaged fastcall "
        default: break
        }
        return text
    }

    /// Param rows by sequence number (0 = return value).
    private func namedParameters(_ method: MethodDefinition) -> [Int: Parameter] {
        var result: [Int: Parameter] = [:]
        for h in method.parameters {
            let p = reader.parameter(h)
            result[p.sequenceNumber] = p
        }
        return result
    }

    private func writeBody(_ body: MethodBody, _ out: inout Output) throws {
        out.line("// Code size \(body.codeSize) (0x\(String(body.codeSize, radix: 16)))")
        out.line(".maxstack \(body.maxStack)")
        if let locals = body.localSignature {
            let types = try signatures.decodeLocalSignature(reader.standaloneSignature(locals).signature)
            let list = types.enumerated().map { "\(reader.format($0.element)) V_\($0.offset)" }
            out.line(".locals \(body.initLocals ? "init " : "")(\(list.joined(separator: ", ")))")
        }
        let instructions = try decodeInstructions(body, reader: reader)
        for instruction in instructions {
            out.line(try instructionText(instruction))
        }
        for region in body.exceptionRegions {
            let tryPart = ".try \(label(region.tryOffset)) to \(label(region.tryEnd))"
            let handlerPart = "handler \(label(region.handlerOffset)) to \(label(region.handlerEnd))"
            switch region.kind {
            case .catch:
                out.line("\(tryPart) catch \(region.catchType.map(reader.typeName) ?? "?") \(handlerPart)")
            case .filter:
                out.line("\(tryPart) filter \(label(region.filterOffset ?? 0)) \(handlerPart)")
            case .finally:
                out.line("\(tryPart) finally \(handlerPart)")
            case .fault:
                out.line("\(tryPart) fault \(handlerPart)")
            }
        }
    }

    private func label(_ offset: Int) -> String { "IL_" + hex(offset, width: 4) }

    /// One instruction as `IL_0000:  opcode operand`.
    public func instructionText(_ instruction: Instruction) throws -> String {
        let head = "\(label(instruction.offset)):  \(instruction.opcode.name)"
        let operand = try operandText(instruction)
        return operand.isEmpty ? head : head + " " + operand
    }

    private func operandText(_ instruction: Instruction) throws -> String {
        switch instruction.operand {
        case .none: return ""
        case .int32(let v): return String(v)
        case .int64(let v): return "0x" + String(UInt64(bitPattern: v), radix: 16)
        case .float32(let v): return formatFloat(Double(v))
        case .float64(let v): return formatFloat(v)
        case .variable(let v): return String(v)
        case .branchTarget(let t): return label(t)
        case .switchTargets(let targets): return "(" + targets.map(label).joined(separator: ", ") + ")"
        case .token(let token): return try tokenText(token, operandType: instruction.opcode.operandType)
        }
    }

    private func formatFloat(_ v: Double) -> String {
        if v.isNaN || v.isInfinite { return "(\(hexBytes(withUnsafeBytes(of: v.bitPattern.littleEndian) { Array($0) })))" }
        return "\(v)"
    }

    private func tokenText(_ token: MetadataToken, operandType: OperandType) throws -> String {
        if token.isUserString {
            return quotedString(try reader.userString(UserStringHandle(offset: token.row)))
        }
        let isFieldReference = token.table == .field
            || (token.table == .memberRef && reader.memberReference(MemberReferenceHandle(row: token.row)).isField)
        switch token.table {
        case .methodDef, .memberRef, .methodSpec:
            if isFieldReference { return (operandType == .token ? "field " : "") + (try fieldReferenceText(token)) }
            return (operandType == .token ? "method " : "") + (try methodReferenceText(token))
        case .field:
            return (operandType == .token ? "field " : "") + (try fieldReferenceText(token))
        case .standAloneSig:
            let sig = try signatures.decodeMethodSignature(reader.standaloneSignature(StandaloneSignatureHandle(row: token.row)).signature)
            return callingConventionPrefix(sig.header) + reader.format(sig.returnType) + "(" + reader.formatParameters(sig) + ")"
        default:
            return reader.typeName(token)
        }
    }

    /// `RET DECLTYPE::NAME<ARGS>(PARAMS)` for a MethodDef, MemberRef or MethodSpec token.
    public func methodReferenceText(_ token: MetadataToken) throws -> String {
        var instantiation = ""
        var target = token
        if token.table == .methodSpec {
            let spec = reader.methodSpecification(MethodSpecificationHandle(row: token.row))
            let args = try signatures.decodeMethodSpecification(spec.instantiation)
            instantiation = "<" + args.map(reader.format).joined(separator: ", ") + ">"
            target = spec.method
        }
        let name: String, parent: String, blob: BlobHandle
        if target.table == .methodDef {
            let method = reader.method(MethodDefinitionHandle(row: target.row))
            (name, parent, blob) = (method.name, reader.typeName(method.declaringType.token), method.signature)
        } else {
            let ref = reader.memberReference(MemberReferenceHandle(row: target.row))
            (name, blob) = (ref.name, ref.signature)
            parent = ref.parent.table == .moduleRef ? "" : reader.typeName(ref.parent)
        }
        let sig = try signatures.decodeMethodSignature(blob)
        let owner = parent.isEmpty ? "" : parent + "::"
        return callingConventionPrefix(sig.header) + reader.format(sig.returnType) + " " + owner
            + ILAsmFlags.quoted(name) + instantiation + "(" + reader.formatParameters(sig) + ")"
    }

    private func fieldReferenceText(_ token: MetadataToken) throws -> String {
        if token.table == .field {
            let field = reader.field(FieldHandle(row: token.row))
            let owner = reader.typeName(reader.owner(ofField: field.handle).token)
            return reader.format(try signatures.decodeFieldSignature(field.signature)) + " " + owner + "::" + ILAsmFlags.quoted(field.name)
        }
        let ref = reader.memberReference(MemberReferenceHandle(row: token.row))
        return reader.format(try signatures.decodeFieldSignature(ref.signature)) + " " + reader.typeName(ref.parent) + "::" + ILAsmFlags.quoted(ref.name)
    }

    // MARK: Properties, events, attributes

    private func accessorLines(_ accessors: [MethodSemanticsHandle], _ out: inout Output) throws {
        for h in accessors {
            let s = reader.methodSemantics(h)
            let directive: String
            switch s.semantics {
            case 0x1: directive = ".set"
            case 0x2: directive = ".get"
            case 0x8: directive = ".addon"
            case 0x10: directive = ".removeon"
            case 0x20: directive = ".fire"
            default: directive = ".other"
            }
            out.line("\(directive) \(try methodReferenceText(s.method.token))")
        }
    }

    private func writeProperty(_ handle: PropertyHandle, _ out: inout Output) throws {
        let property = reader.property(handle)
        let sig = try signatures.decodePropertySignature(property.signature)
        var declaration = sig.hasThis ? ["instance"] : []
        declaration.append(reader.format(sig.type))
        declaration.append(ILAsmFlags.quoted(property.name) + "(" + sig.parameterTypes.map(reader.format).joined(separator: ", ") + ")")
        try writeMemberWithAccessors(".property", attributes: property.attributes, declaration: declaration,
                                     owner: handle.token, accessors: property.accessors, &out)
    }

    private func writeEvent(_ handle: EventHandle, _ out: inout Output) throws {
        let event = reader.event(handle)
        try writeMemberWithAccessors(".event", attributes: event.attributes,
                                     declaration: [reader.typeName(event.type), ILAsmFlags.quoted(event.name)],
                                     owner: handle.token, accessors: event.accessors, &out)
    }

    /// A `.property` or `.event` block: flags, declaration, then its attributes and accessor methods.
    private func writeMemberWithAccessors(_ directive: String, attributes: UInt16, declaration: [String], owner: MetadataToken,
                                          accessors: [MethodSemanticsHandle], _ out: inout Output) throws {
        var words = [directive]
        if attributes & 0x200 != 0 { words.append("specialname") }
        if attributes & 0x400 != 0 { words.append("rtspecialname") }
        out.line((words + declaration).joined(separator: " "))
        out.line("{")
        try out.indent { o in
            try writeCustomAttributes(of: owner, &o)
            try accessorLines(accessors, &o)
        }
        out.line("}")
    }

    private func writeCustomAttributes(of parent: MetadataToken, _ out: inout Output) throws {
        for h in reader.customAttributes(of: parent) {
            let attribute = reader.customAttribute(h)
            let value = reader.blob(attribute.value)
            out.line(".custom \(try methodReferenceText(attribute.constructor)) = (\(hexBytes(value.bytes)) )")
        }
    }

    private func quotedString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\" + String(scalar.value, radix: 8)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// Indented line output.
struct Output {
    private(set) var lines: [String] = []
    var depth = 0

    init(depth: Int = 0) { self.depth = depth }

    mutating func line(_ text: String) {
        lines.append(text.isEmpty ? "" : String(repeating: "  ", count: depth) + text)
    }

    mutating func indent(_ body: (inout Output) throws -> Void) rethrows {
        depth += 1
        try body(&self)
        depth -= 1
    }

    /// Appends lines written at a deeper level; `dedent` shifts them back one level.
    mutating func append(_ other: Output, dedent: Bool = false) {
        for l in other.lines { lines.append(dedent && l.hasPrefix("  ") ? String(l.dropFirst(2)) : l) }
    }

    var text: String { lines.joined(separator: "\n") + "\n" }
}

extension ILAsmFlags {
    /// A dotted full name with each part quoted as needed.
    static func quotedDotted(_ name: String) -> String {
        name.split(separator: ".", omittingEmptySubsequences: false).map { quoted(String($0)) }.joined(separator: ".")
    }
}

extension MetadataReader {
    /// The type whose field list holds `field`.
    public func owner(ofField field: FieldHandle) -> TypeDefinitionHandle {
        owner(ofListMember: field.row, table: .typeDef, column: 4, pointer: .fieldPtr)
    }
}
