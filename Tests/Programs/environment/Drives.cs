// DriveInfo over the mount points mono lists (Environment.GetLogicalDrives): the root file
// system's size relations, and a drive named by a folder in it; only machine-independent facts.
using System;
using System.IO;
using System.Linq;

class Drives {
    static void Main() {
        DriveInfo[] drives = DriveInfo.GetDrives();
        Console.WriteLine("drives " + (drives.Length > 0) + ", same as logical drives " + drives.Select(d => d.Name).SequenceEqual(Environment.GetLogicalDrives()));
        DriveInfo root = drives.FirstOrDefault(d => d.Name == "/");
        Console.WriteLine("root listed " + (root != null));
        if (root == null) return;
        Console.WriteLine("name " + root.Name + ", label " + root.VolumeLabel + ", to string " + root);
        Console.WriteLine("type known iff format known " + ((root.DriveType == DriveType.Unknown) == (root.DriveFormat == null)));
        long total = root.TotalSize, free = root.TotalFreeSpace, available = root.AvailableFreeSpace;
        Console.WriteLine("total > 0 " + (total > 0) + ", free <= total " + (free <= total) + ", available <= free " + (available <= free));
        var named = new DriveInfo("/");
        Console.WriteLine("by name: " + named.Name + " same type " + (named.DriveType == root.DriveType) + " same total " + (named.TotalSize == total));
    }
}
