// System.Array internal calls: rank, bounds, clearing, copying and element access by position
// for code that does not know the element type statically.
import IlexVM

#if canImport(Glibc)
import Glibc
#endif

extension MonoCorlib {
    /// Element count and size, and the data start, of an array object.
    static func arrayShape(_ array: UnsafeMutableRawPointer) -> (table: MethodTable, length: Int, elementSize: Int, data: UnsafeMutableRawPointer) {
        let table = MethodTable(array.load(as: UnsafeMutableRawPointer.self))
        return (table, array.load(fromByteOffset: ObjectLayout.arrayLengthOffset, as: Int.self), table.componentSize,
                array + ObjectLayout.arrayDataOffset)
    }

    /// A multi-dimensional array's bounds entry for `dimension` (length, lower bound).
    static func bounds(_ array: UnsafeMutableRawPointer, _ dimension: Int) -> UnsafeMutableRawPointer? {
        array.load(fromByteOffset: ObjectLayout.arrayBoundsOffset, as: UnsafeMutableRawPointer?.self)
            .map { $0 + dimension * ObjectLayout.arrayBoundsEntrySize }
    }

    static func registerArrays(_ table: NativeMethodTable) {
        table.register("System.Array::GetRank") { _, frame in
            let array = argument(frame, 0, as: UnsafeMutableRawPointer.self)
            result(frame, Int64(MethodTable(array.load(as: UnsafeMutableRawPointer.self)).rank))
            return NativeContext.success
        }
        table.register("System.Array::GetLength") { context, frame in
            let context = NativeContext(context)
            let array = argument(frame, 0, as: UnsafeMutableRawPointer.self)
            let dimension = Int(argument(frame, 1, as: Int32.self))
            let shape = MonoCorlib.arrayShape(array)
            guard dimension >= 0, dimension < shape.table.rank else { return context.throwException("System.IndexOutOfRangeException") }
            if let entry = MonoCorlib.bounds(array, dimension) {
                result(frame, Int64(entry.load(as: Int.self)))
            } else {
                result(frame, Int64(shape.length))
            }
            return NativeContext.success
        }
        table.register("System.Array::GetLowerBound") { context, frame in
            let context = NativeContext(context)
            let array = argument(frame, 0, as: UnsafeMutableRawPointer.self)
            let dimension = Int(argument(frame, 1, as: Int32.self))
            guard dimension >= 0, dimension < MonoCorlib.arrayShape(array).table.rank else { return context.throwException("System.IndexOutOfRangeException") }
            result(frame, Int64(MonoCorlib.bounds(array, dimension).map { Int($0.load(fromByteOffset: 8, as: Int32.self)) } ?? 0))
            return NativeContext.success
        }
        // void ClearInternal(Array a, int index, int count): the caller has checked the range.
        table.register("System.Array::ClearInternal") { _, frame in
            let array = argument(frame, 0, as: UnsafeMutableRawPointer.self)
            let index = Int(argument(frame, 1, as: Int32.self)), count = Int(argument(frame, 2, as: Int32.self))
            let shape = MonoCorlib.arrayShape(array)
            (shape.data + index * shape.elementSize).initializeMemory(as: UInt8.self, repeating: 0, count: count * shape.elementSize)
            return NativeContext.success
        }
        // bool FastCopy(Array source, int sourceIndex, Array destination, int destinationIndex, int length):
        // copies when no element needs a conversion or a cast check (same element type, or
        // references into an array whose element type accepts them); false sends the caller to
        // its element-by-element path.
        table.register("System.Array::FastCopy") { context, frame in
            let context = NativeContext(context)
            let source = argument(frame, 0, as: UnsafeMutableRawPointer.self), destination = argument(frame, 2, as: UnsafeMutableRawPointer.self)
            let sourceIndex = Int(argument(frame, 1, as: Int32.self)), destinationIndex = Int(argument(frame, 3, as: Int32.self))
            let length = Int(argument(frame, 4, as: Int32.self))
            let from = MonoCorlib.arrayShape(source), to = MonoCorlib.arrayShape(destination)
            guard sourceIndex >= 0, destinationIndex >= 0, length >= 0, sourceIndex + length <= from.length,
                  destinationIndex + length <= to.length, let fromElement = from.table.element, let toElement = to.table.element else {
                result(frame, Int64(0))
                return NativeContext.success
            }
            var compatible = fromElement == toElement
            if !compatible, !fromElement.flags.contains(.valueType), !toElement.flags.contains(.valueType) {
                compatible = (try? fromElement.runtimeType.isArrayElementCompatible(with: toElement.runtimeType)) ?? false
            }
            guard compatible, from.elementSize == to.elementSize else {
                result(frame, Int64(0))
                return NativeContext.success
            }
            memmove(to.data + destinationIndex * to.elementSize, from.data + sourceIndex * from.elementSize, length * to.elementSize)
            context.runtime.heap.recordReferenceStores(in: to.data + destinationIndex * to.elementSize, size: length * to.elementSize)
            result(frame, Int64(1))
            return NativeContext.success
        }
        // void GetGenericValueImpl<T>(int pos, out T value) / SetGenericValueImpl<T>(int pos, ref T value)
        table.register("System.Array::GetGenericValueImpl") { _, frame in
            let shape = MonoCorlib.arrayShape(argument(frame, 0, as: UnsafeMutableRawPointer.self))
            let position = Int(argument(frame, 1, as: Int32.self))
            argument(frame, 2, as: UnsafeMutableRawPointer.self).copyMemory(from: shape.data + position * shape.elementSize, byteCount: shape.elementSize)
            return NativeContext.success
        }
        table.register("System.Array::SetGenericValueImpl") { context, frame in
            let shape = MonoCorlib.arrayShape(argument(frame, 0, as: UnsafeMutableRawPointer.self))
            let position = Int(argument(frame, 1, as: Int32.self))
            (shape.data + position * shape.elementSize).copyMemory(from: argument(frame, 2, as: UnsafeRawPointer.self), byteCount: shape.elementSize)
            NativeContext(context).runtime.heap.recordReferenceStores(in: shape.data + position * shape.elementSize, size: shape.elementSize)
            return NativeContext.success
        }
        // object GetValueImpl(int pos): the element, boxed when it is a value.
        table.register("System.Array::GetValueImpl") { context, frame in
            let context = NativeContext(context)
            let shape = MonoCorlib.arrayShape(argument(frame, 0, as: UnsafeMutableRawPointer.self))
            let position = Int(argument(frame, 1, as: Int32.self))
            let element = shape.data + position * shape.elementSize
            guard let elementTable = shape.table.element else { return context.throwException("System.InvalidCastException") }
            if elementTable.flags.contains(.valueType) {
                guard let box = context.allocate(elementTable.runtimeType, size: ObjectLayout.headerSize + shape.elementSize) else {
                    return context.throwException("System.OutOfMemoryException")
                }
                (box + ObjectLayout.headerSize).copyMemory(from: element, byteCount: shape.elementSize)
                result(frame, box)
            } else {
                result(frame, element.load(as: UInt.self))
            }
            return NativeContext.success
        }
        // void SetValueImpl(object value, int pos): unboxed into value elements (null clears them).
        table.register("System.Array::SetValueImpl") { context, frame in
            let context = NativeContext(context)
            let array = argument(frame, 0, as: UnsafeMutableRawPointer.self)
            let value = argument(frame, 1, as: UnsafeMutableRawPointer?.self)
            let position = Int(argument(frame, 2, as: Int32.self))
            let shape = MonoCorlib.arrayShape(array)
            let element = shape.data + position * shape.elementSize
            guard let elementTable = shape.table.element else { return context.throwException("System.InvalidCastException") }
            if elementTable.flags.contains(.valueType) {
                guard let value else {
                    element.initializeMemory(as: UInt8.self, repeating: 0, count: shape.elementSize)
                    return NativeContext.success
                }
                guard context.type(of: value) === elementTable.runtimeType else { return context.throwException("System.InvalidCastException") }
                element.copyMemory(from: value + ObjectLayout.headerSize, byteCount: shape.elementSize)
            } else {
                if let value, !((try? context.type(of: value).isAssignable(to: elementTable.runtimeType)) ?? false) {
                    return context.throwException("System.InvalidCastException")
                }
                element.storeBytes(of: value, as: UnsafeMutableRawPointer?.self)
            }
            context.runtime.heap.recordReferenceStores(in: element, size: shape.elementSize)
            return NativeContext.success
        }
    }
}

