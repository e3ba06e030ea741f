// Object and collection initializers and anonymous types: nested object initializers (setting
// members of an existing sub-object), collection initializers calling Add (including Add with two
// arguments for dictionaries and index initializers), anonymous types' ToString, Equals
// (structural) and property order, arrays of anonymous types, and implicitly typed arrays.
using System;
using System.Collections.Generic;
class Inner { public int X; public List<int> Items = new List<int>(); }
class Outer { public Inner In = new Inner(); public string Name; public Inner Fresh; }
class Bag : System.Collections.IEnumerable { public List<string> Log = new List<string>(); public void Add(string s) { Log.Add("1:" + s); } public void Add(string s, int n) { Log.Add("2:" + s + n); } public System.Collections.IEnumerator GetEnumerator() { return Log.GetEnumerator(); } }
class Initializers {
    static void Main() {
        Outer o = new Outer { Name = "o", In = { X = 5, Items = { 1, 2, 3 } }, Fresh = new Inner { X = 9 } };
        Console.WriteLine("nested: " + o.Name + " " + o.In.X + " " + string.Join(",", o.In.Items) + " " + o.Fresh.X);
        Bag b = new Bag { "a", { "b", 2 }, "c" }; Console.WriteLine("collection initializer Add overloads: " + string.Join(" ", b.Log));
        var d = new Dictionary<string, int> { ["two"] = 2, ["one"] = 11 }; d = new Dictionary<string, int>(d) { { "three", 3 } }; Console.WriteLine("dictionary: " + d.Count + " " + d["one"] + " " + d["two"] + " " + d["three"]);
        var anon = new { Name = "x", Age = 3, Nested = new { Flag = true } }; Console.WriteLine("anonymous ToString: " + anon);
        var anon2 = new { Name = "x", Age = 3, Nested = new { Flag = true } }; Console.WriteLine("anonymous Equals: " + anon.Equals(anon2) + ", same type: " + (anon.GetType() == anon2.GetType()) + ", ==: " + ((object)anon == (object)anon2));
        var other = new { Age = 3, Name = "x" }; Console.WriteLine("different property order is a different type: " + ((object)anon.GetType() == (object)other.GetType()));
        var people = new[] { new { N = "a", V = 1 }, new { N = "b", V = 2 } }; int sum = 0; foreach (var p in people) sum += p.V; Console.WriteLine("array of anonymous: " + people.Length + " " + sum + " " + people[1].N);
        var implicitArr = new[] { 1, 2, 3 }; var mixed = new[] { 1.5, 2, 3 }; Console.WriteLine("implicit arrays: " + implicitArr.GetType().Name + " " + mixed.GetType().Name + " " + mixed[1]);
        var jag = new[] { new[] { 1 }, new[] { 2, 3 } }; Console.WriteLine("jagged implicit: " + jag[1][1] + " " + jag.GetType().Name);
        List<Inner> li = new List<Inner> { new Inner { X = 1 }, new Inner { X = 2, Items = { 7 } } }; Console.WriteLine("list of initialized: " + li[1].X + " " + li[1].Items[0]);
    }
}
