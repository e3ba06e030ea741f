// Boxing and unboxing of primitives, enums and structs; isinst/castclass on boxed values;
// interface calls on boxed structs; the exit code is a checksum.
enum Color : byte { Red = 1, Green = 2, Blue = 200 }
interface IValue { int Get(); }
struct Money : IValue { public int Cents; public int Get() { return Cents; } }
class Boxing {
    static long Mix(long sum, long value) { return sum * 1000003 ^ value; }
    static object Box(int v) { return v; }
    static int Main() {
        long sum = 37;
        object o = 42; sum = Mix(sum, (int)o);
        object l = 5L; sum = Mix(sum, (long)l);
        object d = 2.5; sum = Mix(sum, (long)((double)d * 4));
        object c = Color.Blue; sum = Mix(sum, (byte)(Color)c);
        sum = Mix(sum, o is int ? 1 : 0); sum = Mix(sum, o is long ? 1 : 0); sum = Mix(sum, c is Color ? 1 : 0); sum = Mix(sum, c is byte ? 1 : 0);
        Money m = new Money(); m.Cents = 1234;
        object boxed = m; m.Cents = 1;              // the box holds a copy
        sum = Mix(sum, ((Money)boxed).Cents); sum = Mix(sum, m.Cents);
        IValue v = m; sum = Mix(sum, v.Get());
        sum = Mix(sum, boxed is IValue ? 1 : 0);
        object[] values = { 1, 2L, 3.0, "four", Color.Green, m };
        int ints = 0, longs = 0, others = 0;
        foreach (object x in values) { if (x is int) ints++; else if (x is long) longs++; else others++; }
        sum = Mix(sum, ints * 100 + longs * 10 + others);
        sum = Mix(sum, (int)Box(7) + (int)Box(-7));
        return (int)((sum ^ (sum >> 15) ^ (sum >> 33)) & 0x7F);
    }
}
