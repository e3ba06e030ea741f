// How each parameter and the return value of a P/Invoke method cross to C (ECMA-335 II.23.4,
// II.15.5.4), with mono's defaults on Linux: `bool` is a 4-byte BOOL, `char` and strings follow
// the method's CharSet (Ansi, Auto and unspecified mean UTF-8; Unicode means UTF-16), `string`
// results are freed with free() after conversion, StringBuilder is an in/out buffer of its
// capacity, blittable values, pointers, byrefs and arrays of blittable elements pass as they are
// stored (the collector does not move objects, so pinning is keeping the reference alive, which
// the caller's frame does). What is not listed here is NotImplementedException at import.
import CFFI
import IlexMetadata

/// How one argument becomes the C value ffi_call passes.
enum ArgumentMarshal {
    /// The frame already holds the C value (blittable values, pointers, byrefs of blittable values).
    case direct
    /// Managed bool (1 byte) as a C integer of `size` bytes; VARIANT_BOOL (`variant`) is -1 for true.
    case boolean(size: Int, variant: Bool)
    /// A byref of bool: a temporary C integer, copied in (unless [Out] only) and back.
    case booleanByReference(size: Int, copyIn: Bool)
    /// A string as a NUL-terminated copy (nil for null), freed after the call.
    case string(wide: Bool)
    /// A StringBuilder as a buffer of its capacity, filled from it and read back.
    case stringBuilder(wide: Bool, copyIn: Bool, copyOut: Bool)
    /// An array of blittable elements: the address of its first element (nil for null).
    case array
    /// A SafeHandle: its handle, with DangerousAddRef/DangerousRelease around the call.
    case safeHandle
    /// A HandleRef: its handle.
    case handleReference
    /// A delegate: a C function pointer that calls it (ReversePInvoke.swift).
    case delegate
}

/// How the C result becomes the managed one.
enum ResultMarshal {
    case void
    /// An integer of `size` bytes, sign- or zero-extended into the 8-byte result slot.
    case integer(size: Int, signed: Bool)
    case float32, float64
    /// A value of this many bytes copied as it is (pointers, native ints, blittable structs).
    case bytes(Int)
    case boolean(size: Int)
    /// A char* / wchar16* converted to a string, then freed (mono frees with g_free, which is free).
    case string(wide: Bool)
    /// A handle stored into a new instance of the declared SafeHandle subclass.
    case safeHandle
}

struct ParameterPlan {
    var marshal: ArgumentMarshal
    /// Byte offset of the argument in the callee frame.
    var frameOffset: Int
    var type: UnsafeMutablePointer<ffi_type>
}

enum Marshaling {
    // II.23.4 native type codes (NATIVE_TYPE_*).
    static let nativeBoolean: UInt8 = 0x02, nativeI1: UInt8 = 0x03, nativeU1: UInt8 = 0x04, nativeI2: UInt8 = 0x05
    static let nativeU2: UInt8 = 0x06, nativeI4: UInt8 = 0x07, nativeU4: UInt8 = 0x08, nativeI8: UInt8 = 0x09, nativeU8: UInt8 = 0x0A
    static let nativeR4: UInt8 = 0x0B, nativeR8: UInt8 = 0x0C, nativeLPStr: UInt8 = 0x14, nativeLPWStr: UInt8 = 0x15
    static let nativeLPTStr: UInt8 = 0x16, nativeStruct: UInt8 = 0x1B, nativeInt: UInt8 = 0x1F, nativeUInt: UInt8 = 0x20
    static let nativeVariantBool: UInt8 = 0x25, nativeFunction: UInt8 = 0x26, nativeLPUTF8Str: UInt8 = 0x30

    static func size(ofNative code: UInt8) -> Int? {
        switch code {
        case nativeI1, nativeU1: 1
        case nativeI2, nativeU2, nativeVariantBool: 2
        case nativeI4, nativeU4, nativeR4, nativeBoolean: 4
        case nativeI8, nativeU8, nativeR8, nativeInt, nativeUInt: 8
        default: nil
        }
    }

    /// A type whose managed and native forms are the same bytes (II.15.5.3 blittable, as mono
    /// decides it): integers, floats, native ints, pointers, enums, and value types with
    /// sequential or explicit layout made only of those. bool and char are not.
    static func isBlittable(_ type: RuntimeType, in system: TypeSystem, depth: Int = 0) throws -> Bool {
        switch type.kind {
        case .pointer, .functionPointer: return true
        case .definition: break
        default: return false
        }
        if let primitive = type.primitive { return primitive != .boolean && primitive != .char }
        if type.isEnum { return try type.underlyingType().map { try isBlittable($0, in: system) } ?? false }
        guard type.isValueType, depth < 16, type.flags.layout != .auto else { return false }
        for field in try type.fields() where field.storage == .instance {
            guard try isBlittable(field.type, in: system, depth: depth + 1) else { return false }
        }
        return true
    }

