// Single-dimensional arrays of every element type: creation, length, loads and stores with
// narrowing, struct elements, arrays of arrays, array covariance; the exit code is a checksum.
struct Cell { public short A; public long B; public byte C; }
class Item { public int V; public Item(int v) { V = v; } }
class Arrays {
    static long Mix(long sum, long value) { return sum * 1000003 ^ value; }
    static int Main() {
        long sum = 31;
        byte[] bytes = new byte[10]; sbyte[] sbytes = new sbyte[3]; short[] shorts = new short[3]; ushort[] ushorts = new ushort[2];
        int[] ints = new int[100]; uint[] uints = new uint[2]; long[] longs = new long[5]; float[] floats = new float[4]; double[] doubles = new double[4];
        char[] chars = new char[3]; bool[] bools = new bool[2];
        for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)(i * 40);
        for (int i = 0; i < ints.Length; i++) ints[i] = i * i - 50;
        sbytes[0] = -5; sbytes[1] = 127; shorts[2] = -300; ushorts[1] = 65535; uints[0] = 4000000000; longs[4] = long.MinValue;
        floats[3] = 2.5f; doubles[2] = -0.125; chars[1] = 'Q'; bools[1] = true;
        long s = 0;
        foreach (byte b in bytes) s += b;
        foreach (int v in ints) s += v;
        sum = Mix(sum, s); sum = Mix(sum, sbytes[0] + sbytes[1]); sum = Mix(sum, shorts[2]); sum = Mix(sum, ushorts[1]); sum = Mix(sum, uints[0]);
        sum = Mix(sum, longs[4]); sum = Mix(sum, (long)(floats[3] * 8)); sum = Mix(sum, (long)(doubles[2] * 64)); sum = Mix(sum, chars[1]); sum = Mix(sum, bools[1] ? 1 : 0);
        sum = Mix(sum, ints.Length + longs.Length);
        Cell[] cells = new Cell[4];
        cells[2].A = -2; cells[2].B = 1L << 40; cells[2].C = 9; Cell copy = cells[2]; copy.C = 1;
        sum = Mix(sum, cells[2].A + cells[2].B + cells[2].C + copy.C);
        int[][] jagged = new int[3][];
        for (int i = 0; i < 3; i++) { jagged[i] = new int[i + 1]; jagged[i][i] = i + 10; }
        sum = Mix(sum, jagged[2][2] + jagged[1].Length);
        Item[] items = new Item[3]; items[0] = new Item(4); items[2] = new Item(6);
        object[] objects = items;    // covariance
        sum = Mix(sum, ((Item)objects[2]).V + (objects[1] == null ? 100 : 0));
        string[] words = { "alpha", "beta" };
        sum = Mix(sum, words[1].Length + words[0].Length);
        return (int)((sum ^ (sum >> 19) ^ (sum >> 41)) & 0x7F);
    }
}
