// Exit code only: a mix of int/long/uint arithmetic, shifts, checked operations caught, float to
// int conversions and comparisons folded into one checksum (no Console, no class library calls
// beyond exceptions), so the most basic engine paths report without the BCL's printing.
class ChecksumArith {
    static int Id(int x) { return x; }
    static long Mix(long s, long v) { return (s ^ v) * 0x100000001B3L; }
    static int Main() {
        long s = unchecked((long)0xCBF29CE484222325UL);
        for (int i = -50; i <= 50; i++) {
            int x = Id(i) * 37 - 11;
            s = Mix(s, x / 7); s = Mix(s, x % 7); s = Mix(s, x >> (i & 31)); s = Mix(s, (long)((uint)x >> 3));
            s = Mix(s, (long)x * x * x); s = Mix(s, (int)(x * 1.5)); s = Mix(s, (long)(x / 3.0 * 1000));
            s = Mix(s, x < 0 ? 1 : 2); s = Mix(s, (byte)x); s = Mix(s, (sbyte)x); s = Mix(s, (short)(x * 1000)); s = Mix(s, (char)x);
            try { s = Mix(s, checked(int.MaxValue - 100 + Id(i) * 3)); } catch (System.OverflowException) { s = Mix(s, 777); }
            try { s = Mix(s, 100 / (Id(i) % 10)); } catch (System.DivideByZeroException) { s = Mix(s, 999); }
        }
        return (int)((ulong)s % 251);
    }
}
