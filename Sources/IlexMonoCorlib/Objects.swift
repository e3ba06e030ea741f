// System.Object, System.Buffer and System.GC internal calls.
import IlexVM

#if canImport(Glibc)
import Glibc
#endif

extension MonoCorlib {
    static func registerObjects(_ table: NativeMethodTable) {
        // object MemberwiseClone(): a shallow copy of the same size.
        table.register("System.Object::MemberwiseClone") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeMutableRawPointer?.self) else { return context.throwException("System.NullReferenceException") }
            let size = context.runtime.heap.sizeOfObject(object)
            guard let copy = context.allocate(context.type(of: object), size: size) else { return context.throwException("System.OutOfMemoryException") }
            (copy + ObjectLayout.headerSize).copyMemory(from: object + ObjectLayout.headerSize, byteCount: size - ObjectLayout.headerSize)
            context.runtime.heap.recordReferenceStores(in: copy, size: size)
            result(frame, copy)
            return NativeContext.success
        }
        // void Buffer.InternalMemcpy(byte* dest, byte* src, int count)
        table.register("System.Buffer::InternalMemcpy") { _, frame in
            let destination = argument(frame, 0, as: UnsafeMutableRawPointer?.self)
            let source = argument(frame, 1, as: UnsafeRawPointer?.self)
            let count = Int(argument(frame, 2, as: Int32.self))
            if count > 0, let destination, let source { memmove(destination, source, count) }
            return NativeContext.success
        }
        // RuntimeImports: the raw memory helpers of Span<T> and friends.
        table.register("System.Runtime.RuntimeImports::ZeroMemory") { _, frame in
            if let address = argument(frame, 0, as: UnsafeMutableRawPointer?.self) {
                address.initializeMemory(as: UInt8.self, repeating: 0, count: Int(argument(frame, 1, as: UInt32.self)))
            }
            return NativeContext.success
        }
        table.register("System.Runtime.RuntimeImports::Memmove") { _, frame in
            let count = Int(argument(frame, 2, as: UInt32.self))
            if count > 0, let destination = argument(frame, 0, as: UnsafeMutableRawPointer?.self), let source = argument(frame, 1, as: UnsafeRawPointer?.self) {
                memmove(destination, source, count)
            }
            return NativeContext.success
        }
        // Memmove_wbarrier(dest, src, len, typeHandle): `len` elements of a value type with references.
        table.register("System.Runtime.RuntimeImports::Memmove_wbarrier") { context, frame in
            let count = Int(argument(frame, 2, as: UInt32.self))
            guard count > 0, let destination = argument(frame, 0, as: UnsafeMutableRawPointer?.self),
                  let source = argument(frame, 1, as: UnsafeRawPointer?.self),
                  let handle = argument(frame, 3, as: UnsafeMutableRawPointer?.self) else { return NativeContext.success }
            let size = count * ((try? MethodTable(handle).runtimeType.storageSize().size) ?? 0)
            memmove(destination, source, size)
            NativeContext(context).runtime.heap.recordReferenceStores(in: destination, size: size)
            return NativeContext.success
        }
        // int Buffer._ByteLength(Array array): bytes of a primitive array's elements.
        table.register("System.Buffer::_ByteLength") { context, frame in
            let context = NativeContext(context)
            guard let array = argument(frame, 0, as: UnsafeMutableRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let shape = MonoCorlib.arrayShape(array)
            guard shape.table.element?.flags.contains(.primitive) == true else {
                result(frame, Int64(-1))
                return NativeContext.success
            }
            result(frame, Int64(shape.length * shape.elementSize))
            return NativeContext.success
        }
        // bool Buffer.InternalBlockCopy(Array src, int srcOffsetBytes, Array dst, int dstOffsetBytes, int byteCount)
        table.register("System.Buffer::InternalBlockCopy") { context, frame in
            let context = NativeContext(context)
            guard let source = argument(frame, 0, as: UnsafeMutableRawPointer?.self),
                  let destination = argument(frame, 2, as: UnsafeMutableRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let from = MonoCorlib.arrayShape(source), to = MonoCorlib.arrayShape(destination)
            let sourceOffset = Int(argument(frame, 1, as: Int32.self)), destinationOffset = Int(argument(frame, 3, as: Int32.self))
            let count = Int(argument(frame, 4, as: Int32.self))
            guard sourceOffset >= 0, destinationOffset >= 0, count >= 0,
                  sourceOffset + count <= from.length * from.elementSize, destinationOffset + count <= to.length * to.elementSize else {
                result(frame, Int64(0))
                return NativeContext.success
            }
            memmove(to.data + destinationOffset, from.data + sourceOffset, count)
            result(frame, Int64(1))
            return NativeContext.success
        }
        table.register("System.GC::_SuppressFinalize") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeMutableRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            context.runtime.heap.setFinalizerSuppressed(object, true)
            return NativeContext.success
        }
        table.register("System.GC::_ReRegisterForFinalize") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeMutableRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            context.runtime.reregisterForFinalization(object)
            return NativeContext.success
        }
        // object get_ephemeron_tombstone(): the marker ConditionalWeakTable puts in dead slots.
        table.register("System.GC::get_ephemeron_tombstone") { context, frame in
            let context = NativeContext(context)
            guard let tombstone = context.runtime.ephemeronTombstone() else { return context.throwException("System.OutOfMemoryException") }
            result(frame, tombstone)
            return NativeContext.success
        }
        // void register_ephemeron_array(Ephemeron[] array)
        table.register("System.GC::register_ephemeron_array") { context, frame in
            let context = NativeContext(context)
            guard let array = argument(frame, 0, as: UnsafeMutableRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            context.runtime.registerEphemeronArray(array)
            return NativeContext.success
        }
        table.register("System.GC::InternalCollect") { context, _ in
            NativeContext(context).runtime.collect()
            return NativeContext.success
        }
        // long GetTotalMemory(bool forceFullCollection): bytes in use (after a collection if asked).
        table.register("System.GC::GetTotalMemory") { context, frame in
            let runtime = NativeContext(context).runtime
            if argument(frame, 0, as: UInt8.self) != 0 { runtime.collect() }
            result(frame, Int64(runtime.heap.usedBytes))
            return NativeContext.success
        }
        // One generation: the collector is not generational (yet); every object is in generation 0.
        table.register("System.GC::GetMaxGeneration") { _, frame in result(frame, Int64(0)); return NativeContext.success }
        table.register("System.GC::GetGeneration") { _, frame in result(frame, Int64(0)); return NativeContext.success }
        table.register("System.GC::GetCollectionCount") { context, frame in
            let generation = argument(frame, 0, as: Int32.self)
            result(frame, Int64(generation == 0 ? NativeContext(context).runtime.heap.statistics.collections : 0))
            return NativeContext.success
        }
        table.register("System.GC::GetAllocatedBytesForCurrentThread") { context, frame in
            result(frame, Int64(NativeContext(context).runtime.heap.totalBytesAllocated))
            return NativeContext.success
        }
        // RecordPressure: unmanaged memory the program reports; the budget is in managed bytes only.
        table.register("System.GC::RecordPressure") { _, _ in NativeContext.success }
        // WaitForPendingFinalizers: runs the finalizers of objects found dead so far, here.
        table.register("System.GC::WaitForPendingFinalizers") { context, _ in
            let status = NativeContext(context).runtime.runPendingFinalizers()
            return status
        }
    }
}

