// ref locals and ref returns (C# 7): returning refs to array elements, fields and statics, writing
// through them, re-targeting a ref local, ref to a struct in an array, ref conditional via method,
// and a ref returned from a generic method.
using System;
struct Point { public int X, Y; }
class Store {
    public int[] Data = { 1, 2, 3, 4 };
    public Point P;
    public static int Counter;
    public ref int At(int i) { return ref Data[i]; }
    public ref Point Pt() { return ref P; }
    public static ref int Count() { return ref Counter; }
}
class RefLocals {
    static ref int Max(int[] a) { int m = 0; for (int i = 1; i < a.Length; i++) if (a[i] > a[m]) m = i; return ref a[m]; }
    static ref T First<T>(T[] a) { return ref a[0]; }
    static ref int Pick(bool left, ref int a, ref int b) { if (left) return ref a; return ref b; }
    static void Main() {
        Store s = new Store();
        ref int r = ref s.At(2); r = 30; Console.WriteLine("through ref local: " + s.Data[2]);
        s.At(0) = 100; Console.WriteLine("assign to ref return: " + s.Data[0]);
        s.At(1)++; s.At(1) += 5; Console.WriteLine("increment ref return: " + s.Data[1]);
        ref Point p = ref s.Pt(); p.X = 7; p.Y = 8; Console.WriteLine("ref struct field: " + s.P.X + "," + s.P.Y);
        Point copy = s.Pt(); copy.X = -1; Console.WriteLine("copy of ref return is a copy: " + s.P.X);
        Store.Count() = 5; Store.Count()++; Console.WriteLine("static via ref: " + Store.Counter);
        int[] arr = { 3, 9, 2 }; Max(arr) = 0; Console.WriteLine("zeroed the max: " + string.Join(",", arr));
        Max(arr) *= 10; Console.WriteLine("max times ten: " + string.Join(",", arr));
        string[] strs = { "a", "b" }; First(strs) = "z"; Console.WriteLine("generic ref return: " + strs[0]);
        Point[] pts = new Point[3]; ref Point pp = ref First(pts); pp.Y = 44; Console.WriteLine("struct array via generic ref: " + pts[0].Y);
        int a = 1, b = 2; Pick(true, ref a, ref b) = 10; Pick(false, ref a, ref b) = 20; Console.WriteLine("picked: " + a + " " + b);
        { ref int q = ref a; q = 11; } { ref int q = ref b; q = 22; } Console.WriteLine("two ref locals: " + a + " " + b);
        int sum = 0; for (int i = 0; i < s.Data.Length; i++) { ref int e = ref s.Data[i]; e *= 2; sum += e; } Console.WriteLine("loop ref locals: " + sum + " " + string.Join(",", s.Data));
    }
}
