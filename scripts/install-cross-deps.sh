#!/usr/bin/env bash
# Installs what scripts/cross.sh needs on a Debian 12 (bookworm) x86_64 machine, as root.
# Idempotent: when everything is already there it returns in well under a second,
# without touching the network.
#
#   bash scripts/install-cross-deps.sh [targets...]     (default: all cross targets)
#
# - Debian's own Rust 1.96 (rustc-web, cargo-web) with its std source (rust-web-src):
#   rustup cannot fetch std for other targets here, so std is built from source
#   (build-std) with the compiler that matches it.
# - qemu-user 7.2 (+ binfmt_misc registration, so that a test binary which spawns a
#   target-arch child process works), gcc cross linkers + libc for aarch64 / riscv64 /
#   i686 / armv7 (gnueabihf) / powerpc / s390x / powerpc64le / mips64el (n64). i686 gets no
#   binfmt handler (Debian ships none: amd64 runs i386 natively); cross.sh links it
#   statically instead.
# - zig from PyPI (ziglang) as the static musl linker for loongarch64 (Debian 12 has no
#   loongarch64 gcc).
# aarch64-apple-darwin, x86_64-apple-darwin, x86_64-unknown-freebsd,
# aarch64-unknown-freebsd and thumbv7neon-unknown-linux-gnueabihf (checked, not run) only
# need the compiler and std source.
set -euo pipefail

ZIGLANG_VERSION=0.17.0
ALL_TARGETS=(aarch64-unknown-linux-gnu riscv64gc-unknown-linux-gnu loongarch64-unknown-linux-musl
             i686-unknown-linux-gnu armv7-unknown-linux-gnueabihf powerpc-unknown-linux-gnu
             s390x-unknown-linux-gnu powerpc64le-unknown-linux-gnu mips64el-unknown-linux-gnuabi64
             aarch64-apple-darwin x86_64-apple-darwin x86_64-unknown-freebsd
             aarch64-unknown-freebsd thumbv7neon-unknown-linux-gnueabihf)

log() { printf '[install-cross-deps] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${ALL_TARGETS[@]}")

pkgs=(rustc-web cargo-web libstd-rust-web-dev rust-web-src)
qemu_arches=()
need_zig=0
for t in "${targets[@]}"; do
    case "$t" in
        aarch64-unknown-linux-gnu)
            pkgs+=(qemu-user qemu-user-binfmt gcc-aarch64-linux-gnu libc6-dev-arm64-cross)
            qemu_arches+=(aarch64) ;;
        riscv64gc-unknown-linux-gnu)
            pkgs+=(qemu-user qemu-user-binfmt gcc-riscv64-linux-gnu libc6-dev-riscv64-cross)
            qemu_arches+=(riscv64) ;;
        loongarch64-unknown-linux-musl)
            pkgs+=(qemu-user qemu-user-binfmt)
            qemu_arches+=(loongarch64)
            need_zig=1 ;;
        i686-unknown-linux-gnu)
            pkgs+=(qemu-user gcc-i686-linux-gnu libc6-dev-i386-cross) ;;
        armv7-unknown-linux-gnueabihf)
            pkgs+=(qemu-user qemu-user-binfmt gcc-arm-linux-gnueabihf libc6-dev-armhf-cross)
            qemu_arches+=(arm) ;;
        powerpc-unknown-linux-gnu)
            pkgs+=(qemu-user qemu-user-binfmt gcc-powerpc-linux-gnu libc6-dev-powerpc-cross)
            qemu_arches+=(ppc) ;;
        s390x-unknown-linux-gnu)
            pkgs+=(qemu-user qemu-user-binfmt gcc-s390x-linux-gnu libc6-dev-s390x-cross)
            qemu_arches+=(s390x) ;;
        powerpc64le-unknown-linux-gnu)
            pkgs+=(qemu-user qemu-user-binfmt gcc-powerpc64le-linux-gnu libc6-dev-ppc64el-cross)
            qemu_arches+=(ppc64le) ;;
        mips64el-unknown-linux-gnuabi64)
            pkgs+=(qemu-user qemu-user-binfmt gcc-mips64el-linux-gnuabi64 libc6-dev-mips64el-cross)
            qemu_arches+=(mips64el) ;;
        aarch64-apple-darwin|x86_64-apple-darwin|x86_64-unknown-freebsd|aarch64-unknown-freebsd\
        |thumbv7neon-unknown-linux-gnueabihf) ;;
        *) die "unknown target '$t' (known: ${ALL_TARGETS[*]})" ;;
    esac
