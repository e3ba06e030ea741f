// The ELEMENT_TYPE codes of ECMA-335 II.23.1.16: the alphabet of signature blobs and, with the
// 0x50-0x55 serialization codes, of custom attribute blobs (II.23.3).

public enum ElementType: UInt8, Sendable {
    case end = 0x00, void = 0x01, boolean = 0x02, char = 0x03, int8 = 0x04, uint8 = 0x05
    case int16 = 0x06, uint16 = 0x07, int32 = 0x08, uint32 = 0x09, int64 = 0x0A, uint64 = 0x0B
    case float32 = 0x0C, float64 = 0x0D, string = 0x0E, pointer = 0x0F, byReference = 0x10
    case valueType = 0x11, `class` = 0x12, genericTypeParameter = 0x13, array = 0x14
    case genericInstance = 0x15, typedReference = 0x16, intPtr = 0x18, uintPtr = 0x19
    case functionPointer = 0x1B, object = 0x1C, szArray = 0x1D, genericMethodParameter = 0x1E
    case requiredModifier = 0x1F, optionalModifier = 0x20, `internal` = 0x21, modifier = 0x40
    /// Marks the start of the variable part of a vararg call-site signature.
    case sentinel = 0x41
    /// Only in local variable signatures.
    case pinned = 0x45
    // Custom attribute serialization only (II.23.3).
    case systemType = 0x50, boxed = 0x51, field = 0x53, property = 0x54, enumeration = 0x55

    /// bool through uint64: the types an enum may have as its underlying type (bool and char are
    /// not CLS but the runtime accepts them).
    public var isIntegral: Bool { (ElementType.boolean.rawValue...ElementType.uint64.rawValue).contains(rawValue) }

    /// bool through float64: the primitives a custom attribute blob stores inline.
    public var isSerializablePrimitive: Bool { (ElementType.boolean.rawValue...ElementType.float64.rawValue).contains(rawValue) }
}
