#!/usr/bin/env bash
# Builds zcall's documentation for every target docs.rs will build it for, with warnings
# denied, so a docs.rs build cannot fail on a target zcall supports.
#
#   bash scripts/docs-targets.sh [targets...]      (default: every target of the list)
#
# The list is `[package.metadata.docs.rs] targets` of zcall/Cargo.toml (read through
# `cargo metadata`). First it checks that the list names the same os/arch pairs as
# zcall-macros/src/target.rs (TARGETS, the one list of supported targets), so docs.rs
# neither tries a target zcall rejects with compile_error! nor misses one — except the
# rows docs.rs cannot build (tier 3, no std from rustup: linux mips64), which the list
# leaves out on purpose (named below and in zcall/Cargo.toml).
#
# Each target: `cargo doc -p zcall --features macros --no-deps --target T` (the features docs.rs uses) with RUSTDOCFLAGS="-D warnings".
# The host target uses the toolchain on PATH; the others use Debian's rustc/cargo 1.96
# (/usr/bin) with std built from its source (-Zbuild-std through RUSTC_BOOTSTRAP=1, as
# scripts/cross.sh does: rustup can fetch no std for other targets here), installed when
# missing by scripts/install-cross-deps.sh. Those builds go to target/cross (as cross.sh's,
# so the std each target builds is shared with it); full output per target in
# target/cross/<triple>.docs.log. Prints one line per target:
#   docs <triple>: ok (N s) | FAILED (N s)
# and exits non-zero if any target failed.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
T0=$(now)

list=$(cargo metadata --no-deps --format-version 1 </dev/null | python3 -c '
import json, sys
m = json.load(sys.stdin)
p = next(p for p in m["packages"] if p["name"] == "zcall")
d = (p.get("metadata") or {}).get("docs", {}).get("rs", {})
ts = d.get("targets") or []
default = d.get("default-target")
if default and (not ts or ts[0] != default):
    sys.exit("default-target %r is not the first of targets %r" % (default, ts))
print(" ".join(ts))')
read -r -a all_targets <<<"$list"
[ ${#all_targets[@]} -gt 0 ] || { echo "docs-targets: no [package.metadata.docs.rs] targets in zcall/Cargo.toml" >&2; exit 1; }

HOST=$(rustc -vV | sed -n 's/^host: //p')

# ---- the list against TARGETS: (os, arch) of each triple, as rustc reports them
supported=$(python3 - zcall-macros/src/target.rs <<'EOF'
import re, sys
text = open(sys.argv[1]).read()
body = text[text.index("pub const TARGETS"):]
pairs = re.findall(r'os:\s*"([^"]+)",\s*arch:\s*"([^"]+)"', body)
if not pairs:
    sys.exit("no `os: \"…\", arch: \"…\"` rows after `pub const TARGETS` in " + sys.argv[1])
# Rows docs.rs cannot build (tier-3 targets: docs.rs builds the targets rustup has a std
# for, and has no build-std), kept out of the docs.rs list on purpose. Each is named in
# the comment above the list in zcall/Cargo.toml, with its reason.
not_on_docs_rs = {"linux/mips64"}
print("\n".join(sorted(f"{o}/{a}" for o, a in pairs if f"{o}/{a}" not in not_on_docs_rs)))
EOF
)
listed=""
for t in "${all_targets[@]}"; do
    cfg=$(rustc --print cfg --target "$t" 2>/dev/null) \
        || cfg=$(/usr/bin/rustc --print cfg --target "$t" 2>/dev/null) \
        || { echo "docs-targets: no rustc knows the target $t" >&2; exit 1; }
    os=$(sed -n 's/^target_os="\(.*\)"/\1/p' <<<"$cfg")
    arch=$(sed -n 's/^target_arch="\(.*\)"/\1/p' <<<"$cfg")
    listed+="$os/$arch"$'\n'
done
listed=$(printf '%s' "$listed" | sort)
if [ "$listed" != "$supported" ]; then
    echo "docs-targets: zcall/Cargo.toml's docs.rs targets and TARGETS (zcall-macros/src/target.rs) differ:"
    diff <(echo "$supported") <(echo "$listed") | sed -n 's/^</  TARGETS only:/p; s/^>/  docs.rs list only:/p'
    exit 1
fi
echo "docs-targets: the docs.rs list covers TARGETS: $(echo $supported)"

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
    [[ " ${all_targets[*]} " == *" $t "* ]] || { echo "docs-targets: $t is not in the docs.rs list" >&2; exit 2; }
done

# ---- Debian's compiler and std source for the non-host targets
others=0
for t in "${targets[@]}"; do [ "$t" = "$HOST" ] || others=1; done
if [ "$others" = 1 ]; then
    # The checked BSD targets need exactly the compiler and std source, nothing else.
    t=$(now)
    bash scripts/install-cross-deps.sh aarch64-apple-darwin x86_64-unknown-freebsd </dev/null \
        || { echo "docs-targets: install-cross-deps.sh failed"; exit 1; }
    echo "docs-targets: Debian toolchain ok: $(/usr/bin/cargo -V) ($(secs "$t") s)"
fi

OUT=${ZCALL_CROSS_TARGET_DIR:-$ROOT/target/cross}
mkdir -p "$OUT"
failed=0
for t in "${targets[@]}"; do
    log=$OUT/$t.docs.log
    s=$(now)
    if [ "$t" = "$HOST" ]; then
        # the toolchain on PATH, its own std; the native target directory
        cmd=(env RUSTDOCFLAGS="-D warnings" cargo doc -p zcall --features macros --no-deps --target "$t")
    else
        # as scripts/cross.sh: no RUSTFLAGS (they would change the std builds it shares)
        cmd=(env -u RUSTFLAGS -u CARGO_ENCODED_RUSTFLAGS -u CARGO_BUILD_RUSTFLAGS
             -u CARGO_ENCODED_RUSTDOCFLAGS -u RUSTUP_TOOLCHAIN
             RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1
             CARGO_UNSTABLE_BUILD_STD=std,panic_unwind CARGO_TARGET_DIR="$OUT"
             RUSTDOCFLAGS="-D warnings"
             /usr/bin/cargo doc -p zcall --features macros --no-deps --target "$t")
    fi
    { echo "# $(date -u +%FT%TZ) $t"; printf '%q ' "${cmd[@]}"; echo; } >"$log"
    if CARGO_TERM_COLOR=never CARGO_TERM_PROGRESS_WHEN=never "${cmd[@]}" </dev/null >>"$log" 2>&1; then
        echo "docs $t: ok ($(secs "$s") s)"
    else
        echo "docs $t: FAILED ($(secs "$s") s); last lines of ${log#"$ROOT"/}:"
        grep -E -A4 '^(error|warning)' "$log" | head -n 40 || true
        tail -n 10 "$log"
        failed=1
    fi
done
echo "docs-targets: ${#targets[@]} targets in $(secs "$T0") s"
exit "$failed"
