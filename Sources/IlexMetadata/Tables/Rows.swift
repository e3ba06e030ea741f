// Typed views of table rows: a row handle plus the reader that gives its columns meaning.
// Column numbers follow TableSchema.swift; list columns (FieldList, ...) become handle ranges.

extension MetadataReader {
    @inline(__always) func str(_ t: TableIndex, _ row: Int, _ c: Int) -> StringHandle { StringHandle(offset: Int(column(t, row, c))) }
    @inline(__always) func blob(_ t: TableIndex, _ row: Int, _ c: Int) -> BlobHandle { BlobHandle(offset: Int(column(t, row, c))) }
    @inline(__always) func coded(_ t: TableIndex, _ row: Int, _ c: Int, _ k: CodedIndexKind) -> MetadataToken { decode(column(t, row, c), as: k) }

    /// Rows [start, end) of a list column (II.22: a run ends where the next row's run starts),
    /// mapped through the matching *Ptr table when a #- stream has one.
    func listRange(owner: TableIndex, row: Int, column c: Int, target: TableIndex, pointer: TableIndex?) -> [Int] {
        let start = Int(column(owner, row, c))
        let targetCount = rowCount(target)
        let end = row < rowCount(owner) ? Int(column(owner, row + 1, c)) : targetCount + 1
        guard start >= 1, start < end else { return [] }
        let rows = Array(start..<min(end, targetCount + 1))
        if let pointer, rowCount(pointer) > 0 {
            return rows.map { Int(column(pointer, $0, 0)) }.filter { $0 >= 1 && $0 <= targetCount }
        }
        return rows
    }

