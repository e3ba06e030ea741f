// The example program of the README's first command.
using System;

public static class Hello
{
    static int Square(int x) => x * x;

    public static int Main(string[] args)
    {
        int sum = 0;
        for (int i = 1; i <= 10; i++) sum += Square(i);
        Console.WriteLine("Hello from Ilex: sum of squares 1..10 = " + sum);
        return 0;
    }
}
