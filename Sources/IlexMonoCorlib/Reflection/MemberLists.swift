// Member lists: RuntimeType.GetMethodsByName_native, GetConstructors_native, GetFields_native,
// GetPropertiesByName_native, GetEvents_native and GetNestedTypes_native return a native
// GPtrArray (Mono.RuntimeStructs+GPtrArray { IntPtr* data; int len; }) of member handles that
// managed code reads through Mono.SafeGPtrArrayHandle and frees with
// RuntimeGPtrArrayHandle.GPtrArrayFree; names arrive as UTF-8 (Mono.SafeStringMarshal).
// Filtering follows mono's icall.c: BindingFlags (public/non-public, static/instance, declared
// only, flatten hierarchy, ignore case), MemberListType (All ignores the name, CaseSensitive,
// CaseInsensitive), methods hidden by virtual slot (an override hides what it overrides),
// properties hidden by name and accessor signature, events by name.
import IlexVM
import IlexMetadata

#if canImport(Glibc)
import Glibc
#endif

struct BindingFlags: OptionSet {
    let rawValue: UInt32
    static let ignoreCase = BindingFlags(rawValue: 0x1)
    static let declaredOnly = BindingFlags(rawValue: 0x2)
    static let instance = BindingFlags(rawValue: 0x4)
    static let `static` = BindingFlags(rawValue: 0x8)
    static let `public` = BindingFlags(rawValue: 0x10)
    static let nonPublic = BindingFlags(rawValue: 0x20)
    static let flattenHierarchy = BindingFlags(rawValue: 0x40)
}

/// RuntimeType.MemberListType: All (no name filter), CaseSensitive, CaseInsensitive, HandleToInfo.
struct NameFilter {
    let name: String?
    let ignoreCase: Bool

    init(name: UnsafeRawPointer?, flags: BindingFlags, listType: Int32) {
        self.name = listType == 0 ? nil : name.map { String(cString: $0.assumingMemoryBound(to: CChar.self)) }
        ignoreCase = flags.contains(.ignoreCase) || listType == 2
    }

    func matches(_ candidate: String) -> Bool {
        guard let name else { return true }
        return ignoreCase ? candidate.lowercased() == name.lowercased() : candidate == name
    }
}

extension MonoCorlib {
    /// The type and its base classes, or the type alone with DeclaredOnly.
    static func hierarchy(_ type: RuntimeType, declaredOnly: Bool) -> [RuntimeType] {
        var chain = [type]
        if declaredOnly { return chain }
        var current = type
        while let parent = (try? current.parent()) ?? nil {
            chain.append(parent)
            current = parent
        }
        return chain
    }

    /// Mono's method_nonpublic: which non-public methods BindingFlags.NonPublic lists.
    static func nonPublicVisible(_ flags: MethodAttributes, startType: Bool) -> Bool {
        switch flags.access {
        case .assembly: return true
        case .private: return startType
        case .public: return false
        default: return true
        }
    }

    static func staticMatches(isStatic: Bool, flags: BindingFlags, startType: Bool) -> Bool {
        isStatic ? flags.contains(.static) && (flags.contains(.flattenHierarchy) || startType) : flags.contains(.instance)
    }

    /// mono_class_get_methods_by_name.
    static func methods(of type: RuntimeType, filter: NameFilter, flags: BindingFlags, allowConstructors: Bool) -> [RuntimeMethod] {
        var seenSlots = Set<Int>()
        var found: [RuntimeMethod] = []
        for (depth, klass) in MonoCorlib.hierarchy(type, declaredOnly: flags.contains(.declaredOnly)).enumerated() {
            let startType = depth == 0
            for method in (try? klass.methods()) ?? [] {
                if method.slot >= 0 && method.isVirtual {
                    if seenSlots.contains(method.slot) { continue }
                    if !method.flags.contains(.newSlot) { seenSlots.insert(method.slot) }
                }
                if !allowConstructors && (method.name == ".ctor" || method.name == ".cctor") { continue }
                let visible = method.flags.access == .public ? flags.contains(.public)
                    : flags.contains(.nonPublic) && MonoCorlib.nonPublicVisible(method.flags, startType: startType)
                guard visible, MonoCorlib.staticMatches(isStatic: method.isStatic, flags: flags, startType: startType), filter.matches(method.name) else { continue }
                found.append(method)
            }
        }
        return found
    }

