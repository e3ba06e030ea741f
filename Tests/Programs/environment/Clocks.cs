// Clocks: Stopwatch over the monotonic clock (100 ns ticks), DateTime.UtcNow from the wall clock,
// Environment.TickCount in milliseconds; only relations between readings are printed.
using System;
using System.Diagnostics;

class Clocks {
    static long Spin(int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) sum += i % 7;
        return sum;
    }

    static void Main() {
        Console.WriteLine("frequency " + Stopwatch.Frequency + ", high resolution " + Stopwatch.IsHighResolution);
        long t0 = Stopwatch.GetTimestamp();
        var watch = Stopwatch.StartNew();
        Console.WriteLine("running " + watch.IsRunning);
        Spin(200000);
        long t1 = Stopwatch.GetTimestamp();
        Console.WriteLine("timestamps increase " + (t1 > t0));
        watch.Stop();
        long elapsed = watch.ElapsedTicks;
        Console.WriteLine("elapsed > 0 " + (elapsed > 0) + ", stopped " + !watch.IsRunning);
        Spin(100000);
        Console.WriteLine("stopped watch stays " + (watch.ElapsedTicks == elapsed));
        Console.WriteLine("milliseconds agree " + (watch.ElapsedMilliseconds == watch.Elapsed.Ticks / TimeSpan.TicksPerMillisecond));
        Console.WriteLine("within timestamps " + (elapsed <= t1 - t0 + Stopwatch.Frequency));
        watch.Restart();
        Console.WriteLine("restart " + watch.IsRunning + " " + (watch.Elapsed < TimeSpan.FromSeconds(10)));
        watch.Reset();
        Console.WriteLine("reset " + watch.ElapsedTicks + " " + watch.IsRunning);

        DateTime utc = DateTime.UtcNow;
        Console.WriteLine("kind " + utc.Kind);
        Console.WriteLine("after 2020 " + (utc.Year >= 2020) + ", before 2200 " + (utc.Year < 2200));
        DateTime utc2 = DateTime.UtcNow;
        Console.WriteLine("not backwards " + (utc2 >= utc));
        long unix = (long)(utc - new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalSeconds;
        Console.WriteLine("unix seconds plausible " + (unix > 1577836800L));
        Console.WriteLine("offset zero " + DateTimeOffset.UtcNow.Offset);
        Console.WriteLine("file time round trip " + (DateTime.FromFileTimeUtc(utc.ToFileTimeUtc()) == utc));
        Console.WriteLine("sub-second precision " + (utc.Ticks % TimeSpan.TicksPerSecond != 0 || utc2.Ticks % TimeSpan.TicksPerSecond != 0));

        int tick0 = Environment.TickCount;
        Spin(100000);
        int tick1 = Environment.TickCount;
        Console.WriteLine("tick count not backwards " + (tick1 - tick0 >= 0) + ", small step " + (tick1 - tick0 < 60000));
    }
}
