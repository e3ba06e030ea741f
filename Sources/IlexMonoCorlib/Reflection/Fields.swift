// Fields through reflection: RuntimeFieldInfo.GetValueInternal/UnsafeGetValue/SetValueInternal
// (instance fields of objects and boxed structs, statics after the type initializer, thread
// statics, literals from their constants, Nullable<T> boxing rules), its type, parent, offset,
// constant and token, and FieldInfo.internal_from_handle_type. Also the value helpers the
// invocation code shares: boxing a value stored anywhere, storing an object's value anywhere.
import IlexVM
import IlexMetadata

extension MonoCorlib {
    /// Marks the cards of a range that received references.
    static func markRange(_ address: UnsafeMutableRawPointer, _ size: Int, _ context: NativeContext) {
        var p = address
        while p < address + size {
            context.runtime.heap.markCard(p)
            p += 256
        }
        context.runtime.heap.markCard(address + max(0, size - 1))
    }

    /// Stores the value an object stands for into storage of `type`: a reference as it is, a
    /// value type from its box (zero for null), a Nullable<T> from a boxed T or null.
    static func storeValue(_ value: UnsafeRawPointer?, as type: RuntimeType, at address: UnsafeMutableRawPointer, _ context: NativeContext) {
        guard type.isValueType else {
            context.storeReference(value, at: address)
            return
        }
        let size = (try? type.storageSize().size) ?? 0
        if let underlying = type.nullableArgument, let valueField = (try? type.field(named: "value")) ?? nil {
            address.initializeMemory(as: UInt8.self, repeating: 0, count: size)
            guard let value else { return }
            let innerSize = (try? underlying.storageSize().size) ?? 0
            address.storeBytes(of: 1, as: UInt8.self)
            (address + valueField.offset).copyMemory(from: value + ObjectLayout.headerSize, byteCount: innerSize)
            if underlying.containsReferences { MonoCorlib.markRange(address, size, context) }
            return
        }
        if let value {
            address.copyMemory(from: value + ObjectLayout.headerSize, byteCount: size)
            if type.containsReferences { MonoCorlib.markRange(address, size, context) }
        } else {
            address.initializeMemory(as: UInt8.self, repeating: 0, count: size)
        }
    }

    /// Where a field's value lives for `object` (nil for a literal; nil when an instance field has no object).
    static func fieldAddress(_ field: RuntimeField, object: UnsafeRawPointer?, _ context: NativeContext) -> (UnsafeMutableRawPointer?, UInt32) {
        switch field.storage {
        case .literal:
            return (nil, 0)
        case .static:
            let status = context.runTypeInitializer(of: field.declaringType)
            if status != 0 { return (nil, status) }
            guard let block = try? field.declaringType.staticStorage() else { return (nil, context.throwException("System.TypeLoadException", message: "\(field)")) }
            return (block + field.offset, 0)
        case .threadStatic:
            let status = context.runTypeInitializer(of: field.declaringType)
            if status != 0 { return (nil, status) }
            guard let block = try? context.runtime.threadStatics.block(for: field.declaringType) else { return (nil, context.throwException("System.TypeLoadException", message: "\(field)")) }
            return (block + field.offset, 0)
        case .instance:
            guard let object else { return (nil, context.throwException("System.Reflection.TargetException", message: "Non-static field requires a target")) }
            let start = UnsafeMutableRawPointer(mutating: object) + (field.declaringType.isValueType ? ObjectLayout.headerSize : 0)
            return (start + field.offset, 0)
        }
    }

    /// The value of a field of `object` (boxed for value types).
    static func fieldValue(_ field: RuntimeField, object: UnsafeRawPointer?, _ context: NativeContext) -> (UnsafeMutableRawPointer?, UInt32) {
        if field.storage == .literal {
            guard let reader = field.declaringType.reader, let constant = reader.constant(of: field.handle.token) else { return (nil, 0) }
            return (MonoCorlib.constantObject(reader, constant, type: field.type, context), 0)
        }
        let (address, status) = MonoCorlib.fieldAddress(field, object: object, context)
        guard status == 0, let address else { return (nil, status) }
        return ((try? context.runtime.box(field.type, valueAt: address)) ?? nil, 0)
    }

