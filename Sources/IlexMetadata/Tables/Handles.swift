// Value-type handles for metadata rows and heap entries, as System.Reflection.Metadata has them.
// A handle is only a number; the MetadataReader that made it gives it meaning.

/// A metadata token (II.22): table number in the high byte, 1-based row in the low 24 bits.
/// String tokens (0x70) index the #US heap instead.
public struct MetadataToken: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public init(_ table: TableIndex, row: Int) { rawValue = UInt32(table.rawValue) << 24 | UInt32(row) }

    public var tableByte: UInt8 { UInt8(rawValue >> 24) }
    public var table: TableIndex? { TableIndex(rawValue: tableByte) }
    public var row: Int { Int(rawValue & 0x00FF_FFFF) }
    public var isNil: Bool { row == 0 }
    public static let userStringTableByte: UInt8 = 0x70
    public var isUserString: Bool { tableByte == Self.userStringTableByte }

    public var description: String {
        let hex = String(rawValue, radix: 16)
        return "0x" + String(repeating: "0", count: max(0, 8 - hex.count)) + hex
    }
}

/// A handle to a row of one particular table.
public protocol RowHandle: Hashable, Sendable {
    static var table: TableIndex { get }
    /// 1-based row number; 0 is the nil handle.
    var row: Int { get }
    init(row: Int)
}

extension RowHandle {
    public var token: MetadataToken { MetadataToken(Self.table, row: row) }
    public var isNil: Bool { row == 0 }
}

public struct ModuleHandle: RowHandle { public static let table = TableIndex.module; public let row: Int; public init(row: Int) { self.row = row } }
public struct TypeReferenceHandle: RowHandle { public static let table = TableIndex.typeRef; public let row: Int; public init(row: Int) { self.row = row } }
public struct TypeDefinitionHandle: RowHandle { public static let table = TableIndex.typeDef; public let row: Int; public init(row: Int) { self.row = row } }
public struct FieldHandle: RowHandle { public static let table = TableIndex.field; public let row: Int; public init(row: Int) { self.row = row } }
public struct MethodDefinitionHandle: RowHandle { public static let table = TableIndex.methodDef; public let row: Int; public init(row: Int) { self.row = row } }
public struct ParameterHandle: RowHandle { public static let table = TableIndex.param; public let row: Int; public init(row: Int) { self.row = row } }
public struct InterfaceImplementationHandle: RowHandle { public static let table = TableIndex.interfaceImpl; public let row: Int; public init(row: Int) { self.row = row } }
public struct MemberReferenceHandle: RowHandle { public static let table = TableIndex.memberRef; public let row: Int; public init(row: Int) { self.row = row } }
public struct ConstantHandle: RowHandle { public static let table = TableIndex.constant; public let row: Int; public init(row: Int) { self.row = row } }
public struct CustomAttributeHandle: RowHandle { public static let table = TableIndex.customAttribute; public let row: Int; public init(row: Int) { self.row = row } }
public struct FieldMarshalHandle: RowHandle { public static let table = TableIndex.fieldMarshal; public let row: Int; public init(row: Int) { self.row = row } }
public struct DeclarativeSecurityHandle: RowHandle { public static let table = TableIndex.declSecurity; public let row: Int; public init(row: Int) { self.row = row } }
public struct ClassLayoutHandle: RowHandle { public static let table = TableIndex.classLayout; public let row: Int; public init(row: Int) { self.row = row } }
public struct FieldLayoutHandle: RowHandle { public static let table = TableIndex.fieldLayout; public let row: Int; public init(row: Int) { self.row = row } }
public struct StandaloneSignatureHandle: RowHandle { public static let table = TableIndex.standAloneSig; public let row: Int; public init(row: Int) { self.row = row } }
public struct EventMapHandle: RowHandle { public static let table = TableIndex.eventMap; public let row: Int; public init(row: Int) { self.row = row } }
public struct EventHandle: RowHandle { public static let table = TableIndex.event; public let row: Int; public init(row: Int) { self.row = row } }
public struct PropertyMapHandle: RowHandle { public static let table = TableIndex.propertyMap; public let row: Int; public init(row: Int) { self.row = row } }
public struct PropertyHandle: RowHandle { public static let table = TableIndex.property; public let row: Int; public init(row: Int) { self.row = row } }
public struct MethodSemanticsHandle: RowHandle { public static let table = TableIndex.methodSemantics; public let row: Int; public init(row: Int) { self.row = row } }
public struct MethodImplementationHandle: RowHandle { public static let table = TableIndex.methodImpl; public let row: Int; public init(row: Int) { self.row = row } }
public struct ModuleReferenceHandle: RowHandle { public static let table = TableIndex.moduleRef; public let row: Int; public init(row: Int) { self.row = row } }
public struct TypeSpecificationHandle: RowHandle { public static let table = TableIndex.typeSpec; public let row: Int; public init(row: Int) { self.row = row } }
public struct ImplMapHandle: RowHandle { public static let table = TableIndex.implMap; public let row: Int; public init(row: Int) { self.row = row } }
public struct FieldRVAHandle: RowHandle { public static let table = TableIndex.fieldRVA; public let row: Int; public init(row: Int) { self.row = row } }
public struct AssemblyDefinitionHandle: RowHandle { public static let table = TableIndex.assembly; public let row: Int; public init(row: Int) { self.row = row } }
public struct AssemblyReferenceHandle: RowHandle { public static let table = TableIndex.assemblyRef; public let row: Int; public init(row: Int) { self.row = row } }
public struct AssemblyFileHandle: RowHandle { public static let table = TableIndex.file; public let row: Int; public init(row: Int) { self.row = row } }
public struct ExportedTypeHandle: RowHandle { public static let table = TableIndex.exportedType; public let row: Int; public init(row: Int) { self.row = row } }
public struct ManifestResourceHandle: RowHandle { public static let table = TableIndex.manifestResource; public let row: Int; public init(row: Int) { self.row = row } }
public struct NestedClassHandle: RowHandle { public static let table = TableIndex.nestedClass; public let row: Int; public init(row: Int) { self.row = row } }
public struct GenericParameterHandle: RowHandle { public static let table = TableIndex.genericParam; public let row: Int; public init(row: Int) { self.row = row } }
public struct MethodSpecificationHandle: RowHandle { public static let table = TableIndex.methodSpec; public let row: Int; public init(row: Int) { self.row = row } }
public struct GenericParameterConstraintHandle: RowHandle { public static let table = TableIndex.genericParamConstraint; public let row: Int; public init(row: Int) { self.row = row } }

/// Offset into the #Strings heap.
public struct StringHandle: Hashable, Sendable { public let offset: Int; public init(offset: Int) { self.offset = offset }; public var isNil: Bool { offset == 0 } }
/// Offset into the #Blob heap.
public struct BlobHandle: Hashable, Sendable { public let offset: Int; public init(offset: Int) { self.offset = offset }; public var isNil: Bool { offset == 0 } }
/// 1-based index into the #GUID heap.
public struct GuidHandle: Hashable, Sendable { public let index: Int; public init(index: Int) { self.index = index }; public var isNil: Bool { index == 0 } }
/// Offset into the #US heap (the low 24 bits of an ldstr token).
public struct UserStringHandle: Hashable, Sendable { public let offset: Int; public init(offset: Int) { self.offset = offset } }

/// A row of any table, from a coded index or a token: `token.table` says which.
public typealias EntityHandle = MetadataToken
