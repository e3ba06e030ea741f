// Small integer types: byte/sbyte/short/ushort/char promote to int in arithmetic, truncate on
// store (compound assignment, ++/--), sign vs zero extension when widened, narrowing of stores to
// fields, array elements and parameters.
using System;
class SmallInts {
    static sbyte sf; static ushort uf; static short[] sa = new short[2];
    static int TakeByte(byte b) { return b; }
    static int TakeSByte(sbyte b) { return b; }
    static void Main() {
        byte b = 250; sbyte sb = 120; short s = 32000; ushort us = 65000; char c = 'a';
        Console.WriteLine("b + b: " + (b + b) + ", (byte)(b + b): " + (byte)(b + b));
        b += 10; Console.WriteLine("b += 10: " + b);
        sb += 10; Console.WriteLine("sb += 10: " + sb);
        s += 1000; Console.WriteLine("s += 1000: " + s);
        us += 1000; Console.WriteLine("us += 1000: " + us);
        c += (char)25; Console.WriteLine("c += 25: " + c + " (" + (int)c + ")");
        c++; Console.WriteLine("c++: " + (int)c);
        sb = -128; sb--; Console.WriteLine("sbyte -128--: " + sb);
        sb = 127; sb++; Console.WriteLine("sbyte 127++: " + sb);
        s = short.MinValue; s--; Console.WriteLine("short min--: " + s);
        sb = -1; Console.WriteLine("(int)sbyte -1: " + (int)sb + ", (uint)(byte)sbyte -1: " + (uint)(byte)sb + ", (ushort)sbyte -1: " + (ushort)sb);
        s = -1; Console.WriteLine("(char)short -1: " + (int)(char)s + ", (long)(ushort)s: " + (long)(ushort)s);
        int big = 0x12345678;
        Console.WriteLine("(byte)0x12345678: " + (byte)big + ", (sbyte): " + (sbyte)big + ", (short): " + (short)big + ", (ushort): " + (ushort)big + ", (char): " + (int)(char)big);
        big = 0xFF80; Console.WriteLine("(sbyte)0xFF80: " + (sbyte)big + ", (short)0xFF80: " + (short)big);
        sf = (sbyte)big; uf = unchecked((ushort)-3); sa[1] = unchecked((short)70000);
        Console.WriteLine("static sbyte: " + sf + ", static ushort: " + uf + ", short[]: " + sa[1]);
        Console.WriteLine("TakeByte(300 truncated): " + TakeByte(unchecked((byte)300)) + ", TakeSByte(200 truncated): " + TakeSByte(unchecked((sbyte)200)));
        Console.WriteLine("-b (byte negation promotes): " + (-b) + ", ~b: " + (~b) + ", ~us: " + (~us));
        Console.WriteLine("sbyte * sbyte: " + (sbyte.MinValue * sbyte.MinValue) + ", short * short: " + (short.MinValue * short.MinValue));
        Console.WriteLine("char compare: " + ('a' < 'b') + ", char - char: " + ('a' - 'z'));
        byte[] bytes = { 1, 2, 255 }; int sum = 0; foreach (byte x in bytes) sum += x; Console.WriteLine("byte sum: " + sum);
        sbyte[] sbytes = { -1, -2, 127 }; sum = 0; foreach (sbyte x in sbytes) sum += x; Console.WriteLine("sbyte sum: " + sum);
        bool t = true; Console.WriteLine("bool & | ^: " + (t & false) + (t | false) + (t ^ true));
    }
}
