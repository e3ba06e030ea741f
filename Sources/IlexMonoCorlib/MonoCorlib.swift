// Mono 6.8's runtime contract (DESIGN.md §2, issue "Mono's class library on Ilex"): the internal
// calls Mono's corlib declares ([MethodImpl(InternalCall)]), implemented in Swift over IlexVM's
// public API, and registered with a Runtime before the program starts. Facts about what each call
// must do come from mono/mono (mono/metadata/icall-def.h, icall.c, object-internals.h); the code
// is Ilex's own. One file per area.
import IlexVM

public enum MonoCorlib {
    /// Registers every internal call Ilex implements and sets up the state mono's runtime creates
    /// before any managed code runs.
    public static func install(in runtime: Runtime) throws {
        try startUp(runtime)
        let table = runtime.nativeMethods
        registerStrings(table)
        registerRuntimeHelpers(table)
        registerEnvironment(table)
        registerProcess(table)
        registerTime(table)
        registerMonoIO(table)
        registerConsole(table)
        registerObjects(table)
        registerThreading(table)
        registerInterlocked(table)
        registerReflection(table)
        registerThreads(table)
        registerArrays(table)
        registerAssemblies(table)
        registerEnums(table)
        registerTypeHandles(table)
        registerMarshalCopies(table)
        registerMath(table)
        registerNumberFormatting(table)
        registerTypeNames(table)
        registerHandles(table)
        registerVarargs(table)
        registerObjectIdentity(table)
        registerMarshal(table)
        registerAppDomain(table)
        registerMonoRuntime(table)
        registerNormalization(table)
        registerGlobalization(table)
        installLibraryMap(runtime.interop)
        installNativeHost(runtime)
        registerReflectionMembers(table)
        try installTraceObserver(runtime)
        installRuntimeHooks(runtime)
    }

    /// Reflection beyond type objects (Reflection/): members and their objects, invocation,
    /// custom attributes, delegates made through reflection, stack traces.
    static func registerReflectionMembers(_ table: NativeMethodTable) {
        registerMemberLists(table)
        registerMethods(table)
        registerFields(table)
        registerPropertiesAndEvents(table)
        registerInvocation(table)
        registerRuntimeTypes(table)
        registerCustomAttributes(table)
        registerDelegates(table)
        registerStackTraces(table)
    }


    /// What mono's runtime initializes itself: String.Empty (the corlib declares it without an
    /// initializer; mono_runtime_init stores the empty string there).
    static func startUp(_ runtime: Runtime) throws {
        let string = runtime.system.wellKnown.string
        guard let empty = try string.field(named: "Empty"), let statics = try string.staticStorage() else {
            throw TypeLoadError(typeName: "System.String", assembly: "mscorlib", reason: "no static field Empty, which mono's runtime fills")
        }
        statics.storeBytes(of: try runtime.internedString(""), toByteOffset: empty.offset, as: UnsafeMutableRawPointer.self)
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
