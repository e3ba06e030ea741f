// Loads assemblies once each (by simple name), resolves AssemblyRefs through the AssemblyResolver,
// and finds type definitions by name, following ExportedType forwarders (how facades such as
// System.Runtime.dll send types to mscorlib). Cold path: Swift classes and dictionaries are fine here.

/// A type that could not be found: names it, the assembly asked, and why.
public struct TypeLoadError: Error, CustomStringConvertible, Sendable {
    public let typeName: String
    public let assembly: String
    public let reason: String
    public init(typeName: String, assembly: String, reason: String) {
        (self.typeName, self.assembly, self.reason) = (typeName, assembly, reason)
    }
    public var description: String {
        "TypeLoadException: Could not load type '\(typeName)' from assembly '\(assembly)': \(reason)"
    }
}

public final class LoadedAssembly {
    public let reader: MetadataReader
    public let path: String
    public let identity: AssemblyIdentity
    /// The class library's managed objects for this assembly and its module (System.Reflection),
    /// once asked for; the runtime keeps them alive.
    public var managedAssemblyObject: UnsafeMutableRawPointer?
    public var managedModuleObject: UnsafeMutableRawPointer?

    init(reader: MetadataReader, path: String) {
        self.reader = reader
        self.path = path
        let simpleName = reader.assembly?.name ?? reader.module.name
        identity = AssemblyIdentity(name: simpleName, version: reader.assembly?.version, culture: reader.assembly?.culture,
                                    publicKeyToken: reader.assemblyPublicKeyToken)
    }

    /// Top-level type definitions by name, built on first lookup.
    private(set) lazy var definitionsByName: TypeNameIndex<TypeDefinitionHandle> = {
        var index = TypeNameIndex<TypeDefinitionHandle>()
        for h in reader.typeDefinitions {
            let type = reader.typeDefinition(h)
            guard !type.isNested else { continue }
            index.insert(h, hash: reader.typeNameHash(namespace: type.namespaceHandle, name: type.nameHandle))
        }
        return index
    }()

    /// Top-level exported types (forwarders and types in other modules) by name.
    private(set) lazy var exportedByName: TypeNameIndex<ExportedTypeHandle> = {
        var index = TypeNameIndex<ExportedTypeHandle>()
        for h in reader.handles(ExportedTypeHandle.self) {
            let exported = reader.exportedType(h)
            guard exported.implementation.table != .exportedType else { continue }
            index.insert(h, hash: reader.typeNameHash(namespace: exported.namespaceHandle, name: exported.nameHandle))
        }
        return index
    }()

    func definition(namespace: String, name: String) -> TypeDefinitionHandle? {
        definitionsByName.first(hash: MetadataReader.typeNameHash(namespace: namespace, name: name)) {
            let type = reader.typeDefinition($0)
            return reader.string(type.nameHandle, equals: name) && reader.string(type.namespaceHandle, equals: namespace)
        }
    }

    func exportedType(namespace: String, name: String) -> ExportedTypeHandle? {
        exportedByName.first(hash: MetadataReader.typeNameHash(namespace: namespace, name: name)) {
            let exported = reader.exportedType($0)
            return reader.string(exported.nameHandle, equals: name) && reader.string(exported.namespaceHandle, equals: namespace)
        }
    }
}

/// Handles by a hash of namespace and name (MetadataReader.typeNameHash): the names stay in the
/// image's #Strings, where a String key per type cost mscorlib's 2,900 types 0.3 MB. A lookup
/// confirms the names, so hashes that collide only cost a comparison.
struct TypeNameIndex<Handle> {
    private var first: [UInt64: Handle] = [:]
    private var more: [UInt64: [Handle]] = [:]

    /// Of two types with one name the first inserted is found (II.22.37: a valid image has none).
    mutating func insert(_ handle: Handle, hash: UInt64) {
        if first[hash] == nil { first[hash] = handle } else { more[hash, default: []].append(handle) }
    }

    func first(hash: UInt64, where matches: (Handle) -> Bool) -> Handle? {
        if let handle = first[hash], matches(handle) { return handle }
        return more[hash]?.first(where: matches)
    }
}

public final class AssemblyLoader {
    public let resolver: AssemblyResolver
    private var bySimpleName: [String: LoadedAssembly] = [:]
    private var loadOrder: [LoadedAssembly] = []
    /// Told of each assembly loaded from then on (the class library's AppDomain.AssemblyLoad event).
    public var loadHook: ((LoadedAssembly) -> Void)?
    /// `--verbose`: told each decision the loader makes (what was asked for, where it was
    /// found or looked for, type forwarders followed), one line each.
    public var log: ((String) -> Void)?
    /// Forwarding chains longer than this are cycles between corrupt facades.
    static let maximumForwarding = 16

    public init(resolver: AssemblyResolver) {
        self.resolver = resolver
    }

    /// The assemblies loaded so far, in the order they were loaded.
    public var loadedAssemblies: [LoadedAssembly] { loadOrder }

    /// The assembly loaded under `name`'s simple name, if any.
    public func loaded(named name: String) -> LoadedAssembly? { bySimpleName[name.lowercased()] }

