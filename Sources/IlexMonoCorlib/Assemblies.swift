// Assemblies and modules as System.Reflection sees them: one RuntimeAssembly object per loaded
// assembly (`_mono_assembly` names the LoadedAssembly) and one RuntimeModule per assembly (Ilex
// loads single-module assemblies; `_impl` names the same LoadedAssembly), their names in Mono's
// native form (Mono.MonoAssemblyName, which the corlib reads field by field), their types,
// manifest resources and loading by name or path through the engine's AssemblyLoader.
// What each call answers was checked against mono 6.8 (Tests/Programs/assemblies).
import IlexVM
import IlexMetadata

#if canImport(Glibc)
import Glibc
#endif

extension MonoCorlib {
    static func registerAssemblies(_ table: NativeMethodTable) {
        registerAssemblyQueries(table)
        registerAssemblyLoading(table)
        registerManifestResources(table)
        registerAssemblyNames(table)
        registerModules(table)
    }

    // MARK: Objects

    static func assemblyObject(_ assembly: LoadedAssembly, _ context: NativeContext) -> UnsafeMutableRawPointer? {
        if let existing = assembly.managedAssemblyObject { return existing }
        guard let type = try? context.runtime.system.corlibType("System.Reflection", "RuntimeAssembly"),
              let field = try? type.field(named: "_mono_assembly"), let object = context.allocate(type) else { return nil }
        object.storeBytes(of: Unmanaged.passUnretained(assembly).toOpaque(), toByteOffset: field.offset, as: UnsafeMutableRawPointer.self)
        context.runtime.keepAlive(object)
        assembly.managedAssemblyObject = object
        return object
    }

    /// The RuntimeModule of an assembly, with the fields mono's runtime fills: its file's full and
    /// simple name, the Module table's name (ScopeName) and its token.
    static func moduleObject(_ assembly: LoadedAssembly, _ context: NativeContext) -> UnsafeMutableRawPointer? {
        if let existing = assembly.managedModuleObject { return existing }
        guard let type = try? context.runtime.system.corlibType("System.Reflection", "RuntimeModule"),
              let impl = try? type.field(named: "_impl"), let owner = try? type.field(named: "assembly"),
              let fqname = try? type.field(named: "fqname"), let name = try? type.field(named: "name"),
              let scopename = try? type.field(named: "scopename"), let token = try? type.field(named: "token"),
              let object = context.allocate(type) else { return nil }
        // A root before the allocations below.
        context.runtime.keepAlive(object)
        assembly.managedModuleObject = object
        object.storeBytes(of: Unmanaged.passUnretained(assembly).toOpaque(), toByteOffset: impl.offset, as: UnsafeMutableRawPointer.self)
        let location = Self.location(of: assembly)
        let strings: [(Int, String)] = [(fqname.offset, location), (name.offset, baseName(location)),
                                         (scopename.offset, assembly.reader.module.name)]
        for (offset, text) in strings {
            context.storeReference(context.makeString(text), at: object + offset)
        }
        context.storeReference(assemblyObject(assembly, context), at: object + owner.offset)
        object.storeBytes(of: Int32(0x0000_0001), toByteOffset: token.offset, as: Int32.self)
        return object
    }

    /// The loaded assembly of argument `index`, a RuntimeAssembly (`this` of its instance calls);
    /// nil when it is null.
    static func assemblyArgument(_ frame: UnsafeMutableRawPointer, _ index: Int, _ context: NativeContext) -> LoadedAssembly? {
        argument(frame, index, as: UnsafeRawPointer?.self).map { loadedAssembly(of: $0, context) }
    }

    /// The loaded assembly a RuntimeAssembly object stands for.
    static func loadedAssembly(of object: UnsafeRawPointer, _ context: NativeContext) -> LoadedAssembly {
        let field = try! context.runtime.system.corlibType("System.Reflection", "RuntimeAssembly").field(named: "_mono_assembly")!
        return loadedAssembly(native: object.load(fromByteOffset: field.offset, as: UnsafeRawPointer.self))
    }

    /// The loaded assembly a RuntimeAssembly (or RuntimeModule) object stands for.
    static func assemblyOfObject(_ object: UnsafeRawPointer, _ context: NativeContext) -> LoadedAssembly? {
        let type = context.type(of: object)
        let field: String
        var current: RuntimeType? = type
        while let t = current, !(t.namespace == "System.Reflection" && (t.name == "RuntimeAssembly" || t.name == "RuntimeModule")) {
            current = (try? t.parent()) ?? nil
        }
        guard let known = current else { return nil }
        field = known.name == "RuntimeAssembly" ? "_mono_assembly" : "_impl"
        guard let raw = object.load(fromByteOffset: MonoCorlib.offset("System.Reflection", known.name, field, context), as: UnsafeRawPointer?.self) else { return nil }
        return Unmanaged<LoadedAssembly>.fromOpaque(raw).takeUnretainedValue()
    }

    /// The loaded assembly behind a `_mono_assembly` or RuntimeModule `_impl` value.
    static func loadedAssembly(native: UnsafeRawPointer) -> LoadedAssembly {
        Unmanaged<LoadedAssembly>.fromOpaque(native).takeUnretainedValue()
    }


