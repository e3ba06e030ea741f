// object.ToString: default type-name output, overrides, base.ToString calls, ToString on structs/enums/arrays/collections/KeyValuePair/nullable, string concatenation and interpolation invoking overrides.
using System;
using System.Collections.Generic;
namespace Zoo {
    class Animal { public string Name; public Animal(string n) { Name = n; } public override string ToString() { return GetType().Name + ":" + Name; } }
    class Dog : Animal { public Dog(string n) : base(n) { } public override string ToString() { return base.ToString() + " (woof)"; } }
    class Plain { }
    struct PlainStruct { public int X; }
    struct Temp { public double C; public override string ToString() { return C.ToString(System.Globalization.CultureInfo.InvariantCulture) + "C"; } }
    class Generic<T> { }
    class Outer { public class Inner { } }
}
class ObjectToStringOverrides {
    static void Main() {
        Console.WriteLine(new Zoo.Animal("generic"));
        Console.WriteLine(new Zoo.Dog("rex"));
        Console.WriteLine(new Zoo.Plain());
        Console.WriteLine(new Zoo.PlainStruct());
        Console.WriteLine(new Zoo.Temp { C = 21.5 });
        Console.WriteLine(new Zoo.Generic<int>());
        Console.WriteLine(new Zoo.Generic<string>().ToString());
        Console.WriteLine(new Zoo.Outer.Inner());
        Console.WriteLine(new object());
        Console.WriteLine(new int[3]);
        Console.WriteLine(new string[0]);
        Console.WriteLine(new int[2, 2]);
        Console.WriteLine(new List<int> { 1, 2 });
        Console.WriteLine(new Dictionary<string, int>());
        Console.WriteLine(new KeyValuePair<string, int>("k", 5));
        Console.WriteLine(DayOfWeek.Tuesday);
        Console.WriteLine((int?)7 + " [" + (int?)null + "]");
        Console.WriteLine(Tuple.Create(1, new Zoo.Dog("fido")));
        Console.WriteLine("concat: " + new Zoo.Dog("a") + " / " + new Zoo.Temp { C = -3 });
        Console.WriteLine($"interp: {new Zoo.Animal("b")} {new Zoo.Temp { C = 0.5 }}");
        Console.WriteLine(string.Format("{0} {1}", new Zoo.Plain(), new Zoo.Dog("c")));
        Console.WriteLine(string.Join(", ", new object[] { new Zoo.Dog("d"), 1, 'x', null, 2.5m }));
        object boxed = new Zoo.Temp { C = 100 };
        Console.WriteLine(boxed.ToString() + " " + boxed.GetType().Name);
        Zoo.Animal a = new Zoo.Dog("poly");
        Console.WriteLine(a.ToString() + " " + ((object)a).ToString());
        Console.WriteLine(typeof(Zoo.Dog) + " " + typeof(int) + " " + typeof(List<string>).Name + " " + typeof(Zoo.Outer.Inner).FullName);
        Console.WriteLine(new Exception("msg").Message + " " + new Version(1, 2, 3));
        Console.WriteLine(new Uri("http://example.com/a/b?q=1").AbsolutePath);
        Console.WriteLine(new System.Text.StringBuilder("sb").Append(new Zoo.Dog("e")));
        Console.WriteLine(new Action(() => { }).GetType());
        Console.WriteLine(Guid.Empty);
        Console.WriteLine(true.ToString() + false + 'c' + 1 + 2L + 3.5f);
        Console.WriteLine(1 + 2 + "3" + 4 + 5);
    }
}
