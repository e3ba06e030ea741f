// System.Threading.Monitor internal calls over the runtime's monitor table (one managed thread).
import IlexVM

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
        // 8-byte locations: long, double, IntPtr, object and the generic reference overloads.
        table.register(type + "CompareExchange") { context, frame in
            let location = argument(frame, 0, as: UnsafeMutablePointer<UInt64>.self)
            let value = argument(frame, 1, as: UInt64.self), comparand = argument(frame, 2, as: UInt64.self)
            let old = location.pointee
            if old == comparand {
                location.pointee = value
                NativeContext(context).runtime.heap.markCard(location)
            }
            result(frame, old)
            return NativeContext.success
        }
        table.register(type + "Exchange") { context, frame in
            let location = argument(frame, 0, as: UnsafeMutablePointer<UInt64>.self)
            let old = location.pointee
            location.pointee = argument(frame, 1, as: UInt64.self)
            NativeContext(context).runtime.heap.markCard(location)
            result(frame, old)
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
