#!/usr/bin/env bash
# Cross-architecture tests for the zcall workspace, on a Debian 12 x86_64 machine.
#
#   bash scripts/cross.sh [targets...]        (from anywhere; default: all twelve)
#
# Run targets (whole workspace test suite incl. doctests, examples built, under qemu-user):
#   aarch64-unknown-linux-gnu  riscv64gc-unknown-linux-gnu  loongarch64-unknown-linux-musl
#   i686-unknown-linux-gnu  armv7-unknown-linux-gnueabihf  powerpc-unknown-linux-gnu
#   s390x-unknown-linux-gnu  powerpc64le-unknown-linux-gnu
#   mips64el-unknown-linux-gnuabi64 (tier 3: build-std is its only std, and its `asm!` is
#   behind `asm_experimental_arch`, which zcall enables itself there; RUSTC_BOOTSTRAP=1
#   below stands for the nightly compiler a user needs)
# On i686, armv7, powerpc and powerpc64le the codegen check (bench/tests/codegen.rs) also
# runs, on the host, over that target's release build of bench/codegen-fixture and its
# objdump; its tests count in the target's line.
# Checked targets (cargo check of everything + a build of the zcall lib with
# -C link-dead-code, which is what assembles the asm! templates of every non-generic
# wrapper; nothing can run):
#   aarch64-apple-darwin  x86_64-apple-darwin  x86_64-unknown-freebsd
#   aarch64-unknown-freebsd  thumbv7neon-unknown-linux-gnueabihf
#
# i686 is linked statically (-C target-feature=+crt-static): a test that re-executes its own
# binary starts the child directly, and Debian registers no qemu binfmt handler for i386
# (amd64 kernels run i386 natively), so a dynamic child would need /lib/ld-linux.so.2,
# which this machine does not have; a static one runs on the host kernel. (The other
# choice, a binfmt handler for i386 through qemu, would send every i386 program on the
# machine through qemu.) The no-libc program is started through qemu-i386 explicitly.
#
# Workspace members with a trybuild dependency (the ui-tests package) are excluded: their
# .stderr files are blessed against the native compiler; run them natively. Override the
# list with ZCALL_CROSS_EXCLUDE="pkg ...".
# Other knobs: ZCALL_CROSS_TARGET_DIR (default target/cross), ZCALL_CROSS_PYTHON,
# ZCALL_CROSS_KEEP (1: keep each target's build directory after its run, the default
# outside CI; 0: remove it once the target is done, the default when CI is set, so the
# disk holds one target's build at a time). Builds carry no debug info
# (CARGO_PROFILE_DEV_DEBUG=0 unless set; symbols kept, CARGO_PROFILE_DEV_STRIP=none): a
# build-std test build with full debug info is several GB per target, and a failing test
# still names its file and line.
# Tests of the run targets see ZCALL_QEMU=<qemu version> in their environment.
#
# Uses Debian's rustc/cargo 1.96 (/usr/bin) with build-std (rustup can fetch no std for
# other targets here), not the rustup toolchain on PATH. Installs what is missing through
# scripts/install-cross-deps.sh. Builds go to target/cross (ZCALL_CROSS_TARGET_DIR), so
# the native target/ cache is untouched; full cargo output per target goes to
# target/cross/<triple>.log. Prints one closing line per target:
#   cross <triple>: N passed, M failed, K ignored      (run targets)
#   cross <triple>: check ok | check failed            (checked targets)
# and exits non-zero if any target failed or could not be set up.
set -euo pipefail

ALL_TARGETS=(aarch64-unknown-linux-gnu riscv64gc-unknown-linux-gnu loongarch64-unknown-linux-musl
             i686-unknown-linux-gnu armv7-unknown-linux-gnueabihf powerpc-unknown-linux-gnu
             s390x-unknown-linux-gnu powerpc64le-unknown-linux-gnu mips64el-unknown-linux-gnuabi64
             aarch64-apple-darwin x86_64-apple-darwin x86_64-unknown-freebsd
             aarch64-unknown-freebsd thumbv7neon-unknown-linux-gnueabihf)
LIB_PKG=zcall                 # built (not just checked) for the checked targets

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; }

