#!/usr/bin/env bash
# Installs what Ilex needs on a fresh Debian machine, idempotently: mono's runtime (the oracle),
# mcs (the C# compiler), monodis (mono-utils), ilasm (only in mono-devel), mscorlib, libffi, and
# the static C++ library ilex links in (libstdc++.a, with libgcc_eh.a from libgcc-12-dev; Package.swift).
set -euo pipefail
packages=(mono-runtime mono-mcs mono-utils mono-devel libmono-corlib4.5-cil libffi-dev libstdc++-12-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "setup: installing ${missing[*]}"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
  echo "setup: failed to install ${missing[*]} with apt-get" >&2
  exit 1
fi
for tool in mono mcs monodis ilasm; do
  command -v "$tool" >/dev/null || { echo "setup: $tool still missing after install" >&2; exit 1; }
done
