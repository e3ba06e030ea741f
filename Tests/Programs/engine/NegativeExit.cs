// Main returning a negative int: the exit status is its low 8 bits (-2 -> 254); no output.
class NegativeExit { static int Main() { int x = 3; return x - 5; } }
