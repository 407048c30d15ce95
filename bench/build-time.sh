#!/usr/bin/env bash
# What zcall costs at build time, measured on this machine: cold `cargo build` (debug) of
# one small program per contender, each in its own project in a temporary directory
# outside the workspace, and the per-crate timing of zcall's build.
#
#   bash bench/build-time.sh            (ZCALL_BUILD_RUNS=N: runs per program, default 3)
#
# Programs (same surface: write(2) to stdout, getpid, getppid):
#   std          std only (the floor: what any Rust program pays)
#   zcall        zcall's wrappers (a path dependency on this repository's zcall, default
#                features: the wrappers' pre-expanded copies, no proc-macro crate)
#   zcall+attr   the same, with getppid declared by hand through #[zcall::syscall] (the
#                `macros` feature: zcall-macros, syn, quote, proc-macro2)
#   libc         the libc crate          rustix   the rustix crate (feature "process")
#   rustix+surface  the same rustix program with the features that cover zcall's wrappers
#                (event, fs, io_uring, mm, net, pipe, process, thread, time): what a program
#                pays for rustix's version of the surface zcall always builds
#   syscalls     the syscalls crate (no default features but "std": no serde)
#   sc           the sc crate
# The crates.io dependencies are the newest versions cargo resolves when the script runs
# (printed). Downloads come from the shared CARGO_HOME (fetched once, before timing);
# every run has its own empty target directory, so each build is cold and offline.
# RUSTFLAGS and RUSTC_WRAPPER are unset (no sccache). Wall time per run and the median;
# CPU (user+sys) median as well, since machines differ in cores.
#
# Then one `cargo build --timings` of zcall+attr: start and duration of each unit on the
# critical path (followed back from the binary through the unit that unblocked it), from
# the UNIT_DATA array of cargo's HTML timing report (`--timings=json` is nightly-only).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${ZCALL_BUILD_RUNS:-3}
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "ZCALL_BUILD_RUNS must be a positive integer" >&2; exit 2; }
unset RUSTFLAGS CARGO_ENCODED_RUSTFLAGS CARGO_BUILD_RUSTFLAGS RUSTC_WRAPPER \
      CARGO_BUILD_RUSTC_WRAPPER RUSTC_WORKSPACE_WRAPPER CARGO_TARGET_DIR CARGO_BUILD_TARGET \
      CARGO_INCREMENTAL
export CARGO_TERM_COLOR=never CARGO_TERM_PROGRESS_WHEN=never

