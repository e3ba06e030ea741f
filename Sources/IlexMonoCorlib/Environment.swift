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

extension String {
    func replacingOccurrences(of target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
