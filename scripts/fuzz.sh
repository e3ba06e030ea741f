#!/usr/bin/env bash
# Fuzzes the metadata reader and disassembler with libFuzzer (+ AddressSanitizer) for SECONDS
# (default 60), seeded with small real assemblies. A crash leaves its input in Fuzz/build/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
mkdir -p Fuzz/build/corpus
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name IlexFuzz \
  $(find Sources/IlexMetadata -name '*.swift' | sort) Fuzz/FuzzMetadata.swift -o Fuzz/build/fuzz-metadata
for seed in /usr/lib/mono/4.5/Facades/System.Runtime.dll /usr/lib/mono/4.5/Facades/System.Threading.dll \
            /usr/lib/mono/4.5/System.Numerics.dll; do
  [ -f "$seed" ] && cp "$seed" Fuzz/build/corpus/
done
cd Fuzz/build
./fuzz-metadata -max_total_time="$seconds" -max_len=400000 -rss_limit_mb=4096 -print_final_stats=1 corpus
