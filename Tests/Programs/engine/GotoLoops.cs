// goto (forward, backward, out of nested loops), nested loops with labeled-style break/continue,
// do-while, while(true) with break, for with empty parts and comma expressions, foreach over
// arrays and strings; one line per loop with what it computed.
using System;
class GotoLoops {
    static void Main() {
        int i = 0, sum = 0;
    top:
        sum += i; i++;
        if (i < 10) goto top;
        Console.WriteLine("backward goto sum: " + sum);
        int found = -1;
        for (int a = 0; a < 10; a++)
            for (int b = 0; b < 10; b++)
                for (int c = 0; c < 10; c++)
                    if (a * 100 + b * 10 + c == 537) { found = a * b * c; goto done; }
        done:
        Console.WriteLine("goto out of three loops: " + found);
        int count = 0;
        for (int a = 0; a < 20; a++) {
            if (a % 3 == 0) continue;
            for (int b = 0; b < 20; b++) {
                if (b > a) break;
                if ((a + b) % 2 == 0) continue;
                count++;
            }
        }
        Console.WriteLine("nested break/continue count: " + count);
        int n = 0; do { n += 3; } while (n < 100); Console.WriteLine("do-while: " + n);
        n = 100; do { n++; } while (n < 0); Console.WriteLine("do-while runs once: " + n);
        int w = 1; while (true) { w *= 3; if (w > 1000) break; } Console.WriteLine("while(true) break: " + w);
        int x, y; for (x = 0, y = 10; x < y; x++, y--) { } Console.WriteLine("comma for: " + x + " " + y);
        int k = 0; for (;;) { if (++k == 7) break; } Console.WriteLine("for(;;): " + k);
        int[] arr = { 5, 3, 8, 1 }; int prod = 1; foreach (int v in arr) prod *= v; Console.WriteLine("foreach array: " + prod);
        int chars = 0; foreach (char ch in "hello, world") if (ch == 'o' || ch == 'l') chars++; Console.WriteLine("foreach string: " + chars);
        int[,] grid = new int[3, 4]; int g = 0; foreach (int v in grid) g++; Console.WriteLine("foreach 2D: " + g);
        int state = 0, steps = 0;
    s0: steps++; if (state++ < 3) goto s1; goto end;
    s1: steps += 10; goto s0;
    end:
        Console.WriteLine("state machine with gotos: " + steps);
        long collatz = 27; int len = 0; while (collatz != 1) { collatz = collatz % 2 == 0 ? collatz / 2 : 3 * collatz + 1; len++; } Console.WriteLine("collatz 27: " + len);
        int primes = 0;
        for (int p = 2; p < 2000; p++) { bool isPrime = true; for (int d = 2; d * d <= p; d++) if (p % d == 0) { isPrime = false; break; } if (isPrime) primes++; }
        Console.WriteLine("primes below 2000: " + primes);
        int loops = 0; for (int a = 0; a < 5; a++) { int b = 0; while (b < a) { b++; if (b == 3) goto next; loops++; } next: ; }
        Console.WriteLine("goto to end of loop body: " + loops);
    }
}
