// Mono's side of P/Invoke (the mechanism is the engine's, Sources/IlexVM/Interop): the library
// names mono maps (its dllmap: built-in defaults, then /etc/mono/config as mono reads it), and
// the System.Runtime.InteropServices.Marshal internal calls about native memory, strings, the
// last error and delegates as function pointers.
import IlexVM
import CMonoHost
import IlexMetadata

#if canImport(Glibc)
import Glibc
#endif

extension MonoCorlib {
    /// mono's library directory ($mono_libdir in its config): where libmono-native.so is.
    static let monoLibraryDirectory: String = {
        for directory in ["/usr/lib", "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/local/lib"]
        where access(directory + "/libmono-native.so", F_OK) == 0 {
            return directory
        }
        return "/usr/lib"
    }()

    /// The names the BCL and programs use that mono maps on Linux, then the dllmap entries of
    /// mono's configuration file (MONO_CONFIG, else /etc/mono/config; then ~/.mono/config).
    static func installLibraryMap(_ interop: Interop) {
        let native = monoLibraryDirectory + "/libmono-native.so"
        for name in ["libmono-native", "System.Native", "System.Net.Security.Native"] { interop.mapLibrary(name, to: native) }
        interop.mapLibrary("libc", to: "libc.so.6")
        var files = [ProcessInfo.environment("MONO_CONFIG") ?? "/etc/mono/config"]
        if let home = ProcessInfo.environment("HOME") { files.append(home + "/.mono/config") }
        for file in files {
            guard let text = readTextFile(file) else { continue }
            applyDllMaps(text, to: interop)
        }
    }

