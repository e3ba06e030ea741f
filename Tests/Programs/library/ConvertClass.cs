// System.Convert: ToInt32/ToDouble/ToBoolean/ToString with bases, rounding behaviour, ChangeType, Base64, ToChar, overflow, DBNull/null handling, IConvertible.
using System;
using System.Globalization;
class ConvertClass {
    static void Main() {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(Convert.ToInt32("123") + " " + Convert.ToInt32(45.5) + " " + Convert.ToInt32(46.5) + " " + Convert.ToInt32(-1.5) + " " + Convert.ToInt32(true) + " " + Convert.ToInt32('A'));
        Console.WriteLine(Convert.ToInt32(null) + " " + Convert.ToInt32((string)null) + " " + Convert.ToString((object)null) + "|");
        Console.WriteLine(Convert.ToInt32("ff", 16) + " " + Convert.ToInt32("1010", 2) + " " + Convert.ToInt32("777", 8) + " " + Convert.ToInt64("-1", 10) + " " + Convert.ToByte("7f", 16));
        Console.WriteLine(Convert.ToString(255, 2) + " " + Convert.ToString(255, 8) + " " + Convert.ToString(255, 16) + " " + Convert.ToString(-1, 16) + " " + Convert.ToString((short)-1, 2) + " " + Convert.ToString(1L << 40, 16));
        Console.WriteLine(Convert.ToDouble("2.5", inv) + " " + Convert.ToDouble(7) + " " + Convert.ToDouble(true) + " " + Convert.ToDecimal(0.1) + " " + Convert.ToSingle(1.0 / 3));
        Console.WriteLine(Convert.ToBoolean("true") + " " + Convert.ToBoolean("False") + " " + Convert.ToBoolean(0) + " " + Convert.ToBoolean(2.5) + " " + Convert.ToBoolean((object)null));
        Console.WriteLine(Convert.ToChar(65) + " " + Convert.ToChar("x") + " " + (int)Convert.ToChar((byte)200));
        Console.WriteLine(Convert.ToString(3.5, inv) + " " + Convert.ToString(true) + " " + Convert.ToString('c') + " " + Convert.ToString(new DateTime(2001, 2, 3), inv));
        Console.WriteLine(Convert.ToByte(200) + " " + Convert.ToSByte(-5) + " " + Convert.ToUInt16(65535) + " " + Convert.ToUInt64(3.7));
        try { Convert.ToByte(256); } catch (OverflowException e) { Console.WriteLine("Overflow " + e.Message); }
        try { Convert.ToInt32("12x"); } catch (FormatException) { Console.WriteLine("Format"); }
        try { Convert.ToInt32(new object()); } catch (InvalidCastException) { Console.WriteLine("InvalidCast"); }
        try { Convert.ToInt32(double.MaxValue); } catch (OverflowException) { Console.WriteLine("Overflow double"); }
        try { Convert.ToChar("ab"); } catch (FormatException) { Console.WriteLine("Format char"); }
        Console.WriteLine(Convert.ChangeType("42", typeof(int)) + " " + Convert.ChangeType(42, typeof(string)) + " " + Convert.ChangeType(1.9, typeof(int)) + " " + Convert.ChangeType("True", typeof(bool)) + " " + Convert.ChangeType(3, typeof(double)).GetType().Name);
        Console.WriteLine(Convert.ChangeType("2.25", typeof(decimal), inv) + " " + Convert.ChangeType(5, TypeCode.Int64).GetType().Name);
        byte[] data = { 0, 1, 2, 250, 251, 252, 253, 254, 255 };
        string b64 = Convert.ToBase64String(data);
        Console.WriteLine(b64 + " " + BitConverter.ToString(Convert.FromBase64String(b64)));
        Console.WriteLine(Convert.ToBase64String(new byte[] { 1 }) + " " + Convert.ToBase64String(new byte[] { 1, 2 }) + " " + Convert.ToBase64String(new byte[0]) + "|");
        Console.WriteLine(Convert.ToBase64String(data, 2, 4) + " " + Convert.ToBase64String(new byte[60], Base64FormattingOptions.InsertLineBreaks).Length);
        try { Convert.FromBase64String("abc"); } catch (FormatException) { Console.WriteLine("bad base64"); }
        char[] b64chars = new char[20];
        int n = Convert.ToBase64CharArray(data, 0, 3, b64chars, 0);
        Console.WriteLine(n + " " + new string(b64chars, 0, n));
        Console.WriteLine(Convert.IsDBNull(DBNull.Value) + " " + Convert.IsDBNull(null) + " " + Convert.GetTypeCode(1.5) + " " + Convert.GetTypeCode(null) + " " + Convert.GetTypeCode("s"));
        IConvertible ic = 12;
        Console.WriteLine(ic.ToDouble(inv) + " " + ic.ToString(inv) + " " + ic.GetTypeCode());
        Console.WriteLine(Convert.ToInt16("-123") + Convert.ToUInt32("4000000000"));
        Console.WriteLine(Convert.ToDecimal("1.10", inv) + Convert.ToDecimal(2.2f));
        Console.WriteLine(Convert.ToString(-128, 2).Length + " " + Convert.ToString((byte)5, 2) + " " + Convert.ToInt32("80000000", 16));
        Console.WriteLine(Convert.ToDateTime("2020-05-06", inv).ToString("yyyy/MM/dd", inv));
    }
}
