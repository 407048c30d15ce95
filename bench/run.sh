#!/usr/bin/env bash
# Wall-time tables from a build of the bench in which every function is aligned to a
# page (4 KiB): on this machine code placement alone moved byte-identical loops by up to
# 35% before that. The flag goes to the bench crate only (`cargo rustc` passes it to the
# final crate, not to its dependencies); every loop, and every zcall/rustix/syscalls
# stub inlined into it, is compiled in that crate. glibc's own functions are in libc.so
# and keep their placement. A separate target dir keeps the ordinary build untouched.
#
# usage: bench/run.sh [zcall-bench arguments: --procs P --rounds R --sample-us U
#                      --cpu C --single --threaded]; ZCALL_BENCH_SCALE=k multiplies rounds
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=target/bench-aligned
cargo rustc --quiet --release -p zcall-bench --bin zcall-bench -- \
    -C llvm-args=-align-all-functions=12
exec "$CARGO_TARGET_DIR/release/zcall-bench" "$@"
