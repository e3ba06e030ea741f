// What the reflection contract keeps per runtime: one managed object per (member, reflected type)
// as mono caches them (MethodInfo, FieldInfo, PropertyInfo, EventInfo and parameter arrays), the
// property and event descriptors whose raw blocks are their handles, and the field offsets of
// the corlib's reflection classes. Kept in Runtime.reflectionState; objects made here stay alive
// for the program's lifetime (Runtime.keepAlive), as mono's domain caches keep them.
import IlexVM
import IlexMetadata

final class ReflectionState {
    struct MemberKey: Hashable {
        let member: ObjectIdentifier
        let reflected: Int
    }
    var methodObjects: [MemberKey: UnsafeMutableRawPointer] = [:]
    var fieldObjects: [MemberKey: UnsafeMutableRawPointer] = [:]
    var propertyObjects: [MemberKey: UnsafeMutableRawPointer] = [:]
    var eventObjects: [MemberKey: UnsafeMutableRawPointer] = [:]
    var parameterArrays: [MemberKey: UnsafeMutableRawPointer] = [:]
    /// Declared properties and events of each type, made once.
    var properties: [Int: [ReflectedProperty]] = [:]
    var events: [Int: [ReflectedEvent]] = [:]
    /// Field offsets by "Namespace.Type::field".
    var offsets: [String: Int] = [:]
    /// Singletons read from corlib statics (DBNull.Value, Missing.Value).
    var singletons: [String: UnsafeMutableRawPointer] = [:]
    /// Generic parameters seen as reflection objects: the owner each type object stands for
    /// (the type system shares `!n` placeholders by position; reflection names them per owner).
    var genericParameterOwners: [UInt: GenericParameterOwner] = [:]
    var genericParameterObjects: [GenericParameterKey: UnsafeMutableRawPointer] = [:]
    /// Type objects of types built over generic parameters, made per scope, and their scopes.
    var scopedTypeObjects: [String: UnsafeMutableRawPointer] = [:]
    var typeScopes: [UInt: GenericScope] = [:]
    /// The attribute each CustomAttributeData's blob pointer came from (ResolveArgumentsInternal).
    var attributeBlobs: [UInt: (AttributeSource, CustomAttributeHandle)] = [:]
}

/// A generic parameter with its owner: a generic type definition or generic method definition.
struct GenericParameterOwner {
    let type: RuntimeType?
    let method: RuntimeMethod?
    let index: Int
    let placeholder: RuntimeType

    /// The GenericParam row.
    var handle: GenericParameterHandle? {
        if let method, let definition = method.genericDefinition ?? Optional(method), let reader = definition.declaringType.reader,
           let h = definition.handle {
            let parameters = reader.method(h).genericParameters
            return index < parameters.count ? parameters[index] : nil
        }
        if let type {
            let parameters = type.genericParameterHandles
            return index < parameters.count ? parameters[index] : nil
        }
        return nil
    }
    var reader: MetadataReader? { method?.declaringType.reader ?? type?.reader }
    var name: String {
        guard let handle, let reader else { return placeholder.description }
        return reader.genericParameter(handle).name
    }
}

struct GenericParameterKey: Hashable {
    let owner: ObjectIdentifier
    let index: Int
}

extension MonoCorlib {
    static func state(_ context: NativeContext) -> ReflectionState {
        if let state = context.runtime.reflectionState as? ReflectionState { return state }
        let state = ReflectionState()
        context.runtime.reflectionState = state
        return state
    }

    /// The offset of an instance field of a corlib type (object start for classes, value start
    /// for structs), looked up once.
    static func offset(_ namespace: String, _ type: String, _ field: String, _ context: NativeContext) -> Int {
        let key = namespace + "." + type + "::" + field
        let state = MonoCorlib.state(context)
        if let known = state.offsets[key] { return known }
        let found = (try? MonoCorlib.corlibNestedType(namespace, type, context).field(named: field))??.offset ?? -1
        precondition(found >= 0, "Ilex: \(key) is not a field of the corlib")
        state.offsets[key] = found
        return found
    }

    /// A corlib type by namespace and name, `Outer/Inner` for nested types.
    static func corlibNestedType(_ namespace: String, _ name: String, _ context: NativeContext) throws -> RuntimeType {
        let system = context.runtime.system
        let parts = name.split(separator: "/").map(String.init)
        var type = try system.corlibType(namespace, parts[0])
        for inner in parts.dropFirst() {
            guard let reader = type.reader, let assembly = type.assembly,
                  let handle = reader.typeDefinition(type.definitionHandle).nestedTypes.first(where: { reader.typeDefinition($0).name == inner }) else {
                throw TypeLoadError(typeName: namespace + "." + name, assembly: "mscorlib", reason: "no nested type \(inner)")
            }
            type = system.definitionType(handle, in: assembly)
        }
        return type
    }


    /// A new object of a corlib type (zeroed), kept alive when `immortal`.
    static func newObject(_ namespace: String, _ name: String, _ context: NativeContext, immortal: Bool = false) -> UnsafeMutableRawPointer? {
        guard let type = try? MonoCorlib.corlibNestedType(namespace, name, context), let object = context.allocate(type) else { return nil }
        if immortal { context.runtime.keepAlive(object) }
        return object
    }

    /// The value of a static reference field of a corlib type, running its type initializer first.
    static func staticReference(_ namespace: String, _ name: String, _ field: String, _ context: NativeContext) -> UnsafeMutableRawPointer? {
        let key = namespace + "." + name + "::" + field
        let state = MonoCorlib.state(context)
        if let known = state.singletons[key] { return known }
        guard let type = try? MonoCorlib.corlibNestedType(namespace, name, context), let f = (try? type.field(named: field)) ?? nil else { return nil }
        guard context.runTypeInitializer(of: type) == 0 else { return nil }
        guard let statics = try? type.staticStorage(),
              let value = statics.load(fromByteOffset: f.offset, as: UnsafeMutableRawPointer?.self) else { return nil }
        state.singletons[key] = value
        return value
    }

    /// A managed array of `element` holding `items` (references), nil when the heap is exhausted.
    static func referenceArray(of element: RuntimeType, _ items: [UnsafeMutableRawPointer?], _ context: NativeContext) -> UnsafeMutableRawPointer? {
        guard let array = context.allocateVector(of: element, count: items.count) else { return nil }
        for (i, item) in items.enumerated() { context.storeReference(item, intoElement: i, of: array) }
        return array
    }

    /// The elements of a managed array of references.
    static func arrayElements(_ array: UnsafeRawPointer?) -> [UnsafeMutableRawPointer?] {
        guard let array else { return [] }
        let count = array.load(fromByteOffset: ObjectLayout.arrayLengthOffset, as: Int.self)
        return (0..<count).map { array.load(fromByteOffset: ObjectLayout.arrayDataOffset + 8 * $0, as: UnsafeMutableRawPointer?.self) }
    }

    /// Writes a reference into an out/ref parameter (a managed pointer, possibly into the heap).
    static func storeOut(_ value: UnsafeRawPointer?, to pointer: UnsafeMutableRawPointer, _ context: NativeContext) {
        context.storeReference(value, at: pointer)
    }
}