extension MonoCorlib {
    /// System.Runtime.InteropServices.Marshal copies between arrays and unmanaged memory; the
    /// managed side passes the pinned address of the first element involved.
    static func registerMarshalCopies(_ table: NativeMethodTable) {
        // void copy_from_unmanaged_fixed(IntPtr source, int startIndex, Array destination, int length, void* fixedDestinationElement)
        table.register("System.Runtime.InteropServices.Marshal::copy_from_unmanaged_fixed") { context, frame in
            let context = NativeContext(context)
            guard let source = argument(frame, 0, as: UnsafeRawPointer?.self), let array = argument(frame, 2, as: UnsafeMutableRawPointer?.self),
                  let destination = argument(frame, 4, as: UnsafeMutableRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let length = Int(argument(frame, 3, as: Int32.self))
            let elementSize = MonoCorlib.arrayShape(array).elementSize
            destination.copyMemory(from: source, byteCount: length * elementSize)
            return NativeContext.success
        }
        // void copy_to_unmanaged_fixed(Array source, int startIndex, IntPtr destination, int length, void* fixedSourceElement)
        table.register("System.Runtime.InteropServices.Marshal::copy_to_unmanaged_fixed") { context, frame in
            let context = NativeContext(context)
            guard let array = argument(frame, 0, as: UnsafeMutableRawPointer?.self), let destination = argument(frame, 2, as: UnsafeMutableRawPointer?.self),
                  let source = argument(frame, 4, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let length = Int(argument(frame, 3, as: Int32.self))
            destination.copyMemory(from: source, byteCount: length * MonoCorlib.arrayShape(array).elementSize)
            return NativeContext.success
        }
    }
}
