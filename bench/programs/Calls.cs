// Recursive calls: Fibonacci by naive recursion, plus Ackermann-style argument shuffling.
using System;
static class Calls {
    static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
    static int Tak(int x, int y, int z) => y < x ? Tak(Tak(x - 1, y, z), Tak(y - 1, z, x), Tak(z - 1, x, y)) : z;
    static int Main(string[] args) {
        int n = args.Length > 0 ? int.Parse(args[0]) : 38;
        long checksum = Fib(n);
        for (int i = 0; i < 8; i++) checksum += Tak(18 + i % 3, 12, 6);
        Console.WriteLine("checksum " + checksum);
        return 0;
    }
}
