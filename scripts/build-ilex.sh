#!/usr/bin/env bash
# Builds .build/release/ilex as users get it (scripts/example.sh, the benchmarks, the start-up
# symbol order): release, with the Swift runtime linked in statically (docs/architecture.md,
# "Memory at start-up"). The test script builds without it: `swift test` would rebuild everything.
# Every function in its own section (-function-sections, dependencies included), so that the
# linker's symbol order (scripts/startup-order.txt) can move single functions, not whole files.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product ilex --static-swift-stdlib -Xswiftc -Xfrontend -Xswiftc -function-sections
