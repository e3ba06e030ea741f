// Resolving method and field tokens (MethodDef, MemberRef, MethodSpec, Field) to the members of
// loaded types, in a generic context. A MemberRef is matched by name and by its signature in the
// open form (II.23.2: `!n` there means the parent type's n-th parameter), against the members of
// the parent's generic definition, then mapped to the same member of the instantiation; the
// search continues in base classes. Methods of array types are provided by the runtime.

/// A method or field a reference names that the resolved type does not have (MissingMethodException /
/// MissingFieldException in managed code).
public struct MissingMemberError: Error, CustomStringConvertible {
    public enum Kind: String, Sendable { case method = "Method", field = "Field" }
    public let kind: Kind
    public let typeName: String
    public let memberName: String
    /// The assembly whose reference it is, or (once the importer has seen it) the method and IL offset.
    public var referencedFrom: String
    public init(kind: Kind, typeName: String, memberName: String, referencedFrom: String) {
        (self.kind, self.typeName, self.memberName, self.referencedFrom) = (kind, typeName, memberName, referencedFrom)
    }
    public var description: String {
        "Missing\(kind.rawValue)Exception: \(kind.rawValue) not found: '\(typeName).\(memberName)' (referenced from \(referencedFrom))"
    }
}

extension TypeSystem {
    /// The method a MethodDef, MemberRef or MethodSpec token names, as seen from `assembly`.
    public func method(_ token: MetadataToken, in assembly: LoadedAssembly, context: GenericContext = .empty) throws -> RuntimeMethod {
        let reader = assembly.reader
        guard !token.isNil else { throw BadImageFormat(file: assembly.path, offset: nil, "nil method token") }
        switch token.table {
        case .methodDef where token.row <= reader.rowCount(.methodDef):
            let handle = MethodDefinitionHandle(row: token.row)
            let owner = definitionType(reader.method(handle).declaringType, in: assembly)
            guard let method = try owner.methods().first(where: { $0.handle == handle }) else {
                throw BadImageFormat(file: assembly.path, offset: nil, "method \(token) has no owner type")
            }
            return method
        case .memberRef where token.row <= reader.rowCount(.memberRef):
            let reference = reader.memberReference(MemberReferenceHandle(row: token.row))
            let parent = reference.parent
            switch parent.table {
            case .typeDef, .typeRef, .typeSpec:
                let type = try self.type(parent, in: assembly, context: context)
                let signature = try reader.signatureDecoder.decodeMethodSignature(reference.signature)
                return try findMethod(reference.name, signature, in: type, from: assembly, context: context)
            case .methodDef:
                // A vararg call site naming its MethodDef (II.22.25).
                return try method(parent, in: assembly, context: context)
            default:
                throw TypeLoadError(typeName: reference.name, assembly: assembly.identity.description,
                                    reason: "the method lives in another module of a multi-module assembly, which Ilex does not load yet")
            }
        case .methodSpec where token.row <= reader.rowCount(.methodSpec):
            let specification = reader.methodSpecification(MethodSpecificationHandle(row: token.row))
            let generic = try method(specification.method, in: assembly, context: context)
            let arguments = try reader.signatureDecoder.decodeMethodSpecification(specification.instantiation).map {
                try type($0, in: assembly, context: context)
            }
            return try instantiate(generic.genericDefinition ?? generic, with: arguments)
        default:
            throw BadImageFormat(file: assembly.path, offset: nil, "\(token) is not a method token")
        }
    }

    /// The signature a call site gives, when it is a vararg MemberRef (II.15.4.1.3): the callee's
    /// required parameters, then the types of the extra arguments this call passes. Nil for other tokens.
    public func varargCallSiteSignature(_ token: MetadataToken, in assembly: LoadedAssembly, context: GenericContext = .empty) throws -> RuntimeSignature? {
        let reader = assembly.reader
        guard token.table == .memberRef, token.row >= 1, token.row <= reader.rowCount(.memberRef) else { return nil }
        let reference = reader.memberReference(MemberReferenceHandle(row: token.row))
        let decoded = try reader.signatureDecoder.decodeMethodSignature(reference.signature)
        guard decoded.header.kind == .vararg else { return nil }
        return try signature(decoded, in: assembly, context: context)
    }

