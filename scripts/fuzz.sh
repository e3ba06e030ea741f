#!/usr/bin/env bash
# Fuzzes the metadata reader and disassembler with libFuzzer (+ AddressSanitizer) for SECONDS
# (default 60), seeded with small real assemblies. A crash leaves its input in Fuzz/build/crash-*.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
mkdir -p Fuzz/build/corpus
# Every source of the IlexMetadata module plus the entry point, as one module (no SwiftPM).
mapfile -t sources < <(find Sources/IlexMetadata -name '*.swift' | sort)
if ! swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name IlexFuzz \
     "${sources[@]}" Fuzz/FuzzMetadata.swift -o Fuzz/build/fuzz-metadata 2>Fuzz/build/compile.log; then
  grep -v "Cannot export local symbol" Fuzz/build/compile.log >&2
  echo "fuzz: compiling the fuzz target failed" >&2
  exit 1
fi
# Seeds: small images of each shape (forwarder facade, tiny facade, real code with generics and
# resources, a compiled program with EH, attributes, pointers, P/Invoke).
for seed in /usr/lib/mono/4.5/Facades/System.Runtime.dll /usr/lib/mono/4.5/Facades/System.Threading.dll \
            /usr/lib/mono/4.5/System.Json.dll; do
  [ -f "$seed" ] && cp "$seed" Fuzz/build/corpus/
done
if command -v mcs >/dev/null; then
  mcs -nologo -unsafe -out:Fuzz/build/corpus/DisSample.exe Tests/IlexMetadataTests/Programs/DisSample.cs >/dev/null
fi
cd Fuzz/build
status=0
./fuzz-metadata -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 -print_final_stats=1 \
  -artifact_prefix=./ corpus 2>&1 | grep -vE '^(#[0-9]+|"|###|INFO: |[[:space:]]+NEW_FUNC)' || status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
  echo "fuzz: libFuzzer stopped with status $status; the input is in Fuzz/build/ (crash-*, leak-*, oom-*, timeout-*)" >&2
  exit "$status"
fi
echo "fuzz: no crash in ${seconds}s"
