// GC handles (System.Runtime.InteropServices.GCHandle, WeakReference): a table of slots holding
// an object and a kind. Normal and pinned handles are roots (nothing moves, so pinning only means
// "keep alive"); weak handles are cleared when their object dies, before finalizers are queued;
// weak-track-resurrection handles only when the object is gone for good, after finalization.
// A handle value carries its kind as mono encodes it: (slot << 3) | (kind + 1).

public final class HandleTable {
    public enum Kind: UInt8 { case weak = 0, weakTrackResurrection = 1, normal = 2, pinned = 3 }

    private var objects: [UnsafeMutableRawPointer?] = []
    private var kinds: [Kind] = []
    private var inUse: [Bool] = []
    private var free: [Int] = []

    public init() {}

    public func allocate(_ object: UnsafeMutableRawPointer?, kind: Kind) -> Int32 {
        let slot: Int
        if let reused = free.popLast() {
            slot = reused
            objects[slot] = object
            kinds[slot] = kind
            inUse[slot] = true
        } else {
            slot = objects.count
            objects.append(object)
            kinds.append(kind)
            inUse.append(true)
        }
        return Int32(slot << 3 | Int(kind.rawValue + 1))
    }

    private func slot(_ handle: Int32) -> Int? {
        let slot = Int(handle) >> 3
        return handle > 0 && slot < objects.count && inUse[slot] ? slot : nil
    }

    public func target(_ handle: Int32) -> UnsafeMutableRawPointer? { slot(handle).flatMap { objects[$0] } }

    public func kind(_ handle: Int32) -> Kind? { slot(handle).map { kinds[$0] } }

    public func setTarget(_ handle: Int32, _ object: UnsafeMutableRawPointer?) -> Bool {
        guard let slot = slot(handle) else { return false }
        objects[slot] = object
        return true
    }

    public func release(_ handle: Int32) {
        guard let slot = slot(handle) else { return }
        objects[slot] = nil
        inUse[slot] = false
        free.append(slot)
    }

    // MARK: Collector

    func markStrong(_ collector: Collector) {
        for i in objects.indices where inUse[i] && (kinds[i] == .normal || kinds[i] == .pinned) {
            if let object = objects[i] { collector.markObject(object) }
        }
    }

    /// Clears the weak handles of `kind` whose object was not reached.
    func clearUnreached(_ kind: Kind) {
        for i in objects.indices where inUse[i] && kinds[i] == kind {
            guard let object = objects[i] else { continue }
            if object.load(fromByteOffset: 8, as: UInt.self) & Collector.markBit == 0 { objects[i] = nil }
        }
    }
}
