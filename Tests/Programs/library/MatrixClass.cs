// Realistic: a Matrix class with indexers, operators, transpose, determinant, inverse (Gauss-Jordan), identity, equality with tolerance, formatted printing, solving a linear system.
using System;
using System.Globalization;
using System.Text;
class Matrix {
    readonly double[,] a;
    public int Rows { get; } public int Cols { get; }
    public Matrix(int r, int c) { Rows = r; Cols = c; a = new double[r, c]; }
    public Matrix(double[,] data) : this(data.GetLength(0), data.GetLength(1)) { Array.Copy(data, a, data.Length); }
    public double this[int i, int j] { get { return a[i, j]; } set { a[i, j] = value; } }
    public static Matrix Identity(int n) { var m = new Matrix(n, n); for (int i = 0; i < n; i++) m[i, i] = 1; return m; }
    public static Matrix operator +(Matrix x, Matrix y) { Check(x.Rows == y.Rows && x.Cols == y.Cols); var m = new Matrix(x.Rows, x.Cols); for (int i = 0; i < x.Rows; i++) for (int j = 0; j < x.Cols; j++) m[i, j] = x[i, j] + y[i, j]; return m; }
    public static Matrix operator *(Matrix x, Matrix y) {
        Check(x.Cols == y.Rows);
        var m = new Matrix(x.Rows, y.Cols);
        for (int i = 0; i < x.Rows; i++) for (int j = 0; j < y.Cols; j++) { double s = 0; for (int k = 0; k < x.Cols; k++) s += x[i, k] * y[k, j]; m[i, j] = s; }
        return m;
    }
    public static Matrix operator *(double k, Matrix x) { var m = new Matrix(x.Rows, x.Cols); for (int i = 0; i < x.Rows; i++) for (int j = 0; j < x.Cols; j++) m[i, j] = k * x[i, j]; return m; }
    static void Check(bool ok) { if (!ok) throw new InvalidOperationException("dimension mismatch"); }
    public Matrix Transpose() { var m = new Matrix(Cols, Rows); for (int i = 0; i < Rows; i++) for (int j = 0; j < Cols; j++) m[j, i] = a[i, j]; return m; }
    public double Determinant() {
        Check(Rows == Cols);
        var m = new Matrix(a); double det = 1;
        for (int c = 0; c < Rows; c++) {
            int p = c; for (int r = c + 1; r < Rows; r++) if (Math.Abs(m[r, c]) > Math.Abs(m[p, c])) p = r;
            if (Math.Abs(m[p, c]) < 1e-12) return 0;
            if (p != c) { m.SwapRows(p, c); det = -det; }
            det *= m[c, c];
            for (int r = c + 1; r < Rows; r++) { double f = m[r, c] / m[c, c]; for (int k = c; k < Cols; k++) m[r, k] -= f * m[c, k]; }
        }
        return det;
    }
    void SwapRows(int x, int y) { for (int k = 0; k < Cols; k++) { double t = a[x, k]; a[x, k] = a[y, k]; a[y, k] = t; } }
    public Matrix Inverse() {
        Check(Rows == Cols);
        int n = Rows; var m = new Matrix(a); var inv = Identity(n);
        for (int c = 0; c < n; c++) {
            int p = c; for (int r = c + 1; r < n; r++) if (Math.Abs(m[r, c]) > Math.Abs(m[p, c])) p = r;
            if (Math.Abs(m[p, c]) < 1e-12) throw new InvalidOperationException("singular matrix");
            m.SwapRows(p, c); inv.SwapRows(p, c);
            double d = m[c, c];
            for (int k = 0; k < n; k++) { m[c, k] /= d; inv[c, k] /= d; }
            for (int r = 0; r < n; r++) if (r != c) { double f = m[r, c]; for (int k = 0; k < n; k++) { m[r, k] -= f * m[c, k]; inv[r, k] -= f * inv[c, k]; } }
        }
        return inv;
    }
    public bool ApproxEquals(Matrix o, double eps = 1e-9) { if (o.Rows != Rows || o.Cols != Cols) return false; for (int i = 0; i < Rows; i++) for (int j = 0; j < Cols; j++) if (Math.Abs(a[i, j] - o[i, j]) > eps) return false; return true; }
    public override string ToString() {
        var sb = new StringBuilder();
        for (int i = 0; i < Rows; i++) { sb.Append("["); for (int j = 0; j < Cols; j++) sb.Append((Math.Abs(a[i, j]) < 1e-12 ? 0.0 : a[i, j]).ToString("F3", CultureInfo.InvariantCulture).PadLeft(9)); sb.Append(" ]"); if (i < Rows - 1) sb.AppendLine(); }
        return sb.ToString();
    }
}
class MatrixClass {
    static void Main() {
        var A = new Matrix(new double[,] { { 2, -1, 0 }, { -1, 2, -1 }, { 0, -1, 2 } });
        var B = new Matrix(new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } });
        Console.WriteLine("A =\n" + A);
        Console.WriteLine("A^T =\n" + A.Transpose());
        Console.WriteLine("A*B =\n" + (A * B));
        Console.WriteLine("2A + I =\n" + (2 * A + Matrix.Identity(3)));
        Console.WriteLine("det(A) = " + A.Determinant().ToString("F6", CultureInfo.InvariantCulture));
        var inv = A.Inverse();
        Console.WriteLine("inv(A) =\n" + inv);
        Console.WriteLine("A*inv(A) == I: " + (A * inv).ApproxEquals(Matrix.Identity(3)));
        var b = new Matrix(new double[,] { { 1 }, { 0 }, { 1 } });
        Console.WriteLine("solve A x = b: x =\n" + (inv * b));
        try { var bad = B * B; } catch (InvalidOperationException e) { Console.WriteLine("error: " + e.Message); }
        var S = new Matrix(new double[,] { { 1, 2 }, { 2, 4 } });
        Console.WriteLine("det(S) = " + S.Determinant());
        try { S.Inverse(); } catch (InvalidOperationException e) { Console.WriteLine("error: " + e.Message); }
        var H = new Matrix(4, 4);
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) H[i, j] = 1.0 / (i + j + 1);
        Console.WriteLine("Hilbert det = " + H.Determinant().ToString("E4", CultureInfo.InvariantCulture));
        Console.WriteLine("Hilbert inverse round trip: " + (H * H.Inverse()).ApproxEquals(Matrix.Identity(4), 1e-6));
        Console.WriteLine("inv(H)[0,0..3] = " + string.Join(" ", new[] { 0, 1, 2, 3 }.Select(j => Math.Round(H.Inverse()[0, j]).ToString(CultureInfo.InvariantCulture))));
        var R = new Matrix(new double[,] { { 0, -1 }, { 1, 0 } });
        var P = Matrix.Identity(2);
        for (int k = 0; k < 4; k++) P = P * R;
        Console.WriteLine("rotation^4 == I: " + P.ApproxEquals(Matrix.Identity(2)));
    }
}
static class Ext { public static System.Collections.Generic.IEnumerable<TR> Select<T, TR>(this T[] xs, Func<T, TR> f) { foreach (var x in xs) yield return f(x); } }
