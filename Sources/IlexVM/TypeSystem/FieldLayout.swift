// Field layout (ECMA-335 II.10.1.2, II.10.7): instance fields for auto, sequential and explicit
// layout with Pack and ClassSize; static and thread-static fields in per-type blocks; the GC
// reference map of each. Offsets of instance fields count from the object start (after the
// 16-byte header the first field is at 16) for reference types, and from the start of the value
// for value types; a boxed value's fields are at ObjectLayout.headerSize + offset.

/// The fixed parts of the object model (DESIGN.md §3, docs/architecture.md "Object model").
public enum ObjectLayout {
    /// [MethodTable pointer 8][header word 8]
    public static let headerSize = 8 * 2
    /// Strings: header, Int32 length, UTF-16 characters, a terminating NUL (Mono's MonoString).
    public static let stringLengthOffset = headerSize
    public static let stringCharsOffset = headerSize + 4
    /// Arrays: header, bounds pointer (nil for SZ arrays), length (native int), elements; this is
    /// the layout Mono's corlib assumes in System.Array/RawData (Bounds, Count, Data).
    public static let arrayBoundsOffset = headerSize
    public static let arrayLengthOffset = headerSize + 8
    public static let arrayDataOffset = headerSize + 16
    /// A multi-dimensional array's bounds, per dimension after the elements: length (native int),
    /// lower bound (Int32, padded), as Mono's MonoArrayBounds.
    public static let arrayBoundsEntrySize = 16
    public static let pointerSize = 8
}

/// Fields of Mono's System.Delegate the runtime reads and writes (a test checks them against the
/// corlib's layout).
public enum DelegateLayout {
    public static let methodPointerOffset = ObjectLayout.headerSize       // method_ptr
    public static let targetOffset = ObjectLayout.headerSize + 16          // m_target
    public static let methodOffset = ObjectLayout.headerSize + 24          // method: our method descriptor
}

/// Mono's System.TypedReference (`type`, `value`, `klass`): the type is a RuntimeTypeHandle, so
/// our MethodTable, stored twice as mono stores its MonoType and MonoClass.
public enum TypedReferenceLayout {
    public static let typeOffset = 0
    public static let valueOffset = 8
    public static let classOffset = 16
    public static let size = 24
}

/// The arguments after a vararg sentinel (II.15.4.1.3). The caller copies them into an area of
/// its own frame and passes, after the required arguments, a two-word handle: the area's address
/// and a descriptor made at import, `[count: Int][per argument: MethodTable 8, offset in the area
/// 4, size 4]`. `arglist` yields the address of that handle (RuntimeArgumentHandle.args), which
/// ArgIterator reads.
public enum VarargLayout {
    public static let handleSize = 16
    public static let areaOffset = 0
    public static let descriptorOffset = 8
    public static let descriptorHeaderSize = 8
    public static let descriptorEntrySize = 16
}

struct InstanceLayout {
    /// Reference types: the object size with header, rounded to 8. Value types: the unboxed size.
    var size = 0
    /// Reference types: where a derived class's fields start (the end of the last field).
    var fieldsEnd = 0
    var alignment = 1
    /// Offsets of object references (and byrefs of byref-like structs), in ascending order.
    var referenceOffsets: [Int] = []
}

struct StaticLayout {
    var size = 0
    var referenceOffsets: [Int] = []
}

extension RuntimeType {
    /// Size of an instance: reference types the object size with header; value types the value.
    public func instanceSize() throws -> Int {
        try loadInstanceLayout()
        return _layout.size
    }

    /// Alignment of a value of this type inside another (value types; references are 8).
    public func instanceAlignment() throws -> Int {
        try loadInstanceLayout()
        return _layout.alignment
    }

    /// Offsets of the references inside an instance (GC pointer map), counted as field offsets are.
    public func referenceOffsets() throws -> [Int] {
        try loadInstanceLayout()
        return _layout.referenceOffsets
    }