extension MonoCorlib {
    /// System.Runtime.InteropServices.GCHandle internal calls over the runtime's handle table.
    static func registerHandles(_ table: NativeMethodTable) {
        // int GetTargetHandle(object obj, int handle, GCHandleType type): a new handle (handle 0),
        // or a new target for an existing one.
        table.register("System.Runtime.InteropServices.GCHandle::GetTargetHandle") { context, frame in
            let context = NativeContext(context)
            let object = argument(frame, 0, as: UnsafeMutableRawPointer?.self)
            let handle = argument(frame, 1, as: Int32.self)
            let handles = context.runtime.handles
            if handle != 0 {
                guard handles.setTarget(handle, object) else { return context.throwException("System.InvalidOperationException") }
                result(frame, Int64(handle))
                return NativeContext.success
            }
            guard let kind = HandleTable.Kind(rawValue: UInt8(truncatingIfNeeded: argument(frame, 2, as: Int32.self))) else {
                return context.throwException("System.ArgumentOutOfRangeException")
            }
            result(frame, Int64(handles.allocate(object, kind: kind)))
            return NativeContext.success
        }
        table.register("System.Runtime.InteropServices.GCHandle::GetTarget") { context, frame in
            result(frame, NativeContext(context).runtime.handles.target(argument(frame, 0, as: Int32.self)))
            return NativeContext.success
        }
        table.register("System.Runtime.InteropServices.GCHandle::FreeHandle") { context, frame in
            NativeContext(context).runtime.handles.release(argument(frame, 0, as: Int32.self))
            return NativeContext.success
        }
        table.register("System.Runtime.InteropServices.GCHandle::CheckCurrentDomain") { _, frame in
            result(frame, Int64(1))
            return NativeContext.success
        }
        // IntPtr GetAddrOfPinnedObject(int handle): the first element of an array, the characters of
        // a string, else the object's fields.
        table.register("System.Runtime.InteropServices.GCHandle::GetAddrOfPinnedObject") { context, frame in
            let context = NativeContext(context)
            let handle = argument(frame, 0, as: Int32.self)
            guard context.runtime.handles.kind(handle) == .pinned else { return context.throwException("System.InvalidOperationException") }
            guard let object = context.runtime.handles.target(handle) else {
                result(frame, UInt(0))
                return NativeContext.success
            }
            let table = MethodTable(object.load(as: UnsafeMutableRawPointer.self))
            let offset = table.flags.contains(.array) ? ObjectLayout.arrayDataOffset
                : table.flags.contains(.string) ? ObjectLayout.stringCharsOffset : ObjectLayout.headerSize
            result(frame, object + offset)
            return NativeContext.success
        }
    }
}

