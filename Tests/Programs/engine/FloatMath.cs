// float and double arithmetic: NaN and infinity in comparisons (ordered and unordered branches),
// remainder, negative zero, single-precision rounding; the exit code is a checksum.
class FloatMath {
    static long Mix(long sum, long value) { return sum * 1000003 ^ value; }
    static long Q(double d) { return d != d ? 777 : d > 1e300 ? 888 : d < -1e300 ? 999 : (long)(d * 4096); }
    static int Main() {
        long sum = 11;
        double zero = 0, nan = zero / zero, inf = 1 / zero, one = 1;
        sum = Mix(sum, nan < one ? 1 : 2); sum = Mix(sum, nan > one ? 1 : 2); sum = Mix(sum, nan == nan ? 1 : 2); sum = Mix(sum, nan != nan ? 1 : 2);
        sum = Mix(sum, !(nan < one) ? 1 : 2); sum = Mix(sum, !(nan >= one) ? 1 : 2); sum = Mix(sum, inf > 1e308 ? 1 : 2);
        sum = Mix(sum, Q(-inf)); sum = Mix(sum, Q(inf - inf)); sum = Mix(sum, Q(7.5 % 2)); sum = Mix(sum, Q(-7.5 % 2)); sum = Mix(sum, Q(7.5 % -2));
        sum = Mix(sum, Q(1 / (-zero))); sum = Mix(sum, Q(0.1 + 0.2)); sum = Mix(sum, Q(1e-300 * 1e-300));
        float f = 0; for (int i = 0; i < 1000; i++) f += 0.1f;
        sum = Mix(sum, Q(f));
        double d = 0; for (int i = 0; i < 1000; i++) d += 0.1;
        sum = Mix(sum, Q(d));
        float big = 16777216f; big += 1f; sum = Mix(sum, Q(big));
        float g = 1.1f; double widened = g; sum = Mix(sum, Q(widened * 1e6));
        sum = Mix(sum, Q((float)(1.0 / 3.0) * 3)); sum = Mix(sum, Q(5.5f % 2.5f)); sum = Mix(sum, Q(-f));
        int n = 0; for (double x = -2; x <= 2; x += 0.25) { if (x < 0) n += 1; else if (x > 0) n += 100; else n += 10000; }
        sum = Mix(sum, n);
        return (int)((sum ^ (sum >> 13) ^ (sum >> 37)) & 0x7F);
    }
}
