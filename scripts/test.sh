#!/usr/bin/env bash
# The project's test command (README, .ci/run): set-up, release build, every test suite, then one
# closing line "tests: N passed, M failed" summed from XCTest's report. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# SWIFT_SCRATCH=.build-x bash scripts/test.sh builds in another scratch directory (parallel work).
scratch=()
[ -n "${SWIFT_SCRATCH:-}" ] && scratch=(--scratch-path "$SWIFT_SCRATCH")
if ! swift build -c release "${scratch[@]}"; then
  echo "tests: build failed" >&2
  exit 1
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
swift test -c release "${scratch[@]}" 2>&1 | tee "$log" || status=$?
summary=$(grep -E "^[[:space:]]*Executed [0-9]+ tests?, with [0-9]+ failures?" "$log" | tail -n 1 || true)
if [ -z "$summary" ]; then
  echo "tests: no XCTest summary found (build or runner failure)" >&2
  exit 1
fi
total=$(echo "$summary" | sed -E 's/.*Executed ([0-9]+) tests?.*/\1/')
failed=$(echo "$summary" | sed -E 's/.*with ([0-9]+) failures?.*/\1/')
# A crashed test process prints no failure count for the test it was in: count it as one.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi


# The program corpus on the built ilex (DESIGN.md §9).
programs_log=$(mktemp)
programs_status=0
bash scripts/run-programs.sh "${SWIFT_SCRATCH:-.build}/release/ilex" | tee "$programs_log" || programs_status=$?
programs_summary=$(grep -E "^programs: [0-9]+ passed, [0-9]+ failed" "$programs_log" | tail -n 1 || true)
rm -f "$programs_log"
if [ -z "$programs_summary" ]; then
  echo "tests: the program runner printed no summary" >&2
  programs_passed=0; programs_failed=1
else
  programs_passed=$(echo "$programs_summary" | sed -E 's/programs: ([0-9]+) passed.*/\1/')
  programs_failed=$(echo "$programs_summary" | sed -E 's/.*, ([0-9]+) failed/\1/')
fi
total=$((total + programs_passed + programs_failed))
failed=$((failed + programs_failed))

# The corpus again under GC stress with heap verification (DESIGN.md §5), the allocation-heavy
# program inside a 2 MB heap, and the heap-limit programs inside 16 MB; each run counts as one test.
# A collection at every allocation makes allocation-heavy programs hundreds of times slower
# (library/PrimeSieve: 0.2 s, 60 s under stress), hence the longer timeout there.
for run in "ILEX_GC_STRESS=1 ILEX_GC_VERIFY=1 PROGRAM_TIMEOUT=600 :" "ILEX_MAX_HEAP=2m :Garbage" "PROGRAMS=Tests/HeapLimit ILEX_MAX_HEAP=16m :"; do
  total=$((total + 1))
  variables="${run%%:*}"
  filter="${run#*:}"
  # The failures' names and the summary line, each marked with the run's settings.
  if env $variables bash scripts/run-programs.sh "${SWIFT_SCRATCH:-.build}/release/ilex" "$filter" | grep -E '^(FAIL|programs:)' | sed "s|^|[$variables] |"; then :; else failed=$((failed + 1)); fi
done

# DESIGN.md §8: no ARC or allocation in the interpreter loop (one test).
total=$((total + 1))
bash scripts/check-loop.sh "${SWIFT_SCRATCH:-.build}/release/ilex" || failed=$((failed + 1))

echo "tests: $((total - failed)) passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$programs_status" -eq 0 ]
