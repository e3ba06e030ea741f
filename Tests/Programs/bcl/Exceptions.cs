// Exceptions through the BCL: messages, types, catching the runtime's exceptions, finally blocks.
using System;
class Exceptions {
    static void Main() {
        try { throw new InvalidOperationException("custom message"); }
        catch (Exception e) { Console.WriteLine(e.Message); }
        try { int[] a = new int[1]; a[2] = 0; }
        catch (IndexOutOfRangeException e) { Console.WriteLine("caught: " + e.Message); }
        try { object o = null; o.ToString(); }
        catch (NullReferenceException) { Console.WriteLine("null reference"); }
        finally { Console.WriteLine("finally"); }
        try { checked { int x = int.MaxValue; x++; } }
        catch (OverflowException e) { Console.WriteLine(e.Message); }
    }
}
