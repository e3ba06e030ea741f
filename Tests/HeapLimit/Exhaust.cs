// A program that really needs more than the heap limit gets OutOfMemoryException (and recovers
// once it lets go). Run inside a 16 MB heap (scripts/test.sh: ILEX_MAX_HEAP=16m); mono has no such
// limit, so the expected output is written by hand.
using System;
using System.Collections.Generic;
class Exhaust {
    static void Main() {
        Console.WriteLine("filling the heap");  // Console is set up before the heap is full
        var kept = new List<byte[]>();
        try {
            for (int i = 0; i < 1000000; i++) kept.Add(new byte[4000]);
            Console.WriteLine("no OutOfMemoryException: the limit did not hold");
        } catch (OutOfMemoryException) {
            Console.WriteLine("OutOfMemoryException after more than 8 MB: " + (kept.Count * 4000L > 8 << 20));
        }
        int held = kept.Count;
        kept = null;
        GC.Collect();
        var again = new List<byte[]>();
        for (int i = 0; i < held / 2; i++) again.Add(new byte[4000]);
        Console.WriteLine("after letting go, half as much again: " + (again.Count == held / 2));
    }
}
