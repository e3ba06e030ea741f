// IFormattable and ICustomFormatter: custom format strings on a type, format providers, composite formatting invoking IFormattable, alignment with custom formats, ToString(format) fallbacks.
using System;
using System.Globalization;
class Temperature : IFormattable {
    readonly double celsius;
    public Temperature(double c) { celsius = c; }
    public string ToString(string format, IFormatProvider provider) {
        if (string.IsNullOrEmpty(format)) format = "G";
        provider = provider ?? CultureInfo.InvariantCulture;
        switch (format.ToUpperInvariant()) {
            case "G": case "C": return celsius.ToString("F1", provider) + " °C";
            case "F": return (celsius * 9 / 5 + 32).ToString("F1", provider) + " °F";
            case "K": return (celsius + 273.15).ToString("F2", provider) + " K";
            default: throw new FormatException("unknown format '" + format + "'");
        }
    }
    public override string ToString() { return ToString("G", CultureInfo.InvariantCulture); }
}
class HexFormatter : IFormatProvider, ICustomFormatter {
    public object GetFormat(Type t) { return t == typeof(ICustomFormatter) ? this : null; }
    public string Format(string fmt, object arg, IFormatProvider p) {
        if (fmt == "hex" && arg is int) return "0x" + ((int)arg).ToString("X");
        if (fmt == "rev" && arg is string) { var a = ((string)arg).ToCharArray(); Array.Reverse(a); return new string(a); }
        if (arg is IFormattable) return ((IFormattable)arg).ToString(fmt, CultureInfo.InvariantCulture);
        return arg == null ? "" : arg.ToString();
    }
}
class CustomFormattable {
    static void Main() {
        var t = new Temperature(21.5);
        Console.WriteLine(t);
        Console.WriteLine(t.ToString("F", null) + " | " + t.ToString("K", CultureInfo.InvariantCulture) + " | " + t.ToString("c", null));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} = {0:F} = {0:K}", t));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "[{0,12:F}] [{0,-12:C}]", t));
        Console.WriteLine($"{t:K} interpolated");
        try { Console.WriteLine(string.Format("{0:Z}", t)); } catch (FormatException e) { Console.WriteLine("FormatException: " + e.Message); }
        var hf = new HexFormatter();
        Console.WriteLine(string.Format(hf, "{0:hex} {1:rev} {2:F} {3}", 255, "stressed", t, 3.5));
        Console.WriteLine(string.Format(hf, "{0:hex}|{1}|{2:N1}", 4096, null, 1234.56));
        var nfi = new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = " ", NumberGroupSizes = new[] { 3 } };
        Console.WriteLine(1234567.891.ToString("N2", nfi) + " | " + t.ToString("G", nfi));
        var pct = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        pct.PercentSymbol = "pct"; pct.PercentDecimalDigits = 1;
        Console.WriteLine(0.256.ToString("P", pct));
        var neg = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        neg.NegativeSign = "~";
        Console.WriteLine((-42).ToString(neg) + " " + (-1.5).ToString(neg) + " " + int.Parse("~7", neg));
        IFormattable f = 3.14159;
        Console.WriteLine(f.ToString("F2", CultureInfo.InvariantCulture) + " " + ((IFormattable)255).ToString("X4", null) + " " + ((IFormattable)new DateTime(2020, 1, 2)).ToString("yyyy.MM.dd", CultureInfo.InvariantCulture));
        FormattableString fs = $"{42:D5} and {t:F}";
        Console.WriteLine(fs.Format + " | " + fs.ArgumentCount + " | " + fs.ToString(CultureInfo.InvariantCulture));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0:0.00;(0.00);zero} {1:0.00;(0.00);zero} {2:0.00;(0.00);zero}", 1.5, -1.5, 0));
    }
}
