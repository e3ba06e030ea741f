// Facts about the machine and the user through System.Environment, printed as properties that
// hold on any Linux machine (no machine-specific value).
using System;
using System.IO;
using System.Runtime.InteropServices;

class SystemInfo {
    static bool IsPowerOfTwo(int n) => n > 0 && (n & (n - 1)) == 0;

    static void Main() {
        Console.WriteLine("processors " + (Environment.ProcessorCount >= 1));
        Console.WriteLine("page size " + IsPowerOfTwo(Environment.SystemPageSize) + " " + (Environment.SystemPageSize >= 4096));
        Console.WriteLine("64-bit OS " + Environment.Is64BitOperatingSystem + ", process " + Environment.Is64BitProcess);
        string machine = Environment.MachineName;
        Console.WriteLine("machine name " + (machine.Length > 0) + ", domain is machine " + (Environment.UserDomainName == machine));
        Console.WriteLine("user name " + (Environment.UserName.Length > 0));
        string user = Environment.GetEnvironmentVariable("USER");
        Console.WriteLine("user name is USER " + (user == null || user == Environment.UserName));
        Console.WriteLine("interactive " + Environment.UserInteractive);

        OperatingSystem os = Environment.OSVersion;
        Console.WriteLine("platform " + os.Platform + " " + (int)os.Platform);
        Console.WriteLine("version major > 0 " + (os.Version.Major > 0));
        Console.WriteLine("version string " + os.VersionString.StartsWith("Unix " + os.Version.Major + "."));
        Console.WriteLine("to string same " + (os.ToString() == os.VersionString));
        Console.WriteLine("service pack [" + os.ServicePack + "]");
        Console.WriteLine("runtime version " + Environment.Version);
        Console.WriteLine("new line " + (Environment.NewLine == "\n"));
        Console.WriteLine("system directory [" + Environment.SystemDirectory + "]");
        Console.WriteLine("shutting down " + Environment.HasShutdownStarted);
        Console.WriteLine("thread id " + (Environment.CurrentManagedThreadId > 0));

        string[] drives = Environment.GetLogicalDrives();
        Console.WriteLine("drives " + (drives.Length > 0) + ", all rooted " + Array.TrueForAll(drives, d => d.StartsWith("/")));

        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string homeVariable = Environment.GetEnvironmentVariable("HOME");
        Console.WriteLine("home rooted " + home.StartsWith("/") + ", is HOME " + (homeVariable == null || homeVariable == home));
        Console.WriteLine("personal is home " + (Environment.GetFolderPath(Environment.SpecialFolder.Personal) == home));
        string config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        string appData = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData);
        Console.WriteLine("application data " + (config != null ? appData == config : appData == Path.Combine(home, ".config")));
        string dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        string localData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        Console.WriteLine("local application data " + (dataHome != null ? localData == dataHome : localData == Path.Combine(home, ".local", "share")));
        Console.WriteLine("common application data " + Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData));
        Console.WriteLine("windows folder [" + Environment.GetFolderPath(Environment.SpecialFolder.Windows) + "]");

        Console.WriteLine("Linux " + RuntimeInformation.IsOSPlatform(OSPlatform.Linux) + ", Windows " + RuntimeInformation.IsOSPlatform(OSPlatform.Windows));
        Console.WriteLine("process architecture is OS architecture " + (RuntimeInformation.ProcessArchitecture == RuntimeInformation.OSArchitecture));
        Console.WriteLine("domain " + AppDomain.CurrentDomain.Id + " default " + AppDomain.CurrentDomain.IsDefaultAppDomain());
    }
}
