#!/usr/bin/env bash
# User-space instructions per call, deterministic: every (contender, workload) loop runs
# under `valgrind --tool=callgrind` at two loop counts, counting only the frame of
# `zb_measure` (the function that calls the loop, and everything below it: glibc's code
# included), and the table shows (I(N2) - I(N1)) / (N2 - N1). Fixed costs (the call,
# the loop's prologue, a first-call PLT resolution) cancel out; what is left is one
# iteration: the call itself plus the loop's own counter, compare, branch and the
# accumulator add, which are the same few instructions for every contender.
#
# The clock workload: valgrind gives the programs it runs no vDSO (no AT_SYSINFO_EHDR in
# their auxiliary vector), so under callgrind zcall, glibc and rustix all take their
# syscall fallback, and the clock row counts that fallback, not the vDSO path. The script
# asks the bench which path it takes natively and under valgrind and prints both.
#
# usage: bench/instructions.sh [--verify] [--disasm]
#   --verify  measure every cell twice and fail unless both runs agree exactly
#   --disasm  after the table, print each zcall loop beside the floor's (objdump)
# env: N1, N2 (loop counts, default 10000 and 20000)
set -euo pipefail
cd "$(dirname "$0")/.."

verify=0
disasm=0
for a in "$@"; do
    case "$a" in
        --verify) verify=1 ;;
        --disasm) disasm=1 ;;
        *) echo "usage: $0 [--verify] [--disasm]" >&2; exit 2 ;;
    esac
done
N1=${N1:-10000}
N2=${N2:-20000}

command -v valgrind >/dev/null || { echo "valgrind not found (apt-get install valgrind)" >&2; exit 1; }
cargo build --quiet --release -p zcall-bench
bin=${CARGO_TARGET_DIR:-target}/release/zcall-bench

# Instructions collected for one run of `--loop C W N [--threaded]`.
count() {
    local out
    out=$(valgrind --tool=callgrind --toggle-collect=zb_measure \
        --callgrind-out-file=/dev/null "$bin" --loop "$@" 2>&1) || {
        echo "run failed: $bin --loop $*" >&2
        echo "$out" >&2
        exit 1
    }
    awk '/Collected :/ { print $NF }' <<<"$out"
}

# Per-iteration count of one cell, exact (a fraction would show as such).
cell() {
    local a b
    a=$(count "$1" "$2" "$N1" "${@:3}")
    b=$(count "$1" "$2" "$N2" "${@:3}")
    awk -v a="$a" -v b="$b" -v n1="$N1" -v n2="$N2" 'BEGIN {
        d = (b - a) / (n2 - n1); if (d == int(d)) printf "%d", d; else printf "%.3f", d }'
}

measure() {
    local v w
    v=$(cell "$@")
    if [ "$verify" = 1 ]; then
        w=$(cell "$@")
        if [ "$v" != "$w" ]; then
            echo "NOT REPRODUCIBLE: $* gave $v then $w" >&2
            exit 1
        fi
    fi
    printf '%s' "$v"
}

pairs=$("$bin" --list 2>/dev/null)
has() { grep -qx "$1 $2" <<<"$pairs"; }

contenders=(floor zcall libc rustix syscalls)
workloads=(getpid write read enter6 ebadf short syscall6 uring_nop clock)

echo "cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1); kernel: $(uname -r); $(ldd --version | head -1)"
echo "user-space instructions per call (callgrind, (I($N2) - I($N1)) / $((N2 - N1))$([ "$verify" = 1 ] && echo ', every cell measured twice: identical'))"
printf '%-10s' workload
for c in "${contenders[@]}"; do printf ' %9s' "$c"; done
printf ' %12s %11s\n' "libc+thread" "zcall-floor"
for w in "${workloads[@]}"; do
    if ! has floor "$w"; then
        echo "$w: skipped ($("$bin" --list 2>&1 >/dev/null | grep "$w" || true))"
        continue
    fi
    printf '%-10s' "$w"
    floor=""
    zc=""
    for c in "${contenders[@]}"; do
        if has "$c" "$w"; then
            v=$(measure "$c" "$w")
            [ "$c" = floor ] && floor=$v
            [ "$c" = zcall ] && zc=$v
        else
            v="-"
        fi
        printf ' %9s' "$v"
    done
    printf ' %12s' "$(measure libc "$w" --threaded)"
    printf ' %11s\n' "$(awk -v a="$zc" -v b="$floor" 'BEGIN { d = a - b; printf (d > 0 ? "+%g" : "%g"), d }')"
done
echo "libc+thread: glibc with a second thread alive (its multi-threaded paths)."
if has floor clock; then
    native=$("$bin" --clock-source)
    grinded=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" --clock-source 2>/dev/null)
    echo "clock: clock_gettime(CLOCK_MONOTONIC); its floor column is the raw syscall (the kernel entry)."
    echo "clock: natively:        $native"
    echo "clock: under callgrind: $grinded"
    if grep -q 'AT_SYSINFO_EHDR=absent' <<<"$grinded"; then
        perfnote="perf not installed"
        if command -v perf >/dev/null; then
            if perf stat -x, -e instructions:u true 2>&1 >/dev/null | grep -q 'not supported'; then
                perfnote="<not supported> on this machine (no hardware counters)"
            else
                perfnote="available: perf stat -e instructions:u $bin --loop C clock N"
            fi
        fi
        echo "clock: so this row counts the SYSCALL FALLBACK of zcall, libc and rustix, not their vDSO path."
        echo "clock: the vDSO path: wall time (bench/run.sh); perf stat -e instructions:u: $perfnote."
    fi
fi

if [ "$disasm" = 1 ]; then
    for w in "${workloads[@]}"; do
        for c in floor zcall; do
            echo
            echo "== $c $w"
            objdump -d --no-show-raw-insn --no-addresses "--disassemble=zb_loop__${c}__$w" "$bin" |
                sed -n '/^<zb_loop/,/^$/p'
        done
    done
fi
