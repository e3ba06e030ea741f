// List<T>: Add/Insert/Remove/RemoveAll/RemoveRange, Sort, BinarySearch, Find family, ConvertAll, GetRange, Reverse, Capacity, ForEach, TrueForAll, AsReadOnly.
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
class ListOperations {
    static string S<T>(IEnumerable<T> e) { return "[" + string.Join(",", e) + "]"; }
    static void Main() {
        var l = new List<int> { 5, 3, 8, 1, 9, 2 };
        Console.WriteLine(S(l) + " count=" + l.Count);
        l.Add(7); l.Insert(0, 10); l.InsertRange(2, new[] { 100, 200 });
        Console.WriteLine(S(l));
        Console.WriteLine(l.Remove(100) + " " + l.Remove(12345) + " " + S(l));
        l.RemoveAt(0);
        Console.WriteLine(S(l));
        Console.WriteLine(l.RemoveAll(x => x > 7) + " " + S(l));
        l.Sort();
        Console.WriteLine(S(l));
        Console.WriteLine(l.BinarySearch(5) + " " + l.BinarySearch(4) + " " + ~l.BinarySearch(4));
        l.Reverse();
        Console.WriteLine(S(l));
        l.Sort((a, b) => b.CompareTo(a));
        Console.WriteLine(S(l));
        Console.WriteLine(l.Contains(3) + " " + l.IndexOf(3) + " " + l.LastIndexOf(99) + " " + l.IndexOf(2, 1));
        Console.WriteLine(l.Find(x => x % 2 == 0) + " " + l.FindLast(x => x % 2 == 1) + " " + l.FindIndex(x => x < 3) + " " + l.FindLastIndex(x => x > 3));
        Console.WriteLine(S(l.FindAll(x => x % 2 == 1)));
        Console.WriteLine(l.Exists(x => x == 7) + " " + l.TrueForAll(x => x > 0) + " " + l.TrueForAll(x => x > 1));
        Console.WriteLine(S(l.ConvertAll(x => "n" + x)));
        Console.WriteLine(S(l.GetRange(1, 3)));
        l.RemoveRange(0, 2);
        Console.WriteLine(S(l));
        l.AddRange(new List<int> { 4, 4, 4 });
        Console.WriteLine(S(l) + " " + l.Count);
        int sum = 0; l.ForEach(x => sum += x);
        Console.WriteLine("sum " + sum);
        int[] arr = l.ToArray();
        Console.WriteLine(arr.Length + " " + arr[arr.Length - 1]);
        var cap = new List<string>(50);
        Console.WriteLine(cap.Capacity + " " + cap.Count);
        cap.Add("x"); cap.TrimExcess();
        Console.WriteLine(cap.Capacity);
        ReadOnlyCollection<int> ro = l.AsReadOnly();
        Console.WriteLine(ro.Count + " " + ro[0]);
        try { ((IList<int>)ro).Add(1); } catch (NotSupportedException e) { Console.WriteLine("NotSupported " + e.GetType().Name); }
        try { var x = l[100]; } catch (ArgumentOutOfRangeException e) { Console.WriteLine("AOORE " + e.ParamName); }
        try { foreach (var x in l) if (x == 4) l.Add(5); } catch (InvalidOperationException e) { Console.WriteLine("IOE " + e.GetType().Name); }
        var strs = new List<string> { "pear", "fig", "apple", "kiwi" };
        strs.Sort();
        Console.WriteLine(S(strs));
        strs.Sort((a, b) => a.Length.CompareTo(b.Length));
        Console.WriteLine(S(strs));
        strs.Clear();
        Console.WriteLine(strs.Count);
        var nested = new List<List<int>>();
        for (int i = 0; i < 3; i++) { nested.Add(new List<int>()); for (int j = 0; j <= i; j++) nested[i].Add(j); }
        foreach (var n in nested) Console.Write(S(n));
        Console.WriteLine();
        var big = new List<int>();
        for (int i = 0; i < 10000; i++) big.Add(i * 7 % 10007);
        big.Sort();
        Console.WriteLine(big[0] + " " + big[5000] + " " + big[9999]);
        var copy = new List<int>(l);
        copy[0] = -1;
        Console.WriteLine(l[0] + " " + copy[0]);
        l.Sort(2, 3, Comparer<int>.Default);
        Console.WriteLine(S(l));
        Console.WriteLine(S(new List<int>(new[] { 3, 1, 2 }).ToArray()));
    }
}
