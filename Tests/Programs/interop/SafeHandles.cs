// SafeHandle results (a new instance of the declared subclass holding the handle) and arguments
// (the handle, with DangerousAddRef/DangerousRelease around the call); a closed handle cannot
// be passed; HandleRef passes its handle; bool byrefs.
using System;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

sealed class FileDescriptor : SafeHandleZeroOrMinusOneIsInvalid {
    public static int Closed;
    FileDescriptor() : base(true) { }
    protected override bool ReleaseHandle() {
        Closed++;
        return C.close(handle) == 0;
    }
}

static class C {
    public const int O_RDONLY = 0, O_WRONLY = 1, O_CREAT = 0x40, O_TRUNC = 0x200;
    [DllImport("libc", SetLastError = true)] public static extern FileDescriptor open(string path, int flags, int mode);
    [DllImport("libc")] public static extern int close(IntPtr fd);
    [DllImport("libc")] public static extern IntPtr write(FileDescriptor fd, byte[] data, UIntPtr count);
    [DllImport("libc")] public static extern IntPtr read(FileDescriptor fd, [Out] byte[] data, UIntPtr count);
    [DllImport("libc", EntryPoint = "read")] public static extern IntPtr readHandleRef(HandleRef fd, [Out] byte[] data, UIntPtr count);
    [DllImport("libc")] public static extern long lseek(SafeHandle fd, long offset, int whence);
    [DllImport("libc")] public static extern int unlink(string path);
    [DllImport("libc")] public static extern IntPtr memcpy(ref bool destination, ref int source, UIntPtr count);
    [DllImport("libc", EntryPoint = "memcpy")] public static extern IntPtr memcpyOut(out bool destination, ref int source, UIntPtr count);
    [DllImport("libc", EntryPoint = "memcpy")] public static extern IntPtr memcpyFromBool(ref int destination, [MarshalAs(UnmanagedType.U1)] ref bool source, UIntPtr count);
}

class Program {
    static void Main() {
        string path = "/tmp/ilex-interop-safehandles.txt";
        using (FileDescriptor fd = C.open(path, C.O_WRONLY | C.O_CREAT | C.O_TRUNC, 420)) {
            Console.WriteLine(fd.GetType().Name + " " + fd.IsInvalid + " " + fd.IsClosed);
            byte[] data = { 72, 105, 33, 10, 65, 66 };
            Console.WriteLine(C.write(fd, data, (UIntPtr)data.Length));
        }
        Console.WriteLine("closed " + FileDescriptor.Closed);
        FileDescriptor reader = C.open(path, C.O_RDONLY, 0);
        var buffer = new byte[16];
        Console.WriteLine(C.read(reader, buffer, (UIntPtr)3) + " " + buffer[0] + " " + buffer[1] + " " + buffer[2]);
        Console.WriteLine(C.lseek(reader, 0, 2));
        C.lseek(reader, 4, 0);
        var handleRef = new HandleRef(reader, reader.DangerousGetHandle());
        Console.WriteLine(C.readHandleRef(handleRef, buffer, (UIntPtr)8) + " " + buffer[0] + " " + buffer[1]);
        reader.Dispose();
        Console.WriteLine("closed " + FileDescriptor.Closed + " " + reader.IsClosed);
        try {
            C.read(reader, buffer, (UIntPtr)1);
        } catch (ObjectDisposedException e) {
            Console.WriteLine("disposed: " + e.GetType().Name);
        }
        FileDescriptor missing = C.open("/nonexistent-ilex/none", C.O_RDONLY, 0);
        Console.WriteLine(Marshal.GetLastWin32Error());  // (open's int -1 is not a native int -1: IsInvalid would depend on rax's upper half)
        missing.SetHandleAsInvalid();
        try {
            C.write(null, buffer, (UIntPtr)1);
        } catch (ArgumentNullException e) {
            Console.WriteLine("null: " + e.GetType().Name);
        }
        Console.WriteLine(C.unlink(path));
        bool b = false;
        int v = 256;
        C.memcpy(ref b, ref v, (UIntPtr)4);
        Console.WriteLine(b);
        v = 0;
        C.memcpyOut(out b, ref v, (UIntPtr)4);
        Console.WriteLine(b);
        int target = -1;
        bool t = true;
        C.memcpyFromBool(ref target, ref t, (UIntPtr)1);
        Console.WriteLine(target);
    }
}
