// The garbage-collected heap (DESIGN.md §5): one reserved address range, committed on demand in
// 64 KB blocks (with MADV_HUGEPAGE on each committed chunk after the first). A small object (up to 32 KB) lives in
// a block dedicated to its size class, so any address inside a block maps to the start of its
// cell: that is how conservative roots and interior pointers (byrefs) find their object. Larger
// objects take a run of whole blocks. Free cells have a nil MethodTable word and are chained
// through their header word; the sweep zeroes dead cells so allocation only writes the header.
// Every reference store marks a card (one byte per 512 heap bytes) for a future generational
// collector. Single-threaded for now: the allocation context becomes per thread with threads.

#if canImport(Glibc)
import Glibc
#endif

public struct HeapConfiguration {
    /// The most the heap may occupy (ILEX_MAX_HEAP / --max-heap); allocation beyond it, after a
    /// full collection, is OutOfMemoryException.
    public var maximumBytes: Int
    /// Collect at every allocation (ILEX_GC_STRESS / --gc-stress).
    public var stress: Bool
    /// Check every reference after each collection (ILEX_GC_VERIFY).
    public var verify: Bool

    public init(maximumBytes: Int = 4 << 30, stress: Bool = false, verify: Bool = false) {
        self.maximumBytes = maximumBytes
        self.stress = stress
        self.verify = verify
    }
}

struct BlockInfo {
    enum Kind: UInt8 { case unused = 0, small, largeStart, largeContinuation }
    var kind: Kind
    var sizeClass: UInt8
    /// largeStart: number of blocks; largeContinuation: index of the start block.
    var extent: UInt32
}

/// What allocation needs on the fast path, in raw memory (DESIGN.md §5: the interpreter
/// allocates inline from it; a per-thread copy once there are threads): per size class the free
/// list and the bump range of the newest block, the size class of each request size, and the
/// bytes left before a collection is due.
public struct AllocationContext {
    var freeLists: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    var bumpCursors: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    var bumpEnds: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    /// Size class of each request size in 8-byte steps up to the large-object threshold.
    var classForSize: UnsafeMutablePointer<UInt8>
    var cellSizes: UnsafeMutablePointer<Int>
    /// Bytes that may still be allocated before the next collection (below zero: collect).
    var budget: Int

    static func make(sizeClasses: [Int], largeObjectThreshold: Int) -> UnsafeMutablePointer<AllocationContext> {
        func pointers() -> UnsafeMutablePointer<UnsafeMutableRawPointer?> {
            let p = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: sizeClasses.count)
            p.initialize(repeating: nil, count: sizeClasses.count)
            return p
        }
        let steps = largeObjectThreshold / 8 + 1
        let classes = UnsafeMutablePointer<UInt8>.allocate(capacity: steps)
        var sizeClass = 0
        for step in 0..<steps {
            while sizeClasses[sizeClass] < step * 8 { sizeClass += 1 }
            classes[step] = UInt8(sizeClass)
        }
        let cells = UnsafeMutablePointer<Int>.allocate(capacity: sizeClasses.count)
        for (i, size) in sizeClasses.enumerated() { cells[i] = size }
        let context = UnsafeMutablePointer<AllocationContext>.allocate(capacity: 1)
        context.initialize(to: AllocationContext(freeLists: pointers(), bumpCursors: pointers(), bumpEnds: pointers(),
                                                 classForSize: classes, cellSizes: cells, budget: 0))
        return context
    }

    /// A zeroed cell of `sizeClass` from the free list or the bump range, or nil (a new block is needed).
    @inline(__always)
    func takeCell(_ sizeClass: Int) -> UnsafeMutableRawPointer? {
        if let cell = freeLists[sizeClass] {
            freeLists[sizeClass] = cell.load(fromByteOffset: 8, as: UnsafeMutableRawPointer?.self)
            cell.storeBytes(of: 0, toByteOffset: 8, as: UInt.self)
            return cell
        }
        if let cursor = bumpCursors[sizeClass], cursor + cellSizes[sizeClass] <= bumpEnds[sizeClass].unsafelyUnwrapped {
            bumpCursors[sizeClass] = cursor + cellSizes[sizeClass]
            return cursor
        }
        return nil
    }
}

