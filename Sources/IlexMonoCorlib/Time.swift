// Clocks: DateTime's wall clock, Stopwatch's and the timer queue's monotonic clock, as mono reads
// them (mono/utils/mono-time.c): 100-nanosecond ticks; Stopwatch.Frequency is 10,000,000 in
// managed code.
import IlexVM

#if canImport(Glibc)
import Glibc
#endif

extension MonoCorlib {
    static func registerTime(_ table: NativeMethodTable) {
        // long DateTime.GetSystemTimeAsFileTime(): 100 ns ticks since 1601-01-01 UTC, with the
        // microsecond precision of gettimeofday (mono_100ns_datetime).
        table.register("System.DateTime::GetSystemTimeAsFileTime") { _, frame in
            var now = timeval()
            gettimeofday(&now, nil)
            result(frame, Int64(now.tv_sec) * 10_000_000 + Int64(now.tv_usec) * 10 + MonoCorlib.fileTimeOfUnixEpoch)
            return NativeContext.success
        }
        // long Stopwatch.GetTimestamp() and Timer.GetTimeMonotonic(): the monotonic clock in
        // 100 ns ticks (mono_100ns_ticks).
        for key in ["System.Diagnostics.Stopwatch::GetTimestamp", "System.Threading.Timer::GetTimeMonotonic"] {
            table.register(key) { _, frame in
                result(frame, MonoCorlib.monotonicTicks())
                return NativeContext.success
            }
        }
    }

    /// 1970-01-01 as a Windows file time (100 ns ticks since 1601).
    static let fileTimeOfUnixEpoch: Int64 = 116_444_736_000_000_000

    static func monotonicTicks() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec) * 10_000_000 + Int64(time.tv_nsec) / 100
    }
}
