// System.Enum internal calls: the boxed value and its hash, comparison, flags, boxing a number
// as an enum, and the names and values of an enum's constants (from its literal fields).
import IlexVM
import IlexMetadata

extension MonoCorlib {
    /// The loaded type a System.RuntimeType object stands for.
    static func runtimeType(ofTypeObject object: UnsafeRawPointer, _ context: NativeContext) -> RuntimeType? {
        guard let impl = try? context.runtime.system.corlibType("System", "Type").field(named: "_impl"),
              let raw = object.load(fromByteOffset: impl.offset, as: UnsafeMutableRawPointer?.self) else { return nil }
        return MethodTable(raw).runtimeType
    }

    /// The numeric value of a boxed enum (or integer) as a signed or unsigned 64-bit pattern.
    static func enumBits(_ boxed: UnsafeRawPointer, _ context: NativeContext) -> (bits: UInt64, underlying: ElementType) {
        let type = context.type(of: boxed)
        let underlying = ((try? type.underlyingType()) ?? nil)?.primitive ?? type.primitive ?? .int32
        let value = boxed + ObjectLayout.headerSize
        let bits: UInt64 = switch underlying {
        case .int8: UInt64(bitPattern: Int64(value.load(as: Int8.self)))
        case .uint8, .boolean: UInt64(value.load(as: UInt8.self))
        case .int16: UInt64(bitPattern: Int64(value.load(as: Int16.self)))
        case .uint16, .char: UInt64(value.load(as: UInt16.self))
        case .int32: UInt64(bitPattern: Int64(value.load(as: Int32.self)))
        case .uint32: UInt64(value.load(as: UInt32.self))
        default: value.load(as: UInt64.self)
        }
        return (bits, underlying)
    }

    static func isSigned(_ element: ElementType) -> Bool { [.int8, .int16, .int32, .int64, .intPtr].contains(element) }

