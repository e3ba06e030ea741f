#!/usr/bin/env bash
# Builds and runs the metadata benchmark (release). Usage: bench/run-metadata.sh [ASSEMBLY] [RUNS]
# Uses its own scratch directory so it never contends with a concurrent build in .build.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=bench/metadata/.build
mkdir -p "$scratch"
if ! swift build -c release --scratch-path "$scratch" --product MetadataBench >"$scratch/bench-build.log" 2>&1; then
  cat "$scratch/bench-build.log" >&2
  echo "bench: build failed" >&2
  exit 1
fi
"$scratch/release/MetadataBench" "$@"
