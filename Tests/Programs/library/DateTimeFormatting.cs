// DateTime with explicit custom and standard format strings on fixed values under the invariant culture.
using System;
using System.Globalization;
class DateTimeFormatting {
    static void Main() {
        var inv = CultureInfo.InvariantCulture;
        var d = new DateTime(2021, 3, 7, 14, 5, 9, 123);
        Console.WriteLine(d.ToString("yyyy-MM-dd", inv));
        Console.WriteLine(d.ToString("yyyy-MM-ddTHH:mm:ss.fff", inv));
        Console.WriteLine(d.ToString("dd/MM/yy HH:mm", inv));
        Console.WriteLine(d.ToString("d MMM yyyy", inv));
        Console.WriteLine(d.ToString("dddd, MMMM d, yyyy", inv));
        Console.WriteLine(d.ToString("ddd MMM", inv));
        Console.WriteLine(d.ToString("h:mm tt", inv));
        Console.WriteLine(d.ToString("hh:mm:ss t", inv));
        Console.WriteLine(d.ToString("H:m:s", inv));
        Console.WriteLine(d.ToString("fff ff f FFF", inv));
        Console.WriteLine(d.ToString("yyyyMMddHHmmss", inv));
        Console.WriteLine(d.ToString("'Year:' yyyy", inv));
        Console.WriteLine(d.ToString("o", inv));
        Console.WriteLine(d.ToString("s", inv));
        Console.WriteLine(d.ToString("u", inv));
        Console.WriteLine(d.ToString("d", inv));
        Console.WriteLine(d.ToString("D", inv));
        Console.WriteLine(d.ToString("t", inv));
        Console.WriteLine(d.ToString("T", inv));
        Console.WriteLine(d.ToString("f", inv));
        Console.WriteLine(d.ToString("F", inv));
        Console.WriteLine(d.ToString("g", inv));
        Console.WriteLine(d.ToString("G", inv));
        Console.WriteLine(d.ToString("M", inv));
        Console.WriteLine(d.ToString("Y", inv));
        Console.WriteLine(d.ToString("R", inv));
        Console.WriteLine(d.ToString(inv));
        Console.WriteLine(string.Format(inv, "{0:yyyy/MM/dd} {0:HH}h", d));
        var midnight = new DateTime(2000, 1, 1);
        Console.WriteLine(midnight.ToString("yyyy-MM-dd HH:mm:ss tt", inv));
        Console.WriteLine(new DateTime(1999, 12, 31, 23, 59, 59).ToString("F", inv));
        Console.WriteLine(DateTime.MinValue.ToString("yyyy-MM-dd HH:mm:ss", inv));
        Console.WriteLine(DateTime.MaxValue.ToString("yyyy-MM-dd HH:mm:ss.fffffff", inv));
        var u = new DateTime(2010, 6, 15, 8, 0, 0, DateTimeKind.Utc);
        Console.WriteLine(u.ToString("o", inv) + " " + u.Kind);
        Console.WriteLine(u.ToString("yyyy-MM-ddTHH:mm:ssK", inv));
        Console.WriteLine(d.Ticks);
    }
}
