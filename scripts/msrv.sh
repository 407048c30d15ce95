#!/usr/bin/env bash
# Checks the minimum supported Rust version (rust-version in Cargo.toml) by building the
# library crates with that exact compiler. Rustup can fetch nothing here, so the compiler
# is Debian 12's rustc-web 1.85 package, downloaded with apt and unpacked into
# target/msrv (never installed over the system's compiler).
set -euo pipefail
cd "$(dirname "$0")/.."

msrv=$(sed -n 's/^rust-version = "\(.*\)"/\1/p' Cargo.toml)
deb_version="1.85.0+dfsg3-1~deb12u3"
[ "$msrv" = "1.85" ] || { echo "msrv.sh knows how to fetch 1.85 only; Cargo.toml says $msrv" >&2; exit 1; }

root=$PWD/target/msrv/root
if [ ! -x "$root/usr/bin/rustc" ]; then
    mkdir -p target/msrv/debs
    (
        cd target/msrv/debs
        if ! apt-get download "rustc-web=$deb_version" "libstd-rust-web-dev=$deb_version" \
            "libstd-rust-web-1.85=$deb_version" libllvm19 >/dev/null 2>&1; then
            apt-get update >/dev/null
            apt-get download "rustc-web=$deb_version" "libstd-rust-web-dev=$deb_version" \
                "libstd-rust-web-1.85=$deb_version" libllvm19
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
echo "msrv $msrv: ok"
