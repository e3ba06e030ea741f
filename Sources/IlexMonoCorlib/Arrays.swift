// System.Array internal calls: rank, bounds, clearing, copying and element access by position
// for code that does not know the element type statically.
import IlexVM
import IlexMetadata

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
        // Array Array.CreateInstanceImpl(Type elementType, int[] lengths, int[] bounds): a vector
        // for one dimension without a non-zero lower bound, else an array of that rank.
        table.register("System.Array::CreateInstanceImpl") { context, frame in
            let context = NativeContext(context)
            guard let element = MonoCorlib.typeArgument(frame, 0, context),
                  let lengthsArray = argument(frame, 1, as: UnsafeMutableRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let boundsArray = argument(frame, 2, as: UnsafeMutableRawPointer?.self)
            func values(_ array: UnsafeMutableRawPointer) -> [Int] {
                let shape = MonoCorlib.arrayShape(array)
                return (0..<shape.length).map { Int(shape.data.load(fromByteOffset: 4 * $0, as: Int32.self)) }
            }
            let lengths = values(lengthsArray)
            let lowerBounds = boundsArray.map(values) ?? Array(repeating: 0, count: lengths.count)
            guard element !== context.runtime.system.wellKnown.void else {
                return context.throwException("System.NotSupportedException", message: "Arrays of System.Void are not supported.")
            }
            let system = context.runtime.system
            if lengths.count == 1 && lowerBounds.first == 0 {
                guard lengths[0] >= 0 else { return context.throwException("System.OverflowException") }
                guard let array = context.allocateVector(of: element, count: lengths[0]) else { return context.throwException("System.OutOfMemoryException") }
                result(frame, array)
                return NativeContext.success
            }
            guard let table = try? system.array(of: element, rank: lengths.count).methodTable() else {
                return context.throwException("System.TypeLoadException")
            }
            let (array, status) = context.runtime.allocateArray(table, lengths: lengths, lowerBounds: lowerBounds)
            guard status == .completed else { return status.rawValue }
            result(frame, array)
            return NativeContext.success
        }
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
        // object GetValueImpl(int pos) / GetValue(int[] indices): the element, boxed when it is a value.
        table.register("System.Array::GetValueImpl") { context, frame in
            let context = NativeContext(context)
            return MonoCorlib.getElement(context, frame, argument(frame, 0, as: UnsafeMutableRawPointer.self), Int(argument(frame, 1, as: Int32.self)))
        }
        table.register("System.Array::GetValue(System.Int32[])") { context, frame in
            let context = NativeContext(context)
            let array = argument(frame, 0, as: UnsafeMutableRawPointer.self)
            guard let position = MonoCorlib.position(array, argument(frame, 1, as: UnsafeMutableRawPointer?.self)) else {
                return context.throwException("System.IndexOutOfRangeException")
            }
            return MonoCorlib.getElement(context, frame, array, position)
        }
        // void SetValueImpl(object value, int pos) / SetValue(object value, int[] indices).
        table.register("System.Array::SetValueImpl") { context, frame in
            let context = NativeContext(context)
            return MonoCorlib.setElement(context, argument(frame, 0, as: UnsafeMutableRawPointer.self), argument(frame, 1, as: UnsafeMutableRawPointer?.self),
                                         Int(argument(frame, 2, as: Int32.self)))
        }
        table.register("System.Array::SetValue(System.Object,System.Int32[])") { context, frame in
            let context = NativeContext(context)
            let array = argument(frame, 0, as: UnsafeMutableRawPointer.self)
            guard let position = MonoCorlib.position(array, argument(frame, 2, as: UnsafeMutableRawPointer?.self)) else {
                return context.throwException("System.IndexOutOfRangeException")
            }
            return MonoCorlib.setElement(context, array, argument(frame, 1, as: UnsafeMutableRawPointer?.self), position)
        }
    }

    /// The element position of `indices` (an int[] of the array's rank) checked against its
    /// bounds; nil when out of range or of the wrong count.
    static func position(_ array: UnsafeMutableRawPointer, _ indices: UnsafeMutableRawPointer?) -> Int? {
        guard let indices else { return nil }
        let shape = arrayShape(array), given = arrayShape(indices)
        let rank = shape.table.rank
        guard given.length == rank else { return nil }
        var position = 0
        for d in 0..<rank {
            let index = Int(given.data.load(fromByteOffset: 4 * d, as: Int32.self))
            let (length, lower) = bounds(array, d).map { ($0.load(as: Int.self), Int($0.load(fromByteOffset: 8, as: Int32.self))) } ?? (shape.length, 0)
            guard index >= lower, index - lower < length else { return nil }
            position = position * length + (index - lower)
        }
        return position
    }

    /// The element at `position`, boxed when it is a value (a Nullable<T> element boxes as T or null).
    static func getElement(_ context: NativeContext, _ frame: UnsafeMutableRawPointer, _ array: UnsafeMutableRawPointer, _ position: Int) -> UInt32 {
        let shape = arrayShape(array)
        guard let elementTable = shape.table.element else { return context.throwException("System.InvalidCastException") }
        do {
            result(frame, try context.runtime.box(elementTable.runtimeType, valueAt: shape.data + position * shape.elementSize))
        } catch {
            return context.throwException("System.TypeLoadException", message: "\(error)")
        }
        return NativeContext.success
    }

    /// Stores `value` at `position`: references by assignability; values unboxed, with the
    /// widening of primitive values Array.SetValue allows (an enum counts as its underlying
    /// type); null clears a value element.
    static func setElement(_ context: NativeContext, _ array: UnsafeMutableRawPointer, _ value: UnsafeMutableRawPointer?, _ position: Int) -> UInt32 {
        let shape = arrayShape(array)
        let element = shape.data + position * shape.elementSize
        guard let elementTable = shape.table.element else { return context.throwException("System.InvalidCastException") }
        let elementType = elementTable.runtimeType
        defer { context.runtime.heap.recordReferenceStores(in: element, size: shape.elementSize) }
        guard elementTable.flags.contains(.valueType) else {
            if let value, !((try? context.type(of: value).isAssignable(to: elementType)) ?? false) {
                return context.throwException("System.InvalidCastException")
            }
            element.storeBytes(of: value, as: UnsafeMutableRawPointer?.self)
            return NativeContext.success
        }
        guard let value else {
            element.initializeMemory(as: UInt8.self, repeating: 0, count: shape.elementSize)
            return NativeContext.success
        }
        let valueType = context.type(of: value)
        if valueType === elementType {
            element.copyMemory(from: value + ObjectLayout.headerSize, byteCount: shape.elementSize)
            return NativeContext.success
        }
        if let underlying = elementType.nullableArgument, underlying === valueType, let field = try? elementType.field(named: "value") {
            element.initializeMemory(as: UInt8.self, repeating: 0, count: shape.elementSize)
            element.storeBytes(of: 1, as: UInt8.self)
            (element + field.offset).copyMemory(from: value + ObjectLayout.headerSize, byteCount: (try? underlying.storageSize().size) ?? 0)
            return NativeContext.success
        }
        func primitive(_ type: RuntimeType) -> ElementType? {
            let base = (try? type.underlyingType()) ?? type
            return base.primitive == nil ? nil : base.signatureElementType
        }
        guard let from = primitive(valueType), let to = primitive(elementType), let converted = widen(value + ObjectLayout.headerSize, from, to) else {
            return context.throwException("System.ArgumentException", message: "Object type cannot be converted to target type.")
        }
        switch to {
        case .float32: element.storeBytes(of: Float(converted.float), as: Float.self)
        case .float64: element.storeBytes(of: converted.float, as: Double.self)
        default:
            var bits = converted.bits  // little-endian: the low bytes are the narrower value
            withUnsafeBytes(of: &bits) { element.copyMemory(from: $0.baseAddress!, byteCount: min(8, shape.elementSize)) }
        }
        return NativeContext.success
    }

    /// The widening conversions between primitive types (Array.SetValue, reflection argument
    /// coercion): the value as integer bits and as a float, or nil when `from` does not widen to `to`.
    static func widen(_ value: UnsafeRawPointer, _ from: ElementType, _ to: ElementType) -> (bits: UInt64, float: Double)? {
        let widenings: [ElementType: Set<ElementType>] = [
            .uint8: [.char, .uint16, .int16, .uint32, .int32, .uint64, .int64, .float32, .float64],
            .int8: [.int16, .int32, .int64, .float32, .float64],
            .uint16: [.uint32, .int32, .uint64, .int64, .float32, .float64],
            .char: [.uint16, .uint32, .int32, .uint64, .int64, .float32, .float64],
            .int16: [.int32, .int64, .float32, .float64],
            .uint32: [.uint64, .int64, .float32, .float64],
            .int32: [.int64, .float32, .float64],
            .uint64: [.float32, .float64],
            .int64: [.float32, .float64],
            .float32: [.float64],
        ]
        guard from == to || widenings[from]?.contains(to) == true else { return nil }
        switch from {
        case .boolean, .uint8: let v = value.load(as: UInt8.self); return (UInt64(v), Double(v))
        case .int8: let v = value.load(as: Int8.self); return (UInt64(bitPattern: Int64(v)), Double(v))
        case .char, .uint16: let v = value.load(as: UInt16.self); return (UInt64(v), Double(v))
        case .int16: let v = value.load(as: Int16.self); return (UInt64(bitPattern: Int64(v)), Double(v))
        case .uint32: let v = value.load(as: UInt32.self); return (UInt64(v), Double(v))
        case .int32: let v = value.load(as: Int32.self); return (UInt64(bitPattern: Int64(v)), Double(v))
        case .uint64, .uintPtr: let v = value.load(as: UInt64.self); return (v, Double(v))
        case .int64, .intPtr: let v = value.load(as: Int64.self); return (UInt64(bitPattern: v), Double(v))
        case .float32: let v = value.load(as: Float.self); return (UInt64(v.bitPattern), Double(v))
        case .float64: let v = value.load(as: Double.self); return (v.bitPattern, v)
        default: return nil
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
