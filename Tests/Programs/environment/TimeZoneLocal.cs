// The local time zone as mono reads it: TZ (set here before the first use, so the machine's zone
// does not matter) names a file under /usr/share/zoneinfo, which TimeZoneInfo parses; DateTime.Now
// and conversions follow it.
using System;

class TimeZoneLocal {
    static void Main() {
        Environment.SetEnvironmentVariable("TZ", "Europe/Berlin");
        TimeZoneInfo local = TimeZoneInfo.Local;
        Console.WriteLine("id " + local.Id);
        Console.WriteLine("base offset " + local.BaseUtcOffset + ", daylight saving " + local.SupportsDaylightSavingTime);
        var winter = new DateTime(2024, 1, 15, 12, 0, 0, DateTimeKind.Utc);
        var summer = new DateTime(2024, 7, 15, 12, 0, 0, DateTimeKind.Utc);
        Console.WriteLine("winter offset " + local.GetUtcOffset(winter) + ", summer offset " + local.GetUtcOffset(summer));
        Console.WriteLine("winter local " + TimeZoneInfo.ConvertTimeFromUtc(winter, local).ToString("yyyy-MM-dd HH:mm") + ", summer local " + TimeZoneInfo.ConvertTimeFromUtc(summer, local).ToString("yyyy-MM-dd HH:mm"));
        Console.WriteLine("summer is daylight " + local.IsDaylightSavingTime(summer) + ", winter " + local.IsDaylightSavingTime(winter));
        Console.WriteLine("to local " + winter.ToLocalTime().ToString("HH:mm") + " kind " + winter.ToLocalTime().Kind);
        var springGap = new DateTime(2024, 3, 31, 2, 30, 0);
        Console.WriteLine("invalid in the spring gap " + local.IsInvalidTime(springGap));
        var autumn = new DateTime(2024, 10, 27, 2, 30, 0);
        Console.WriteLine("ambiguous in autumn " + local.IsAmbiguousTime(autumn));
        DateTime now = DateTime.Now, utc = DateTime.UtcNow;
        TimeSpan offset = local.GetUtcOffset(utc);
        Console.WriteLine("now kind " + now.Kind + ", now is utc plus offset " + (Math.Abs(((now - utc) - offset).TotalSeconds) < 5));
        Console.WriteLine("utc zone " + TimeZoneInfo.Utc.Id + " " + TimeZoneInfo.Utc.BaseUtcOffset);
        Console.WriteLine("by id " + TimeZoneInfo.FindSystemTimeZoneById("America/New_York").GetUtcOffset(winter));
        Console.WriteLine("date time offset " + new DateTimeOffset(new DateTime(2024, 7, 1, 8, 0, 0)).Offset);
    }
}
