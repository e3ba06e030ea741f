// System.Runtime.CompilerServices.RuntimeHelpers internal calls: the object layout seen from
// managed code.
import IlexVM

extension MonoCorlib {
    static func registerRuntimeHelpers(_ table: NativeMethodTable) {
        // int OffsetToStringData: where a string's characters start in the object (Mono: 20).
        table.register("System.Runtime.CompilerServices.RuntimeHelpers::get_OffsetToStringData") { _, frame in
            result(frame, Int64(ObjectLayout.stringCharsOffset))
            return NativeContext.success
        }
        // ByReference<T>: a struct holding a managed pointer (its IL only throws; mono's JIT
        // supplies these bodies).
        table.registerIntrinsic("System.ByReference`1::.ctor") { _, frame in
            let this = argument(frame, 0, as: UnsafeMutableRawPointer.self)
            this.storeBytes(of: argument(frame, 1, as: UInt.self), as: UInt.self)
            return NativeContext.success
        }
        table.registerIntrinsic("System.ByReference`1::get_Value") { _, frame in
            result(frame, argument(frame, 0, as: UnsafeRawPointer.self).load(as: UInt.self))
            return NativeContext.success
        }
        // void InitializeArray(Array array, RuntimeFieldHandle field): the array's elements from the
        // field's RVA data (array initializers).
        table.register("System.Runtime.CompilerServices.RuntimeHelpers::InitializeArray") { context, frame in
            let context = NativeContext(context)
            guard let array = argument(frame, 0, as: UnsafeMutableRawPointer?.self),
                  let handle = argument(frame, 1, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let field = RuntimeField.fromHandle(handle)
            let table = MethodTable(array.load(as: UnsafeMutableRawPointer.self))
            let length = array.load(fromByteOffset: ObjectLayout.arrayLengthOffset, as: Int.self)
            let bytes = length * table.componentSize
            guard field.hasRVA, let block = try? field.declaringType.staticStorage(),
                  let size = try? field.type.storageSize().size, bytes <= size else {
                return context.throwException("System.ArgumentException")
            }
            (array + ObjectLayout.arrayDataOffset).copyMemory(from: block + field.offset, byteCount: bytes)
            return NativeContext.success
        }
    }
}
