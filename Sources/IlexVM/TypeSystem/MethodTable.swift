// The raw MethodTable (DESIGN.md §3): an unmanaged, immutable-after-load block per type that an
// object's first word points to and that the interpreter, JIT and GC read at fixed offsets. It is
// also the value of a RuntimeTypeHandle. Building it is the last loading stage; statics blocks are
// allocated here too. `MethodTable` is a plain pointer wrapper: no ARC on the hot paths.

public struct MethodTableFlags: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let valueType = MethodTableFlags(rawValue: 1 << 0)
    public static let interface = MethodTableFlags(rawValue: 1 << 1)
    public static let abstract = MethodTableFlags(rawValue: 1 << 2)
    public static let sealed = MethodTableFlags(rawValue: 1 << 3)
    public static let array = MethodTableFlags(rawValue: 1 << 4)
    public static let szArray = MethodTableFlags(rawValue: 1 << 5)
    public static let string = MethodTableFlags(rawValue: 1 << 6)
    public static let containsReferences = MethodTableFlags(rawValue: 1 << 7)
    public static let hasFinalizer = MethodTableFlags(rawValue: 1 << 8)
    public static let `enum` = MethodTableFlags(rawValue: 1 << 9)
    public static let nullable = MethodTableFlags(rawValue: 1 << 10)
    public static let delegate = MethodTableFlags(rawValue: 1 << 11)
    /// Open generic type (instantiated over placeholders): never instantiated.
    public static let open = MethodTableFlags(rawValue: 1 << 12)
    public static let hasTypeInitializer = MethodTableFlags(rawValue: 1 << 13)
    public static let beforeFieldInit = MethodTableFlags(rawValue: 1 << 14)
    public static let primitive = MethodTableFlags(rawValue: 1 << 15)
    public static let pointer = MethodTableFlags(rawValue: 1 << 16)
    public static let byReference = MethodTableFlags(rawValue: 1 << 17)
    public static let functionPointer = MethodTableFlags(rawValue: 1 << 18)
    public static let genericParameter = MethodTableFlags(rawValue: 1 << 19)
    /// Either flag: values that unbox as their underlying integer (no OptionSet literal on hot paths).
    public static let enumOrPrimitive = MethodTableFlags(rawValue: 1 << 9 | 1 << 15)
}

public struct MethodTable: Hashable {
    public let raw: UnsafeMutableRawPointer

    // Fixed offsets (bytes). Keep in step with docs/architecture.md "MethodTable".
    public static let flagsOffset = 0              // UInt32 MethodTableFlags
    /// Reference types: object size with header; value types: unboxed size; arrays/strings: the
    /// size before the first element/character.
    public static let baseSizeOffset = 4           // UInt32
    public static let componentSizeOffset = 8      // UInt32 array element / string char size
    public static let alignmentOffset = 12         // UInt16 value alignment
    public static let elementKindOffset = 14       // UInt8 ElementType (signatureElementType; enums: underlying)
    public static let rankOffset = 15              // UInt8 array rank
    public static let parentOffset = 16            // MethodTable? base class
    /// Arrays, pointers, byrefs: the element; enums: the underlying primitive; Nullable<T>: T.
    public static let elementOffset = 24           // MethodTable?
    /// [UInt32 count][UInt32 offset]…: references in an instance (arrays: in one element).
    public static let referenceMapOffset = 32      // UnsafePointer<UInt32>
    /// count entries of [interface MethodTable 8][UnsafePointer to one method descriptor per slot 8].
    public static let interfaceMapOffset = 40      // UnsafeRawPointer?
    public static let interfaceCountOffset = 48    // UInt32
    public static let vtableCountOffset = 52       // UInt32
    public static let runtimeTypeOffset = 56       // Unmanaged<RuntimeType>
    public static let staticsOffset = 64           // UnsafeMutableRawPointer? statics block
    public static let threadStaticSlotOffset = 72  // Int32, -1 when none
    /// A TypeInitializationState: the engine's `initClass` test.
    public static let classInitStateOffset = 76    // UInt32
    public static let vtableOffset = 80            // method descriptor pointers, vtableCount of them
    public static let interfaceEntrySize = 16

    public init(_ raw: UnsafeMutableRawPointer) { self.raw = raw }

