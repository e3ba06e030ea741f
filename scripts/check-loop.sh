#!/usr/bin/env bash
# Checks DESIGN.md §8 on the built binary: the interpreter loop (IlexVM.Interpreter.run) calls no
# ARC entry points (swift_retain/swift_release/swift_bridgeObject*) and allocates no Swift objects
# (swift_allocObject). Prints the calls it does make. Usage: scripts/check-loop.sh [ILEX]
set -eu
cd "$(dirname "$0")/.."
binary="${1:-.build/release/ilex}"
# IlexVM.Interpreter.run (mangled "...11InterpreterO3run_..."), not its default-argument thunks (…fA<n>_).
start=$(nm "$binary" | awk '$3 ~ /11InterpreterO3run_/ && $3 !~ /fA[0-9]+_$/ { print $1; exit }')
[ -n "${start:-}" ] || { echo "check-loop: Interpreter.run not found in $binary" >&2; exit 1; }
# The loop ends where the next symbol starts.
end=$(nm -n "$binary" | awk -v s="$start" 'found { print $1; exit } $1 == s { found = 1 }')
calls=$(objdump -d --no-show-raw-insn --start-address=0x$start --stop-address=0x$end "$binary" | grep -E "call" | sed -E 's/.*call +[0-9a-f]+ //' | sort | uniq -c)
echo "check-loop: calls made by the interpreter loop:"
echo "$calls" | sed 's/^/  /'
if echo "$calls" | grep -qE "swift_(retain|release|allocObject|bridgeObject)"; then
  echo "check-loop: FAIL: the interpreter loop touches ARC or allocates" >&2
  exit 1
fi
echo "check-loop: no ARC traffic or allocation in the loop"