    /// Binary search of a table sorted on `keyColumn` for all rows whose key equals `key`.
    /// Falls back to a scan when the image does not mark the table sorted.
    public func rows(of table: TableIndex, where keyColumn: Int, equals key: UInt32) -> Range<Int> {
        let count = rowCount(table)
        if sortedTables & (1 << UInt64(table.rawValue)) == 0 || count == 0 {
            let all = (1...max(count, 1)).filter { count > 0 && column(table, $0, keyColumn) == key }
            guard let first = all.first, let last = all.last, last - first + 1 == all.count else {
                return all.first.map { $0..<($0 + 1) } ?? 1..<1
            }
            return first..<(last + 1)
        }
        var lo = 1, hi = count + 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if column(table, mid, keyColumn) < key { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end <= count && column(table, end, keyColumn) == key { end += 1 }
        return lo..<end
    }
}

public struct ModuleDefinition {
    public let reader: MetadataReader
    public var generation: UInt16 { UInt16(reader.column(.module, 1, 0)) }
    public var name: String { reader.string(reader.str(.module, 1, 1)) }
    public var mvid: GuidHandle { GuidHandle(index: Int(reader.column(.module, 1, 2))) }
}

public struct TypeReference {
    public let reader: MetadataReader
    public let handle: TypeReferenceHandle
    var row: Int { handle.row }
    /// Module, ModuleRef, AssemblyRef or TypeRef (for nested types); nil token: look in ExportedType.
    public var resolutionScope: MetadataToken { reader.coded(.typeRef, row, 0, .resolutionScope) }
    public var name: String { reader.string(reader.str(.typeRef, row, 1)) }
    public var namespace: String { reader.string(reader.str(.typeRef, row, 2)) }
}

public struct TypeDefinition {
    public let reader: MetadataReader
    public let handle: TypeDefinitionHandle
    var row: Int { handle.row }
    public var attributes: UInt32 { reader.column(.typeDef, row, 0) }
    public var name: String { reader.string(nameHandle) }
    public var namespace: String { reader.string(namespaceHandle) }
    public var nameHandle: StringHandle { reader.str(.typeDef, row, 1) }
    public var namespaceHandle: StringHandle { reader.str(.typeDef, row, 2) }
    /// TypeDef, TypeRef or TypeSpec; nil for interfaces and System.Object.
    public var baseType: MetadataToken { reader.coded(.typeDef, row, 3, .typeDefOrRef) }
    public var fields: [FieldHandle] {
        reader.listRange(owner: .typeDef, row: row, column: 4, target: .field, pointer: .fieldPtr).map(FieldHandle.init(row:))
    }
    public var methods: [MethodDefinitionHandle] {
        reader.listRange(owner: .typeDef, row: row, column: 5, target: .methodDef, pointer: .methodPtr).map(MethodDefinitionHandle.init(row:))
    }
    public var isNested: Bool { attributes & 0x6 != 0 }
    public var isInterface: Bool { attributes & 0x20 != 0 }
    /// The enclosing type, for a nested type.
    public var declaringType: TypeDefinitionHandle? {
        let range = reader.rows(of: .nestedClass, where: 0, equals: UInt32(row))
        guard let r = range.first else { return nil }
        return TypeDefinitionHandle(row: Int(reader.column(.nestedClass, r, 1)))
    }
    public var nestedTypes: [TypeDefinitionHandle] {
        (1...max(reader.rowCount(.nestedClass), 1)).compactMap { r in
            reader.rowCount(.nestedClass) > 0 && reader.column(.nestedClass, r, 1) == UInt32(row)
                ? TypeDefinitionHandle(row: Int(reader.column(.nestedClass, r, 0))) : nil
        }
    }
    public var interfaceImplementations: [InterfaceImplementationHandle] {
        reader.rows(of: .interfaceImpl, where: 0, equals: UInt32(row)).map(InterfaceImplementationHandle.init(row:))
    }
    public var genericParameters: [GenericParameterHandle] { reader.genericParameters(of: handle.token) }
    public var layout: (packingSize: UInt16, classSize: UInt32)? {
        guard let r = reader.rows(of: .classLayout, where: 2, equals: UInt32(row)).first else { return nil }
        return (UInt16(reader.column(.classLayout, r, 0)), reader.column(.classLayout, r, 1))
    }
    public var properties: [PropertyHandle] {
        guard let map = reader.rows(of: .propertyMap, where: 0, equals: UInt32(row)).first else { return [] }
        return reader.listRange(owner: .propertyMap, row: map, column: 1, target: .property, pointer: .propertyPtr).map(PropertyHandle.init(row:))
    }
    public var events: [EventHandle] {
        guard let map = reader.rows(of: .eventMap, where: 0, equals: UInt32(row)).first else { return [] }
        return reader.listRange(owner: .eventMap, row: map, column: 1, target: .event, pointer: .eventPtr).map(EventHandle.init(row:))
    }
    public var methodImplementations: [MethodImplementationHandle] {
        reader.rows(of: .methodImpl, where: 0, equals: UInt32(row)).map(MethodImplementationHandle.init(row:))
    }
}

public struct FieldDefinition {
    public let reader: MetadataReader
    public let handle: FieldHandle
    var row: Int { handle.row }
    public var attributes: UInt16 { UInt16(reader.column(.field, row, 0)) }
    public var name: String { reader.string(nameHandle) }
    public var nameHandle: StringHandle { reader.str(.field, row, 1) }
    public var signature: BlobHandle { reader.blob(.field, row, 2) }
    public var isStatic: Bool { attributes & 0x10 != 0 }
    public var hasRVA: Bool { attributes & 0x100 != 0 }
    /// Explicit offset from the FieldLayout table.
    public var offset: UInt32? {
        reader.rows(of: .fieldLayout, where: 1, equals: UInt32(row)).first.map { reader.column(.fieldLayout, $0, 0) }
    }
    public var rva: UInt32? {
        reader.rows(of: .fieldRVA, where: 1, equals: UInt32(row)).first.map { reader.column(.fieldRVA, $0, 0) }
    }
}

public struct MethodDefinition {
    public let reader: MetadataReader
    public let handle: MethodDefinitionHandle
    var row: Int { handle.row }
    public var rva: UInt32 { reader.column(.methodDef, row, 0) }
    public var implAttributes: UInt16 { UInt16(reader.column(.methodDef, row, 1)) }
    public var attributes: UInt16 { UInt16(reader.column(.methodDef, row, 2)) }
    public var name: String { reader.string(reader.str(.methodDef, row, 3)) }
    public var nameHandle: StringHandle { reader.str(.methodDef, row, 3) }
    public var signature: BlobHandle { reader.blob(.methodDef, row, 4) }
    public var parameters: [ParameterHandle] {
        reader.listRange(owner: .methodDef, row: row, column: 5, target: .param, pointer: .paramPtr).map(ParameterHandle.init(row:))
    }
    public var genericParameters: [GenericParameterHandle] { reader.genericParameters(of: handle.token) }
    public var isStatic: Bool { attributes & 0x10 != 0 }
    public var isAbstract: Bool { attributes & 0x400 != 0 }
    public var isPInvoke: Bool { attributes & 0x2000 != 0 }
    /// The type whose method list holds this method (binary search over TypeDef.MethodList).
    public var declaringType: TypeDefinitionHandle { reader.owner(ofListMember: row, table: .typeDef, column: 5, pointer: .methodPtr) }
}

public struct Parameter {
    public let reader: MetadataReader
    public let handle: ParameterHandle
    var row: Int { handle.row }
    public var attributes: UInt16 { UInt16(reader.column(.param, row, 0)) }
    /// 0 is the return value; parameters count from 1.
    public var sequenceNumber: Int { Int(reader.column(.param, row, 1)) }
    public var name: String { reader.string(reader.str(.param, row, 2)) }
}

public struct InterfaceImplementation {
    public let reader: MetadataReader
    public let handle: InterfaceImplementationHandle
    public var implementer: TypeDefinitionHandle { TypeDefinitionHandle(row: Int(reader.column(.interfaceImpl, handle.row, 0))) }
    public var interface: MetadataToken { reader.coded(.interfaceImpl, handle.row, 1, .typeDefOrRef) }
}

public struct MemberReference {
    public let reader: MetadataReader
    public let handle: MemberReferenceHandle
    /// TypeDef, TypeRef, ModuleRef, MethodDef (vararg call sites) or TypeSpec.
    public var parent: MetadataToken { reader.coded(.memberRef, handle.row, 0, .memberRefParent) }
    public var name: String { reader.string(reader.str(.memberRef, handle.row, 1)) }
    public var signature: BlobHandle { reader.blob(.memberRef, handle.row, 2) }
    /// Field signatures start with 0x06 (II.23.2.4).
    public var isField: Bool { (try? reader.blob(signature).u8(0)) == 0x06 }
}

public struct Constant {
    public let reader: MetadataReader
    public let handle: ConstantHandle
    /// An ELEMENT_TYPE value (II.23.1.16).
    public var typeCode: UInt8 { UInt8(truncatingIfNeeded: reader.column(.constant, handle.row, 0)) }
    public var parent: MetadataToken { reader.coded(.constant, handle.row, 1, .hasConstant) }
    public var value: BlobHandle { reader.blob(.constant, handle.row, 2) }
}

public struct CustomAttribute {
    public let reader: MetadataReader
    public let handle: CustomAttributeHandle
    public var parent: MetadataToken { reader.coded(.customAttribute, handle.row, 0, .hasCustomAttribute) }
    /// The attribute's constructor: MethodDef or MemberRef.
    public var constructor: MetadataToken { reader.coded(.customAttribute, handle.row, 1, .customAttributeType) }
    public var value: BlobHandle { reader.blob(.customAttribute, handle.row, 2) }
}

public struct FieldMarshal {
    public let reader: MetadataReader
    public let handle: FieldMarshalHandle
    public var parent: MetadataToken { reader.coded(.fieldMarshal, handle.row, 0, .hasFieldMarshal) }
    public var nativeType: BlobHandle { reader.blob(.fieldMarshal, handle.row, 1) }
}

public struct DeclarativeSecurity {
    public let reader: MetadataReader
    public let handle: DeclarativeSecurityHandle
    public var action: UInt16 { UInt16(reader.column(.declSecurity, handle.row, 0)) }
    public var parent: MetadataToken { reader.coded(.declSecurity, handle.row, 1, .hasDeclSecurity) }
    public var permissionSet: BlobHandle { reader.blob(.declSecurity, handle.row, 2) }
}

public struct StandaloneSignature {
    public let reader: MetadataReader
    public let handle: StandaloneSignatureHandle
    public var signature: BlobHandle { reader.blob(.standAloneSig, handle.row, 0) }
}

public struct EventDefinition {
    public let reader: MetadataReader
    public let handle: EventHandle
    public var attributes: UInt16 { UInt16(reader.column(.event, handle.row, 0)) }
    public var name: String { reader.string(reader.str(.event, handle.row, 1)) }
    public var type: MetadataToken { reader.coded(.event, handle.row, 2, .typeDefOrRef) }
    public var accessors: [MethodSemanticsHandle] { reader.semantics(of: MetadataToken(.event, row: handle.row)) }
}

public struct PropertyDefinition {
    public let reader: MetadataReader
    public let handle: PropertyHandle
    public var attributes: UInt16 { UInt16(reader.column(.property, handle.row, 0)) }
    public var name: String { reader.string(reader.str(.property, handle.row, 1)) }
    public var signature: BlobHandle { reader.blob(.property, handle.row, 2) }
    public var accessors: [MethodSemanticsHandle] { reader.semantics(of: MetadataToken(.property, row: handle.row)) }
}

public struct MethodSemantics {
    public let reader: MetadataReader
    public let handle: MethodSemanticsHandle
    /// 0x1 setter, 0x2 getter, 0x4 other, 0x8 add, 0x10 remove, 0x20 fire (II.23.1.12).
    public var semantics: UInt16 { UInt16(reader.column(.methodSemantics, handle.row, 0)) }
    public var method: MethodDefinitionHandle { MethodDefinitionHandle(row: Int(reader.column(.methodSemantics, handle.row, 1))) }
    public var association: MetadataToken { reader.coded(.methodSemantics, handle.row, 2, .hasSemantics) }
}

public struct MethodImplementation {
    public let reader: MetadataReader
    public let handle: MethodImplementationHandle
    public var type: TypeDefinitionHandle { TypeDefinitionHandle(row: Int(reader.column(.methodImpl, handle.row, 0))) }
    public var body: MetadataToken { reader.coded(.methodImpl, handle.row, 1, .methodDefOrRef) }
    public var declaration: MetadataToken { reader.coded(.methodImpl, handle.row, 2, .methodDefOrRef) }
}

public struct ModuleReference {
    public let reader: MetadataReader
    public let handle: ModuleReferenceHandle
    public var name: String { reader.string(reader.str(.moduleRef, handle.row, 0)) }
}

public struct TypeSpecification {
    public let reader: MetadataReader
    public let handle: TypeSpecificationHandle
    public var signature: BlobHandle { reader.blob(.typeSpec, handle.row, 0) }
}

public struct ImplMap {
    public let reader: MetadataReader
    public let handle: ImplMapHandle
    public var attributes: UInt16 { UInt16(reader.column(.implMap, handle.row, 0)) }
    public var member: MetadataToken { reader.coded(.implMap, handle.row, 1, .memberForwarded) }
    public var importName: String { reader.string(reader.str(.implMap, handle.row, 2)) }
    public var module: ModuleReferenceHandle { ModuleReferenceHandle(row: Int(reader.column(.implMap, handle.row, 3))) }
}

public struct AssemblyVersion: Hashable, Sendable, CustomStringConvertible, Comparable {
    public var major, minor, build, revision: UInt16
    public init(major: UInt16, minor: UInt16, build: UInt16, revision: UInt16) {
        (self.major, self.minor, self.build, self.revision) = (major, minor, build, revision)
    }
    public var description: String { "\(major).\(minor).\(build).\(revision)" }
    public static func < (a: Self, b: Self) -> Bool {
        (a.major, a.minor, a.build, a.revision) < (b.major, b.minor, b.build, b.revision)
    }
}

public struct AssemblyDefinition {
    public let reader: MetadataReader
    public var hashAlgorithm: UInt32 { reader.column(.assembly, 1, 0) }
    public var version: AssemblyVersion {
        AssemblyVersion(major: UInt16(reader.column(.assembly, 1, 1)), minor: UInt16(reader.column(.assembly, 1, 2)),
                        build: UInt16(reader.column(.assembly, 1, 3)), revision: UInt16(reader.column(.assembly, 1, 4)))
    }
    public var flags: UInt32 { reader.column(.assembly, 1, 5) }
    public var publicKey: BlobHandle { reader.blob(.assembly, 1, 6) }
    public var name: String { reader.string(reader.str(.assembly, 1, 7)) }
    public var culture: String { reader.string(reader.str(.assembly, 1, 8)) }
}

public struct AssemblyReference {
    public let reader: MetadataReader
    public let handle: AssemblyReferenceHandle
    var row: Int { handle.row }
    public var version: AssemblyVersion {
        AssemblyVersion(major: UInt16(reader.column(.assemblyRef, row, 0)), minor: UInt16(reader.column(.assemblyRef, row, 1)),
                        build: UInt16(reader.column(.assemblyRef, row, 2)), revision: UInt16(reader.column(.assemblyRef, row, 3)))
    }
    public var flags: UInt32 { reader.column(.assemblyRef, row, 4) }
    public var publicKeyOrToken: BlobHandle { reader.blob(.assemblyRef, row, 5) }
    public var name: String { reader.string(reader.str(.assemblyRef, row, 6)) }
    public var culture: String { reader.string(reader.str(.assemblyRef, row, 7)) }
    public var hashValue: BlobHandle { reader.blob(.assemblyRef, row, 8) }
}

public struct AssemblyFile {
    public let reader: MetadataReader
    public let handle: AssemblyFileHandle
    public var flags: UInt32 { reader.column(.file, handle.row, 0) }
    public var name: String { reader.string(reader.str(.file, handle.row, 1)) }
    public var hashValue: BlobHandle { reader.blob(.file, handle.row, 2) }
    public var containsMetadata: Bool { flags & 0x1 == 0 }
}

public struct ExportedType {
    public let reader: MetadataReader
    public let handle: ExportedTypeHandle
    public var attributes: UInt32 { reader.column(.exportedType, handle.row, 0) }
    public var typeDefinitionId: UInt32 { reader.column(.exportedType, handle.row, 1) }
    public var name: String { reader.string(nameHandle) }
    public var namespace: String { reader.string(namespaceHandle) }
    public var nameHandle: StringHandle { reader.str(.exportedType, handle.row, 2) }
    public var namespaceHandle: StringHandle { reader.str(.exportedType, handle.row, 3) }
    /// File, AssemblyRef (a type forwarder) or ExportedType (nested in another exported type).
    public var implementation: MetadataToken { reader.coded(.exportedType, handle.row, 4, .implementation) }
    public var isForwarder: Bool { attributes & 0x0020_0000 != 0 }
}

public struct ManifestResource {
    public let reader: MetadataReader
    public let handle: ManifestResourceHandle
    public var offset: UInt32 { reader.column(.manifestResource, handle.row, 0) }
    public var flags: UInt32 { reader.column(.manifestResource, handle.row, 1) }
    public var name: String { reader.string(reader.str(.manifestResource, handle.row, 2)) }
    /// nil token: the resource is in this file's CLI resources; else File or AssemblyRef.
    public var implementation: MetadataToken { reader.coded(.manifestResource, handle.row, 3, .implementation) }
}

public struct GenericParameter {
    public let reader: MetadataReader
    public let handle: GenericParameterHandle
    public var index: Int { Int(reader.column(.genericParam, handle.row, 0)) }
    public var attributes: UInt16 { UInt16(reader.column(.genericParam, handle.row, 1)) }
    public var owner: MetadataToken { reader.coded(.genericParam, handle.row, 2, .typeOrMethodDef) }
    public var name: String { reader.string(reader.str(.genericParam, handle.row, 3)) }
    public var constraints: [GenericParameterConstraintHandle] {
        reader.rows(of: .genericParamConstraint, where: 0, equals: UInt32(handle.row)).map(GenericParameterConstraintHandle.init(row:))
    }
}

public struct MethodSpecification {
    public let reader: MetadataReader
    public let handle: MethodSpecificationHandle
    public var method: MetadataToken { reader.coded(.methodSpec, handle.row, 0, .methodDefOrRef) }
    public var instantiation: BlobHandle { reader.blob(.methodSpec, handle.row, 1) }
}

public struct GenericParameterConstraint {
    public let reader: MetadataReader
    public let handle: GenericParameterConstraintHandle
    public var parameter: GenericParameterHandle { GenericParameterHandle(row: Int(reader.column(.genericParamConstraint, handle.row, 0))) }
    public var type: MetadataToken { reader.coded(.genericParamConstraint, handle.row, 1, .typeDefOrRef) }
}

extension MetadataReader {
    public var module: ModuleDefinition { ModuleDefinition(reader: self) }
    /// nil for a module without an Assembly row (a netmodule).
    public var assembly: AssemblyDefinition? { rowCount(.assembly) > 0 ? AssemblyDefinition(reader: self) : nil }

