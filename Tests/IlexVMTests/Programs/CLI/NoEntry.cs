// A library: no entry point.
public class Library { public static int Twice(int x) { return 2 * x; } }
