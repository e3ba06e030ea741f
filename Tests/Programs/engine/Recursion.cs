// Recursion: depth 10000 (int, long and struct arguments), mutual recursion, recursion with many
// locals per frame, Ackermann, recursive generic method, recursion through a delegate.
using System;
struct Pair { public long A, B; }
class Recursion {
    static int Depth(int n) { return n == 0 ? 0 : 1 + Depth(n - 1); }
    static long SumTo(long n) { return n == 0 ? 0 : n + SumTo(n - 1); }
    static Pair Fib(int n, Pair p) { if (n == 0) return p; Pair q; q.A = p.B; q.B = p.A + p.B; return Fib(n - 1, q); }
    static bool IsEven(int n) { return n == 0 ? true : IsOdd(n - 1); }
    static bool IsOdd(int n) { return n == 0 ? false : IsEven(n - 1); }
    static int Ack(int m, int n) { return m == 0 ? n + 1 : n == 0 ? Ack(m - 1, 1) : Ack(m - 1, Ack(m, n - 1)); }
    static int Locals(int n) {
        int a = n, b = n * 2, c = n * 3, d = n * 4; long e = n; double f = n; string s = "x";
        if (n == 0) return 0;
        int r = Locals(n - 1);
        return r + (a + b + c + d + (int)e + (int)f + s.Length) % 7;
    }
    static T Nest<T>(int n, T v) { return n == 0 ? v : Nest(n - 1, v); }
    static Func<int, int> fact;
    static int Hanoi(int n, int from, int to, int via) { return n == 0 ? 0 : Hanoi(n - 1, from, via, to) + 1 + Hanoi(n - 1, via, to, from); }
    static void Main() {
        Console.WriteLine("Depth(10000): " + Depth(10000));
        Console.WriteLine("SumTo(10000): " + SumTo(10000));
        Pair p = Fib(90, new Pair { A = 0, B = 1 }); Console.WriteLine("Fib 90 via struct recursion: " + p.A);
        Console.WriteLine("IsEven(10001): " + IsEven(10001) + ", IsOdd(7777): " + IsOdd(7777));
        Console.WriteLine("Ack(2, 3): " + Ack(2, 3) + ", Ack(3, 5): " + Ack(3, 5));
        Console.WriteLine("Locals(5000): " + Locals(5000));
        Console.WriteLine("Nest<string>(3000): " + Nest(3000, "deep") + ", Nest<double>: " + Nest(3000, 2.5));
        fact = n => n <= 1 ? 1 : n * fact(n - 1);
        Console.WriteLine("fact via delegate(12): " + fact(12));
        Console.WriteLine("Hanoi(16) moves: " + Hanoi(16, 1, 3, 2));
    }
}