    /// Size and alignment this type takes as a field, array element or local.
    public func storageSize() throws -> (size: Int, alignment: Int) {
        if isValueType {
            try loadInstanceLayout()
            return (_layout.size, _layout.alignment)
        }
        if self === system.wellKnown.void { return (0, 1) }
        return (ObjectLayout.pointerSize, ObjectLayout.pointerSize)
    }

    /// References a value of this type holds when stored inline (a field or element).
    func inlineReferenceOffsets() throws -> [Int] {
        if isValueType { return try referenceOffsets() }
        switch kind {
        case .definition, .szArray, .array, .byReference: return [0]
        default: return []  // pointers, function pointers, open placeholders
        }
    }

    public var containsReferences: Bool { (try? inlineReferenceOffsets().isEmpty == false) ?? false }

    func loadInstanceLayout() throws {
        try runStage(\.instanceLayoutState, "field layout") {
            switch kind {
            case .definition:
                try layOutDefinition()
            case .szArray, .array:
                _layout = InstanceLayout(size: ObjectLayout.arrayDataOffset, fieldsEnd: ObjectLayout.arrayDataOffset, alignment: 8)
            default:
                _layout = InstanceLayout(size: ObjectLayout.pointerSize, fieldsEnd: ObjectLayout.pointerSize, alignment: 8)
            }
        }
    }

    static func primitiveSize(_ element: ElementType) -> Int {
        switch element {
        case .boolean, .int8, .uint8: 1
        case .char, .int16, .uint16: 2
        case .int32, .uint32, .float32: 4
        default: 8
        }
    }

    private func layOutDefinition() throws {
        guard let reader else { return }
        let row = reader.typeDefinition(definitionHandle)
        let instanceFields = try declaredFields().filter { $0.storage == .instance }
        if let primitive {
            let size = Self.primitiveSize(primitive)
            for field in instanceFields { field.offset = 0 }
            _layout = InstanceLayout(size: size, fieldsEnd: size, alignment: size)
            return
        }
        if isInterface {
            guard instanceFields.isEmpty else { throw system.typeLoadError(self, "an interface cannot have instance fields") }
            _layout = InstanceLayout(size: 0, fieldsEnd: 0, alignment: 8)
            return
        }
        var references: [Int] = []
        var start = 0
        if !isValueType {
            if let parent = try parent() {
                try parent.loadInstanceLayout()
                start = parent._layout.fieldsEnd
                references = parent._layout.referenceOffsets
            } else {
                start = ObjectLayout.headerSize
            }
        }
        let declared = row.layout
        let packing = Int(declared?.packingSize ?? 0)
        guard [0, 1, 2, 4, 8, 16, 32, 64, 128].contains(packing) else {
            throw system.typeLoadError(self, "packing size \(packing) is not 0 or a power of two up to 128")
        }
        let pack = packing == 0 ? 8 : packing
        let classSize = Int(declared?.classSize ?? 0)
        if classSize > 0x7FFF_FFFF { throw system.typeLoadError(self, "class size \(classSize) is too large") }

        struct Placed { let field: RuntimeField; let size: Int; let alignment: Int; let references: [Int] }
        var placed = try instanceFields.map { field -> Placed in
            if field.type.isValueType, field.type === self {
                throw system.typeLoadError(self, "field \(field.name) has the type itself")
            }
            let (size, natural) = try field.type.storageSize()
            return Placed(field: field, size: size, alignment: min(natural, pack), references: try field.type.inlineReferenceOffsets())
        }
        var end = start
        var maxAlignment = 1
        switch flags.layout {
        case .explicit:
            for p in placed {
                guard let offset = reader.field(p.field.handle).offset else {
                    throw system.typeLoadError(self, "field \(p.field.name) has no offset in an explicit layout")
                }
                p.field.offset = start + Int(offset)
                end = max(end, p.field.offset + p.size)
                maxAlignment = max(maxAlignment, p.alignment)
            }
            try checkExplicitOverlaps(placed.map { ($0.field, $0.size, $0.references) }, start: start)
        case .sequential, .auto:
            if flags.layout == .auto {
                // References first, then by decreasing alignment: fewer holes. Stable, so the
                // declaration order decides ties.
                placed = placed.enumerated().sorted { a, b in
                    let ra = !a.element.field.type.isValueType && a.element.references == [0]
                    let rb = !b.element.field.type.isValueType && b.element.references == [0]
                    if ra != rb { return ra }
                    if a.element.alignment != b.element.alignment { return a.element.alignment > b.element.alignment }
                    return a.offset < b.offset
                }.map(\.element)
            }
            for p in placed {
                let offset = Self.roundUp(end, p.alignment)
                p.field.offset = offset
                end = offset + p.size
                maxAlignment = max(maxAlignment, p.alignment)
            }
        }
        for p in placed {
            references += p.references.map { p.field.offset + $0 }
        }
        references.sort()
        if isValueType {
            var size = Self.roundUp(end, maxAlignment)
            if flags.layout != .auto, classSize > size { size = classSize }
            // A struct without fields or .size is 0 bytes, as mono lays it out (C# compilers give
            // such structs `.size 1`).
            _layout = InstanceLayout(size: size, fieldsEnd: size, alignment: maxAlignment, referenceOffsets: references)
        } else {
            if flags.layout != .auto, classSize > 0 { end = max(end, start + classSize) }
            _layout = InstanceLayout(size: Self.roundUp(max(end, ObjectLayout.headerSize), 8), fieldsEnd: end,
                                     alignment: 8, referenceOffsets: references)
        }
    }

