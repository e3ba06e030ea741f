// Type objects and the reflection paths the BCL uses early: `typeof` (Type.internal_from_handle:
// one System.RuntimeType object per type, its _impl.value the MethodTable, as Mono's RuntimeType
// holds its MonoType), and the creation of EqualityComparer<T>.Default and Comparer<T>.Default,
// decided here with the type system exactly as their CreateComparer methods decide it through
// reflection (intrinsics; the issue lists them).
import IlexVM

extension MonoCorlib {
    static func registerReflection(_ table: NativeMethodTable) {
        // Type Type.internal_from_handle(IntPtr handle)
        table.register("System.Type::internal_from_handle") { context, frame in
            let context = NativeContext(context)
            guard let raw = argument(frame, 0, as: UnsafeMutableRawPointer?.self) else {
                result(frame, UInt(0))
                return NativeContext.success
            }
            guard let object = MonoCorlib.typeObject(MethodTable(raw).runtimeType, context) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, object)
            return NativeContext.success
        }
        // Type Object.GetType()
        table.register("System.Object::GetType") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.NullReferenceException") }
            guard let type = MonoCorlib.typeObject(context.type(of: object), context) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, type)
            return NativeContext.success
        }
        // MulticastDelegate AllocDelegateLike_internal(Delegate d): a new, empty delegate of d's type
        // (Delegate.Combine then fills its invocation list).
        table.register("System.Delegate::AllocDelegateLike_internal") { context, frame in
            let context = NativeContext(context)
            guard let delegate = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            guard let copy = context.allocate(context.type(of: delegate)) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, copy)
            return NativeContext.success
        }
        table.registerIntrinsic("System.Collections.Generic.EqualityComparer`1::CreateComparer") { context, frame in
            let context = NativeContext(context)
            return MonoCorlib.createComparer(context, frame, equality: true)
        }
        table.registerIntrinsic("System.Collections.Generic.Comparer`1::CreateComparer") { context, frame in
            let context = NativeContext(context)
            return MonoCorlib.createComparer(context, frame, equality: false)
        }
    }

    /// The System.RuntimeType object of `type`, made once.
    static func typeObject(_ type: RuntimeType, _ context: NativeContext) -> UnsafeMutableRawPointer? {
        if let existing = type.managedTypeObject { return existing }
        let system = context.runtime.system
        guard let runtimeType = try? system.corlibType("System", "RuntimeType"),
              let impl = try? system.corlibType("System", "Type").field(named: "_impl"),
              let table = try? type.methodTable(),
              let object = context.allocate(runtimeType) else { return nil }
        object.storeBytes(of: table.raw, toByteOffset: impl.offset, as: UnsafeMutableRawPointer.self)
        context.runtime.keepAlive(object)
        type.managedTypeObject = object
        return object
    }

    /// EqualityComparer<T>.CreateComparer / Comparer<T>.CreateComparer for the callee's T.
    static func createComparer(_ context: NativeContext, _ frame: UnsafeMutableRawPointer, equality: Bool) -> UInt32 {
        let system = context.runtime.system
        guard let t = context.callee.declaringType.typeArguments.first else { return context.throwException("System.InvalidProgramException") }
        func generic(_ name: String, _ argument: RuntimeType) throws -> RuntimeType {
            try system.instantiate(system.corlibType("System.Collections.Generic", name), with: [argument])
        }
        func implements(_ type: RuntimeType, _ interface: String) throws -> Bool {
            try type.isAssignable(to: system.instantiate(system.corlibType("System", interface), with: [type]))
        }
        let comparerType: RuntimeType
        do {
            if equality {
                if t === (try system.primitive(.uint8)) {
                    comparerType = try system.corlibType("System.Collections.Generic", "ByteEqualityComparer")
                } else if try implements(t, "IEquatable`1") {
                    comparerType = try generic("GenericEqualityComparer`1", t)
                } else if let u = t.nullableArgument, try implements(u, "IEquatable`1") {
                    comparerType = try generic("NullableEqualityComparer`1", u)
                } else if let underlying = try t.underlyingType()?.primitive {
                    switch underlying {
                    case .int8: comparerType = try generic("SByteEnumEqualityComparer`1", t)
                    case .int16: comparerType = try generic("ShortEnumEqualityComparer`1", t)
                    case .int64, .uint64: comparerType = try generic("LongEnumEqualityComparer`1", t)
                    case .uint8, .uint16, .int32, .uint32: comparerType = try generic("EnumEqualityComparer`1", t)
                    default: comparerType = try generic("ObjectEqualityComparer`1", t)
                    }
                } else {
                    comparerType = try generic("ObjectEqualityComparer`1", t)
                }
            } else {
                if try implements(t, "IComparable`1") {
                    comparerType = try generic("GenericComparer`1", t)
                } else if let u = t.nullableArgument, try implements(u, "IComparable`1") {
                    comparerType = try generic("NullableComparer`1", u)
                } else {
                    comparerType = try generic("ObjectComparer`1", t)
                }
            }
        } catch {
            return context.throwException("System.TypeLoadException", message: "\(error)")
        }
        guard let constructor = try? comparerType.methods().first(where: { $0.isConstructor && ((try? $0.signature().parameterTypes.isEmpty) ?? false) }),
              let object = context.allocate(comparerType) else { return context.throwException("System.OutOfMemoryException") }
        // The new comparer stays in the result slot while its constructor runs (a root).
        result(frame, object)
        let status = context.call(constructor, [UInt64(UInt(bitPattern: object))])
        result(frame, object)
        return status
    }
}
