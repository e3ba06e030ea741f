// Struct copy semantics: assignment copies, passing by value, returning copies, structs in arrays
// modified in place via index, struct fields of classes, readonly fields (method calls operate on
// a copy), structs containing reference fields (shallow copy), foreach iteration variable copies.
using System;
struct Mut { public int V; public int[] Arr; public void Bump() { V++; } public override string ToString() { return "Mut(" + V + ")"; } }
struct Big { public long A, B, C, D; public Mut M; }
class Owner { public Mut Field; public readonly Mut RO; public Mut Prop { get; set; } public Owner() { RO.V = 50; } }
class StructCopy {
    static void ByValue(Mut m) { m.V = 1000; m.Arr[0] = 1000; }
    static Mut Make(int v) { Mut m; m.V = v; m.Arr = new int[1]; return m; }
    static readonly Mut staticRO = Make(7);
    static void Main() {
        Mut a = Make(1); Mut b = a; b.V = 2; b.Arr[0] = 5;
        Console.WriteLine("a.V after b = a; b.V = 2: " + a.V + ", shared array: " + a.Arr[0]);
        ByValue(a); Console.WriteLine("after ByValue: V " + a.V + ", array " + a.Arr[0]);
        Mut[] arr = new Mut[3]; arr[1].V = 5; arr[1].Bump(); Console.WriteLine("array element in place: " + arr[1].V);
        Mut e = arr[1]; e.Bump(); Console.WriteLine("copy of element bumped, original: " + arr[1].V);
        Owner o = new Owner(); o.Field.Bump(); o.Field.V += 10; Console.WriteLine("class field in place: " + o.Field.V);
        o.RO.Bump(); Console.WriteLine("readonly field Bump works on a copy: " + o.RO.V);
        staticRO.Bump(); Console.WriteLine("static readonly Bump works on a copy: " + staticRO.V);
        Mut p = o.Prop; p.V = 3; Console.WriteLine("property returns a copy: " + o.Prop.V);
        Big g1 = new Big { A = 1, B = 2, C = 3, D = 4 }; g1.M.V = 9; Big g2 = g1; g2.M.V = 10; g2.D = 40;
        Console.WriteLine("big struct copy: " + g1.D + " " + g1.M.V + " / " + g2.D + " " + g2.M.V);
        Mut[] many = { Make(1), Make(2) }; foreach (Mut m in many) { Mut c = m; c.Bump(); } Console.WriteLine("foreach copies: " + many[0].V + many[1].V);
        for (int i = 0; i < many.Length; i++) many[i].Bump(); Console.WriteLine("for with index bumps: " + many[0].V + many[1].V);
        Mut x = Make(1), y = x; x.Bump(); Console.WriteLine("x " + x.V + " y " + y.V);
        Mut z = default(Mut); Console.WriteLine("default struct: " + z.V + " " + (z.Arr == null) + " " + z);
        object boxed = x; x.Bump(); Console.WriteLine("box copies: boxed " + ((Mut)boxed).V + " local " + x.V);
        ((Mut)boxed).Bump(); Console.WriteLine("unbox copies too: " + ((Mut)boxed).V);
        Mut[] copyArr = (Mut[])arr.Clone(); copyArr[1].V = 77; Console.WriteLine("cloned array of structs: " + arr[1].V + " " + copyArr[1].V);
        Mut t = Make(3); Mut u = t; t = Make(4); Console.WriteLine("reassign: " + u.V + " " + t.V);
        var tuple = Tuple.Create(Make(8)); Mut fromTuple = tuple.Item1; fromTuple.V = 0; Console.WriteLine("struct in Tuple stays: " + tuple.Item1.V);
    }
}