    /// The libffi type of a blittable value passed or returned by value.
    static func ffiType(of type: RuntimeType, interop: Interop) throws -> UnsafeMutablePointer<ffi_type>? {
        switch type.kind {
        case .pointer, .functionPointer, .byReference, .szArray, .array: return cffi_type_pointer()
        case .definition: break
        default: return nil
        }
        if !type.isValueType { return cffi_type_pointer() }
        if let primitive = type.primitive { return ffiType(of: primitive) }
        if type.isEnum, let underlying = try type.underlyingType() { return try ffiType(of: underlying, interop: interop) }
        return try interop.structType(type)
    }

    static func ffiType(of primitive: ElementType) -> UnsafeMutablePointer<ffi_type>? {
        switch primitive {
        case .boolean, .uint8: cffi_type_uint8()
        case .int8: cffi_type_sint8()
        case .char, .uint16: cffi_type_uint16()
        case .int16: cffi_type_sint16()
        case .int32: cffi_type_sint32()
        case .uint32: cffi_type_uint32()
        case .int64, .intPtr: cffi_type_sint64()
        case .uint64, .uintPtr: cffi_type_uint64()
        case .float32: cffi_type_float()
        case .float64: cffi_type_double()
        default: nil
        }
    }

    static func integerType(size: Int, signed: Bool) -> UnsafeMutablePointer<ffi_type> {
        switch size {
        case 1: signed ? cffi_type_sint8() : cffi_type_uint8()
        case 2: signed ? cffi_type_sint16() : cffi_type_uint16()
        case 4: signed ? cffi_type_sint32() : cffi_type_uint32()
        default: signed ? cffi_type_sint64() : cffi_type_uint64()
        }
    }
}

extension Interop {
    /// The libffi struct type of a blittable value type: its fields in offset order (nested value
    /// types as nested structs), checked against the managed layout; trailing bytes of a larger
    /// declared size (ClassSize, fixed buffers) become uint8 elements. A layout libffi cannot
    /// describe field by field (Pack, overlapping explicit fields) is accepted only above 16
    /// bytes, where the C ABI passes the bytes in memory whatever they are.
    func structType(_ type: RuntimeType) throws -> UnsafeMutablePointer<ffi_type> {
        if let existing = structTypes[ObjectIdentifier(type)] { return existing }
        let (size, alignment) = try type.storageSize()
        var elements: [UnsafeMutablePointer<ffi_type>] = []
        var end = 0, maxAlignment = 1, matches = true
        let fields = try type.fields().filter { $0.storage == .instance }.sorted { $0.offset < $1.offset }
        for field in fields {
            guard let element = try Marshaling.ffiType(of: field.type, interop: self) else { matches = false; break }
            let elementAlignment = Int(element.pointee.alignment), elementSize = element.pointee.size
            let offset = (end + elementAlignment - 1) / elementAlignment * elementAlignment
            if offset != field.offset { matches = false; break }
            elements.append(element)
            end = offset + elementSize
            maxAlignment = max(maxAlignment, elementAlignment)
        }
        if matches {
            while (end + maxAlignment - 1) / maxAlignment * maxAlignment < size {
                elements.append(cffi_type_uint8())
                end += 1
            }
            matches = (end + maxAlignment - 1) / maxAlignment * maxAlignment == size && maxAlignment == alignment
        }
        if !matches {
            guard size > 16 else {
                throw ImportError(kind: .notImplemented, method: type.description, ilOffset: nil,
                                  reason: "the layout of \(type) (\(size) bytes) cannot be passed to native code by value")
            }
            elements = Array(repeating: cffi_type_uint8(), count: size)
        }
        if elements.isEmpty { elements = [cffi_type_uint8()] }  // an empty struct is one byte
        // ffi_prep_cif computes size and alignment of the types it is given; a nested struct type
        // needs them now, for its parent's layout check: the same values (bytes: alignment 1).
        let list = UnsafeMutablePointer<UnsafeMutablePointer<ffi_type>?>.allocate(capacity: elements.count + 1)
        for (i, element) in elements.enumerated() { list[i] = element }
        list[elements.count] = nil
        let result = UnsafeMutablePointer<ffi_type>.allocate(capacity: 1)
        result.initialize(to: ffi_type(size: size, alignment: UInt16(matches ? alignment : 1), type: UInt16(FFI_TYPE_STRUCT), elements: list))
        structTypes[ObjectIdentifier(type)] = result
        return result
    }
}
