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
        // string String.InternalIntern(string str) / InternalIsInterned(string str): the literals'
        // table (the same object as ldstr of that text).
        table.register("System.String::InternalIntern") { context, frame in MonoCorlib.intern(NativeContext(context), frame, onlyIfPresent: false) }
        table.register("System.String::InternalIsInterned") { context, frame in MonoCorlib.intern(NativeContext(context), frame, onlyIfPresent: true) }
    }

    static func intern(_ context: NativeContext, _ frame: UnsafeMutableRawPointer, onlyIfPresent: Bool) -> UInt32 {
        guard let string = argument(frame, 0, as: UnsafeMutableRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
        result(frame, context.runtime.intern(string, text: context.string(string), onlyIfPresent: onlyIfPresent))
        return NativeContext.success
    }
}
