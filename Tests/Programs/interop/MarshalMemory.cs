// Marshal's native memory helpers: HGlobal/CoTaskMem (malloc/free on mono/Linux), reads and
// writes, copies, sizes of blittable types, strings to and from native memory, pinned handles.
using System;
using System.Runtime.InteropServices;
class Program {
  static void Main() {
    IntPtr p = Marshal.AllocHGlobal(16);
    Marshal.WriteInt32(p, 0x01020304); Marshal.WriteInt64(p, 8, -5);
    Console.WriteLine(Marshal.ReadInt32(p) + " " + Marshal.ReadByte(p) + " " + Marshal.ReadInt64(p, 8) + " " + Marshal.ReadInt16(p, 2));
    var arr = new byte[4]; Marshal.Copy(p, arr, 0, 4); Console.WriteLine(BitConverter.ToString(arr));
    Marshal.WriteIntPtr(p, new IntPtr(77)); Console.WriteLine(Marshal.ReadIntPtr(p));
    p = Marshal.ReAllocHGlobal(p, (IntPtr)64);
    Marshal.FreeHGlobal(p);
    IntPtr c = Marshal.AllocCoTaskMem(8); Marshal.FreeCoTaskMem(c);
    Console.WriteLine(Marshal.SizeOf<int>() + " " + Marshal.SizeOf(typeof(long)) + " " + Marshal.SizeOf(typeof(IntPtr)));
    Console.WriteLine(Marshal.PtrToStringAuto(Marshal.StringToHGlobalAuto("auto")));
    Console.WriteLine(Marshal.SystemDefaultCharSize);
    var gh = GCHandle.Alloc(new int[] {1,2,3}, GCHandleType.Pinned);
    Console.WriteLine(Marshal.ReadInt32(gh.AddrOfPinnedObject(), 4));
    gh.Free();
  }
}