public final class Heap {
    public static let blockSize = 64 << 10
    public static let cardSize = 512
    static let commitChunkBlocks = 64
    /// Cell sizes of the small-object classes; larger objects are large objects.
    static let sizeClasses: [Int] = [16, 24, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512,
                                     640, 768, 1024, 1280, 1536, 2048, 2560, 3072, 4096, 5120, 6144, 8192,
                                     // A block split in 6, 5, 4, 3, 2 (multiples of 8): objects up to half a
                                     // block waste at most a quarter of it, not most of a whole one
                                     // (StringBuilder's 16 KB chunks; arrays of a few thousand elements).
                                     10920, 13104, 16384, 21840, 32768]
    public static let largeObjectThreshold = 32768  // the largest size class

    public let configuration: HeapConfiguration
    let base: UnsafeMutableRawPointer
    let reservedBlocks: Int
    let blocks: UnsafeMutablePointer<BlockInfo>
    /// One byte per card of the whole reserved range.
    public let cards: UnsafeMutablePointer<UInt8>
    private var committedBlocks = 0
    private var usedBlocks = 0
    private var freeBlocks: [Int] = []
    /// The allocation state the interpreter's inline fast path reads and updates (raw memory,
    /// shared with the thread: AllocationContext).
    let context: UnsafeMutablePointer<AllocationContext>

    public internal(set) var statistics = Statistics()
    public struct Statistics {
        public var collections = 0
        /// Bytes allocated up to the last collection (Heap.totalBytesAllocated adds the rest).
        public var bytesAllocated = 0
        public var liveBytesAfterLastCollection = 0
        public var peakBytes = 0
        public var nanosecondsInCollections: UInt64 = 0
        public var objectsFreed = 0
    }
    /// Objects allocated with a finalizer, not yet found dead (Collector.swift).
    var finalizable: [UnsafeMutableRawPointer] = []

