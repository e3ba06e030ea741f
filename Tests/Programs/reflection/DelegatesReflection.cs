// Delegates and reflection: Delegate.CreateDelegate (static, closed instance, open instance,
// closed over the first argument, virtual), Delegate.Method and Target, equality, -= removing
// the right handler, GetInvocationList, DynamicInvoke, events through EventInfo.
using System;
using System.Linq;
using System.Reflection;
class Animal { public string Name; public Animal(string n) { Name = n; } public virtual string Speak() => Name + " makes a sound"; public string Plain(string x) => Name + ":" + x; }
class Dog : Animal { public Dog(string n) : base(n) { } public override string Speak() => Name + " barks"; }
static class Ext { public static string Shout(this string s) => s.ToUpper() + "!"; }
class Publisher { public event EventHandler<string> Said; public void Say(string s) => Said?.Invoke(this, s); public int Count => Said == null ? 0 : Said.GetInvocationList().Length; }
class DelegatesReflection {
    static int Twice(int x) => 2 * x;
    static int Square(int x) => x * x;
    static void Log(string s) => Console.WriteLine("log " + s);
    static void Warn(string s) => Console.WriteLine("warn " + s);
    static void Main() {
        var twice = (Func<int, int>)Delegate.CreateDelegate(typeof(Func<int, int>), typeof(DelegatesReflection).GetMethod("Twice", BindingFlags.NonPublic | BindingFlags.Static));
        Console.WriteLine(twice(21) + " " + twice.Method.Name + " " + (twice.Target == null));
        var dog = new Dog("rex");
        var speak = (Func<string>)Delegate.CreateDelegate(typeof(Func<string>), dog, typeof(Animal).GetMethod("Speak"));
        Console.WriteLine(speak() + " " + speak.Method.Name + " " + (speak.Target == dog));
        var open = (Func<Animal, string>)Delegate.CreateDelegate(typeof(Func<Animal, string>), typeof(Animal).GetMethod("Speak"));
        Console.WriteLine(open(new Animal("cat")) + " / " + open(dog));
        var openPlain = (Func<Animal, string, string>)Delegate.CreateDelegate(typeof(Func<Animal, string, string>), typeof(Animal).GetMethod("Plain"));
        Console.WriteLine(openPlain(dog, "x"));
        var closedStatic = (Func<string>)Delegate.CreateDelegate(typeof(Func<string>), "hey", typeof(Ext).GetMethod("Shout"));
        Console.WriteLine(closedStatic() + " " + closedStatic.Target);
        var byName = (Func<int, int>)Delegate.CreateDelegate(typeof(Func<int, int>), typeof(DelegatesReflection), "Square");
        Console.WriteLine(byName(7));
        var instByName = (Func<string, string>)Delegate.CreateDelegate(typeof(Func<string, string>), dog, "Plain");
        Console.WriteLine(instByName("y"));
        Console.WriteLine(Delegate.CreateDelegate(typeof(Func<string, int>), typeof(DelegatesReflection).GetMethod("Twice", BindingFlags.NonPublic | BindingFlags.Static), false) == null);
        Action<string> a = Log; Action<string> b = Warn; Action<string> c = Log;
        Console.WriteLine((a == c) + " " + (a == b) + " " + a.Equals(c) + " " + (a.GetHashCode() == c.GetHashCode()));
        var both = a + b + c;
        both("one");
        both -= c;
        both("two");
        Console.WriteLine(string.Join(",", both.GetInvocationList().Select(d => d.Method.Name)));
        both -= Warn;
        both("three");
        Func<int, int> lambda = x => x + 1;
        Console.WriteLine(lambda.Method.ReturnType.Name + " " + lambda.Method.GetParameters().Length + " " + lambda.DynamicInvoke(1));
        var pub = new Publisher();
        EventHandler<string> h1 = (s, e) => Console.WriteLine("h1 " + e);
        EventHandler<string> h2 = (s, e) => Console.WriteLine("h2 " + e);
        pub.Said += h1; pub.Said += h2; pub.Say("hello"); pub.Said -= h1; pub.Say("again");
        var ev = typeof(Publisher).GetEvent("Said");
        ev.AddEventHandler(pub, h1);
        Console.WriteLine(pub.Count + " " + ev.Name + " " + ev.EventHandlerType.Name);
        ev.RemoveEventHandler(pub, h2);
        pub.Say("via EventInfo");
        Delegate made = Delegate.CreateDelegate(typeof(Action<string>), typeof(DelegatesReflection).GetMethod("Log", BindingFlags.NonPublic | BindingFlags.Static));
        made.DynamicInvoke("dynamic");
        Console.WriteLine(made.Method.DeclaringType.Name + " " + made.GetType().Name);
    }
}