targets=()
for a in "$@"; do
    case "$a" in
        -h|--help) usage; exit 0 ;;
        all) targets+=("${ALL_TARGETS[@]}") ;;
        *)
            known=0
            for t in "${ALL_TARGETS[@]}"; do [ "$a" = "$t" ] && known=1; done
            if [ "$known" = 0 ]; then
                echo "cross: unknown target '$a' (known: ${ALL_TARGETS[*]})" >&2
                exit 2
            fi
            targets+=("$a") ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${ALL_TARGETS[@]}")

OUT=${ZCALL_CROSS_TARGET_DIR:-$ROOT/target/cross}
mkdir -p "$OUT"

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
say() { printf '[cross] %s\n' "$*"; }
# CPU seconds (user+sys) used so far by this shell's finished children, into $CPU
# (times must run in this shell, not in a $(...) subshell)
TIMES_FILE=$(mktemp)
trap 'rm -f "$TIMES_FILE"' EXIT
cpu_now() {
    times >"$TIMES_FILE"
    CPU=$(awk 'NR == 2 { s = 0; for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); s += a[1] * 60 + a[2] }; printf "%.1f", s }' "$TIMES_FILE")
}
T0=$(now)

# ------------------------------------------------------------------ setup
declare -A result=()      # triple -> closing line
failed_any=0
tp=0; tf=0; ti=0
ran_any=0
for tr in "${targets[@]}"; do
    case "$tr" in *-linux-*) ran_any=1 ;; esac
done

t=$(now)
if ! bash "$ROOT/scripts/install-cross-deps.sh" "${targets[@]}" </dev/null; then
    say "setup: install-cross-deps.sh failed ($(secs "$t") s)"
    for tr in "${targets[@]}"; do echo "cross $tr: setup failed"; done
    exit 1
fi
say "setup: dependencies ok ($(secs "$t") s)"

# The cross toolchain: Debian's compiler with its matching std source, build-std.
export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc
CARGO=/usr/bin/cargo
export RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_unwind
export CARGO_TARGET_DIR="$OUT" CARGO_TERM_COLOR=never CARGO_TERM_PROGRESS_WHEN=never
export CARGO_PROFILE_DEV_DEBUG=${CARGO_PROFILE_DEV_DEBUG:-0}
# Without debug info cargo's default is strip = "debuginfo", which zig's linker (loongarch64)
# carries out by dropping the whole symbol table; the no-libc test reads that table.
export CARGO_PROFILE_DEV_STRIP=${CARGO_PROFILE_DEV_STRIP:-none}
if [ -n "${CI:-}" ]; then KEEP=${ZCALL_CROSS_KEEP:-0}; else KEEP=${ZCALL_CROSS_KEEP:-1}; fi
# A finished target's build directory (its std, tests and the codegen fixture built for
# it); the host's build scripts and proc macros in $OUT/debug stay for the next target.
# The log ($OUT/<triple>.log) stays. Prints what was freed.
drop_target_dir() {
    [ "$KEEP" = 1 ] && return 0
    local d=("$OUT/$1" "$OUT/tmp/codegen-fixture/$1") kb
    # (du fails for a directory that was never made: the codegen fixture's, on most targets)
    kb=$(du -sk "${d[@]}" 2>/dev/null | awk '{ s += $1 } END { print s + 0 }' || true)
    rm -rf "${d[@]}"
    say "$1: build directory removed ($((kb / 1024)) MiB freed; ZCALL_CROSS_KEEP=1 keeps it)"
}
# RUSTFLAGS would override the per-target rustflags (loongarch64 needs them), warnings
# are not denied here (other compiler than the native one), and a backtrace costs ~3 s
# per panic under qemu.
unset RUSTFLAGS CARGO_ENCODED_RUSTFLAGS RUSTDOCFLAGS CARGO_ENCODED_RUSTDOCFLAGS \
      CARGO_BUILD_RUSTFLAGS CARGO_BUILD_RUSTDOCFLAGS CARGO_BUILD_TARGET RUST_BACKTRACE \
      RUST_LIB_BACKTRACE QEMU_LD_PREFIX RUSTUP_TOOLCHAIN
PY=$(command -v python3 || true)
if [ -n "$PY" ]; then
    # the real interpreter, not a pyenv shim (the linker wrapper runs once per link)
    PY=$("$PY" -c 'import sys; print(sys.executable)' 2>/dev/null || echo "$PY")
