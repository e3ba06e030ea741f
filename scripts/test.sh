#!/usr/bin/env bash
# The project's test command (README, .ci/run): set-up, release build, every test suite, then one
# closing line "tests: N passed, M failed" summed from XCTest's report.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
swift test -c release 2>&1 | tee "$log" || status=$?
summary=$(grep -E "^[[:space:]]*Executed [0-9]+ tests?, with [0-9]+ failures?" "$log" | tail -n 1 || true)
if [ -z "$summary" ]; then
  echo "tests: no XCTest summary found (build or runner failure)" >&2
  exit 1
fi
total=$(echo "$summary" | sed -E 's/.*Executed ([0-9]+) tests?.*/\1/')
failed=$(echo "$summary" | sed -E 's/.*with ([0-9]+) failures?.*/\1/')
echo "tests: $((total - failed)) passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
