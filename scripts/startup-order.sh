#!/usr/bin/env bash
# Regenerates scripts/startup-order.txt, the linker's symbol order for ilex (Package.swift): every
# function of the ilex binary that running hello world executes, so that the linker puts start-up
# code together. The kernel maps code 64 KB around each page fault, so scattered start-up code made
# most of the binary resident (docs/architecture.md, "Memory at start-up"). Needs valgrind.
# Symbols missing from the list are placed after it; a stale list costs memory, never correctness.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "startup-order: needs valgrind (apt-get install valgrind)" >&2; exit 1; }
bash scripts/build-ilex.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mcs -nologo -out:"$work/Hello.exe" bench/programs/Hello.cs
# valgrind refuses the binary's debug information; a copy without it keeps the symbol table.
cp .build/release/ilex "$work/ilex"
strip --strip-debug "$work/ilex"
valgrind --tool=callgrind --demangle=no --compress-strings=no --callgrind-out-file="$work/callgrind.out" \
  "$work/ilex" run "$work/Hello.exe" >/dev/null
# A name the binary defines more than once (local symbols such as merged `...Tm` functions) would
# move every section that defines it, whole `.text` sections of stdlib archives included: such
# names are left where they are.
nm --defined-only "$work/ilex" | awk '{ print $3 }' | sort | uniq -d > "$work/ambiguous"
# fn= lines name the functions executed, ob= the object file they are in. Callgrind marks a
# function's recursion levels with 'N and names code without a symbol by its address.
awk -v binary="$work/ilex" -v ambiguous="$work/ambiguous" '
  BEGIN { while ((getline name < ambiguous) > 0) shared[name] = 1 }
  /^ob=/ { inside = (substr($0, 4) == binary) }
  /^fn=/ && inside {
    name = substr($0, 4); sub(/'"'"'[0-9]+$/, "", name)
    if (name ~ /^0x/ || (name in seen)) next
    seen[name] = 1
    if (!(name in shared)) print name
  }
' "$work/callgrind.out" |
  # Sorted, mangled names group a module's and a type's functions as their source does. In the
  # order callgrind first saw them, the interpreter's hot helpers lay scattered among start-up
  # code: NBody ran 15% slower.
  LC_ALL=C sort > scripts/startup-order.txt
echo "startup-order: $(wc -l < scripts/startup-order.txt) functions in scripts/startup-order.txt"