    /// Where an assembly was loaded from, with symbolic links resolved (mono reports the real
    /// path: /usr/lib/mono/4.5/System.dll is /usr/lib/mono/gac/System/4.0.0.0__…/System.dll);
    /// empty for one loaded from bytes.
    static func location(of assembly: LoadedAssembly) -> String {
        assembly.path.isEmpty ? "" : realPath(assembly.path)
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return absolutePath(path) }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A file URI as mono's code bases are ("file://" and the absolute path); `escaped` also
    /// percent-encodes what a URI may not hold (Assembly.EscapedCodeBase).
    static func codeBase(_ path: String, escaped: Bool) -> String {
        guard escaped else { return "file://" + path }
        var text = "file://"
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80 && (c.isLetter || c.isNumber || "/-_.~!$&'()*+,;=:@".contains(c)) {
                text.append(c)
            } else {
                text += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return text
    }

    /// A new managed array of `elementType` filled by `make` one element at a time (each element
    /// is stored before the next is made, so the array keeps them alive).
    static func makeArray(of elementType: RuntimeType, count: Int, _ context: NativeContext,
                          _ make: (Int) -> UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
        guard let array = context.allocateVector(of: elementType, count: count) else { return nil }
        // The array is reachable from this native frame only: conservative roots cover it.
        for i in 0..<count {
            guard let element = make(i) else { return nil }
            context.storeReference(element, intoElement: i, of: array)
        }
        return array
    }

    // MARK: Assembly queries

    static func registerAssemblyQueries(_ table: NativeMethodTable) {
        // Assembly Assembly.GetExecutingAssembly(): the assembly of the calling method.
        table.register("System.Reflection.Assembly::GetExecutingAssembly") { context, frame in
            let context = NativeContext(context)
            guard let assembly = context.caller?.declaringType.assembly else { return context.throwException("System.InvalidOperationException") }
            return MonoCorlib.assemblyResult(frame, assembly, context)
        }
        // Assembly Assembly.GetCallingAssembly(): the assembly of the method that called the
        // caller, skipping the corlib's System.Reflection methods; the caller's own assembly when
        // nothing called it (Main), as mono answers.
        table.register("System.Reflection.Assembly::GetCallingAssembly") { MonoCorlib.getCallingAssembly(NativeContext($0), $1) }
        // Assembly Assembly.GetEntryAssembly(): the assembly whose Main runs.
        table.register("System.Reflection.Assembly::GetEntryAssembly") { context, frame in
            let context = NativeContext(context)
            guard let assembly = context.runtime.entryAssembly else {
                result(frame, UInt(0))
                return NativeContext.success
            }
            return MonoCorlib.assemblyResult(frame, assembly, context)
        }
        // string RuntimeAssembly.get_fullname(Assembly a): "Name, Version=…, Culture=…, PublicKeyToken=…".
        table.register("System.Reflection.RuntimeAssembly::get_fullname") { context, frame in
            let context = NativeContext(context)
            guard let assembly = MonoCorlib.assemblyArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            return MonoCorlib.stringResult(frame, assembly.identity.description, context)
        }
        // string RuntimeAssembly.get_location(): the real path of its file ("" for bytes).
        table.register("System.Reflection.RuntimeAssembly::get_location") { context, frame in
            let context = NativeContext(context)
            guard let assembly = MonoCorlib.assemblyArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            return MonoCorlib.stringResult(frame, MonoCorlib.location(of: assembly), context)
        }
        // string RuntimeAssembly.get_code_base(Assembly a, bool escaped): "file://" + the path;
        // null for an assembly loaded from bytes.
        table.register("System.Reflection.RuntimeAssembly::get_code_base") { context, frame in
            let context = NativeContext(context)
            guard let assembly = MonoCorlib.assemblyArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            let escaped = argument(frame, 1, as: UInt8.self) != 0
            let location = MonoCorlib.location(of: assembly)
            guard !location.isEmpty else {
                result(frame, UInt(0))
                return NativeContext.success
            }
            return MonoCorlib.stringResult(frame, MonoCorlib.codeBase(location, escaped: escaped), context)
        }
        // string RuntimeAssembly.InternalImageRuntimeVersion(Assembly a): the metadata root's
        // version string ("v4.0.30319").
        table.register("System.Reflection.RuntimeAssembly::InternalImageRuntimeVersion") { context, frame in
            let context = NativeContext(context)
            guard let assembly = MonoCorlib.assemblyArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            return MonoCorlib.stringResult(frame, assembly.reader.versionString, context)
        }
        // bool RuntimeAssembly.get_global_assembly_cache(): whether its file lies in the GAC.
        table.register("System.Reflection.RuntimeAssembly::get_global_assembly_cache") { context, frame in
            let context = NativeContext(context)
            guard let assembly = MonoCorlib.assemblyArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            let location = MonoCorlib.location(of: assembly)
            result(frame, Int64(location.hasPrefix(AssemblyResolver.gacDirectory + "/") ? 1 : 0))
            return NativeContext.success
        }
        // bool RuntimeAssembly.get_ReflectionOnly(): Ilex has no reflection-only context.
        table.register("System.Reflection.RuntimeAssembly::get_ReflectionOnly") { _, frame in
            result(frame, Int64(0))
            return NativeContext.success
        }
        // bool RuntimeAssembly.GetAotIdInternal(byte[] aotid): no assembly is AOT-compiled here.
        table.register("System.Reflection.RuntimeAssembly::GetAotIdInternal") { _, frame in
            result(frame, Int64(0))
            return NativeContext.success
        }
        // Module RuntimeAssembly.GetManifestModuleInternal() and Module[] GetModulesInternal():
        // the one module.
        table.register("System.Reflection.RuntimeAssembly::GetManifestModuleInternal") { context, frame in
            let context = NativeContext(context)
            guard let assembly = MonoCorlib.assemblyArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            guard let module = MonoCorlib.moduleObject(assembly, context) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, module)
            return NativeContext.success
        }
        table.register("System.Reflection.RuntimeAssembly::GetModulesInternal") { MonoCorlib.getModules(NativeContext($0), $1) }
        // object RuntimeAssembly.GetFilesInternal(string name, bool getResourceModules): with a
        // name, the path of that file of the assembly (or null); without, string[] of the File
        // table's files, in the assembly's folder (the corlib adds the manifest file itself).
        table.register("System.Reflection.RuntimeAssembly::GetFilesInternal") { MonoCorlib.getFiles(NativeContext($0), $1) }
        // Type[] Assembly.GetTypes(bool exportedOnly): every type defined in the assembly (nested
        // ones too, <Module> not), in TypeDef order; exported only: those visible outside.
        table.register("System.Reflection.Assembly::GetTypes") { context, frame in
            let context = NativeContext(context)
            guard let assembly = MonoCorlib.assemblyArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            let exportedOnly = argument(frame, 1, as: UInt8.self) != 0
            return MonoCorlib.typesResult(frame, assembly, exportedOnly: exportedOnly, context)
        }
        table.register("System.RuntimeTypeHandle::internal_from_name") { MonoCorlib.typeFromName(NativeContext($0), $1) }
        // Type Assembly.InternalGetType(Module module, string name, bool throwOnError, bool ignoreCase)
        table.register("System.Reflection.Assembly::InternalGetType") { MonoCorlib.internalGetType(NativeContext($0), $1) }
        // IntPtr Assembly.InternalGetReferencedAssemblies(Assembly a): a GPtrArray of
        // MonoAssemblyName*, one per AssemblyRef row (the corlib frees each, then the array).
        table.register("System.Reflection.Assembly::InternalGetReferencedAssemblies") { MonoCorlib.referencedAssemblies(NativeContext($0), $1) }
        // void RuntimeGPtrArrayHandle.GPtrArrayFree(GPtrArray*): frees the array (its data, then
        // itself) made by makeGPtrArray; the elements belong to the caller.
        table.register("Mono.RuntimeGPtrArrayHandle::GPtrArrayFree") { _, frame in
            guard let array = argument(frame, 0, as: UnsafeMutableRawPointer?.self) else { return NativeContext.success }
            free(array.load(as: UnsafeMutableRawPointer?.self))
            free(array)
            return NativeContext.success
        }
    }

    // MARK: Bodies (out of the registration closures: the compiler's region analysis
    // crashes on some closures nested in @convention(c) ones)

    static func getCallingAssembly(_ context: NativeContext, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        let callers = context.managedFrames().map(\.method)
        guard let executing = callers.first else { return context.throwException("System.InvalidOperationException") }
        let corlib = context.runtime.system.corlib
        let calling = callers.dropFirst().first { method in
            !(method.declaringType.assembly === corlib && method.declaringType.nesting.namespace == "System.Reflection")
        } ?? executing
        guard let assembly = calling.declaringType.assembly ?? executing.declaringType.assembly else { return context.throwException("System.InvalidOperationException") }
        return MonoCorlib.assemblyResult(frame, assembly, context)
    }

    static func getModules(_ context: NativeContext, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        guard let assembly = MonoCorlib.assemblyArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
        guard let moduleType = try? context.runtime.system.corlibType("System.Reflection", "Module"),
              let array = MonoCorlib.makeArray(of: moduleType, count: 1, context, { _ in MonoCorlib.moduleObject(assembly, context) }) else {
            return context.throwException("System.OutOfMemoryException")
        }
        result(frame, array)
        return NativeContext.success
    }

    static func getFiles(_ context: NativeContext, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        guard let assembly = MonoCorlib.assemblyArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
        let name = argument(frame, 1, as: UnsafeRawPointer?.self).map(context.string)
        let withResources = argument(frame, 2, as: UInt8.self) != 0
        let reader = assembly.reader
        let folder = MonoCorlib.directoryName(MonoCorlib.location(of: assembly))
        let files = reader.handles(AssemblyFileHandle.self).map { reader.assemblyFile($0) }
        if let name {
            guard let file = files.first(where: { $0.name == name }) else {
                result(frame, UInt(0))
                return NativeContext.success
            }
            return MonoCorlib.stringResult(frame, folder + "/" + file.name, context)
        }
        let paths = files.filter { withResources || $0.containsMetadata }.map { folder + "/" + $0.name }
        guard let array = MonoCorlib.makeArray(of: context.runtime.system.wellKnown.string, count: paths.count, context, { context.makeString(paths[$0]) }) else {
            return context.throwException("System.OutOfMemoryException")
        }
        result(frame, array)
        return NativeContext.success
    }

    static func referencedAssemblies(_ context: NativeContext, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        guard let assembly = MonoCorlib.assemblyArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
        let reader = assembly.reader
        guard let layout = MonoCorlib.assemblyNameLayout(context) else { return context.throwException("System.TypeLoadException") }
        let names = reader.handles(AssemblyReferenceHandle.self).map { handle -> UnsafeMutableRawPointer in
            let name = layout.allocate()
            layout.fill(name, reference: handle, in: reader)
            return name
        }
        result(frame, MonoCorlib.makeGPtrArray(names))
        return NativeContext.success
    }

    static func internalGetType(_ context: NativeContext, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        guard let object = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.NullReferenceException") }
        let module = argument(frame, 1, as: UnsafeRawPointer?.self)
        guard let nameObject = argument(frame, 2, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException", message: "name") }
        let throwOnError = argument(frame, 3, as: UInt8.self) != 0
        let ignoreCase = argument(frame, 4, as: UInt8.self) != 0
        var assembly = MonoCorlib.loadedAssembly(of: object, context)
        if let module, let impl = try? context.runtime.system.corlibType("System.Reflection", "RuntimeModule").field(named: "_impl"),
           let native = module.load(fromByteOffset: impl.offset, as: UnsafeRawPointer?.self) {
            assembly = MonoCorlib.loadedAssembly(native: native)
        }
        let name = context.string(nameObject)
        switch MonoCorlib.findType(named: name, in: assembly, ignoreCase: ignoreCase, context) {
        case .found(let type):
            guard let typeObject = MonoCorlib.typeObject(type, context) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, typeObject)
        case .notFound:
            if throwOnError {
                return context.throwException("System.TypeLoadException",
                                              message: "Could not load type '\(name)' from assembly '\(assembly.identity)'.")
            }
            result(frame, UInt(0))
        case .failed(let error):
            if throwOnError { return context.throwException("System.TypeLoadException", message: "\(error)") }
            result(frame, UInt(0))
        }
        return NativeContext.success
    }

    static func manifestResourceNames(_ context: NativeContext, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        guard let this = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.NullReferenceException") }
        let reader = MonoCorlib.loadedAssembly(of: this, context).reader
        let names = reader.handles(ManifestResourceHandle.self).map { reader.manifestResource($0).name }
        guard let array = MonoCorlib.makeArray(of: context.runtime.system.wellKnown.string, count: names.count, context, { context.makeString(names[$0]) }) else {
            return context.throwException("System.OutOfMemoryException")
        }
        result(frame, array)
        return NativeContext.success
    }

