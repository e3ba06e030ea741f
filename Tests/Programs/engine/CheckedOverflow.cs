// checked arithmetic and conversions at their boundaries pass; the last one overflows and is not
// caught (exit 1 on mono).
class CheckedOverflow {
    static int Main() {
        int total = 0;
        checked {
            int a = int.MaxValue - 1; a += 1; total += a == int.MaxValue ? 1 : 0;
            long l = 255; byte b = (byte)l; total += b;
            uint u = 5; u -= 5; total += (int)u;
            double d = 2147483647.9; int t = (int)d; total += t == int.MaxValue ? 1 : 0;
            sbyte s = (sbyte)(-128L); total += s == -128 ? 1 : 0;
            ulong big = ulong.MaxValue; total += (big > 0) ? 1 : 0;
            int overflow = int.MaxValue; overflow += total;
            return overflow;
        }
    }
}
