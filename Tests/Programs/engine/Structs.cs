// Value types without the heap: struct locals and arguments (copy semantics), fields read and
// written through locals, byrefs and values, constructors (newobj of a struct), instance methods
// (this is a byref), nested structs, ref/out parameters, explicit layout; exit code is a checksum.
using System.Runtime.InteropServices;

struct Point {
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public int LengthSquared() { return X * X + Y * Y; }
    public void Scale(int k) { X *= k; Y *= k; }
}
struct Rect { public Point TopLeft; public Point Size; public byte Tag; public long Id; }
[StructLayout(LayoutKind.Explicit)] struct Overlay { [FieldOffset(0)] public long Whole; [FieldOffset(0)] public int Low; [FieldOffset(4)] public int High; [FieldOffset(2)] public short Middle; }
struct Big { public long A, B, C, D; public double E; }

class Structs {
    static long Mix(long sum, long value) { return sum * 1000003 ^ value; }
    static Point Move(Point p, int dx) { p.X += dx; return p; }
    static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
    static void Fill(out Point p, int v) { p = new Point(v, v + 1); }
    static void Grow(ref Rect r) { r.Size.Scale(2); r.Tag++; }
    static Big MakeBig(long seed) { Big b; b.A = seed; b.B = seed * 2; b.C = seed * 3; b.D = seed * 4; b.E = seed / 2.0; return b; }
    static long SumBig(Big b) { return b.A + b.B + b.C + b.D + (long)(b.E * 10); }
    static int Main() {
        long sum = 9;
        Point p = new Point(3, 4);
        Point q = p;          // a copy
        q.X = 100;
        sum = Mix(sum, p.X); sum = Mix(sum, q.X); sum = Mix(sum, p.LengthSquared());
        Point moved = Move(p, 10);
        sum = Mix(sum, p.X); sum = Mix(sum, moved.X);
        p.Scale(3); sum = Mix(sum, p.X + p.Y);
        int a = 1, b = 2; Swap(ref a, ref b); sum = Mix(sum, a * 10 + b);
        Point filled; Fill(out filled, 7); sum = Mix(sum, filled.Y);
        Rect r = new Rect(); r.TopLeft = p; r.Size = new Point(5, 6); r.Tag = 255; r.Id = -1;
        Grow(ref r);
        sum = Mix(sum, r.Size.X); sum = Mix(sum, r.Tag); sum = Mix(sum, r.TopLeft.Y); sum = Mix(sum, r.Id);
        Overlay o = new Overlay(); o.Whole = 0x1122334455667788;
        sum = Mix(sum, o.Low); sum = Mix(sum, o.High); sum = Mix(sum, o.Middle);
        o.Middle = -1; sum = Mix(sum, o.Whole);
        Big big = MakeBig(21); Big copy = big; copy.D = 0;
        sum = Mix(sum, SumBig(big)); sum = Mix(sum, SumBig(copy));
        Point def = default(Point); sum = Mix(sum, def.X + def.Y);
        return (int)((sum ^ (sum >> 21) ^ (sum >> 45)) & 0x7F);
    }
}
