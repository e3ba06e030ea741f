// Class library paths that reach libmono-native (mono's System.Native) through P/Invoke:
// Random's seed and the hash seed of ValueTuple/HashCode (GetNonCryptographicallySecureRandomBytes),
// directories and file tests (Stat, LStat, MkDir, RmDir, Unlink).
using System;
using System.Collections.Generic;
using System.IO;

class Program {
    static void Main() {
        var random = new Random();
        bool inRange = true;
        for (int i = 0; i < 100; i++) {
            int value = random.Next(10, 20);
            inRange &= value >= 10 && value < 20;
        }
        Console.WriteLine(inRange);
        double d = new Random().NextDouble();
        Console.WriteLine(d >= 0 && d < 1);

        var byPair = new Dictionary<(int, string), int>();
        for (int i = 0; i < 50; i++) byPair[(i % 7, "k" + (i % 3))] = i;
        Console.WriteLine(byPair.Count + " " + byPair[(3, "k1")] + " " + byPair.ContainsKey((6, "k2")) + " " + byPair.ContainsKey((7, "k0")));
        Console.WriteLine((1, 2).GetHashCode() == (1, 2).GetHashCode());
        var triples = new HashSet<(long, char, bool)> { (1, 'a', true), (1, 'a', true), (2, 'b', false) };
        Console.WriteLine(triples.Count);

        string root = "/tmp/ilex-interop-bcl-native";
        if (Directory.Exists(root + "/inner")) Directory.Delete(root + "/inner");
        if (Directory.Exists(root)) Directory.Delete(root);
        Console.WriteLine(Directory.Exists(root));
        var info = Directory.CreateDirectory(root + "/inner");
        Console.WriteLine(info.Name + " " + info.Exists);
        Console.WriteLine(Directory.Exists(root) + " " + Directory.Exists(root + "/inner") + " " + File.Exists(root + "/inner"));
        Console.WriteLine(File.Exists("/etc/mono/config") + " " + Directory.Exists("/etc/mono/config") + " " + File.Exists("/etc/mono/none"));
        Console.WriteLine(File.GetAttributes(root + "/inner"));
        Directory.Delete(root + "/inner");
        Directory.Delete(root);
        Console.WriteLine(Directory.Exists(root));
        try {
            Directory.Delete(root);
        } catch (DirectoryNotFoundException e) {
            Console.WriteLine(e.GetType().Name);
        }
    }
}
