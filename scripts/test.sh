#!/usr/bin/env bash
# The project's test command (README, .ci/run): set-up, release build, every test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release
swift test -c release
