// (relies on the default culture being invariant, as under LANG=C.UTF-8) Alignment in composite formats, PadLeft/PadRight, table rendering with fixed-width columns.
using System;
using System.Globalization;
using System.Text;
class PaddingAlignment {
    static void Main() {
        Console.WriteLine("[{0,8}]", "right");
        Console.WriteLine("[{0,-8}]", "left");
        Console.WriteLine("[{0,8}]", 42);
        Console.WriteLine("[{0,-8}]", 42);
        Console.WriteLine("[{0,8:F2}]", 3.14159);
        Console.WriteLine("[{0,-8:X}]", 3054);
        Console.WriteLine("[{0,3}]", "toolong");
        Console.WriteLine("[" + "abc".PadLeft(6) + "]");
        Console.WriteLine("[" + "abc".PadRight(6) + "]");
        Console.WriteLine("[" + "abc".PadLeft(6, '*') + "]");
        Console.WriteLine("[" + "abc".PadRight(6, '-') + "]");
        Console.WriteLine("[" + "abc".PadLeft(2) + "]");
        Console.WriteLine("[" + "".PadLeft(3, '0') + "]");
        Console.WriteLine($"[{"interp",10}] [{"x",-4}] [{12.5,7:F1}]");
        string[] names = { "Apple", "Banana", "Cherry", "Dragonfruit" };
        double[] prices = { 1.2, 0.5, 10, 123.456 };
        int[] qty = { 10, 200, 3, 1 };
        Console.WriteLine("{0,-12}|{1,8}|{2,5}|{3,10}", "Item", "Price", "Qty", "Total");
        Console.WriteLine(new string('-', 12) + "+" + new string('-', 8) + "+" + new string('-', 5) + "+" + new string('-', 10));
        double grand = 0;
        for (int i = 0; i < names.Length; i++) {
            double t = prices[i] * qty[i];
            grand += t;
            Console.WriteLine("{0,-12}|{1,8:F2}|{2,5}|{3,10:N2}", names[i], prices[i], qty[i], t);
        }
        Console.WriteLine("{0,-12}|{1,8}|{2,5}|{3,10:N2}", "TOTAL", "", "", grand);
        var sb = new StringBuilder();
        sb.AppendFormat("{0,5}|{1,-5}|", 1, 2);
        Console.WriteLine(sb);
        for (int i = 1; i <= 5; i++) Console.WriteLine(new string(' ', 5 - i) + new string('#', 2 * i - 1));
        Console.WriteLine(string.Format("{0,-6}{1,6}", true, false));
        Console.WriteLine(string.Format("[{0,5}]", (object)null));
        Console.WriteLine(string.Format("[{0,-5}] [{1,5}]", 'c', 1.5m));
    }
}