    public func typeDefinition(_ h: TypeDefinitionHandle) -> TypeDefinition { TypeDefinition(reader: self, handle: h) }
    public func typeReference(_ h: TypeReferenceHandle) -> TypeReference { TypeReference(reader: self, handle: h) }
    public func typeSpecification(_ h: TypeSpecificationHandle) -> TypeSpecification { TypeSpecification(reader: self, handle: h) }
    public func field(_ h: FieldHandle) -> FieldDefinition { FieldDefinition(reader: self, handle: h) }
    public func method(_ h: MethodDefinitionHandle) -> MethodDefinition { MethodDefinition(reader: self, handle: h) }
    public func parameter(_ h: ParameterHandle) -> Parameter { Parameter(reader: self, handle: h) }
    public func interfaceImplementation(_ h: InterfaceImplementationHandle) -> InterfaceImplementation { InterfaceImplementation(reader: self, handle: h) }
    public func memberReference(_ h: MemberReferenceHandle) -> MemberReference { MemberReference(reader: self, handle: h) }
    public func constant(_ h: ConstantHandle) -> Constant { Constant(reader: self, handle: h) }
    public func customAttribute(_ h: CustomAttributeHandle) -> CustomAttribute { CustomAttribute(reader: self, handle: h) }
    public func fieldMarshal(_ h: FieldMarshalHandle) -> FieldMarshal { FieldMarshal(reader: self, handle: h) }
    public func declarativeSecurity(_ h: DeclarativeSecurityHandle) -> DeclarativeSecurity { DeclarativeSecurity(reader: self, handle: h) }
    public func standaloneSignature(_ h: StandaloneSignatureHandle) -> StandaloneSignature { StandaloneSignature(reader: self, handle: h) }
    public func event(_ h: EventHandle) -> EventDefinition { EventDefinition(reader: self, handle: h) }
    public func property(_ h: PropertyHandle) -> PropertyDefinition { PropertyDefinition(reader: self, handle: h) }
    public func methodSemantics(_ h: MethodSemanticsHandle) -> MethodSemantics { MethodSemantics(reader: self, handle: h) }
    public func methodImplementation(_ h: MethodImplementationHandle) -> MethodImplementation { MethodImplementation(reader: self, handle: h) }
    public func moduleReference(_ h: ModuleReferenceHandle) -> ModuleReference { ModuleReference(reader: self, handle: h) }
    public func implMap(_ h: ImplMapHandle) -> ImplMap { ImplMap(reader: self, handle: h) }
    public func assemblyReference(_ h: AssemblyReferenceHandle) -> AssemblyReference { AssemblyReference(reader: self, handle: h) }
    public func assemblyFile(_ h: AssemblyFileHandle) -> AssemblyFile { AssemblyFile(reader: self, handle: h) }
    public func exportedType(_ h: ExportedTypeHandle) -> ExportedType { ExportedType(reader: self, handle: h) }
    public func manifestResource(_ h: ManifestResourceHandle) -> ManifestResource { ManifestResource(reader: self, handle: h) }
    public func genericParameter(_ h: GenericParameterHandle) -> GenericParameter { GenericParameter(reader: self, handle: h) }
    public func methodSpecification(_ h: MethodSpecificationHandle) -> MethodSpecification { MethodSpecification(reader: self, handle: h) }
    public func genericParameterConstraint(_ h: GenericParameterConstraintHandle) -> GenericParameterConstraint { GenericParameterConstraint(reader: self, handle: h) }

