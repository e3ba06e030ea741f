// Structs in arrays and generic methods over structs: a particle system and a generic sum.
using System;
using System.Collections.Generic;
struct Vector { public double X, Y; public Vector(double x, double y) { X = x; Y = y; } public static Vector operator +(Vector a, Vector b) => new Vector(a.X + b.X, a.Y + b.Y); public double Length2 => X * X + Y * Y; }
struct Particle { public Vector Position, Velocity; public int Bounces; }
interface IMeasure<T> { double Measure(T value); }
struct LengthMeasure : IMeasure<Vector> { public double Measure(Vector v) => v.Length2; }
static class Structs {
    static double Total<T, M>(T[] items, M measure) where M : struct, IMeasure<T> { double t = 0; for (int i = 0; i < items.Length; i++) t += measure.Measure(items[i]); return t; }
    static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    static int Main(string[] args) {
        int n = args.Length > 0 ? int.Parse(args[0]) : 30000;
        var particles = new Particle[1000];
        for (int i = 0; i < particles.Length; i++) { particles[i].Position = new Vector(i % 100, i / 100); particles[i].Velocity = new Vector((i % 7) - 3, (i % 5) - 2); }
        var positions = new Vector[particles.Length];
        double checksum = 0;
        for (int step = 0; step < n; step++) {
            for (int i = 0; i < particles.Length; i++) {
                ref Particle p = ref particles[i];
                p.Position = p.Position + p.Velocity;
                if (p.Position.X < 0 || p.Position.X > 100) { p.Velocity.X = -p.Velocity.X; p.Bounces++; }
                if (p.Position.Y < 0 || p.Position.Y > 100) { p.Velocity.Y = -p.Velocity.Y; p.Bounces++; }
                positions[i] = p.Position;
            }
            Swap(ref positions[0], ref positions[positions.Length - 1]);
            checksum += Total(positions, new LengthMeasure()) * 1e-6;
        }
        var list = new List<Vector>(positions);
        foreach (var p in particles) checksum += p.Bounces;
        Console.WriteLine("checksum " + checksum.ToString("F3") + " " + list.Count);
        return 0;
    }
}
