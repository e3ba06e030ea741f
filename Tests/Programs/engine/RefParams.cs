// ref and out parameters of every kind of storage: locals, array elements (int, struct, string),
// instance and static fields, fields of structs in arrays, nested ref passing, aliasing of the
// same location through two refs, out assigned in a callee that throws.
using System;
struct S { public int X; public string Name; }
class Holder { public int F; public S St; public static long Static; }
class RefParams {
    static void Inc(ref int x) { x++; }
    static void Twice(ref int x) { Inc(ref x); Inc(ref x); }
    static void Set(out int x, int v) { x = v; }
    static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    static void Alias(ref int a, ref int b) { a = 1; b = 2; Console.WriteLine("alias sees a = " + a); }
    static void SetStruct(ref S s) { s.X = 99; s.Name = "set"; s = new S { X = s.X + 1, Name = s.Name + "!" }; }
    static void SetLong(ref long l) { l = long.MinValue; }
    static void OutThrow(out int x) { x = 5; throw new Exception("after out"); }
    static bool TryParse(string s, out int v) { v = 0; foreach (char c in s) { if (c < '0' || c > '9') return false; v = v * 10 + (c - '0'); } return true; }
    static void ByteRef(ref byte b) { b += 200; }
    static void StrRef(ref string s) { s += "+"; }
    static void Main() {
        int a = 1; Inc(ref a); Twice(ref a); Console.WriteLine("local after Inc and Twice: " + a);
        int o; Set(out o, 42); Console.WriteLine("out: " + o);
        int[] arr = { 10, 20, 30 }; Inc(ref arr[1]); Swap(ref arr[0], ref arr[2]); Console.WriteLine("array: " + string.Join(",", arr));
        string[] strs = { "x", "y" }; Swap(ref strs[0], ref strs[1]); StrRef(ref strs[0]); Console.WriteLine("string array: " + string.Join(",", strs));
        Holder h = new Holder(); Inc(ref h.F); Twice(ref h.F); Console.WriteLine("instance field: " + h.F);
        SetStruct(ref h.St); Console.WriteLine("struct field: " + h.St.X + " " + h.St.Name);
        SetLong(ref Holder.Static); Console.WriteLine("static field: " + Holder.Static);
        S[] sa = new S[2]; SetStruct(ref sa[1]); Inc(ref sa[0].X); Console.WriteLine("struct array: " + sa[0].X + " " + sa[1].X + " " + sa[1].Name);
        int same = 0; Alias(ref same, ref same); Console.WriteLine("alias final: " + same);
        int t = 0; try { OutThrow(out t); } catch (Exception e) { Console.WriteLine("out before throw: " + t + " (" + e.Message + ")"); }
        int v; Console.WriteLine("TryParse 1234: " + TryParse("1234", out v) + " " + v + ", TryParse 12x: " + TryParse("12x", out v) + " " + v);
        byte b = 100; ByteRef(ref b); Console.WriteLine("byte ref wraps: " + b);
        int p = 3, q = 4; Swap(ref p, ref q); Console.WriteLine("swap ints: " + p + " " + q);
        S s1 = new S { X = 1, Name = "one" }, s2 = new S { X = 2, Name = "two" }; Swap(ref s1, ref s2); Console.WriteLine("swap structs: " + s1.Name + " " + s2.Name);
        int[,] md = new int[2, 2]; Inc(ref md[1, 1]); Inc(ref md[1, 1]); Console.WriteLine("2D element ref: " + md[1, 1]);
    }
}
