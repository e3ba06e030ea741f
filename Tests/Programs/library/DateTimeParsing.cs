// DateTime/TimeSpan parsing: Parse, ParseExact, TryParse, TryParseExact with the invariant culture and styles.
using System;
using System.Globalization;
class DateTimeParsing {
    static void Main() {
        var inv = CultureInfo.InvariantCulture;
        var p = DateTime.ParseExact("2020-02-29 13:45", "yyyy-MM-dd HH:mm", inv);
        Console.WriteLine(p.ToString("F", inv) + " " + p.DayOfWeek + " " + p.DayOfYear);
        var q = DateTime.Parse("2019-07-04T10:20:30", inv);
        Console.WriteLine(q.ToString("s", inv) + " " + q.Kind);
        Console.WriteLine(DateTime.TryParseExact("31/02/2020", "dd/MM/yyyy", inv, DateTimeStyles.None, out var bad) + " " + bad.Ticks);
        Console.WriteLine(DateTime.TryParseExact("28/02/2020", "dd/MM/yyyy", inv, DateTimeStyles.None, out var good) + " " + good.ToString("yyyy-MM-dd", inv));
        Console.WriteLine(DateTime.Parse("01/02/2003", inv).ToString("yyyy-MM-dd", inv));
        Console.WriteLine(DateTime.Parse("2003-02-01 04:05:06", inv).ToString("yyyy-MM-dd HH:mm:ss", inv));
        Console.WriteLine(DateTime.ParseExact("20150317", "yyyyMMdd", inv).ToString("D", inv));
        Console.WriteLine(DateTime.ParseExact("3:04 PM", "h:mm tt", inv).ToString("HH:mm", inv));
        Console.WriteLine(DateTime.ParseExact("Mon, 15 Jun 2009 20:45:30 GMT", "r", inv).ToString("s", inv));
        Console.WriteLine(DateTime.TryParse("not a date", inv, DateTimeStyles.None, out var nd) + " " + nd.Ticks);
        var withZ = DateTime.Parse("2010-06-15T08:00:00Z", inv, DateTimeStyles.AdjustToUniversal);
        Console.WriteLine(withZ.ToString("s", inv) + " " + withZ.Kind);
        var rt = DateTime.ParseExact("2010-06-15T08:00:00.1234567", "o", inv);
        Console.WriteLine(rt.Ticks % 10000000);
        try { DateTime.ParseExact("2020-13-01", "yyyy-MM-dd", inv); } catch (FormatException) { Console.WriteLine("FormatException"); }
        Console.WriteLine(TimeSpan.Parse("1.02:03:04.5", inv) + " " + TimeSpan.Parse("10:20", inv) + " " + TimeSpan.Parse("-00:00:01", inv));
        Console.WriteLine(TimeSpan.TryParse("25:00:00", inv, out var ts1) + " " + ts1);
        Console.WriteLine(TimeSpan.TryParse("abc", inv, out var ts2) + " " + ts2);
        Console.WriteLine(TimeSpan.ParseExact("01:30", @"hh\:mm", inv));
        Console.WriteLine(DateTimeOffset.Parse("2012-05-06T07:08:09+02:00", inv).ToString("o", inv));
        var dto = new DateTimeOffset(2012, 5, 6, 7, 8, 9, TimeSpan.FromHours(-5));
        Console.WriteLine(dto.ToString("yyyy-MM-dd HH:mm:ss zzz", inv) + " " + dto.UtcDateTime.ToString("s", inv) + " " + dto.Offset);
    }
}