    static func fields(of type: RuntimeType, filter: NameFilter, flags: BindingFlags) -> [RuntimeField] {
        var found: [RuntimeField] = []
        for (depth, klass) in MonoCorlib.hierarchy(type, declaredOnly: flags.contains(.declaredOnly)).enumerated() {
            let startType = depth == 0
            for field in (try? klass.fields()) ?? [] {
                let visible = field.flags.access == .public ? flags.contains(.public)
                    : (startType || field.flags.access != .private) && flags.contains(.nonPublic)
                guard visible, MonoCorlib.staticMatches(isStatic: field.isStatic, flags: flags, startType: startType), filter.matches(field.name) else { continue }
                found.append(field)
            }
        }
        return found
    }

    /// Accessors that hide each other (mono's property_accessor_override): the same slot, or the same signature.
    static func accessorsOverride(_ a: RuntimeMethod, _ b: RuntimeMethod) -> Bool {
        if a.slot >= 0 && a.isVirtual && b.isVirtual && a.slot == b.slot { return true }
        let (da, db) = (a.genericDefinition ?? a, b.genericDefinition ?? b)
        guard let sa = try? da.signature(), let sb = try? db.signature() else { return false }
        return sa.parameterTypes == sb.parameterTypes && sa.returnType == sb.returnType
    }

    static func properties(of type: RuntimeType, filter: NameFilter, flags: BindingFlags, _ context: NativeContext) -> [ReflectedProperty] {
        var found: [ReflectedProperty] = []
        for (depth, klass) in MonoCorlib.hierarchy(type, declaredOnly: flags.contains(.declaredOnly)).enumerated() {
            let startType = depth == 0
            for property in MonoCorlib.declaredProperties(of: klass, context) {
                let accessors = [property.getter, property.setter].compactMap { $0 }
                let visible: Bool
                if accessors.contains(where: { $0.flags.access == .public }) {
                    visible = flags.contains(.public)
                } else {
                    visible = flags.contains(.nonPublic) && accessors.contains { MonoCorlib.nonPublicVisible($0.flags, startType: startType) }
                }
                let isStatic = property.representative?.isStatic ?? false
                guard visible, MonoCorlib.staticMatches(isStatic: isStatic, flags: flags, startType: startType), filter.matches(property.name) else { continue }
                let hidden = found.contains { other in
                    guard other.name == property.name else { return false }
                    if let g1 = other.getter, let g2 = property.getter, !MonoCorlib.accessorsOverride(g1, g2) { return false }
                    if let s1 = other.setter, let s2 = property.setter, !MonoCorlib.accessorsOverride(s1, s2) { return false }
                    return true
                }
                if !hidden { found.append(property) }
            }
        }
        return found
    }

    /// Mono 6.8's GetEvents_native: every event of the type and its bases (inherited ones only
    /// with a non-private accessor), hidden by name; managed code applies the binding flags.
    static func events(of type: RuntimeType, filter: NameFilter, _ context: NativeContext) -> [ReflectedEvent] {
        var found: [ReflectedEvent] = []
        for (depth, klass) in MonoCorlib.hierarchy(type, declaredOnly: false).enumerated() {
            for event in MonoCorlib.declaredEvents(of: klass, context) {
                if depth > 0 {
                    guard let method = event.representative, method.flags.access != .private else { continue }
                }
                guard filter.matches(event.name), !found.contains(where: { $0.name == event.name }) else { continue }
                found.append(event)
            }
        }
        return found
    }

    static func nestedTypes(of type: RuntimeType, filter: NameFilter, flags: BindingFlags, _ context: NativeContext) -> [RuntimeType] {
        let definition = type.genericDefinition ?? type
        guard definition.isDefinition, let reader = definition.reader, let assembly = definition.assembly else { return [] }
        var found: [RuntimeType] = []
        for handle in reader.typeDefinition(definition.definitionHandle).nestedTypes {
            let row = reader.typeDefinition(handle)
            let isPublic = row.attributes & 0x7 == 2  // NestedPublic
            guard isPublic ? flags.contains(.public) : flags.contains(.nonPublic), filter.matches(row.name) else { continue }
            found.append(context.runtime.system.definitionType(handle, in: assembly))
        }
        return found
    }

