// The collector (DESIGN.md §5): non-moving mark-sweep. Roots are the statics blocks (precisely,
// by their reference maps), the interpreter's VM stack and the native stack with spilled
// registers (conservatively: any word that points into an object keeps it, and nothing moves, so
// conservative roots are pinned by construction). Objects are traced precisely through their
// MethodTable's reference map; arrays element by element. Objects with finalizers that die are
// kept (with everything they reach) and queued for their finalizer, as ECMA-335 I.8.9.6.7 asks.

import CIlexSupport

#if canImport(Glibc)
import Glibc
#endif

/// Where the collector finds roots; the Runtime implements it.
protocol RootProvider: AnyObject {
    func scanRoots(_ collector: Collector)
}

public final class Collector {
    /// Bit 0 of an object's header word: reached in the current collection.
    static let markBit: UInt = 1
    /// Bit 1: GC.SuppressFinalize was called; the finalizer is not run.
    static let finalizerSuppressedBit: UInt = 2
    /// Bit 2: the upper 32 bits hold the object's identity hash code (Heap.identityHashCode).
    static let identityHashBit: UInt = 4
    /// Bit 3: a registered ephemeron array, whose (key, value) pairs are not traced strongly.
    static let ephemeronArrayBit: UInt = 8

    let heap: Heap
    /// The runtime (it owns the collector). Not weak: a weak reference would send every retain of
    /// the runtime through the slow side-table path.
    unowned(unsafe) var roots: RootProvider?
    /// GC handles: strong ones are roots, weak ones are cleared (Handles.swift).
    var handles: HandleTable?
    private var markStack: [UnsafeMutableRawPointer] = []
    /// Dead objects whose finalizer must run, oldest first (run by the engine at a safe point).
    public internal(set) var finalizationQueue: [UnsafeMutableRawPointer] = []
    /// Arrays of (key, value) pairs registered by ConditionalWeakTable (GC.register_ephemeron_array):
    /// a value lives while its key is reachable from elsewhere; a dead key's pair becomes
    /// (tombstone, null). The list does not keep the arrays alive.
    private var ephemeronArrays: [UnsafeMutableRawPointer] = []
    /// What a dead key is replaced with (GC.get_ephemeron_tombstone).
    var ephemeronTombstone: UnsafeMutableRawPointer?

    func registerEphemeronArray(_ array: UnsafeMutableRawPointer) {
        let header = array.load(fromByteOffset: 8, as: UInt.self)
        guard header & Self.ephemeronArrayBit == 0 else { return }
        array.storeBytes(of: header | Self.ephemeronArrayBit, toByteOffset: 8, as: UInt.self)
        ephemeronArrays.append(array)
    }

    init(heap: Heap) {
        self.heap = heap
        markStack.reserveCapacity(4096)
    }

    // MARK: Marking

    @inline(__always)
    func markObject(_ object: UnsafeMutableRawPointer) {
        let header = object.load(fromByteOffset: 8, as: UInt.self)
        if header & Self.markBit == 0 {
            object.storeBytes(of: header | Self.markBit, toByteOffset: 8, as: UInt.self)
            markStack.append(object)
        }
    }

    /// A word that may be a reference (conservative) or is one, possibly interior (a byref).
    @inline(__always)
    func markPossibleReference(_ word: UInt) {
        guard word != 0, let address = UnsafeRawPointer(bitPattern: word), heap.contains(address),
              let object = heap.objectStart(containing: address) else { return }
        markObject(object)
    }

    /// Every aligned word of a memory range, conservatively.
    func markRange(_ low: UnsafeRawPointer, _ high: UnsafeRawPointer) {
        var cursor = UnsafeRawPointer(bitPattern: (UInt(bitPattern: low) + 7) & ~7)!
        while cursor + 8 <= high {
            markPossibleReference(cursor.load(as: UInt.self))
            cursor += 8
        }
    }

    /// The references at `offsets` in a block (a statics block, a thread-statics block).
    func markSlots(_ block: UnsafeRawPointer, _ offsets: [Int]) {
        for offset in offsets { markPossibleReference(block.load(fromByteOffset: offset, as: UInt.self)) }
    }

    private func drain() {
        while let object = markStack.popLast() {
            let table = MethodTable(object.load(as: UnsafeMutableRawPointer.self))
            let flags = table.flags
            guard flags.contains(.containsReferences) else { continue }
            if _slowPath(object.load(fromByteOffset: 8, as: UInt.self) & Self.ephemeronArrayBit != 0) { continue }  // markEphemerons
            let offsets = table.referenceOffsets
            if flags.contains(.array) {
                let length = object.load(fromByteOffset: ObjectLayout.arrayLengthOffset, as: Int.self)
                let size = table.componentSize
                var element = object + ObjectLayout.arrayDataOffset
                for _ in 0..<length {
                    for offset in offsets { markPossibleReference(element.load(fromByteOffset: Int(offset), as: UInt.self)) }
                    element += size
                }
            } else {
                // A boxed value's map counts from the start of the value, after the header.
                let fields = flags.contains(.valueType) ? object + ObjectLayout.headerSize : object
                for offset in offsets { markPossibleReference(fields.load(fromByteOffset: Int(offset), as: UInt.self)) }
            }
        }
    }

    // MARK: Collecting

    /// The top of the native stack of the thread that collects (one managed thread for now).
    /// Asked once: pthread_getattr_np reads /proc/self/maps on the main thread, which cost
    /// GC stress runs most of their time when asked per collection.
    private lazy var nativeStackHigh: UInt = {
        var low: UInt = 0, high: UInt = 0
        ilex_current_stack_bounds(&low, &high)
        return high
    }()

