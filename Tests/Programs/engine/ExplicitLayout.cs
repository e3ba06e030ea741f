// StructLayout(Explicit) unions: int overlapping float (bit reinterpretation), long overlapping two
// ints and eight bytes (little-endian), overlapping fields written in sequence, Sequential with
// Pack=1 sizes and offsets (via pointers), LayoutKind.Explicit with Size, and a union copied by
// value keeps every overlapped view.
using System;
using System.Runtime.InteropServices;
[StructLayout(LayoutKind.Explicit)] struct IntFloat { [FieldOffset(0)] public int I; [FieldOffset(0)] public float F; }
[StructLayout(LayoutKind.Explicit)] struct Wide { [FieldOffset(0)] public long L; [FieldOffset(0)] public int Lo; [FieldOffset(4)] public int Hi; [FieldOffset(0)] public byte B0; [FieldOffset(7)] public byte B7; [FieldOffset(2)] public short Mid; }
[StructLayout(LayoutKind.Explicit)] struct DoubleBits { [FieldOffset(0)] public double D; [FieldOffset(0)] public ulong U; }
[StructLayout(LayoutKind.Sequential, Pack = 1)] struct Packed { public byte A; public int B; public short C; }
[StructLayout(LayoutKind.Sequential)] struct Natural { public byte A; public int B; public short C; }
[StructLayout(LayoutKind.Explicit, Size = 32)] struct Sized { [FieldOffset(8)] public int X; }
unsafe class ExplicitLayout {
    static void Main() {
        IntFloat u = new IntFloat(); u.F = 1.0f; Console.WriteLine("1.0f as int: " + u.I.ToString("X8"));
        u.I = unchecked((int)0xC0490FDB); Console.WriteLine("0xC0490FDB as float: " + u.F.ToString("R"));
        Wide w = new Wide(); w.L = 0x1122334455667788;
        Console.WriteLine("Lo " + w.Lo.ToString("X8") + " Hi " + w.Hi.ToString("X8") + " B0 " + w.B0.ToString("X2") + " B7 " + w.B7.ToString("X2") + " Mid " + w.Mid.ToString("X4"));
        w.Hi = -1; Console.WriteLine("after Hi = -1: L " + w.L.ToString("X16"));
        w.B0 = 0; w.Mid = 0; Console.WriteLine("after B0 = 0, Mid = 0: L " + w.L.ToString("X16"));
        Wide copy = w; copy.Lo = 0; Console.WriteLine("copy keeps views: " + w.L.ToString("X16") + " " + copy.L.ToString("X16"));
        DoubleBits db = new DoubleBits(); db.D = -0.0; Console.WriteLine("-0.0 bits: " + db.U.ToString("X16")); db.U = 0x7FF0000000000000; Console.WriteLine("inf from bits: " + db.D);
        db.U = 0x7FF8000000000001; Console.WriteLine("NaN from bits: " + double.IsNaN(db.D));
        Console.WriteLine("sizeof Packed " + sizeof(Packed) + ", Natural " + sizeof(Natural) + ", Sized " + sizeof(Sized) + ", IntFloat " + sizeof(IntFloat) + ", Wide " + sizeof(Wide));
        Packed p = new Packed(); byte* bp = (byte*)&p; Console.WriteLine("Packed offsets: B at " + ((byte*)&p.B - bp) + ", C at " + ((byte*)&p.C - bp));
        Natural n = new Natural(); byte* np = (byte*)&n; Console.WriteLine("Natural offsets: B at " + ((byte*)&n.B - np) + ", C at " + ((byte*)&n.C - np));
        Sized s = new Sized(); s.X = 5; Console.WriteLine("Sized X offset: " + ((byte*)&s.X - (byte*)&s) + ", X " + s.X);
        IntFloat[] arr = new IntFloat[2]; arr[1].F = -1f; Console.WriteLine("union in array: " + arr[1].I.ToString("X8") + " " + arr[0].I);
        object boxed = w; Wide unboxed = (Wide)boxed; Console.WriteLine("boxed union round trip: " + unboxed.L.ToString("X16"));
    }
}
