// Type objects: names, flags, constructed and generic types, Type.GetType with nested and
// assembly-qualified names, generic parameters, enums, interfaces and TypeCode.
using System;
using System.Collections.Generic;
using System.Linq;
namespace Zoo.Animals {
    public interface IWalker { int Legs { get; } }
    public interface IPet : IWalker { string Owner { get; } }
    public abstract class Animal { public abstract string Sound(); public class Tag { public class Inner { } } }
    public sealed class Dog : Animal, IPet { public int Legs => 4; public string Owner => "ann"; public override string Sound() => "woof"; }
    public struct Point { public int X, Y; }
    public enum Color : byte { Red = 1, Green = 2, Blue = 4 }
    [Flags] public enum Perm { None = 0, Read = 1, Write = 2, All = Read | Write }
    public class Box<T> where T : class { public T Value; public class Nested<U> { } }
    public class Pair<K, V> { public K Key; public V Val; }
}
class TypeObjects {
    static string N(Type t) => t == null ? "null" : t.ToString();
    static void Show(Type t) {
        Console.WriteLine(t.Name + " | " + t.FullName + " | " + t.Namespace + " | " + N(t.BaseType) + " | " + N(t.DeclaringType));
        Console.WriteLine("  class=" + t.IsClass + " vt=" + t.IsValueType + " enum=" + t.IsEnum + " iface=" + t.IsInterface + " abs=" + t.IsAbstract
            + " sealed=" + t.IsSealed + " gen=" + t.IsGenericType + " gdef=" + t.IsGenericTypeDefinition + " open=" + t.ContainsGenericParameters
            + " arr=" + t.IsArray + " ptr=" + t.IsPointer + " byref=" + t.IsByRef + " prim=" + t.IsPrimitive + " nested=" + t.IsNested
            + " public=" + t.IsPublic + " code=" + Type.GetTypeCode(t));
    }
    static void Main() {
        Show(typeof(Zoo.Animals.Dog));
        Show(typeof(Zoo.Animals.Animal));
        Show(typeof(Zoo.Animals.IPet));
        Show(typeof(Zoo.Animals.Point));
        Show(typeof(Zoo.Animals.Color));
        Show(typeof(Zoo.Animals.Animal.Tag.Inner));
        Show(typeof(int));
        Show(typeof(string));
        Show(typeof(int[]));
        Show(typeof(int[,]));
        Show(typeof(Zoo.Animals.Box<>));
        Show(typeof(Zoo.Animals.Box<string>));
        Show(typeof(Zoo.Animals.Box<string>.Nested<int>));
        Show(typeof(List<int>));
        Show(typeof(int?));
        Show(typeof(int).MakeByRefType());
        Show(typeof(int).MakePointerType());
        Show(typeof(decimal));
        Show(typeof(DateTime));
        Console.WriteLine(typeof(int[]).GetElementType() + " " + typeof(int).MakeArrayType() + " " + typeof(int).MakeArrayType(1) + " " + typeof(int).MakeArrayType(3) + " " + typeof(int[,]).GetArrayRank());
        foreach (var name in new[] { "System.Int32", "System.String[]", "Zoo.Animals.Dog", "Zoo.Animals.Animal+Tag", "Zoo.Animals.Animal+Tag+Inner",
                                     "System.Collections.Generic.List`1[System.String]", "System.Collections.Generic.Dictionary`2[[System.Int32, mscorlib],[System.String, mscorlib]]",
                                     "System.Int32, mscorlib", "System.Collections.Generic.List`1[[Zoo.Animals.Dog, TypeObjects]]", "zoo.animals.dog", "Nope.Missing", "System.Int32*", "System.Int32&" })
            Console.WriteLine(name + " -> " + N(Type.GetType(name)));
        Console.WriteLine(N(Type.GetType("zoo.animals.dog", false, true)));
        try { Type.GetType("Nope.Missing", true); } catch (TypeLoadException e) { Console.WriteLine("TypeLoadException"); }
        var open = typeof(Zoo.Animals.Pair<,>);
        var args = open.GetGenericArguments();
        Console.WriteLine(string.Join(",", args.Select(a => a.Name + ":" + a.IsGenericParameter + ":" + a.GenericParameterPosition + ":" + a.DeclaringType.Name + ":" + (a.FullName == null))));
        var closed = open.MakeGenericType(typeof(int), typeof(string));
        Console.WriteLine(closed + " " + (closed == typeof(Zoo.Animals.Pair<int, string>)) + " " + (closed.GetGenericTypeDefinition() == open) + " " + string.Join(",", closed.GetGenericArguments().Select(a => a.Name)));
        Console.WriteLine(typeof(Dictionary<string, List<int>>).ToString());
        Console.WriteLine(typeof(Zoo.Animals.Box<>).GetGenericArguments()[0].GenericParameterAttributes + " " + typeof(Zoo.Animals.Box<>).GetGenericArguments()[0].GetGenericParameterConstraints().Length);
        Console.WriteLine(string.Join(",", typeof(Zoo.Animals.Dog).GetInterfaces().Select(i => i.Name).OrderBy(n => n)));
        Console.WriteLine(string.Join(",", typeof(List<int>).GetInterfaces().Select(i => i.Name).OrderBy(n => n, StringComparer.Ordinal)));
        Console.WriteLine(typeof(Zoo.Animals.IWalker).IsAssignableFrom(typeof(Zoo.Animals.Dog)) + " " + typeof(Zoo.Animals.Dog).IsSubclassOf(typeof(Zoo.Animals.Animal)) + " " + typeof(object).IsAssignableFrom(typeof(int)) + " " + typeof(IEnumerable<object>).IsAssignableFrom(typeof(List<string>)));
        Console.WriteLine(typeof(Zoo.Animals.Color).GetEnumUnderlyingType() + " " + string.Join(",", Enum.GetNames(typeof(Zoo.Animals.Color))) + " " + string.Join(",", Enum.GetValues(typeof(Zoo.Animals.Color)).Cast<object>()));
        Console.WriteLine(Enum.Parse(typeof(Zoo.Animals.Perm), "Read, Write") + " " + Enum.IsDefined(typeof(Zoo.Animals.Color), (byte)2) + " " + (Zoo.Animals.Perm)3 + " " + Enum.GetName(typeof(Zoo.Animals.Color), (byte)4));
        Console.WriteLine(string.Join(",", typeof(Zoo.Animals.Animal).GetNestedTypes().Select(t => t.Name)) + " " + typeof(Zoo.Animals.Animal.Tag).GetNestedType("Inner"));
        Console.WriteLine(new Zoo.Animals.Dog().GetType() == typeof(Zoo.Animals.Dog));
        Console.WriteLine(typeof(Zoo.Animals.Dog).Assembly == typeof(TypeObjects).Assembly);
        Console.WriteLine(typeof(int).IsInstanceOfType(5) + " " + typeof(string).IsInstanceOfType(5));
        Console.WriteLine(typeof(Zoo.Animals.Point).StructLayoutAttribute.Value + " " + typeof(Zoo.Animals.Dog).Attributes);
    }
}
