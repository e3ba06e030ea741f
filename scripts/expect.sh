#!/usr/bin/env bash
# Writes the expected results of corpus programs from mono, the oracle: NAME.expected (stdout) and
# NAME.exit (exit code, only when not 0), running with NAME.args and NAME.stdin as the corpus runner
# does (in the source's folder). NAME.oracle holds options for mono where its JIT departs from
# ECMA-335 and its interpreter does not (e.g. --interpreter); the test says why. Usage: scripts/expect.sh Tests/Programs/area/NAME.cs ...
# Read what it wrote before committing: a program mono rejects is a bug in the test.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for source in "$@"; do
  base="${source%.*}"
  case "$source" in
    *.cs) mcs -nologo -unsafe -out:"$tmp/p.exe" "$source" ;;
    *.il) ilasm -quiet -output:"$tmp/p.exe" "$source" ;;
  esac
  status=0
  arguments=()
  [ -f "$base.args" ] && read -r -a arguments < "$base.args"
  input=/dev/null
  [ -f "$base.stdin" ] && input="$(realpath "$base.stdin")"
  oracle=()
  [ -f "$base.oracle" ] && read -r -a oracle < "$base.oracle"
  (cd "$(dirname "$source")" && mono "${oracle[@]}" "$tmp/p.exe" "${arguments[@]}" <"$input") > "$base.expected" 2>"$tmp/stderr" || status=$?
  rm -f "$base.exit"
  [ "$status" -ne 0 ] && echo "$status" > "$base.exit"
  [ -s "$base.expected" ] || rm -f "$base.expected"
  echo "$source: exit $status$([ -s "$tmp/stderr" ] && echo ", stderr: $(head -c 200 "$tmp/stderr" | tr '\n' ' ')")"
done
