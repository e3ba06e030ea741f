#!/usr/bin/env python3
"""The benchmark suite (issue "Benchmark suite and interpreter performance"): builds bench/programs
with mcs, runs each on Ilex, mono --interpreter, mono (JIT) and CoreCLR 3.1 side by side in one
run (the runtimes alternate within every round), checks that all print the same checksum, and
reports the median wall time and peak RSS of each, the ratios Ilex / mono --interpreter and
Ilex / mono JIT, and their geometric means. Hello world start-up is also compared with
`mono -O=-aot` (mono without its precompiled corlib).

Usage: bench/run.py [--quick] [--runs N] [--only NAME,...] [--ilex PATH] [--write]
  --quick   small sizes (a smoke test of the harness; the figures mean little)
  --write   write bench/RESULTS.md (the table the README quotes)
Measurements: wall time from fork to exit, peak RSS from wait4's rusage (the child alone).
"""
import argparse, datetime, math, os, platform, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
BUILD = os.path.join(ROOT, ".cache", "bench")
DOTNET_DIR = os.path.join(ROOT, ".cache", "dotnet")

# name: (what it stresses, default size (1-4 s on mono's JIT), quick size)
BENCHMARKS = {
    "Calls":        ("recursive calls (fib, tak)", "38", "27"),
    "NBody":        ("floating point on object fields", "5000000", "100000"),
    "BinaryTrees":  ("allocation and GC", "16", "12"),
    "Fannkuch":     ("int arrays", "10", "8"),
    "SpectralNorm": ("double arrays", "2000", "200"),
    "Sieve":        ("bounds-checked loops (sieve, matrix multiply)", "20000000", "1000000"),
    "Dispatch":     ("virtual, interface and delegate calls", "20000000", "500000"),
    "WordCount":    ("strings, StringBuilder, Dictionary", "900000", "30000"),
    "Exceptions":   ("throw and catch through finally blocks", "300000", "20000"),
    "Linq":         ("LINQ to objects", "120", "4"),
    "Structs":      ("structs in arrays, generic methods over structs", "30000", "500"),
    "Hello":        ("start-up: hello world", "", ""),
}

def ensure_dotnet():
    """CoreCLR 3.1 from PyPI (dotnetcore2 3.1.23), unpacked under .cache/dotnet."""
    dotnet = os.path.join(DOTNET_DIR, "dotnetcore2", "bin", "dotnet")
    if not os.path.exists(dotnet):
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", DOTNET_DIR,
                        "dotnetcore2==3.1.23"], check=True)
        os.chmod(dotnet, 0o755)
    config = os.path.join(BUILD, "coreclr.runtimeconfig.json")
    with open(config, "w") as f:
        f.write('{ "runtimeOptions": { "tfm": "netcoreapp3.1", "framework": { "name": "Microsoft.NETCore.App", '
                '"version": "3.1.23" }, "configProperties": { "System.Globalization.Invariant": true } } }\n')
    return [dotnet, "exec", "--runtimeconfig", config]

def compile_programs(names):
    os.makedirs(BUILD, exist_ok=True)
    for name in names:
        source = os.path.join(BENCH, "programs", name + ".cs")
        exe = os.path.join(BUILD, name + ".exe")
        if not os.path.exists(exe) or os.path.getmtime(exe) < os.path.getmtime(source):
            subprocess.run(["mcs", "-nologo", "-optimize+", "-out:" + exe, source], check=True)

