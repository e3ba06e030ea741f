// Bounds-checked loops: the sieve of Eratosthenes over a bool array, and a matrix multiply over int[,]-free jagged arrays.
using System;
static class Sieve {
    static int Main(string[] args) {
        int n = args.Length > 0 ? int.Parse(args[0]) : 20000000;
        bool[] composite = new bool[n + 1];
        int primes = 0;
        for (int i = 2; i <= n; i++) {
            if (composite[i]) continue;
            primes++;
            for (long j = (long)i * i; j <= n; j += i) composite[j] = true;
        }
        int size = 220;
        double[][] a = new double[size][], b = new double[size][], c = new double[size][];
        for (int i = 0; i < size; i++) { a[i] = new double[size]; b[i] = new double[size]; c[i] = new double[size]; for (int j = 0; j < size; j++) { a[i][j] = i + j; b[i][j] = i - j; } }
        for (int i = 0; i < size; i++) for (int j = 0; j < size; j++) { double s = 0; for (int k = 0; k < size; k++) s += a[i][k] * b[k][j]; c[i][j] = s; }
        Console.WriteLine("checksum " + primes + " " + c[size / 2][size / 3]);
        return 0;
    }
}
