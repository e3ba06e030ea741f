// Realistic: graph algorithms on adjacency lists: BFS shortest hops, DFS (recursive and iterative) orders, topological sort, connected components, cycle detection, Dijkstra with SortedSet, path reconstruction.
using System;
using System.Collections.Generic;
using System.Linq;
class Graph {
    public readonly Dictionary<string, List<KeyValuePair<string, int>>> Adj = new Dictionary<string, List<KeyValuePair<string, int>>>();
    readonly bool directed;
    public Graph(bool d) { directed = d; }
    void Node(string n) { if (!Adj.ContainsKey(n)) Adj[n] = new List<KeyValuePair<string, int>>(); }
    public void Edge(string a, string b, int w = 1) { Node(a); Node(b); Adj[a].Add(new KeyValuePair<string, int>(b, w)); if (!directed) Adj[b].Add(new KeyValuePair<string, int>(a, w)); }
    public IEnumerable<string> Neighbors(string n) { return Adj[n].Select(e => e.Key); }
}
class GraphAlgorithms {
    static Dictionary<string, int> Bfs(Graph g, string s) {
        var dist = new Dictionary<string, int> { { s, 0 } }; var q = new Queue<string>(); q.Enqueue(s);
        while (q.Count > 0) { var u = q.Dequeue(); foreach (var v in g.Neighbors(u)) if (!dist.ContainsKey(v)) { dist[v] = dist[u] + 1; q.Enqueue(v); } }
        return dist;
    }
    static void DfsRec(Graph g, string u, HashSet<string> seen, List<string> order) { if (!seen.Add(u)) return; order.Add(u); foreach (var v in g.Neighbors(u)) DfsRec(g, v, seen, order); }
    static List<string> DfsIter(Graph g, string s) {
        var order = new List<string>(); var seen = new HashSet<string>(); var st = new Stack<string>(); st.Push(s);
        while (st.Count > 0) { var u = st.Pop(); if (!seen.Add(u)) continue; order.Add(u); foreach (var v in g.Neighbors(u).Reverse()) if (!seen.Contains(v)) st.Push(v); }
        return order;
    }
    static List<string> TopoSort(Graph g) {
        var indeg = g.Adj.Keys.ToDictionary(k => k, k => 0);
        foreach (var kv in g.Adj) foreach (var e in kv.Value) indeg[e.Key]++;
        var ready = new SortedSet<string>(indeg.Where(kv => kv.Value == 0).Select(kv => kv.Key), StringComparer.Ordinal);
        var res = new List<string>();
        while (ready.Count > 0) { var u = ready.Min; ready.Remove(u); res.Add(u); foreach (var v in g.Neighbors(u)) if (--indeg[v] == 0) ready.Add(v); }
        if (res.Count != g.Adj.Count) throw new InvalidOperationException("graph has a cycle");
        return res;
    }
    static Tuple<Dictionary<string, int>, Dictionary<string, string>> Dijkstra(Graph g, string s) {
        var dist = g.Adj.Keys.ToDictionary(k => k, k => int.MaxValue); var prev = new Dictionary<string, string>();
        dist[s] = 0;
        var pq = new SortedSet<Tuple<int, string>>(Comparer<Tuple<int, string>>.Create((a, b) => a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : string.CompareOrdinal(a.Item2, b.Item2)));
        pq.Add(Tuple.Create(0, s));
        while (pq.Count > 0) {
            var cur = pq.Min; pq.Remove(cur);
            foreach (var e in g.Adj[cur.Item2]) {
                int nd = cur.Item1 + e.Value;
                if (nd < dist[e.Key]) { if (dist[e.Key] != int.MaxValue) pq.Remove(Tuple.Create(dist[e.Key], e.Key)); dist[e.Key] = nd; prev[e.Key] = cur.Item2; pq.Add(Tuple.Create(nd, e.Key)); }
            }
        }
        return Tuple.Create(dist, prev);
    }
    static string Path(Dictionary<string, string> prev, string s, string t) { var p = new List<string> { t }; while (t != s) { if (!prev.TryGetValue(t, out t)) return "unreachable"; p.Add(t); } p.Reverse(); return string.Join("->", p); }
    static void Main() {
        var g = new Graph(false);
        foreach (var e in "A-B A-C B-D C-D D-E E-F G-H".Split(' ')) { var p = e.Split('-'); g.Edge(p[0], p[1]); }
        var d = Bfs(g, "A");
        Console.WriteLine("bfs from A: " + string.Join(" ", d.OrderBy(kv => kv.Key).Select(kv => kv.Key + "=" + kv.Value)));
        var order = new List<string>(); DfsRec(g, "A", new HashSet<string>(), order);
        Console.WriteLine("dfs rec: " + string.Join(",", order));
        Console.WriteLine("dfs iter: " + string.Join(",", DfsIter(g, "A")));
        var seen = new HashSet<string>(); int comp = 0;
        foreach (var n in g.Adj.Keys.OrderBy(k => k)) if (!seen.Contains(n)) { var part = new List<string>(); DfsRec(g, n, seen, part); comp++; Console.WriteLine("component " + comp + ": " + string.Join(",", part.OrderBy(x => x))); }
        var dag = new Graph(true);
        foreach (var e in "shirt>tie tie>jacket pants>shoes pants>belt belt>jacket shirt>belt socks>shoes undershorts>pants undershorts>shoes".Split(' ')) { var p = e.Split('>'); dag.Edge(p[0], p[1]); }
        Console.WriteLine("topo: " + string.Join(" ", TopoSort(dag)));
        dag.Edge("jacket", "shirt");
        try { TopoSort(dag); } catch (InvalidOperationException ex) { Console.WriteLine("topo error: " + ex.Message); }
        var w = new Graph(true);
        foreach (var e in "S>A:7 S>B:2 B>A:3 A>C:1 B>C:8 C>D:2 B>D:9 D>T:1 C>T:6 X>T:1".Split(' ')) { var p = e.Split('>', ':'); w.Edge(p[0], p[1], int.Parse(p[2])); }
        var res = Dijkstra(w, "S");
        foreach (var kv in res.Item1.OrderBy(kv => kv.Key)) Console.WriteLine("dist S->" + kv.Key + " = " + (kv.Value == int.MaxValue ? "inf" : kv.Value.ToString()) + "  path " + Path(res.Item2, "S", kv.Key));
        var grid = new[] { "S.#.....", ".##.###.", "....#...", ".##...#T" };
        var gg = new Graph(false);
        for (int r = 0; r < grid.Length; r++) for (int c = 0; c < grid[r].Length; c++) {
            if (grid[r][c] == '#') continue;
            if (c + 1 < grid[r].Length && grid[r][c + 1] != '#') gg.Edge(r + "," + c, r + "," + (c + 1));
            if (r + 1 < grid.Length && grid[r + 1][c] != '#') gg.Edge(r + "," + c, (r + 1) + "," + c);
        }
        Console.WriteLine("maze steps S->T: " + Bfs(gg, "0,0")["3,7"]);
    }
}
