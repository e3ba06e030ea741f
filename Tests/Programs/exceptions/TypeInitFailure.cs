// A static constructor that throws: the first access raises TypeInitializationException wrapping
// the original (InnerException), and every later access raises it again without rerunning the
// constructor; the failure of one type does not affect others; a static field initializer throwing
// in a beforefieldinit type (read from its own method: mono runs such an initializer when compiling
// the method that reads the field); a type initializer throwing on first instance creation.
using System;
class Bad { public static int Runs; public static int X = 1; static Bad() { Runs++; Console.WriteLine("Bad cctor runs"); throw new InvalidOperationException("cctor failed"); } public static void M() { } }
class BadInit { public static int Y = Compute(); static int Compute() { Console.WriteLine("BadInit initializer runs"); throw new ArgumentException("initializer failed"); } }
class BadNew { static BadNew() { throw new FormatException("on new"); } public BadNew() { Console.WriteLine("ctor (must not run)"); } }
class Good { public static int Z = 5; }
class TypeInitFailure {
    static int ReadBadInit() { return BadInit.Y; } // mono runs a beforefieldinit initializer when it compiles the method using it
    static void Main() {
        for (int i = 0; i < 3; i++) {
            try { Console.WriteLine("Bad.X = " + Bad.X); }
            catch (TypeInitializationException e) { Console.WriteLine("attempt " + i + ": " + e.GetType().Name + " for " + e.TypeName + ", inner " + e.InnerException.GetType().Name + ": " + e.InnerException.Message); }
        }
        try { Bad.M(); } catch (TypeInitializationException) { Console.WriteLine("static method call: TypeInitializationException again"); }
        try { Console.WriteLine(ReadBadInit()); } catch (TypeInitializationException e) { Console.WriteLine("field initializer: inner " + e.InnerException.GetType().Name + ": " + e.InnerException.Message); }
        try { Console.WriteLine(ReadBadInit()); } catch (TypeInitializationException) { Console.WriteLine("field initializer second access: TypeInitializationException"); }
        try { new BadNew(); } catch (TypeInitializationException e) { Console.WriteLine("new: inner " + e.InnerException.Message); }
        try { new BadNew(); } catch (TypeInitializationException e) { Console.WriteLine("new again: inner " + e.InnerException.Message); }
        Console.WriteLine("Good.Z = " + Good.Z);
        try { Console.WriteLine(Bad.Runs); } catch (TypeInitializationException) { Console.WriteLine("reading Bad.Runs also throws"); }
    }
}
