// Relative file paths resolved against the current directory: Directory.GetCurrentDirectory, relative create/read/delete, Path.GetFullPath of relative names, DirectoryInfo(".").
using System;
using System.IO;
using System.Linq;
class CurrentDirectoryFiles {
    static void Main() {
        string cwd = Directory.GetCurrentDirectory();
        Console.WriteLine("cwd rooted " + Path.IsPathRooted(cwd));
        Console.WriteLine("cwd name " + Path.GetFileName(cwd));
        string dir = "tmp_CurrentDirectoryFiles";
        if (Directory.Exists(dir)) Directory.Delete(dir, true);
        var di = Directory.CreateDirectory(dir);
        Console.WriteLine(di.Name + " " + di.Exists + " " + (di.FullName == Path.Combine(cwd, dir)));
        File.WriteAllText(Path.Combine(dir, "note.txt"), "relative");
        Console.WriteLine(File.ReadAllText(dir + "/note.txt"));
        Console.WriteLine(Path.GetFullPath(dir + "/note.txt") == Path.Combine(cwd, dir, "note.txt"));
        Console.WriteLine(Path.GetFullPath(dir + "/../" + dir) == Path.Combine(cwd, dir));
        Console.WriteLine(string.Join(",", Directory.GetFiles(dir).Select(f => f.Replace('\\', '/'))));
        Console.WriteLine(new DirectoryInfo(".").Name == Path.GetFileName(cwd));
        Console.WriteLine(File.Exists("CurrentDirectoryFiles.cs"));
        Console.WriteLine(File.ReadLines("CurrentDirectoryFiles.cs").First());
        Directory.SetCurrentDirectory(dir);
        Console.WriteLine(Path.GetFileName(Directory.GetCurrentDirectory()) + " " + File.Exists("note.txt"));
        Directory.SetCurrentDirectory("..");
        Console.WriteLine(Directory.GetCurrentDirectory() == cwd);
        Directory.Delete(dir, true);
        Console.WriteLine(Directory.Exists(dir));
    }
}
