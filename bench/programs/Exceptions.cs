// Throw and catch: exceptions through a few frames, with finally blocks on the way.
using System;
class BenchException : Exception { public readonly int Code; public BenchException(int code) { Code = code; } }
static class Exceptions {
    static int finallies;
    static void Thrower(int depth, int code) { try { if (depth == 0) throw new BenchException(code); Thrower(depth - 1, code); } finally { finallies++; } }
    static int Main(string[] args) {
        int n = args.Length > 0 ? int.Parse(args[0]) : 300000;
        long checksum = 0;
        for (int i = 0; i < n; i++) {
            try { Thrower(i % 4, i); }
            catch (BenchException e) when (e.Code % 3 != 0) { checksum += e.Code; }
            catch (BenchException e) { checksum -= e.Code; }
        }
        Console.WriteLine("checksum " + checksum + " " + finallies);
        return 0;
    }
}
