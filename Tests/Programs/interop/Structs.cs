// Blittable structs: by reference (a pointer to the value), by value as arguments and results
// (libffi classifies them as the C ABI does: in registers or in memory), and as array elements.
using System;
using System.Runtime.InteropServices;

[StructLayout(LayoutKind.Sequential)]
struct TimeVal { public long Seconds; public long Microseconds; }

[StructLayout(LayoutKind.Sequential)]
struct Tm {
    public int Second, Minute, Hour, Day, Month, Year, WeekDay, YearDay, IsDst;
    public long GmtOffset;
    public IntPtr Zone;
}

struct DivResult { public int Quotient; public int Remainder; }
struct LongDivResult { public long Quotient; public long Remainder; }
struct InAddress { public uint Address; }

[StructLayout(LayoutKind.Sequential)]
struct Point3 { public double X, Y, Z; }

static class C {
    [DllImport("libc")] public static extern int gettimeofday(out TimeVal time, IntPtr zone);
    [DllImport("libc")] public static extern IntPtr gmtime_r(ref long time, out Tm result);
    [DllImport("libc")] public static extern long timegm(ref Tm time);
    [DllImport("libc")] public static extern DivResult div(int numerator, int denominator);
    [DllImport("libc")] public static extern LongDivResult ldiv(long numerator, long denominator);
    [DllImport("libc")] public static extern IntPtr inet_ntoa(InAddress address);
    [DllImport("libc")] public static extern IntPtr memcpy(ref Point3 destination, ref Point3 source, UIntPtr count);
    [DllImport("libc", EntryPoint = "memcpy")] public static extern IntPtr memcpyPoints([Out] Point3[] destination, Point3[] source, UIntPtr count);
    [DllImport("libc")] public static unsafe extern void* memset(void* destination, int value, UIntPtr count);
}

class Program {
    static unsafe void Main() {
        TimeVal now;
        Console.WriteLine(C.gettimeofday(out now, IntPtr.Zero));
        Console.WriteLine(now.Seconds > 1500000000 && now.Microseconds >= 0 && now.Microseconds < 1000000);
        long t = 86400L * 365 + 3600 * 5 + 61;
        Tm tm;
        Console.WriteLine(C.gmtime_r(ref t, out tm) != IntPtr.Zero);
        Console.WriteLine(tm.Year + 1900 + "-" + (tm.Month + 1) + "-" + tm.Day + " " + tm.Hour + ":" + tm.Minute + ":" + tm.Second + " wd" + tm.WeekDay + " yd" + tm.YearDay);
        Console.WriteLine(Marshal.PtrToStringAnsi(tm.Zone));
        Console.WriteLine(C.timegm(ref tm) == t);
        Console.WriteLine(Marshal.SizeOf(typeof(Tm)) + " " + Marshal.SizeOf(typeof(TimeVal)) + " " + Marshal.SizeOf(typeof(Point3)));
        DivResult d = C.div(47, 5);
        Console.WriteLine(d.Quotient + " r " + d.Remainder);
        LongDivResult ld = C.ldiv(-10000000007L, 3);
        Console.WriteLine(ld.Quotient + " r " + ld.Remainder);
        Console.WriteLine(Marshal.PtrToStringAnsi(C.inet_ntoa(new InAddress { Address = 0x0100007F })));
        var a = new Point3 { X = 1.5, Y = -2, Z = 1e10 };
        var b = new Point3();
        C.memcpy(ref b, ref a, (UIntPtr)24);
        Console.WriteLine(b.X + " " + b.Y + " " + b.Z);
        var source = new[] { new Point3 { X = 1 }, new Point3 { Y = 2 }, new Point3 { Z = 3 } };
        var target = new Point3[3];
        C.memcpyPoints(target, source, (UIntPtr)(3 * 24));
        Console.WriteLine(target[0].X + " " + target[1].Y + " " + target[2].Z);
        var buffer = stackalloc byte[8];
        C.memset(buffer, 0xAB, (UIntPtr)8);
        Console.WriteLine(buffer[0] + " " + buffer[7]);
    }
}
