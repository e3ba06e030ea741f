// GetHashCode and Equals/CompareTo of primitives, whose values are defined by the class library
// (not addresses): int, uint, long (lo ^ hi), ulong, short, byte, char, bool, double (bits folded;
// 0.0 and -0.0 hash alike), float, decimal (1.0m and 1.00m equal and hash alike), enums.
using System;
enum Small : byte { A = 200 }
class PrimitiveHash {
    static void Main() {
        Console.WriteLine("int: " + 5.GetHashCode() + " " + (-1).GetHashCode() + " " + int.MinValue.GetHashCode());
        Console.WriteLine("uint: " + 0xFFFFFFFFu.GetHashCode() + ", long: " + (1L << 32).GetHashCode() + " " + (-1L).GetHashCode() + " " + 0x123456789L.GetHashCode() + ", ulong: " + ulong.MaxValue.GetHashCode());
        Console.WriteLine("short: " + ((short)-2).GetHashCode() + ", ushort: " + ((ushort)65535).GetHashCode() + ", byte: " + ((byte)200).GetHashCode() + ", sbyte: " + ((sbyte)-3).GetHashCode() + ", char: " + 'A'.GetHashCode());
        Console.WriteLine("bool: " + true.GetHashCode() + " " + false.GetHashCode());
        Console.WriteLine("double 0.0 vs -0.0 hash equal: " + (0.0.GetHashCode() == (-0.0).GetHashCode()) + ", 1.5: " + 1.5.GetHashCode() + ", float 1.5f: " + 1.5f.GetHashCode());
        Console.WriteLine("decimal 1.0m/1.00m: " + (1.0m).Equals(1.00m) + " " + ((1.0m).GetHashCode() == (1.00m).GetHashCode()));
        Console.WriteLine("enum: " + Small.A.GetHashCode() + " " + DayOfWeek.Friday.GetHashCode());
        Console.WriteLine("Equals across types: " + 1.Equals(1L) + " " + 1L.Equals(1) + " " + ((object)1).Equals((object)1) + " " + 1.0.Equals(1.0f) + " " + 'a'.Equals((object)97));
        Console.WriteLine("CompareTo: " + 1.CompareTo(2) + " " + double.NaN.CompareTo(double.NegativeInfinity) + " " + 'b'.CompareTo('a') + " " + true.CompareTo(false) + " " + (-0.0).CompareTo(0.0) + " " + 5u.CompareTo(4u) + " " + long.MinValue.CompareTo(0L));
        Console.WriteLine("CompareTo(object null): " + 3.CompareTo(null));
        try { 3.CompareTo("x"); } catch (ArgumentException) { Console.WriteLine("CompareTo(string): ArgumentException"); }
    }
}
