#!/usr/bin/env bash
# Checks the minimum supported Rust version (rust-version in Cargo.toml) by building the
# library crates with that exact compiler. Rustup can fetch nothing here, so the compiler
# is Debian 12's rustc-web 1.85 package, downloaded with apt and unpacked into
# target/msrv (never installed over the system's compiler).
set -euo pipefail
cd "$(dirname "$0")/.."

msrv=$(sed -n 's/^rust-version = "\(.*\)"/\1/p' Cargo.toml)
[ "$msrv" = "1.85" ] || { echo "msrv.sh knows how to fetch 1.85 only; Cargo.toml says $msrv" >&2; exit 1; }
# Debian's version string of that compiler (1.85.0+dfsg3-1~deb12u3 when this was written),
# looked up rather than pinned so a Debian point release does not break the check.
deb_version() { apt-cache madison rustc-web 2>/dev/null | awk -F'|' -v v="$msrv" \
    '{ gsub(/ /, "", $2) } index($2, v ".") == 1 { print $2; exit }'; }

root=$PWD/target/msrv/root
if [ ! -x "$root/usr/bin/rustc" ]; then
    mkdir -p target/msrv/debs
    (
        cd target/msrv/debs
        deb_version=$(deb_version)
        if [ -z "$deb_version" ]; then
            apt-get update >/dev/null
            deb_version=$(deb_version)
        fi
        [ -n "$deb_version" ] || { echo "msrv.sh: apt has no rustc-web $msrv" >&2; exit 1; }
        if ! apt-get download "rustc-web=$deb_version" "libstd-rust-web-dev=$deb_version" \
            "libstd-rust-web-$msrv=$deb_version" libllvm19 >/dev/null 2>&1; then
            apt-get update >/dev/null
            apt-get download "rustc-web=$deb_version" "libstd-rust-web-dev=$deb_version" \
                "libstd-rust-web-$msrv=$deb_version" libllvm19
        fi
        for d in *.deb; do dpkg -x "$d" "$root"; done
    )
fi
export LD_LIBRARY_PATH="$root/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
rustc_msrv="$root/usr/bin/rustc"
"$rustc_msrv" --version

# cargo itself is the machine's (newer) one; only the compiler is the MSRV's.
export CARGO_TARGET_DIR=target/msrv/build
RUSTC="$rustc_msrv" cargo build -p zcall-macros -p zcall
RUSTC="$rustc_msrv" cargo build -p zcall --no-default-features
RUSTC="$rustc_msrv" cargo test -p zcall-tests --no-run
# zcall's unit tests run on the MSRV's std too: Errno's io::Error conversions follow std's
# errno -> ErrorKind decoding, which changes between Rust versions (EOPNOTSUPP became
# Unsupported in 1.88).
RUSTC="$rustc_msrv" cargo test -p zcall --lib
echo "msrv $msrv: ok"