    private func markRoots(nativeStackPointer: UnsafeRawPointer) {
        if nativeStackHigh != 0 { markRange(nativeStackPointer, UnsafeRawPointer(bitPattern: nativeStackHigh)!) }
        roots?.scanRoots(self)
        handles?.markStrong(self)
        drain()
    }

    /// A full collection: mark from the roots, keep dead finalizable objects for their finalizers,
    /// sweep. Returns the live bytes.
    @discardableResult
    func collect() -> Int {
        let start = monotonicNanoseconds()
        // Spill registers, then scan: the native stack down to here is a root range.
        ilex_with_registers_spilled({ context, stackPointer in
            let collector = Unmanaged<Collector>.fromOpaque(context!).takeUnretainedValue()
            collector.markRoots(nativeStackPointer: UnsafeRawPointer(stackPointer!))
        }, Unmanaged.passUnretained(self).toOpaque())
        markEphemerons()
        // Short weak references die with their object, before finalizers could resurrect it.
        handles?.clearUnreached(.weak)
        // Finalizable objects nobody reached: resurrect them (and what they reach) for their finalizer.
        var stillRegistered: [UnsafeMutableRawPointer] = []
        for object in heap.finalizable {
            let header = object.load(fromByteOffset: 8, as: UInt.self)
            if header & Self.markBit != 0 {
                stillRegistered.append(object)
            } else if header & Self.finalizerSuppressedBit != 0 {
                continue  // dies without its finalizer
            } else {
                finalizationQueue.append(object)
                markObject(object)
            }
        }
        heap.finalizable = stillRegistered
        for object in finalizationQueue { markObject(object) }
        drain()
        markEphemerons()
        clearDeadEphemerons()
        handles?.clearUnreached(.weakTrackResurrection)
        let live = heap.sweep()
        if heap.configuration.verify { verify() }
        heap.statistics.collections += 1
        heap.statistics.liveBytesAfterLastCollection = live
        heap.resetBudget(liveBytes: live)
        heap.statistics.nanosecondsInCollections += monotonicNanoseconds() - start
        return live
    }

    /// The ephemeron fixpoint: a value whose key is marked gets marked (with what it reaches),
    /// until no live array has a marked key with an unmarked value.
    private func markEphemerons() {
        var changed = true
        while changed {
            changed = false
            for array in ephemeronArrays where array.load(fromByteOffset: 8, as: UInt.self) & Self.markBit != 0 {
                forEachEphemeron(array) { key, value in
                    guard let key, key != ephemeronTombstone, let value, isMarked(key), !isMarked(value) else { return }
                    markObject(value)
                    changed = true
                }
            }
            drain()
        }
    }

    /// Pairs of live arrays whose key died become (tombstone, null); dead arrays leave the list.
    private func clearDeadEphemerons() {
        ephemeronArrays.removeAll { $0.load(fromByteOffset: 8, as: UInt.self) & Self.markBit == 0 }
        for array in ephemeronArrays {
            let count = array.load(fromByteOffset: ObjectLayout.arrayLengthOffset, as: Int.self)
            for i in 0..<count {
                let pair = array + ObjectLayout.arrayDataOffset + 16 * i
                guard let key = pair.load(as: UnsafeMutableRawPointer?.self), key != ephemeronTombstone, !isMarked(key) else { continue }
                pair.storeBytes(of: ephemeronTombstone, as: UnsafeMutableRawPointer?.self)
                pair.storeBytes(of: nil, toByteOffset: 8, as: UnsafeMutableRawPointer?.self)
            }
        }
    }

    private func forEachEphemeron(_ array: UnsafeMutableRawPointer, _ body: (UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> Void) {
        let count = array.load(fromByteOffset: ObjectLayout.arrayLengthOffset, as: Int.self)
        for i in 0..<count {
            let pair = array + ObjectLayout.arrayDataOffset + 16 * i
            body(pair.load(as: UnsafeMutableRawPointer?.self), pair.load(fromByteOffset: 8, as: UnsafeMutableRawPointer?.self))
        }
    }

    @inline(__always) private func isMarked(_ object: UnsafeMutableRawPointer) -> Bool {
        object.load(fromByteOffset: 8, as: UInt.self) & Self.markBit != 0
    }

    /// ILEX_GC_VERIFY: every object has a valid MethodTable and every reference in it points to
    /// the start of a live object.
    func verify() {
        heap.forEachObject { object in
            let raw = object.load(as: UnsafeMutableRawPointer.self)
            let table = MethodTable(raw)
            guard (try? table.runtimeType.methodTable())?.raw == raw else {
                fatalError("ilex: heap verification: object at \(object) has a bad MethodTable \(raw)")
            }
            guard table.flags.contains(.containsReferences), !table.flags.contains(.array) else { return }
            let fields = table.flags.contains(.valueType) ? object + ObjectLayout.headerSize : object
            for offset in table.referenceOffsets {
                let word = fields.load(fromByteOffset: Int(offset), as: UInt.self)
                guard word != 0 else { continue }
                let target = UnsafeRawPointer(bitPattern: word)!
                guard heap.objectStart(containing: target) == UnsafeMutableRawPointer(mutating: target) else {
                    fatalError("ilex: heap verification: \(table.runtimeType) at \(object) field +\(offset) points to \(target), not a live object")
                }
            }
        }
    }
}

func monotonicNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}