    /// All rows of a table as typed handles.
    public func handles<H: RowHandle>(_ type: H.Type) -> [H] {
        let n = rowCount(H.table)
        return n == 0 ? [] : (1...n).map(H.init(row:))
    }

    public var typeDefinitions: [TypeDefinitionHandle] { handles(TypeDefinitionHandle.self) }
    public var methodDefinitions: [MethodDefinitionHandle] { handles(MethodDefinitionHandle.self) }

    /// The entry point method, if the CLI header names a MethodDef.
    public var entryPoint: MethodDefinitionHandle? {
        let token = MetadataToken(rawValue: cliHeader.entryPointToken)
        guard cliHeader.flags & CLIHeader.nativeEntryPoint == 0, token.table == .methodDef,
              token.row >= 1, token.row <= rowCount(.methodDef) else { return nil }
        return MethodDefinitionHandle(row: token.row)
    }

    func genericParameters(of owner: MetadataToken) -> [GenericParameterHandle] {
        // Encode owner as a TypeOrMethodDef coded index (tag 0 = TypeDef, 1 = MethodDef).
        let tag: UInt32 = owner.table == .methodDef ? 1 : 0
        let key = UInt32(owner.row) << 1 | tag
        return rows(of: .genericParam, where: 2, equals: key).map(GenericParameterHandle.init(row:))
    }

