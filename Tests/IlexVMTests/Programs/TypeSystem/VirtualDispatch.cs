// Which method runs for a virtual or interface call: "call OBJECT DECLARING::METHOD = IMPL", where
// IMPL is the running method's declaring type and name as reflection reports them.
using System;
using System.Reflection;

class A { public virtual string M() { return Program.Who(MethodBase.GetCurrentMethod()); }
          public virtual string N() { return Program.Who(MethodBase.GetCurrentMethod()); }
          public virtual string G<T>() { return Program.Who(MethodBase.GetCurrentMethod()); } }
class B : A { public override string M() { return Program.Who(MethodBase.GetCurrentMethod()); }
              public new virtual string N() { return Program.Who(MethodBase.GetCurrentMethod()); }
              public override string G<T>() { return Program.Who(MethodBase.GetCurrentMethod()); } }
class C : B { public sealed override string M() { return Program.Who(MethodBase.GetCurrentMethod()); }
              public override string N() { return Program.Who(MethodBase.GetCurrentMethod()); } }
class D : C { }

abstract class Shape { public abstract string Area(); public virtual string Name() { return Program.Who(MethodBase.GetCurrentMethod()); } }
class Square : Shape { public override string Area() { return Program.Who(MethodBase.GetCurrentMethod()); } }

interface I { string M(); }
interface J : I { string K(); }
class Implicit : I { public string M() { return Program.Who(MethodBase.GetCurrentMethod()); } }
class Explicit : I { string I.M() { return Program.Who(MethodBase.GetCurrentMethod()); } public string M() { return Program.Who(MethodBase.GetCurrentMethod()); } }
class InheritsImplementation : Implicit { }
class Reimplements : Implicit, I { public new string M() { return Program.Who(MethodBase.GetCurrentMethod()); } }
class HidesWithoutRedeclaring : Implicit { public new string M() { return Program.Who(MethodBase.GetCurrentMethod()); } }
class VirtualBase : I { public virtual string M() { return Program.Who(MethodBase.GetCurrentMethod()); } }
class OverridesInterfaceSlot : VirtualBase { public override string M() { return Program.Who(MethodBase.GetCurrentMethod()); } }
class Both : J { public string M() { return Program.Who(MethodBase.GetCurrentMethod()); } public string K() { return Program.Who(MethodBase.GetCurrentMethod()); } }
class BaseProvides { public string M() { return Program.Who(MethodBase.GetCurrentMethod()); } }
class DerivedDeclares : BaseProvides, I { }

interface IG<T> { string Get(); }
class Twice : IG<int>, IG<string> {
    string IG<int>.Get() { return Program.Who(MethodBase.GetCurrentMethod()); }
    string IG<string>.Get() { return Program.Who(MethodBase.GetCurrentMethod()); }
}
class GenericBase<T> { public virtual string V() { return "GenericBase.V"; } }
class ClosedDerived : GenericBase<int> { public override string V() { return Program.Who(MethodBase.GetCurrentMethod()); } }

interface IH { string H<T>(); }
class HImpl : IH { public string H<T>() { return Program.Who(MethodBase.GetCurrentMethod()); } }
class HDerived : HImpl, IH { public new string H<T>() { return Program.Who(MethodBase.GetCurrentMethod()); } }

interface IOut<out T> { string Get(); }
class Animal { }
class Dog : Animal { }
class Source<T> : IOut<T> { public string Get() { return Program.Who(MethodBase.GetCurrentMethod()); } }
class DogSource : IOut<Dog> { string IOut<Dog>.Get() { return Program.Who(MethodBase.GetCurrentMethod()); } }

struct Point : I { public string M() { return Program.Who(MethodBase.GetCurrentMethod()); }
                   public override string ToString() { return Program.Who(MethodBase.GetCurrentMethod()); } }

class Program {
    public static string Who(MethodBase m) { return m.DeclaringType.ToString() + "::" + m.Name; }

    static void Call(object o, Type declaring, string method, string result) {
        Console.WriteLine("call " + o.GetType() + " " + declaring + "::" + method + " = " + result);
    }

    static void Main() {
        A a = new B(); Call(a, typeof(A), "M", a.M()); Call(a, typeof(A), "N", a.N());
        a = new C(); Call(a, typeof(A), "M", a.M()); Call(a, typeof(A), "N", a.N());
        B b = new C(); Call(b, typeof(B), "N", b.N()); Call(b, typeof(B), "M", b.M());
        a = new D(); Call(a, typeof(A), "M", a.M()); Call(a, typeof(A), "N", a.N());
        b = new D(); Call(b, typeof(B), "N", b.N());
        a = new A(); Call(a, typeof(A), "M", a.M());
        a = new B(); Call(a, typeof(A), "G", a.G<int>()); Call(a, typeof(A), "G", a.G<string>());
        a = new D(); Call(a, typeof(A), "G", a.G<double>());
        Shape s = new Square(); Call(s, typeof(Shape), "Area", s.Area()); Call(s, typeof(Shape), "Name", s.Name());
        object o = new D(); Call(o, typeof(object), "ToString", o.ToString() == "D" ? "System.Object::ToString" : "?");

        I i = new Implicit(); Call(i, typeof(I), "M", i.M());
        i = new Explicit(); Call(i, typeof(I), "M", i.M());
        i = new InheritsImplementation(); Call(i, typeof(I), "M", i.M());
        i = new Reimplements(); Call(i, typeof(I), "M", i.M());
        i = new HidesWithoutRedeclaring(); Call(i, typeof(I), "M", i.M());
        i = new VirtualBase(); Call(i, typeof(I), "M", i.M());
        i = new OverridesInterfaceSlot(); Call(i, typeof(I), "M", i.M());
        J j = new Both(); Call(j, typeof(J), "K", j.K()); i = j; Call(i, typeof(I), "M", i.M());
        i = new DerivedDeclares(); Call(i, typeof(I), "M", i.M());
        i = new Point(); Call(i, typeof(I), "M", i.M());
        o = new Point(); Call(o, typeof(object), "ToString", o.ToString());

        IG<int> gi = new Twice(); Call(gi, typeof(IG<int>), "Get", gi.Get());
        IG<string> gs = new Twice(); Call(gs, typeof(IG<string>), "Get", gs.Get());
        GenericBase<int> gb = new ClosedDerived(); Call(gb, typeof(GenericBase<int>), "V", gb.V());
        IH h = new HImpl(); Call(h, typeof(IH), "H", h.H<int>());
        h = new HDerived(); Call(h, typeof(IH), "H", h.H<string>());

        // Through a variant interface: the object implements IOut<Dog>, the call site names IOut<Animal>.
        IOut<Animal> variant = new DogSource(); Call(variant, typeof(IOut<Animal>), "Get", variant.Get());
        IOut<object> variantObject = new DogSource(); Call(variantObject, typeof(IOut<object>), "Get", variantObject.Get());
    }
}
