// Rectangular and jagged arrays: 2D/3D indexing, GetLength, Rank, iteration order, matrix multiply, jagged ragged rows, array of arrays of strings.
using System;
class MultiDimArrays {
    static void Main() {
        int[,] m = new int[3, 4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) m[i, j] = i * 10 + j;
        Console.WriteLine(m.Rank + " " + m.Length + " " + m.GetLength(0) + " " + m.GetLength(1) + " " + m.GetUpperBound(1));
        for (int i = 0; i < 3; i++) { for (int j = 0; j < 4; j++) Console.Write(m[i, j].ToString().PadLeft(3)); Console.WriteLine(); }
        foreach (int x in m) Console.Write(x + " ");
        Console.WriteLine();
        int[,] lit = { { 1, 2 }, { 3, 4 }, { 5, 6 } };
        Console.WriteLine(lit[2, 1] + " " + lit.GetLength(0));
        double[,] A = { { 1, 2 }, { 3, 4 } };
        double[,] B = { { 5, 6 }, { 7, 8 } };
        var C = new double[2, 2];
        for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) for (int k = 0; k < 2; k++) C[i, j] += A[i, k] * B[k, j];
        Console.WriteLine(C[0, 0] + " " + C[0, 1] + " " + C[1, 0] + " " + C[1, 1]);
        int[,,] cube = new int[2, 3, 4];
        int n = 0;
        for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) for (int k = 0; k < 4; k++) cube[i, j, k] = n++;
        Console.WriteLine(cube[1, 2, 3] + " " + cube.Rank + " " + cube.Length + " " + cube.GetLength(2));
        int[][] jag = new int[4][];
        for (int i = 0; i < jag.Length; i++) { jag[i] = new int[i + 1]; for (int j = 0; j <= i; j++) jag[i][j] = (i == j || j == 0) ? 1 : jag[i - 1][j - 1] + jag[i - 1][j]; }
        foreach (var row in jag) Console.WriteLine(string.Join(" ", row));
        string[][] words = { new[] { "a", "b" }, new string[0], new[] { "c" } };
        Console.WriteLine(words.Length + " " + words[1].Length + " " + words[2][0]);
        var grid = new char[3, 3];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) grid[i, j] = (i + j) % 2 == 0 ? 'X' : 'O';
        for (int i = 0; i < 3; i++) { for (int j = 0; j < 3; j++) Console.Write(grid[i, j]); Console.WriteLine(); }
        var t = (int[,])lit.Clone();
        t[0, 0] = 100;
        Console.WriteLine(lit[0, 0] + " " + t[0, 0]);
        long[,] big = new long[100, 100];
        for (int i = 0; i < 100; i++) for (int j = 0; j < 100; j++) big[i, j] = (long)i * j;
        long s = 0; foreach (long v in big) s += v;
        Console.WriteLine(s);
        int[][,] mixed = new int[2][,];
        mixed[0] = new int[,] { { 1 } }; mixed[1] = new int[2, 2] { { 1, 2 }, { 3, 4 } };
        Console.WriteLine(mixed[1][1, 0]);
        var copy = new int[3, 2];
        Array.Copy(lit, copy, 6);
        Console.WriteLine(copy[2, 0]);
        Console.WriteLine(m.GetType().FullName + " " + jag.GetType().FullName);
        Array arr = Array.CreateInstance(typeof(string), 2, 3);
        arr.SetValue("hi", 1, 2);
        Console.WriteLine(arr.GetValue(1, 2) + " " + arr.Rank + " " + arr.GetType().Name);
        var lb = Array.CreateInstance(typeof(int), new[] { 3 }, new[] { 5 });
        lb.SetValue(42, 6);
        Console.WriteLine(lb.GetLowerBound(0) + " " + lb.GetUpperBound(0) + " " + lb.GetValue(6));
    }
}
