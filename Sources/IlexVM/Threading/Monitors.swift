// Object monitors (System.Threading.Monitor) while Ilex runs one managed thread: a recursion count
// per locked object, keyed by address (objects never move). Entering always succeeds at once, as
// it would for the only thread; Exit of an object not held is SynchronizationLockException, and
// Wait on an object that no other thread can pulse returns at its timeout (or would deadlock:
// that is reported, not hidden). DESIGN.md §7's thin locks in the header word replace this table
// when threads arrive.

public final class MonitorTable {
    private var counts: [UInt: Int] = [:]

    public init() {}

    public func enter(_ object: UnsafeRawPointer) { counts[UInt(bitPattern: object), default: 0] += 1 }

    /// False when the object is not held (the caller raises SynchronizationLockException).
    public func exit(_ object: UnsafeRawPointer) -> Bool {
        let key = UInt(bitPattern: object)
        guard let count = counts[key] else { return false }
        if count == 1 { counts[key] = nil } else { counts[key] = count - 1 }
        return true
    }

    public func isHeld(_ object: UnsafeRawPointer) -> Bool { counts[UInt(bitPattern: object)] != nil }
}
