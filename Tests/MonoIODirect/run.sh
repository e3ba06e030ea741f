#!/usr/bin/env bash
# Differential run of MonoIODirect.cs: on mono through its reflection stand-in for System.IO.MonoIO,
# on Ilex with the stand-in removed and every call bound to mscorlib's MonoIO (Ilex does not check
# member access). Prints the differences; exits 0 when there are none.
# Usage: Tests/MonoIODirect/run.sh [ILEX]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ilex=$(realpath "${1:-$here/../../.build/release/ilex}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mcs -nologo -unsafe -nowarn:169,649 -out:"$tmp/mono.exe" "$here/MonoIODirect.cs"
mono "$tmp/mono.exe" > "$tmp/mono.out"
monodis "$tmp/mono.exe" > "$tmp/program.il"
python3 - "$tmp/program.il" "$tmp/ilex.il" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
# Drop the stand-in types (the .namespace System.IO blocks), then point their uses at mscorlib.
text = re.sub(r'\.namespace System\.IO\n\{.*?\n\}\n', '', text, flags=re.S)
for name in ['MonoIOError', 'MonoFileType', 'MonoIOStat', 'MonoIO']:
    text = re.sub(r'(?<![\w\].])System\.IO\.' + name + r'\b', '[mscorlib]System.IO.' + name, text)
open(sys.argv[2], 'w').write(text)
PY
ilasm -quiet -output:"$tmp/ilex.exe" "$tmp/ilex.il"
"$ilex" run "$tmp/ilex.exe" > "$tmp/ilex.out"
if diff "$tmp/mono.out" "$tmp/ilex.out"; then echo "MonoIODirect: $(wc -l < "$tmp/mono.out") lines, same as mono"; else exit 1; fi
