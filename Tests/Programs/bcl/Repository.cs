// Interfaces and generics working together: a generic repository over an interface constraint,
// IEnumerable<T> implemented by hand with an iterator, IComparer<T> passed to Sort, covariance
// through IEnumerable<object>, default(T), generic methods inferring types, Func composition.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
interface IEntity { int Id { get; } string Name { get; } }
class User : IEntity { public int Id { get; set; } public string Name { get; set; } public override string ToString() => Name + "#" + Id; }
class Repository<T> : IEnumerable<T> where T : class, IEntity {
    readonly Dictionary<int, T> items = new Dictionary<int, T>();
    public void Add(T item) => items[item.Id] = item;
    public T Find(int id) => items.TryGetValue(id, out var item) ? item : default(T);
    public IEnumerator<T> GetEnumerator() { foreach (var key in items.Keys.OrderBy(k => k)) yield return items[key]; }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
class ByName : IComparer<User> { public int Compare(User a, User b) => string.CompareOrdinal(a.Name, b.Name); }
class Generic {
    static T FirstOr<T>(IEnumerable<T> xs, T fallback) { foreach (var x in xs) return x; return fallback; }
    static Func<A, C> Compose<A, B, C>(Func<A, B> f, Func<B, C> g) => x => g(f(x));
    static void Main() {
        var repo = new Repository<User>();
        repo.Add(new User { Id = 3, Name = "carol" }); repo.Add(new User { Id = 1, Name = "alice" }); repo.Add(new User { Id = 2, Name = "bob" });
        Console.WriteLine(string.Join(", ", repo));
        Console.WriteLine((repo.Find(2)?.Name ?? "none") + " " + (repo.Find(9)?.Name ?? "none"));
        var list = repo.ToList(); list.Sort(new ByName()); list.Reverse(); Console.WriteLine(string.Join(" ", list));
        IEnumerable<object> objects = repo; Console.WriteLine(objects.Count() + " " + FirstOr(objects, "x"));
        Console.WriteLine(FirstOr(new int[0], -1) + " " + FirstOr(new[] { "a" }, "b"));
        var f = Compose<int, string, int>(x => new string('*', x), s => s.Length * 10); Console.WriteLine(f(4));
        var byLength = repo.GroupBy(u => u.Name.Length).OrderBy(g => g.Key).Select(g => g.Key + ":" + string.Join("/", g.Select(u => u.Name)));
        Console.WriteLine(string.Join(" ", byLength));
    }
}
