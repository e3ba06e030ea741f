// Mono 6.8's runtime contract (DESIGN.md §2, issue "Mono's class library on Ilex"): the internal
// calls Mono's corlib declares ([MethodImpl(InternalCall)]), implemented in Swift over IlexVM's
// public API, and registered with a Runtime before the program starts. Facts about what each call
// must do come from mono/mono (mono/metadata/icall-def.h, icall.c, object-internals.h); the code
// is Ilex's own. One file per area.
import IlexVM

public enum MonoCorlib {
    /// Registers every internal call Ilex implements.
    public static func install(in runtime: Runtime) {
        let table = runtime.nativeMethods
        registerStrings(table)
        registerRuntimeHelpers(table)
        registerEnvironment(table)
        registerMonoIO(table)
        registerObjects(table)
        registerThreading(table)
        registerInterlocked(table)
        registerReflection(table)
        registerThreads(table)
    }

}

/// Reads argument `index` (8-byte slots) of a native frame.
@inline(__always)
func argument<T>(_ frame: UnsafeMutableRawPointer, _ index: Int, as type: T.Type) -> T {
    frame.load(fromByteOffset: index * 8, as: T.self)
}

/// Writes a native method's result.
@inline(__always)
func result<T>(_ frame: UnsafeMutableRawPointer, _ value: T) {
    frame.storeBytes(of: value, as: T.self)
}
