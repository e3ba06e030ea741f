// Internal calls implemented by C functions, registered through mono's embedding API
// (mono_add_internal_call, reached with DllImport("__Internal"): the host executable), as
// libmono-native registers its own: the C function receives the managed values as they are.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

static class Host {
    [DllImport("__Internal")] public static extern void mono_add_internal_call(string name, IntPtr function);
    [DllImport("libc.so.6")] public static extern IntPtr dlopen(string file, int mode);
    [DllImport("libc.so.6")] public static extern IntPtr dlsym(IntPtr library, string name);
}

namespace Demo {
    static class Native {
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern int Abs(int x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Hypotenuse(double x, double y);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern long Negate(long x);

        public static class Nested {
            [MethodImpl(MethodImplOptions.InternalCall)] public static extern int Labs(int x);
        }
    }
}

class Program {
    static void Main() {
        IntPtr libc = Host.dlopen("libc.so.6", 1);
        IntPtr libm = Host.dlopen("libm.so.6", 1);
        Host.mono_add_internal_call("Demo.Native::Abs", Host.dlsym(libc, "abs"));
        Host.mono_add_internal_call("Demo.Native::Hypotenuse(double,double)", Host.dlsym(libm, "hypot"));
        Host.mono_add_internal_call("Demo.Native::Negate", Host.dlsym(libc, "labs"));
        Host.mono_add_internal_call("Demo.Native/Nested::Labs", Host.dlsym(libc, "abs"));
        Run();
    }

    // Compiled (by mono) after the registration: mono binds internal calls when it compiles a caller.
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Run() {
        Console.WriteLine(Demo.Native.Abs(-17));
        Console.WriteLine(Demo.Native.Hypotenuse(3, 4));
        Console.WriteLine(Demo.Native.Negate(-9000000000));
        Console.WriteLine(Demo.Native.Nested.Labs(-3));
    }
}