fi
export ZCALL_CROSS_PYTHON=${PY:-python3}

# Packages never built for a cross target: the trybuild (ui-tests) members.
if [ -n "${ZCALL_CROSS_EXCLUDE+x}" ]; then
    read -r -a excludes <<<"$ZCALL_CROSS_EXCLUDE"
else
    if ! ex_out=$("$CARGO" metadata --no-deps --format-version 1 </dev/null 2>"$OUT/metadata.err" | "$ZCALL_CROSS_PYTHON" -c '
import json, sys
m = json.load(sys.stdin)
ws = set(m["workspace_members"])
for p in m["packages"]:
    if p["id"] in ws and any(d["name"] == "trybuild" for d in p["dependencies"]):
        print(p["name"])'); then
        say "setup: cannot read the workspace with cargo metadata:"
        cat "$OUT/metadata.err" || true
        for tr in "${targets[@]}"; do echo "cross $tr: setup failed"; done
        exit 1
    fi
    read -r -a excludes <<<"$(echo $ex_out)"
fi
exclude_args=(--workspace)
for p in ${excludes[@]+"${excludes[@]}"}; do exclude_args+=(--exclude "$p"); done
say "setup: workspace minus: ${excludes[*]:-(nothing)}"

# Per-target environment, as NAME=VALUE words for env(1). Fails for setup problems.
target_env() {
    local tr=$1 up
    up=$(echo "$tr" | tr 'a-z-' 'A-Z_')
    case "$tr" in
        aarch64-unknown-linux-gnu|riscv64gc-unknown-linux-gnu)
            local arch=${tr%%-*}; arch=${arch%gc}
            command -v "$arch-linux-gnu-gcc" >/dev/null || { echo "no $arch-linux-gnu-gcc" >&2; return 1; }
            [ -x "/usr/bin/qemu-$arch" ] || { echo "no /usr/bin/qemu-$arch" >&2; return 1; }
            [ -d "/usr/$arch-linux-gnu/lib" ] || { echo "no /usr/$arch-linux-gnu/lib" >&2; return 1; }
            env_words=("CARGO_TARGET_${up}_LINKER=$arch-linux-gnu-gcc"
                       "CARGO_TARGET_${up}_RUNNER=/usr/bin/qemu-$arch"
                       # as an env var (not -L) so children started through binfmt get it
                       "QEMU_LD_PREFIX=/usr/$arch-linux-gnu") ;;
        i686-unknown-linux-gnu|armv7-unknown-linux-gnueabihf|powerpc-unknown-linux-gnu\
        |s390x-unknown-linux-gnu|powerpc64le-unknown-linux-gnu|mips64el-unknown-linux-gnuabi64)
            local gnu q flags=
            case "$tr" in
                i686-*) gnu=i686-linux-gnu q=i386 flags='-C target-feature=+crt-static' ;;
                armv7-*) gnu=arm-linux-gnueabihf q=arm ;;
                powerpc-*) gnu=powerpc-linux-gnu q=ppc ;;
                s390x-*) gnu=s390x-linux-gnu q=s390x ;;
                powerpc64le-*) gnu=powerpc64le-linux-gnu q=ppc64le ;;
                mips64el-*) gnu=mips64el-linux-gnuabi64 q=mips64el ;;
            esac
            command -v "$gnu-gcc" >/dev/null || { echo "no $gnu-gcc" >&2; return 1; }
            [ -x "/usr/bin/qemu-$q" ] || { echo "no /usr/bin/qemu-$q" >&2; return 1; }
            [ -d "/usr/$gnu/lib" ] || { echo "no /usr/$gnu/lib" >&2; return 1; }
            env_words=("CARGO_TARGET_${up}_LINKER=$gnu-gcc"
                       "CARGO_TARGET_${up}_RUNNER=/usr/bin/qemu-$q"
                       "QEMU_LD_PREFIX=/usr/$gnu")
            if [ -n "$flags" ]; then
                env_words+=("CARGO_TARGET_${up}_RUSTFLAGS=$flags" "RUSTDOCFLAGS=$flags")
            fi ;;
        loongarch64-unknown-linux-musl)
            local wrapper="$ROOT/scripts/zig-cc-loongarch64" zig flags
            [ -x "$wrapper" ] || { echo "$wrapper missing or not executable" >&2; return 1; }
            [ -x /usr/bin/qemu-loongarch64 ] || { echo "no /usr/bin/qemu-loongarch64" >&2; return 1; }
            zig=$("$ZCALL_CROSS_PYTHON" -c 'import ziglang, os; print(os.path.join(os.path.dirname(ziglang.__file__), "zig"))' 2>/dev/null) \
                || { echo "python package ziglang missing" >&2; return 1; }
            [ -x "$zig" ] || { echo "zig binary $zig missing" >&2; return 1; }
            # qemu 7.2 has no LSX/LASX; static musl linked by zig, not rustc's self-contained crt
            flags='-C target-feature=-lsx,-lasx,+crt-static -C link-self-contained=no'
            env_words=("CARGO_TARGET_${up}_LINKER=$wrapper"
                       "CARGO_TARGET_${up}_RUNNER=/usr/bin/qemu-loongarch64"
                       "CARGO_TARGET_${up}_RUSTFLAGS=$flags"
                       "RUSTDOCFLAGS=$flags"
                       # qemu 7.2 + musl's malloc: with threads, ~1% of processes die with
                       # "memory allocation of N bytes failed" (qemu's guest mmap search
                       # races); a reserved guest address space avoids it (0 in 1200 runs)
                       "QEMU_RESERVED_VA=0x10000000000"
                       "ZCALL_ZIG=$zig") ;;
        *) env_words=(); return 0 ;;
    esac
    # Tells the tests they run under qemu-user (value: its version, e.g. 7.2.x), so they
    # can allow for what it emulates differently from a kernel (ENOSYS for newer syscalls).
    local q=${env_words[1]#*_RUNNER=} v
    v=$("$q" --version </dev/null 2>/dev/null | sed -n '1s/^qemu-[a-z0-9_]* version \([0-9.]*\).*/\1/p')
    env_words+=("ZCALL_QEMU=${v:-unknown}")
}

