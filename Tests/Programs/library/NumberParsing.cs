// Parsing with the invariant culture: int/long/double/decimal/char/bool Parse and TryParse, NumberStyles (hex, thousands, currency, exponent), overflow and format errors.
using System;
using System.Globalization;
class NumberParsing {
    static void Main() {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(int.Parse("123") + int.Parse("-45") + int.Parse("  +7  "));
        Console.WriteLine(long.Parse("9223372036854775807") + " " + ulong.Parse("18446744073709551615") + " " + short.Parse("-32768") + " " + byte.Parse("255") + " " + sbyte.Parse("-128"));
        Console.WriteLine(int.Parse("ff", NumberStyles.HexNumber) + " " + int.Parse("7FFFFFFF", NumberStyles.AllowHexSpecifier) + " " + uint.Parse("FFFFFFFF", NumberStyles.HexNumber) + " " + int.Parse("FFFFFFFF", NumberStyles.HexNumber));
        Console.WriteLine(int.Parse("1,234,567", NumberStyles.AllowThousands, inv) + " " + int.Parse("(42)", NumberStyles.AllowParentheses) + " " + int.Parse("42-", NumberStyles.AllowTrailingSign));
        Console.WriteLine(double.Parse("3.14159", inv) + " " + double.Parse("-1.5e3", inv) + " " + double.Parse("1E-5", inv) + " " + double.Parse(".5", inv) + " " + double.Parse("5.", inv));
        Console.WriteLine(double.Parse("1,234.5", NumberStyles.Float | NumberStyles.AllowThousands, inv) + " " + double.Parse("Infinity", inv) + " " + double.Parse("-Infinity", inv) + " " + double.Parse("NaN", inv));
        Console.WriteLine(double.Parse("0.1", inv) + double.Parse("0.2", inv) == 0.3);
        Console.WriteLine(double.Parse("1.7976931348623157E+308", inv) == double.MaxValue);
        Console.WriteLine(float.Parse("3.4028235E+38", inv) == float.MaxValue);
        Console.WriteLine(decimal.Parse("123.4500", inv) + " " + decimal.Parse("-0.001", inv) + " " + decimal.Parse("79228162514264337593543950335", inv) + " " + decimal.Parse("1e3", NumberStyles.Float, inv));
        Console.WriteLine(decimal.Parse("$1,234.56", NumberStyles.Currency, new NumberFormatInfo { CurrencySymbol = "$" }));
        Console.WriteLine(bool.Parse("True") + " " + bool.Parse("false") + " " + bool.Parse(" TRUE ") + " " + bool.TryParse("yes", out bool by) + " " + by);
        Console.WriteLine(char.Parse("z") + " " + char.TryParse("zz", out char cz));
        int r;
        Console.WriteLine(int.TryParse("42", out r) + " " + r);
        Console.WriteLine(int.TryParse("4x2", out r) + " " + r);
        Console.WriteLine(int.TryParse("", out r) + " " + int.TryParse(null, out r) + " " + int.TryParse("2147483648", out r) + " " + int.TryParse("-2147483648", out r) + " " + r);
        Console.WriteLine(int.TryParse("1e3", NumberStyles.Float, inv, out r) + " " + r);
        Console.WriteLine(int.TryParse("12.0", NumberStyles.Number, inv, out r) + " " + r + " " + int.TryParse("12.5", NumberStyles.Number, inv, out r));
        Console.WriteLine(double.TryParse("abc", NumberStyles.Float, inv, out double d) + " " + d + " " + double.TryParse("2.5", NumberStyles.Float, inv, out d) + " " + d);
        Console.WriteLine(double.TryParse("1.5", NumberStyles.Integer, inv, out d));
        Console.WriteLine(long.TryParse("-0", out long l) + " " + l + " " + ulong.TryParse("-1", out ulong ul));
        try { int.Parse("abc"); } catch (FormatException e) { Console.WriteLine("FormatException: " + e.Message); }
        try { int.Parse("99999999999"); } catch (OverflowException e) { Console.WriteLine("OverflowException: " + e.Message); }
        try { byte.Parse("256"); } catch (OverflowException e) { Console.WriteLine("OverflowException: " + e.Message); }
        try { int.Parse(null); } catch (ArgumentNullException e) { Console.WriteLine("ArgumentNullException " + e.ParamName); }
        try { double.Parse("1.2.3", inv); } catch (FormatException) { Console.WriteLine("double FormatException"); }
        Console.WriteLine(double.Parse("  12.5  ", inv) + " " + double.Parse("+0.0", inv) + " " + (1 / double.Parse("-0.0", inv)));
        foreach (var s in new[] { "0", "1", "-1", "1.5", "1e10", "0x10", " 7 ", "07", "1_000" })
            Console.WriteLine("'" + s + "' int:" + int.TryParse(s, NumberStyles.Integer, inv, out r) + " double:" + double.TryParse(s, NumberStyles.Float, inv, out d));
        Console.WriteLine(12345.678.ToString("R", inv) == double.Parse("12345.678", inv).ToString("R", inv));
        Console.WriteLine(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e").ToString("N"));
        Console.WriteLine(Version.Parse("1.2.3.4").Minor + " " + new Version(2, 0) + " " + (new Version("1.10") > new Version("1.9")));
    }
}
