// System.ArgIterator and System.TypedReference internal calls: the extra arguments of a vararg
// call (`__arglist`), read through the handle the engine passes after the required arguments
// (VarargLayout), and typed references (TypedReferenceLayout). What each call must do follows
// mono's icall.c (ves_icall_System_ArgIterator_*); the layouts are Ilex's.
import IlexVM

extension MonoCorlib {
    /// ArgIterator's fields as mono's corlib declares them: sig, args, next_arg, num_args.
    enum ArgIteratorLayout {
        static let descriptorOffset = 0
        static let areaOffset = 8
        static let nextOffset = 16
        static let countOffset = 20
    }

    /// The vararg descriptor entry `index`: the argument's MethodTable and its address.
    static func varargEntry(_ iterator: UnsafeMutableRawPointer, _ index: Int) -> (table: UnsafeMutableRawPointer, address: UnsafeMutableRawPointer) {
        let descriptor = iterator.load(fromByteOffset: ArgIteratorLayout.descriptorOffset, as: UnsafeRawPointer.self)
        let area = iterator.load(fromByteOffset: ArgIteratorLayout.areaOffset, as: UnsafeMutableRawPointer.self)
        let entry = descriptor + VarargLayout.descriptorHeaderSize + index * VarargLayout.descriptorEntrySize
        return (entry.load(as: UnsafeMutableRawPointer.self), area + Int(entry.load(fromByteOffset: 8, as: UInt32.self)))
    }

    static func storeTypedReference(_ frame: UnsafeMutableRawPointer, table: UnsafeMutableRawPointer, address: UnsafeMutableRawPointer) {
        frame.storeBytes(of: table, toByteOffset: TypedReferenceLayout.typeOffset, as: UnsafeMutableRawPointer.self)
        frame.storeBytes(of: address, toByteOffset: TypedReferenceLayout.valueOffset, as: UnsafeMutableRawPointer.self)
        frame.storeBytes(of: table, toByteOffset: TypedReferenceLayout.classOffset, as: UnsafeMutableRawPointer.self)
    }

    static func registerVarargs(_ table: NativeMethodTable) {
        // void ArgIterator.Setup(IntPtr argsp, IntPtr start): argsp is RuntimeArgumentHandle.args,
        // the address of the vararg handle. `start` (an argument's address) is not supported.
        table.register("System.ArgIterator::Setup") { context, frame in
            let context = NativeContext(context)
            let iterator = argument(frame, 0, as: UnsafeMutableRawPointer.self)
            guard let handle = argument(frame, 1, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentException") }
            if argument(frame, 2, as: UInt.self) != 0 {
                return context.throwException("System.NotImplementedException", message: "ArgIterator(RuntimeArgumentHandle, void*) is not implemented by Ilex")
            }
            let descriptor = handle.load(fromByteOffset: VarargLayout.descriptorOffset, as: UnsafeRawPointer.self)
            iterator.storeBytes(of: descriptor, toByteOffset: ArgIteratorLayout.descriptorOffset, as: UnsafeRawPointer.self)
            iterator.storeBytes(of: handle.load(fromByteOffset: VarargLayout.areaOffset, as: UInt.self), toByteOffset: ArgIteratorLayout.areaOffset, as: UInt.self)
            iterator.storeBytes(of: 0, toByteOffset: ArgIteratorLayout.nextOffset, as: Int32.self)
            iterator.storeBytes(of: Int32(descriptor.load(as: Int.self)), toByteOffset: ArgIteratorLayout.countOffset, as: Int32.self)
            return NativeContext.success
        }
        // void ArgIterator.IntGetNextArg(void* res): the next argument as a TypedReference at
        // `res` (GetNextArg checked the count).
        table.register("System.ArgIterator::IntGetNextArg") { _, frame in
            let iterator = argument(frame, 0, as: UnsafeMutableRawPointer.self)
            let destination = argument(frame, 1, as: UnsafeMutableRawPointer.self)
            let next = Int(iterator.load(fromByteOffset: ArgIteratorLayout.nextOffset, as: Int32.self))
            iterator.storeBytes(of: Int32(next + 1), toByteOffset: ArgIteratorLayout.nextOffset, as: Int32.self)
            let entry = MonoCorlib.varargEntry(iterator, next)
            MonoCorlib.storeTypedReference(destination, table: entry.table, address: entry.address)
            return NativeContext.success
        }
        // void ArgIterator.IntGetNextArgWithType(void* res, IntPtr rth): the next argument of that
        // type, skipping the others, as mono does.
        table.register("System.ArgIterator::IntGetNextArgWithType") { _, frame in
            let iterator = argument(frame, 0, as: UnsafeMutableRawPointer.self)
            let destination = argument(frame, 1, as: UnsafeMutableRawPointer.self)
            let wanted = argument(frame, 2, as: UnsafeMutableRawPointer?.self)
            let count = Int(iterator.load(fromByteOffset: ArgIteratorLayout.countOffset, as: Int32.self))
            var next = Int(iterator.load(fromByteOffset: ArgIteratorLayout.nextOffset, as: Int32.self))
            while next < count {
                let entry = MonoCorlib.varargEntry(iterator, next)
                next += 1
                if entry.table == wanted {
                    iterator.storeBytes(of: Int32(next), toByteOffset: ArgIteratorLayout.nextOffset, as: Int32.self)
                    MonoCorlib.storeTypedReference(destination, table: entry.table, address: entry.address)
                    return NativeContext.success
                }
            }
            iterator.storeBytes(of: Int32(next), toByteOffset: ArgIteratorLayout.nextOffset, as: Int32.self)
            destination.initializeMemory(as: UInt8.self, repeating: 0, count: TypedReferenceLayout.size)
            return NativeContext.success
        }
        // IntPtr ArgIterator.IntGetNextArgType(): the next argument's RuntimeTypeHandle value.
        table.register("System.ArgIterator::IntGetNextArgType") { _, frame in
            let iterator = argument(frame, 0, as: UnsafeMutableRawPointer.self)
            let next = Int(iterator.load(fromByteOffset: ArgIteratorLayout.nextOffset, as: Int32.self))
            result(frame, MonoCorlib.varargEntry(iterator, next).table)
            return NativeContext.success
        }
        // object TypedReference.InternalToObject(void* value): the value a TypedReference at
        // `value` refers to, boxed.
        table.register("System.TypedReference::InternalToObject") { context, frame in
            let context = NativeContext(context)
            let reference = argument(frame, 0, as: UnsafeRawPointer.self)
            guard let table = reference.load(fromByteOffset: TypedReferenceLayout.typeOffset, as: UnsafeMutableRawPointer?.self),
                  let address = reference.load(fromByteOffset: TypedReferenceLayout.valueOffset, as: UnsafeRawPointer?.self) else {
                return context.throwException("System.ArgumentNullException")
            }
            do {
                let object = try context.runtime.box(MethodTable(table).runtimeType, valueAt: address)
                result(frame, object)
                return NativeContext.success
            } catch {
                return context.throwException("System.TypeLoadException", message: "\(error)")
            }
        }
    }
}