WORK=$(mktemp -d "${TMPDIR:-/tmp}/zcall-build-time.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
log() { printf '[build-time] %s\n' "$*" >&2; }

# project NAME DEPS MAIN: a binary crate $WORK/NAME
project() {
    mkdir -p "$WORK/$1/src"
    printf '[package]\nname = "bt-%s"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\n%s\n\n[workspace]\n' \
        "${1//+/-}" "$2" >"$WORK/$1/Cargo.toml"
    printf '%s\n' "$3" >"$WORK/$1/src/main.rs"
}

ZCALL_DEP="zcall = { path = \"$ROOT/zcall\" }"
ZCALL_ATTR_DEP="zcall = { path = \"$ROOT/zcall\", features = [\"macros\"] }"
project std "" '
use std::io::Write;
fn main() {
    let n = std::io::stdout().write(b"hello\n").unwrap();
    assert_eq!(n, 6);
    assert!(std::process::id() > 0 && std::os::unix::process::parent_id() > 0);
}'
project zcall "$ZCALL_DEP" '
use std::os::fd::AsFd;
fn main() {
    let n = zcall::write(std::io::stdout().as_fd(), b"hello\n").unwrap();
    assert_eq!(n, 6);
    assert!(zcall::getpid() > 0 && zcall::getppid() > 0);
}'
project zcall+attr "$ZCALL_ATTR_DEP" '
use std::os::fd::AsFd;
/// getppid(2), declared here.
#[zcall::syscall(nr = zcall::nr::GETPPID)]
fn getppid() -> u32;
fn main() {
    let n = zcall::write(std::io::stdout().as_fd(), b"hello\n").unwrap();
    assert_eq!(n, 6);
    assert!(zcall::getpid() > 0 && getppid() > 0);
}'
project libc 'libc = "0.2"' '
fn main() {
    let n = unsafe { libc::write(1, b"hello\n".as_ptr().cast(), 6) };
    assert_eq!(n, 6);
    assert!(unsafe { libc::getpid() } > 0 && unsafe { libc::getppid() } > 0);
}'
project rustix 'rustix = { version = "1", features = ["process"] }' '
use std::os::fd::AsFd;
fn main() {
    let n = rustix::io::write(std::io::stdout().as_fd(), b"hello\n").unwrap();
    assert_eq!(n, 6);
    let ppid = rustix::process::getppid().map(|p| p.as_raw_nonzero().get()).unwrap_or(0);
    assert!(rustix::process::getpid().as_raw_nonzero().get() > 0 && ppid > 0);
}'
project rustix+surface 'rustix = { version = "1", features = ["event", "fs", "io_uring", "mm", "net", "pipe", "process", "thread", "time"] }' '
use std::os::fd::AsFd;
fn main() {
    let n = rustix::io::write(std::io::stdout().as_fd(), b"hello\n").unwrap();
    assert_eq!(n, 6);
    let ppid = rustix::process::getppid().map(|p| p.as_raw_nonzero().get()).unwrap_or(0);
    assert!(rustix::process::getpid().as_raw_nonzero().get() > 0 && ppid > 0);
}'
project syscalls 'syscalls = { version = "0.8", default-features = false, features = ["std"] }' '
use syscalls::{syscall, Sysno};
fn main() {
    let b = b"hello\n";
    let n = unsafe { syscall!(Sysno::write, 1, b.as_ptr(), b.len()) }.unwrap();
    assert_eq!(n, 6);
    assert!(unsafe { syscall!(Sysno::getpid) }.unwrap() > 0);
    assert!(unsafe { syscall!(Sysno::getppid) }.unwrap() > 0);
}'
project sc 'sc = "0.2"' '
fn main() {
    let b = b"hello\n";
    let n = unsafe { sc::syscall!(WRITE, 1, b.as_ptr() as usize, b.len()) };
    assert_eq!(n, 6);
    assert!(unsafe { sc::syscall!(GETPID) } > 0 && unsafe { sc::syscall!(GETPPID) } > 0);
}'
PROGRAMS=(std zcall zcall+attr libc rustix rustix+surface syscalls sc)

# Resolve and download once (network allowed here only), then check each program runs.
for p in "${PROGRAMS[@]}"; do
    (cd "$WORK/$p" && cargo generate-lockfile -q && cargo fetch -q) \
        || { log "$p: cannot resolve or download its dependencies"; exit 1; }
    out=$(cd "$WORK/$p" && CARGO_TARGET_DIR="$WORK/check-$p" cargo run -q --offline --locked 2>&1) \
        || { log "$p: the program fails: $out"; exit 1; }
    [ "$out" = hello ] || { log "$p: printed '$out', not hello"; exit 1; }
    rm -rf "$WORK/check-$p"
done

# cold build of program $1 (run $2) into a fresh target dir: prints "wall cpu"; the
# crates it compiled (cargo's "Compiling name vX" lines, the program itself left out) go
# to $WORK/crates-$1
TIMES=$(mktemp)
cold_build() {
    local dir=$WORK/target-$1-$2 a b c0 c1
    rm -rf "$dir"
    times >"$TIMES"; c0=$(awk 'NR == 2 { s = 0; for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); s += a[1] * 60 + a[2] }; print s }' "$TIMES")
    a=$(date +%s.%N)
    (cd "$WORK/$1" && CARGO_TARGET_DIR=$dir cargo build --offline --locked) >"$WORK/out-$1" 2>&1 \
        || { cat "$WORK/out-$1" >&2; return 1; }
    b=$(date +%s.%N)
    times >"$TIMES"; c1=$(awk 'NR == 2 { s = 0; for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); s += a[1] * 60 + a[2] }; print s }' "$TIMES")
    rm -rf "$dir"
    sed -n 's/^ *Compiling \([^ ]*\) v\([^ ]*\).*/\1 \2/p' "$WORK/out-$1" | { grep -v '^bt-' || true; } | sort \
        | paste -sd, - | sed 's/,/, /g' >"$WORK/crates-$1"
    awk -v a="$a" -v b="$b" -v c="$c0" -v d="$c1" 'BEGIN { printf "%.2f %.2f\n", b - a, d - c }'
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A WALL CPU RUNS_OF
# Runs interleaved (program order rotates each round), so a change of machine load
# spreads over every program instead of falling on one.
for ((r = 1; r <= RUNS; r++)); do
    for p in "${PROGRAMS[@]}"; do
        log "round $r/$RUNS: $p"
        cold_build "$p" "$r" >"$WORK/time"
        read -r w c <"$WORK/time"
        WALL[$p]+="$w "; CPU[$p]+="$c "; RUNS_OF[$p]+="$w "
    done
    PROGRAMS=("${PROGRAMS[@]:1}" "${PROGRAMS[0]}")
done
PROGRAMS=(std zcall zcall+attr libc rustix rustix+surface syscalls sc)

echo "Cold \`cargo build\` (debug) of a program that writes to stdout and reads its pid and"
echo "parent pid, $RUNS runs each, on $(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)),"
echo "$(rustc -V), load average at the end $(cut -d' ' -f1-3 /proc/loadavg):"
echo
echo "| program | median wall s | median CPU s | runs (wall s) | crates built besides the program |"
echo "|---|---|---|---|---|"
for p in "${PROGRAMS[@]}"; do
    read -r -a ws <<<"${WALL[$p]}"; read -r -a cs <<<"${CPU[$p]}"
    echo "| $p | $(median "${ws[@]}") | $(median "${cs[@]}") | ${RUNS_OF[$p]% } | $(cat "$WORK/crates-$p" | grep . || echo -) |"
done

# ---- zcall's critical path, from cargo's timing report
(cd "$WORK/zcall+attr" && CARGO_TARGET_DIR="$WORK/timings" cargo build -q --offline --locked --timings) >/dev/null 2>&1
html=$(ls "$WORK"/timings/cargo-timings/cargo-timing-*.html | head -n1)
echo
echo "Critical path of the zcall+attr build (one \`cargo build --timings\` run; seconds from"
echo "the start of the build; each unit starts when the one above unblocks it, a library's"
echo "dependents as soon as its metadata is written, so starts may precede the end above):"
echo
python3 - "$html" <<'EOF'
import json, sys
h = open(sys.argv[1]).read()
i = h.index("const UNIT_DATA =") + len("const UNIT_DATA =")
units = json.loads(h[i:h.index(";\n", i)])
by_i = {u["i"]: u for u in units}
def label(u):
    t = u["target"].strip()
    return u["name"] + (f" ({t})" if t and not t.startswith(u["name"]) else "")
# Follow back from the last unit to finish: the unit whose completion (or whose metadata)
# unblocked it, and so on.
last = max(units, key=lambda u: u["start"] + u["duration"])
chain = [last]
while True:
    cur = chain[-1]["i"]
    prev = [u for u in units if cur in u["unblocked_units"] or cur in u["unblocked_rmeta_units"]]
    if not prev:
        break
    chain.append(max(prev, key=lambda u: u["start"] + u["duration"]))
chain.reverse()
print("| unit | version | start s | duration s | end s |")
print("|---|---|---|---|---|")
for u in chain:
    print(f"| {label(u)} | {u['version']} | {u['start']:.2f} | {u['duration']:.2f} | {u['start'] + u['duration']:.2f} |")
total = last["start"] + last["duration"]
print()
want = ["proc-macro2", "quote", "syn", "zcall-macros", "zcall"]
lib = {u["name"]: u for u in units if u["target"].strip() == "" and u["name"] in want}
parts = [f"{n} {lib[n]['duration']:.2f} s" for n in want if n in lib]
print(f"Libraries: {', '.join(parts)}; whole build {total:.2f} s.")
EOF