    func semantics(of association: MetadataToken) -> [MethodSemanticsHandle] {
        let tag: UInt32 = association.table == .property ? 1 : 0
        let key = UInt32(association.row) << 1 | tag
        return rows(of: .methodSemantics, where: 2, equals: key).map(MethodSemanticsHandle.init(row:))
    }

    /// Custom attributes attached to `parent` (any HasCustomAttribute row).
    public func customAttributes(of parent: MetadataToken) -> [CustomAttributeHandle] {
        guard let table = parent.table,
              let tag = CodedIndexKind.hasCustomAttribute.tables.firstIndex(where: { $0 == table }) else { return [] }
        let key = UInt32(parent.row) << 5 | UInt32(tag)
        return rows(of: .customAttribute, where: 0, equals: key).map(CustomAttributeHandle.init(row:))
    }

    /// The Constant row of a field, parameter or property.
    public func constant(of parent: MetadataToken) -> ConstantHandle? {
        guard let table = parent.table,
              let tag = CodedIndexKind.hasConstant.tables.firstIndex(where: { $0 == table }) else { return nil }
        let key = UInt32(parent.row) << 2 | UInt32(tag)
        return rows(of: .constant, where: 1, equals: key).first.map(ConstantHandle.init(row:))
    }

    /// The FieldMarshal row of a field or parameter.
    public func fieldMarshal(of parent: MetadataToken) -> FieldMarshalHandle? {
        let tag: UInt32 = parent.table == .param ? 1 : 0
        return rows(of: .fieldMarshal, where: 0, equals: UInt32(parent.row) << 1 | tag).first.map(FieldMarshalHandle.init(row:))
    }

