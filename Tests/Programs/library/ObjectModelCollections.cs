// System.Collections.ObjectModel: ReadOnlyDictionary, ObservableCollection CollectionChanged events (add/insert/remove/replace/move/reset), Collection<T> with overridden InsertItem/RemoveItem, ReadOnlyCollection.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Collections.Specialized;
using System.Linq;
class LoggingCollection : Collection<string> {
    protected override void InsertItem(int index, string item) { Console.WriteLine("  insert " + item + " at " + index); base.InsertItem(index, item.ToUpperInvariant()); }
    protected override void RemoveItem(int index) { Console.WriteLine("  remove at " + index); base.RemoveItem(index); }
}
class ObjectModelCollections {
    static void Main() {
        var ro = new ReadOnlyDictionary<string, int>(new Dictionary<string, int> { { "k", 1 } });
        Console.WriteLine(ro["k"] + " " + ro.Count + " " + ro.ContainsKey("z"));
        try { ((IDictionary<string, int>)ro).Add("n", 2); } catch (NotSupportedException) { Console.WriteLine("ReadOnlyDictionary is read-only"); }
        var oc = new ObservableCollection<int>();
        oc.CollectionChanged += (s, e) => Console.WriteLine("  changed: " + e.Action + " new=" + (e.NewItems == null ? "-" : string.Join(",", e.NewItems.Cast<int>())) + " old=" + (e.OldItems == null ? "-" : string.Join(",", e.OldItems.Cast<int>())));
        oc.Add(1); oc.Add(2); oc.Insert(0, 0); oc.Remove(1); oc[0] = 10; oc.Move(0, 1); oc.Clear();
        Console.WriteLine("observable count " + oc.Count);
        var lc = new LoggingCollection { "a", "b" };
        lc.Insert(1, "mid"); lc.RemoveAt(0);
        Console.WriteLine(string.Join(",", lc));
        var rc = new ReadOnlyCollection<int>(new List<int> { 3, 4 });
        Console.WriteLine(rc.Count + " " + rc[1] + " " + rc.Contains(3));
    }
}
