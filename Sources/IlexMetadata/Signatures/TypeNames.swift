// ILAsm spellings of type references and signatures, as monodis and ilasm write them:
// `[mscorlib]System.Object`, `Outer/Inner`, `class [mscorlib]System.Collections.Generic.List`1<int32>`.

extension MetadataReader {
    /// Nested-type chains longer than this are treated as cycles in a corrupt image.
    public static let maximumNesting = 64

    /// The ILAsm name of a TypeDef, TypeRef or TypeSpec token.
    public func typeName(_ token: MetadataToken) -> String {
        typeName(token, depth: 0)
    }

    private func typeName(_ token: MetadataToken, depth: Int) -> String {
        // Past this depth the image is corrupt (a nesting or TypeSpec cycle): print a marker, not recurse.
        guard depth < Self.maximumNesting else { return "<nesting too deep>" }
        switch token.table {
        case .typeDef:
            let type = typeDefinition(TypeDefinitionHandle(row: token.row))
            if let outer = type.declaringType, outer.row != token.row {
                return typeName(outer.token, depth: depth + 1) + "/" + ILAsmFlags.quoted(type.name)
            }
            return ILAsmFlags.quotedDotted(qualified(type.namespace, type.name))
        case .typeRef:
            let ref = typeReference(TypeReferenceHandle(row: token.row))
            let name = ILAsmFlags.quotedDotted(qualified(ref.namespace, ref.name))
            let scope = ref.resolutionScope
            switch scope.table {
            case .typeRef where !scope.isNil:
                return typeName(scope, depth: depth + 1) + "/" + ILAsmFlags.quoted(ref.name)
            case .assemblyRef where !scope.isNil:
                return "[\(ILAsmFlags.quoted(assemblyReference(AssemblyReferenceHandle(row: scope.row)).name))]" + name
            case .moduleRef where !scope.isNil:
                return "[.module \(ILAsmFlags.quoted(moduleReference(ModuleReferenceHandle(row: scope.row)).name))]" + name
            default:
                return name
            }
        case .typeSpec:
            guard let sig = try? SignatureDecoder(reader: self).decodeTypeSpecification(TypeSpecificationHandle(row: token.row)) else {
                return "<bad typespec \(token)>"
            }
            return format(sig, depth: depth + 1)
        default:
            return "<token \(token)>"
        }
    }

    private func qualified(_ namespace: String, _ name: String) -> String {
        namespace.isEmpty ? name : namespace + "." + name
    }

    /// A signature type in ILAsm syntax.
    public func format(_ sig: TypeSignature) -> String {
        format(sig, depth: 0)
    }

    /// `depth` carries through TypeSpecs, whose blobs may (in a corrupt image) name themselves.
    private func format(_ sig: TypeSignature, depth: Int) -> String {
        func name(_ t: MetadataToken) -> String { typeName(t, depth: depth + 1) }
        func inner(_ s: TypeSignature) -> String { format(s, depth: depth) }
        return switch sig {
        case .void: "void"
        case .boolean: "bool"
        case .char: "char"
        case .int8: "int8"
        case .uint8: "unsigned int8"
        case .int16: "int16"
        case .uint16: "unsigned int16"
        case .int32: "int32"
        case .uint32: "unsigned int32"
        case .int64: "int64"
        case .uint64: "unsigned int64"
        case .float32: "float32"
        case .float64: "float64"
        case .intPtr: "native int"
        case .uintPtr: "native unsigned int"
        case .object: "object"
        case .string: "string"
        case .typedReference: "typedref"
        case .classType(let t): "class " + name(t)
        case .valueType(let t): "valuetype " + name(t)
        case .szArray(let e): inner(e) + "[]"
        case .array(let e, let shape): inner(e) + "[" + formatShape(shape) + "]"
        case .pointer(let e): inner(e) + "*"
        case .byReference(let e): inner(e) + "&"
        case .genericInstance(let isValueType, let t, let args):
            (isValueType ? "valuetype " : "class ") + name(t) + "<" + args.map(inner).joined(separator: ", ") + ">"
        case .genericTypeParameter(let i): "!\(i)"
        case .genericMethodParameter(let i): "!!\(i)"
        case .functionPointer(let m):
            "method " + callingConventionText(m.header) + inner(m.returnType) + " *(" + formatParameters(m, depth: depth) + ")"
        case .modified(let wrapped, let modifier, let required):
            inner(wrapped) + (required ? " modreq(" : " modopt(") + name(modifier) + ")"
        case .pinned(let wrapped): inner(wrapped) + " pinned"
        }
    }

    private func formatShape(_ shape: ArrayShape) -> String {
        (0..<shape.rank).map { i -> String in
            let lower = i < shape.lowerBounds.count ? shape.lowerBounds[i] : nil
            let size = i < shape.sizes.count ? shape.sizes[i] : nil
            switch (lower, size) {
            case (nil, nil): return ""
            case (let l?, nil): return "\(l)..."
            case (nil, let s?): return "\(s)"
            case (let l?, let s?): return "\(l)...\(l + s - 1)"
            }
        }.joined(separator: ",")
    }

    /// The comma-separated parameter list of a method signature, with `...` at the vararg sentinel.
    public func formatParameters(_ sig: MethodSignature) -> String {
        formatParameters(sig, depth: 0)
    }

    private func formatParameters(_ sig: MethodSignature, depth: Int) -> String {
        var parts = sig.parameterTypes.map { format($0, depth: depth) }
        if sig.requiredParameterCount < sig.parameterTypes.count {
            parts.insert("...", at: sig.requiredParameterCount)
        }
        return parts.joined(separator: ", ")
    }

    /// The ILAsm calling-convention words of a method signature (`instance `, `explicit `,
    /// `vararg `, `unmanaged cdecl `...), each followed by a space; empty for a static default call.
    public func callingConventionText(_ header: SignatureHeader) -> String {
        var text = ""
        if header.hasThis { text += "instance " }
        if header.explicitThis { text += "explicit " }
        switch header.kind {
        case .vararg?: text += "vararg "
        case .c?: text += "unmanaged cdecl "
        case .stdcall?: text += "unmanaged stdcall "
        case .thiscall?: text += "unmanaged thiscall "
        case .fastcall?: text += "unmanaged fastcall "
        case .unmanaged?: text += "unmanaged "
        default: break
        }
        return text
    }

    /// A method reference as ILAsm writes it in call operands and `.custom` lines:
    /// `instance void [mscorlib]System.ObsoleteAttribute::.ctor(string)`. `owner` is the declaring
    /// TypeDef, TypeRef or TypeSpec (other tables, e.g. the ModuleRef of a global function, print
    /// no owner); `genericArguments` is a MethodSpec's instantiation.
    public func format(_ sig: MethodSignature, name: String, owner: MetadataToken? = nil,
                       genericArguments: [TypeSignature] = []) -> String {
        var text = callingConventionText(sig.header) + format(sig.returnType) + " "
        if let owner, !owner.isNil, owner.table == .typeDef || owner.table == .typeRef || owner.table == .typeSpec {
            text += typeName(owner) + "::"
        }
        text += ILAsmFlags.quoted(name)
        if !genericArguments.isEmpty {
            text += "<" + genericArguments.map { format($0) }.joined(separator: ", ") + ">"
        }
        return text + "(" + formatParameters(sig) + ")"
    }
}
