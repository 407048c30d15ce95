#!/usr/bin/env bash
# Installs what the native test suite needs beyond Rust, only if it is missing:
# binutils (readelf/objdump, for the no-libc and codegen checks) and valgrind.
set -euo pipefail
need=()
command -v readelf >/dev/null 2>&1 || need+=(binutils)
command -v objdump >/dev/null 2>&1 || need+=(binutils)
command -v valgrind >/dev/null 2>&1 || need+=(valgrind)
[ ${#need[@]} -eq 0 ] && exit 0
echo "installing: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${need[@]}" >/dev/null