    /// The `<dllmap>` and `<dllentry>` elements of a mono config file that apply on this system
    /// (mono's mono-config.c: `os`, `cpu` and `wordsize` lists, `!` negating; `i:` before a dll
    /// name makes it case-insensitive; `$mono_libdir` in targets).
    static func applyDllMaps(_ text: String, to interop: Interop) {
        var currentLibrary: (name: String, ignoringCase: Bool)?
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("/dllmap") { currentLibrary = nil; continue }
            let isMap = tag.hasPrefix("dllmap"), isEntry = tag.hasPrefix("dllentry")
            guard isMap || isEntry else { continue }
            let attributes = xmlAttributes(tag)
            guard applies(attributes) else {
                if isMap && !tag.hasSuffix("/") { currentLibrary = ("\u{0}skipped", false) }
                continue
            }
            func target(_ value: String) -> String { value.replacingAll("$mono_libdir", with: monoLibraryDirectory) }
            if isMap, var dll = attributes["dll"] {
                let ignoringCase = dll.hasPrefix("i:")
                if ignoringCase { dll.removeFirst(2) }
                if let mapped = attributes["target"] { interop.mapLibrary(dll, to: target(mapped), ignoringCase: ignoringCase) }
                if !tag.hasSuffix("/") { currentLibrary = (dll, ignoringCase) }
            } else if isEntry, let library = currentLibrary, library.name != "\u{0}skipped",
                      let name = attributes["name"], let entry = attributes["target"] {
                interop.mapEntryPoint(library: library.name, name: name, to: entry, inLibrary: attributes["dll"].map(target),
                                      ignoringCase: library.ignoringCase)
            }
        }
    }

    private static func applies(_ attributes: [String: String]) -> Bool {
        func matches(_ value: String?, _ actual: String) -> Bool {
            guard var value else { return true }
            var negated = false
            if value.hasPrefix("!") { negated = true; value.removeFirst() }
            let found = value.split(separator: ",").contains { $0 == actual }
            return found != negated
        }
        #if arch(x86_64)
        let cpu = "x86-64"
        #elseif arch(arm64)
        let cpu = "armv8"
        #else
        let cpu = "unknown"
        #endif
        return matches(attributes["os"], "linux") && matches(attributes["cpu"], cpu) && matches(attributes["wordsize"], "64")
    }

    private static func xmlAttributes(_ tag: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = tag
        while let equals = rest.firstIndex(of: "=") {
            let name = rest[..<equals].split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).last.map(String.init) ?? ""
            rest = rest[rest.index(after: equals)...].drop { $0 == " " }
            guard let quote = rest.first, quote == "\"" || quote == "'" else { break }
            rest = rest.dropFirst()
            guard let end = rest.firstIndex(of: quote) else { break }
            result[name] = String(rest[..<end])
            rest = rest[rest.index(after: end)...]
        }
        return result
    }

    private static func readTextFile(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// mono's host functions libmono-native calls (CMonoHost): internal calls it registers
    /// ("Interop/Sys::Read", mono's spelling of nested types and no signature) become C-function
    /// internal calls of the engine; errno it reports becomes the last Win32 error.
    static func installNativeHost(_ runtime: Runtime) {
        let context = Unmanaged.passUnretained(runtime.interop).toOpaque()
        ilex_mono_host_install(context, { context, name, function in
            guard let context, let name, let function else { return }
            let interop = Unmanaged<Interop>.fromOpaque(context).takeUnretainedValue()
            var key = String(cString: name)
            if let parenthesis = key.firstIndex(of: "(") { key = String(key[..<parenthesis]) }
            interop.registerCFunction(UnsafeMutableRawPointer(mutating: function), asInternalCall: key.split(separator: "/", omittingEmptySubsequences: false).joined(separator: "+"))
        }, { context, error in
            guard let context else { return }
            Unmanaged<Interop>.fromOpaque(context).takeUnretainedValue().recordLastError(error)
        })
    }

    static func registerMarshal(_ table: NativeMethodTable) {
        let marshal = "System.Runtime.InteropServices.Marshal::"
        table.register(marshal + "GetLastWin32Error") { context, frame in
            result(frame, Int64(NativeContext(context).lastPInvokeError))
            return NativeContext.success
        }
        table.register(marshal + "SetLastWin32Error") { context, frame in
            NativeContext(context).lastPInvokeError = argument(frame, 0, as: Int32.self)
            return NativeContext.success
        }
        // Native memory: mono uses malloc/free for HGlobal and CoTaskMem on Unix.
        let allocate: NativeMethodBody = { context, frame in
            let size = argument(frame, 0, as: Int.self)
            guard let memory = malloc(max(size, 1)) else { return NativeContext(context).throwException("System.OutOfMemoryException") }
            result(frame, memory)
            return NativeContext.success
        }
        table.register(marshal + "AllocHGlobal", allocate)
        table.register(marshal + "AllocCoTaskMemSize", allocate)
        table.register(marshal + "AllocCoTaskMem") { context, frame in
            let size = Int(argument(frame, 0, as: Int32.self))
            guard let memory = malloc(max(size, 1)) else { return NativeContext(context).throwException("System.OutOfMemoryException") }
            result(frame, memory)
            return NativeContext.success
        }
        let release: NativeMethodBody = { _, frame in
            free(argument(frame, 0, as: UnsafeMutableRawPointer?.self))
            return NativeContext.success
        }
        table.register(marshal + "FreeHGlobal", release)
        table.register(marshal + "FreeCoTaskMem", release)
        table.register(marshal + "ReAllocHGlobal") { context, frame in
            guard let memory = realloc(argument(frame, 0, as: UnsafeMutableRawPointer?.self), max(argument(frame, 1, as: Int.self), 1)) else {
                return NativeContext(context).throwException("System.OutOfMemoryException")
            }
            result(frame, memory)
            return NativeContext.success
        }
        table.register(marshal + "ReAllocCoTaskMem") { context, frame in
            guard let memory = realloc(argument(frame, 0, as: UnsafeMutableRawPointer?.self), max(Int(argument(frame, 1, as: Int32.self)), 1)) else {
                return NativeContext(context).throwException("System.OutOfMemoryException")
            }
            result(frame, memory)
            return NativeContext.success
        }
        // Strings from native memory: "Ansi" is UTF-8 on mono/Linux.
        table.register(marshal + "PtrToStringAnsi(System.IntPtr)") { context, frame in
            MonoCorlib.stringResult(context, frame, argument(frame, 0, as: UnsafeRawPointer?.self), wide: false, length: nil)
        }
        table.register(marshal + "PtrToStringAnsi(System.IntPtr,System.Int32)") { context, frame in
            MonoCorlib.stringResult(context, frame, argument(frame, 0, as: UnsafeRawPointer?.self), wide: false, length: Int(argument(frame, 1, as: Int32.self)))
        }
        table.register(marshal + "PtrToStringUni(System.IntPtr)") { context, frame in
            MonoCorlib.stringResult(context, frame, argument(frame, 0, as: UnsafeRawPointer?.self), wide: true, length: nil)
        }
        table.register(marshal + "PtrToStringUni(System.IntPtr,System.Int32)") { context, frame in
            MonoCorlib.stringResult(context, frame, argument(frame, 0, as: UnsafeRawPointer?.self), wide: true, length: Int(argument(frame, 1, as: Int32.self)))
        }
        // IntPtr StringToHGlobalAnsi(char* s, int length) / StringToHGlobalUni: malloc'd copies with a NUL.
        table.register(marshal + "StringToHGlobalAnsi") { context, frame in
            let chars = argument(frame, 0, as: UnsafePointer<UInt16>?.self)
            let length = Int(argument(frame, 1, as: Int32.self))
            let utf8 = Array(String(decoding: UnsafeBufferPointer(start: chars, count: chars == nil ? 0 : length), as: UTF16.self).utf8) + [0]
            guard let copy = malloc(utf8.count) else { return NativeContext(context).throwException("System.OutOfMemoryException") }
            utf8.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: utf8.count) }
            result(frame, copy)
            return NativeContext.success
        }
        table.register(marshal + "StringToHGlobalUni") { context, frame in
            let chars = argument(frame, 0, as: UnsafeRawPointer?.self)
            let length = chars == nil ? 0 : Int(argument(frame, 1, as: Int32.self))
            guard let copy = malloc(2 * length + 2) else { return NativeContext(context).throwException("System.OutOfMemoryException") }
            if let chars { copy.copyMemory(from: chars, byteCount: 2 * length) }
            copy.storeBytes(of: 0, toByteOffset: 2 * length, as: UInt16.self)
            result(frame, copy)
            return NativeContext.success
        }
        table.register(marshal + "GetFunctionPointerForDelegateInternal") { context, frame in
            let context = NativeContext(context)
            guard let delegate = argument(frame, 0, as: UnsafeMutableRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let (pointer, status) = context.functionPointer(forDelegate: delegate)
            guard status == NativeContext.success else { return status }
            result(frame, pointer)
            return NativeContext.success
        }
        // int SizeOf(Type t): the native size of a blittable type (mono also lays out
        // non-blittable structs for marshaling, which Ilex does not yet).
        table.register(marshal + "SizeOf") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.ArgumentNullException") }
            guard let size = context.nativeSize(of: type) else {
                if type.isValueType || type.flags.layout != .auto {
                    // mono lays out the marshaled form of non-blittable structs and formatted classes.
                    return context.throwException("System.NotImplementedException", message: "Ilex computes Marshal.SizeOf only for blittable types, not \(type)")
                }
                return context.throwException("System.ArgumentException",
                                              message: "Type '\(MonoCorlib.fullName(type, context))' cannot be marshaled as an unmanaged structure; no meaningful size or offset can be computed.")
            }
            result(frame, Int64(size))
            return NativeContext.success
        }
        // Structures in native memory: blittable value types are their bytes (formatted classes
        // and non-blittable structs need field conversion, which Ilex does not do yet).
        table.register(marshal + "PtrToStructure(System.IntPtr,System.Type)") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 1, context) else { return context.throwException("System.ArgumentNullException") }
            guard let pointer = argument(frame, 0, as: UnsafeRawPointer?.self) else {
                result(frame, UInt(0))
                return NativeContext.success
            }
            guard type.isValueType, context.nativeSize(of: type) != nil else {
                return context.throwException("System.NotImplementedException", message: "Ilex marshals only blittable value types with PtrToStructure, not \(type)")
            }
            guard let object = try? context.runtime.box(type, valueAt: pointer) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, object)
            return NativeContext.success
        }
        table.register(marshal + "StructureToPtr") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self), let pointer = argument(frame, 1, as: UnsafeMutableRawPointer?.self) else {
                return context.throwException("System.ArgumentNullException")
            }
            let type = context.type(of: object)
            guard type.isValueType, let size = context.nativeSize(of: type) else {
                return context.throwException("System.NotImplementedException", message: "Ilex marshals only blittable value types with StructureToPtr, not \(type)")
            }
            pointer.copyMemory(from: object + ObjectLayout.headerSize, byteCount: size)
            return NativeContext.success
        }
        table.register(marshal + "DestroyStructure") { _, _ in NativeContext.success }  // blittable: nothing to free
        table.register(marshal + "UnsafeAddrOfPinnedArrayElement") { context, frame in
            let context = NativeContext(context)
            guard let array = argument(frame, 0, as: UnsafeMutableRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let index = Int(argument(frame, 1, as: Int32.self))
            let elementSize = MethodTable(array.load(as: UnsafeMutableRawPointer.self)).componentSize
            result(frame, array + ObjectLayout.arrayDataOffset + index * elementSize)
            return NativeContext.success
        }
    }

    private static func stringResult(_ context: UnsafeMutableRawPointer, _ frame: UnsafeMutableRawPointer, _ pointer: UnsafeRawPointer?,
                                     wide: Bool, length: Int?) -> UInt32 {
        let context = NativeContext(context)
        guard let pointer else {
            result(frame, UInt(0))
            return NativeContext.success
        }
        let text: String
        if wide {
            let units = pointer.assumingMemoryBound(to: UInt16.self)
            var count = 0
            if let length { count = max(0, length) } else { while units[count] != 0 { count += 1 } }
            text = String(decoding: UnsafeBufferPointer(start: units, count: count), as: UTF16.self)
        } else {
            let bytes = pointer.assumingMemoryBound(to: UInt8.self)
            let count = length.map { max(0, $0) } ?? strlen(pointer.assumingMemoryBound(to: CChar.self))
            text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
        }
        guard let string = context.makeString(text) else { return context.throwException("System.OutOfMemoryException") }
        result(frame, string)
        return NativeContext.success
    }
}

/// Environment variables without Foundation.
enum ProcessInfo {
    static func environment(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
}

extension String {
    /// Every occurrence of `target` replaced (without Foundation).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = "", rest = Substring(self)
        while !rest.isEmpty {
            if rest.hasPrefix(target) {
                result += replacement
                rest = rest.dropFirst(target.count)
            } else {
                result.append(rest.removeFirst())
            }
        }
        return result
    }
}
