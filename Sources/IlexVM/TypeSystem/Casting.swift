// Casting (ECMA-335 I.8.7, III.4.3 castclass, III.4.6 isinst): whether an object whose exact type
// is `self` may be viewed as `target`. Covers the class chain, interfaces (with variance of generic
// interfaces and delegates, II.9.5), array covariance and array-element compatibility (enums and
// signed/unsigned integers of one size are interchangeable), the generic interfaces of SZ arrays,
// and Nullable<T> (a boxed T is an instance of T?). This is the slow, complete path; the engine
// puts caches in front of it.

extension RuntimeType {
    /// castclass/isinst: may an object of this exact type (boxed, for value types) be seen as `target`?
    public func isAssignable(to target: RuntimeType) throws -> Bool {
        if self === target { return true }
        if let underlying = target.nullableArgument { return self === underlying }
        switch target.kind {
        case .definition:
            if target.isObject { return isReferenceType || isValueType || isGenericParameter }
            if target.isInterface { return try implements(target) }
            if try isSubclass(of: target) { return true }
            return try isVariantCompatible(with: target)
        case .szArray, .array:
            guard target.kind == kind, let element = elementType, let targetElement = target.elementType else { return false }
            return try element.isArrayElementCompatible(with: targetElement)
        default:
            return false
        }
    }

    /// The type (or, for an interface, itself) implements `interface`, exactly or by variance;
    /// an SZ array also implements IList<U> and its relatives for elements compatible with U.
    func implements(_ interface: RuntimeType) throws -> Bool {
        if self === interface { return true }
        for candidate in try interfaces() {
            if candidate === interface { return true }
        }
        for candidate in try interfaces() where try candidate.isVariantCompatible(with: interface) { return true }
        if isInterface, try isVariantCompatible(with: interface) { return true }
        if kind == .szArray, let element = elementType, let definition = interface.genericDefinition,
           system.wellKnown.arrayGenericInterfaces.contains(where: { $0 === definition }),
           let argument = interface.typeArguments.first {
            return try element.isArrayElementCompatible(with: argument)
        }
        return false
    }

    /// Generic variance (II.9.5): same generic interface or delegate, each argument identical, or
    /// for `out` parameters a reference type assignable to the target's, for `in` the reverse.
    func isVariantCompatible(with target: RuntimeType) throws -> Bool {
        guard let definition = genericDefinition, definition === target.genericDefinition, self !== target,
              definition.isInterface || definition.isDelegate else { return false }
        let variances = definition.genericParameterVariances()
        for (index, variance) in variances.enumerated() {
            let (mine, theirs) = (typeArguments[index], target.typeArguments[index])
            if mine === theirs { continue }
            switch variance {
            case .invariant:
                return false
            case .covariant:
                guard mine.isReferenceLike, try mine.isAssignable(to: theirs) else { return false }
            case .contravariant:
                guard theirs.isReferenceLike, try theirs.isAssignable(to: mine) else { return false }
            }
        }
        return true
    }

    /// Reference types and interfaces: variance applies to them only, never to boxed values.
    var isReferenceLike: Bool { isReferenceType && !isGenericParameter }

    /// I.8.7.1 array-element-compatible: reference elements by assignability (array covariance);
    /// value elements when their reduced types (enums to underlying, unsigned to signed) agree.
    public func isArrayElementCompatible(with target: RuntimeType) throws -> Bool {
        if self === target { return true }
        if isValueType || target.isValueType {
            guard isValueType, target.isValueType else { return false }
            guard let mine = try reducedPrimitive(), let theirs = try target.reducedPrimitive() else { return false }
            return mine == theirs
        }
        switch kind {
        case .pointer, .functionPointer, .byReference, .typeParameter, .methodParameter: return false
        default: return try isAssignable(to: target)
        }
    }

    /// The reduced type of I.8.7: enums become their underlying type, unsigned integers their signed
    /// counterpart of the same size; nil for value types that are not integers. (bool and char
    /// stay themselves: bool[] is not byte[], char[] is not ushort[], on mono as in CoreCLR.)
    func reducedPrimitive() throws -> ElementType? {
        let base = try underlyingType() ?? self
        guard let primitive = base.primitive else { return nil }
        switch primitive {
        case .uint8: return .int8
        case .uint16: return .int16
        case .uint32: return .int32
        // Native integers are 64-bit here and interchange with Int64 in arrays, as on mono.
        case .uint64, .intPtr, .uintPtr: return .int64
        default: return primitive
        }
    }
}