    /// The ImplMap (P/Invoke) row of a method.
    public func implMap(of method: MethodDefinitionHandle) -> ImplMapHandle? {
        rows(of: .implMap, where: 1, equals: UInt32(method.row) << 1 | 1).first.map(ImplMapHandle.init(row:))
    }

    /// Declarative security rows of a type, method or assembly.
    public func declarativeSecurity(of parent: MetadataToken) -> [DeclarativeSecurityHandle] {
        let tag: UInt32 = parent.table == .methodDef ? 1 : parent.table == .assembly ? 2 : 0
        return rows(of: .declSecurity, where: 1, equals: UInt32(parent.row) << 2 | tag).map(DeclarativeSecurityHandle.init(row:))
    }

    /// The row of `table` whose list column (`column`) run contains member `member`.
    func owner(ofListMember member: Int, table: TableIndex, column c: Int, pointer: TableIndex) -> TypeDefinitionHandle {
        // With a *Ptr table, list columns index the Ptr table: find the member's position in it first.
        var position = member
        if rowCount(pointer) > 0 {
            position = (1...rowCount(pointer)).first { Int(column(pointer, $0, 0)) == member } ?? member
        }
        var lo = 1, hi = rowCount(table)
        var found = 0
        while lo <= hi {
            let mid = (lo + hi) / 2
            if Int(column(table, mid, c)) <= position { found = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        // Several types may start at the same position (empty lists): the owner is the last of them.
        return TypeDefinitionHandle(row: found)
    }
}
