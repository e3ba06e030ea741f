// DateTime and TimeSpan arithmetic, properties, comparisons, leap years, TimeSpan formatting and parsing.
using System;
using System.Globalization;
class DateTimeArithmetic {
    static void Main() {
        var inv = CultureInfo.InvariantCulture;
        var a = new DateTime(2020, 1, 31, 10, 0, 0);
        Console.WriteLine(a.AddMonths(1).ToString("yyyy-MM-dd", inv));
        Console.WriteLine(a.AddMonths(13).ToString("yyyy-MM-dd", inv));
        Console.WriteLine(a.AddDays(30).ToString("yyyy-MM-dd", inv));
        Console.WriteLine(a.AddYears(-1).AddDays(29).ToString("yyyy-MM-dd", inv));
        Console.WriteLine(a.AddHours(-11).ToString("yyyy-MM-dd HH:mm", inv));
        Console.WriteLine(a.AddMinutes(90.5).ToString("HH:mm:ss", inv));
        Console.WriteLine(a.AddSeconds(3661).ToString("HH:mm:ss", inv));
        Console.WriteLine(a.AddMilliseconds(1500).ToString("HH:mm:ss.fff", inv));
        Console.WriteLine(a.AddTicks(10).Ticks - a.Ticks);
        var b = new DateTime(2021, 3, 1);
        TimeSpan diff = b - a;
        Console.WriteLine(diff);
        Console.WriteLine(diff.Days + " " + diff.Hours + " " + diff.TotalDays + " " + diff.TotalHours);
        Console.WriteLine((a < b) + " " + (a == a.AddDays(0)) + " " + a.CompareTo(b) + " " + DateTime.Compare(b, a));
        Console.WriteLine(a.Year + " " + a.Month + " " + a.Day + " " + a.Hour + " " + a.DayOfWeek + " " + a.DayOfYear);
        Console.WriteLine(a.Date.ToString("s", inv) + " " + a.TimeOfDay);
        Console.WriteLine(DateTime.IsLeapYear(1900) + " " + DateTime.IsLeapYear(2000) + " " + DateTime.IsLeapYear(2024) + " " + DateTime.IsLeapYear(2023));
        Console.WriteLine(DateTime.DaysInMonth(2020, 2) + " " + DateTime.DaysInMonth(2021, 2) + " " + DateTime.DaysInMonth(2021, 12));
        var ts = new TimeSpan(1, 2, 3, 4, 567);
        Console.WriteLine(ts);
        Console.WriteLine(ts.TotalMilliseconds + " " + ts.Ticks);
        Console.WriteLine(ts.ToString("c", inv));
        Console.WriteLine(ts.ToString("g", inv));
        Console.WriteLine(ts.ToString("G", inv));
        Console.WriteLine(ts.ToString(@"dd\.hh\:mm\:ss", inv));
        Console.WriteLine(ts.ToString(@"hh\:mm", inv));
        Console.WriteLine(TimeSpan.FromMinutes(90) + " " + TimeSpan.FromSeconds(0.5) + " " + TimeSpan.FromDays(1.5) + " " + TimeSpan.FromHours(-2.25));
        Console.WriteLine(TimeSpan.FromMilliseconds(1234567));
        Console.WriteLine((ts + TimeSpan.FromHours(23)) + " " + (ts - TimeSpan.FromDays(2)) + " " + ts.Negate() + " " + ts.Duration());
        Console.WriteLine(TimeSpan.Parse("1.02:03:04.5", inv) + " " + TimeSpan.Parse("10:20", inv));
        Console.WriteLine(TimeSpan.Zero + " " + TimeSpan.MaxValue + " " + TimeSpan.MinValue);
        Console.WriteLine(TimeSpan.Compare(ts, TimeSpan.Zero) + " " + (ts > TimeSpan.Zero) + " " + ts.Equals(new TimeSpan(ts.Ticks)));
        Console.WriteLine(new TimeSpan(0, 0, 0, 0, 1).TotalSeconds + " " + new TimeSpan(36, 0, 0).Days);
        var start = new DateTime(2024, 2, 25);
        for (int i = 0; i < 7; i++) { var x = start.AddDays(i); Console.Write(x.ToString("MM-dd ddd", inv) + (i < 6 ? ", " : "\n")); }
        var birth = new DateTime(1990, 8, 15);
        var today = new DateTime(2023, 8, 14);
        int age = today.Year - birth.Year; if (birth.Date > today.AddYears(-age)) age--;
        Console.WriteLine("age " + age);
        Console.WriteLine(new DateTime(2000, 1, 1).Subtract(TimeSpan.FromDays(1)).ToString("yyyy-MM-dd", inv) + " " + new DateTime(2000, 3, 1).Subtract(new DateTime(2000, 2, 1)).Days);
        try { DateTime.MaxValue.AddDays(1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("AOORE " + e.GetType().Name); }
        Console.WriteLine(new DateTime(637500000000000000L).ToString("yyyy-MM-dd HH:mm:ss", inv));
        Console.WriteLine(DateTime.SpecifyKind(a, DateTimeKind.Utc).Kind);
    }
}
