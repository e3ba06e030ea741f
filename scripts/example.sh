#!/usr/bin/env bash
# The README's first command: installs what Ilex needs, builds it, compiles an example C# program
# with mcs and shows it through Ilex (`ilex info`, `ilex dis`). Running programs comes with the engine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product ilex
mkdir -p .cache/example
mcs -nologo -out:.cache/example/Hello.exe examples/Hello.cs
.build/release/ilex info .cache/example/Hello.exe
.build/release/ilex dis .cache/example/Hello.exe --type Hello
