// Multi-dimensional arrays: rank 2 and 3, GetLength/GetLowerBound/GetUpperBound, out-of-range
// indices per dimension (IndexOutOfRangeException), negative dimension sizes (OverflowException),
// arrays with non-zero lower bounds from Array.CreateInstance (GetValue/SetValue), element refs
// into rank-2 arrays of structs, and iteration order of foreach (row-major).
using System;
struct Cell { public int V; }
class MultiDimBounds {
    static string R(Func<object> f) { try { object o = f(); return o == null ? "null" : o.ToString(); } catch (Exception e) { return e.GetType().Name; } }
    static int N(int x) { return x; }
    static void Main() {
        int[,] m = new int[3, 4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) m[i, j] = i * 10 + j;
        Console.WriteLine("Rank " + m.Rank + ", Length " + m.Length + ", GetLength(0) " + m.GetLength(0) + ", GetLength(1) " + m.GetLength(1) + ", upper " + m.GetUpperBound(1));
        Console.WriteLine("m[2,3]: " + m[2, 3] + ", m[3,0]: " + R(() => m[N(3), 0]) + ", m[0,4]: " + R(() => m[0, N(4)]) + ", m[-1,0]: " + R(() => m[N(-1), 0]) + ", m[0,-1]: " + R(() => m[0, N(-1)]));
        Console.WriteLine("store m[1,4]: " + R(() => { m[1, N(4)] = 5; return "stored"; }));
        string order = ""; foreach (int v in m) order += v + " "; Console.WriteLine("foreach order: " + order);
        Console.WriteLine("new int[-1, 2]: " + R(() => new int[N(-1), 2]) + ", new int[2, -1]: " + R(() => new int[2, N(-1)]) + ", new int[0, 5].Length: " + R(() => new int[N(0), 5].Length));
        long[,,] cube = new long[2, 3, 4]; cube[1, 2, 3] = long.MaxValue; cube[0, 0, 0] = -1;
        Console.WriteLine("rank 3: " + cube.Rank + " " + cube.Length + " " + cube[1, 2, 3] + " " + cube[0, 0, 0] + " " + cube.GetLength(2) + ", [1,3,0]: " + R(() => cube[1, N(3), 0]));
        Cell[,] cells = new Cell[2, 2]; cells[1, 0].V = 7; cells[1, 0].V++; Bump(ref cells[0, 1]); Console.WriteLine("struct elements in place: " + cells[1, 0].V + " " + cells[0, 1].V);
        string[,] strs = { { "a", "b" }, { "c", "d" }, { "e", "f" } }; Console.WriteLine("initializer: " + strs[2, 1] + strs[0, 0] + " dims " + strs.GetLength(0) + "x" + strs.GetLength(1));
        Array lb = Array.CreateInstance(typeof(int), new int[] { 3, 2 }, new int[] { 5, -1 });
        Console.WriteLine("lower bounds: " + lb.GetLowerBound(0) + " " + lb.GetLowerBound(1) + ", upper: " + lb.GetUpperBound(0) + " " + lb.GetUpperBound(1));
        lb.SetValue(42, 7, 0); Console.WriteLine("GetValue(7, 0): " + lb.GetValue(7, 0) + ", GetValue(4, 0): " + R(() => lb.GetValue(4, 0)) + ", GetValue(5, 1): " + R(() => lb.GetValue(5, 1)));
        int[,] cast = (int[,])lb; Console.WriteLine("indexer with lower bounds cast[7, 0]: " + cast[7, 0] + ", cast[0, 0]: " + R(() => cast[N(0), 0]));
        Array one = Array.CreateInstance(typeof(string), new int[] { 2 }, new int[] { 1 });
        Console.WriteLine("rank-1 with lower bound 1 is string[]: " + (one is string[]) + ", type " + one.GetType().Name);
        int[,] copy = (int[,])m.Clone(); copy[0, 0] = -5; Console.WriteLine("clone: " + m[0, 0] + " " + copy[0, 0]);
        int[][,] mixed = new int[2][,]; mixed[1] = new int[2, 2]; mixed[1][1, 1] = 9; Console.WriteLine("jagged of rank-2: " + mixed[1][1, 1] + " " + (mixed[0] == null));
        object o = m; Console.WriteLine("is int[,]: " + (o is int[,]) + ", is int[]: " + (o is int[]) + ", is Array: " + (o is Array) + ", is long[,]: " + (o is long[,]));
    }
    static void Bump(ref Cell c) { c.V += 100; }
}