    /// The field a Field or MemberRef token names, as seen from `assembly`.
    public func field(_ token: MetadataToken, in assembly: LoadedAssembly, context: GenericContext = .empty) throws -> RuntimeField {
        let reader = assembly.reader
        guard !token.isNil else { throw BadImageFormat(file: assembly.path, offset: nil, "nil field token") }
        switch token.table {
        case .field where token.row <= reader.rowCount(.field):
            let handle = FieldHandle(row: token.row)
            let owner = definitionType(reader.owner(ofField: handle), in: assembly)
            guard let field = try owner.fields().first(where: { $0.handle == handle }) else {
                throw BadImageFormat(file: assembly.path, offset: nil, "field \(token) has no owner type")
            }
            return field
        case .memberRef where token.row <= reader.rowCount(.memberRef):
            let reference = reader.memberReference(MemberReferenceHandle(row: token.row))
            let type = try self.type(reference.parent, in: assembly, context: context)
            let wanted = try self.type(reader.signatureDecoder.decodeFieldSignature(reference.signature), in: assembly)
            let referenceName = reference.name
            for candidate in try [type] + type.ancestors() {
                let definition = candidate.genericDefinition ?? candidate
                let fields = try definition.declaredFields()
                if let index = fields.firstIndex(where: { $0.isNamed(referenceName) && $0.type === wanted }) {
                    return try candidate.fields()[index]
                }
            }
            throw MissingMemberError(kind: .field, typeName: displayName(type), memberName: reference.name,
                                     referencedFrom: assembly.identity.name)
        default:
            throw BadImageFormat(file: assembly.path, offset: nil, "\(token) is not a field token")
        }
    }

    /// The method of `type` (or a base class) named `name` whose open signature is `signature`.
    func findMethod(_ name: String, _ signature: MethodSignature, in type: RuntimeType, from assembly: LoadedAssembly,
                    context: GenericContext) throws -> RuntimeMethod {
        if type.isArray {
            return try arrayAccessor(name, signature: self.signature(signature, in: assembly, context: context), on: type)
        }
        let wanted = try self.signature(signature, in: assembly, context: .empty)
        for candidate in try [type] + type.ancestors() {
            let definition = candidate.genericDefinition ?? candidate
            let methods = try definition.methods()
            for (index, method) in methods.enumerated() where method.name == name {
                let open = try method.signature()
                guard open.genericParameterCount == wanted.genericParameterCount, open.hasThis == wanted.hasThis,
                      open.returnType === wanted.returnType else { continue }
                // A vararg call site lists the extra arguments after the required ones.
                let required = wanted.isVararg ? Array(wanted.parameterTypes.prefix(wanted.requiredParameterCount)) : wanted.parameterTypes
                guard open.parameterTypes == required else { continue }
                return try candidate.methods()[index]
            }
        }
        throw MissingMemberError(kind: .method, typeName: displayName(type), memberName: name, referencedFrom: assembly.identity.name)
    }

    /// The runtime methods of array types (II.14.2): `.ctor` (lengths, or lower bounds and
    /// lengths), `Get`, `Set` and `Address`, one object per array type, name and signature.
    func arrayAccessor(_ name: String, signature: RuntimeSignature, on type: RuntimeType) throws -> RuntimeMethod {
        guard [".ctor", "Get", "Set", "Address"].contains(name) else {
            // Everything else an array has comes from System.Array.
            let array = wellKnown.array
            if let inherited = try array.methods().first(where: { $0.name == name && ((try? $0.signature().parameterTypes) == signature.parameterTypes) }) {
                return inherited
            }
            throw MissingMemberError(kind: .method, typeName: displayName(type), memberName: name, referencedFrom: "an array type")
        }
        let key = ArrayAccessorKey(type: type.id, name: name, signature: signature)
        if let existing = arrayAccessors[key] { return existing }
        let method = RuntimeMethod(arrayAccessor: name, on: type, signature: signature)
        arrayAccessors[key] = method
        return method
    }

    struct ArrayAccessorKey: Hashable {
        let type: Int
        let name: String
        let signature: RuntimeSignature
    }
}