    static func registerFields(_ table: NativeMethodTable) {
        // FieldInfo FieldInfo.internal_from_handle_type(IntPtr field_handle, IntPtr type_handle)
        table.register("System.Reflection.FieldInfo::internal_from_handle_type") { context, frame in
            let context = NativeContext(context)
            guard let block = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let field = RuntimeField.fromHandle(block)
            var reflected = field.declaringType
            if let raw = argument(frame, 1, as: UnsafeMutableRawPointer?.self) {
                reflected = MethodTable(raw).runtimeType
                guard MonoCorlib.isSelfOrSubclass(reflected, of: field.declaringType) else { result(frame, UInt(0)); return NativeContext.success }
            }
            guard let object = MonoCorlib.fieldObject(field, reflected: reflected, context) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, object)
            return NativeContext.success
        }
        for name in ["System.Reflection.RuntimeFieldInfo::GetValueInternal", "System.Reflection.RuntimeFieldInfo::UnsafeGetValue"] {
            table.register(name) { context, frame in
                let context = NativeContext(context)
                guard let this = argument(frame, 0, as: UnsafeRawPointer?.self), let field = MonoCorlib.field(ofFieldObject: this, context) else {
                    return context.throwException("System.NullReferenceException")
                }
                let (value, status) = MonoCorlib.fieldValue(field, object: argument(frame, 1, as: UnsafeRawPointer?.self), context)
                if status != 0 { return status }
                result(frame, value)
                return NativeContext.success
            }
        }
        // static void SetValueInternal(FieldInfo fi, object obj, object value): value already converted by managed code.
        for name in ["System.Reflection.RuntimeFieldInfo::SetValueInternal", "System.RuntimeFieldHandle::SetValueInternal"] {
            table.register(name) { context, frame in
                let context = NativeContext(context)
                guard let fieldObject = argument(frame, 0, as: UnsafeRawPointer?.self), let field = MonoCorlib.field(ofFieldObject: fieldObject, context) else {
                    return context.throwException("System.NullReferenceException")
                }
                if field.storage == .literal { return context.throwException("System.FieldAccessException", message: "Cannot set a constant field") }
                let (address, status) = MonoCorlib.fieldAddress(field, object: argument(frame, 1, as: UnsafeRawPointer?.self), context)
                if status != 0 { return status }
                guard let address else { return NativeContext.success }
                MonoCorlib.storeValue(argument(frame, 2, as: UnsafeRawPointer?.self), as: field.type, at: address, context)
                return NativeContext.success
            }
        }
        table.register("System.Reflection.RuntimeFieldInfo::ResolveType") { context, frame in
            let context = NativeContext(context)
            guard let this = argument(frame, 0, as: UnsafeRawPointer?.self), let field = MonoCorlib.field(ofFieldObject: this, context) else {
                return context.throwException("System.NullReferenceException")
            }
            guard let type = MonoCorlib.typeObject(field.type, in: GenericScope(type: field.declaringType, method: nil), context) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, type)
            return NativeContext.success
        }
        // Type GetParentType(bool declaring)
        table.register("System.Reflection.RuntimeFieldInfo::GetParentType") { context, frame in
            let context = NativeContext(context)
            guard let this = argument(frame, 0, as: UnsafeRawPointer?.self), let field = MonoCorlib.field(ofFieldObject: this, context) else {
                return context.throwException("System.NullReferenceException")
            }
            let declaring = argument(frame, 1, as: UInt8.self) != 0
            return MonoCorlib.typeResult(frame, declaring ? field.declaringType : MonoCorlib.reflectedType(ofFieldObject: this, context) ?? field.declaringType, context)
        }
        // int GetFieldOffset(): the offset after the object header (in the value for structs).
        table.register("System.Reflection.RuntimeFieldInfo::GetFieldOffset") { context, frame in
            let context = NativeContext(context)
            guard let this = argument(frame, 0, as: UnsafeRawPointer?.self), let field = MonoCorlib.field(ofFieldObject: this, context) else {
                return context.throwException("System.NullReferenceException")
            }
            _ = try? field.declaringType.fields()
            result(frame, Int64(field.declaringType.isValueType ? field.offset : field.offset - ObjectLayout.headerSize))
            return NativeContext.success
        }
        table.register("System.Reflection.RuntimeFieldInfo::GetRawConstantValue") { context, frame in
            let context = NativeContext(context)
            guard let this = argument(frame, 0, as: UnsafeRawPointer?.self), let field = MonoCorlib.field(ofFieldObject: this, context) else {
                return context.throwException("System.NullReferenceException")
            }
            guard let reader = field.declaringType.reader, let constant = reader.constant(of: field.handle.token) else {
                return context.throwException("System.InvalidOperationException")
            }
            result(frame, MonoCorlib.constantObject(reader, constant, type: nil, context))
            return NativeContext.success
        }
        table.register("System.Reflection.RuntimeFieldInfo::get_metadata_token") { context, frame in
            let context = NativeContext(context)
            guard let this = argument(frame, 0, as: UnsafeRawPointer?.self), let field = MonoCorlib.field(ofFieldObject: this, context) else {
                return context.throwException("System.NullReferenceException")
            }
            result(frame, Int64(Int32(bitPattern: field.handle.token.rawValue)))
            return NativeContext.success
        }
        for name in ["System.Reflection.RuntimeFieldInfo::GetTypeModifiers", "System.Reflection.RuntimeParameterInfo::GetTypeModifiers"] {
            table.register(name) { context, frame in
                let context = NativeContext(context)
                guard let array = MonoCorlib.typeArray([], context) else { return context.throwException("System.OutOfMemoryException") }
                result(frame, array)
                return NativeContext.success
            }
        }
        table.register("System.Reflection.FieldInfo::get_marshal_info") { _, frame in
            result(frame, UInt(0))
            return NativeContext.success
        }
        table.register("System.Reflection.RuntimeParameterInfo::GetMetadataToken") { context, frame in
            let context = NativeContext(context)
            guard let this = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.NullReferenceException") }
            // The owning method's Param row for this position (0x08000000 when it has none).
            let ns = "System.Reflection", c = "ParameterInfo"
            let position = Int(this.load(fromByteOffset: MonoCorlib.offset(ns, c, "PositionImpl", context), as: Int32.self))
            var token: UInt32 = 0x0800_0000
            if let member = this.load(fromByteOffset: MonoCorlib.offset(ns, c, "MemberImpl", context), as: UnsafeRawPointer?.self),
               let method = MonoCorlib.method(ofMethodObject: member, context), let handle = (method.genericDefinition ?? method).handle,
               let reader = method.declaringType.reader,
               let row = reader.method(handle).parameters.first(where: { reader.parameter($0).sequenceNumber == position + 1 }) {
                token = row.token.rawValue
            }
            result(frame, Int64(Int32(bitPattern: token)))
            return NativeContext.success
        }
    }
}