extension MonoCorlib {
    /// Object identity hashing and the default equality and hashing of value types, which mono
    /// computes over the raw fields it can compare itself and hands the rest (boxed) to managed
    /// code: ValueType.DefaultEquals / GetHashCode call Equals / GetHashCode on those.
    static func registerObjectIdentity(_ table: NativeMethodTable) {
        // int Object.InternalGetHashCode(object o)
        table.register("System.Object::InternalGetHashCode") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeMutableRawPointer?.self) else {
                result(frame, Int64(0))
                return NativeContext.success
            }
            result(frame, Int64(context.runtime.heap.identityHashCode(object)))
            return NativeContext.success
        }
        // bool ValueType.InternalEquals(object o1, object o2, out object[] fields): true or false
        // when the raw fields decide; otherwise false with the pairs (o1's value, o2's value) of
        // the fields to compare with Equals.
        table.register("System.ValueType::InternalEquals") { context, frame in
            let context = NativeContext(context)
            let output = argument(frame, 2, as: UnsafeMutablePointer<UnsafeMutableRawPointer?>.self)
            output.pointee = nil
            guard let this = argument(frame, 0, as: UnsafeMutableRawPointer?.self), let that = argument(frame, 1, as: UnsafeMutableRawPointer?.self),
                  this.load(as: UInt.self) == that.load(as: UInt.self) else {
                result(frame, Int64(0))
                return NativeContext.success
            }
            do {
                let fields = try context.type(of: this).fields().filter { $0.storage == .instance }
                var managed: [RuntimeField] = []
                for field in fields {
                    let a = this + ObjectLayout.headerSize + field.offset, b = that + ObjectLayout.headerSize + field.offset
                    let equal: Bool
                    switch MonoCorlib.rawComparison(field.type) {
                    case .bytes(let count): equal = memcmp(a, b, count) == 0
                    case .float32: equal = a.load(as: Float.self) == b.load(as: Float.self)
                    case .float64: equal = a.load(as: Double.self) == b.load(as: Double.self)
                    case .managed:
                        managed.append(field)
                        continue
                    }
                    if !equal {
                        result(frame, Int64(0))
                        return NativeContext.success
                    }
                }
                guard !managed.isEmpty else {
                    result(frame, Int64(1))
                    return NativeContext.success
                }
                // The array is rooted through the out argument before the boxes are made.
                guard let array = context.allocateVector(of: context.runtime.system.wellKnown.object, count: 2 * managed.count) else {
                    return context.throwException("System.OutOfMemoryException")
                }
                output.pointee = array
                for (i, field) in managed.enumerated() {
                    for (j, object) in [this, that].enumerated() {
                        context.storeReference(try context.runtime.box(field.type, valueAt: object + ObjectLayout.headerSize + field.offset),
                                               intoElement: 2 * i + j, of: array)
                    }
                }
            } catch {
                return context.throwException("System.TypeLoadException", message: "\(error)")
            }
            result(frame, Int64(0))
            return NativeContext.success
        }
        // int ValueType.InternalGetHashCode(object o, out object[] fields): int32 fields and
        // strings hashed here (xor), the other fields boxed for managed GetHashCode; a struct
        // without fields hashes as its box.
        table.register("System.ValueType::InternalGetHashCode") { context, frame in
            let context = NativeContext(context)
            let output = argument(frame, 1, as: UnsafeMutablePointer<UnsafeMutableRawPointer?>.self)
            output.pointee = nil
            guard let this = argument(frame, 0, as: UnsafeMutableRawPointer?.self) else { return context.throwException("System.NullReferenceException") }
            var hash: UInt32 = 0
            do {
                let fields = try context.type(of: this).fields().filter { $0.storage == .instance }
                if fields.isEmpty {
                    result(frame, Int64(context.runtime.heap.identityHashCode(this)))
                    return NativeContext.success
                }
                var managed: [RuntimeField] = []
                for field in fields {
                    let value = this + ObjectLayout.headerSize + field.offset
                    switch field.type.signatureElementType {
                    case .int32: hash ^= value.load(as: UInt32.self)
                    case .string:
                        if let string = value.load(as: UnsafeRawPointer?.self) { hash ^= MonoCorlib.monoStringHash(string) }
                    default: managed.append(field)
                    }
                }
                if !managed.isEmpty {
                    guard let array = context.allocateVector(of: context.runtime.system.wellKnown.object, count: managed.count) else {
                        return context.throwException("System.OutOfMemoryException")
                    }
                    output.pointee = array  // rooted before the boxes are made
                    for (i, field) in managed.enumerated() {
                        context.storeReference(try context.runtime.box(field.type, valueAt: this + ObjectLayout.headerSize + field.offset),
                                               intoElement: i, of: array)
                    }
                }
            } catch {
                return context.throwException("System.TypeLoadException", message: "\(error)")
            }
            result(frame, Int64(Int32(bitPattern: hash)))
            return NativeContext.success
        }
    }

    /// How ValueType.InternalEquals compares a field: bytes, as a float, or through Equals.
    enum RawComparison { case bytes(Int), float32, float64, managed }

    static func rawComparison(_ type: RuntimeType) -> RawComparison {
        switch type.signatureElementType {
        case .boolean, .int8, .uint8: .bytes(1)
        case .char, .int16, .uint16: .bytes(2)
        case .int32, .uint32: .bytes(4)
        case .int64, .uint64, .intPtr, .uintPtr, .pointer, .functionPointer: .bytes(8)
        case .float32: .float32
        case .float64: .float64
        default:
            // Enums compare as their underlying type; everything else (references, strings,
            // nested structs) through Equals.
            (try? type.underlyingType()).map { rawComparison($0) } ?? .managed
        }
    }

    /// mono_string_hash: h = h * 31 + c over the UTF-16 code units.
    static func monoStringHash(_ string: UnsafeRawPointer) -> UInt32 {
        let length = Int(string.load(fromByteOffset: ObjectLayout.stringLengthOffset, as: Int32.self))
        var hash: UInt32 = 0
        for i in 0..<length {
            hash = (hash << 5) &- hash &+ UInt32(string.load(fromByteOffset: ObjectLayout.stringCharsOffset + 2 * i, as: UInt16.self))
        }
        return hash
    }
}