    static func registerEnums(_ table: NativeMethodTable) {
        // object get_value(): the underlying value, boxed as its primitive type.
        table.register("System.Enum::get_value") { context, frame in
            let context = NativeContext(context)
            let this = argument(frame, 0, as: UnsafeRawPointer.self)
            let type = context.type(of: this)
            guard let underlying = (try? type.underlyingType()) ?? nil, let size = try? underlying.storageSize().size,
                  let box = context.allocate(underlying, size: ObjectLayout.headerSize + size) else { return context.throwException("System.OutOfMemoryException") }
            (box + ObjectLayout.headerSize).copyMemory(from: this + ObjectLayout.headerSize, byteCount: size)
            result(frame, box)
            return NativeContext.success
        }
        // int get_hashcode(): the value for types up to 32 bits, the halves xor-ed for 64 bits (mono).
        table.register("System.Enum::get_hashcode") { context, frame in
            let context = NativeContext(context)
            let (bits, underlying) = MonoCorlib.enumBits(argument(frame, 0, as: UnsafeRawPointer.self), context)
            let hash: Int32 = underlying == .int64 || underlying == .uint64
                ? Int32(truncatingIfNeeded: bits) ^ Int32(truncatingIfNeeded: bits >> 32) : Int32(truncatingIfNeeded: bits)
            result(frame, Int64(hash))
            return NativeContext.success
        }
        // int InternalCompareTo(object o1, object o2): by value, signed or unsigned as the type is.
        table.register("System.Enum::InternalCompareTo") { context, frame in
            let context = NativeContext(context)
            let (a, underlying) = MonoCorlib.enumBits(argument(frame, 0, as: UnsafeRawPointer.self), context)
            let (b, _) = MonoCorlib.enumBits(argument(frame, 1, as: UnsafeRawPointer.self), context)
            let order: Int64 = MonoCorlib.isSigned(underlying)
                ? (Int64(bitPattern: a) < Int64(bitPattern: b) ? -1 : a == b ? 0 : 1) : (a < b ? -1 : a == b ? 0 : 1)
            result(frame, order)
            return NativeContext.success
        }
        // bool InternalHasFlag(Enum flags)
        table.register("System.Enum::InternalHasFlag") { context, frame in
            let context = NativeContext(context)
            guard let flags = argument(frame, 1, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let (value, _) = MonoCorlib.enumBits(argument(frame, 0, as: UnsafeRawPointer.self), context)
            let (mask, _) = MonoCorlib.enumBits(flags, context)
            result(frame, Int64(value & mask == mask ? 1 : 0))
            return NativeContext.success
        }
        // RuntimeType InternalGetUnderlyingType(RuntimeType enumType)
        table.register("System.Enum::InternalGetUnderlyingType") { context, frame in
            let context = NativeContext(context)
            guard let typeObject = argument(frame, 0, as: UnsafeRawPointer?.self),
                  let type = MonoCorlib.runtimeType(ofTypeObject: typeObject, context),
                  let underlying = (try? type.underlyingType()) ?? nil else { return context.throwException("System.ArgumentException") }
            guard let object = MonoCorlib.typeObject(underlying, context) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, object)
            return NativeContext.success
        }
        // object InternalBoxEnum(RuntimeType enumType, long value)
        table.register("System.Enum::InternalBoxEnum") { context, frame in
            let context = NativeContext(context)
            guard let typeObject = argument(frame, 0, as: UnsafeRawPointer?.self),
                  let type = MonoCorlib.runtimeType(ofTypeObject: typeObject, context),
                  let size = try? type.storageSize().size,
                  let box = context.allocate(type, size: ObjectLayout.headerSize + size) else { return context.throwException("System.OutOfMemoryException") }
            var value = argument(frame, 1, as: Int64.self)
            withUnsafeBytes(of: &value) { (box + ObjectLayout.headerSize).copyMemory(from: $0.baseAddress!, byteCount: min(size, 8)) }
            result(frame, box)
            return NativeContext.success
        }
        // bool GetEnumValuesAndNames(RuntimeType enumType, out ulong[] values, out string[] names):
        // the literal fields in metadata order; true when their values already ascend (unsigned).
        table.register("System.Enum::GetEnumValuesAndNames") { context, frame in
            let context = NativeContext(context)
            guard let typeObject = argument(frame, 0, as: UnsafeRawPointer?.self),
                  let type = MonoCorlib.runtimeType(ofTypeObject: typeObject, context), let reader = type.reader,
                  let fields = try? type.fields() else { return context.throwException("System.ArgumentException") }
            var entries: [(UInt64, String)] = []
            for field in fields where field.storage == .literal {
                guard let constant = reader.constant(of: field.handle.token), let value = try? reader.constantValue(constant) else { continue }
                let bits: UInt64 = switch value {
                case .boolean(let v): v ? 1 : 0
                case .char(let v): UInt64(v)
                case .int8(let v): UInt64(bitPattern: Int64(v))
                case .uint8(let v): UInt64(v)
                case .int16(let v): UInt64(bitPattern: Int64(v))
                case .uint16(let v): UInt64(v)
                case .int32(let v): UInt64(bitPattern: Int64(v))
                case .uint32(let v): UInt64(v)
                case .int64(let v): UInt64(bitPattern: v)
                case .uint64(let v): v
                default: 0
                }
                entries.append((bits, field.name))
            }
            let system = context.runtime.system
            guard let ulong = try? system.primitive(.uint64), let values = context.allocateVector(of: ulong, count: entries.count) else {
                return context.throwException("System.OutOfMemoryException")
            }
            argument(frame, 1, as: UnsafeMutablePointer<UnsafeMutableRawPointer?>.self).pointee = values
            guard let names = context.allocateVector(of: system.wellKnown.string, count: entries.count) else {
                return context.throwException("System.OutOfMemoryException")
            }
            argument(frame, 2, as: UnsafeMutablePointer<UnsafeMutableRawPointer?>.self).pointee = names
            for (i, entry) in entries.enumerated() {
                values.storeBytes(of: entry.0, toByteOffset: ObjectLayout.arrayDataOffset + 8 * i, as: UInt64.self)
                guard let name = context.makeString(entry.1) else { return context.throwException("System.OutOfMemoryException") }
                context.storeReference(name, intoElement: i, of: names)
            }
            result(frame, Int64(zip(entries, entries.dropFirst()).allSatisfy { $0.0 <= $1.0 } ? 1 : 0))
            return NativeContext.success
        }
    }
}
