// Multi-dimensional arrays: creation, Get/Set/Address through indexing and ref, lengths and ranks,
// bounds checks; the exit code is a checksum.
using System;
class MultiArrays {
    static int Main() {
        int[,] grid = new int[3, 4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) grid[i, j] = i * 10 + j;
        long sum = 0;
        foreach (int v in grid) sum += v;
        sum = sum * 31 + grid[2, 3] + grid.Length + grid.Rank * 100 + grid.GetLength(1) * 1000;
        double[,,] cube = new double[2, 2, 2];
        cube[1, 1, 1] = 2.5; cube[0, 1, 0] += 1.25;
        sum = sum * 31 + (long)((cube[1, 1, 1] + cube[0, 1, 0]) * 4);
        string[,] names = new string[2, 2];
        names[1, 0] = "hi";
        sum = sum * 31 + names[1, 0].Length + (names[0, 0] == null ? 7 : 0);
        ref int cell = ref grid[1, 2];
        cell += 100;
        sum = sum * 31 + grid[1, 2];
        try { grid[3, 0] = 1; } catch (IndexOutOfRangeException) { sum = sum * 31 + 5; }
        return (int)(sum % 251);
    }
}
