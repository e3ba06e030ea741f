// Type.GetType name parsing as mono does it: spaces skipped before names, trailing spaces part of the
// name, generic arguments plain or assembly-qualified, array suffixes.
using System;
class P { static void Main() {
  foreach (var n in new[] { "System.Collections.Generic.Dictionary`2[System.String, System.Int32]", "System.Collections.Generic.Dictionary`2[System.String ,System.Int32]", "System.Collections.Generic.Dictionary`2[ System.String,System.Int32]", " System.Int32", "System.Int32 ", "System.Int32 , mscorlib", "System.Collections.Generic.List`1[[System.Int32, mscorlib] ]", "System.Collections.Generic.List`1[ [System.Int32, mscorlib]]", "System.Int32[ ]", "System.Int32 []" })
    Console.WriteLine("'" + n + "' -> " + Type.GetType(n));
} }
