#!/usr/bin/env bash
# The program corpus runner (DESIGN.md §9): compiles every Tests/Programs/**/NAME.cs (mcs) and
# NAME.il (ilasm) into a cache keyed by the source's content, runs it on Ilex, and compares its
# stdout with NAME.expected and its exit code with NAME.exit (0 when that file is absent). Both
# files are what mono produced (scripts/expect.sh writes them). NAME.args (one line of words) gives
# the program its command-line arguments, NAME.stdin its standard input (else /dev/null). Prints one line per failure and
# ends with "programs: N passed, M failed". Usage: scripts/run-programs.sh [ILEX] [FILTER]
set -uo pipefail
cd "$(dirname "$0")/.."
ilex=$(realpath "${1:-.build/release/ilex}")
filter="${2:-}"
# PROGRAMS=Tests/HeapLimit runs another folder of programs the same way.
root="${PROGRAMS:-Tests/Programs}"
# Seconds a program may run before it counts as hung; GC stress runs need more (scripts/test.sh).
timeout="${PROGRAM_TIMEOUT:-60}"
cache=$PWD/.cache/programs
mkdir -p "$cache"
passed=0
failed=0
while IFS= read -r source; do
  [[ -n "$filter" && "$source" != *"$filter"* ]] && continue
  base="${source%.*}"
  name="${base#$root/}"
  hash=$(sha1sum "$source" | cut -c1-16)
  # Named p.exe as scripts/expect.sh names it: the assembly's name is the file's.
  exe="$cache/$hash/p.exe"
  if [ ! -f "$exe" ]; then
    mkdir -p "$cache/$hash"
    case "$source" in
      *.cs) compile=(mcs -nologo -unsafe -out:"$exe" "$source") ;;
      *.il) compile=(ilasm -quiet -output:"$exe" "$source") ;;
    esac
    if ! output=$("${compile[@]}" 2>&1); then
      echo "FAIL $name: does not compile: $output"
      failed=$((failed + 1))
      continue
    fi
  fi
  expected_exit=0
  [ -f "$base.exit" ] && expected_exit=$(cat "$base.exit")
  arguments=()
  [ -f "$base.args" ] && read -r -a arguments < "$base.args"
  input=/dev/null
  [ -f "$base.stdin" ] && input="$(realpath "$base.stdin")"
  actual=$(cd "$(dirname "$source")" && timeout "$timeout" "$ilex" run "$exe" "${arguments[@]}" <"$input" 2>"$cache/stderr")
  status=$?
  expected=""
  [ -f "$base.expected" ] && expected=$(cat "$base.expected")
  if [ "$actual" == "$expected" ] && [ "$status" -eq "$expected_exit" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $name: exit $status (mono: $expected_exit)$([ "$actual" != "$expected" ] && echo ", stdout differs")"
    sed 's/^/    /' "$cache/stderr" | head -5
  fi
done < <(find "$root" -name '*.cs' -o -name '*.il' | sort)
echo "programs: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