    static func registerMemberLists(_ table: NativeMethodTable) {
        // IntPtr GetMethodsByName_native(IntPtr namePtr, BindingFlags, MemberListType)
        table.register("System.RuntimeType::GetMethodsByName_native") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            let flags = BindingFlags(rawValue: argument(frame, 2, as: UInt32.self))
            let filter = NameFilter(name: argument(frame, 1, as: UnsafeRawPointer?.self), flags: flags, listType: argument(frame, 3, as: Int32.self))
            let found = type.kind == .byReference ? [] : MonoCorlib.methods(of: type, filter: filter, flags: flags, allowConstructors: false)
            result(frame, MonoCorlib.makeGPtrArray(found.map { UnsafeMutableRawPointer(mutating: $0.descriptor) }))
            return NativeContext.success
        }
        // IntPtr GetConstructors_native(BindingFlags): the type's own constructors.
        table.register("System.RuntimeType::GetConstructors_native") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            let flags = BindingFlags(rawValue: argument(frame, 1, as: UInt32.self))
            var found: [RuntimeMethod] = []
            if type.kind != .byReference {
                for method in (try? type.methods()) ?? [] where method.name == ".ctor" || method.name == ".cctor" {
                    guard method.flags.access == .public ? flags.contains(.public) : flags.contains(.nonPublic),
                          method.isStatic ? flags.contains(.static) : flags.contains(.instance) else { continue }
                    found.append(method)
                }
            }
            result(frame, MonoCorlib.makeGPtrArray(found.map { UnsafeMutableRawPointer(mutating: $0.descriptor) }))
            return NativeContext.success
        }
        table.register("System.RuntimeType::GetFields_native") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            let flags = BindingFlags(rawValue: argument(frame, 2, as: UInt32.self))
            let filter = NameFilter(name: argument(frame, 1, as: UnsafeRawPointer?.self), flags: flags, listType: argument(frame, 3, as: Int32.self))
            let found = type.kind == .byReference ? [] : MonoCorlib.fields(of: type, filter: filter, flags: flags)
            result(frame, MonoCorlib.makeGPtrArray(found.map { UnsafeMutableRawPointer(mutating: $0.handleBlock) }))
            return NativeContext.success
        }
        table.register("System.RuntimeType::GetPropertiesByName_native") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            let flags = BindingFlags(rawValue: argument(frame, 2, as: UInt32.self))
            // Mono compares property names case-insensitively only for MemberListType.CaseInsensitive.
            let filter = NameFilter(name: argument(frame, 1, as: UnsafeRawPointer?.self), flags: flags.subtracting(.ignoreCase),
                                    listType: argument(frame, 3, as: Int32.self))
            let found = type.kind == .byReference ? [] : MonoCorlib.properties(of: type, filter: filter, flags: flags, context)
            result(frame, MonoCorlib.makeGPtrArray(found.map { UnsafeMutableRawPointer(mutating: $0.block) }))
            return NativeContext.success
        }
        // IntPtr GetEvents_native(IntPtr name, MemberListType listType)
        table.register("System.RuntimeType::GetEvents_native") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            let filter = NameFilter(name: argument(frame, 1, as: UnsafeRawPointer?.self), flags: [], listType: argument(frame, 2, as: Int32.self))
            let found = type.kind == .byReference ? [] : MonoCorlib.events(of: type, filter: filter, context)
            result(frame, MonoCorlib.makeGPtrArray(found.map { UnsafeMutableRawPointer(mutating: $0.block) }))
            return NativeContext.success
        }
        // IntPtr GetNestedTypes_native(IntPtr name, BindingFlags, MemberListType): RuntimeTypeHandle values.
        table.register("System.RuntimeType::GetNestedTypes_native") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            let flags = BindingFlags(rawValue: argument(frame, 2, as: UInt32.self))
            let filter = NameFilter(name: argument(frame, 1, as: UnsafeRawPointer?.self), flags: flags, listType: argument(frame, 3, as: Int32.self))
            let found = type.kind == .byReference ? [] : MonoCorlib.nestedTypes(of: type, filter: filter, flags: flags, context)
            var tables: [UnsafeMutableRawPointer?] = []
            for nested in found {
                guard let table = try? nested.methodTable() else { return context.throwException("System.TypeLoadException", message: "\(nested)") }
                tables.append(UnsafeMutableRawPointer(mutating: table.raw))
            }
            result(frame, MonoCorlib.makeGPtrArray(tables))
            return NativeContext.success
        }
    }
}

extension FieldAttributes {
    /// FieldAccessMask uses the same values as MethodAttributes' member access.
    var access: MethodAttributes.Access { MethodAttributes.Access(rawValue: rawValue & 0x7) ?? .public }
}
