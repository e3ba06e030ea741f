// Enums: ToString (named, unnamed, [Flags] combinations), Parse/TryParse (ignoreCase, numeric), HasFlag, bitwise ops, GetValues/GetNames, IsDefined, underlying types, casting, switch.
using System;
using System.Linq;
enum Color { Red, Green = 5, Blue, Black = -1 }
[Flags] enum Perm { None = 0, Read = 1, Write = 2, Exec = 4, ReadWrite = Read | Write, All = 7 }
enum Small : byte { A = 1, B = 200 }
enum Big : long { Huge = 1L << 40 }
[Flags] enum Style { Bold = 1, Italic = 2, Under = 8 }
class EnumOperations {
    static string Describe(Color c) { switch (c) { case Color.Red: return "warm"; case Color.Blue: return "cool"; default: return "other"; } }
    static void Main() {
        Console.WriteLine(Color.Red + " " + Color.Green + " " + Color.Blue + " " + Color.Black);
        Console.WriteLine((int)Color.Blue + " " + (Color)5 + " " + (Color)42 + " " + (Color)(-1));
        Console.WriteLine(Color.Green.ToString("D") + " " + Color.Green.ToString("X") + " " + Color.Green.ToString("G") + " " + Color.Green.ToString("F"));
        Console.WriteLine(Perm.Read | Perm.Exec);
        Console.WriteLine(Perm.Read | Perm.Write);
        Console.WriteLine(Perm.All + " " + Perm.None + " " + (Perm)0 + " " + (Perm)16 + " " + (Perm)9);
        Console.WriteLine(Style.Bold | Style.Under);
        Console.WriteLine((Style)3 + " " + (Style)4 + " " + (Style)0);
        var p = Perm.Read | Perm.Write;
        Console.WriteLine(p.HasFlag(Perm.Read) + " " + p.HasFlag(Perm.Exec) + " " + p.HasFlag(Perm.None) + " " + ((p & Perm.Write) != 0));
        p |= Perm.Exec; p &= ~Perm.Read;
        Console.WriteLine(p + " " + (int)p);
        Console.WriteLine(Enum.Parse(typeof(Color), "Blue") + " " + (Color)Enum.Parse(typeof(Color), "blue", true) + " " + Enum.Parse(typeof(Color), "5"));
        Console.WriteLine(Enum.Parse(typeof(Perm), "Read, Exec") + " " + (int)(Perm)Enum.Parse(typeof(Perm), "Write,Exec"));
        Console.WriteLine(Enum.TryParse("Green", out Color c1) + " " + c1 + " " + Enum.TryParse("Purple", out Color c2) + " " + c2 + " " + Enum.TryParse("GREEN", true, out Color c3) + " " + c3);
        try { Enum.Parse(typeof(Color), "Nope"); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        Console.WriteLine(string.Join(",", Enum.GetNames(typeof(Color))));
        Console.WriteLine(Enum.IsDefined(typeof(Color), 6) + " " + Enum.IsDefined(typeof(Color), 7) + " " + Enum.IsDefined(typeof(Color), "Red"));
        Console.WriteLine(Enum.GetName(typeof(Color), 6) + " " + (Enum.GetName(typeof(Color), 99) == null));
        Console.WriteLine(Enum.GetUnderlyingType(typeof(Small)).Name + " " + Enum.GetUnderlyingType(typeof(Big)).Name + " " + Enum.GetUnderlyingType(typeof(Color)).Name);
        Console.WriteLine((byte)Small.B + " " + Small.B + " " + (long)Big.Huge + " " + Big.Huge);
        Console.WriteLine(Color.Red.CompareTo(Color.Blue) + " " + Color.Blue.Equals(Color.Blue) + " " + (Color.Green < Color.Blue));
        Console.WriteLine(Describe(Color.Red) + " " + Describe(Color.Blue) + " " + Describe(Color.Green));
        Console.WriteLine(Enum.Format(typeof(Color), Color.Blue, "d") + " " + Enum.ToObject(typeof(Color), 0));
        Color next = Color.Green; next++;
        Console.WriteLine(next + " " + (next + 1));
        Console.WriteLine(Color.Red.GetType().Name + " " + Color.Red.GetType().IsEnum + " " + (Color.Red is Enum) + " " + Color.Red.GetTypeCode());
        object boxed = Perm.Write;
        Console.WriteLine(boxed + " " + (Perm)boxed + " " + ((Enum)boxed).HasFlag(Perm.Write));
        var counts = new int[3];
        foreach (Perm f in new[] { Perm.Read, Perm.Write, Perm.Exec }) if ((Perm.All & f) == f) counts[(int)Math.Log((int)f, 2)]++;
        Console.WriteLine(string.Join(",", counts));
        Console.WriteLine(string.Join(",", Enum.GetValues(typeof(Color)).Cast<Color>().Select(x => (int)x)));
        Console.WriteLine(string.Join(",", (Perm[])Enum.GetValues(typeof(Perm))));
    }
}