    public init(configuration: HeapConfiguration) {
        self.configuration = configuration
        reservedBlocks = max(Self.commitChunkBlocks, configuration.maximumBytes / Self.blockSize + Self.commitChunkBlocks)
        let bytes = reservedBlocks * Self.blockSize
        // Reserve address space only; blocks are committed as they are first used. Aligned to the
        // block size so an address's block is a shift away.
        let raw = mmap(nil, bytes + Self.blockSize, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        guard let raw, raw != MAP_FAILED else { fatalError("ilex: cannot reserve \(bytes) bytes of address space for the heap") }
        let aligned = (UInt(bitPattern: raw) + UInt(Self.blockSize - 1)) & ~UInt(Self.blockSize - 1)
        base = UnsafeMutableRawPointer(bitPattern: aligned)!
        // The block table and the card table cover the whole reservation (8 MB of cards for the
        // default 4 GB): zero pages from the kernel, so only the part for blocks in use costs memory.
        // All zeros is BlockInfo(kind: .unused, sizeClass: 0, extent: 0) and clean cards.
        blocks = zeroedPages(reservedBlocks * MemoryLayout<BlockInfo>.stride).bindMemory(to: BlockInfo.self, capacity: reservedBlocks)
        let cardCount = bytes / Self.cardSize
        cards = zeroedPages(cardCount).bindMemory(to: UInt8.self, capacity: cardCount)
        context = AllocationContext.make(sizeClasses: Self.sizeClasses, largeObjectThreshold: Self.largeObjectThreshold)
        context.pointee.budget = configuration.stress ? 0 : Self.minimumBudget
        budgetAtReset = context.pointee.budget
    }

    /// Bytes that may be allocated between collections at least (then as much as survived).
    static let minimumBudget = 8 << 20
    private var budgetAtReset = 0

    /// Bytes allocated since the last collection, and a new allowance after one: max(8 MB, live
    /// bytes), or nothing under GC stress (every allocation takes the slow path and collects).
    var bytesSinceCollection: Int { budgetAtReset - context.pointee.budget }

    func resetBudget(liveBytes: Int) {
        statistics.bytesAllocated += bytesSinceCollection
        context.pointee.budget = configuration.stress ? 0 : max(Self.minimumBudget, liveBytes)
        budgetAtReset = context.pointee.budget
    }

    /// Everything allocated so far (the counters at exit).
    public var totalBytesAllocated: Int { statistics.bytesAllocated + bytesSinceCollection }

    // MARK: Addresses

    @inline(__always) func contains(_ address: UnsafeRawPointer) -> Bool {
        address >= UnsafeRawPointer(base) && address < UnsafeRawPointer(base + usedBlocksLimit * Self.blockSize)
    }

    private var usedBlocksLimit: Int { committedBlocks }

    @inline(__always) func blockIndex(_ address: UnsafeRawPointer) -> Int { (address - UnsafeRawPointer(base)) / Self.blockSize }

    /// The start of the live object containing `address` (an interior pointer, a conservative
    /// root), or nil when no object is there.
    public func objectStart(containing address: UnsafeRawPointer) -> UnsafeMutableRawPointer? {
        guard contains(address) else { return nil }
        var index = blockIndex(address)
        var info = blocks[index]
        if info.kind == .largeContinuation {
            index = Int(info.extent)
            info = blocks[index]
        }
        let blockStart = base + index * Self.blockSize
        let start: UnsafeMutableRawPointer
        switch info.kind {
        case .small:
            let cell = Self.sizeClasses[Int(info.sizeClass)]
            start = blockStart + (address - UnsafeRawPointer(blockStart)) / cell * cell
        case .largeStart:
            start = blockStart
        default:
            return nil
        }
        return start.load(as: UnsafeRawPointer?.self) == nil ? nil : start
    }

    // MARK: Blocks

    /// `count` consecutive blocks; `fresh` when they were never used, so still the kernel's zero
    /// pages (a reused block must be zeroed: touching all of a fresh one would make it resident).
    private func takeBlocks(_ count: Int) -> (index: Int, fresh: Bool)? {
        // The heap limit counts blocks in use, free ones excluded.
        guard usedBytes + count * Self.blockSize <= max(configuration.maximumBytes, Self.blockSize * count) else { return nil }
        if count == 1, let index = freeBlocks.popLast() { return (index, false) }
        if count > 1, freeBlocks.count >= count {
            // A run of `count` consecutive free blocks, lowest first.
            freeBlocks.sort()
            var runStart = 0
            for i in 1..<freeBlocks.count {
                if freeBlocks[i] != freeBlocks[i - 1] + 1 { runStart = i; continue }
                if i - runStart + 1 == count {
                    let first = freeBlocks[runStart]
                    freeBlocks.removeSubrange(runStart...i)
                    return (first, false)
                }
            }
        }
        guard usedBlocks + count <= reservedBlocks else { return nil }
        let index = usedBlocks
        usedBlocks += count
        if usedBlocks > committedBlocks {
            let newCommitted = min(reservedBlocks, max(usedBlocks, committedBlocks + Self.commitChunkBlocks))
            let start = base + committedBlocks * Self.blockSize
            let length = (newCommitted - committedBlocks) * Self.blockSize
            guard mprotect(start, length, PROT_READ | PROT_WRITE) == 0 else { usedBlocks -= count; return nil }
            // The first chunk stays on small pages: a small program would pay a whole 2 MB huge
            // page for a few kilobytes of objects.
            if committedBlocks > 0 { _ = madvise(start, length, 14 /* MADV_HUGEPAGE */) }
            committedBlocks = newCommitted
        }
        return (index, true)
    }

    /// Bytes of blocks in use (small and large), the heap's size for the limit and statistics.
    public var usedBytes: Int { (usedBlocks - freeBlocks.count) * Self.blockSize }

    // MARK: Allocation

    /// A zeroed object of `size` bytes whose first word is `table`; nil when the heap is full
    /// (the caller collects and retries, then raises OutOfMemoryException).
    func allocateWithoutCollecting(_ size: Int) -> UnsafeMutableRawPointer? {
        let context = self.context
        if size <= Self.largeObjectThreshold {
            let sizeClass = Int(context.pointee.classForSize[(size + 7) >> 3])
            let cellSize = Self.sizeClasses[sizeClass]
            context.pointee.budget -= cellSize
            if let cell = context.pointee.takeCell(sizeClass) { return cell }
            guard let (index, fresh) = takeBlocks(1) else { return nil }
            blocks[index] = BlockInfo(kind: .small, sizeClass: UInt8(sizeClass), extent: 1)
            let start = base + index * Self.blockSize
            if !fresh { start.initializeMemory(as: UInt8.self, repeating: 0, count: Self.blockSize) }
            context.pointee.bumpCursors[sizeClass] = start + cellSize
            context.pointee.bumpEnds[sizeClass] = start + Self.blockSize / cellSize * cellSize
            statistics.peakBytes = max(statistics.peakBytes, usedBytes)
            return start
        }
        context.pointee.budget -= size
        let count = (size + Self.blockSize - 1) / Self.blockSize
        guard let (index, fresh) = takeBlocks(count) else { return nil }
        blocks[index] = BlockInfo(kind: .largeStart, sizeClass: 0, extent: UInt32(count))
        for i in 1..<max(1, count) { blocks[index + i] = BlockInfo(kind: .largeContinuation, sizeClass: 0, extent: UInt32(index)) }
        let start = base + index * Self.blockSize
        if !fresh { start.initializeMemory(as: UInt8.self, repeating: 0, count: count * Self.blockSize) }
        statistics.peakBytes = max(statistics.peakBytes, usedBytes)
        return start
    }

    /// Size of a live object in bytes (arrays and strings by their length, boxed values with header).
    public func sizeOfObject(_ object: UnsafeRawPointer) -> Int {
        Self.objectSize(object, MethodTable(UnsafeMutableRawPointer(mutating: object.load(as: UnsafeRawPointer.self))))
    }

    /// Marks the cards of every reference slot of an object written wholesale (a clone).
    public func recordReferenceStores(in object: UnsafeRawPointer, size: Int) {
        var offset = 0
        while offset < size {
            markCard(object + offset)
            offset += Self.cardSize
        }
    }

    /// The identity hash code of an object (Object.GetHashCode, RuntimeHelpers.GetHashCode): made
    /// on first request and kept in the header word's upper half, so it survives a moving
    /// collector. Successive values of a multiplicative sequence: stable from run to run.
    public func identityHashCode(_ object: UnsafeMutableRawPointer) -> Int32 {
        let header = object.load(fromByteOffset: 8, as: UInt.self)
        if header & Collector.identityHashBit != 0 { return Int32(truncatingIfNeeded: header >> 32) }
        hashSequence = hashSequence &* 6364136223846793005 &+ 1442695040888963407
        let hash = UInt(UInt32(truncatingIfNeeded: hashSequence >> 33) & 0x7FFF_FFFF)
        object.storeBytes(of: header | Collector.identityHashBit | hash << 32, toByteOffset: 8, as: UInt.self)
        return Int32(truncatingIfNeeded: hash)
    }
    private var hashSequence: UInt64 = 0x853C_49E6_748F_EA9B

    /// GC.SuppressFinalize / ReRegisterForFinalize: header bit 1 tells the collector to skip the
    /// object's finalizer.
    public func setFinalizerSuppressed(_ object: UnsafeMutableRawPointer, _ suppressed: Bool) {
        let header = object.load(fromByteOffset: 8, as: UInt.self)
        object.storeBytes(of: suppressed ? header | Collector.finalizerSuppressedBit : header & ~Collector.finalizerSuppressedBit,
                          toByteOffset: 8, as: UInt.self)
    }

    /// Size of an object from its MethodTable (arrays and strings by their length).
    @inline(__always)
    static func objectSize(_ object: UnsafeRawPointer, _ table: MethodTable) -> Int {
        let component = table.componentSize
        if table.flags.contains(.valueType) { return ObjectLayout.headerSize + table.baseSize }
        guard component > 0 else { return table.baseSize }
        if table.flags.contains(.string) {
            let length = Int(object.load(fromByteOffset: ObjectLayout.stringLengthOffset, as: Int32.self))
            return table.baseSize + (length + 1) * 2
        }
        let length = object.load(fromByteOffset: ObjectLayout.arrayLengthOffset, as: Int.self)
        let size = table.baseSize + length * component
        guard !table.flags.contains(.szArray) else { return size }
        // Multi-dimensional arrays keep their bounds (length, lower bound) after the elements.
        return (size + 7) & ~7 + table.rank * ObjectLayout.arrayBoundsEntrySize
    }

    // MARK: Sweeping (called by the collector)

    /// Frees every unmarked object, clears the marks; returns the bytes still live.
    func sweep() -> Int {
        let context = self.context
        for i in Self.sizeClasses.indices { context.pointee.freeLists[i] = nil; context.pointee.bumpCursors[i] = nil; context.pointee.bumpEnds[i] = nil }
        freeBlocks.removeAll()
        var live = 0
        forEachBlock { index, info, start in
            switch info.kind {
            case .small:
                let sizeClass = Int(info.sizeClass)
                let cell = Self.sizeClasses[sizeClass]
                let listBefore = context.pointee.freeLists[sizeClass]
                var freeHead = listBefore
                var liveCells = 0
                // Last cell first, so the free list runs in address order. Free cells are zero but
                // for their link; only cells that die now need zeroing.
                var c = Self.blockSize / cell - 1
                while c >= 0 {
                    let object = start + c * cell
                    let header = object.load(fromByteOffset: 8, as: UInt.self)
                    if object.load(as: UInt.self) != 0 {
                        if header & Collector.markBit != 0 {
                            object.storeBytes(of: header & ~Collector.markBit, toByteOffset: 8, as: UInt.self)
                            liveCells += 1
                            c -= 1
                            continue
                        }
                        statistics.objectsFreed += 1
                        object.initializeMemory(as: UInt8.self, repeating: 0, count: cell)
                    }
                    object.storeBytes(of: freeHead, toByteOffset: 8, as: UnsafeMutableRawPointer?.self)
                    freeHead = object
                    c -= 1
                }
                if liveCells == 0 {
                    // The whole block goes back to the pool (zeroed again when it is reused).
                    context.pointee.freeLists[sizeClass] = listBefore
                    blocks[index] = BlockInfo(kind: .unused, sizeClass: 0, extent: 0)
                    freeBlocks.append(index)
                } else {
                    context.pointee.freeLists[sizeClass] = freeHead
                    live += liveCells * cell
                }
            case .largeStart:
                let count = Int(info.extent)
                let header = start.load(fromByteOffset: 8, as: UInt.self)
                if start.load(as: UInt.self) != 0 && header & Collector.markBit != 0 {
                    start.storeBytes(of: header & ~Collector.markBit, toByteOffset: 8, as: UInt.self)
                    live += count * Self.blockSize
                } else {
                    statistics.objectsFreed += 1
                    // Large runs are returned as single blocks (reused by small classes or runs of one).
                    (start).storeBytes(of: 0, as: UInt.self)
                    for i in 0..<count {
                        blocks[index + i] = BlockInfo(kind: .unused, sizeClass: 0, extent: 0)
                        freeBlocks.append(index + i)
                    }
                }
            default:
                break
            }
        }
        return live
    }

    /// Calls `body` for each block in use and each large object's first block, in address order.
    private func forEachBlock(_ body: (_ index: Int, _ info: BlockInfo, _ start: UnsafeMutableRawPointer) -> Void) {
        var index = 0
        while index < usedBlocks {
            let info = blocks[index]
            body(index, info, base + index * Self.blockSize)
            index += info.kind == .largeStart ? Int(info.extent) : 1
        }
    }

    /// Every live object (for the heap verifier and tests).
    func forEachObject(_ body: (UnsafeMutableRawPointer) -> Void) {
        forEachBlock { _, info, start in
            switch info.kind {
            case .small:
                let cell = Self.sizeClasses[Int(info.sizeClass)]
                for c in 0..<(Self.blockSize / cell) where (start + c * cell).load(as: UInt.self) != 0 { body(start + c * cell) }
            case .largeStart:
                if start.load(as: UInt.self) != 0 { body(start) }
            default:
                break
            }
        }
    }

    /// Marks the card of a reference store (the write barrier; see the file comment).
    @inline(__always)
    public func markCard(_ address: UnsafeRawPointer) {
        let offset = address - UnsafeRawPointer(base)
        if offset >= 0 && offset < reservedBlocks * Self.blockSize { cards[offset / Self.cardSize] = 1 }
    }
}
