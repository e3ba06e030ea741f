// The application domain beyond its object (Process.swift makes the one root domain and runs
// ProcessExit): Ilex runs one domain, as a program on mono does unless it creates more (creating,
// unloading and entering other domains is not implemented and fails loudly). Its AppDomainSetup
// holds what mono's runtime sets before Main (the program's folder as ApplicationBase,
// PROGRAM.exe.config as ConfigurationFile); GetData answers mono's special keys from the setup
// and everything else from SetData's values; the remoting Context, the process GUID. The
// runtime's hooks raise AppDomain.UnhandledException before an uncaught exception is reported
// and AppDomain.AssemblyLoad for each assembly loaded.
import IlexVM

/// What this file, Assemblies.swift and the culture and normalization data keep for a runtime
/// (MonoState.domain): what mono keeps in its MonoDomain and MonoAssembly structures.
final class DomainState {
    /// The AppDomainSetup and the default remoting Context (kept alive as runtime roots), and a
    /// normal GC handle holding the current Context when one was set.
    var setup: UnsafeMutableRawPointer?
    var context: UnsafeMutableRawPointer?
    var currentContext: Int32?
    /// AppDomain.SetData values, each held by a normal GC handle, by the name's UTF-16 code
    /// units (ordinal, as mono's hash table compares them).
    var data: [[UInt16]: Int32] = [:]
    /// AppDomain.InternalGetProcessGuid's value once set.
    var processGuid: String?
    /// Each assembly's own MonoAssemblyName (AssemblyName.GetNativeName), made once.
    var nativeNames: [ObjectIdentifier: UnsafeMutableRawPointer] = [:]
    var assemblyNameLayout: MonoCorlib.AssemblyNameLayout?
    /// The normalization tables (Normalization.load_normalization_resource), made once.
    var normalizationTables: [UnsafeMutableRawPointer]?
}

#if canImport(Glibc)
import Glibc
#endif

