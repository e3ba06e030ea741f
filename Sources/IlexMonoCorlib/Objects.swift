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