done
# de-duplicate, keep order
mapfile -t pkgs < <(printf '%s\n' "${pkgs[@]}" | awk '!seen[$0]++')

# ---------------------------------------------------------------- Debian packages
missing=()
for p in "${pkgs[@]}"; do
    st=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$st" = installed ] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || die "need root to apt-get install: ${missing[*]}"
    command -v apt-get >/dev/null || die "no apt-get: this script expects Debian 12"
    log "apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt_opts=(-y -q -o DPkg::Lock::Timeout=600 -o Dpkg::Use-Pty=0)
    apt-get "${apt_opts[@]}" update </dev/null >&2 || die "apt-get update failed"
    # --no-install-recommends: qemu-user recommends qemu-user-binfmt (listed explicitly,
    # for its binfmt.d files); the binfmt registration itself is done below, since the
    # package's postinst only does it with binfmt-support outside containers.
    apt-get "${apt_opts[@]}" install --no-install-recommends "${missing[@]}" </dev/null >&2 \
        || die "apt-get install failed"
fi
[ -x /usr/bin/rustc ] && [ -x /usr/bin/cargo ] && [ -x /usr/bin/rustdoc ] \
    || die "/usr/bin/{rustc,cargo,rustdoc} missing after install"
[ -f /usr/lib/rustlib/src/rust/library/std/Cargo.toml ] \
    || die "std source missing (/usr/lib/rustlib/src/rust/library); rust-web-src broken?"

# ---------------------------------------------------------------- zig (PyPI)
if [ "$need_zig" = 1 ]; then
    py=${ZCALL_CROSS_PYTHON:-python3}
    command -v "$py" >/dev/null || die "no $py for ziglang"
    have=$("$py" -c 'import importlib.metadata as m; print(m.version("ziglang"))' 2>/dev/null || true)
    if [ "$have" != "$ZIGLANG_VERSION" ]; then
        log "pip install ziglang==$ZIGLANG_VERSION (found: ${have:-none})"
        pip_opts=(install -q --disable-pip-version-check --no-input "ziglang==$ZIGLANG_VERSION")
        [ "$(id -u)" -ne 0 ] || pip_opts+=(--root-user-action=ignore)
        if ! "$py" -m pip "${pip_opts[@]}" </dev/null >&2; then
            # a Debian-managed python refuses plain pip installs (PEP 668)
            "$py" -m pip "${pip_opts[@]}" --break-system-packages </dev/null >&2 \
                || die "pip install ziglang==$ZIGLANG_VERSION failed"
        fi
        "$py" -m ziglang version >/dev/null 2>&1 || die "ziglang installed but '$py -m ziglang version' fails"
    fi
fi

# ---------------------------------------------------------------- binfmt_misc
# Kernel state, lost on reboot even when the packages stay: checked on every run.
if [ ${#qemu_arches[@]} -gt 0 ]; then
    bm=/proc/sys/fs/binfmt_misc
    if [ ! -e "$bm/register" ]; then
        log "mounting binfmt_misc"
        mount -t binfmt_misc binfmt_misc "$bm" 2>/dev/null || true
        [ -e "$bm/register" ] || die "cannot mount binfmt_misc at $bm (needed for tests that spawn target-arch children)"
    fi
    [ "$(cat "$bm/status" 2>/dev/null)" = enabled ] || echo 1 >"$bm/status" 2>/dev/null || true
    for a in "${qemu_arches[@]}"; do
        e="$bm/qemu-$a"
        if [ -e "$e" ] && ! head -n1 "$e" | grep -qx enabled; then
            echo 1 >"$e" 2>/dev/null || true
        fi
        if [ ! -e "$e" ]; then
            conf=/usr/lib/binfmt.d/qemu-$a.conf
            [ -f "$conf" ] || die "$conf missing (package qemu-user-binfmt)"
            log "registering qemu-$a with binfmt_misc"
            # same line systemd-binfmt would write; interpreter /usr/libexec/qemu-binfmt/<a>-binfmt-P
            grep -v '^[#;]' "$conf" | grep . | head -n1 >"$bm/register" 2>/dev/null \
                || die "cannot register qemu-$a with binfmt_misc (not root, or a container without binfmt_misc)"
        fi
        head -n1 "$e" | grep -qx enabled || die "binfmt_misc entry qemu-$a is not enabled"
        interp=$(sed -n 's/^interpreter //p' "$e")
        [ -x "$interp" ] || die "binfmt_misc entry qemu-$a points to missing interpreter '$interp'"
    done
fi
exit 0
