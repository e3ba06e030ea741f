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
        table.register("System.GC::InternalCollect") { context, _ in
            NativeContext(context).runtime.collect()
            return NativeContext.success
        }
        table.register("System.GC::GetTotalMemory") { context, frame in
            result(frame, Int64(NativeContext(context).runtime.heap.statistics.liveBytesAfterLastCollection))
            return NativeContext.success
        }
    }
}