    static func manifestResource(_ context: NativeContext, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        guard let this = argument(frame, 0, as: UnsafeMutableRawPointer?.self),
              let name = argument(frame, 1, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
        let size = argument(frame, 2, as: UnsafeMutablePointer<Int32>.self)
        let module = argument(frame, 3, as: UnsafeMutableRawPointer.self)
        let assembly = MonoCorlib.loadedAssembly(of: this, context)
        let wanted = context.string(name)
        let reader = assembly.reader
        for handle in reader.handles(ManifestResourceHandle.self) where reader.manifestResource(handle).name == wanted {
            guard let data = try? reader.manifestResourceData(handle) else { continue }
            size.pointee = Int32(data.count)
            context.storeReference(MonoCorlib.moduleObject(assembly, context), at: module)
            result(frame, UInt(bitPattern: data.base))
            return NativeContext.success
        }
        size.pointee = 0
        result(frame, UInt(0))
        return NativeContext.success
    }

    static func nativeName(_ context: NativeContext, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        guard let native = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
        let assembly = MonoCorlib.loadedAssembly(native: native)
        let state = MonoCorlib.domainState(context)
        if let existing = state.nativeNames[ObjectIdentifier(assembly)] {
            result(frame, existing)
            return NativeContext.success
        }
        guard let layout = MonoCorlib.assemblyNameLayout(context) else { return context.throwException("System.TypeLoadException") }
        let name = layout.allocate()
        layout.fill(name, definitionOf: assembly.reader)
        state.nativeNames[ObjectIdentifier(assembly)] = name
        result(frame, name)
        return NativeContext.success
    }

    static func parseAssemblyName(_ context: NativeContext, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        guard let text = argument(frame, 0, as: UnsafePointer<CChar>?.self) else { return context.throwException("System.ArgumentNullException") }
        let name = argument(frame, 1, as: UnsafeMutableRawPointer.self)
        let versionDefined = argument(frame, 2, as: UnsafeMutablePointer<UInt8>.self)
        let tokenDefined = argument(frame, 3, as: UnsafeMutablePointer<UInt8>.self)
        guard let layout = MonoCorlib.assemblyNameLayout(context) else { return context.throwException("System.TypeLoadException") }
        guard let parsed = ParsedAssemblyName(parsing: String(cString: text)) else {
            result(frame, Int64(0))
            return NativeContext.success
        }
        layout.fill(name, parsed: parsed)
        versionDefined.pointee = parsed.versionDefined ? 1 : 0
        tokenDefined.pointee = parsed.tokenDefined ? 1 : 0
        result(frame, Int64(1))
        return NativeContext.success
    }

    static func assemblyNameOfFile(_ context: NativeContext, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        guard let fileObject = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException", message: "assemblyFile") }
        let name = argument(frame, 1, as: UnsafeMutableRawPointer.self)
        let codeBase = argument(frame, 2, as: UnsafeMutableRawPointer.self)
        let path = context.string(fileObject)
        let reader: MetadataReader
        do {
            reader = try MetadataReader(path: path)
        } catch let error as ImageFileError {
            return context.throwException(error.kind == .notFound ? "System.IO.FileNotFoundException" : "System.IO.IOException",
                                          message: error.kind == .notFound ? "Could not find file '\(path)'" : error.reason)
        } catch {
            return context.throwException("System.BadImageFormatException", message: "\(error)")
        }
        guard reader.assembly != nil else { return context.throwException("System.BadImageFormatException", message: "\(path) has no assembly manifest") }
        guard let layout = MonoCorlib.assemblyNameLayout(context) else { return context.throwException("System.TypeLoadException") }
        layout.fill(name, definitionOf: reader)
        context.storeReference(context.makeString(MonoCorlib.codeBase(MonoCorlib.absolutePath(path), escaped: false)), at: codeBase)
        return NativeContext.success
    }

    static func loadAssemblyRaw(_ context: NativeContext, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        guard let raw = argument(frame, 1, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException", message: "rawAssembly") }
        let count = raw.load(fromByteOffset: ObjectLayout.arrayLengthOffset, as: Int.self)
        let bytes = Array(UnsafeRawBufferPointer(start: raw + ObjectLayout.arrayDataOffset, count: count))
        do {
            let assembly = try context.runtime.system.loader.load(bytes: bytes)
            return MonoCorlib.assemblyResult(frame, assembly, context)
        } catch {
            return context.throwException("System.BadImageFormatException", message: "\(error)")
        }
    }

    static func moduleGuid(_ context: NativeContext, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        guard let native = argument(frame, 0, as: UnsafeRawPointer?.self),
              let array = argument(frame, 1, as: UnsafeMutableRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
        let reader = MonoCorlib.loadedAssembly(native: native).reader
        let mvid = reader.guid(reader.module.mvid) ?? [UInt8](repeating: 0, count: 16)
        let count = min(16, array.load(fromByteOffset: ObjectLayout.arrayLengthOffset, as: Int.self))
        for i in 0..<count { array.storeBytes(of: mvid[i], toByteOffset: ObjectLayout.arrayDataOffset + i, as: UInt8.self) }
        return NativeContext.success
    }

    static func peKind(_ context: NativeContext, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        guard let native = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
        let kind = argument(frame, 1, as: UnsafeMutablePointer<Int32>.self)
        let machine = argument(frame, 2, as: UnsafeMutablePointer<Int32>.self)
        let reader = MonoCorlib.loadedAssembly(native: native).reader
        let flags = reader.cliHeader.flags
        var kinds: Int32 = 0
        if flags & CLIHeader.ilOnly != 0 { kinds |= 0x1 }
        if flags & CLIHeader.requires32Bit != 0 { kinds |= flags & CLIHeader.prefers32Bit != 0 ? 0x10 : 0x2 }
        if reader.pe.isPE32Plus { kinds |= 0x4 }
        kind.pointee = kinds
        machine.pointee = Int32(reader.pe.machine)
        return NativeContext.success
    }

    static func resolveStringToken(_ context: NativeContext, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        guard let native = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
        let token = MetadataToken(rawValue: argument(frame, 1, as: UInt32.self))
        let error = argument(frame, 2, as: UnsafeMutablePointer<Int32>.self)
        let reader = MonoCorlib.loadedAssembly(native: native).reader
        guard token.isUserString else {
            error.pointee = 1  // BadTable
            result(frame, UInt(0))
            return NativeContext.success
        }
        guard token.row < reader.userStringHeapSize, let text = try? reader.userString(UserStringHandle(offset: token.row)) else {
            error.pointee = 0  // OutOfRange
            result(frame, UInt(0))
            return NativeContext.success
        }
        guard let string = try? context.runtime.internedString(text) else { return context.throwException("System.OutOfMemoryException") }
        result(frame, string)
        return NativeContext.success
    }

    /// RuntimeType RuntimeTypeHandle.internal_from_name(string name, ref StackCrawlMark mark,
    /// Assembly callerAssembly, bool throwOnError, bool ignoreCase, bool reflectionOnly)
    /// (Type.GetType): an assembly-qualified name in that assembly; otherwise in the calling
    /// assembly (the first caller outside the corlib, unless one is given), then the corlib;
    /// unqualified generic arguments in the same two. When nothing is found, the
    /// AppDomain.TypeResolve handlers may name an assembly to look in. Not found: null, or with
    /// throwOnError mono's TypeLoadException; a malformed name: ArgumentException.
    static func typeFromName(_ context: NativeContext, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        guard let nameObject = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException", message: "typeName") }
        let callerObject = argument(frame, 2, as: UnsafeRawPointer?.self)
        let throwOnError = argument(frame, 3, as: UInt8.self) != 0
        let ignoreCase = argument(frame, 4, as: UInt8.self) != 0
        let name = context.string(nameObject)
        let system = context.runtime.system
        let caller = callerObject.map { loadedAssembly(of: $0, context) }
            ?? context.managedFrames().lazy.compactMap(\.method.declaringType.assembly).first { $0 !== system.corlib }
            ?? system.corlib
        guard let parsed = try? TypeNameParser.parse(name) else {
            if !throwOnError { result(frame, UInt(0)); return NativeContext.success }
            return context.throwException("System.ArgumentException", message: "failed parse: \(name)")
        }
        let searched = caller === system.corlib ? [caller] : [caller, system.corlib]
        var type: RuntimeType?
        do {
            type = try resolve(parsed, defaultAssemblies: searched, argumentAssemblies: searched, ignoreCase: ignoreCase, context)
            if type == nil, parsed.assembly == nil {
                let (provider, status) = assemblyFromTypeResolveEvent(name, context)
                if status != NativeContext.success { return status }
                if let provider {
                    type = try resolve(parsed, defaultAssemblies: [provider], argumentAssemblies: searched, ignoreCase: ignoreCase, context)
                }
            }
        } catch let failure as ManagedExceptionMapping {
            if !throwOnError { result(frame, UInt(0)); return NativeContext.success }
            return context.throwException(failure.managedExceptionType, message: failure.managedMessage)
        } catch {
            if !throwOnError { result(frame, UInt(0)); return NativeContext.success }
            return context.throwException("System.TypeLoadException", message: "\(error)")
        }
        guard let type else {
            if !throwOnError { result(frame, UInt(0)); return NativeContext.success }
            // mono's message: the namespace and name of the outermost type, and the assembly searched.
            let outermost = parsed.path[0]
            let dot = outermost.lastIndex(of: ".")
            let shown = dot.map { String(outermost[..<$0]) + "." + String(outermost[outermost.index(after: $0)...]) } ?? "." + outermost
            var assemblyName = caller.identity.description
            if let qualified = parsed.assembly {
                var identity = AssemblyIdentity(parsing: qualified)
                if identity.version == nil { identity.version = AssemblyVersion(major: 0, minor: 0, build: 0, revision: 0) }
                assemblyName = identity.description
            }
            return context.throwException("System.TypeLoadException", message: "Could not load type '\(shown)' from assembly '\(assemblyName)'.")
        }
        guard let object = typeObject(type, context) else { return context.throwException("System.OutOfMemoryException") }
        result(frame, object)
        return NativeContext.success
    }

    /// AppDomain.TypeResolve for `name` (the corlib's DoTypeResolve runs the handlers): the
    /// assembly a handler returned, or nil, with the handlers' status.
    static func assemblyFromTypeResolveEvent(_ name: String, _ context: NativeContext) -> (LoadedAssembly?, UInt32) {
        let system = context.runtime.system
        guard let domain = state(context.runtime).appDomain,
              let domainType = try? system.corlibType("System", "AppDomain"),
              let field = try? domainType.field(named: "TypeResolve"),
              domain.load(fromByteOffset: field.offset, as: UInt.self) != 0,
              let resolve = try? domainType.methods().first(where: {
                  $0.name == "DoTypeResolve" && ((try? $0.signature().parameterTypes.first) ?? nil) === system.wellKnown.string
              }),
              let text = context.makeString(name) else { return (nil, NativeContext.success) }
        // The name stays reachable from the callee's frame while the handlers run.
        let (status, frame) = context.callReturningFrame(resolve, [UInt64(UInt(bitPattern: domain)), UInt64(UInt(bitPattern: text))])
        guard status == NativeContext.success, let frame, let object = frame.load(as: UnsafeRawPointer?.self),
              context.type(of: object).name == "RuntimeAssembly" else { return (nil, status) }
        return (loadedAssembly(of: object, context), NativeContext.success)
    }

    static func assemblyResult(_ frame: UnsafeMutableRawPointer, _ assembly: LoadedAssembly, _ context: NativeContext) -> UInt32 {
        guard let object = assemblyObject(assembly, context) else { return context.throwException("System.OutOfMemoryException") }
        result(frame, object)
        return NativeContext.success
    }

    /// A GPtrArray (Mono.RuntimeStructs.GPtrArray: `{ IntPtr* data; int len; }`) in malloc'd
    /// memory holding `items`, as the corlib's SafeGPtrArrayHandle reads and frees it
    /// (RuntimeGPtrArrayHandle.GPtrArrayFree frees both blocks).
    static func makeGPtrArray(_ items: [UnsafeMutableRawPointer?]) -> UnsafeMutableRawPointer {
        let array = malloc(16)!
        let data = malloc(max(1, items.count) * 8)!
        for (i, item) in items.enumerated() { data.storeBytes(of: item, toByteOffset: 8 * i, as: UnsafeMutableRawPointer?.self) }
        array.storeBytes(of: data, as: UnsafeMutableRawPointer.self)
        array.storeBytes(of: Int32(items.count), toByteOffset: 8, as: Int32.self)
        return array
    }

    /// The definition types of an assembly in TypeDef order, without <Module>; `exportedOnly`
    /// keeps public ones and nested public ones whose enclosing types are all visible.
    static func definedTypes(_ assembly: LoadedAssembly, exportedOnly: Bool, _ context: NativeContext) -> [RuntimeType] {
        let reader = assembly.reader
        func visible(_ handle: TypeDefinitionHandle, depth: Int = 0) -> Bool {
            let row = reader.typeDefinition(handle)
            switch row.attributes & 0x7 {
            case 1: return true  // public
            case 2: return depth < 64 && row.declaringType.map { visible($0, depth: depth + 1) } ?? false  // nested public
            default: return false
            }
        }
        return reader.typeDefinitions.filter { $0.row > 1 && (!exportedOnly || visible($0)) }
            .map { context.runtime.system.definitionType($0, in: assembly) }
    }

    static func typesResult(_ frame: UnsafeMutableRawPointer, _ assembly: LoadedAssembly, exportedOnly: Bool, _ context: NativeContext) -> UInt32 {
        let types = definedTypes(assembly, exportedOnly: exportedOnly, context)
        guard let typeType = try? context.runtime.system.corlibType("System", "Type") else { return context.throwException("System.TypeLoadException") }
        var failure: RuntimeType?
        let array = makeArray(of: typeType, count: types.count, context) { i in
            let object = typeObject(types[i], context)
            if object == nil { failure = types[i] }
            return object
        }
        if let failure {
            return context.throwException("System.Reflection.ReflectionTypeLoadException", message: "The type \(failure) cannot be loaded.")
        }
        guard let array else { return context.throwException("System.OutOfMemoryException") }
        result(frame, array)
        return NativeContext.success
    }

    enum TypeLookup { case found(RuntimeType), notFound, failed(Error) }

    /// Assembly.GetType's search: a reflection type name (`N.Outer+Inner`, generic arguments in
    /// brackets, optionally `[Arg, Assembly]`-qualified, array/pointer/byref suffixes) whose
    /// top-level type is defined in (or forwarded by) `assembly`; unqualified generic
    /// arguments are looked for there too (mono finds no System.Int32 in a program's assembly).
    static func findType(named name: String, in assembly: LoadedAssembly, ignoreCase: Bool, _ context: NativeContext) -> TypeLookup {
        guard let parsed = try? TypeNameParser.parse(name), parsed.assembly == nil else { return .notFound }
        do {
            guard let type = try resolve(parsed, defaultAssemblies: [assembly], ignoreCase: ignoreCase, context) else { return .notFound }
            return .found(type)
        } catch {
            return .failed(error)
        }
    }

    /// The type `name` denotes: its top-level type looked for in `assemblies` (or in the
    /// assembly it names, bound as Assembly.Load binds), its unqualified generic arguments in
    /// `argumentAssemblies`; nil when something is not found.
    static func resolve(_ name: TypeNameParser.Name, defaultAssemblies: [LoadedAssembly], argumentAssemblies: [LoadedAssembly]? = nil,
                        ignoreCase: Bool, _ context: NativeContext) throws -> RuntimeType? {
        let system = context.runtime.system
        var assemblies = defaultAssemblies
        if let qualified = name.assembly {
            // The AssemblyResolve handlers see the name as mono prints a parsed one (version 0.0.0.0 when none).
            var identity = AssemblyIdentity(parsing: qualified)
            if identity.version == nil { identity.version = AssemblyVersion(major: 0, minor: 0, build: 0, revision: 0) }
            guard let loaded = loadByName(qualified, context, eventName: identity.description).0 else { return nil }
            assemblies = [loaded]
        }
        var found: RuntimeType?
        for assembly in assemblies {
            if let handle = findDefinition(name.path, in: assembly, ignoreCase: ignoreCase, context) {
                found = system.definitionType(handle.1, in: handle.0)
                break
            }
        }
        guard var type = found else { return nil }
        if !name.arguments.isEmpty {
            var arguments: [RuntimeType] = []
            for argument in name.arguments {
                let inner = argumentAssemblies ?? defaultAssemblies
                guard let resolved = try resolve(argument, defaultAssemblies: inner, argumentAssemblies: inner, ignoreCase: ignoreCase, context) else { return nil }
                arguments.append(resolved)
            }
            guard type.isGenericTypeDefinition, type.typeArguments.count == arguments.count else { return nil }
            type = try system.instantiate(type, with: arguments)
        }
        for suffix in name.suffixes {
            switch suffix {
            case .szArray: type = try system.szArray(of: type)
            case .array(let rank): type = try system.array(of: type, rank: rank)
            case .pointer: type = system.pointer(to: type)
            case .byReference: type = try system.byReference(to: type)
            }
        }
        return type
    }

    /// The definition `path` (namespace-qualified outermost name, then nested names) names in
    /// `assembly`, following type forwarders.
    static func findDefinition(_ path: [String], in assembly: LoadedAssembly, ignoreCase: Bool,
                               _ context: NativeContext) -> (LoadedAssembly, TypeDefinitionHandle)? {
        let outermost = path[0]
        var found: (LoadedAssembly, TypeDefinitionHandle)?
        if !ignoreCase {
            let dot = outermost.lastIndex(of: ".")
            let namespace = dot.map { String(outermost[..<$0]) } ?? ""
            let simple = dot.map { String(outermost[outermost.index(after: $0)...]) } ?? outermost
            found = try? context.runtime.system.loader.findType(namespace: namespace, name: simple, in: assembly)
        } else {
            let wanted = outermost.lowercased()
            let reader = assembly.reader
            for handle in reader.typeDefinitions {
                let row = reader.typeDefinition(handle)
                guard !row.isNested else { continue }
                let full = row.namespace.isEmpty ? row.name : row.namespace + "." + row.name
                if full.lowercased() == wanted { found = (assembly, handle); break }
            }
        }
        guard let (owner, outer) = found else { return nil }
        var handle = outer
        let reader = owner.reader
        for nested in path.dropFirst() {
            guard let inner = reader.typeDefinition(handle).nestedTypes.first(where: {
                let candidate = reader.typeDefinition($0).name
                return ignoreCase ? candidate.lowercased() == nested.lowercased() : candidate == nested
            }) else { return nil }
            handle = inner
        }
        return (owner, handle)
    }

    // MARK: Loading

    static func registerAssemblyLoading(_ table: NativeMethodTable) {
        // Assembly AppDomain.LoadAssembly(string assemblyRef, Evidence e, bool refOnly, ref StackCrawlMark m):
        // the assembly the display name names, or null (the corlib then throws
        // FileNotFoundException). As mono: an assembly already loaded under the simple name; a
        // strong name (with a public key token) through the whole search order up to the GAC; a
        // partial name only in the program's folder and the extra folders (not Mono's own);
        // failing that, the AssemblyResolve event.
        table.register("System.AppDomain::LoadAssembly") { context, frame in
            let context = NativeContext(context)
            guard let nameObject = argument(frame, 1, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException", message: "assemblyRef") }
            let name = context.string(nameObject)
            let (assembly, status) = MonoCorlib.loadByName(name, context)
            guard let assembly else {
                result(frame, UInt(0))
                return status
            }
            return MonoCorlib.assemblyResult(frame, assembly, context)
        }
        // Assembly Assembly.load_with_partial_name(string name, Evidence e): the same search, null if none.
        table.register("System.Reflection.Assembly::load_with_partial_name") { context, frame in
            let context = NativeContext(context)
            guard let nameObject = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException", message: "partialName") }
            let (assembly, status) = MonoCorlib.loadByName(context.string(nameObject), context)
            guard let assembly else {
                result(frame, UInt(0))
                return status
            }
            return MonoCorlib.assemblyResult(frame, assembly, context)
        }
        // Assembly Assembly.LoadFrom(string assemblyFile, bool refOnly, ref StackCrawlMark m) and
        // LoadFile_internal(string assemblyFile, ref StackCrawlMark m): the assembly in that file
        // (the one already loaded under its simple name, if any, as Ilex binds by simple name).
        table.register("System.Reflection.Assembly::LoadFrom") { context, frame in
            let context = NativeContext(context)
            return MonoCorlib.loadFromFile(frame, argument(frame, 0, as: UnsafeRawPointer?.self), context)
        }
        table.register("System.Reflection.Assembly::LoadFile_internal") { context, frame in
            let context = NativeContext(context)
            return MonoCorlib.loadFromFile(frame, argument(frame, 0, as: UnsafeRawPointer?.self), context)
        }
        // Assembly AppDomain.LoadAssemblyRaw(byte[] raw, byte[] symbols, Evidence e, bool refOnly)
        table.register("System.AppDomain::LoadAssemblyRaw") { MonoCorlib.loadAssemblyRaw(NativeContext($0), $1) }
        // void Assembly.InternalGetAssemblyName(string assemblyFile, out MonoAssemblyName aname, out string codebase):
        // the name of the assembly in a file, without loading it.
        table.register("System.Reflection.Assembly::InternalGetAssemblyName") { MonoCorlib.assemblyNameOfFile(NativeContext($0), $1) }
    }

    /// Assembly.Load's binding by display name (see AppDomain.LoadAssembly above); nil when
    /// nothing provides it, with the status of the AssemblyResolve handlers (an exception they
    /// threw propagates).
    static func loadByName(_ text: String, _ context: NativeContext, eventName: String? = nil) -> (LoadedAssembly?, UInt32) {
        let loader = context.runtime.system.loader
        let identity = AssemblyIdentity(parsing: text)
        guard !identity.name.isEmpty else { return (nil, NativeContext.success) }
        if let loaded = loader.loaded(named: identity.name) { return (loaded, NativeContext.success) }
        let monoFolders = [AssemblyResolver.monoDirectory, AssemblyResolver.monoDirectory + "/Facades"]
        let resolver = identity.publicKeyToken != nil ? loader.resolver
            : AssemblyResolver(directories: loader.resolver.directories.filter { !monoFolders.contains($0) }, gacDirectory: nil)
        if case .success(let path) = resolver.locate(identity), let loaded = try? loader.load(path: path) { return (loaded, NativeContext.success) }
        return assemblyFromResolveEvent(eventName ?? text, requesting: nil, context)
    }

    static func loadFromFile(_ frame: UnsafeMutableRawPointer, _ fileObject: UnsafeRawPointer?, _ context: NativeContext) -> UInt32 {
        guard let fileObject else { return context.throwException("System.ArgumentNullException", message: "assemblyFile") }
        let path = context.string(fileObject)
        do {
            let assembly = try context.runtime.system.loader.load(path: realPath(path))
            return assemblyResult(frame, assembly, context)
        } catch let error as ImageFileError {
            // mono's message for a file it cannot open as an image.
            return context.throwException(error.kind == .notFound ? "System.IO.FileNotFoundException" : "System.IO.FileLoadException",
                                          message: error.kind == .notFound ? "Invalid Image" : error.reason)
        } catch {
            return context.throwException("System.BadImageFormatException", message: "\(error)")
        }
    }

    // MARK: Manifest resources

    static func registerManifestResources(_ table: NativeMethodTable) {
        // IntPtr RuntimeAssembly.GetManifestResourceInternal(string name, out int size, out Module module):
        // the bytes of an embedded resource inside the mapped image, or zero.
        table.register("System.Reflection.RuntimeAssembly::GetManifestResourceInternal") { MonoCorlib.manifestResource(NativeContext($0), $1) }
        // bool RuntimeAssembly.GetManifestResourceInfoInternal(string name, ManifestResourceInfo info):
        // where a resource lives: embedded in the manifest file (Embedded | ContainedInManifestFile),
        // in another file of the assembly (its FileName; Embedded unless the file has no
        // metadata), or in another assembly (ReferencedAssembly, ContainedInAnotherAssembly, and
        // what that assembly says). False when there is no such resource.
        table.register("System.Reflection.RuntimeAssembly::GetManifestResourceInfoInternal") { context, frame in
            let context = NativeContext(context)
            guard let this = argument(frame, 0, as: UnsafeRawPointer?.self),
                  let name = argument(frame, 1, as: UnsafeRawPointer?.self),
                  let info = argument(frame, 2, as: UnsafeMutableRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            switch MonoCorlib.fillResourceInfo(MonoCorlib.loadedAssembly(of: this, context), context.string(name), info, context, depth: 0) {
            case .some(let found): result(frame, Int64(found ? 1 : 0))
            case .none: return ExecutionStatus.exception.rawValue
            }
            return NativeContext.success
        }
        // string[] RuntimeAssembly.GetManifestResourceNames()
        table.register("System.Reflection.RuntimeAssembly::GetManifestResourceNames") { MonoCorlib.manifestResourceNames(NativeContext($0), $1) }
    }

    /// Fills a ManifestResourceInfo; nil when an exception is pending.
    static func fillResourceInfo(_ assembly: LoadedAssembly, _ name: String, _ info: UnsafeMutableRawPointer,
                                 _ context: NativeContext, depth: Int) -> Bool? {
        let reader = assembly.reader
        guard let handle = reader.handles(ManifestResourceHandle.self).first(where: { reader.manifestResource($0).name == name }) else { return false }
        guard let infoType = try? context.runtime.system.corlibType("System.Reflection", "ManifestResourceInfo"),
              let assemblyField = try? infoType.field(named: "<ReferencedAssembly>k__BackingField"),
              let fileField = try? infoType.field(named: "<FileName>k__BackingField"),
              let locationField = try? infoType.field(named: "<ResourceLocation>k__BackingField") else { return false }
        let (embedded, inAnotherAssembly, inManifest): (Int32, Int32, Int32) = (1, 2, 4)
        let location = info + locationField.offset
        let implementation = reader.manifestResource(handle).implementation
        if implementation.isNil {
            location.storeBytes(of: embedded | inManifest, as: Int32.self)
            return true
        }
        switch implementation.table {
        case .file:
            let file = reader.assemblyFile(AssemblyFileHandle(row: implementation.row))
            context.storeReference(context.makeString(file.name), at: info + fileField.offset)
            location.storeBytes(of: file.containsMetadata ? embedded : 0, as: Int32.self)
            return true
        case .assemblyRef:
            guard depth < 16 else { return false }
            let referenced: LoadedAssembly
            do {
                referenced = try context.runtime.system.loader.load(reference: AssemblyReferenceHandle(row: implementation.row), from: assembly)
            } catch {
                _ = context.throwException("System.IO.FileNotFoundException", message: "\(error)")
                return nil
            }
            context.storeReference(assemblyObject(referenced, context), at: info + assemblyField.offset)
            guard let found = fillResourceInfo(referenced, name, info, context, depth: depth + 1) else { return nil }
            location.storeBytes(of: location.load(as: Int32.self) | inAnotherAssembly, as: Int32.self)
            return found
        default:
            return false
        }
    }

    // MARK: Assembly names (Mono.MonoAssemblyName)

    static func registerAssemblyNames(_ table: NativeMethodTable) {
        // MonoAssemblyName* AssemblyName.GetNativeName(IntPtr assembly): the assembly's own name,
        // made once and kept (the corlib never frees it).
        table.register("System.Reflection.AssemblyName::GetNativeName") { MonoCorlib.nativeName(NativeContext($0), $1) }
        // bool AssemblyName.ParseAssemblyName(IntPtr utf8Name, out MonoAssemblyName aname,
        // out bool isVersionDefined, out bool isTokenDefined): mono's parse of a display name.
        table.register("System.Reflection.AssemblyName::ParseAssemblyName") { MonoCorlib.parseAssemblyName(NativeContext($0), $1) }
        // void AssemblyName.get_public_token(byte* token, byte* pubkey, int len): the 8-byte
        // token of a public key (the last 8 bytes of its SHA-1, reversed).
        table.register("System.Reflection.AssemblyName::get_public_token") { _, frame in
            let token = argument(frame, 0, as: UnsafeMutablePointer<UInt8>.self)
            let key = argument(frame, 1, as: UnsafePointer<UInt8>.self)
            let count = Int(argument(frame, 2, as: Int32.self))
            let digest = IlexMetadata.publicKeyToken(of: ByteView(base: UnsafeRawPointer(key), count: max(0, count)))
            for (i, byte) in digest.enumerated() { token[i] = byte }
            return NativeContext.success
        }
        // void RuntimeMarshal.FreeAssemblyName(ref MonoAssemblyName name, bool freeStruct): frees
        // the strings and key a parse or a referenced-assembly query allocated.
        table.register("Mono.RuntimeMarshal::FreeAssemblyName") { context, frame in
            let context = NativeContext(context)
            let name = argument(frame, 0, as: UnsafeMutableRawPointer.self)
            let freeStruct = argument(frame, 1, as: UInt8.self) != 0
            guard let layout = MonoCorlib.assemblyNameLayout(context) else { return context.throwException("System.TypeLoadException") }
            layout.release(name)
            if freeStruct { free(name) }
            return NativeContext.success
        }
    }

    /// Where Mono.MonoAssemblyName keeps each field (read from the corlib's own layout).
    struct AssemblyNameLayout {
        let size: Int
        let name, culture, hashValue, publicKey, publicKeyToken, hashAlgorithm, hashLength, flags: Int
        let major, minor, build, revision, architecture: Int

        func allocate() -> UnsafeMutableRawPointer {
            let memory = malloc(size)!
            memset(memory, 0, size)
            return memory
        }

        /// Frees what `fill` allocated (mono's mono_assembly_name_free: name, culture, hash, key).
        func release(_ target: UnsafeMutableRawPointer) {
            for offset in [name, culture, hashValue, publicKey] {
                free(target.load(fromByteOffset: offset, as: UnsafeMutableRawPointer?.self))
                target.storeBytes(of: nil, toByteOffset: offset, as: UnsafeMutableRawPointer?.self)
            }
        }

        private func setString(_ target: UnsafeMutableRawPointer, _ offset: Int, _ text: String?) {
            guard let text else { return }
            target.storeBytes(of: UnsafeMutableRawPointer(strdup(text)), toByteOffset: offset, as: UnsafeMutableRawPointer?.self)
        }

        /// A malloc'd blob: the compressed length (II.23.2), then the bytes (RuntimeMarshal.DecodeBlobArray reads it).
        private func setBlob(_ target: UnsafeMutableRawPointer, _ offset: Int, _ bytes: [UInt8]?) {
            guard let bytes, !bytes.isEmpty else { return }
            let n = bytes.count
            let prefix: [UInt8] = n < 0x80 ? [UInt8(n)]
                : n < 0x4000 ? [UInt8(0x80 | (n >> 8)), UInt8(n & 0xFF)]
                : [UInt8(0xC0 | ((n >> 24) & 0x1F)), UInt8((n >> 16) & 0xFF), UInt8((n >> 8) & 0xFF), UInt8(n & 0xFF)]
            let blob = prefix + bytes
            let memory = malloc(blob.count)!
            blob.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress!, byteCount: blob.count) }
            target.storeBytes(of: memory, toByteOffset: offset, as: UnsafeMutableRawPointer?.self)
        }

        private func setToken(_ target: UnsafeMutableRawPointer, _ token: [UInt8]?) {
            guard let token, token.count == 8 else { return }
            setToken(target, token.map(hexByte).joined())
        }

        /// The token field: 16 characters (lowercase hex digits) and a NUL.
        private func setToken(_ target: UnsafeMutableRawPointer, _ text: String?) {
            guard let text else { return }
            for (i, c) in text.utf8.prefix(16).enumerated() { target.storeBytes(of: c, toByteOffset: publicKeyToken + i, as: UInt8.self) }
            target.storeBytes(of: UInt8(0), toByteOffset: publicKeyToken + 16, as: UInt8.self)
        }

        private func setVersion(_ target: UnsafeMutableRawPointer, _ v: AssemblyVersion) {
            target.storeBytes(of: v.major, toByteOffset: major, as: UInt16.self)
            target.storeBytes(of: v.minor, toByteOffset: minor, as: UInt16.self)
            target.storeBytes(of: v.build, toByteOffset: build, as: UInt16.self)
            target.storeBytes(of: v.revision, toByteOffset: revision, as: UInt16.self)
        }

        /// An assembly's own name, as mono fills it: culture "" when neutral, the public key,
        /// the Assembly row's flags and hash algorithm, the architecture the PE header implies.
        func fill(_ target: UnsafeMutableRawPointer, definitionOf reader: MetadataReader) {
            memset(target, 0, size)
            guard let row = reader.assembly else { return }
            setString(target, name, row.name)
            setString(target, culture, row.culture)
            let key = reader.blob(row.publicKey)
            setBlob(target, publicKey, key.count > 0 ? Array(key.bytes) : nil)
            setToken(target, reader.assemblyPublicKeyToken)
            target.storeBytes(of: row.hashAlgorithm, toByteOffset: hashAlgorithm, as: UInt32.self)
            target.storeBytes(of: row.flags, toByteOffset: flags, as: UInt32.self)
            setVersion(target, row.version)
            target.storeBytes(of: MonoCorlib.processorArchitecture(reader), toByteOffset: architecture, as: UInt16.self)
        }

        /// A referenced assembly's name: its AssemblyRef row (a full key is hashed to its token;
        /// the hash algorithm is SHA-1 and the architecture none, as mono reports them).
        func fill(_ target: UnsafeMutableRawPointer, reference handle: AssemblyReferenceHandle, in reader: MetadataReader) {
            memset(target, 0, size)
            let row = reader.assemblyReference(handle)
            setString(target, name, row.name)
            setString(target, culture, row.culture)
            if row.flags & 0x1 != 0 {
                let key = reader.blob(row.publicKeyOrToken)
                setBlob(target, publicKey, key.count > 0 ? Array(key.bytes) : nil)
            }
            setToken(target, (try? reader.publicKeyToken(handle)) ?? nil)
            let hash = reader.blob(row.hashValue)
            if hash.count > 0 {
                let memory = malloc(hash.count)!
                memory.copyMemory(from: hash.base, byteCount: hash.count)
                target.storeBytes(of: memory, toByteOffset: hashValue, as: UnsafeMutableRawPointer?.self)
                target.storeBytes(of: UInt32(hash.count), toByteOffset: hashLength, as: UInt32.self)
            }
            target.storeBytes(of: UInt32(0x8004), toByteOffset: hashAlgorithm, as: UInt32.self)
            target.storeBytes(of: row.flags, toByteOffset: flags, as: UInt32.self)
            setVersion(target, row.version)
        }

        func fill(_ target: UnsafeMutableRawPointer, parsed: ParsedAssemblyName) {
            memset(target, 0, size)
            setString(target, name, parsed.name)
            setString(target, culture, parsed.culture)
            setBlob(target, publicKey, parsed.publicKey)
            setToken(target, parsed.publicKeyToken)
            target.storeBytes(of: parsed.flags, toByteOffset: flags, as: UInt32.self)
            target.storeBytes(of: parsed.architecture, toByteOffset: architecture, as: UInt16.self)
            setVersion(target, parsed.version)
        }
    }

    static func assemblyNameLayout(_ context: NativeContext) -> AssemblyNameLayout? {
        let state = domainState(context)
        if let layout = state.assemblyNameLayout { return layout }
        guard let type = try? context.runtime.system.corlibType("Mono", "MonoAssemblyName"),
              let size = try? type.storageSize().size else { return nil }
        func offset(_ field: String) -> Int? { ((try? type.field(named: field)) ?? nil)?.offset }
        guard let name = offset("name"), let culture = offset("culture"), let hashValue = offset("hash_value"),
              let publicKey = offset("public_key"), let token = offset("public_key_token"), let hashAlgorithm = offset("hash_alg"),
              let hashLength = offset("hash_len"), let flags = offset("flags"), let major = offset("major"),
              let minor = offset("minor"), let build = offset("build"), let revision = offset("revision"),
              let architecture = offset("arch") else { return nil }
        let layout = AssemblyNameLayout(size: size, name: name, culture: culture, hashValue: hashValue, publicKey: publicKey,
                                        publicKeyToken: token, hashAlgorithm: hashAlgorithm, hashLength: hashLength, flags: flags,
                                        major: major, minor: minor, build: build, revision: revision, architecture: architecture)
        state.assemblyNameLayout = layout
        return layout
    }

    /// System.Reflection.ProcessorArchitecture of an image as mono derives it: MSIL for IL-only
    /// images that run anywhere, X86 when 32-bit is required, AMD64/IA64/ARM by the PE machine of
    /// a PE32+ image.
    static func processorArchitecture(_ reader: MetadataReader) -> UInt16 {
        let (msil, x86, ia64, amd64, arm): (UInt16, UInt16, UInt16, UInt16, UInt16) = (1, 2, 3, 4, 5)
        let flags = reader.cliHeader.flags
        switch reader.pe.machine {
        case 0x8664: return amd64
        case 0x200: return ia64
        case 0x1c0, 0x1c4, 0xaa64: return arm
        default:
            if flags & CLIHeader.requires32Bit != 0 { return x86 }
            return flags & CLIHeader.ilOnly != 0 ? msil : x86
        }
    }

    // MARK: Modules

    static func registerModules(_ table: NativeMethodTable) {
        // void RuntimeModule.GetGuidInternal(IntPtr module, byte[] guid): the MVID.
        table.register("System.Reflection.RuntimeModule::GetGuidInternal") { MonoCorlib.moduleGuid(NativeContext($0), $1) }
        // int RuntimeModule.get_MetadataToken(Module m): the Module row's token.
        table.register("System.Reflection.RuntimeModule::get_MetadataToken") { _, frame in
            result(frame, Int64(0x0000_0001))
            return NativeContext.success
        }
        // int RuntimeModule.GetMDStreamVersion(IntPtr module): the metadata root's major.minor
        // version as major << 16 | minor (mono answers 0x10001 for 1.1).
        table.register("System.Reflection.RuntimeModule::GetMDStreamVersion") { context, frame in
            let context = NativeContext(context)
            guard let native = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let metadata = MonoCorlib.loadedAssembly(native: native).reader.metadata
            let major = Int64((try? metadata.u16(4)) ?? 0), minor = Int64((try? metadata.u16(6)) ?? 0)
            result(frame, major << 16 | minor)
            return NativeContext.success
        }
        // Type[] RuntimeModule.InternalGetTypes(IntPtr module): all types of the module.
        table.register("System.Reflection.RuntimeModule::InternalGetTypes") { context, frame in
            let context = NativeContext(context)
            guard let native = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            return MonoCorlib.typesResult(frame, MonoCorlib.loadedAssembly(native: native), exportedOnly: false, context)
        }
        // Type RuntimeModule.GetGlobalType(IntPtr module): <Module>, the type of global members.
        table.register("System.Reflection.RuntimeModule::GetGlobalType") { context, frame in
            let context = NativeContext(context)
            guard let native = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let assembly = MonoCorlib.loadedAssembly(native: native)
            guard assembly.reader.rowCount(.typeDef) > 0 else {
                result(frame, UInt(0))
                return NativeContext.success
            }
            let type = context.runtime.system.definitionType(TypeDefinitionHandle(row: 1), in: assembly)
            guard let object = MonoCorlib.typeObject(type, context) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, object)
            return NativeContext.success
        }
        // void RuntimeModule.GetPEKind(IntPtr module, out PortableExecutableKinds kind, out ImageFileMachine machine):
        // the CLI header's flags (ILOnly, Required32Bit, Preferred32Bit), PE32Plus from the
        // optional header, and the PE machine.
        table.register("System.Reflection.RuntimeModule::GetPEKind") { MonoCorlib.peKind(NativeContext($0), $1) }
        // IntPtr RuntimeModule.ResolveTypeToken(IntPtr module, int token, IntPtr[] typeArgs,
        // IntPtr[] methodArgs, out ResolveTokenError error): the MethodTable (a RuntimeTypeHandle's
        // value) of a TypeDef, TypeRef or TypeSpec token, in the generic context given.
        table.register("System.Reflection.RuntimeModule::ResolveTypeToken") { context, frame in
            let context = NativeContext(context)
            return MonoCorlib.resolveToken(frame, context, tables: [.typeDef, .typeRef, .typeSpec]) { token, assembly, generic in
                try UInt(bitPattern: context.runtime.system.type(token, in: assembly, context: generic).methodTable().raw)
            }
        }
        // IntPtr RuntimeModule.ResolveMethodToken(…): the method descriptor (a RuntimeMethodHandle's
        // value) of a MethodDef, MemberRef or MethodSpec token.
        table.register("System.Reflection.RuntimeModule::ResolveMethodToken") { context, frame in
            let context = NativeContext(context)
            return MonoCorlib.resolveToken(frame, context, tables: [.methodDef, .memberRef, .methodSpec]) { token, assembly, generic in
                UInt(bitPattern: try context.runtime.system.method(token, in: assembly, context: generic).descriptor)
            }
        }
        // IntPtr RuntimeModule.ResolveFieldToken(…): the field's handle block (a
        // RuntimeFieldHandle's value) of a Field or MemberRef token.
        table.register("System.Reflection.RuntimeModule::ResolveFieldToken") { context, frame in
            let context = NativeContext(context)
            return MonoCorlib.resolveToken(frame, context, tables: [.field, .memberRef]) { token, assembly, generic in
                UInt(bitPattern: try context.runtime.system.field(token, in: assembly, context: generic).handleBlock)
            }
        }
        // byte[] RuntimeModule.ResolveSignature(IntPtr module, int token, out ResolveTokenError error):
        // a StandAloneSig row's signature blob; any other token is out of range, as mono answers.
        table.register("System.Reflection.RuntimeModule::ResolveSignature") { MonoCorlib.resolveSignature(NativeContext($0), $1) }
        // bool Evidence.IsAuthenticodePresent(Assembly a): whether the image has a certificate
        // table (PE data directory 4), as mono checks it.
        table.register("System.Security.Policy.Evidence::IsAuthenticodePresent") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let directories = MonoCorlib.loadedAssembly(of: object, context).reader.pe.dataDirectories
            result(frame, Int64(directories.count > 4 && directories[4].size > 0 ? 1 : 0))
            return NativeContext.success
        }
        // bool RuntimeAssembly.LoadPermissions(Assembly a, out IntPtr minimum, out int minLength,
        // out IntPtr optional, out int optLength, out IntPtr refused, out int refLength): the
        // assembly's permission requests (DeclSecurity rows on the Assembly row, actions
        // RequestMinimum 8, RequestOptional 9, RequestRefuse 10) as pointers to their blobs.
        table.register("System.Reflection.RuntimeAssembly::LoadPermissions") { MonoCorlib.loadPermissions(NativeContext($0), $1) }
        // void Context.RegisterContext(Context) / ReleaseContext(Context): mono gives each context
        // a slot for its context-static data; Ilex keeps [ContextStatic] fields per thread (the
        // one context), so there is nothing to register.
        for name in ["RegisterContext", "ReleaseContext"] {
            table.register("System.Runtime.Remoting.Contexts.Context::" + name) { _, _ in NativeContext.success }
        }
        // string RuntimeModule.ResolveStringToken(IntPtr module, int token, out ResolveTokenError error)
        table.register("System.Reflection.RuntimeModule::ResolveStringToken") { MonoCorlib.resolveStringToken(NativeContext($0), $1) }
    }

    static func resolveSignature(_ context: NativeContext, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        guard let native = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
        let token = MetadataToken(rawValue: argument(frame, 1, as: UInt32.self))
        let error = argument(frame, 2, as: UnsafeMutablePointer<Int32>.self)
        let reader = loadedAssembly(native: native).reader
        guard token.table == .standAloneSig, token.row >= 1, token.row <= reader.rowCount(.standAloneSig) else {
            error.pointee = 0
            result(frame, UInt(0))
            return NativeContext.success
        }
        let blob = reader.blob(reader.standaloneSignature(StandaloneSignatureHandle(row: token.row)).signature)
        guard let array = context.allocateVector(of: context.runtime.system.wellKnown.primitives[.uint8]!, count: blob.count) else {
            return context.throwException("System.OutOfMemoryException")
        }
        (array + ObjectLayout.arrayDataOffset).copyMemory(from: blob.base, byteCount: blob.count)
        result(frame, array)
        return NativeContext.success
    }

    static func loadPermissions(_ context: NativeContext, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        guard let object = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
        let reader = loadedAssembly(of: object, context).reader
        var found = false
        for handle in reader.handles(DeclarativeSecurityHandle.self) {
            let row = reader.declarativeSecurity(handle)
            guard row.parent.table == .assembly, (8...10).contains(row.action) else { continue }
            let blob = reader.blob(row.permissionSet)
            let slot = 1 + 2 * Int(row.action - 8)  // (pointer, length) argument pairs after the assembly
            argument(frame, slot, as: UnsafeMutablePointer<UnsafeRawPointer?>.self).pointee = blob.base
            argument(frame, slot + 1, as: UnsafeMutablePointer<Int32>.self).pointee = Int32(blob.count)
            found = true
        }
        result(frame, Int64(found ? 1 : 0))
        return NativeContext.success
    }

    /// The shared part of the Resolve*Token calls: the token's table must be one of `tables`
    /// (else BadTable), its row must exist (else OutOfRange); a resolution failure raises the
    /// loader's exception.
    static func resolveToken(_ frame: UnsafeMutableRawPointer, _ context: NativeContext, tables: [TableIndex],
                             _ resolve: (MetadataToken, LoadedAssembly, GenericContext) throws -> UInt) -> UInt32 {
        guard let native = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
        let token = MetadataToken(rawValue: argument(frame, 1, as: UInt32.self))
        let typeArguments = typeList(argument(frame, 2, as: UnsafeRawPointer?.self))
        let methodArguments = typeList(argument(frame, 3, as: UnsafeRawPointer?.self))
        let error = argument(frame, 4, as: UnsafeMutablePointer<Int32>.self)
        let assembly = loadedAssembly(native: native)
        guard let table = token.table, tables.contains(table) else {
            error.pointee = 1
            result(frame, UInt(0))
            return NativeContext.success
        }
        guard token.row >= 1, token.row <= assembly.reader.rowCount(table) else {
            error.pointee = 0
            result(frame, UInt(0))
            return NativeContext.success
        }
        do {
            result(frame, try resolve(token, assembly, GenericContext(typeArguments: typeArguments, methodArguments: methodArguments)))
            return NativeContext.success
        } catch let failure as ManagedExceptionMapping {
            return context.throwException(failure.managedExceptionType, message: failure.managedMessage)
        } catch {
            return context.throwException("System.TypeLoadException", message: "\(error)")
        }
    }

    /// The types of an IntPtr[] of MethodTables (RuntimeModule.ptrs_from_types), or none.
    static func typeList(_ array: UnsafeRawPointer?) -> [RuntimeType] {
        guard let array else { return [] }
        let count = array.load(fromByteOffset: ObjectLayout.arrayLengthOffset, as: Int.self)
        return (0..<count).compactMap { i in
            array.load(fromByteOffset: ObjectLayout.arrayDataOffset + 8 * i, as: UnsafeMutableRawPointer?.self).map { MethodTable($0).runtimeType }
        }
    }
}

func hexByte(_ byte: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
}

extension String {
    func leftPadded(_ width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

/// An assembly display name parsed as mono 6.8 parses one (AssemblyName's constructor, through
/// ParseAssemblyName): a simple name without `/ : \`, then at most five `Key=Value` parts,
/// keys case-insensitive, values trimmed and optionally quoted. Version needs two to four
/// numbers (missing ones are 0, each kept to 16 bits, trailing text ignored); Culture
/// "neutral" is ""; PublicKeyToken is "null" or 16 characters (kept as given, lowercased; the
/// corlib decodes them as hex digits); PublicKey is a key blob in hex
/// (the ECMA key stands for the token b77a5c561934e089); Retargetable=Yes needs Version,
/// Culture and a key or token; ProcessorArchitecture is MSIL, X86, IA64, AMD64 or ARM. Any
/// other key, an empty value or a malformed one makes the name invalid.
struct ParsedAssemblyName {
    var name = ""
    var version = AssemblyVersion(major: 0, minor: 0, build: 0, revision: 0)
    var versionDefined = false
    var culture: String?
    /// The token as 16 lowercase characters, as given (the corlib reads them as hex digits).
    var publicKeyToken: String?
    var tokenDefined = false
    var publicKey: [UInt8]?
    var flags: UInt32 = 0
    var architecture: UInt16 = 0

    init?(parsing text: String) {
        // g_strsplit(text, ",", 6): the sixth part keeps any further commas.
        var parts: [Substring] = []
        var rest = Substring(text)
        while parts.count < 5, let comma = rest.firstIndex(of: ",") {
            parts.append(rest[..<comma])
            rest = rest[rest.index(after: comma)...]
        }
        parts.append(rest)
        let simple = Self.trimmed(parts[0])
        guard !simple.isEmpty, !simple.contains(where: { "/:\\".contains($0) }) else { return nil }
        name = Self.unquoted(simple)
        var versionText: String?, tokenText: String?, keyText: String?, retargetable = false
        for part in parts.dropFirst() {
            let pair = Self.trimmed(part)
            guard let equals = pair.firstIndex(of: "=") else { return nil }
            let key = Self.trimmed(pair[..<equals]).lowercased()
            let value = Self.trimmed(pair[pair.index(after: equals)...])
            switch key {
            case "version":
                guard !value.isEmpty else { return nil }
                versionDefined = true
                versionText = value
            case "culture":
                guard !value.isEmpty else { return nil }
                culture = value
            case "publickeytoken":
                guard !value.isEmpty else { return nil }
                tokenDefined = true
                tokenText = value
            case "publickey":
                guard !value.isEmpty else { return nil }
                keyText = value
            case "retargetable":
                switch Self.unquoted(value).lowercased() {
                case "yes": retargetable = true; flags |= 0x100
                case "no": retargetable = true
                default: return nil
                }
            case "processorarchitecture":
                let architectures: [String: UInt16] = ["msil": 1, "x86": 2, "ia64": 3, "amd64": 4, "arm": 5]
                guard let value = architectures[Self.unquoted(value).lowercased()] else { return nil }
                architecture = value
            default:
                return nil
            }
        }
        if retargetable && (versionText == nil || culture == nil || (keyText == nil && tokenText == nil)) { return nil }
        if let versionText {
            guard let parsed = Self.version(Self.unquoted(versionText)) else { return nil }
            version = parsed
        }
        if let culture { self.culture = Self.unquoted(culture).lowercased() == "neutral" ? "" : Self.unquoted(culture) }
        if let tokenText {
            let token = Self.unquoted(tokenText)
            if !token.hasPrefix("null") {
                guard token.utf8.count == 16 else { return nil }
                publicKeyToken = String(token.map { $0.isASCII ? Character($0.lowercased()) : $0 })
            }
        }
        if let keyText {
            let key = Self.unquoted(keyText)
            if key == "00000000000000000400000000000000" {
                publicKeyToken = "b77a5c561934e089"
            } else {
                guard key != "null", let bytes = Self.hexBytes(key), Self.isPublicKeyBlob(bytes) else { return nil }
                publicKey = bytes
                publicKeyToken = bytes.withUnsafeBytes { IlexMetadata.publicKeyToken(of: ByteView(base: $0.baseAddress!, count: bytes.count)) }
                    .map(hexByte).joined()
            }
        }
    }

    private static func trimmed<S: StringProtocol>(_ text: S) -> String {
        var s = Substring(text)
        while let first = s.first, first.isWhitespace { s.removeFirst() }
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return String(s)
    }

    private static func unquoted(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == "'" || first == "\"", text.last == first else { return text }
        return String(text.dropFirst().dropLast())
    }

    /// "a.b[.c[.d]]" as sscanf("%u.%u.%u.%u") reads it: at least two numbers.
    private static func version(_ text: String) -> AssemblyVersion? {
        var numbers: [UInt16] = []
        var scalars = Substring(text)
        while numbers.count < 4 {
            let digits = scalars.prefix(while: { $0.isASCII && $0.isNumber })
            guard !digits.isEmpty, let value = UInt64(digits.prefix(18)) else { break }
            numbers.append(UInt16(truncatingIfNeeded: value))
            scalars = scalars.dropFirst(digits.count)
            guard scalars.first == "." else { break }
            scalars = scalars.dropFirst()
        }
        guard numbers.count >= 2 else { return nil }
        while numbers.count < 4 { numbers.append(0) }
        return AssemblyVersion(major: numbers[0], minor: numbers[1], build: numbers[2], revision: numbers[3])
    }

    private static func hexBytes(_ text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        for i in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[i..<i + 2], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(byte)
        }
        return bytes
    }

    /// A strong-name public key: either the bare PUBLICKEYBLOB or one behind the 12-byte
    /// signature-algorithm header; the blob is type 6, version 2, magic "RSA1", and its length
    /// matches the modulus size it declares.
    private static func isPublicKeyBlob(_ bytes: [UInt8]) -> Bool {
        var blob = bytes[...]
        if bytes.first == 0x00 {
            guard bytes.count >= 13, bytes[12] == 0x06 else { return false }
            blob = bytes[12...]
        } else if bytes.first != 0x06 {
            return false
        }
        guard blob.count >= 16 else { return false }
        let b = Array(blob)
        let magic = UInt32(b[8]) | UInt32(b[9]) << 8 | UInt32(b[10]) << 16 | UInt32(b[11]) << 24
        let bits = UInt32(b[12]) | UInt32(b[13]) << 8 | UInt32(b[14]) << 16 | UInt32(b[15]) << 24
        guard b[0] == 0x06, b[1] == 0x02, b[2] == 0, b[3] == 0, magic == 0x3141_5352 else { return false }
        return Int(bits >> 3) + 20 == b.count
    }
}

