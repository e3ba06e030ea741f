// fixed statements: pinning arrays (int, byte, struct, empty and null -> null pointer), strings
// (read chars, including the terminating NUL), fields of a class object, array elements by
// address, multiple fixed pointers in one statement; writes through the pinned pointer are visible
// in the managed array; fixed-size buffers in structs.
using System;
struct Rec { public int A; public short B; }
unsafe struct Fixed16 { public fixed byte Data[16]; public int Len; }
class Holder { public long Value; public int[] Arr = { 5, 6, 7 }; }
unsafe class FixedStatements {
    static Fixed16 global;
    static void Main() {
        int[] arr = { 1, 2, 3, 4 };
        fixed (int* p = arr) { p[0] = 10; *(p + 3) = 40; int s = 0; for (int i = 0; i < arr.Length; i++) s += p[i]; Console.WriteLine("pinned int[] sum: " + s); }
        Console.WriteLine("writes visible: " + string.Join(",", arr));
        fixed (int* p = &arr[2]) { *p = 33; p[-1] = 22; } Console.WriteLine("address of element: " + string.Join(",", arr));
        int[] empty = new int[0], none = null;
        fixed (int* pe = empty) fixed (int* pn = none) { Console.WriteLine("empty array pointer null: " + (pe == null) + ", null array pointer null: " + (pn == null)); }
        string s1 = "hello";
        fixed (char* c = s1) { Console.WriteLine("string chars: " + c[0] + c[4] + ", terminator: " + (int)c[5]); }
        byte[] bytes = new byte[8];
        fixed (byte* b = bytes) { *(long*)b = 0x0102030405060708; } Console.WriteLine("long written into byte[]: " + string.Join(",", bytes));
        Rec[] recs = new Rec[2];
        fixed (Rec* r = recs) { r[1].A = 5; r[1].B = -2; (r + 0)->A = 9; } Console.WriteLine("struct array: " + recs[0].A + " " + recs[1].A + " " + recs[1].B);
        Holder h = new Holder();
        fixed (long* lp = &h.Value) { *lp = long.MinValue; } Console.WriteLine("class field: " + h.Value);
        fixed (int* a = h.Arr, b = arr) { Console.WriteLine("two pointers: " + (a[0] + b[0])); }
        Fixed16 f = new Fixed16(); for (int i = 0; i < 16; i++) f.Data[i] = (byte)(i * 3); f.Len = 16;
        int sum = 0; for (int i = 0; i < f.Len; i++) sum += f.Data[i]; Console.WriteLine("fixed buffer in struct local: " + sum + ", sizeof " + sizeof(Fixed16));
        fixed (byte* g = global.Data) { g[15] = 200; } fixed (byte* g2 = global.Data) { Console.WriteLine("fixed buffer in static: " + g2[15]); }
        Fixed16 copy = f; copy.Data[0] = 255; Console.WriteLine("fixed buffer copies with struct: " + f.Data[0] + " " + copy.Data[0]);
        int[,] md = new int[2, 3]; fixed (int* m = md) { m[5] = 77; m[3] = 66; } Console.WriteLine("pinned 2D array, row-major: " + md[1, 2] + " " + md[1, 0]);
    }
}
