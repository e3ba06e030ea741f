// System.Threading.Monitor internal calls over the runtime's monitor table (one managed thread).
import IlexVM

#if canImport(Glibc)
import Glibc
#endif

extension MonoCorlib {
    static func registerThreading(_ table: NativeMethodTable) {
        table.register("System.Threading.Monitor::Enter") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            context.runtime.monitors.enter(object)
            return NativeContext.success
        }
        // void try_enter_with_atomic_var(object obj, int timeout, ref bool lockTaken)
        table.register("System.Threading.Monitor::try_enter_with_atomic_var") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let lockTaken = argument(frame, 2, as: UnsafeMutablePointer<UInt8>.self)
            if lockTaken.pointee != 0 { return context.throwException("System.ArgumentException") }
            context.runtime.monitors.enter(object)
            lockTaken.pointee = 1
            return NativeContext.success
        }
        table.register("System.Threading.Monitor::Exit") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            guard context.runtime.monitors.exit(object) else { return context.throwException("System.Threading.SynchronizationLockException") }
            return NativeContext.success
        }
        table.register("System.Threading.Monitor::Monitor_test_synchronised") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            result(frame, Int64(context.runtime.monitors.isHeld(object) ? 1 : 0))
            return NativeContext.success
        }
        // bool Monitor_test_owner(object obj) (Monitor.IsEntered): held by the current thread,
        // which is the only one.
        table.register("System.Threading.Monitor::Monitor_test_owner") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            result(frame, Int64(context.runtime.monitors.isHeld(object) ? 1 : 0))
            return NativeContext.success
        }
        // Pulse/PulseAll: no other thread waits, nothing to wake.
        table.register("System.Threading.Monitor::Monitor_pulse") { _, _ in NativeContext.success }
        table.register("System.Threading.Monitor::Monitor_pulse_all") { _, _ in NativeContext.success }
    }
}

