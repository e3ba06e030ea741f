// Conversions between every numeric type, unchecked, including narrowing, sign changes and
// float-to-integer truncation; the exit code is a checksum.
class Conversions {
    static long Mix(long sum, long value) { return sum * 1000003 ^ value; }
    static long Bits(double d) { return (long)(d * 1024); }
    static int Main() {
        long sum = 5;
        int i = -123456789; long l = -9876543210123L; uint u = 4000000000; ulong ul = 18000000000000000000UL;
        double dbl = -12345.678; float f = 3.75f;
        sum = Mix(sum, (sbyte)i); sum = Mix(sum, (byte)i); sum = Mix(sum, (short)i); sum = Mix(sum, (ushort)i); sum = Mix(sum, (uint)i);
        sum = Mix(sum, (long)i); sum = Mix(sum, (long)(ulong)i); sum = Mix(sum, (long)(uint)i);
        sum = Mix(sum, (int)l); sum = Mix(sum, (short)l); sum = Mix(sum, (byte)l); sum = Mix(sum, (uint)l);
        sum = Mix(sum, (int)u); sum = Mix(sum, (long)u); sum = Mix(sum, (short)u);
        sum = Mix(sum, (long)ul); sum = Mix(sum, (int)ul);
        sum = Mix(sum, (int)dbl); sum = Mix(sum, (long)dbl); sum = Mix(sum, (short)dbl); sum = Mix(sum, (byte)(int)dbl);
        sum = Mix(sum, (int)f); sum = Mix(sum, (long)(f * 1000)); sum = Mix(sum, (uint)(double)u);
        sum = Mix(sum, Bits(i)); sum = Mix(sum, Bits(l)); sum = Mix(sum, Bits(u)); sum = Mix(sum, Bits(ul)); sum = Mix(sum, Bits((float)l));
        sum = Mix(sum, Bits((double)(float)dbl)); sum = Mix(sum, Bits((float)i)); double e19 = 1e19; sum = Mix(sum, (long)(ulong)e19);
        sum = Mix(sum, (long)(ulong)dbl); double m09 = -0.9, p09 = 0.9999, e18 = 1e18; sum = Mix(sum, (int)m09); sum = Mix(sum, (int)p09); sum = Mix(sum, (long)e18);
        char c = (char)i; sum = Mix(sum, c); int minusOne = -1; sum = Mix(sum, (int)(char)minusOne);
        int imax = int.MaxValue; long lmax = long.MaxValue; sum = Mix(sum, (int)(double)imax); sum = Mix(sum, (long)(float)lmax);
        return (int)((sum ^ (sum >> 19) ^ (sum >> 43)) & 0x7F);
    }
}
