// Cultures other than the invariant one. Mono builds its culture, number, date/time, calendar
// and region tables from CLDR into its runtime (culture-info-tables.h) and the corlib's
// CultureInfo, CultureData, NumberFormatInfo, CalendarData and RegionInfo read them through
// these internal calls. Ilex has no such tables yet, so asking for a culture by name or LCID,
// for a region, or for the list of cultures raises NotImplementedException saying so, rather
// than pretending the culture does not exist (CultureNotFoundException) or answering with
// invariant data. The current culture from the environment (LANG, LC_ALL) falls back to the
// invariant culture, as the corlib does when it cannot make the named one; the invariant
// culture itself is made by the corlib alone and works.
import IlexVM

extension MonoCorlib {
    static func registerGlobalization(_ table: NativeMethodTable) {
        // bool CultureInfo.construct_internal_locale_from_name(string name)
        table.register("System.Globalization.CultureInfo::construct_internal_locale_from_name") { context, frame in
            let context = NativeContext(context)
            let name = argument(frame, 1, as: UnsafeRawPointer?.self).map(context.string) ?? ""
            return MonoCorlib.noCultureData("culture '\(name)'", context)
        }
        // bool CultureInfo.construct_internal_locale_from_lcid(int lcid)
        table.register("System.Globalization.CultureInfo::construct_internal_locale_from_lcid") { context, frame in
            let context = NativeContext(context)
            let lcid = argument(frame, 1, as: Int32.self)
            return MonoCorlib.noCultureData("culture LCID \(lcid) (0x\(String(UInt32(bitPattern: lcid), radix: 16)))", context)
        }
        // bool RegionInfo.construct_internal_region_from_name(string name)
        table.register("System.Globalization.RegionInfo::construct_internal_region_from_name") { context, frame in
            let context = NativeContext(context)
            let name = argument(frame, 1, as: UnsafeRawPointer?.self).map(context.string) ?? ""
            return MonoCorlib.noCultureData("region '\(name)'", context)
        }
        // CultureInfo[] CultureInfo.internal_get_cultures(bool neutral, bool specific, bool installed)
        table.register("System.Globalization.CultureInfo::internal_get_cultures") { context, _ in
            MonoCorlib.noCultureData("the list of cultures", NativeContext(context))
        }
    }

    static func noCultureData(_ what: String, _ context: NativeContext) -> UInt32 {
        context.throwException("System.NotImplementedException", message:
            "Ilex has no culture data for \(what): only the invariant culture is available (mono compiles CLDR-derived culture tables into its runtime; Ilex does not have them yet)")
    }
}
