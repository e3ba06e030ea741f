// int/long/uint/ulong arithmetic with wrapping, division and remainder signs, shifts (counts are
// masked), bitwise operators; the exit code is a checksum of every result.
class IntArithmetic {
    static int Main() {
        long sum = 17;
        int a = int.MaxValue, b = int.MinValue, c = -7, d = 3;
        sum = Mix(sum, a + 1); sum = Mix(sum, b - 1); sum = Mix(sum, a * 2); sum = Mix(sum, b * -1);
        sum = Mix(sum, c / d); sum = Mix(sum, c % d); sum = Mix(sum, -c % d); sum = Mix(sum, c % -d); sum = Mix(sum, 7 / -2);
        sum = Mix(sum, c << 3); sum = Mix(sum, c >> 1); sum = Mix(sum, (int)((uint)c >> 1)); sum = Mix(sum, 1 << 33); sum = Mix(sum, c >> 65);
        sum = Mix(sum, c & 0x0F0F); sum = Mix(sum, c | 0x100); sum = Mix(sum, c ^ -1); sum = Mix(sum, ~c); sum = Mix(sum, -b);
        long x = long.MaxValue, y = long.MinValue, z = -1234567890123L;
        sum = Mix(sum, x + 1); sum = Mix(sum, y - 1); sum = Mix(sum, z * 1000003); sum = Mix(sum, z / 977); sum = Mix(sum, z % 977);
        sum = Mix(sum, z << 40); sum = Mix(sum, z >> 7); sum = Mix(sum, (long)((ulong)z >> 7)); sum = Mix(sum, 1L << 65); sum = Mix(sum, ~z);
        uint u = 0xFFFFFFF0, v = 7;
        sum = Mix(sum, u + v + 100); sum = Mix(sum, u / v); sum = Mix(sum, u % v); sum = Mix(sum, u * v); sum = Mix(sum, u >> 3);
        ulong p = 0xFFFFFFFFFFFFFF00UL, q = 1000;
        sum = Mix(sum, (long)(p / q)); sum = Mix(sum, (long)(p % q)); sum = Mix(sum, (long)(p * q)); sum = Mix(sum, (long)(p + 512));
        sum = Mix(sum, u > v ? 1 : 0); sum = Mix(sum, (int)u < (int)v ? 1 : 0); sum = Mix(sum, p > q ? 1 : 0); sum = Mix(sum, (long)p < (long)q ? 1 : 0);
        short s = short.MaxValue; s++; sum = Mix(sum, s);
        byte by = 200; by += 100; sum = Mix(sum, by);
        sbyte sb = -128; sb--; sum = Mix(sum, sb);
        char ch = 'A'; ch += (char)2; sum = Mix(sum, ch);
        return (int)((sum ^ (sum >> 17) ^ (sum >> 41)) & 0x7F);
    }
    static long Mix(long sum, long value) { return sum * 1000003 ^ value; }
}