    @inline(__always) public var flags: MethodTableFlags { MethodTableFlags(rawValue: raw.load(fromByteOffset: Self.flagsOffset, as: UInt32.self)) }
    @inline(__always) public var baseSize: Int { Int(raw.load(fromByteOffset: Self.baseSizeOffset, as: UInt32.self)) }
    @inline(__always) public var componentSize: Int { Int(raw.load(fromByteOffset: Self.componentSizeOffset, as: UInt32.self)) }
    @inline(__always) public var alignment: Int { Int(raw.load(fromByteOffset: Self.alignmentOffset, as: UInt16.self)) }
    @inline(__always) public var elementKind: UInt8 { raw.load(fromByteOffset: Self.elementKindOffset, as: UInt8.self) }
    @inline(__always) public var rank: Int { Int(raw.load(fromByteOffset: Self.rankOffset, as: UInt8.self)) }
    @inline(__always) public var parent: MethodTable? { pointer(at: Self.parentOffset).map(MethodTable.init) }
    @inline(__always) public var element: MethodTable? { pointer(at: Self.elementOffset).map(MethodTable.init) }
    @inline(__always) public var interfaceCount: Int { Int(raw.load(fromByteOffset: Self.interfaceCountOffset, as: UInt32.self)) }
    @inline(__always) public var vtableCount: Int { Int(raw.load(fromByteOffset: Self.vtableCountOffset, as: UInt32.self)) }
    @inline(__always) public var statics: UnsafeMutableRawPointer? { pointer(at: Self.staticsOffset) }
    @inline(__always) public var threadStaticSlot: Int { Int(raw.load(fromByteOffset: Self.threadStaticSlotOffset, as: Int32.self)) }

    /// The method descriptor in vtable slot `slot`.
    @inline(__always) public func vtableSlot(_ slot: Int) -> UnsafeMutableRawPointer {
        raw.load(fromByteOffset: Self.vtableOffset + slot * 8, as: UnsafeMutableRawPointer.self)
    }

    /// Offsets of the references in an instance (or one array element).
    public var referenceOffsets: UnsafeBufferPointer<UInt32> {
        let map = raw.load(fromByteOffset: Self.referenceMapOffset, as: UnsafePointer<UInt32>.self)
        return UnsafeBufferPointer(start: map + 1, count: Int(map.pointee))
    }

    /// The implementation slots for `interface`, by exact match in the interface map.
    @inline(__always) public func interfaceSlots(for interface: MethodTable) -> UnsafePointer<UnsafeMutableRawPointer>? {
        guard let map = UnsafeRawPointer(pointer(at: Self.interfaceMapOffset)) else { return nil }
        for i in 0..<interfaceCount {
            let entry = map + i * Self.interfaceEntrySize
            if entry.load(as: UnsafeRawPointer.self) == UnsafeRawPointer(interface.raw) {
                return entry.load(fromByteOffset: 8, as: UnsafePointer<UnsafeMutableRawPointer>.self)
            }
        }
        return nil
    }

    /// The loader's RuntimeType (cold paths: names, reflection, slow casts).
    public var runtimeType: RuntimeType {
        Unmanaged<RuntimeType>.fromOpaque(raw.load(fromByteOffset: Self.runtimeTypeOffset, as: UnsafeRawPointer.self)).takeUnretainedValue()
    }

    @inline(__always) private func pointer(at offset: Int) -> UnsafeMutableRawPointer? {
        raw.load(fromByteOffset: offset, as: UnsafeMutableRawPointer?.self)
    }
}