    /// In explicit layout an object reference must be pointer-aligned and may overlap only other
    /// references at the same offset, never other data (II.10.7): the collector could not tell.
    private func checkExplicitOverlaps(_ fields: [(field: RuntimeField, size: Int, references: [Int])], start: Int) throws {
        guard fields.contains(where: { !$0.references.isEmpty }) else { return }
        var referenceStarts = Set<Int>()
        for f in fields {
            for r in f.references {
                let offset = f.field.offset + r
                guard offset % ObjectLayout.pointerSize == 0 else {
                    throw system.typeLoadError(self, "it contains an object field at offset \(offset - start) that is incorrectly aligned")
                }
                referenceStarts.insert(offset)
            }
        }
        for f in fields {
            let own = Set(f.references.map { f.field.offset + $0 })
            for offset in referenceStarts where !own.contains(offset) {
                // Bytes of f that are not its own references must not touch [offset, offset+8).
                // (A reference of f at the same offset was excluded above: references may alias.)
                if f.field.offset < offset + ObjectLayout.pointerSize && offset < f.field.offset + f.size {
                    throw system.typeLoadError(self, "it contains an object field at offset \(offset - start) that is overlapped by a non-object field")
                }
            }
        }
    }

    static func roundUp(_ value: Int, _ alignment: Int) -> Int { (value + alignment - 1) / alignment * alignment }

    // MARK: Statics

    /// Size of the type's statics block (0 when it has none).
    public func staticsSize() throws -> Int {
        try loadStaticLayout()
        return _statics.size
    }

    func loadStaticLayout() throws {
        try runStage(\.staticLayoutState, "static field layout") {
            var statics = StaticLayout(), threadStatics = StaticLayout()
            for field in try declaredFields() where field.storage == .static || field.storage == .threadStatic {
                let (size, alignment) = try field.type.storageSize()
                let inner = try field.type.inlineReferenceOffsets()
                func place(_ layout: inout StaticLayout) {
                    field.offset = Self.roundUp(layout.size, max(alignment, 1))
                    layout.size = field.offset + size
                    layout.referenceOffsets += inner.map { field.offset + $0 }
                }
                if field.storage == .static { place(&statics) } else { place(&threadStatics) }
            }
            _statics = statics
            _threadStatics = threadStatics
            if threadStatics.size > 0 {
                _threadStaticSlot = system.threadStaticSlotCount
                system.threadStaticSlotCount += 1
            }
        }
    }
}
