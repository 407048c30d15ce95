#!/usr/bin/env bash
# Packages the two published crates as crates.io would receive them, and checks that the
# tarballs hold everything their build needs.
#
#   bash scripts/package.sh
#
# 1. `cargo package -p zcall-macros -p zcall`: one workspace packaging run, so the packaged
#    zcall is verified (built) against the packaged zcall-macros through cargo's local
#    registry overlay, not against the workspace sources.
# 2. Each .crate is unpacked into a fresh temporary directory, outside the workspace, and
#    every file its sources name is looked for inside it: `mod x;` (x.rs or x/mod.rs),
#    `#[path = "…"]` modules (also those of other targets, which the native verify build
#    does not compile), `include_str!`/`include_bytes!`/`include!`, and the manifest's
#    `readme`, which must be a regular file. A path that leaves the package fails.
# 3. The README's examples are run as doctests from the unpacked zcall (`include_str!`
#    of its README.md, behind `cfg(doctest)`, is compiled only then), built against the
#    unpacked zcall-macros.
#
# Packaging works on the working tree as it is (--allow-dirty): publishing itself should
# be done from a clean checkout with `cargo publish`. Builds go to target/package.
# Prints one line per crate and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

CRATES=(zcall-macros zcall)
OUT=$ROOT/target/package
LOG=$OUT/package.log
mkdir -p "$OUT"
: >"$LOG"
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
t0=$(now)

run() {
    # run LABEL cmd...: output to the log; on failure the log's tail and exit 1
    local label=$1; shift
    printf '\n===== %s: %s\n' "$label" "$*" >>"$LOG"
    if ! "$@" >>"$LOG" 2>&1 </dev/null; then
        echo "package: $label FAILED; last lines of ${LOG#"$ROOT"/}:"
        tail -n 30 "$LOG"
        exit 1
    fi
}

pkg_args=()
for c in "${CRATES[@]}"; do pkg_args+=(-p "$c"); done
run "cargo package" cargo package "${pkg_args[@]}" --allow-dirty --color never

version=$(cargo metadata --no-deps --format-version 1 | python3 -c '
import json, sys
print({p["name"]: p["version"] for p in json.load(sys.stdin)["packages"]}["zcall"])')

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for c in "${CRATES[@]}"; do
    crate=$OUT/$c-$version.crate
    [ -f "$crate" ] || { echo "package $c: no $crate"; exit 1; }
    tar -xzf "$crate" -C "$tmp"
    dir=$tmp/$c-$version
    n=$(tar -tzf "$crate" | wc -l)
    size=$(du -k "$crate" | cut -f1)
    # Every file the sources and the manifest name, looked for inside the unpacked crate.
    if missing=$(python3 - "$dir" <<'EOF'
import os, re, sys, tomllib

root = os.path.realpath(sys.argv[1])
problems = []

def inside(path):
    return os.path.realpath(path).startswith(root + os.sep)

def need(path, what, src):
    rel = os.path.relpath(src, root)
    if not inside(path):
        problems.append(f"{rel}: {what} -> {os.path.relpath(path, root)} is outside the package")
    elif not os.path.isfile(path):
        problems.append(f"{rel}: {what} -> {os.path.relpath(path, root)} missing")

manifest = tomllib.load(open(os.path.join(root, "Cargo.toml"), "rb"))
readme = manifest["package"].get("readme")
if readme:
    p = os.path.join(root, readme)
    need(p, f"readme = {readme!r}", os.path.join(root, "Cargo.toml"))
    if os.path.islink(p):
        problems.append(f"Cargo.toml: readme {readme} is a symlink in the tarball")

attr_path = re.compile(r'#\[path\s*=\s*"([^"]+)"\]')
mod_decl = re.compile(r'^\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+([A-Za-z_][A-Za-z0-9_]*)\s*;')
include = re.compile(r'\binclude(?:_str|_bytes)?!\s*\(\s*(?:concat!\s*\(\s*env!\s*\(\s*"CARGO_MANIFEST_DIR"\s*\)\s*,\s*)?"([^"]+)"')

for dirpath, _, files in os.walk(os.path.join(root, "src")):
    for f in files:
        if not f.endswith(".rs"):
            continue
        src = os.path.join(dirpath, f)
        text = open(src, encoding="utf-8").read()
        # a non-mod.rs file `a.rs` keeps its child modules in `a/`
        mod_rs = f in ("mod.rs", "lib.rs", "main.rs")
        child_dir = dirpath if mod_rs else os.path.join(dirpath, f[:-3])
        pending_path = None
        for line in text.splitlines():
            code = line.split("//", 1)[0] if not line.lstrip().startswith("//") else ""
            m = attr_path.search(code)
            if m:
                pending_path = m.group(1)
            m = mod_decl.match(code)
            if m:
                name = m.group(1)
                if pending_path:
                    need(os.path.join(dirpath, pending_path), f'#[path = "{pending_path}"] mod {name}', src)
                elif not (os.path.isfile(os.path.join(child_dir, name + ".rs"))
                          or os.path.isfile(os.path.join(child_dir, name, "mod.rs"))):
                    problems.append(f"{os.path.relpath(src, root)}: mod {name}: no {name}.rs or {name}/mod.rs")
                pending_path = None
            elif code.strip() and not code.lstrip().startswith("#["):
                pending_path = None
            for m in include.finditer(code):
                lit = m.group(1)
                base = root if "CARGO_MANIFEST_DIR" in m.group(0) else dirpath
                need(os.path.join(base, lit.lstrip("/") if base == root else lit), f"include {lit!r}", src)

print("\n".join(problems))
sys.exit(1 if problems else 0)
EOF
    ); then
        echo "package $c: ok ($n files, ${size} KiB)"
    else
        echo "package $c: FAILED: files the build needs are not in the tarball:"
        printf '%s\n' "$missing" | sed 's/^/    /'
        status=1
    fi
done

# The README's examples from the unpacked zcall, against the unpacked zcall-macros (they
# declare syscalls: the `macros` feature; the verify build above checked the default one,
# zcall's pre-expanded wrappers without any proc-macro crate).
if [ "$status" = 0 ]; then
    run "README doctests of the packaged zcall" env CARGO_TARGET_DIR="$OUT/check" \
        cargo test --doc --color never --features macros \
        --manifest-path "$tmp/zcall-$version/Cargo.toml" \
        --config "patch.crates-io.zcall-macros.path='$tmp/zcall-macros-$version'" \
        -- ReadmeDoctests
    passed=$(grep -E '^test result: ok\. [0-9]+ passed' "$LOG" | tail -n1 | awk '{ print $4 }')
    if [ -z "$passed" ] || [ "$passed" = 0 ]; then
        echo "package zcall: the README doctests did not run (see ${LOG#"$ROOT"/})"
        status=1
    else
        echo "package zcall: README doctests from the tarball: $passed passed"
    fi
fi
echo "package: done in $(secs "$t0") s (log: ${LOG#"$ROOT"/})"
exit "$status"
