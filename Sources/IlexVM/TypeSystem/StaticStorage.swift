// Storage of static fields. Each closed type with statics owns one zeroed block, allocated with its
// MethodTable and never moved; its reference offsets are registered in `TypeSystem.staticRoots`
// for the collector. RVA statics (II.16.3.2, array initializer data) get their bytes copied from
// the image into their place in the block. Thread statics are laid out per type in a separate
// block; each thread owns one such block per type (ThreadStaticStorage), found by the type's slot.

extension RuntimeType {
    /// The statics block (nil when the type has no statics or is an open generic type).
    public func staticStorage() throws -> UnsafeMutableRawPointer? {
        if let block = _staticStorage { return block }
        try loadStaticLayout()
        guard _statics.size > 0, !containsGenericParameters, let assembly else { return nil }
        let block = UnsafeMutableRawPointer.allocate(byteCount: _statics.size, alignment: 16)
        block.initializeMemory(as: UInt8.self, repeating: 0, count: _statics.size)
        for field in try declaredFields() where field.storage == .static && field.hasRVA {
            let size = try field.type.storageSize().size
            let data = try assembly.reader.fieldInitialData(field.handle, size: size)
            (block + field.offset).copyMemory(from: data.base, byteCount: size)
        }
        _staticStorage = block
        if !_statics.referenceOffsets.isEmpty {
            system.staticRoots.append((block, _statics.referenceOffsets))
        }
        return block
    }

    /// Size and reference offsets of the per-thread block, and the slot that finds it.
    public func threadStaticLayout() throws -> (slot: Int, size: Int, referenceOffsets: [Int]) {
        try loadStaticLayout()
        return (_threadStaticSlot, _threadStatics.size, _threadStatics.referenceOffsets)
    }
}

/// One thread's thread-static blocks, by the types' slots; allocated zeroed on first use. The
/// engine's thread context owns one and reports the blocks to the collector as roots.
public final class ThreadStaticStorage {
    /// Blocks by slot, in raw memory the interpreter reads (ThreadState.threadStaticBlocks).
    public let blocks: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    public static let maximumSlots = 1 << 16
    public private(set) var roots: [(block: UnsafeMutableRawPointer, referenceOffsets: [Int])] = []

    public init() {
        // All nil (zero) without touching it: a program uses a few of the 64K slots.
        blocks = zeroedPages(Self.tableBytes).bindMemory(to: UnsafeMutableRawPointer?.self, capacity: Self.maximumSlots)
    }
    private static let tableBytes = maximumSlots * MemoryLayout<UnsafeMutableRawPointer?>.stride

    deinit {
        for i in 0..<Self.maximumSlots { blocks[i]?.deallocate() }
        releaseZeroedPages(blocks, Self.tableBytes)
    }

    /// The calling thread's block for `type`'s thread statics.
    public func block(for type: RuntimeType) throws -> UnsafeMutableRawPointer {
        let (slot, size, references) = try type.threadStaticLayout()
        guard slot >= 0 else { throw type.system.typeLoadError(type, "it has no thread-static fields") }
        guard slot < Self.maximumSlots else { throw type.system.typeLoadError(type, "more than \(Self.maximumSlots) types with thread statics") }
        if let block = blocks[slot] { return block }
        let block = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        block.initializeMemory(as: UInt8.self, repeating: 0, count: size)
        blocks[slot] = block
        if !references.isEmpty { roots.append((block, references)) }
        return block
    }
}
