// stackalloc: buffers of several sizes and element types, zero-initialised (mcs marks methods
// localsinit), a fresh buffer per call, stackalloc inside a loop (each iteration's buffer
// separate, bounded), a 64 KB buffer, computing with the buffer (sieve, sorting), and passing the
// pointer to another method.
using System;
unsafe class Stackalloc {
    static int Sum(int* p, int n) { int s = 0; for (int i = 0; i < n; i++) s += p[i]; return s; }
    static int Fresh() { int* p = stackalloc int[8]; int nonzero = 0; for (int i = 0; i < 8; i++) { if (p[i] != 0) nonzero++; p[i] = 0x5A5A; } return nonzero; }
    static void Main() {
        int* a = stackalloc int[100]; int zeros = 0; for (int i = 0; i < 100; i++) if (a[i] == 0) zeros++; Console.WriteLine("zeroed ints: " + zeros);
        for (int i = 0; i < 100; i++) a[i] = i; Console.WriteLine("sum via callee: " + Sum(a, 100));
        Console.WriteLine("fresh buffers per call: " + Fresh() + " " + Fresh() + " " + Fresh());
        byte* big = stackalloc byte[65536]; big[0] = 1; big[65535] = 2; long total = 0; for (int i = 0; i < 65536; i++) total += big[i]; Console.WriteLine("64 KB buffer: " + total);
        bool* sieve = stackalloc bool[1000]; int primes = 0;
        for (int i = 2; i < 1000; i++) { if (sieve[i]) continue; primes++; for (int j = i * i; j < 1000; j += i) sieve[j] = true; }
        Console.WriteLine("primes below 1000: " + primes);
        double* d = stackalloc double[5]; d[0] = 3.5; d[1] = -1; d[2] = 2.25; d[3] = 0; d[4] = 10;
        for (int i = 0; i < 5; i++) for (int j = i + 1; j < 5; j++) if (d[j] < d[i]) { double t = d[i]; d[i] = d[j]; d[j] = t; }
        Console.WriteLine("sorted doubles: " + d[0] + " " + d[1] + " " + d[2] + " " + d[3] + " " + d[4]);
        int acc = 0; for (int k = 0; k < 50; k++) { long* l = stackalloc long[4]; l[k % 4] = k; acc += (int)(l[0] + l[1] + l[2] + l[3]); }
        Console.WriteLine("stackalloc in a loop: " + acc);
        char* s = stackalloc char[3]; s[0] = 'o'; s[1] = 'k'; Console.WriteLine("chars: " + new string(s, 0, 2) + ", third is zero: " + ((int)s[2] == 0));
        int n = 0; int* empty = stackalloc int[n]; Console.WriteLine("zero-length stackalloc is usable: " + (empty != null || n == 0));
    }
}
