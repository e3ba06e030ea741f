// Realistic: Conway's Game of Life on a wrapping grid with a glider, blinker and R-pentomino: generations rendered as text, population counts, bool[,] arrays, HashSet of cells for cycle detection.
using System;
using System.Collections.Generic;
using System.Text;
class Life {
    bool[,] cells; public int W, H;
    public Life(int w, int h) { W = w; H = h; cells = new bool[h, w]; }
    public void Set(int x, int y) { cells[(y + H) % H, (x + W) % W] = true; }
    public void Place(string pattern, int ox, int oy) { var rows = pattern.Split('/'); for (int y = 0; y < rows.Length; y++) for (int x = 0; x < rows[y].Length; x++) if (rows[y][x] == '#') Set(ox + x, oy + y); }
    int Neighbors(int x, int y) { int n = 0; for (int dy = -1; dy <= 1; dy++) for (int dx = -1; dx <= 1; dx++) if ((dx != 0 || dy != 0) && cells[(y + dy + H) % H, (x + dx + W) % W]) n++; return n; }
    public void Step() {
        var next = new bool[H, W];
        for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) { int n = Neighbors(x, y); next[y, x] = cells[y, x] ? (n == 2 || n == 3) : n == 3; }
        cells = next;
    }
    public int Population { get { int c = 0; foreach (bool b in cells) if (b) c++; return c; } }
    public string Key() { var sb = new StringBuilder(); foreach (bool b in cells) sb.Append(b ? '1' : '0'); return sb.ToString(); }
    public override string ToString() { var sb = new StringBuilder(); for (int y = 0; y < H; y++) { for (int x = 0; x < W; x++) sb.Append(cells[y, x] ? '#' : '.'); sb.Append('\n'); } return sb.ToString(); }
}
class GameOfLife {
    static void Main() {
        var g = new Life(8, 6);
        g.Place(".#./..#/###", 0, 0);
        for (int gen = 0; gen <= 4; gen++) { Console.WriteLine("glider gen " + gen + " pop " + g.Population); Console.Write(g); g.Step(); }
        var b = new Life(5, 5);
        b.Place("###", 1, 2);
        var seen = new Dictionary<string, int>();
        for (int gen = 0; gen < 10; gen++) {
            string k = b.Key();
            if (seen.ContainsKey(k)) { Console.WriteLine("blinker repeats gen " + seen[k] + " at gen " + gen + " period " + (gen - seen[k])); break; }
            seen[k] = gen; b.Step();
        }
        var r = new Life(40, 30);
        r.Place(".##/##./.#.", 18, 13);
        var pops = new List<int>();
        for (int gen = 0; gen < 60; gen++) { pops.Add(r.Population); r.Step(); }
        Console.WriteLine("r-pentomino populations: " + string.Join(",", pops));
        var block = new Life(4, 4);
        block.Place("##/##", 1, 1);
        string before = block.Key(); block.Step();
        Console.WriteLine("block is still life: " + (before == block.Key()));
        var empty = new Life(3, 3); empty.Step();
        Console.WriteLine("empty stays empty: " + (empty.Population == 0));
    }
}
