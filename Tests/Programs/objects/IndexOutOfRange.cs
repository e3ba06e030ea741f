// An array index past the end that nothing catches: exit 1 on mono.
class IndexOutOfRange { static int Main() { int[] a = new int[3]; int i = 3; return a[i]; } }
