// Non-generic collections: ArrayList, Hashtable, SortedList, Stack, Queue, BitArray, DictionaryEntry iteration, boxing of value types, CollectionBase-like usage.
using System;
using System.Collections;
using System.Linq;
class NonGenericCollections {
    static void Main() {
        var al = new ArrayList { 3, "two", 1.5, null, 'c' };
        Console.WriteLine(al.Count + " " + al[1] + " " + al.Contains("two") + " " + al.IndexOf(1.5) + " " + (al[3] == null));
        al.Remove("two"); al.RemoveAt(0); al.Insert(0, "first"); al.Add(42);
        foreach (var x in al) Console.Write((x ?? "null") + "|");
        Console.WriteLine();
        var nums = new ArrayList { 5, 2, 8, 1 };
        nums.Sort(); Console.WriteLine(string.Join(",", nums.Cast<int>()));
        nums.Reverse(); Console.WriteLine(string.Join(",", nums.ToArray()));
        nums.AddRange(new[] { 10, 20 }); Console.WriteLine(nums.Count + " " + nums.GetRange(4, 2)[1]);
        var ht = new Hashtable();
        ht["one"] = 1; ht["two"] = 2; ht.Add("three", 3);
        Console.WriteLine(ht.Count + " " + ht["two"] + " " + (ht["missing"] == null) + " " + ht.ContainsKey("one") + " " + ht.ContainsValue(3));
        try { ht.Add("one", 11); } catch (ArgumentException) { Console.WriteLine("duplicate key"); }
        var keys = ht.Keys.Cast<string>().OrderBy(k => k).ToList();
        Console.WriteLine(string.Join(",", keys));
        int total = 0; foreach (DictionaryEntry de in ht) total += (int)de.Value;
        Console.WriteLine("total " + total);
        ht.Remove("two"); Console.WriteLine(ht.Count);
        var sl = new SortedList { { "b", 2 }, { "a", 1 }, { "c", 3 } };
        foreach (DictionaryEntry de in sl) Console.Write(de.Key + "=" + de.Value + " ");
        Console.WriteLine(sl.GetKey(0) + " " + sl.GetByIndex(2) + " " + sl.IndexOfKey("c"));
        var st = new Stack(); st.Push(1); st.Push("x"); Console.WriteLine(st.Pop() + " " + st.Peek() + " " + st.Count);
        var q = new Queue(); q.Enqueue('a'); q.Enqueue('b'); Console.WriteLine(q.Dequeue() + " " + q.Count + " " + q.Peek());
        var bits = new BitArray(10);
        bits[1] = true; bits[3] = true; bits.Set(9, true);
        Console.WriteLine(string.Concat(bits.Cast<bool>().Select(b => b ? '1' : '0')));
        var other = new BitArray(new[] { true, true, false, false, false, false, false, false, false, true });
        Console.WriteLine(string.Concat(new BitArray(bits).And(other).Cast<bool>().Select(b => b ? '1' : '0')) + " " + string.Concat(new BitArray(bits).Or(other).Cast<bool>().Select(b => b ? '1' : '0')) + " " + string.Concat(new BitArray(bits).Xor(other).Cast<bool>().Select(b => b ? '1' : '0')));
        var fromBytes = new BitArray(new byte[] { 0x81 });
        Console.WriteLine(fromBytes.Length + " " + fromBytes[0] + " " + fromBytes[7] + " " + fromBytes[1]);
        var ints = new int[1]; new BitArray(new[] { true, false, true }).CopyTo(ints, 0); Console.WriteLine(ints[0]);
        ICollection coll = al;
        Console.WriteLine(coll.Count + " " + coll.IsSynchronized + " " + (coll.SyncRoot != null));
        IList il = new ArrayList();
        il.Add(1); il.Add(2); il[0] = 100;
        Console.WriteLine(il[0] + " " + il.Count + " " + il.IsFixedSize + " " + ((IList)new int[2]).IsFixedSize);
        var ro = ArrayList.ReadOnly(new ArrayList { 1 });
        try { ro.Add(2); } catch (NotSupportedException) { Console.WriteLine("readonly ArrayList"); }
        var cmpInsensitive = new Hashtable(StringComparer.OrdinalIgnoreCase) { { "Key", 1 } };
        Console.WriteLine(cmpInsensitive["KEY"]);
        object[] arr = new object[3]; al.CopyTo(0, arr, 0, 3);
        Console.WriteLine(string.Join(",", arr.Select(x => x ?? "null")));
        Console.WriteLine(nums.BinarySearch(8, Comparer.Default) + " " + ((int[])nums.ToArray(typeof(int))).Sum());
    }
}
