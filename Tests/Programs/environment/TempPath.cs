// Path.GetTempPath as mono gives it: TMPDIR (read at the first call, kept after), with a
// trailing separator.
using System;
using System.IO;

class TempPath {
    static void Main() {
        Environment.SetEnvironmentVariable("TMPDIR", "/var/tmp/ilex-temp-path-test");
        string first = Path.GetTempPath();
        Console.WriteLine("first [" + first + "]");
        Environment.SetEnvironmentVariable("TMPDIR", "/somewhere/else");
        Console.WriteLine("second [" + Path.GetTempPath() + "]");
        Environment.SetEnvironmentVariable("TMPDIR", null);
        Console.WriteLine("third [" + Path.GetTempPath() + "]");
        Console.WriteLine("variable now " + (Environment.GetEnvironmentVariable("TMPDIR") == null));
        Console.WriteLine("rooted " + Path.IsPathRooted(first) + ", ends with separator " + first.EndsWith(Path.DirectorySeparatorChar.ToString()));
        Console.WriteLine("separators " + Path.DirectorySeparatorChar + " " + Path.AltDirectorySeparatorChar + " " + Path.VolumeSeparatorChar + " " + Path.PathSeparator);
        Console.WriteLine("combine " + Path.Combine(first, "name.txt"));
    }
}
