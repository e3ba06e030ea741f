// Floating point on object fields: the n-body simulation of the Computer Language Benchmarks Game.
using System;
class Body { public double X, Y, Z, VX, VY, VZ, Mass; }
static class NBody {
    const double SolarMass = 4 * Math.PI * Math.PI, DaysPerYear = 365.24;
    static Body[] MakeBodies() {
        Body[] b = {
            new Body { Mass = SolarMass },
            new Body { X = 4.84143144246472090e+00, Y = -1.16032004402742839e+00, Z = -1.03622044471123109e-01, VX = 1.66007664274403694e-03 * DaysPerYear, VY = 7.69901118419740425e-03 * DaysPerYear, VZ = -6.90460016972063023e-05 * DaysPerYear, Mass = 9.54791938424326609e-04 * SolarMass },
            new Body { X = 8.34336671824457987e+00, Y = 4.12479856412430479e+00, Z = -4.03523417114321381e-01, VX = -2.76742510726862411e-03 * DaysPerYear, VY = 4.99852801234917238e-03 * DaysPerYear, VZ = 2.30417297573763929e-05 * DaysPerYear, Mass = 2.85885980666130812e-04 * SolarMass },
            new Body { X = 1.28943695621391310e+01, Y = -1.51111514016986312e+01, Z = -2.23307578892655734e-01, VX = 2.96460137564761618e-03 * DaysPerYear, VY = 2.37847173959480950e-03 * DaysPerYear, VZ = -2.96589568540237556e-05 * DaysPerYear, Mass = 4.36624404335156298e-05 * SolarMass },
            new Body { X = 1.53796971148509165e+01, Y = -2.59193146099879641e+01, Z = 1.79258772950371181e-01, VX = 2.68067772490389322e-03 * DaysPerYear, VY = 1.62824170038242295e-03 * DaysPerYear, VZ = -9.51592254519715870e-05 * DaysPerYear, Mass = 5.15138902046611451e-05 * SolarMass },
        };
        double px = 0, py = 0, pz = 0;
        foreach (var body in b) { px += body.VX * body.Mass; py += body.VY * body.Mass; pz += body.VZ * body.Mass; }
        b[0].VX = -px / SolarMass; b[0].VY = -py / SolarMass; b[0].VZ = -pz / SolarMass;
        return b;
    }
    static void Advance(Body[] bodies, double dt) {
        for (int i = 0; i < bodies.Length; i++) {
            Body a = bodies[i];
            for (int j = i + 1; j < bodies.Length; j++) {
                Body b = bodies[j];
                double dx = a.X - b.X, dy = a.Y - b.Y, dz = a.Z - b.Z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * Math.Sqrt(d2));
                a.VX -= dx * b.Mass * mag; a.VY -= dy * b.Mass * mag; a.VZ -= dz * b.Mass * mag;
                b.VX += dx * a.Mass * mag; b.VY += dy * a.Mass * mag; b.VZ += dz * a.Mass * mag;
            }
        }
        foreach (var body in bodies) { body.X += dt * body.VX; body.Y += dt * body.VY; body.Z += dt * body.VZ; }
    }
    static double Energy(Body[] bodies) {
        double e = 0;
        for (int i = 0; i < bodies.Length; i++) {
            Body a = bodies[i];
            e += 0.5 * a.Mass * (a.VX * a.VX + a.VY * a.VY + a.VZ * a.VZ);
            for (int j = i + 1; j < bodies.Length; j++) {
                Body b = bodies[j];
                double dx = a.X - b.X, dy = a.Y - b.Y, dz = a.Z - b.Z;
                e -= a.Mass * b.Mass / Math.Sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }
    static int Main(string[] args) {
        int n = args.Length > 0 ? int.Parse(args[0]) : 5000000;
        Body[] bodies = MakeBodies();
        double before = Energy(bodies);
        for (int i = 0; i < n; i++) Advance(bodies, 0.01);
        Console.WriteLine("checksum " + before.ToString("F9") + " " + Energy(bodies).ToString("F9"));
        return 0;
    }
}