extension MonoCorlib {
    /// System.Threading.Interlocked: with one managed thread, each operation is a plain read-modify-
    /// write of the location (atomic with respect to everything else that runs).
    static func registerInterlocked(_ table: NativeMethodTable) {
        let type = "System.Threading.Interlocked::"
        // 4-byte locations: int and float.
        for key in ["CompareExchange(System.Int32&,System.Int32,System.Int32)", "CompareExchange(System.Single&,System.Single,System.Single)"] {
            table.register(type + key) { _, frame in
                let location = argument(frame, 0, as: UnsafeMutablePointer<UInt32>.self)
                let value = argument(frame, 1, as: UInt32.self), comparand = argument(frame, 2, as: UInt32.self)
                let old = location.pointee
                if old == comparand { location.pointee = value }
                result(frame, UInt64(old) | (UInt64(old) & 0x8000_0000 != 0 ? 0xFFFF_FFFF_0000_0000 : 0))
                return NativeContext.success
            }
        }
        for key in ["Exchange(System.Int32&,System.Int32)", "Exchange(System.Single&,System.Single)"] {
            table.register(type + key) { _, frame in
                let location = argument(frame, 0, as: UnsafeMutablePointer<UInt32>.self)
                let old = location.pointee
                location.pointee = argument(frame, 1, as: UInt32.self)
                result(frame, UInt64(old) | (UInt64(old) & 0x8000_0000 != 0 ? 0xFFFF_FFFF_0000_0000 : 0))
                return NativeContext.success
            }
        }
        // 8-byte locations: long, double, IntPtr.
        for key in ["CompareExchange(System.Int64&,System.Int64,System.Int64)", "CompareExchange(System.Double&,System.Double,System.Double)",
                    "CompareExchange(System.IntPtr&,System.IntPtr,System.IntPtr)"] {
            table.register(type + key) { _, frame in
                let location = argument(frame, 0, as: UnsafeMutablePointer<UInt64>.self)
                let old = location.pointee
                if old == argument(frame, 2, as: UInt64.self) { location.pointee = argument(frame, 1, as: UInt64.self) }
                result(frame, old)
                return NativeContext.success
            }
        }
        for key in ["Exchange(System.Int64&,System.Int64)", "Exchange(System.Double&,System.Double)", "Exchange(System.IntPtr&,System.IntPtr)"] {
            table.register(type + key) { _, frame in
                let location = argument(frame, 0, as: UnsafeMutablePointer<UInt64>.self)
                let old = location.pointee
                location.pointee = argument(frame, 1, as: UInt64.self)
                result(frame, old)
                return NativeContext.success
            }
        }
        // int CompareExchange(ref int location, int value, int comparand, ref bool succeeded)
        table.register(type + "CompareExchange(System.Int32&,System.Int32,System.Int32,System.Boolean&)") { _, frame in
            let location = argument(frame, 0, as: UnsafeMutablePointer<Int32>.self)
            let old = location.pointee
            let swapped = old == argument(frame, 2, as: Int32.self)
            if swapped { location.pointee = argument(frame, 1, as: Int32.self) }
            argument(frame, 3, as: UnsafeMutablePointer<UInt8>.self).pointee = swapped ? 1 : 0
            result(frame, Int64(old))
            return NativeContext.success
        }
        // Object references through byrefs (the generic and object overloads call these):
        // void CompareExchange(ref object location, ref object value, ref object comparand, ref object result)
        table.register(type + "CompareExchange(System.Object&,System.Object&,System.Object&,System.Object&)") { context, frame in
            let location = argument(frame, 0, as: UnsafeMutablePointer<UInt>.self)
            let value = argument(frame, 1, as: UnsafeMutablePointer<UInt>.self).pointee
            let comparand = argument(frame, 2, as: UnsafeMutablePointer<UInt>.self).pointee
            let old = location.pointee
            if old == comparand {
                location.pointee = value
                NativeContext(context).runtime.heap.markCard(location)
            }
            argument(frame, 3, as: UnsafeMutablePointer<UInt>.self).pointee = old
            return NativeContext.success
        }
        // void Exchange(ref object location, ref object value, ref object result)
        table.register(type + "Exchange(System.Object&,System.Object&,System.Object&)") { context, frame in
            let location = argument(frame, 0, as: UnsafeMutablePointer<UInt>.self)
            let old = location.pointee
            location.pointee = argument(frame, 1, as: UnsafeMutablePointer<UInt>.self).pointee
            NativeContext(context).runtime.heap.markCard(location)
            argument(frame, 2, as: UnsafeMutablePointer<UInt>.self).pointee = old
            return NativeContext.success
        }
        table.register(type + "Increment(System.Int32&)") { _, frame in
            let location = argument(frame, 0, as: UnsafeMutablePointer<Int32>.self)
            location.pointee &+= 1
            result(frame, Int64(location.pointee))
            return NativeContext.success
        }
        table.register(type + "Decrement(System.Int32&)") { _, frame in
            let location = argument(frame, 0, as: UnsafeMutablePointer<Int32>.self)
            location.pointee &-= 1
            result(frame, Int64(location.pointee))
            return NativeContext.success
        }
        table.register(type + "Add(System.Int32&,System.Int32)") { _, frame in
            let location = argument(frame, 0, as: UnsafeMutablePointer<Int32>.self)
            location.pointee &+= argument(frame, 1, as: Int32.self)
            result(frame, Int64(location.pointee))
            return NativeContext.success
        }
        table.register(type + "Increment(System.Int64&)") { _, frame in
            let location = argument(frame, 0, as: UnsafeMutablePointer<Int64>.self)
            location.pointee &+= 1
            result(frame, location.pointee)
            return NativeContext.success
        }
        table.register(type + "Decrement(System.Int64&)") { _, frame in
            let location = argument(frame, 0, as: UnsafeMutablePointer<Int64>.self)
            location.pointee &-= 1
            result(frame, location.pointee)
            return NativeContext.success
        }
        table.register(type + "Add(System.Int64&,System.Int64)") { _, frame in
            let location = argument(frame, 0, as: UnsafeMutablePointer<Int64>.self)
            location.pointee &+= argument(frame, 1, as: Int64.self)
            result(frame, location.pointee)
            return NativeContext.success
        }
        table.register(type + "Read(System.Int64&)") { _, frame in
            result(frame, argument(frame, 0, as: UnsafeMutablePointer<Int64>.self).pointee)
            return NativeContext.success
        }
        table.register("System.Threading.Thread::MemoryBarrier") { _, _ in NativeContext.success }
    }
}

extension MonoCorlib {
    /// The managed objects of the main thread: System.Threading.Thread and its InternalThread,
    /// made by the runtime (no constructor runs, as in mono), kept alive for the program's life.
    static func registerThreads(_ table: NativeMethodTable) {
        // Thread Thread.GetCurrentThread()
        table.register("System.Threading.Thread::GetCurrentThread") { context, frame in
            let context = NativeContext(context)
            guard let thread = MonoCorlib.mainThread(context) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, thread)
            return NativeContext.success
        }
    }

    static func mainThread(_ context: NativeContext) -> UnsafeMutableRawPointer? {
        let runtime = context.runtime
        if let existing = runtime.mainThreadObject { return existing }
        let system = runtime.system
        guard let threadType = try? system.corlibType("System.Threading", "Thread"),
              let internalType = try? system.corlibType("System.Threading", "InternalThread"),
              let internalField = try? threadType.field(named: "internal_thread"),
              let managedID = try? internalType.field(named: "managed_id"),
              let threadID = try? internalType.field(named: "thread_id"),
              let internalThread = context.allocate(internalType) else { return nil }
        runtime.keepAlive(internalThread)
        guard let thread = context.allocate(threadType) else { return nil }
        runtime.keepAlive(thread)
        internalThread.storeBytes(of: Int32(1), toByteOffset: managedID.offset, as: Int32.self)
        internalThread.storeBytes(of: Int64(bitPattern: UInt64(pthread_self())), toByteOffset: threadID.offset, as: Int64.self)
        thread.storeBytes(of: internalThread, toByteOffset: internalField.offset, as: UnsafeMutableRawPointer.self)
        runtime.mainThreadObject = thread
        return thread
    }
}
