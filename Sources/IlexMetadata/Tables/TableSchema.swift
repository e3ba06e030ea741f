// The schema of every metadata table of ECMA-335 II.22 and every coded index of II.24.2.6, declared
// once as data. Row sizes, column offsets and index widths are derived from it per image.

/// Metadata table numbers (II.22; the high byte of a token).
public enum TableIndex: UInt8, CaseIterable, Sendable {
    case module = 0x00, typeRef, typeDef, fieldPtr, field, methodPtr, methodDef, paramPtr, param
    case interfaceImpl = 0x09, memberRef, constant, customAttribute, fieldMarshal, declSecurity
    case classLayout = 0x0F, fieldLayout, standAloneSig, eventMap, eventPtr, event, propertyMap
    case propertyPtr = 0x16, property, methodSemantics, methodImpl, moduleRef, typeSpec, implMap
    case fieldRVA = 0x1D, encLog, encMap, assembly, assemblyProcessor, assemblyOS, assemblyRef
    case assemblyRefProcessor = 0x24, assemblyRefOS, file, exportedType, manifestResource
    case nestedClass = 0x29, genericParam, methodSpec, genericParamConstraint

    /// The table's name as ECMA-335 and monodis spell it.
    public var name: String {
        switch self {
        case .module: "Module"
        case .typeRef: "TypeRef"
        case .typeDef: "TypeDef"
        case .fieldPtr: "FieldPtr"
        case .field: "Field"
        case .methodPtr: "MethodPtr"
        case .methodDef: "MethodDef"
        case .paramPtr: "ParamPtr"
        case .param: "Param"
        case .interfaceImpl: "InterfaceImpl"
        case .memberRef: "MemberRef"
        case .constant: "Constant"
        case .customAttribute: "CustomAttribute"
        case .fieldMarshal: "FieldMarshal"
        case .declSecurity: "DeclSecurity"
        case .classLayout: "ClassLayout"
        case .fieldLayout: "FieldLayout"
        case .standAloneSig: "StandAloneSig"
        case .eventMap: "EventMap"
        case .eventPtr: "EventPtr"
        case .event: "Event"
        case .propertyMap: "PropertyMap"
        case .propertyPtr: "PropertyPtr"
        case .property: "Property"
        case .methodSemantics: "MethodSemantics"
        case .methodImpl: "MethodImpl"
        case .moduleRef: "ModuleRef"
        case .typeSpec: "TypeSpec"
        case .implMap: "ImplMap"
        case .fieldRVA: "FieldRVA"
        case .encLog: "EncLog"
        case .encMap: "EncMap"
        case .assembly: "Assembly"
        case .assemblyProcessor: "AssemblyProcessor"
        case .assemblyOS: "AssemblyOS"
        case .assemblyRef: "AssemblyRef"
        case .assemblyRefProcessor: "AssemblyRefProcessor"
        case .assemblyRefOS: "AssemblyRefOS"
        case .file: "File"
        case .exportedType: "ExportedType"
        case .manifestResource: "ManifestResource"
        case .nestedClass: "NestedClass"
        case .genericParam: "GenericParam"
        case .methodSpec: "MethodSpec"
        case .genericParamConstraint: "GenericParamConstraint"
        }
    }
}

/// Coded index kinds (II.24.2.6): a tag in the low bits selects the table.
public enum CodedIndexKind: Sendable, CaseIterable {
    case typeDefOrRef, hasConstant, hasCustomAttribute, hasFieldMarshal, hasDeclSecurity
    case memberRefParent, hasSemantics, methodDefOrRef, memberForwarded, implementation
    case customAttributeType, resolutionScope, typeOrMethodDef

    /// The table for each tag value; nil marks a tag value the standard leaves unused.
    public var tables: [TableIndex?] {
        switch self {
        case .typeDefOrRef: [.typeDef, .typeRef, .typeSpec]
        case .hasConstant: [.field, .param, .property]
        case .hasCustomAttribute:
            [.methodDef, .field, .typeRef, .typeDef, .param, .interfaceImpl, .memberRef, .module,
             .declSecurity, .property, .event, .standAloneSig, .moduleRef, .typeSpec, .assembly,
             .assemblyRef, .file, .exportedType, .manifestResource, .genericParam,
             .genericParamConstraint, .methodSpec]
        case .hasFieldMarshal: [.field, .param]
        case .hasDeclSecurity: [.typeDef, .methodDef, .assembly]
        case .memberRefParent: [.typeDef, .typeRef, .moduleRef, .methodDef, .typeSpec]
        case .hasSemantics: [.event, .property]
        case .methodDefOrRef: [.methodDef, .memberRef]
        case .memberForwarded: [.field, .methodDef]
        case .implementation: [.file, .assemblyRef, .exportedType]
        case .customAttributeType: [nil, nil, .methodDef, .memberRef, nil]
        case .resolutionScope: [.module, .moduleRef, .assemblyRef, .typeRef]
        case .typeOrMethodDef: [.typeDef, .methodDef]
        }
    }

