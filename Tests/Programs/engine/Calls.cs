// Static calls: recursion (Fibonacci, Ackermann, mutual recursion), many arguments of mixed types,
// small-integer parameters narrowed at the call, generic static methods over value types.
class Calls {
    static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }
    static int Ack(int m, int n) { return m == 0 ? n + 1 : n == 0 ? Ack(m - 1, 1) : Ack(m - 1, Ack(m, n - 1)); }
    static bool IsEven(int n) { return n == 0 ? true : IsOdd(n - 1); }
    static bool IsOdd(int n) { return n == 0 ? false : IsEven(n - 1); }
    static double Many(int a, long b, double c, float d, byte e, short f, uint g, ulong h, char i, bool j) {
        return a + b + c + d + e + f + g + h + i + (j ? 1000 : 0);
    }
    static byte Narrow(byte b) { return b; }
    static T Pick<T>(bool first, T a, T b) { return first ? a : b; }
    static long Deep(int n) { return n == 0 ? 0 : 1 + Deep(n - 1); }
    static long Mix(long sum, long value) { return sum * 1000003 ^ value; }
    static int Main() {
        long sum = 1;
        sum = Mix(sum, Fib(22)); sum = Mix(sum, Ack(2, 3)); sum = Mix(sum, IsEven(1001) ? 1 : 0);
        sum = Mix(sum, (long)(Many(1, 2, 3.5, 4.25f, 255, -6, 7, 8, 'A', true) * 100));
        int big = 300; sum = Mix(sum, Narrow((byte)big)); sum = Mix(sum, Pick(false, 3, 4)); sum = Mix(sum, Pick(true, 5L, 6L));
        sum = Mix(sum, (long)(Pick(false, 1.5, 2.5) * 10)); sum = Mix(sum, Deep(20000));
        return (int)((sum ^ (sum >> 15) ^ (sum >> 39)) & 0x7F);
    }
}