extension MonoCorlib {
    static func registerAppDomain(_ table: NativeMethodTable) {
        // AppDomainSetup AppDomain.getSetup()
        table.register("System.AppDomain::getSetup") { context, frame in
            let context = NativeContext(context)
            guard let setup = MonoCorlib.domainSetup(context) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, setup)
            return NativeContext.success
        }
        // object AppDomain.GetData(string name): APPBASE, APP_CONFIG_FILE, DYNAMIC_BASE, APP_NAME,
        // CACHE_BASE, PRIVATE_BINPATH, BINPATH_PROBE_ONLY, SHADOW_COPY_DIRS and
        // FORCE_CACHE_INSTALL read the setup's fields (as mono answers them); any other name
        // what SetData stored, or null.
        table.register("System.AppDomain::GetData") { MonoCorlib.domainData(NativeContext($0), $1) }
        // void AppDomain.SetData(string name, object data)
        table.register("System.AppDomain::SetData") { MonoCorlib.setDomainData(NativeContext($0), $1) }
        // Assembly[] AppDomain.GetAssemblies(bool refOnly): the corlib, then the others in the
        // order they were loaded (none are reflection-only).
        table.register("System.AppDomain::GetAssemblies") { MonoCorlib.domainAssemblies(NativeContext($0), $1) }
        // Context AppDomain.InternalGetContext() / InternalGetDefaultContext(): the current and the
        // default remoting context.
        table.register("System.AppDomain::InternalGetContext") { context, frame in
            let context = NativeContext(context)
            guard let current = MonoCorlib.currentContext(context) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, current)
            return NativeContext.success
        }
        table.register("System.AppDomain::InternalGetDefaultContext") { context, frame in
            let context = NativeContext(context)
            guard let current = MonoCorlib.contextObject(context) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, current)
            return NativeContext.success
        }
        // Context AppDomain.InternalSetContext(Context context): makes it current; the previous one.
        table.register("System.AppDomain::InternalSetContext") { context, frame in
            let context = NativeContext(context)
            let new = argument(frame, 0, as: UnsafeMutableRawPointer?.self)
            guard let previous = MonoCorlib.currentContext(context) else { return context.throwException("System.OutOfMemoryException") }
            let state = MonoCorlib.domainState(context)
            if let handle = state.currentContext {
                _ = context.runtime.handles.setTarget(handle, new)
            } else {
                state.currentContext = context.runtime.handles.allocate(new, kind: .normal)
            }
            result(frame, previous)
            return NativeContext.success
        }
        // string AppDomain.InternalGetProcessGuid(string newguid): the process's GUID, which the
        // first caller sets.
        table.register("System.AppDomain::InternalGetProcessGuid") { context, frame in
            let context = NativeContext(context)
            let state = MonoCorlib.domainState(context)
            if state.processGuid == nil, let proposed = argument(frame, 0, as: UnsafeRawPointer?.self) {
                state.processGuid = context.string(proposed)
            }
            return MonoCorlib.stringResult(frame, state.processGuid ?? "", context)
        }
        // AppDomain AppDomain.InternalSetDomain(AppDomain) / InternalSetDomainByID(int): entering
        // a domain; with one domain, the current one stays (and is returned as the previous).
        for name in ["InternalSetDomain", "InternalSetDomainByID"] {
            table.register("System.AppDomain::" + name) { context, frame in
                let context = NativeContext(context)
                guard let domain = MonoCorlib.appDomain(context) else { return context.throwException("System.OutOfMemoryException") }
                result(frame, domain)
                return NativeContext.success
            }
        }
        // void InternalPushDomainRef(AppDomain) / InternalPushDomainRefByID(int) / InternalPopDomainRef():
        // mono counts references that keep a domain from unloading; the root domain never unloads.
        for name in ["InternalPushDomainRef", "InternalPushDomainRefByID", "InternalPopDomainRef"] {
            table.register("System.AppDomain::" + name) { _, _ in NativeContext.success }
        }
        // bool AppDomain.InternalIsFinalizingForUnload(int domainId): the root domain never unloads.
        table.register("System.AppDomain::InternalIsFinalizingForUnload") { _, frame in
            result(frame, Int64(0))
            return NativeContext.success
        }
        // void AppDomain.DoUnhandledException(Exception e): raises UnhandledException (IsTerminating true).
        table.register("System.AppDomain::DoUnhandledException(System.Exception)") { context, frame in
            let context = NativeContext(context)
            guard let domain = argument(frame, 0, as: UnsafeMutableRawPointer?.self) else { return context.throwException("System.NullReferenceException") }
            return MonoCorlib.raiseUnhandledException(argument(frame, 1, as: UnsafeMutableRawPointer?.self), domain: domain, context)
        }
    }

    static func domainAssemblies(_ context: NativeContext, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        let refOnly = argument(frame, 1, as: UInt8.self) != 0
        let system = context.runtime.system
        let assemblies = refOnly ? [] : [system.corlib] + system.loader.loadedAssemblies.filter { $0 !== system.corlib }
        guard let assemblyType = try? system.corlibType("System.Reflection", "Assembly"),
              let array = MonoCorlib.makeArray(of: assemblyType, count: assemblies.count, context, { MonoCorlib.assemblyObject(assemblies[$0], context) }) else {
            return context.throwException("System.OutOfMemoryException")
        }
        result(frame, array)
        return NativeContext.success
    }

    static func domainData(_ context: NativeContext, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        guard let nameObject = argument(frame, 1, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException", message: "name") }
        let name = context.string(nameObject)
        let state = MonoCorlib.domainState(context)
        let setupFields = ["APPBASE": "application_base", "APP_CONFIG_FILE": "configuration_file", "DYNAMIC_BASE": "dynamic_base",
                           "APP_NAME": "application_name", "CACHE_BASE": "cache_path", "PRIVATE_BINPATH": "private_bin_path",
                           "BINPATH_PROBE_ONLY": "private_bin_path_probe", "SHADOW_COPY_DIRS": "shadow_copy_directories",
                           "FORCE_CACHE_INSTALL": "shadow_copy_files"]
        if let fieldName = setupFields[name] {
            guard let setup = MonoCorlib.domainSetup(context),
                  let field = try? context.runtime.system.corlibType("System", "AppDomainSetup").field(named: fieldName) else {
                result(frame, UInt(0))
                return NativeContext.success
            }
            result(frame, setup.load(fromByteOffset: field.offset, as: UInt.self))
            return NativeContext.success
        }
        result(frame, state.data[Array(name.utf16)].flatMap { context.runtime.handles.target($0) })
        return NativeContext.success
    }

    static func setDomainData(_ context: NativeContext, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        guard let nameObject = argument(frame, 1, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException", message: "name") }
        let data = argument(frame, 2, as: UnsafeMutableRawPointer?.self)
        let name = context.string(nameObject)
        let state = MonoCorlib.domainState(context)
        if let handle = state.data[Array(name.utf16)] {
            _ = context.runtime.handles.setTarget(handle, data)
        } else {
            state.data[Array(name.utf16)] = context.runtime.handles.allocate(data, kind: .normal)
        }
        return NativeContext.success
    }

    static func domainState(_ context: NativeContext) -> DomainState { state(context.runtime).domain }

    /// The root domain's AppDomainSetup, made on first use as mono's runtime makes it before Main
    /// (without running a constructor): the folder of the program's path made absolute (links
    /// kept) with a final separator as ApplicationBase, the configuration file next to the
    /// program's real file.
    static func domainSetup(_ context: NativeContext) -> UnsafeMutableRawPointer? {
        let state = domainState(context)
        if let setup = state.setup { return setup }
        guard let setupType = try? context.runtime.system.corlibType("System", "AppDomainSetup"),
              let applicationBase = try? setupType.field(named: "application_base"),
              let configurationFile = try? setupType.field(named: "configuration_file"),
              let setup = context.allocate(setupType) else { return nil }
        context.runtime.keepAlive(setup)
        state.setup = setup
        if let program = context.runtime.entryAssembly, !program.path.isEmpty {
            context.storeReference(context.makeString(directoryName(absolutePath(program.path)) + "/"), at: setup + applicationBase.offset)
            context.storeReference(context.makeString(realPath(program.path) + ".config"), at: setup + configurationFile.offset)
        }
        return setup
    }

    /// The context InternalSetContext made current, else the default one.
    static func currentContext(_ context: NativeContext) -> UnsafeMutableRawPointer? {
        domainState(context).currentContext.flatMap { context.runtime.handles.target($0) } ?? contextObject(context)
    }

    /// The domain's default remoting context (System.Runtime.Remoting.Contexts.Context), made on
    /// first use as mono makes it at startup: without a constructor, domain and context id 0.
    static func contextObject(_ context: NativeContext) -> UnsafeMutableRawPointer? {
        let state = domainState(context)
        if let current = state.context { return current }
        guard let type = try? context.runtime.system.corlibType("System.Runtime.Remoting.Contexts", "Context"),
              let object = context.allocate(type) else { return nil }
        context.runtime.keepAlive(object)
        state.context = object  // domain_id and context_id stay 0
        return object
    }

    /// Raises AppDomain.UnhandledException for `exception` through the corlib's own
    /// DoUnhandledException(UnhandledExceptionEventArgs), which invokes the handlers if any.
    static func raiseUnhandledException(_ exception: UnsafeMutableRawPointer?, domain: UnsafeMutableRawPointer, _ context: NativeContext) -> UInt32 {
        let system = context.runtime.system
        guard let argsType = try? system.corlibType("System", "UnhandledExceptionEventArgs"),
              let constructor = try? argsType.methods().first(where: { $0.isConstructor && ((try? $0.signature().parameterTypes.count) ?? 0) == 2 }),
              let raise = try? system.corlibType("System", "AppDomain").methods().first(where: {
                  $0.name == "DoUnhandledException" && ((try? $0.signature().parameterTypes.first) ?? nil) === argsType
              }) else { return context.throwException("System.MissingMethodException", message: "System.AppDomain.DoUnhandledException") }
        guard let args = context.allocate(argsType) else { return context.throwException("System.OutOfMemoryException") }
        let status = context.call(constructor, [UInt64(UInt(bitPattern: args)), UInt64(UInt(bitPattern: exception)), 1])
        guard status == NativeContext.success else { return status }
        return context.call(raise, [UInt64(UInt(bitPattern: domain)), UInt64(UInt(bitPattern: args))])
    }

    /// AppDomain.AssemblyResolve for `name` (the corlib's DoAssemblyResolve runs the handlers):
    /// the assembly a handler returned, or nil, with the handlers' status.
    static func assemblyFromResolveEvent(_ name: String, requesting: LoadedAssembly?, _ context: NativeContext) -> (LoadedAssembly?, UInt32) {
        let system = context.runtime.system
        guard let domain = state(context.runtime).appDomain,
              let domainType = try? system.corlibType("System", "AppDomain"),
              let field = try? domainType.field(named: "AssemblyResolve"),
              domain.load(fromByteOffset: field.offset, as: UInt.self) != 0,
              let resolve = try? domainType.method(named: "DoAssemblyResolve"),
              let text = context.makeString(name) else { return (nil, NativeContext.success) }
        let requestingObject = requesting.flatMap { assemblyObject($0, context) }
        let (status, frame) = context.callReturningFrame(resolve, [UInt64(UInt(bitPattern: domain)), UInt64(UInt(bitPattern: text)),
                                                                   UInt64(UInt(bitPattern: requestingObject)), 0])
        guard status == NativeContext.success, let frame, let object = frame.load(as: UnsafeRawPointer?.self),
              context.type(of: object).name == "RuntimeAssembly" else { return (nil, status) }
        return (loadedAssembly(of: object, context), NativeContext.success)
    }

    /// The runtime's hooks: UnhandledException before an uncaught exception is reported (only
    /// once the program made the domain object: no handler exists before), AssemblyLoad for each
    /// assembly loaded. (AssemblyResolve is raised by Assembly.Load and Type.GetType only: mono
    /// 6.8 raises it for no assembly a method's code references, which fails to load with
    /// FileNotFoundException.)
    static func installRuntimeHooks(_ runtime: Runtime) {
        runtime.unhandledExceptionHook = { [unowned runtime] exception in
            guard let domain = state(runtime).appDomain else { return }
            let context = runtime.mainThreadContext
            _ = raiseUnhandledException(exception, domain: domain, context)
            context.pendingException = nil
        }
        // mono raises AssemblyLoad for each assembly loaded into the domain once it exists; what a
        // handler throws is dropped, as mono drops it.
        runtime.system.loader.loadHook = { [unowned runtime] assembly in
            let system = runtime.system
            guard let domain = state(runtime).appDomain,
                  let domainType = try? system.corlibType("System", "AppDomain"),
                  let field = try? domainType.field(named: "AssemblyLoad"),
                  domain.load(fromByteOffset: field.offset, as: UInt.self) != 0,
                  let raise = try? domainType.method(named: "DoAssemblyLoad") else { return }
            let context = runtime.mainThreadContext
            let pending = context.pendingException
            defer { context.pendingException = pending }
            guard let object = assemblyObject(assembly, context) else { return }
            _ = context.call(raise, [UInt64(UInt(bitPattern: domain)), UInt64(UInt(bitPattern: object))])
        }
    }
}