    public var tagBits: Int {
        switch self {
        case .hasCustomAttribute: 5
        case .memberRefParent, .customAttributeType: 3
        case .typeDefOrRef, .hasConstant, .hasDeclSecurity, .implementation, .resolutionScope: 2
        case .hasFieldMarshal, .hasSemantics, .methodDefOrRef, .memberForwarded, .typeOrMethodDef: 1
        }
    }
}

/// What a column holds; its width in a given image follows from the heap-size flags and row counts.
public enum ColumnKind: Sendable {
    case fixed1Padded   // one byte followed by a padding byte (Constant.Type)
    case fixed2
    case fixed4
    case string
    case guid
    case blob
    /// An index into a table. `isList` marks a column that starts a run of rows (FieldList, ...),
    /// which may legitimately equal rowCount + 1.
    case table(TableIndex, isList: Bool)
    case coded(CodedIndexKind)
}

extension TableIndex {
    /// Column kinds of each table in order, exactly as II.22 lists them.
    public var columns: [ColumnKind] {
        switch self {
        case .module: [.fixed2, .string, .guid, .guid, .guid]
        case .typeRef: [.coded(.resolutionScope), .string, .string]
        case .typeDef: [.fixed4, .string, .string, .coded(.typeDefOrRef), .table(.field, isList: true), .table(.methodDef, isList: true)]
        case .fieldPtr: [.table(.field, isList: false)]
        case .field: [.fixed2, .string, .blob]
        case .methodPtr: [.table(.methodDef, isList: false)]
        case .methodDef: [.fixed4, .fixed2, .fixed2, .string, .blob, .table(.param, isList: true)]
        case .paramPtr: [.table(.param, isList: false)]
        case .param: [.fixed2, .fixed2, .string]
        case .interfaceImpl: [.table(.typeDef, isList: false), .coded(.typeDefOrRef)]
        case .memberRef: [.coded(.memberRefParent), .string, .blob]
        case .constant: [.fixed1Padded, .coded(.hasConstant), .blob]
        case .customAttribute: [.coded(.hasCustomAttribute), .coded(.customAttributeType), .blob]
        case .fieldMarshal: [.coded(.hasFieldMarshal), .blob]
        case .declSecurity: [.fixed2, .coded(.hasDeclSecurity), .blob]
        case .classLayout: [.fixed2, .fixed4, .table(.typeDef, isList: false)]
        case .fieldLayout: [.fixed4, .table(.field, isList: false)]
        case .standAloneSig: [.blob]
        case .eventMap: [.table(.typeDef, isList: false), .table(.event, isList: true)]
        case .eventPtr: [.table(.event, isList: false)]
        case .event: [.fixed2, .string, .coded(.typeDefOrRef)]
        case .propertyMap: [.table(.typeDef, isList: false), .table(.property, isList: true)]
        case .propertyPtr: [.table(.property, isList: false)]
        case .property: [.fixed2, .string, .blob]
        case .methodSemantics: [.fixed2, .table(.methodDef, isList: false), .coded(.hasSemantics)]
        case .methodImpl: [.table(.typeDef, isList: false), .coded(.methodDefOrRef), .coded(.methodDefOrRef)]
        case .moduleRef: [.string]
        case .typeSpec: [.blob]
        case .implMap: [.fixed2, .coded(.memberForwarded), .string, .table(.moduleRef, isList: false)]
        case .fieldRVA: [.fixed4, .table(.field, isList: false)]
        case .encLog: [.fixed4, .fixed4]
        case .encMap: [.fixed4]
        case .assembly: [.fixed4, .fixed2, .fixed2, .fixed2, .fixed2, .fixed4, .blob, .string, .string]
        case .assemblyProcessor: [.fixed4]
        case .assemblyOS: [.fixed4, .fixed4, .fixed4]
        case .assemblyRef: [.fixed2, .fixed2, .fixed2, .fixed2, .fixed4, .blob, .string, .string, .blob]
        case .assemblyRefProcessor: [.fixed4, .table(.assemblyRef, isList: false)]
        case .assemblyRefOS: [.fixed4, .fixed4, .fixed4, .table(.assemblyRef, isList: false)]
        case .file: [.fixed4, .string, .blob]
        case .exportedType: [.fixed4, .fixed4, .string, .string, .coded(.implementation)]
        case .manifestResource: [.fixed4, .fixed4, .string, .coded(.implementation)]
        case .nestedClass: [.table(.typeDef, isList: false), .table(.typeDef, isList: false)]
        case .genericParam: [.fixed2, .fixed2, .coded(.typeOrMethodDef), .string]
        case .methodSpec: [.coded(.methodDefOrRef), .blob]
        case .genericParamConstraint: [.table(.genericParam, isList: false), .coded(.typeDefOrRef)]
        }
    }
}
