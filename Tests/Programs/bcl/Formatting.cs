// Text formatting and parsing through the culture-invariant BCL: numbers in many formats,
// double round trips, padding and alignment, char classification, string building in loops.
using System;
using System.Globalization;
using System.Text;
class Formatting {
    static void Main() {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(inv, "{0:N2} {1:E3} {2:P1} {3:C}", 1234567.891, 0.000123, 0.256, 9.5));
        Console.WriteLine(123.456.ToString("0.0", inv) + " " + (-0.5).ToString(inv) + " " + 1e21.ToString(inv) + " " + (1.0 / 3).ToString("R", inv));
        Console.WriteLine(double.Parse("3.25", inv) * 2 + " " + long.Parse("-9000000000") / 3 + " " + decimal.Parse("1.1", inv) * 3);
        Console.WriteLine(int.TryParse("12a", out var bad) + " " + bad + " " + int.TryParse("77", out var good) + " " + good);
        Console.WriteLine("[" + "abc".PadLeft(6) + "][" + "abc".PadRight(6, '.') + "][" + 42.ToString("D6") + "][" + 255.ToString("x") + "]");
        Console.WriteLine(0.1 + 0.2 == 0.3 ? "equal" : "not equal");
        // Through variables: mono's JIT folds Math.Round of a constant with C's round() (halves away from zero).
        double[] halves = { 2.5, 3.5, -2.5, 2.567 };
        Console.WriteLine(Math.Round(halves[0]) + " " + Math.Round(halves[1]) + " " + Math.Round(halves[2]) + " " + Math.Round(halves[3], 2));
        var sb = new StringBuilder();
        for (int i = 1; i <= 15; i++) sb.Append(i % 15 == 0 ? "FizzBuzz" : i % 5 == 0 ? "Buzz" : i % 3 == 0 ? "Fizz" : i.ToString()).Append(' ');
        Console.WriteLine(sb.ToString().TrimEnd());
        Console.WriteLine(char.IsLetter('q') + " " + char.IsUpper('A') + " " + char.IsDigit('7') + " " + (int)'€');
        Console.WriteLine(new TimeSpan(1, 2, 3).TotalSeconds);
    }
}
