// new T() under the new() constraint (mcs emits Activator.CreateInstance<T>()): for classes with a
// constructor that has side effects, for structs (zeroed, no constructor runs), for nested
// generic types; Activator.CreateInstance(Type) and with arguments.
using System;
using System.Collections.Generic;
class Traced { public static int Made; public int N; public Traced() { N = ++Made; } }
struct Val { public int X; }
class Gen<T> { public T Field; }
class WithArgs { public string S; public WithArgs(string a, int b) { S = a + b; } }
class NewConstraint {
    static T Make<T>() where T : new() { return new T(); }
    static List<T> MakeMany<T>(int n) where T : new() { List<T> l = new List<T>(); for (int i = 0; i < n; i++) l.Add(new T()); return l; }
    static void Main() {
        Console.WriteLine("Traced: " + Make<Traced>().N + " " + Make<Traced>().N + ", made " + Traced.Made);
        Console.WriteLine("int: " + Make<int>() + ", double: " + Make<double>() + ", Val.X: " + Make<Val>().X);
        Console.WriteLine("Gen<string>.Field null: " + (Make<Gen<string>>().Field == null) + ", List<int> count: " + Make<List<int>>().Count);
        Console.WriteLine("MakeMany: " + MakeMany<Traced>(3).Count + ", made " + Traced.Made);
        Console.WriteLine("Activator.CreateInstance(typeof(Traced)): " + ((Traced)Activator.CreateInstance(typeof(Traced))).N);
        Console.WriteLine("Activator with args: " + ((WithArgs)Activator.CreateInstance(typeof(WithArgs), "x", 5)).S);
        Console.WriteLine("Activator of struct: " + ((Val)Activator.CreateInstance(typeof(Val))).X);
    }
}
