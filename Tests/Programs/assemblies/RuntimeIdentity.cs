// The runtime's identity as the class library reports it: RuntimeInformation.FrameworkDescription
// is "Mono " + Mono.Runtime.GetDisplayName() (mono: its version and build; Ilex names itself, so
// only the shape is compared), the OS and architecture facts beside it.
using System;
using System.Runtime.InteropServices;

class RuntimeIdentity {
    static void Main() {
        var description = RuntimeInformation.FrameworkDescription;
        Console.WriteLine(description.StartsWith("Mono ") + " " + (description.Length > 5) + " " + (description.Trim() == description));
        Console.WriteLine(RuntimeInformation.OSArchitecture + " " + RuntimeInformation.ProcessArchitecture + " " + RuntimeInformation.IsOSPlatform(OSPlatform.Linux));
        Console.WriteLine(Type.GetType("Mono.Runtime") != null);
    }
}
