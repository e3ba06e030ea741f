// System.IO.Path: Combine, GetFileName, GetExtension, GetFileNameWithoutExtension, GetDirectoryName, ChangeExtension, HasExtension, IsPathRooted, separators, invalid chars.
using System;
using System.IO;
class PathOperations {
    static void Main() {
        Console.WriteLine(Path.Combine("a", "b", "c.txt"));
        Console.WriteLine(Path.Combine("/root", "sub/", "file"));
        Console.WriteLine(Path.Combine("a", "/abs"));
        Console.WriteLine(Path.Combine("", "x"));
        Console.WriteLine(Path.GetFileName("/dir/sub/file.tar.gz"));
        Console.WriteLine(Path.GetFileName("/dir/sub/"));
        Console.WriteLine(Path.GetExtension("/dir/file.tar.gz"));
        Console.WriteLine("[" + Path.GetExtension("noext") + "]");
        Console.WriteLine(Path.GetFileNameWithoutExtension("/x/y/report.final.pdf"));
        Console.WriteLine(Path.GetDirectoryName("/x/y/report.pdf"));
        Console.WriteLine(Path.GetDirectoryName("rel/file"));
        Console.WriteLine("[" + Path.GetDirectoryName("file") + "]");
        Console.WriteLine(Path.GetDirectoryName("/") == null);
        Console.WriteLine(Path.ChangeExtension("a/b.txt", ".md"));
        Console.WriteLine(Path.ChangeExtension("a/b.txt", "json"));
        Console.WriteLine(Path.ChangeExtension("a/b.txt", null));
        Console.WriteLine(Path.HasExtension("a.b") + " " + Path.HasExtension("ab") + " " + Path.HasExtension("a."));
        Console.WriteLine(Path.IsPathRooted("/a") + " " + Path.IsPathRooted("a/b") + " " + Path.IsPathRooted(""));
        Console.WriteLine(Path.DirectorySeparatorChar + " " + Path.AltDirectorySeparatorChar + " " + Path.PathSeparator + " " + Path.VolumeSeparatorChar);
        Console.WriteLine(Path.GetPathRoot("/usr/lib") + " [" + Path.GetPathRoot("rel") + "]");
        Console.WriteLine(Path.GetInvalidFileNameChars().Length > 0);
        Console.WriteLine(Array.IndexOf(Path.GetInvalidPathChars(), '\0') >= 0);
        string full = Path.GetFullPath("/a/b/../c/./d.txt");
        Console.WriteLine(full);
        Console.WriteLine(Path.Combine("a", "b").Replace(Path.DirectorySeparatorChar, '|'));
        Console.WriteLine(Path.GetExtension("dir.v2/file"));
        
        Console.WriteLine(Path.GetFullPath("x").EndsWith("/x"));
        Console.WriteLine(Path.GetFullPath(".") == Directory.GetCurrentDirectory());
        Console.WriteLine(Path.GetTempPath().Length > 0);
        Console.WriteLine(Path.GetFileName(Path.Combine(Path.GetTempPath(), "z.dat")));
        Console.WriteLine(Path.Join("a", "b") + " " + Path.GetRelativePath("/a/b", "/a/c/d"));
    }
}