def run(command):
    """(wall seconds, peak RSS in KB, first line of stdout, exit code) of one run."""
    start = time.monotonic()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.dup2(write_fd, 1)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(read_fd)
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    os.close(write_fd)
    chunks = []
    while True:
        chunk = os.read(read_fd, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(read_fd)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.monotonic() - start
    output = b"".join(chunks).decode(errors="replace").strip().splitlines()
    code = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss, (output[0] if output else ""), code

def geomean(values):
    values = [v for v in values if v and v > 0]
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else float("nan")

def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default="")
    parser.add_argument("--ilex", default="", help="an ilex to measure instead of building one")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--no-coreclr", action="store_true")
    args = parser.parse_args()
    if not args.ilex:
        subprocess.run(["bash", os.path.join(ROOT, "scripts", "build-ilex.sh")], check=True)
        args.ilex = os.path.join(ROOT, ".build", "release", "ilex")
    names = [n for n in BENCHMARKS if not args.only or n in args.only.split(",")]
    compile_programs(names)
    runtimes = {"ilex": [args.ilex, "run"], "mono-interp": ["mono", "--interpreter"], "mono-jit": ["mono"]}
    if not args.no_coreclr:
        runtimes["coreclr"] = ensure_dotnet()
    results = {}
    failures = []
    for name in names:
        size = BENCHMARKS[name][2 if args.quick else 1]
        exe = os.path.join(BUILD, name + ".exe")
        order = dict(runtimes)
        if name == "Hello":
            order["mono-noaot"] = ["mono", "-O=-aot"]
        samples = {r: [] for r in order}
        checksums = {}
        for _ in range(args.runs):
            for runtime, command in order.items():
                elapsed, rss, first, code = run(command + [exe] + ([size] if size else []))
                samples[runtime].append((elapsed, rss))
                checksums.setdefault(runtime, set()).add((first, code))
        expected = checksums["mono-jit"]
        for runtime, seen in checksums.items():
            if seen != expected:
                failures.append(f"{name}: {runtime} printed {sorted(seen)} where mono printed {sorted(expected)}")
        results[name] = {r: (statistics.median(s[0] for s in v), statistics.median(s[1] for s in v)) for r, v in samples.items()}
        row = results[name]
        print(f"{name:13} " + "  ".join(f"{r} {t:7.3f}s {m / 1024:6.1f}MB" for r, (t, m) in row.items())
              + f"  ilex/interp {row['ilex'][0] / row['mono-interp'][0]:.2f}  ilex/jit {row['ilex'][0] / row['mono-jit'][0]:.2f}", flush=True)
    interp = geomean([results[n]["ilex"][0] / results[n]["mono-interp"][0] for n in names])
    jit = geomean([results[n]["ilex"][0] / results[n]["mono-jit"][0] for n in names])
    print(f"geometric mean: ilex/mono-interp {interp:.2f}, ilex/mono-jit {jit:.2f}")
    for failure in failures:
        print("CHECKSUM MISMATCH " + failure)
    if args.write:
        write_results(results, names, interp, jit, args, failures)
    return 1 if failures else 0

def write_results(results, names, interp, jit, args, failures):
    columns = ["ilex", "mono-interp", "mono-jit"] + (["coreclr"] if not args.no_coreclr else [])
    lines = ["# Benchmark results", "",
             f"`bench/run.py --write` on {datetime.date.today().isoformat()}, {platform.machine()}, "
             f"{os.cpu_count()} cores; median of {args.runs} alternating runs per runtime"
             + (" (quick sizes)" if args.quick else "") + ". Time is whole-process wall time; memory is peak RSS.", "",
             "| benchmark | what it stresses | " + " | ".join(f"{c} s / MB" for c in columns)
             + " | ilex / mono-interp | ilex / mono-jit |",
             "|---|---|" + "---|" * len(columns) + "---|---|"]
    for name in names:
        row = results[name]
        cells = [f"{row[c][0]:.3f} / {row[c][1] / 1024:.1f}" for c in columns]
        lines.append(f"| {name} | {BENCHMARKS[name][0]} | " + " | ".join(cells)
                     + f" | {row['ilex'][0] / row['mono-interp'][0]:.2f} | {row['ilex'][0] / row['mono-jit'][0]:.2f} |")
    lines += ["", f"Geometric mean: **Ilex / mono --interpreter {interp:.2f}**, Ilex / mono JIT {jit:.2f}."]
    if "Hello" in results and "mono-noaot" in results["Hello"]:
        hello = results["Hello"]
        lines.append(f"Hello world: Ilex {hello['ilex'][0]:.3f} s / {hello['ilex'][1] / 1024:.1f} MB, "
                     f"`mono -O=-aot` {hello['mono-noaot'][0]:.3f} s / {hello['mono-noaot'][1] / 1024:.1f} MB.")
    if failures:
        lines += ["", "Checksum mismatches:"] + [f"- {f}" for f in failures]
    with open(os.path.join(BENCH, "RESULTS.md"), "w") as f:
        f.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    sys.exit(main())
