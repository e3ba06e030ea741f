// Setting CultureInfo.CurrentCulture / Thread.CurrentCulture to the invariant culture, then culture-sensitive formatting.
using System;
using System.Globalization;
using System.Threading;
class CultureSwitch {
    static void Main() {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Console.WriteLine("name=[" + CultureInfo.CurrentCulture.Name + "]");
        Console.WriteLine(CultureInfo.CurrentCulture.Equals(CultureInfo.InvariantCulture));
        Console.WriteLine(1234.5.ToString("N"));
        Console.WriteLine(string.Format("{0:C}", 10));
        Console.WriteLine($"{0.25:P}");
        Thread.CurrentThread.CurrentCulture = CultureInfo.InvariantCulture;
        Console.WriteLine(Thread.CurrentThread.CurrentCulture.Name.Length);
        Console.WriteLine(new DateTime(2001, 2, 3).ToString());
        Console.WriteLine(double.Parse("1.5") + 1);
        var nfi = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        nfi.NumberDecimalSeparator = ",";
        nfi.NumberGroupSeparator = ".";
        Console.WriteLine(1234567.891.ToString("N2", nfi));
        Console.WriteLine(double.Parse("3,75", nfi));
        Console.WriteLine(CultureInfo.InvariantCulture.NumberFormat.CurrencySymbol);
        Console.WriteLine(CultureInfo.InvariantCulture.DateTimeFormat.ShortDatePattern);
        Console.WriteLine(CultureInfo.InvariantCulture.DateTimeFormat.LongTimePattern);
        Console.WriteLine(CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(3));
        Console.WriteLine(CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedDayName(DayOfWeek.Wednesday));
        Console.WriteLine(CultureInfo.InvariantCulture.TextInfo.ToTitleCase("hello big world"));
        Console.WriteLine(CultureInfo.InvariantCulture.CompareInfo.Compare("abc", "ABC", CompareOptions.IgnoreCase));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0:N1}", 9999.99));
        Console.WriteLine(FormattableString.Invariant($"{1.5:F3} {2}"));
    }
}
