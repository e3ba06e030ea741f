// Decoded signatures (ECMA-335 II.23.2): the element types, the type tree, method/property headers.

/// ELEMENT_TYPE values (II.23.1.16), including the custom-attribute serialization codes.
public enum ElementType: UInt8, Sendable {
    case end = 0x00, void = 0x01, boolean = 0x02, char = 0x03, int8 = 0x04, uint8 = 0x05
    case int16 = 0x06, uint16 = 0x07, int32 = 0x08, uint32 = 0x09, int64 = 0x0A, uint64 = 0x0B
    case float32 = 0x0C, float64 = 0x0D, string = 0x0E, pointer = 0x0F, byReference = 0x10
    case valueType = 0x11, `class` = 0x12, genericTypeParameter = 0x13, array = 0x14
    case genericInstance = 0x15, typedReference = 0x16, intPtr = 0x18, uintPtr = 0x19
    case functionPointer = 0x1B, object = 0x1C, szArray = 0x1D, genericMethodParameter = 0x1E
    case requiredModifier = 0x1F, optionalModifier = 0x20, `internal` = 0x21, modifier = 0x40
    case sentinel = 0x41, pinned = 0x45
    case systemType = 0x50, boxed = 0x51, field = 0x53, property = 0x54, enumeration = 0x55
}

public struct ArrayShape: Hashable, Sendable {
    public var rank: Int
    public var sizes: [Int]
    public var lowerBounds: [Int]
}

public indirect enum TypeSignature: Hashable, Sendable {
    case void, boolean, char, int8, uint8, int16, uint16, int32, uint32, int64, uint64
    case float32, float64, intPtr, uintPtr, object, string, typedReference
    /// A TypeDef, TypeRef or TypeSpec token.
    case classType(MetadataToken)
    case valueType(MetadataToken)
    case szArray(TypeSignature)
    case array(TypeSignature, ArrayShape)
    case pointer(TypeSignature)
    case byReference(TypeSignature)
    case genericInstance(isValueType: Bool, type: MetadataToken, arguments: [TypeSignature])
    case genericTypeParameter(Int)
    case genericMethodParameter(Int)
    case functionPointer(MethodSignature)
    case modified(TypeSignature, modifier: MetadataToken, isRequired: Bool)
    case pinned(TypeSignature)
}

/// The first byte of a signature (II.23.2.1-3).
public struct SignatureHeader: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        case `default` = 0x0, c = 0x1, stdcall = 0x2, thiscall = 0x3, fastcall = 0x4, vararg = 0x5
        case field = 0x6, local = 0x7, property = 0x8, unmanaged = 0x9, genericInstance = 0xA
    }
    public let rawValue: UInt8
    public var kind: Kind? { Kind(rawValue: rawValue & 0x0F) }
    public var isGeneric: Bool { rawValue & 0x10 != 0 }
    public var hasThis: Bool { rawValue & 0x20 != 0 }
    public var explicitThis: Bool { rawValue & 0x40 != 0 }
}

public struct MethodSignature: Hashable, Sendable {
    public var header: SignatureHeader
    public var genericParameterCount: Int
    public var returnType: TypeSignature
    public var parameterTypes: [TypeSignature]
    /// Parameters before the vararg SENTINEL (all of them when there is none).
    public var requiredParameterCount: Int
}

public struct PropertySignature: Hashable, Sendable {
    public var hasThis: Bool
    public var type: TypeSignature
    public var parameterTypes: [TypeSignature]
}

/// A StandAloneSig row holds either a local variable list or a method signature (for calli).
public enum StandaloneSignatureContent: Sendable {
    case locals([TypeSignature])
    case method(MethodSignature)
}
