// System.String internal calls: allocation of uninitialized strings (the BCL fills them) and the
// intern table.
import IlexVM

extension MonoCorlib {
    static func registerStrings(_ table: NativeMethodTable) {
        // string String.FastAllocateString(int length): a string of `length` NUL characters.
        table.register("System.String::FastAllocateString") { context, frame in
            let context = NativeContext(context)
            let length = Int(argument(frame, 0, as: Int32.self))
            guard length >= 0 else { return context.throwException("System.OverflowException") }
            guard let string = context.allocateString(length: length) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, string)
            return NativeContext.success
        }
    }
}
