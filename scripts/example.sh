#!/usr/bin/env bash
# The README's first command: installs what Ilex needs, builds it, compiles an example C# program
# with mcs, runs it on Ilex (with Mono's class library) and shows the counters of the run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-ilex.sh
mkdir -p .cache/example
mcs -nologo -out:.cache/example/Hello.exe examples/Hello.cs
.build/release/ilex run --stats .cache/example/Hello.exe