    /// Loads the image at `path` (the program), or returns the assembly already loaded under its name.
    @discardableResult
    public func load(path: String) throws -> LoadedAssembly {
        log?("loading \(path)")
        return try add(LoadedAssembly(reader: try MetadataReader(path: path), path: path))
    }

    /// Loads an image from bytes (Assembly.Load(byte[])); its path is empty.
    public func load(bytes: [UInt8]) throws -> LoadedAssembly {
        let image = bytes.withUnsafeBytes { ImageBytes(copying: $0) }
        return try add(LoadedAssembly(reader: try MetadataReader(image: image), path: ""))
    }

    private func add(_ assembly: LoadedAssembly) throws -> LoadedAssembly {
        if let existing = bySimpleName[assembly.identity.name.lowercased()] { return existing }
        bySimpleName[assembly.identity.name.lowercased()] = assembly
        loadOrder.append(assembly)
        loadHook?(assembly)
        return assembly
    }

    /// Loads the assembly that provides `identity` (at most one per simple name, as Mono does).
    public func load(_ identity: AssemblyIdentity) throws -> LoadedAssembly {
        if let existing = bySimpleName[identity.name.lowercased()] { return existing }
        switch resolver.locate(identity) {
        case .success(let path):
            let assembly = try load(path: path)
            log?("\(identity) -> \(path)" + (assembly.identity.version == identity.version || identity.version == nil ? "" : " (version \(assembly.identity.version.map { "\($0)" } ?? "none"))"))
            return assembly
        case .failure(let error):
            log?("\(identity) not found; searched \(error.searched.joined(separator: ", "))")
            throw error
        }
    }

    public func load(reference: AssemblyReferenceHandle, from assembly: LoadedAssembly) throws -> LoadedAssembly {
        try load(AssemblyIdentity(reference: reference, in: assembly.reader))
    }

    /// Finds the top-level type `namespace.name` as seen from `assembly`, following forwarders.
    public func findType(namespace: String, name: String, in assembly: LoadedAssembly) throws -> (LoadedAssembly, TypeDefinitionHandle) {
        var current = assembly
        for _ in 0..<Self.maximumForwarding {
            if let h = current.definition(namespace: namespace, name: name) { return (current, h) }
            guard let forwarder = current.exportedType(namespace: namespace, name: name) else {
                throw TypeLoadError(typeName: qualified(namespace, name), assembly: current.identity.description,
                                    reason: "no such type in \(current.path)")
            }
            let implementation = current.reader.exportedType(forwarder).implementation
            guard implementation.table == .assemblyRef else {
                throw TypeLoadError(typeName: qualified(namespace, name), assembly: current.identity.description,
                                    reason: "the type lives in another module of a multi-module assembly, which Ilex does not load yet")
            }
            let next = try load(reference: AssemblyReferenceHandle(row: implementation.row), from: current)
            log?("\(qualified(namespace, name)): forwarded by \(current.identity.name) to \(next.identity.name)")
            current = next
        }
        throw TypeLoadError(typeName: qualified(namespace, name), assembly: assembly.identity.description,
                            reason: "type forwarders form a cycle")
    }

    /// The definition a TypeRef names: in another assembly, this module, or nested in another TypeRef.
    public func resolve(_ reference: TypeReferenceHandle, in assembly: LoadedAssembly, depth: Int = 0) throws -> (LoadedAssembly, TypeDefinitionHandle) {
        let ref = assembly.reader.typeReference(reference)
        let scope = ref.resolutionScope
        guard depth < MetadataReader.maximumNesting else {
            throw TypeLoadError(typeName: ref.name, assembly: assembly.identity.description, reason: "nested TypeRefs form a cycle")
        }
        switch scope.table {
        case .assemblyRef where !scope.isNil:
            let target = try load(reference: AssemblyReferenceHandle(row: scope.row), from: assembly)
            return try findType(namespace: ref.namespace, name: ref.name, in: target)
        case .typeRef where !scope.isNil:
            let (outerAssembly, outer) = try resolve(TypeReferenceHandle(row: scope.row), in: assembly, depth: depth + 1)
            let reader = outerAssembly.reader
            if let nested = reader.typeDefinition(outer).nestedTypes.first(where: { reader.typeDefinition($0).name == ref.name }) {
                return (outerAssembly, nested)
            }
            throw TypeLoadError(typeName: reader.typeName(outer.token) + "/" + ref.name, assembly: outerAssembly.identity.description,
                                reason: "no such nested type")
        case .moduleRef where !scope.isNil:
            throw TypeLoadError(typeName: qualified(ref.namespace, ref.name), assembly: assembly.identity.description,
                                reason: "the type lives in another module of a multi-module assembly, which Ilex does not load yet")
        default:
            // Nil scope: look in ExportedType (II.22.38); Module scope: this module.
            return try findType(namespace: ref.namespace, name: ref.name, in: assembly)
        }
    }

    private func qualified(_ namespace: String, _ name: String) -> String {
        namespace.isEmpty ? name : namespace + "." + name
    }
}