# stage NAME LOG cmd... : runs one cargo command with output appended to LOG, prints time.
stage() {
    local name=$1 log=$2; shift 2
    local t c rc=0
    t=$(now); cpu_now; c=$CPU
    { printf '\n===== %s: %s\n' "$name" "$*"; } >>"$log"
    env "${env_words[@]}" "$@" </dev/null >>"$log" 2>&1 || rc=$?
    cpu_now
    say "$(printf '%-32s %-9s %6s s (cpu %6s s)  %s' "$cur" "$name" "$(secs "$t")" \
        "$(awk -v a="$c" -v b="$CPU" 'BEGIN { printf "%.1f", b - a }')" \
        "$([ $rc = 0 ] && echo ok || echo "FAILED (exit $rc)")")"
    return $rc
}

show_failure() {
    local log=$1
    echo "----- $cur: failure excerpt (full log: ${log#"$ROOT"/}) -----"
    grep -E -A2 '^(error(\[E[0-9]+\])?:|test .* \.\.\. FAILED$|thread .* panicked|  process didn.t exit successfully)' "$log" \
        | head -n 60 || true
    echo "----- last lines -----"
    tail -n 25 "$log"
    echo "-----"
}

# cross_fail TRIPLE FEATURE EXPECT: `cargo check` of ui-tests/cross-fail with FEATURE, whose
# declarations are right on some targets and wrong on others (their arity errors sit behind
# each target's cfg, so only a build for that target shows them). EXPECT is `ok` or a text
# the error must contain. Prints a line; returns 1 if the result is not the expected one.
cross_fail() {
    local tr=$1 feature=$2 expect=$3 out rc=0
    out=$(env "${env_words[@]}" "$CARGO" check -p zcall-cross-fail --features "$feature" \
        --target "$tr" --message-format=short </dev/null 2>&1) || rc=$?
    { printf '\n===== cross-fail %s (expect: %s)\n' "$feature" "$expect"; echo "$out"; } >>"$log"
    if [ "$expect" = ok ]; then
        [ "$rc" = 0 ] && { say "$tr: cross-fail $feature: compiles, as expected"; return 0; }
        say "$tr: cross-fail $feature: FAILED to compile, expected it to"; return 1
    fi
    if [ "$rc" != 0 ] && grep -qF -- "$expect" <<<"$out"; then
        say "$tr: cross-fail $feature: rejected as expected: $(grep -F -- "$expect" <<<"$out" | head -n1 | sed 's/^[^:]*:[0-9]*:[0-9]*: //')"
        return 0
    fi
    say "$tr: cross-fail $feature: expected an error containing: $expect (exit $rc)"
    return 1
}

