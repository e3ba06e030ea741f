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
    }
}
