#!/usr/bin/env bash
# Builds and runs the metadata benchmark (release). Usage: bench/run-metadata.sh [ASSEMBLY] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product MetadataBench >/dev/null
.build/release/MetadataBench "$@"
