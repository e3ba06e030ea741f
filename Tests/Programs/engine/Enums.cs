// Enums: underlying types (byte, sbyte, short, long, ulong), arithmetic and bitwise operators,
// casts of out-of-range values, ToString of defined, undefined and [Flags] combinations, Parse,
// HasFlag, comparisons, switch, enum as array index, enum in generic code, boxing to Enum.
using System;
enum Small : byte { A = 1, B = 2, Max = 255 }
enum Signed : sbyte { Neg = -1, Zero = 0, Pos = 1 }
enum Wide : long { Big = 1L << 40, Neg = long.MinValue }
enum UWide : ulong { Top = ulong.MaxValue }
enum Short : short { X = -300 }
[Flags] enum Perm { None = 0, Read = 1, Write = 2, Exec = 4, ReadWrite = Read | Write, All = 7 }
enum Day { Mon, Tue, Wed, Thu, Fri, Sat, Sun }
class Enums {
    static string Gen<T>(T v) { return v.ToString() + "/" + v.GetType().Name; }
    static void Main() {
        Small s = Small.Max; s++; Console.WriteLine("byte enum wraps: " + s + " (" + (int)s + ")");
        Signed g = Signed.Neg; g--; Console.WriteLine("sbyte enum: " + g + " (" + (int)g + ")");
        Console.WriteLine("long enum: " + Wide.Big + " " + (long)Wide.Big + " " + Wide.Neg + " " + (long)Wide.Neg);
        Console.WriteLine("ulong enum: " + UWide.Top + " " + (ulong)UWide.Top + ", short enum: " + Short.X + " " + (short)Short.X);
        Day d = Day.Fri; d += 2; Console.WriteLine("Fri + 2: " + d); d++; Console.WriteLine("Sun + 1: " + d + " (" + (int)d + ")");
        Console.WriteLine("Sun - Mon: " + (Day.Sun - Day.Mon) + ", Wed < Thu: " + (Day.Wed < Day.Thu));
        Console.WriteLine("(Day)-1: " + (Day)(-1) + ", (Day)3: " + (Day)3);
        Perm p = Perm.Read | Perm.Exec; Console.WriteLine("flags Read|Exec: " + p);
        Console.WriteLine("flags ReadWrite: " + (Perm.Read | Perm.Write) + ", All: " + (Perm)7 + ", None: " + (Perm)0 + ", undefined bit 8: " + (Perm)8 + ", 9: " + (Perm)9);
        Console.WriteLine("HasFlag: " + p.HasFlag(Perm.Read) + p.HasFlag(Perm.Write) + p.HasFlag(Perm.None));
        Console.WriteLine("& ~: " + (p & ~Perm.Read) + ", ^: " + (p ^ Perm.All));
        Console.WriteLine("Parse: " + Enum.Parse(typeof(Day), "Wed") + " " + Enum.Parse(typeof(Perm), "Read, Write") + " " + (int)Enum.Parse(typeof(Day), "5"));
        Console.WriteLine("IsDefined: " + Enum.IsDefined(typeof(Day), 3) + Enum.IsDefined(typeof(Day), 9) + Enum.IsDefined(typeof(Day), "Sun"));
        Console.WriteLine("GetNames: " + string.Join(",", Enum.GetNames(typeof(Perm))));
        Console.WriteLine("format: " + Day.Tue.ToString("D") + " " + Day.Tue.ToString("X") + " " + Perm.All.ToString("F") + " " + Small.A.ToString("X"));
        Console.WriteLine("generic: " + Gen(Day.Sat) + " " + Gen(Perm.Write) + " " + Gen((Small)3));
        Enum boxed = Day.Thu; Console.WriteLine("boxed Enum: " + boxed + " " + boxed.GetType().Name + " " + (boxed is Day) + " " + (boxed is int));
        object o = Day.Mon; Console.WriteLine("unbox to int: " + (int)(Day)o + ", Equals(Day.Mon): " + o.Equals(Day.Mon) + ", Equals(0): " + o.Equals(0));
        int[] counts = new int[7]; foreach (Day x in new[] { Day.Mon, Day.Sun, Day.Sun, Day.Wed }) counts[(int)x]++; Console.WriteLine("enum indexed: " + string.Join("", counts));
        Console.WriteLine("CompareTo: " + Day.Mon.CompareTo(Day.Sun) + ", Signed order: " + Signed.Neg.CompareTo(Signed.Pos) + ", UWide GetHashCode equal to ulong's: " + (UWide.Top.GetHashCode() == ulong.MaxValue.GetHashCode()));
        Day e = (Day)Enum.ToObject(typeof(Day), 6); Console.WriteLine("ToObject: " + e + ", underlying of Small: " + Enum.GetUnderlyingType(typeof(Small)).Name);
    }
}
