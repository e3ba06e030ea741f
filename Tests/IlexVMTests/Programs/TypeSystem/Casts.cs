// castclass/isinst on objects: "cast EXACT-TYPE -> TARGET = True|False", from `o is T`.
using System;
using System.Collections;
using System.Collections.Generic;

class Animal { }
class Dog : Animal, ICloneable { public object Clone() { return this; } }
class Puppy : Dog { }
class Cat : Animal { }
interface IOut<out T> { }
interface IIn<in T> { }
interface IInv<T> { }
class Producer<T> : IOut<T>, IIn<T>, IInv<T> { }
interface IBase { }
interface IDerived : IBase { }
class ImplementsDerived : IDerived { }
class InheritsInterface : ImplementsDerived { }
enum Color { Red }
enum Small : byte { A }
struct Meter : IComparable { public int CompareTo(object o) { return 0; } }
delegate T Maker<out T>();

class Casts {
    static void Cast<T>(object o) { Console.WriteLine("cast " + o.GetType() + " -> " + typeof(T) + " = " + (o is T)); }

    static void Main() {
        Cast<Animal>(new Dog()); Cast<Dog>(new Puppy()); Cast<Puppy>(new Dog()); Cast<Cat>(new Dog());
        Cast<object>(new Cat()); Cast<ICloneable>(new Puppy()); Cast<ICloneable>(new Cat());
        Cast<IBase>(new ImplementsDerived()); Cast<IDerived>(new InheritsInterface()); Cast<IBase>(new InheritsInterface());
        Cast<ImplementsDerived>(new InheritsInterface());

        Cast<IEnumerable<object>>(new List<string>()); Cast<IEnumerable<string>>(new List<object>());
        Cast<IList<object>>(new List<string>()); Cast<IEnumerable<object>>(new List<int>());
        Cast<IComparer<string>>(Comparer<object>.Default); Cast<IComparer<object>>(Comparer<string>.Default);
        Cast<IOut<Animal>>(new Producer<Dog>()); Cast<IOut<Dog>>(new Producer<Animal>());
        Cast<IIn<Dog>>(new Producer<Animal>()); Cast<IIn<Animal>>(new Producer<Dog>());
        Cast<IInv<Animal>>(new Producer<Dog>()); Cast<IOut<object>>(new Producer<int>());
        Cast<IOut<IBase>>(new Producer<ImplementsDerived>()); Cast<IOut<object>>(new Producer<int[]>());
        Cast<IEnumerable<IEnumerable<object>>>(new List<List<string>>());

        Cast<Func<object>>(new Func<string>(() => "")); Cast<Func<string>>(new Func<object>(() => ""));
        Cast<Action<string>>(new Action<object>(x => { })); Cast<Action<object>>(new Action<string>(x => { }));
        Cast<Maker<Animal>>(new Maker<Dog>(() => null)); Cast<Func<int, object>>(new Func<int, string>(x => ""));
        Cast<Delegate>(new Action(() => { })); Cast<MulticastDelegate>(new Action(() => { }));
        Cast<ICloneable>(new Action(() => { })); Cast<Func<object>>(new Func<int>(() => 0));

        Cast<object[]>(new string[0]); Cast<string[]>(new object[0]); Cast<object[]>(new int[0]);
        Cast<uint[]>(new int[0]); Cast<int[]>(new uint[0]); Cast<long[]>(new int[0]); Cast<int[]>(new Color[0]);
        Cast<Color[]>(new int[0]); Cast<byte[]>(new Small[0]); Cast<sbyte[]>(new byte[0]); Cast<bool[]>(new byte[0]);
        Cast<char[]>(new ushort[0]); Cast<short[]>(new char[0]); Cast<IntPtr[]>(new long[0]); Cast<UIntPtr[]>(new IntPtr[0]);
        Cast<float[]>(new int[0]); Cast<double[]>(new long[0]);
        Cast<Array>(new int[0]); Cast<IList>(new int[0]); Cast<ICloneable>(new int[0]); Cast<IEnumerable>(new int[0]);
        Cast<IList<int>>(new int[0]); Cast<IReadOnlyList<int>>(new int[0]); Cast<ICollection<int>>(new int[0]);
        Cast<IEnumerable<object>>(new int[0]); Cast<IList<uint>>(new int[0]); Cast<IList<Color>>(new int[0]);
        Cast<IList<object>>(new string[0]); Cast<IEnumerable<object>>(new string[0]);
        Cast<IReadOnlyCollection<string>>(new string[0]); Cast<IList<Animal>>(new Dog[0]); Cast<IList<Dog>>(new Animal[0]);
        Cast<IList<ICloneable>>(new Dog[0]); Cast<IList<IBase>>(new IDerived[0]);
        Cast<int[]>(new int[0, 0]); Cast<int[,]>(new int[0]); Cast<Array>(new int[0, 0]); Cast<IList<int>>(new int[0, 0]);
        Cast<long[,]>(new int[0, 0]); Cast<object[,]>(new string[0, 0]); Cast<int[,,]>(new int[0, 0]);
        Cast<object[][]>(new string[0][]); Cast<object[]>(new string[0][]); Cast<object[]>(new int[0][]);
        Cast<IEnumerable<int[]>>(new int[0][]); Cast<Animal[]>(new Dog[0]); Cast<ICloneable[]>(new Dog[0]);
        Cast<object[]>(new IBase[0]); Cast<IBase[]>(new IDerived[0]); Cast<ValueType[]>(new int[0]);

        Cast<ValueType>(5); Cast<IComparable>(5); Cast<IComparable<int>>(5); Cast<IEquatable<int>>(5);
        Cast<IFormattable>(5); Cast<long>(5); Cast<int?>(5); Cast<long?>(5L); Cast<int?>(5L); Cast<uint>(5);
        Cast<Enum>(Color.Red); Cast<int>(Color.Red); Cast<Color>(Color.Red); Cast<Color>(0); Cast<IComparable>(Color.Red);
        Cast<ValueType>(Color.Red); Cast<IComparable>(new Meter()); Cast<ValueType>(new Meter()); Cast<Meter?>(new Meter());
        int? boxedNullable = 7; Cast<int>(boxedNullable); Cast<int?>(boxedNullable); Cast<IComparable<int>>(boxedNullable);
        Cast<IComparable>("text"); Cast<IEnumerable<char>>("text"); Cast<IEquatable<string>>("text"); Cast<ICloneable>("text");
        Cast<IComparable<object>>("text");
    }
}
