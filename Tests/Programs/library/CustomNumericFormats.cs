// Custom numeric format strings: 0 and # placeholders, thousands, percent, permille, sections, escapes, exponent.
using System;
using System.Globalization;
class CustomNumericFormats {
    static void P(double v, string f) { Console.WriteLine(f + " => [" + v.ToString(f, CultureInfo.InvariantCulture) + "]"); }
    static void Main() {
        P(1234.5678, "0.00");
        P(1234.5678, "#,##0.00");
        P(0.5, "#.##");
        P(0.5, "0.##");
        P(123, "00000");
        P(123, "#####");
        P(1234567, "#,#");
        P(1234567, "#,,");
        P(1234567890, "#,,,.0");
        P(0.256, "0.0%");
        P(0.0256, "0.0\u2030");
        P(-5, "+0;-0;zero");
        P(5, "+0;-0;zero");
        P(0, "+0;-0;zero");
        P(-5, "0.0;(0.0)");
        P(12345, "0.###E+0");
        P(0.00012345, "0.00E-00");
        P(12345, "0.0e0");
        P(42, "'#'0");
        P(42, "\\#0\\#");
        P(42, "[0]");
        P(3.14159, "0.0000000000");
        P(1.005, "0.00");
        P(2.5, "0");
        P(3.5, "0");
        P(-0.4, "0");
        P(1e15, "#,0");
        P(123.456, "000.0000");
        P(7, "0 items");
        P(1234.5, "0,0.0");
        Console.WriteLine(12345.ToString("#,0", CultureInfo.InvariantCulture));
        Console.WriteLine(255.ToString("0000", CultureInfo.InvariantCulture));
        Console.WriteLine((-255).ToString("0000;minus 0000", CultureInfo.InvariantCulture));
        Console.WriteLine(1.5m.ToString("0.000", CultureInfo.InvariantCulture));
        Console.WriteLine(12345.678m.ToString("#,##0.0", CultureInfo.InvariantCulture));
        Console.WriteLine(0.1f.ToString("0.00000000", CultureInfo.InvariantCulture));
    }
}