for cur in "${targets[@]}"; do
    log="$OUT/$cur.log"
    : >"$log"
    env_words=()
    if ! target_env "$cur" 2>>"$log"; then
        say "$cur: setup failed: $(tail -n1 "$log")"
        result[$cur]="cross $cur: setup failed"
        failed_any=1; tf=$((tf + 1))
        continue
    fi
    { echo "# $(date -u +%FT%TZ) $cur"; printf '# env: %s\n' "${env_words[@]}"; "$RUSTC" -V; } >>"$log"
    # Per-target exclusions on top of the workspace's.
    target_args=("${exclude_args[@]}")
    case "$cur" in
        mips64el-*)
            # The bench's rustix 1.1 (its libc backend on MIPS) names `libc::SIGEMT`, which
            # libc 0.2.191 does not define for mips64 gnu: zcall-bench does not build there
            # (it measures x86_64; its codegen check runs on the host for the 32-bit rows).
            target_args+=(--exclude zcall-bench) ;;
    esac

    case "$cur" in
        aarch64-apple-darwin|x86_64-apple-darwin|x86_64-unknown-freebsd|aarch64-unknown-freebsd\
        |thumbv7neon-unknown-linux-gnueabihf)
            ok=1
            stage check "$log" "$CARGO" check "${target_args[@]}" \
                --tests --examples --target "$cur" || ok=0
            # check does not assemble asm! templates; a real build of the lib does (no linker
            # needed), but only of what the lib itself calls: the stubs are #[inline(always)],
            # instantiated where they are used. -C link-dead-code has rustc codegen every
            # non-generic function of the lib, so every wrapper's asm! block is assembled
            # (x86_64-apple-darwin: 0 `syscall` instructions in the rlib without it, 94 with it).
            stage build-lib "$log" "$CARGO" rustc -p "$LIB_PKG" --lib --target "$cur" \
                -- -C link-dead-code || ok=0
            if [ "$ok" = 1 ]; then
                result[$cur]="cross $cur: check ok"
            else
                result[$cur]="cross $cur: check failed"
                failed_any=1; tf=$((tf + 1))
                show_failure "$log"
            fi
            ;;
        *)
            # Build everything first (std once per target: tests, doctests and examples all
            # use the dev profile), then run; doctests are compiled in the test stage.
            if ! stage build "$log" "$CARGO" test "${target_args[@]}" \
                    --target "$cur" --no-run \
               || ! stage examples "$log" "$CARGO" build "${target_args[@]}" \
                    --examples --target "$cur"; then
                result[$cur]="cross $cur: build failed"
                failed_any=1; tf=$((tf + 1))
                show_failure "$log"
                drop_target_dir "$cur"
                continue
            fi
            start_line=$(wc -l <"$log")
            rc=0
            # --show-output: the SKIP lines of passing tests reach the log (listed below).
            stage test "$log" "$CARGO" test "${target_args[@]}" \
                --target "$cur" --no-fail-fast -- --show-output || rc=$?
            # Sum libtest's summary lines over all test binaries and doctest runs.
            read -r p f i bins < <(tail -n +"$((start_line + 1))" "$log" | awk '
                /^test result: (ok|FAILED)\. [0-9]+ passed; [0-9]+ failed; [0-9]+ ignored/ {
                    p += $4; f += $6; i += $8 }
                /^error: (test|doctest) failed, to rerun/ { b++ }
                END { printf "%d %d %d %d\n", p, f, i, b }')
            note=""
            if [ "$rc" != 0 ] && [ "$f" = 0 ]; then
                # a binary crashed (signal, abort) or cargo failed without a failing test line
                f=$(( bins > 0 ? bins : 1 ))
                note=" (cargo test exited $rc without a failing test result: crashed test binary?)"
            fi
            if [ "$rc" = 0 ] && [ "$f" != 0 ]; then rc=1; fi
            if [ "$((p + f))" = 0 ]; then
                f=1
                note=" (no test ran)"
            fi
            # Every distinct SKIP reason on this target: where qemu-user differs from a kernel.
            skips=$(tail -n +"$((start_line + 1))" "$log" | grep -o 'SKIP .*' | sort -u || true)
            if [ -n "$skips" ]; then
                say "$cur: $(printf '%s\n' "$skips" | wc -l) distinct SKIP lines:"
                printf '%s\n' "$skips" | sed 's/^/    /'
            fi
            # Per-target word counts: the same declarations, right here or wrong here.
            cf=()
            case "$cur" in
                aarch64-unknown-linux-gnu) cf=("halves|ok" "alias|ok" "mmap6|ok") ;;
                i686-unknown-linux-gnu)
                    cf=("halves|ok" "alias|\`pread64\` takes 5 words on linux x86") ;;
                armv7-unknown-linux-gnueabihf)
                    cf=("halves|\`ftruncate64\` takes 4 words on linux arm"
                        "alias|\`pread64\` takes 6 words on linux arm") ;;
                powerpc-unknown-linux-gnu)
                    cf=("halves|\`ftruncate64\` takes 4 words on linux powerpc"
                        "alias|\`pread64\` takes 6 words on linux powerpc") ;;
                s390x-unknown-linux-gnu)
                    cf=("alias|ok" "mmap6|\`mmap\` takes 1 word on linux s390x") ;;
                powerpc64le-unknown-linux-gnu) cf=("halves|ok" "alias|ok" "mmap6|ok") ;;
                mips64el-unknown-linux-gnuabi64) cf=("halves|ok" "alias|ok" "mmap6|ok") ;;
            esac
            for c in ${cf[@]+"${cf[@]}"}; do
                if cross_fail "$cur" "${c%%|*}" "${c#*|}"; then p=$((p + 1)); else f=$((f + 1)); rc=1; fi
            done
            # The codegen check on this target's machine code: bench/tests/codegen.rs runs on
            # the host, builds the fixture for $cur in release mode (build-std) and reads the
            # target objdump's disassembly (trap inline, no call). Its tests count here.
            case "$cur" in
                i686-*|armv7-*|powerpc-*|powerpc64le-*)
                    cg_start=$(wc -l <"$log")
                    cg_rc=0
                    stage codegen "$log" env -u CARGO_UNSTABLE_BUILD_STD ZCALL_CODEGEN_TARGET="$cur" \
                        "$CARGO" test -p zcall-bench --test codegen -- --show-output || cg_rc=$?
                    read -r cgp cgf < <(tail -n +"$((cg_start + 1))" "$log" | awk '
                        /^test result: (ok|FAILED)\. [0-9]+ passed; [0-9]+ failed/ { p += $4; f += $6 }
                        END { printf "%d %d\n", p, f }')
                    if [ "$cg_rc" != 0 ] && [ "$cgf" = 0 ]; then cgf=1; fi
                    say "$cur: codegen: $cgp passed, $cgf failed ($(tail -n +"$((cg_start + 1))" "$log" \
                        | grep -m1 -o 'codegen: .* disassembled by [^ ]*' || echo 'no disassembly'))"
                    p=$((p + cgp)); f=$((f + cgf))
                    [ "$cgf" = 0 ] || rc=1
                    ;;
            esac
            result[$cur]="cross $cur: $p passed, $f failed, $i ignored$note"
            tp=$((tp + p)); tf=$((tf + f)); ti=$((ti + i))
            if [ "$rc" != 0 ] || [ "$f" != 0 ]; then
                failed_any=1
                show_failure "$log"
            fi
            ;;
    esac
    drop_target_dir "$cur"
done

cpu_now
say "total $(secs "$T0") s (cpu $CPU s); logs in ${OUT#"$ROOT"/}/<triple>.log"
for cur in "${targets[@]}"; do echo "${result[$cur]}"; done
# overall line (a target that failed without test counts adds 1 to "failed")
[ "$ran_any" = 0 ] || echo "cross: $tp passed, $tf failed, $ti ignored"
exit "$failed_any"
