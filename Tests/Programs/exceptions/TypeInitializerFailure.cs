// An exception leaving a type initializer becomes TypeInitializationException (type name, inner exception), thrown again at every later access; mono's runtime message for NullReferenceException
using System;
class Bad { public static int X; static Bad() { X = Init(); } static int Init() { throw new InvalidOperationException("boom"); } }
class Bad2 { static Bad2() { Console.WriteLine("cctor2"); throw new ArgumentException("arg"); } public static void M() { Console.WriteLine("M"); } }
class P { static void Main() {
  for (int i = 0; i < 2; i++) {
    try { Console.WriteLine(Bad.X); } catch (TypeInitializationException e) { Console.WriteLine(e.Message + " | " + e.TypeName + " | " + e.InnerException?.GetType().Name + ": " + e.InnerException?.Message); }
    try { Bad2.M(); } catch (TypeInitializationException e) { Console.WriteLine(e.Message + " | " + e.InnerException?.Message); }
  }
} }
