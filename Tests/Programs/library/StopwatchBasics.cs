// Stopwatch: Start/Stop/Reset/Restart, IsRunning, Elapsed non-negative and monotonic, StartNew, Frequency positive, TimeSpan comparisons.
using System;
using System.Diagnostics;
class StopwatchBasics {
    static void Main() {
        var sw = new Stopwatch();
        Console.WriteLine(sw.IsRunning + " " + sw.ElapsedTicks + " " + sw.ElapsedMilliseconds + " " + sw.Elapsed);
        sw.Start();
        Console.WriteLine(sw.IsRunning);
        long acc = 0; for (int i = 0; i < 100000; i++) acc += i;
        var e1 = sw.Elapsed;
        Console.WriteLine("work " + acc);
        Console.WriteLine("elapsed >= 0: " + (e1 >= TimeSpan.Zero));
        var e2 = sw.Elapsed;
        Console.WriteLine("monotonic: " + (e2 >= e1));
        sw.Stop();
        Console.WriteLine(sw.IsRunning);
        var s1 = sw.ElapsedTicks; var s2 = sw.ElapsedTicks;
        Console.WriteLine("stopped stays: " + (s1 == s2));
        sw.Reset();
        Console.WriteLine(sw.IsRunning + " " + sw.ElapsedTicks);
        sw.Restart();
        Console.WriteLine(sw.IsRunning + " " + (sw.ElapsedMilliseconds >= 0));
        var sw2 = Stopwatch.StartNew();
        Console.WriteLine(sw2.IsRunning + " " + (sw2.Elapsed.TotalMilliseconds >= 0));
        Console.WriteLine("freq positive: " + (Stopwatch.Frequency > 0));
        Console.WriteLine("hires: " + Stopwatch.IsHighResolution.GetType().Name);
        long ts = Stopwatch.GetTimestamp();
        long ts2 = Stopwatch.GetTimestamp();
        Console.WriteLine("timestamps ordered: " + (ts2 >= ts));
        var now = DateTime.Now; var utc = DateTime.UtcNow;
        Console.WriteLine("now kinds: " + now.Kind + " " + utc.Kind + " " + (now.Year >= 2000));
        Console.WriteLine("tickcount type: " + Environment.TickCount.GetType().Name);
        sw.Stop(); sw2.Stop();
        Console.WriteLine(sw.Elapsed >= TimeSpan.Zero && sw2.Elapsed >= TimeSpan.Zero);
    }
}
