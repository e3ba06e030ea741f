// System.Environment, Mono.SafeStringMarshal and System.Text.EncodingHelper internal calls:
// platform facts, environment variables, the locale's character set.
import IlexVM

#if canImport(Glibc)
import Glibc
#endif

extension MonoCorlib {
    static func registerEnvironment(_ table: NativeMethodTable) {
        // PlatformID Platform: Unix (4) on Linux, as mono reports it.
        table.register("System.Environment::get_Platform") { _, frame in
            result(frame, Int64(4))
            return NativeContext.success
        }
        table.register("System.Environment::GetNewLine") { context, frame in
            let context = NativeContext(context)
            guard let text = context.makeString("\n") else { return context.throwException("System.OutOfMemoryException") }
            result(frame, text)
            return NativeContext.success
        }
        // string internalGetEnvironmentVariable_native(IntPtr utf8Name): the value, or null.
        table.register("System.Environment::internalGetEnvironmentVariable_native") { context, frame in
            let context = NativeContext(context)
            guard let name = argument(frame, 0, as: UnsafePointer<CChar>?.self), let value = getenv(name) else {
                result(frame, UInt(0))
                return NativeContext.success
            }
            guard let text = context.makeString(String(cString: value)) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, text)
            return NativeContext.success
        }
        // void InternalSetEnvironmentVariable(char* name, int nameLength, char* value, int
        // valueLength): the process environment; a null or empty value removes the variable.
        table.register("System.Environment::InternalSetEnvironmentVariable") { _, frame in
            guard let name = MonoCorlib.utf16(argument(frame, 0, as: UnsafePointer<UInt16>?.self), count: Int(argument(frame, 1, as: Int32.self))) else {
                return NativeContext.success
            }
            let valueLength = Int(argument(frame, 3, as: Int32.self))
            if let value = MonoCorlib.utf16(argument(frame, 2, as: UnsafePointer<UInt16>?.self), count: valueLength), !value.isEmpty, !value.hasPrefix("\0") {
                setenv(name, value, 1)
            } else {
                unsetenv(name)
            }
            return NativeContext.success
        }
        // string[] GetEnvironmentVariableNames(): each entry of the environment up to its '='.
        table.register("System.Environment::GetEnvironmentVariableNames") { context, frame in
            let context = NativeContext(context)
            var names: [String] = []
            var entry = environ
            while let text = entry.pointee {
                let full = String(cString: text)
                names.append(full.firstIndex(of: "=").map { String(full[..<$0]) } ?? full)
                entry += 1
            }
            guard MonoCorlib.makeStringArray(context, names, resultIn: frame) else { return context.throwException("System.OutOfMemoryException") }
            return NativeContext.success
        }
        // int TickCount: milliseconds of the monotonic clock (mono_msec_boottime), wrapping.
        table.register("System.Environment::get_TickCount") { _, frame in
            var time = timespec()
            clock_gettime(CLOCK_MONOTONIC, &time)
            let milliseconds = Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000
            result(frame, Int64(Int32(truncatingIfNeeded: milliseconds)))
            return NativeContext.success
        }
        // int ProcessorCount: the processors this process may run on (sched_getaffinity), else
        // the online ones (mono_cpu_count).
        table.register("System.Environment::get_ProcessorCount") { _, frame in
            result(frame, Int64(MonoCorlib.processorCount()))
            return NativeContext.success
        }
        table.register("System.Environment::GetPageSize") { _, frame in
            result(frame, Int64(getpagesize()))
            return NativeContext.success
        }
        table.register("System.Environment::GetIs64BitOperatingSystem") { _, frame in
            result(frame, Int64(MemoryLayout<Int>.size == 8 ? 1 : 0))
            return NativeContext.success
        }
        // string MachineName: the host name as gethostname gives it (null when it fails).
        table.register("System.Environment::get_MachineName") { context, frame in
            let context = NativeContext(context)
            var buffer = [CChar](repeating: 0, count: 256)
            guard gethostname(&buffer, 255) == 0 else {
                result(frame, UInt(0))
                return NativeContext.success
            }
            return MonoCorlib.returnString(context, frame, MonoCorlib.cString(buffer))
        }
        // string UserName: USER, else the password entry's name, else "somebody" (glib).
        table.register("System.Environment::get_UserName") { context, frame in
            let context = NativeContext(context)
            return MonoCorlib.returnString(context, frame, MonoCorlib.userData(context.runtime).name)
        }
        // string internalGetHome(): HOME, else the password entry's directory, else "/" (glib).
        table.register("System.Environment::internalGetHome") { context, frame in
            let context = NativeContext(context)
            return MonoCorlib.returnString(context, frame, MonoCorlib.userData(context.runtime).home)
        }
        // string GetOSVersionString(): the kernel release (uname), which managed code parses.
        table.register("System.Environment::GetOSVersionString") { context, frame in
            let context = NativeContext(context)
            var names = utsname()
            let release = uname(&names) >= 0 ? withUnsafeBytes(of: &names.release) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) } : "0.0.0.0"
            return MonoCorlib.returnString(context, frame, release)
        }
        // string GetWindowsFolderPath(int folder): only for Windows; mono warns and returns "".
        table.register("System.Environment::GetWindowsFolderPath") { context, frame in
            let context = NativeContext(context)
            MonoCorlib.warn("ves_icall_System_Environment_GetWindowsFolderPath should only be called on Windows!")
            return MonoCorlib.returnString(context, frame, "")
        }
        // string[] GetLogicalDrivesInternal(): the mount points mono lists (w32file-unix.c).
        table.register("System.Environment::GetLogicalDrivesInternal") { context, frame in
            let context = NativeContext(context)
            guard MonoCorlib.makeStringArray(context, MonoCorlib.logicalDrives(), resultIn: frame) else { return context.throwException("System.OutOfMemoryException") }
            return NativeContext.success
        }
        // string internalGetGacPath(): mono's root directory (the GAC is in ROOT/mono/gac).
        table.register("System.Environment::internalGetGacPath") { context, frame in
            let context = NativeContext(context)
            return MonoCorlib.returnString(context, frame, MonoCorlib.monoRootDirectory(context.runtime))
        }
        // string GetMachineConfigPath(): CONFIG/mono/4.5/machine.config (MONO_CFG_DIR or /etc).
        table.register("System.Environment::GetMachineConfigPath") { context, frame in
            let context = NativeContext(context)
            let configuration = getenv("MONO_CFG_DIR").map { String(cString: $0) } ?? "/etc"
            return MonoCorlib.returnString(context, frame, configuration + "/mono/4.5/machine.config")
        }
        // string get_bundled_machine_config(): none is bundled.
        table.register("System.Environment::get_bundled_machine_config") { _, frame in
            result(frame, UInt(0))
            return NativeContext.success
        }
        // void internalBroadcastSettingChange(): a Windows message; nothing to do on Unix.
        table.register("System.Environment::internalBroadcastSettingChange") { _, _ in NativeContext.success }
        table.register("Microsoft.Win32.NativeMethods::GetCurrentProcessId") { _, frame in
            result(frame, Int64(getpid()))
            return NativeContext.success
        }
        // RuntimeInformation: mono's names, which managed code maps (X64, OSPlatform.Linux).
        table.register("System.Runtime.InteropServices.RuntimeInformation::GetRuntimeArchitecture") { context, frame in
            let context = NativeContext(context)
            #if arch(x86_64)
            return MonoCorlib.returnString(context, frame, "x86-64")
            #elseif arch(arm64)
            return MonoCorlib.returnString(context, frame, "armv8")
            #else
            return MonoCorlib.returnString(context, frame, "unknown")
            #endif
        }
        table.register("System.Runtime.InteropServices.RuntimeInformation::GetOSName") { context, frame in
            let context = NativeContext(context)
            return MonoCorlib.returnString(context, frame, "linux")
        }
        // IntPtr SafeStringMarshal.StringToUtf8(string): a malloc'd NUL-terminated UTF-8 copy.
        table.register("Mono.SafeStringMarshal::StringToUtf8") { context, frame in
            let context = NativeContext(context)
            guard let string = argument(frame, 0, as: UnsafeRawPointer?.self) else {
                result(frame, UInt(0))
                return NativeContext.success
            }
            let utf8 = Array(context.string(string).utf8) + [0]
            guard let copy = malloc(utf8.count) else { return context.throwException("System.OutOfMemoryException") }
            utf8.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: utf8.count) }
            result(frame, copy)
            return NativeContext.success
        }
        table.register("Mono.SafeStringMarshal::GFree") { _, frame in
            free(argument(frame, 0, as: UnsafeMutableRawPointer?.self))
            return NativeContext.success
        }
        // string CultureInfo.get_current_locale_name(): the culture the environment selects, or null.
        table.register("System.Globalization.CultureInfo::get_current_locale_name") { context, frame in
            let context = NativeContext(context)
            guard let name = MonoCorlib.localeCultureName() else {
                result(frame, UInt(0))
                return NativeContext.success
            }
            guard let text = context.makeString(name) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, text)
            return NativeContext.success
        }
        // string EncodingHelper.InternalCodePage(ref int codePage): the locale's character set, as
        // an index of mono's table (1 ASCII … 3 UTF-8; 0x10000000 flags UTF-8) or -1 with its name.
        table.register("System.Text.EncodingHelper::InternalCodePage") { context, frame in
            let context = NativeContext(context)
            let codePage = argument(frame, 0, as: UnsafeMutablePointer<Int32>.self)
            let charset = MonoCorlib.localeCharacterSet()
            let normalized = charset.uppercased().replacingOccurrences(of: "-", with: "_")
            switch normalized {
            case "UTF_8", "UTF8":
                codePage.pointee = 3 | 0x1000_0000
                result(frame, UInt(0))
            case "ASCII", "US_ASCII", "ANSI_X3.4_1968", "646":
                codePage.pointee = 1
                result(frame, UInt(0))
            default:
                codePage.pointee = -1
                guard let name = context.makeString(charset) else { return context.throwException("System.OutOfMemoryException") }
                result(frame, name)
            }
            return NativeContext.success
        }
    }

    /// Writes `text` as the result, or raises OutOfMemoryException.
    static func returnString(_ context: NativeContext, _ frame: UnsafeMutableRawPointer, _ text: String) -> UInt32 {
        guard let string = context.makeString(text) else { return context.throwException("System.OutOfMemoryException") }
        result(frame, string)
        return NativeContext.success
    }

    /// The text of a NUL-terminated buffer.
    static func cString(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// getcwd, or nil with errno.
    static func currentDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        return getcwd(&buffer, buffer.count) != nil ? cString(buffer) : nil
    }

    /// `count` UTF-16 units at `units` (nil for a null pointer).
    static func utf16(_ units: UnsafePointer<UInt16>?, count: Int) -> String? {
        guard let units else { return nil }
        return String(decoding: UnsafeBufferPointer(start: units, count: max(0, count)), as: UTF16.self)
    }

    /// A line on stderr, as mono's g_warning prints one.
    static func warn(_ message: String) {
        let line = message + "\n"
        _ = line.withCString { write(2, $0, strlen($0)) }
    }

    static func processorCount() -> Int {
        // sched_getaffinity is a GNU extension the Glibc module does not declare.
        typealias GetAffinity = @convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sched_getaffinity") {
            var set = cpu_set_t()
            let count = withUnsafeMutableBytes(of: &set) { bytes -> Int in
                guard unsafeBitCast(symbol, to: GetAffinity.self)(0, bytes.count, bytes.baseAddress!) == 0 else { return 0 }
                return bytes.reduce(0) { $0 + $1.nonzeroBitCount }
            }
            if count > 0 { return count }
        }
        return max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }

    /// glib's user name and home directory, read together once (get_pw_data): USER and HOME,
    /// else the password entry, else "somebody" and "/".
    static func userData(_ runtime: Runtime) -> (name: String, home: String) {
        let state = state(runtime)
        if let known = state.user { return known }
        var name = getenv("USER").map { String(cString: $0) }
        var home = getenv("HOME").map { String(cString: $0) }
        if name == nil || home == nil {
            var entry = passwd(), found: UnsafeMutablePointer<passwd>?
            var buffer = [CChar](repeating: 0, count: 4096)
            if getpwuid_r(getuid(), &entry, &buffer, buffer.count, &found) == 0, found != nil {
                if home == nil, let directory = entry.pw_dir { home = String(cString: directory) }
                if name == nil, let user = entry.pw_name { name = String(cString: user) }
            }
        }
        let known = (name: name ?? "somebody", home: home ?? "/")
        state.user = known
        return known
    }

    /// mono's root directory: the folder holding mono/4.5 (where the corlib was loaded from).
    static func monoRootDirectory(_ runtime: Runtime) -> String {
        let corlib = runtime.system.corlib.path
        var parts = corlib.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count >= 4, parts[parts.count - 3] == "mono" {
            parts.removeLast(3)
            let root = parts.joined(separator: "/")
            return root.isEmpty ? "/" : root
        }
        return "/usr/lib"
    }

    /// The mount points mono reports as logical drives: from /proc/self/mountinfo, those mounted
    /// from a path (a device), overlay and aufs, FUSE (but GNOME's gvfs) and NFS; octal escapes
    /// (\040) decoded (GetLogicalDriveStrings_MountInfo and add_drive_string).
    static func logicalDrives() -> [String] {
        guard let file = fopen("/proc/self/mountinfo", "r") else { return [] }
        defer { fclose(file) }
        var drives: [String] = []
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, file) > 0, let line {
            let fields = String(cString: line).split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            guard fields.count > 4, let dash = fields.firstIndex(of: "-"), dash + 2 < fields.count else { continue }
            let mountPoint = fields[4]
            let type = fields[dash + 1]
            var source = fields[dash + 2].trimmingCharacters(in: "\n")
            if source.hasPrefix("/") { source = "/" }
            source = String(source.prefix(64))
            let keep: Bool
            if source == "/" {
                keep = true
            } else if "overlay".hasPrefix(source) || "aufs".hasPrefix(type) {
                keep = true
            } else if source.isEmpty || "none".hasPrefix(source) {
                keep = false
            } else if type.hasPrefix("fuse.") {
                keep = type != "fuse.gvfs-fuse-daemon"
            } else {
                keep = type == "nfs"
            }
            if keep { drives.append(unescapeOctal(mountPoint)) }
        }
        return drives
    }

    private static func unescapeOctal(_ text: String) -> String {
        var bytes: [UInt8] = []
        let source = Array(text.utf8)
        var i = 0
        while i < source.count {
            if source[i] == UInt8(ascii: "\\"), i + 3 < source.count {
                let digits = source[(i + 1)...(i + 3)].map { Int($0) - 48 }
                bytes.append(UInt8(truncatingIfNeeded: digits[0] << 6 + digits[1] << 3 + digits[2]))
                i += 4
            } else {
                bytes.append(source[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The character set of the environment's locale, as glib's g_get_charset reports it to mono:
    /// the C library's codeset for the locale the environment selects (ASCII when that locale is
    /// not installed).
    static func localeCharacterSet() -> String {
        guard setlocale(LC_CTYPE, "") != nil, let codeset = nl_langinfo(nl_item(CODESET)) else { return "ANSI_X3.4-1968" }
        let name = String(cString: codeset)
        return name.isEmpty ? "ANSI_X3.4-1968" : name
    }

    /// The culture name of the environment's locale, as mono derives it: LC_ALL, else LANG,
    /// without its codeset and modifier, with '-' for '_'; nil for C and POSIX (the invariant
    /// culture).
    static func localeCultureName() -> String? {
        for variable in ["LC_ALL", "LANG"] {
            guard let value = getenv(variable).map({ String(cString: $0) }), !value.isEmpty else { continue }
            let base = value.split(separator: ".").first.map(String.init) ?? value
            let name = base.split(separator: "@").first.map(String.init) ?? base
            if name == "C" || name == "POSIX" || name.isEmpty { return nil }
            return name.replacingOccurrences(of: "_", with: "-")
        }
        return nil
    }
}
