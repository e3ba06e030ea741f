// Decoded signatures (ECMA-335 II.23.2) as plain values: the type tree, array shapes, headers and
// the method, property and local-variable signatures built from them.

/// The shape of a general (non-SZ) array: rank, then optional sizes and lower bounds per dimension.
public struct ArrayShape: Hashable, Sendable {
    public var rank: Int
    public var sizes: [Int]
    public var lowerBounds: [Int]

    public init(rank: Int, sizes: [Int] = [], lowerBounds: [Int] = []) {
        (self.rank, self.sizes, self.lowerBounds) = (rank, sizes, lowerBounds)
    }
}

/// A type as a signature spells it. Tokens are TypeDef, TypeRef or TypeSpec rows of the image the
/// signature came from.
public indirect enum TypeSignature: Hashable, Sendable {
    case void, boolean, char, int8, uint8, int16, uint16, int32, uint32, int64, uint64
    case float32, float64, intPtr, uintPtr, object, string, typedReference
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
    /// Only in local variable signatures.
    case pinned(TypeSignature)
}

extension TypeSignature {
    /// The element type of a primitive (bool through float64), else nil.
    public var primitiveElementType: ElementType? {
        switch self {
        case .boolean: .boolean
        case .char: .char
        case .int8: .int8
        case .uint8: .uint8
        case .int16: .int16
        case .uint16: .uint16
        case .int32: .int32
        case .uint32: .uint32
        case .int64: .int64
        case .uint64: .uint64
        case .float32: .float32
        case .float64: .float64
        default: nil
        }
    }

    /// The type with custom modifiers and PINNED peeled off the outside (they do not change
    /// what a value is, only how it may be used).
    public var unmodified: TypeSignature {
        var current = self
        while true {
            switch current {
            case .modified(let inner, _, _), .pinned(let inner): current = inner
            default: return current
            }
        }
    }

    /// Whether a local is pinned (PINNED may sit under custom modifiers).
    public var isPinned: Bool {
        var current = self
        while true {
            switch current {
            case .pinned: return true
            case .modified(let inner, _, _): current = inner
            default: return false
            }
        }
    }

    /// The type with `!n` replaced by `typeArguments[n]` and `!!n` by `methodArguments[n]`.
    /// Indices outside the argument lists stay as they are, so a partial context is harmless.
    public func substituting(typeArguments: [TypeSignature], methodArguments: [TypeSignature] = []) -> TypeSignature {
        func sub(_ t: TypeSignature) -> TypeSignature {
            t.substituting(typeArguments: typeArguments, methodArguments: methodArguments)
        }
        switch self {
        case .genericTypeParameter(let i) where typeArguments.indices.contains(i): return typeArguments[i]
        case .genericMethodParameter(let i) where methodArguments.indices.contains(i): return methodArguments[i]
        case .szArray(let e): return .szArray(sub(e))
        case .array(let e, let shape): return .array(sub(e), shape)
        case .pointer(let e): return .pointer(sub(e))
        case .byReference(let e): return .byReference(sub(e))
        case .genericInstance(let isValueType, let type, let arguments):
            return .genericInstance(isValueType: isValueType, type: type, arguments: arguments.map(sub))
        case .functionPointer(let m):
            var copy = m
            copy.returnType = sub(m.returnType)
            copy.parameterTypes = m.parameterTypes.map(sub)
            return .functionPointer(copy)
        case .modified(let inner, let modifier, let isRequired): return .modified(sub(inner), modifier: modifier, isRequired: isRequired)
        case .pinned(let inner): return .pinned(sub(inner))
        default: return self
        }
    }
}

/// The first byte of a signature (II.23.2.1-3): what kind of signature follows and, for methods,
/// the calling convention and the HASTHIS / EXPLICITTHIS / GENERIC flags.
public struct SignatureHeader: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        case `default` = 0x0, c = 0x1, stdcall = 0x2, thiscall = 0x3, fastcall = 0x4, vararg = 0x5
        case field = 0x6, local = 0x7, property = 0x8
        /// Not in ECMA-335; later runtimes use it for `unmanaged` function pointers with modifiers.
        case unmanaged = 0x9
        case genericInstance = 0xA
    }
    public let rawValue: UInt8

    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Nil for the reserved values 0xB-0xF.
    public var kind: Kind? { Kind(rawValue: rawValue & 0x0F) }
    public var isGeneric: Bool { rawValue & 0x10 != 0 }
    public var hasThis: Bool { rawValue & 0x20 != 0 }
    public var explicitThis: Bool { rawValue & 0x40 != 0 }

    /// Whether the kind is one a method signature may have (a calling convention).
    public var isMethod: Bool {
        guard let kind else { return false }
        return kind.rawValue <= Kind.vararg.rawValue || kind == .unmanaged
    }
}

public struct MethodSignature: Hashable, Sendable {
    public var header: SignatureHeader
    public var genericParameterCount: Int
    public var returnType: TypeSignature
    /// All parameters, including those after a vararg SENTINEL.
    public var parameterTypes: [TypeSignature]
    /// Parameters before the vararg SENTINEL (all of them when there is none).
    public var requiredParameterCount: Int

    public init(header: SignatureHeader, genericParameterCount: Int = 0, returnType: TypeSignature,
                parameterTypes: [TypeSignature], requiredParameterCount: Int? = nil) {
        self.header = header
        self.genericParameterCount = genericParameterCount
        self.returnType = returnType
        self.parameterTypes = parameterTypes
        self.requiredParameterCount = requiredParameterCount ?? parameterTypes.count
    }

    /// The parameters after the SENTINEL of a vararg call site.
    public var varargParameterTypes: ArraySlice<TypeSignature> { parameterTypes[requiredParameterCount...] }
}

public struct PropertySignature: Hashable, Sendable {
    public var hasThis: Bool
    public var type: TypeSignature
    /// Index parameters (non-empty for indexers).
    public var parameterTypes: [TypeSignature]

    public init(hasThis: Bool, type: TypeSignature, parameterTypes: [TypeSignature]) {
        (self.hasThis, self.type, self.parameterTypes) = (hasThis, type, parameterTypes)
    }
}

/// A StandAloneSig row holds either a local variable list or a method signature (for calli).
/// Locals may be `.pinned`, `.byReference` or `.typedReference`, possibly under modifiers.
public enum StandaloneSignatureContent: Sendable {
    case locals([TypeSignature])
    case method(MethodSignature)
}

/// Any signature blob, classified by its header byte.
public enum DecodedSignature: Hashable, Sendable {
    case method(MethodSignature)
    case field(TypeSignature)
    case property(PropertySignature)
    case locals([TypeSignature])
    /// A MethodSpec instantiation: the generic method's type arguments.
    case methodInstantiation([TypeSignature])
}
