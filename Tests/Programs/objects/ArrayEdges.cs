// Array edge cases: index -1, Length, int.MaxValue (IndexOutOfRangeException), long and uint
// indices, negative sizes (OverflowException) for int and long lengths, zero-length arrays,
// Length/LongLength/Rank, element defaults per type, arrays of structs zeroed, array of arrays
// with null rows (NullReferenceException), and array Clone/Copy/Reverse/IndexOf/Sort.
using System;
struct P { public int X; public string S; }
class ArrayEdges {
    static string R(Func<object> f) { try { object o = f(); return o == null ? "null" : o.ToString(); } catch (Exception e) { return e.GetType().Name; } }
    static int N(int x) { return x; }
    static void Main() {
        int[] a = new int[5];
        Console.WriteLine("a[-1]: " + R(() => a[N(-1)]) + ", a[5]: " + R(() => a[N(5)]) + ", a[4]: " + R(() => a[N(4)]) + ", a[int.MaxValue]: " + R(() => a[N(int.MaxValue)]) + ", a[int.MinValue]: " + R(() => a[N(int.MinValue)]));
        long li = 3; uint ui = 4; Console.WriteLine("long index: " + R(() => a[li]) + ", uint index: " + R(() => a[ui]) + ", uint max: " + R(() => a[ui + 0xFFFFFFF0u]));
        Console.WriteLine("store a[5]: " + R(() => { a[N(5)] = 1; return "stored"; }));
        Console.WriteLine("new int[-1]: " + R(() => new int[N(-1)]) + ", new string[int.MinValue]: " + R(() => new string[N(int.MinValue)]));
        Console.WriteLine("new int[(long)-1]: " + R(() => new int[(long)N(-1)]) + ", new byte[0].Length: " + R(() => new byte[N(0)].Length));
        Console.WriteLine("new int[0][0]: " + R(() => new int[N(0)][0]));
        int[] empty = new int[0]; Console.WriteLine("empty: Length " + empty.Length + ", LongLength " + empty.LongLength + ", Rank " + empty.Rank + ", foreach count " + Count(empty));
        Console.WriteLine("defaults: " + new bool[1][0] + " " + (int)new char[1][0] + " " + new double[1][0] + " " + (new string[1][0] == null) + " " + new decimal[1][0] + " " + new long[1][0]);
        P[] ps = new P[3]; ps[1].X = 5; Console.WriteLine("struct array: " + ps[0].X + " " + (ps[0].S == null) + " " + ps[1].X);
        int[][] jag = new int[3][]; jag[0] = new int[] { 1 }; jag[2] = new int[10];
        Console.WriteLine("jagged null row: " + R(() => jag[1][0]) + ", row lengths: " + jag[0].Length + " " + jag[2].Length + ", jag[2][9]: " + jag[2][9]);
        int[] src = { 1, 2, 3, 4, 5, 6, 7, 8 };
        int[] clone = (int[])src.Clone(); clone[0] = 99; Console.WriteLine("Clone independent: " + src[0] + " " + clone[0]);
        int[] ov = (int[])src.Clone(); Array.Copy(ov, 0, ov, 2, 5); Console.WriteLine("Array.Copy overlapping forward: " + string.Join(",", ov));
        ov = (int[])src.Clone(); Array.Copy(ov, 3, ov, 1, 5); Console.WriteLine("Array.Copy overlapping backward: " + string.Join(",", ov));
        long[] widened = new long[4]; Array.Copy(src, widened, 4); Console.WriteLine("Array.Copy int[] to long[]: " + string.Join(",", widened));
        Console.WriteLine("Array.Copy past end: " + R(() => { Array.Copy(src, 5, new int[8], 0, 5); return "ok"; }));
        object[] objs = new object[3]; Array.Copy(new string[] { "a", "b", "c" }, objs, 3); Console.WriteLine("string[] to object[]: " + string.Join(",", objs));
        Console.WriteLine("object[] with int to string[]: " + R(() => { Array.Copy(new object[] { "a", 1 }, new string[2], 2); return "ok"; }));
        int[] rev = (int[])src.Clone(); Array.Reverse(rev); Console.WriteLine("Reverse: " + string.Join(",", rev) + ", IndexOf 6: " + Array.IndexOf(rev, 6) + ", IndexOf 42: " + Array.IndexOf(rev, 42));
        Array.Sort(rev); Console.WriteLine("Sort: " + string.Join(",", rev) + ", BinarySearch 5: " + Array.BinarySearch(rev, 5) + ", 10: " + Array.BinarySearch(rev, 10));
        string[] words = { "pear", "Apple", "fig", "apple" }; Array.Sort(words, StringComparer.Ordinal); Console.WriteLine("Sort ordinal: " + string.Join(",", words));
        Array.Clear(src, 2, 3); Console.WriteLine("Clear: " + string.Join(",", src));
        int[] resized = src; Array.Resize(ref resized, 3); Console.WriteLine("Resize to 3: " + string.Join(",", resized) + ", original length " + src.Length);
        byte[] bytes = new byte[5]; Buffer.BlockCopy(new int[] { 0x04030201, 0x08070605 }, 1, bytes, 0, 5); Console.WriteLine("Buffer.BlockCopy: " + string.Join(",", bytes));
        Console.WriteLine("ldlen of a big array: " + new byte[N(1 << 20)].Length);
    }
    static int Count(int[] xs) { int n = 0; foreach (int x in xs) n++; return n; }
}