extension RuntimeType {
    /// The raw MethodTable, building every earlier stage first. The block is allocated before it is
    /// filled, so types that refer to each other (a class and its array type) resolve.
    public func methodTable() throws -> MethodTable {
        if case .failed(let error) = methodTableState { throw error }
        if let table = _methodTable { return table }
        try loadHierarchy()
        try loadInstanceLayout()
        try loadStaticLayout()
        try loadVirtualTable()
        let vtable = _vtable
        let size = MethodTable.vtableOffset + vtable.count * 8
        let raw = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: size)
        let table = MethodTable(raw)
        _methodTable = table
        do {
            try fill(table, vtable: vtable)
            methodTableState = .done
            system.noteLoaded()
        } catch {
            methodTableState = .failed(error)
            _methodTable = nil
            throw error
        }
        return table
    }

    private func fill(_ table: MethodTable, vtable: [RuntimeMethod]) throws {
        let raw = table.raw
        var flags: MethodTableFlags = []
        if isValueType { flags.insert(.valueType) }
        if isInterface { flags.insert(.interface) }
        if isAbstract { flags.insert(.abstract) }
        if isSealed { flags.insert(.sealed) }
        if isArray { flags.insert(.array) }
        if kind == .szArray { flags.insert(.szArray) }
        if isString { flags.insert(.string) }
        if isEnum { flags.insert(.enum) }
        if isNullable { flags.insert(.nullable) }
        if isDelegate { flags.insert(.delegate) }
        if containsGenericParameters { flags.insert(.open) }
        if primitive != nil { flags.insert(.primitive) }
        if flagsForKind != [] { flags.formUnion(flagsForKind) }
        if kind == .definition, self.flags.contains(.beforeFieldInit) { flags.insert(.beforeFieldInit) }
        if try typeInitializer() != nil { flags.insert(.hasTypeInitializer) }
        if try hasFinalizer() { flags.insert(.hasFinalizer) }

        var baseSize = _layout.size
        var componentSize = 0
        var references = _layout.referenceOffsets
        var element: RuntimeType?
        switch kind {
        case .szArray, .array:
            element = elementType
            componentSize = try elementType!.storageSize().size
            baseSize = ObjectLayout.arrayDataOffset
            references = try elementType!.inlineReferenceOffsets()
        case .pointer, .byReference:
            element = elementType
        default:
            if isString {
                baseSize = ObjectLayout.stringCharsOffset
                componentSize = 2
            }
            element = try underlyingType() ?? nullableArgument
        }
        if !references.isEmpty { flags.insert(.containsReferences) }

        raw.storeBytes(of: flags.rawValue, toByteOffset: MethodTable.flagsOffset, as: UInt32.self)
        raw.storeBytes(of: UInt32(baseSize), toByteOffset: MethodTable.baseSizeOffset, as: UInt32.self)
        raw.storeBytes(of: UInt32(componentSize), toByteOffset: MethodTable.componentSizeOffset, as: UInt32.self)
        raw.storeBytes(of: UInt16(_layout.alignment), toByteOffset: MethodTable.alignmentOffset, as: UInt16.self)
        let elementKind = try underlyingType()?.primitive ?? signatureElementType
        raw.storeBytes(of: elementKind.rawValue, toByteOffset: MethodTable.elementKindOffset, as: UInt8.self)
        raw.storeBytes(of: UInt8(arrayRank), toByteOffset: MethodTable.rankOffset, as: UInt8.self)
        raw.storeBytes(of: try _parent?.methodTable().raw, toByteOffset: MethodTable.parentOffset, as: UnsafeMutableRawPointer?.self)
        raw.storeBytes(of: try element?.methodTable().raw, toByteOffset: MethodTable.elementOffset, as: UnsafeMutableRawPointer?.self)

        let map = UnsafeMutablePointer<UInt32>.allocate(capacity: references.count + 1)
        map[0] = UInt32(references.count)
        for (i, offset) in references.enumerated() { map[i + 1] = UInt32(offset) }
        raw.storeBytes(of: UnsafePointer(map), toByteOffset: MethodTable.referenceMapOffset, as: UnsafePointer<UInt32>.self)

        let interfaces = _interfaceMap
        if !interfaces.isEmpty {
            let entries = UnsafeMutableRawPointer.allocate(byteCount: interfaces.count * MethodTable.interfaceEntrySize, alignment: 8)
            for (i, entry) in interfaces.enumerated() {
                let slots = UnsafeMutablePointer<UnsafeMutableRawPointer>.allocate(capacity: max(entry.implementations.count, 1))
                for (j, method) in entry.implementations.enumerated() { slots[j] = method.descriptor }
                entries.storeBytes(of: try entry.interface.methodTable().raw, toByteOffset: i * 16, as: UnsafeMutableRawPointer.self)
                entries.storeBytes(of: UnsafeMutableRawPointer(slots), toByteOffset: i * 16 + 8, as: UnsafeMutableRawPointer.self)
            }
            raw.storeBytes(of: entries, toByteOffset: MethodTable.interfaceMapOffset, as: UnsafeMutableRawPointer.self)
        }
        raw.storeBytes(of: UInt32(interfaces.count), toByteOffset: MethodTable.interfaceCountOffset, as: UInt32.self)
        raw.storeBytes(of: UInt32(vtable.count), toByteOffset: MethodTable.vtableCountOffset, as: UInt32.self)
        raw.storeBytes(of: Unmanaged.passUnretained(self).toOpaque(), toByteOffset: MethodTable.runtimeTypeOffset, as: UnsafeMutableRawPointer.self)
        raw.storeBytes(of: try staticStorage(), toByteOffset: MethodTable.staticsOffset, as: UnsafeMutableRawPointer?.self)
        raw.storeBytes(of: Int32(_threadStaticSlot), toByteOffset: MethodTable.threadStaticSlotOffset, as: Int32.self)
        for (slot, method) in vtable.enumerated() {
            raw.storeBytes(of: method.descriptor, toByteOffset: MethodTable.vtableOffset + slot * 8, as: UnsafeMutableRawPointer.self)
        }
    }

    private var flagsForKind: MethodTableFlags {
        switch kind {
        case .pointer: .pointer
        case .byReference: .byReference
        case .functionPointer: .functionPointer
        case .typeParameter, .methodParameter: .genericParameter
        default: []
        }
    }
}

/// Where a type's initializer is (MethodTable.classInitStateOffset): `initClass` goes on only at
/// `started` (which includes having finished, and a re-entrant access from the initializer itself).
public enum TypeInitializationState {
    public static let notRun: UInt32 = 0
    public static let started: UInt32 = 1
    /// It threw: every later access throws the same TypeInitializationException.
    public static let failed: UInt32 = 2
}
