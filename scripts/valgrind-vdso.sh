#!/usr/bin/env bash
# The vDSO clocks under valgrind (memcheck): builds the vdso test binary
# (tests/tests/vdso.rs) and runs it with `valgrind --error-exitcode=1`, then builds the
# no-libc program (examples/nolibc) and runs it under valgrind too. Either failing — a test
# failure, a memcheck error, or a crash — fails the script.
#
#   bash scripts/valgrind-vdso.sh [extra test-harness arguments, e.g. a test name filter]
#
# valgrind shows a program either no vDSO or its own view of one; zcall then takes the
# syscall path, and the test output says which path ran ("vdso: clock_gettime source = …").
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v valgrind >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get install -y -qq valgrind >/dev/null
    else
        echo "valgrind-vdso: valgrind is not installed (apt-get install valgrind)" >&2
        exit 1
    fi
fi

# 1. The vdso integration tests.
# `|| true`: under pipefail a failed build or a grep that finds nothing would end the
# script here, before the diagnostic below.
bin=$(cargo test -p zcall-tests --test vdso --no-run --message-format=json 2>/dev/null |
    grep -o '"executable":"[^"]*"' | tail -n 1 | cut -d'"' -f4 || true)
if [ -z "$bin" ] || [ ! -x "$bin" ]; then
    echo "valgrind-vdso: could not build the vdso test binary" >&2
    cargo test -p zcall-tests --test vdso --no-run >&2 || true
    exit 1
fi
echo "== valgrind $bin"
# --trace-children: tests that run themselves again as a new process run under valgrind too.
valgrind --error-exitcode=1 --trace-children=yes "$bin" "$@"

# 2. The program with no libc: same build as tests/tests/nolibc.rs does.
host=$(rustc -vV | sed -n 's/^host: //p')
nolibc_dir=target/debug/nolibc-build
flags=$(printf -- '-Cpanic=abort\x1f-Crelocation-model=static')
# musl: leave out rustc's self-contained crt objects (not on gnu: it would turn off rust-lld).
case "$host" in
    *musl*) flags=$flags$(printf -- '\x1f-Clink-self-contained=no') ;;
esac
CARGO_ENCODED_RUSTFLAGS=$flags \
    cargo build --quiet -p zcall-nolibc --features executable --bin zcall-nolibc \
    --target "$host" --target-dir "$nolibc_dir"
prog=$nolibc_dir/$host/debug/zcall-nolibc
echo "== valgrind $prog one two"
set +e
ZCALL_GREETING=valgrind valgrind --error-exitcode=99 "$prog" one two
status=$?
set -e
# The program exits with its argc (3); valgrind's own error status would be 99.
if [ "$status" -ne 3 ]; then
    echo "valgrind-vdso: zcall-nolibc under valgrind exited with $status, expected 3" >&2
    exit 1
fi
echo "valgrind-vdso: ok (vdso tests and zcall-nolibc ran clean under valgrind)"
