// The flag words of TypeDef, MethodDef, Field and GenericParam rows (ECMA-335 II.23.1), as option
// sets, so the loader reads `type.flags.contains(.interface)` instead of bare masks.

public struct TypeAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let visibilityMask: UInt32 = 0x7
    public static let layoutMask: UInt32 = 0x18
    public static let sequentialLayout = TypeAttributes(rawValue: 0x8)
    public static let explicitLayout = TypeAttributes(rawValue: 0x10)
    public static let interface = TypeAttributes(rawValue: 0x20)
    public static let abstract = TypeAttributes(rawValue: 0x80)
    public static let sealed = TypeAttributes(rawValue: 0x100)
    public static let specialName = TypeAttributes(rawValue: 0x400)
    public static let `import` = TypeAttributes(rawValue: 0x1000)
    public static let serializable = TypeAttributes(rawValue: 0x2000)
    public static let beforeFieldInit = TypeAttributes(rawValue: 0x10_0000)
    public static let runtimeSpecialName = TypeAttributes(rawValue: 0x800)

    public enum Layout: Sendable { case auto, sequential, explicit }
    /// Auto when the bits are 0 or the reserved value 0x18 (a loader rejects that separately).
    public var layout: Layout {
        switch rawValue & Self.layoutMask {
        case 0x8: .sequential
        case 0x10: .explicit
        default: .auto
        }
    }
    /// Nested types carry a visibility of 2 to 7.
    public var isNested: Bool { rawValue & Self.visibilityMask >= 2 }
}

public struct MethodAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let accessMask: UInt16 = 0x7
    public static let `static` = MethodAttributes(rawValue: 0x10)
    public static let final = MethodAttributes(rawValue: 0x20)
    public static let virtual = MethodAttributes(rawValue: 0x40)
    public static let hideBySig = MethodAttributes(rawValue: 0x80)
    /// VtableLayoutMask = NewSlot (else ReuseSlot).
    public static let newSlot = MethodAttributes(rawValue: 0x100)
    /// May be overridden only where it is accessible (II.10.3.3).
    public static let strict = MethodAttributes(rawValue: 0x200)
    public static let abstract = MethodAttributes(rawValue: 0x400)
    public static let specialName = MethodAttributes(rawValue: 0x800)
    public static let pinvokeImpl = MethodAttributes(rawValue: 0x2000)
    public static let runtimeSpecialName = MethodAttributes(rawValue: 0x1000)

    public enum Access: UInt16, Sendable {
        case compilerControlled = 0, `private`, familyAndAssembly, assembly, family, familyOrAssembly, `public`
    }
    /// The reserved access value 7 reads as public.
    public var access: Access { Access(rawValue: rawValue & Self.accessMask) ?? .public }
}

public struct MethodImplAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let codeTypeMask: UInt16 = 0x3
    public static let native = MethodImplAttributes(rawValue: 0x1)
    public static let runtime = MethodImplAttributes(rawValue: 0x3)
    public static let unmanaged = MethodImplAttributes(rawValue: 0x4)
    public static let noInlining = MethodImplAttributes(rawValue: 0x8)
    public static let forwardRef = MethodImplAttributes(rawValue: 0x10)
    public static let synchronized = MethodImplAttributes(rawValue: 0x20)
    public static let preserveSignature = MethodImplAttributes(rawValue: 0x80)
    public static let internalCall = MethodImplAttributes(rawValue: 0x1000)
    public static let aggressiveInlining = MethodImplAttributes(rawValue: 0x100)

    /// Code type "runtime": the runtime supplies the body (delegate Invoke, array accessors).
    public var isRuntimeImplemented: Bool { rawValue & Self.codeTypeMask == 0x3 }
}

public struct FieldAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let `static` = FieldAttributes(rawValue: 0x10)
    public static let initOnly = FieldAttributes(rawValue: 0x20)
    /// A compile-time constant: no storage.
    public static let literal = FieldAttributes(rawValue: 0x40)
    public static let hasFieldRVA = FieldAttributes(rawValue: 0x100)
    public static let specialName = FieldAttributes(rawValue: 0x200)
}

public struct GenericParameterAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let varianceMask: UInt16 = 0x3
    public static let covariant = GenericParameterAttributes(rawValue: 0x1)
    public static let contravariant = GenericParameterAttributes(rawValue: 0x2)
    public static let referenceTypeConstraint = GenericParameterAttributes(rawValue: 0x4)
    public static let notNullableValueTypeConstraint = GenericParameterAttributes(rawValue: 0x8)
    public static let defaultConstructorConstraint = GenericParameterAttributes(rawValue: 0x10)

    public enum Variance: Sendable { case invariant, covariant, contravariant }
    public var variance: Variance {
        switch rawValue & Self.varianceMask {
        case 1: .covariant
        case 2: .contravariant
        default: .invariant
        }
    }
}

extension TypeDefinition {
    public var flags: TypeAttributes { TypeAttributes(rawValue: attributes) }
}

extension MethodDefinition {
    public var flags: MethodAttributes { MethodAttributes(rawValue: attributes) }
    public var implFlags: MethodImplAttributes { MethodImplAttributes(rawValue: implAttributes) }
}

extension FieldDefinition {
    public var flags: FieldAttributes { FieldAttributes(rawValue: attributes) }
}

extension GenericParameter {
    public var flags: GenericParameterAttributes { GenericParameterAttributes(rawValue: attributes) }
}
