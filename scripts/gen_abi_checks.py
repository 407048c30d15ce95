#!/usr/bin/env python3
"""Generate tests/tests/abi_libc/generated.rs: zcall's ABI values against the `libc` crate
and against C headers and kernel tables saved in this repository (`scripts/data/`).

    python3 scripts/gen_abi_checks.py            # probe what needs probing, write, verify
    python3 scripts/gen_abi_checks.py --check    # no cargo: exit 1 if generated.rs is stale
    python3 scripts/gen_abi_checks.py --targets x86_64-unknown-linux-gnu   # quick, host only
    python3 scripts/gen_abi_checks.py --ref DIR  # read the kernel files from DIR, not
                                                 # scripts/data/kernel/

Commit only a file generated for every target (the default): the #[cfg]s are computed from the
probed targets, so a host-only file has no macOS/FreeBSD module and no per-arch cfgs.

Inputs (all in the repository): zcall's sources; the kernel files in `scripts/data/kernel/`
(README.md there: upstream repository, path, commit and blob of each); the C headers in
`scripts/data/headers/` (README.md there: Debian package and version, or the Zig release, and
original path of each); and `scripts/data/abi-probe.tsv`, the record of what the probes found
(below). `--check` regenerates the file from these alone, so it needs nothing but python3; it
fails (and says so) when the probe record no longer matches zcall's names or libc's version,
because only a probe can tell what libc has then.

What it does:

1. Reads zcall's sources for the names to compare: `zcall/src/consts/<os>.rs` (`pub const`,
   grouped by the `// --- FAMILY ---` headers), `zcall/src/errno/<os>.rs` (values and aliases),
   `zcall/src/nr/*.rs` and the structs of `zcall/src/types/` (a struct `SockaddrIn6` is
   compared with `libc::sockaddr_in6`, field by field under the same names).
2. Finds out, per target, which of those names zcall and libc both define and whether the
   constants have the same type, by compiling a probe test (`tests/tests/abi_libc_probe.rs`,
   written and removed again) with `cargo check --message-format=json`: every error on a probe
   line removes that line's name, until the probe compiles. The host target is checked with
   the `cargo` on PATH; the others with Debian's `rustc-web` + `rust-web-src` through build-std
   (`/usr/bin/cargo`, installed by scripts/install-cross-deps.sh), which takes ~2 minutes per
   target when cold (~20 minutes for all on 2 cores). The results go to
   `scripts/data/abi-probe.tsv`, keyed by a digest of the names and libc's version; a target
   whose record matches is not probed again (`--reprobe` forces it).
3. Writes the comparisons, each with the `#[cfg]` of the probed targets that have it (none when
   every probed target of the OS has it), as macro calls that `tests/tests/abi_libc.rs` turns
   into `const` assertions plus one runtime `#[test]` per family:
   - against libc: constants, errno values, Linux syscall numbers (`libc::SYS_*`; libc has
     none for macOS and FreeBSD), struct sizes, alignments and field offsets/sizes;
   - where libc lacks a Linux name on a target: against the saved kernel tables and headers
     (HEADER_GROUPS: io_uring.h, the Debian uapi headers, glibc's bits/socket.h, the arm64 and
     x86 asm headers), on exactly the targets where libc lacks it;
   - every macOS and FreeBSD constant also against Zig's bundled macOS SDK / FreeBSD headers,
     a second source independent of the `libc` crate (zcall's values for these two OSes were
     taken from libc, so the libc comparison alone proves little);
   - every macOS syscall number against the saved `xnu-syscalls.master` (re-read here with a
     parser of its own; it is the file `gen_tables.py` generated them from, so this checks the
     generator, not the values), every FreeBSD syscall number against Zig's FreeBSD
     `sys/syscall.h` (a second reading of the FreeBSD 15 numbers: gen_tables.py generated them
     from the saved `freebsd-syscalls.master` and checked them against the same header),
     falling back to the saved file for names the header lacks.
   Before writing, every header value is compared here with zcall's value where zcall's is a
   plain expression: a difference not listed in HEADER_DIFFERENCES stops the script.
   The comments of the file list, per target, every name libc lacks and what it is compared
   with instead, and every name compared with nothing.
4. Verifies: `cargo check` of the real test for every target (the `const` assertions are
   evaluated by `check`), and prints every failing assertion.

A constant whose libc type differs from zcall's makes the script fail, unless its family is in
TYPED_FAMILIES (typed for the kernel field it is stored in, like `EPOLL*` as the `u32` of
`epoll_event.events` where libc has `c_int`: compared with libc by value, `consts_as!`: zcall's
value is libc's cast to zcall's type, and casting it back gives libc's) or in VALUE_ONLY
(ioctl requests and RLIMIT_*: zcall has the kernel's `unsigned int`, libc the C library's type:
compared by value where the types differ, `consts_value!`). Other known differences (of value
or type) are listed in EXCLUDE below with their reason and compared by hand in the `exceptions`
module of `tests/tests/abi_libc.rs`. The hand-written `kernel_layout!` numbers of `Sigset` and
`Statx` are recomputed from their saved headers. The file records digests of everything it
was generated from that the test can read (zcall's names, the data files, this script, the
probe record, libc's version in Cargo.lock, the `kernel_layout!` list of abi_libc.rs); the
`generated_file_is_current` test fails when one of them changes.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = 'scripts/data'  # relative to ROOT
KERNEL_DIR = 'scripts/data/kernel'  # the saved kernel files (--ref replaces where they are read)
KERNEL = os.path.join(ROOT, KERNEL_DIR)
HEADERS_DIR = 'scripts/data/headers'
RECORD = 'scripts/data/abi-probe.tsv'
ABI_TEST = 'tests/tests/abi_libc.rs'
OUT = os.path.join(ROOT, 'tests/tests/abi_libc/generated.rs')
PROBE = os.path.join(ROOT, 'tests/tests/abi_libc_probe.rs')

# Target triple -> (os module, target_arch, target_env).
TARGETS = {
    'x86_64-unknown-linux-gnu': ('linux', 'x86_64', 'gnu'),
    'aarch64-unknown-linux-gnu': ('linux', 'aarch64', 'gnu'),
    'riscv64gc-unknown-linux-gnu': ('linux', 'riscv64', 'gnu'),
    'loongarch64-unknown-linux-gnu': ('linux', 'loongarch64', 'gnu'),
    'x86_64-unknown-linux-musl': ('linux', 'x86_64', 'musl'),
    'aarch64-unknown-linux-musl': ('linux', 'aarch64', 'musl'),
    'riscv64gc-unknown-linux-musl': ('linux', 'riscv64', 'musl'),
    'loongarch64-unknown-linux-musl': ('linux', 'loongarch64', 'musl'),
    'i686-unknown-linux-gnu': ('linux', 'x86', 'gnu'),
    'armv7-unknown-linux-gnueabihf': ('linux', 'arm', 'gnu'),
    'powerpc-unknown-linux-gnu': ('linux', 'powerpc', 'gnu'),
    's390x-unknown-linux-gnu': ('linux', 's390x', 'gnu'),
    'powerpc64le-unknown-linux-gnu': ('linux', 'powerpc64', 'gnu'),
    'mips64el-unknown-linux-gnuabi64': ('linux', 'mips64', 'gnu'),
    'aarch64-apple-darwin': ('macos', 'aarch64', ''),
    'x86_64-apple-darwin': ('macos', 'x86_64', ''),
    'x86_64-unknown-freebsd': ('freebsd', 'x86_64', ''),
    'aarch64-unknown-freebsd': ('freebsd', 'aarch64', ''),
}
HOST = 'x86_64-unknown-linux-gnu'
OSES = {'linux': 'linux', 'macos': 'darwin', 'freebsd': 'freebsd'}  # cfg name -> file stem
# cfg name -> stem of its file in zcall/src/types/ (macOS and FreeBSD share bsd.rs).
TYPES = {'linux': 'linux', 'macos': 'bsd', 'freebsd': 'bsd'}

# (os, kind, name) -> (target_env values it is excluded on or None for all, reason). These are
# compared by hand in tests/tests/abi_libc.rs ("exceptions"), with the reason.
_GNU64 = {'x86_64-unknown-linux-gnu', 'aarch64-unknown-linux-gnu', 'riscv64gc-unknown-linux-gnu',
          'loongarch64-unknown-linux-gnu', 's390x-unknown-linux-gnu',
          'powerpc64le-unknown-linux-gnu'}
_LINUX32 = {'i686-unknown-linux-gnu', 'armv7-unknown-linux-gnueabihf', 'powerpc-unknown-linux-gnu'}
_MIPS64 = {'mips64el-unknown-linux-gnuabi64'}
_LIBC_MIPS64 = ('libc 0.2.191 takes glibc\'s and the uapi\'s mips files for target_arch "mips" and '
                '"mips32r6" only (src/new/glibc/sysdeps/unix/linux/mod.rs, '
                'src/new/linux_uapi/asm/mod.rs name those twice where mips64/mips64r6 belong), '
                'so on mips64 it has the generic value; zcall has arch/mips/include/uapi/asm\'s '
                '(compared with it in the exceptions module libc_mips64)')
_TIME64 = ('libc\'s 32-bit targets follow glibc with a 32-bit time_t; zcall keeps 64-bit seconds on '
           'every target, so it has the option the uapi header chooses for a 64-bit time_t '
           '(`sizeof(time_t) == sizeof(__kernel_long_t) ? *_OLD : *_NEW`, asm-generic/socket.h): '
           'the `*_NEW` value (Linux 5.1), whose timeval/timespec has 64-bit seconds')
_TIME64_STRUCT = ('libc\'s 32-bit targets have glibc\'s 32-bit time_t; zcall\'s struct is the '
                  'kernel\'s 64-bit-time one (`__kernel_timespec`/`__kernel_itimerspec`, the '
                  '*_time64 syscalls), compared with the kernel header\'s layout instead')
EXCLUDE = {
    ('linux', 'const', 'O_LARGEFILE'): (
        _GNU64 | _MIPS64, 'glibc (so libc\'s gnu targets) defines it as 0 on 64-bit; zcall has the '
        'kernel\'s value, which musl and libc\'s musl targets also have'),
    ('linux', 'const', 'SO_RCVTIMEO'): (_LINUX32 | _MIPS64, _TIME64 + '; on mips64: ' + _LIBC_MIPS64),
    ('linux', 'const', 'SO_SNDTIMEO'): (_LINUX32 | _MIPS64, _TIME64 + '; on mips64: ' + _LIBC_MIPS64),
    ('linux', 'const', 'SO_TIMESTAMP'): (_LINUX32, _TIME64),
    ('linux', 'const', 'SO_TIMESTAMPNS'): (_LINUX32, _TIME64),
    ('linux', 'const', 'SO_TIMESTAMPING'): (_LINUX32, _TIME64),
    ('linux', 'struct', 'Timespec'): (_LINUX32, _TIME64_STRUCT),
    ('linux', 'struct', 'Itimerspec'): (_LINUX32, _TIME64_STRUCT),
    ('linux', 'const', 'RLIM_INFINITY'): (
        _LINUX32, 'zcall\'s is prlimit64\'s (`struct rlimit64`, u64); libc\'s 32-bit rlim_t is 32 '
        'bits (compared with libc::RLIM64_INFINITY in abi_libc.rs instead)'),
    ('linux', 'struct', 'Rlimit'): (
        _LINUX32, 'zcall\'s Rlimit is prlimit64\'s `struct rlimit64`; libc\'s rlimit has 32-bit '
        'fields on 32-bit targets (compared with libc::rlimit64 in abi_libc.rs instead)'),
    ('linux', 'struct', 'Stat'): (
        _LINUX32 | _MIPS64, 'on 32-bit targets and mips64 zcall\'s Stat keeps the 64-bit '
        'asm-generic layout (64-bit times and sizes, filled from statx), which is no kernel or '
        'libc struct there: glibc\'s 32-bit struct stat has 32-bit off_t and time_t, the '
        'kernel\'s stat64 32-bit seconds; mips64\'s own struct stat (and glibc\'s) has a 32-bit '
        'st_dev and st_rdev and 32-bit seconds'),
    ('linux', 'struct', 'Timeval'): (
        _LINUX32, 'libc\'s 32-bit targets have glibc\'s 32-bit time_t; zcall\'s Timeval keeps '
        '64-bit seconds there (computed from clock_gettime64, not the kernel\'s old timeval)'),
    ('linux', 'const', 'SOCK_STREAM'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SOCK_DGRAM'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SOCK_NONBLOCK'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SOL_SOCKET'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SO_REUSEADDR'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SO_TYPE'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SO_ERROR'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SO_DONTROUTE'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SO_BROADCAST'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SO_SNDBUF'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SO_RCVBUF'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SO_KEEPALIVE'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SO_OOBINLINE'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SO_LINGER'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SO_REUSEPORT'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SO_PASSCRED'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SO_PEERCRED'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SO_RCVLOWAT'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SO_SNDLOWAT'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SO_ACCEPTCONN'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SO_PEERSEC'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SO_SNDBUFFORCE'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SO_PROTOCOL'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SO_DOMAIN'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIGBUS'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIGUSR1'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIGUSR2'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIGCHLD'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIGCONT'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIGSTOP'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIGTSTP'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIGTTIN'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIGTTOU'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIGURG'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIGXCPU'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIGXFSZ'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIGVTALRM'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIGPROF'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIGWINCH'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIGIO'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIGPOLL'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIGPWR'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIGSYS'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIG_BLOCK'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIG_UNBLOCK'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIG_SETMASK'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SA_NOCLDWAIT'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SA_SIGINFO'): (_MIPS64, _LIBC_MIPS64),
    ('linux', 'const', 'SIGRTMIN'): (
        None, 'libc\'s SIGRTMIN() is a function: the C library\'s first free real-time '
        'signal (34 on glibc, 35 on musl); zcall has the kernel\'s 32'),
    ('linux', 'const', 'SIGRTMAX'): (None, 'libc\'s SIGRTMAX() is a function'),
    ('linux', 'field', 'Msghdr.msg_iovlen'): (
        {'musl'}, 'musl declares it `int` plus 4 bytes of padding (the kernel: size_t)'),
    ('linux', 'field', 'Msghdr.msg_controllen'): (
        {'musl'}, 'musl declares it `socklen_t` plus 4 bytes of padding (the kernel: size_t)'),
    ('linux', 'struct', 'Cmsghdr'): (
        {'musl'}, 'musl declares cmsg_len as `socklen_t` plus 4 bytes of padding (the kernel: '
        'size_t), so its cmsghdr has alignment 4'),
    ('linux', 'const', 'O_ACCMODE'): (
        {'musl'}, 'musl defines O_ACCMODE as 03|O_PATH; the kernel\'s is 03'),
}

# (os, family) -> reason: constants of these `// --- FAMILY ---` sections whose libc type
# differs from zcall's on a target are compared there by value (both widened to i128, in a
# `consts_value!` block) instead of by type and value. A type difference anywhere else stops
# the script (see EXCLUDE).
VALUE_ONLY = {
    ('linux', 'FIO'): (
        'zcall has the kernel\'s `unsigned int cmd` of ioctl(2) (u32); libc\'s `Ioctl` type is '
        '`c_ulong` on gnu (glibc declares `unsigned long request`) and `c_int` on musl'),
    ('linux', 'SIOC'): (
        'zcall has the kernel\'s `unsigned int cmd` of ioctl(2) (u32); libc declares the SIOC* '
        'requests `c_ulong` on gnu and musl'),
    ('linux', 'RLIMIT_'): (
        'zcall has the kernel\'s `unsigned int resource` of prlimit64(2) (u32, glibc\'s '
        '`__rlimit_resource_t`); musl, and so libc\'s musl targets, declares RLIMIT_* and '
        'RLIM_NLIMITS `c_int`'),
}


def value_only(c):
    return c.kind == 'const' and (c.os, c.family) in VALUE_ONLY


# (os, family) -> why: constant families typed for the kernel field or argument they are stored
# in, which is not libc's type for them. Compared with libc by value (`consts_as!`), never by
# type; every other family must have libc's type.
TYPED_FAMILIES = {
    ('linux', 'EPOLL_EVENTS'): (
        'u32, the type of `struct epoll_event.events` (`__poll_t`); libc: c_int'),
    ('linux', 'NLM_F'): 'u16, the type of `struct nlmsghdr.nlmsg_flags`; libc: c_int',
    ('linux', 'NLMSG'): 'u16, the type of `struct nlmsghdr.nlmsg_type`; libc: c_int',
    ('linux', 'IFF'): 'u32, the type of `struct ifinfomsg.ifi_flags`; libc: c_int',
}

# zcall struct -> libc struct, where the CamelCase name does not map to libc's by underscores.
LIBC_STRUCT_NAMES = {
    'PollFd': 'pollfd',
}

# Second sources for zcall's constants: C headers and kernel files saved in scripts/data/.
# (os, test name, label naming the source in the generated file and the test report, files
# relative to scripts/data/, target_arch values it applies to or None for all, mode).
# mode 'gaps': used only on the targets where libc lacks the name (Linux: libc is the main
# source there); 'all': every constant of the OS is compared with it as well as with libc;
# 'defined': every constant of zcall that the files define (with one value) is compared with
# them on every target, as well as with libc (or instead, where libc lacks it).
# Within a row the files are evaluated together; the first row that defines a name decides.
_ZIG_DARWIN = 'ziglang/any-darwin-any/'
_ZIG_FREEBSD = 'ziglang/generic-freebsd/'
HEADER_GROUPS = [
    ('linux', 'consts_kernel_header', 'linux-io_uring.h, linux-io_uring-zcrx.h',
     ['kernel/linux-io_uring.h', 'kernel/linux-io_uring-zcrx.h'], None, 'gaps'),
    ('linux', 'consts_uapi_header',
     'Debian linux-libc-dev 6.1.187 uapi linux/in.h, linux/in6.h, linux/tcp.h, '
     'asm-generic/poll.h',
     ['headers/linux-libc-dev/linux/in.h', 'headers/linux-libc-dev/linux/in6.h',
      'headers/linux-libc-dev/linux/tcp.h', 'headers/linux-libc-dev/asm-generic/poll.h'],
     None, 'gaps'),
    ('linux', 'consts_uapi_readiness_netlink',
     'Debian linux-libc-dev 6.1.187 uapi linux/eventpoll.h, linux/netlink.h, '
     'linux/rtnetlink.h, linux/if_link.h, linux/if.h',
     ['headers/linux-libc-dev/linux/eventpoll.h', 'headers/linux-libc-dev/linux/netlink.h',
      'headers/linux-libc-dev/linux/rtnetlink.h', 'headers/linux-libc-dev/linux/if_link.h',
      'headers/linux-libc-dev/linux/if.h'], None, 'defined'),
    ('linux', 'consts_uapi_ioctl_header',
     'Debian linux-libc-dev 6.1.187 uapi linux/sockios.h, asm-generic/sockios.h, '
     'asm-generic/ioctls.h',
     ['headers/linux-libc-dev/linux/sockios.h', 'headers/linux-libc-dev/asm-generic/sockios.h',
      'headers/linux-libc-dev/asm-generic/ioctls.h'],
     # powerpc has its own asm/ioctls.h (other _IOC encodings); see zcall's consts. s390x's
     # asm/ioctls.h is the generic one but for FIOQSIZE (0x545E, as arm's).
     {'x86_64', 'aarch64', 'riscv64', 'loongarch64', 'x86', 'arm', 's390x'}, 'gaps'),
    ('linux', 'consts_glibc_socket_h',
     'Debian libc6-dev 2.36 bits/socket.h (glibc\'s copy of the kernel\'s non-uapi '
     'include/linux/socket.h values)',
     ['headers/libc6-dev/x86_64-linux-gnu/bits/socket.h'], None, 'gaps'),
    ('linux', 'consts_x86_64_header', 'Debian linux-libc-dev 6.1.187 x86_64 asm/signal.h',
     ['headers/linux-libc-dev/x86_64-linux-gnu/asm/signal.h'], {'x86_64'}, 'gaps'),
    ('linux', 'consts_arm64_header',
     'Debian linux-libc-dev-arm64-cross 6.1.4 arm64 asm/signal.h, asm/mman.h',
     ['headers/linux-libc-dev-arm64-cross/asm/signal.h',
      'headers/linux-libc-dev-arm64-cross/asm/mman.h'], {'aarch64'}, 'gaps'),
    ('macos', 'consts_sdk_header', 'Zig 0.17.0\'s macOS SDK 27 headers',
     [f'headers/{_ZIG_DARWIN}{h}' for h in (
         'sys/socket.h', 'netinet/in.h', 'netinet6/in6.h', 'netinet/tcp.h', 'sys/fcntl.h',
         'sys/_types/_o_sync.h', 'sys/_types/_o_dsync.h', 'sys/mman.h', 'sys/poll.h',
         '_time.h', 'sys/signal.h', 'sys/_types/_s_ifmt.h', 'sys/_types/_seek_set.h',
         'sys/ioccom.h', 'sys/filio.h', 'net/if.h')], None, 'all'),
    ('freebsd', 'consts_freebsd_header', 'Zig 0.17.0\'s FreeBSD 15 headers',
     [f'headers/{_ZIG_FREEBSD}{h}' for h in (
         'sys/socket.h', 'netinet/in.h', 'netinet6/in6.h', 'netinet/tcp.h', 'sys/fcntl.h',
         'sys/eventfd.h', 'sys/timerfd.h', 'sys/mman.h', 'sys/poll.h', 'sys/_clock_id.h',
         'sys/signal.h', 'sys/stat.h', 'sys/unistd.h', 'sys/ioccom.h', 'sys/filio.h',
         'net/if.h')], None, 'all'),
]

# (os, name) -> reason: a saved header has a different value than zcall (and libc), on
# purpose or because the header is of another OS version. Not compared with that header;
# listed with the reason in the generated file.
HEADER_DIFFERENCES = {
    ('freebsd', 'CLOCK_BOOTTIME'): (
        'Zig\'s FreeBSD 15 sys/_clock_id.h defines CLOCK_BOOTTIME as CLOCK_MONOTONIC (4); '
        'libc 0.2.191 defines it as CLOCK_UPTIME (5), and zcall took libc\'s value. Both are '
        'valid clock ids; which one is right depends on the FreeBSD version and was not '
        'settled here (no FreeBSD source of the older definition is saved)'),
}

# zcall::nr names whose number the newer table (Zig's FreeBSD 15 sys/syscall.h) gives under
# another name: (os, NAME) -> (name in that table, reason). Compared with that entry. Empty
# since zcall::nr has FreeBSD 15's numbers (GETGROUPS 595, SETGROUPS 596, SWAPOFF 582; the
# retired COMPAT rows 79, 80 and 424 are no constants).
NR_RENAMED = {}

# (os, name) -> (value, reason): a name a header defines with two values under different #if
# branches (which the evaluator does not follow), with the branch zcall's value follows. The
# value must be one of the header's; it is then compared like any other.
HEADER_BRANCHES = {
    ('macos', 'SO_LINGER'): (
        0x80, 'sys/socket.h: 0x0080 (linger in ticks) unless _POSIX_C_SOURCE is defined '
        'without _DARWIN_C_SOURCE, then 0x1080 (SO_LINGER_SEC); zcall has the default 0x0080'),
    ('macos', 'IPV6_PKTINFO'): (
        46, 'netinet6/in6.h defines it only under __APPLE_USE_RFC_3542 (IPV6_3542PKTINFO, 46) '
        'or __APPLE_USE_RFC_2292 (IPV6_2292PKTINFO, 19); zcall (like libc) has the RFC 3542 '
        'option'),
    ('macos', 'IPV6_HOPLIMIT'): (
        47, 'netinet6/in6.h defines it only under __APPLE_USE_RFC_3542 (IPV6_3542HOPLIMIT, '
        '47) or __APPLE_USE_RFC_2292 (IPV6_2292HOPLIMIT, 20); zcall (like libc) has the RFC '
        '3542 option'),
}

# Syscall tables for the macOS and FreeBSD numbers (libc has no SYS_* there).
DARWIN_MASTER = 'xnu-syscalls.master'
FREEBSD_SYSCALL_H = f'headers/{_ZIG_FREEBSD}sys/syscall.h'
FREEBSD_MASTER = 'freebsd-syscalls.master'


def excluded(key, target):
    """Is `key` excluded on `target`? EXCLUDE's first element is None (every target) or a
    set of `target_env` values and/or target triples."""
    ex = EXCLUDE.get(key)
    return bool(ex) and (ex[0] is None or TARGETS[target][2] in ex[0] or target in ex[0])


def read(path):
    with open(path) as f:
        return f.read()


# ---------------------------------------------------------------- zcall's names

def parse_consts(path):
    """[(family, name, type)] in file order, first occurrence of each name."""
    out, seen, fam = [], set(), None
    for line in read(path).splitlines():
        m = re.match(r'// --- (\S+)', line)
        if m:
            fam = m.group(1)
            continue
        m = re.match(r'pub const (\w+):\s*([^=]+?)\s*=', line)
        if m and m.group(1) not in seen:
            seen.add(m.group(1))
            out.append((fam, m.group(1), m.group(2)))
    return out


def parse_errno(path):
    """The errno names of a table file, each once, table by table (Linux has one table per
    arch group: powerpc's EDEADLOCK is a value, elsewhere an alias)."""
    out = []
    for block in read(path).split('errno_table! {')[1:]:
        vals = re.findall(r'^\s+(E\w+) = (-?\d+), "', block, re.M)
        aliases = re.findall(r'^\s+(E\w+) = (E\w+);', block, re.M)
        for n in [n for n, _ in vals] + [a for a, _ in aliases]:
            if n not in out:
                out.append(n)
    return out


def parse_nr(path):
    return re.findall(r'^pub const (\w+): usize = \d+;', read(path), re.M)


def parse_structs(path):
    """{name: [fields]} of the `pub struct`s with named fields."""
    out, cur = {}, None
    for line in read(path).splitlines():
        m = re.match(r'pub struct (\w+) \{', line)
        if m:
            cur = m.group(1)
            out[cur] = []
            continue
        if cur is not None:
            if line.startswith('}'):
                cur = None
                continue
            m = re.match(r'\s+pub (\w+):', line)
            if m:
                out[cur].append(m.group(1))
    return out


def libc_struct(name):
    if name in LIBC_STRUCT_NAMES:
        return LIBC_STRUCT_NAMES[name]
    return re.sub(r'(?<!^)(?=[A-Z])', '_', name).lower()


def fnv1a(names):
    """64-bit FNV-1a of the names joined by newlines (the test recomputes it)."""
    h = 0xcbf29ce484222325
    for b in '\n'.join(names).encode():
        h = ((h ^ b) * 0x100000001b3) & 0xffffffffffffffff
    return h


def fnv1a_bytes(data):
    h = 0xcbf29ce484222325
    for b in data:
        h = ((h ^ b) * 0x100000001b3) & 0xffffffffffffffff
    return h


# What generated.rs is made from that the test can read, with the extractor the staleness
# test (`generated_file_is_current` in abi_libc.rs) mirrors: 'const' = `pub const NAME` at the
# start of a line, 'errno' = `    ENAME = ...` lines, 'struct' = `pub struct Name {` and its
# `pub field:` lines (as `Name.field`), 'kernel_layout' = the struct of each
# `kernel_layout! { test, "source": Struct:` line, 'libc' = libc's version in Cargo.lock,
# 'bytes' = the whole file. The data files are listed by inputs().
INPUTS = [
    ('zcall/src/consts/linux.rs', 'const'),
    ('zcall/src/consts/darwin.rs', 'const'),
    ('zcall/src/consts/freebsd.rs', 'const'),
    ('zcall/src/errno/linux.rs', 'errno'),
    ('zcall/src/errno/darwin.rs', 'errno'),
    ('zcall/src/errno/freebsd.rs', 'errno'),
    ('zcall/src/nr/linux_x86_64.rs', 'const'),
    ('zcall/src/nr/linux_generic.rs', 'const'),
    ('zcall/src/nr/darwin.rs', 'const'),
    ('zcall/src/nr/freebsd.rs', 'const'),
    ('zcall/src/types/mod.rs', 'struct'),
    ('zcall/src/types/linux.rs', 'struct'),
    ('zcall/src/types/bsd.rs', 'struct'),
    (ABI_TEST, 'kernel_layout'),
    ('Cargo.lock', 'libc'),
    ('scripts/gen_abi_checks.py', 'bytes'),
    (RECORD, 'bytes'),
]


def kernel_data_files():
    """The files of scripts/data/ this script reads (relative to scripts/data/)."""
    files = ['kernel/linux-syscall_64.tbl', 'kernel/linux-tools-scripts-syscall.tbl',
             'kernel/linux-6.1-syscall_32.tbl', 'kernel/linux-6.1-arm-syscall.tbl',
             'kernel/linux-6.1-powerpc-syscall.tbl', 'kernel/linux-6.1-s390-syscall.tbl',
             'kernel/linux-6.1-mips-syscall_n64.tbl',
             'kernel/linux-arm64-Makefile.syscalls', 'kernel/linux-riscv-Makefile.syscalls',
             'kernel/linux-loongarch-Makefile.syscalls', f'kernel/{DARWIN_MASTER}',
             f'kernel/{FREEBSD_MASTER}', FREEBSD_SYSCALL_H]
    for os_ in KERNEL_ERRNO_HEADERS:
        files += [f'kernel/{h}' for h in KERNEL_ERRNO_HEADERS[os_]]
    for _, _, _, fs, _, _ in HEADER_GROUPS:
        files += fs
    files += list(SIGSET_HEADERS.values())
    files.append(STATX_HEADER)
    out = []
    for f in files:
        if f not in out:
            out.append(f)
    return out


def inputs():
    return INPUTS + [(f'{DATA}/{f}', 'bytes') for f in kernel_data_files()]


def data_path(f):
    """Where to read scripts/data/<f>: kernel/ files from --ref's directory."""
    if f.startswith('kernel/'):
        return os.path.join(KERNEL, f[len('kernel/'):])
    return os.path.join(ROOT, DATA, f)


def input_digest(path, kind):
    """FNV-1a of what the Rust test extracts from one input (see INPUTS)."""
    full = os.path.join(ROOT, path)
    if path.startswith(KERNEL_DIR + '/'):
        full = data_path(path[len(DATA) + 1:])
    if kind == 'bytes':
        with open(full, 'rb') as f:
            return fnv1a_bytes(f.read())
    return fnv1a(input_names(read(full), kind))


def ident(s):
    m = re.match(r'[A-Za-z0-9_]*', s)
    return m.group(0)


def input_names(text, kind):
    """The names as the Rust test extracts them (one list, file order, duplicates kept)."""
    names, cur = [], None
    if kind == 'libc':
        m = re.search(r'\nname = "libc"\nversion = "([^"]*)"', text)
        return [m.group(1)] if m else []
    for line in text.splitlines():
        if kind == 'const':
            m = re.match(r'pub const (\w+)', line)
            if m:
                names.append(m.group(1))
        elif kind == 'errno':
            m = re.match(r'\s+(E[A-Z0-9]+) = ', line)
            if m:
                names.append(m.group(1))
        elif kind == 'kernel_layout':
            rest = line.lstrip()
            if rest.startswith('kernel_layout! { ') and '": ' in rest:
                name = ident(rest[rest.index('": ') + 3:])
                if name:
                    names.append(name)
        else:
            m = re.match(r'pub struct (\w+) \{', line)
            if m:
                cur = m.group(1)
                names.append(cur)
            elif cur is not None and line.startswith('}'):
                cur = None
            elif cur is not None:
                m = re.match(r'\s+pub (\w+):', line)
                if m:
                    names.append(cur + '.' + m.group(1))
    return names


def kernel_layouts():
    """{struct: source} of the `kernel_layout!` checks written by hand in abi_libc.rs."""
    out = {}
    for line in read(os.path.join(ROOT, ABI_TEST)).splitlines():
        m = re.match(r'\s*kernel_layout! \{ \w+, "([^"]*)": (\w+):', line)
        if m:
            out.setdefault(m.group(2), []).append(m.group(1))
    return {k: ' / '.join(v) for k, v in out.items()}


def kernel_layout_fields():
    """{struct: {field}} of the fields every `kernel_layout!` of the struct in abi_libc.rs
    compares (`field @ offset: size`)."""
    out = {}
    text = read(os.path.join(ROOT, ABI_TEST))
    for m in re.finditer(r'kernel_layout! \{ \w+, "[^"]*": (\w+):[^{]*\{(.*?)\} \}', text, re.S):
        fields = set(re.findall(r'(\w+) @ \d+: \d+', m.group(2)))
        out[m.group(1)] = out[m.group(1)] & fields if m.group(1) in out else fields
    return out


class Cand:
    """One comparison: kind const/errno/nr/struct/field."""

    def __init__(self, os_, kind, name, family=None, libc=None, struct=None):
        self.os, self.kind, self.name = os_, kind, name
        self.family, self.libc, self.struct = family, libc, struct

    def key(self):
        return (self.os, self.kind, self.name)


def candidates():
    cands = []
    common_structs = parse_structs(os.path.join(ROOT, 'zcall/src/types/mod.rs'))
    for os_, stem in OSES.items():
        for fam, name, _ in parse_consts(os.path.join(ROOT, f'zcall/src/consts/{stem}.rs')):
            cands.append(Cand(os_, 'const', name, family=fam, libc=name))
        for name in parse_errno(os.path.join(ROOT, f'zcall/src/errno/{stem}.rs')):
            cands.append(Cand(os_, 'errno', name, libc=name))
        structs = dict(common_structs)
        structs.update(parse_structs(os.path.join(ROOT, f'zcall/src/types/{TYPES[os_]}.rs')))
        for s, fields in structs.items():
            cands.append(Cand(os_, 'struct', s, libc=libc_struct(s)))
            for f in fields:
                cands.append(Cand(os_, 'field', f'{s}.{f}', libc=f, struct=s))
    nr = []
    for stem in ('linux_x86_64', 'linux_generic'):
        for name in parse_nr(os.path.join(ROOT, f'zcall/src/nr/{stem}.rs')):
            if name not in nr:
                nr.append(name)
    for name in nr:
        cands.append(Cand('linux', 'nr', name, libc='SYS_' + name.lower()))
    return cands


# ---------------------------------------------------------------- probing

def probe_lines(cands, absent, with_types):
    """Probe source and {line number: (candidate key, side)} for the OS's candidates.
    side: 'z' zcall has it, 'l' libc has it, 't' same type."""
    lines = ['// Temporary probe written by scripts/gen_abi_checks.py; delete if left over.',
             '#![allow(unused, deprecated, clippy::all)]']
    where = {}

    def emit(key, side, code):
        lines.append('    ' + code)
        where[len(lines)] = (key, side)

    by_os = {}
    for c in cands:
        by_os.setdefault(c.os, []).append(c)
    struct_absent = lambda os_, s: ((os_, 'struct', s), 'z') in absent or \
        ((os_, 'struct', s), 'l') in absent
    for os_, cs in by_os.items():
        lines.append(f'#[cfg(target_os = "{os_}")]')
        lines.append(f'fn probe_{os_}() {{')
        for c in cs:
            k = c.key()
            has = lambda side: (k, side) not in absent
            if c.kind == 'const':
                zc, lc = f'zcall::consts::{c.name}', f'libc::{c.libc}'
            elif c.kind == 'errno':
                zc, lc = f'zcall::Errno::{c.name}', f'libc::{c.libc}'
            elif c.kind == 'nr':
                zc, lc = f'zcall::nr::{c.name}', f'libc::{c.libc}'
            elif c.kind == 'struct':
                zc = f'core::mem::size_of::<zcall::types::{c.name}>()'
                lc = f'core::mem::size_of::<libc::{c.libc}>()'
            else:
                if struct_absent(os_, c.struct):
                    continue
                sc = next(x for x in cs if x.kind == 'struct' and x.name == c.struct)
                zc = f'core::mem::offset_of!(zcall::types::{c.struct}, {c.libc})'
                lc = f'core::mem::offset_of!(libc::{sc.libc}, {c.libc})'
            if has('z'):
                emit(k, 'z', f'let _ = {zc};')
            if has('l'):
                emit(k, 'l', f'let _ = {lc};')
            if with_types and has('z') and has('l') and has('t') and c.kind in ('const', 'errno'):
                if c.kind == 'errno':
                    zc += '.raw()'
                emit(k, 't', f'let _: bool = {zc} == {lc};')
        lines.append('}')
    return '\n'.join(lines) + '\n', where


def cargo_env(target):
    env = dict(os.environ)
    env.pop('RUST_BACKTRACE', None)
    if target == HOST:
        return ['cargo'], env
    env.update(RUSTC_BOOTSTRAP='1', CARGO_UNSTABLE_BUILD_STD='std,panic_unwind',
               RUSTC='/usr/bin/rustc')
    return ['/usr/bin/cargo'], env


def cargo_check(target, test, target_dir):
    cargo, env = cargo_env(target)
    if target == HOST:
        env.pop('CARGO_TARGET_DIR', None)  # the workspace's own target dir
    else:
        env['CARGO_TARGET_DIR'] = target_dir
    cmd = cargo + ['check', '-p', 'zcall-tests', '--test', test, '--message-format=json']
    if target != HOST:
        cmd += ['--target', target]
    r = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    errors = []
    for line in r.stdout.splitlines():
        try:
            msg = json.loads(line)
        except ValueError:
            continue
        if msg.get('reason') != 'compiler-message':
            continue
        m = msg['message']
        if m['level'] != 'error':
            continue
        spans = [s for s in m['spans'] if s['is_primary']] or m['spans']
        errors.append((m['message'], [(s['file_name'], s['line_start']) for s in spans],
                       m.get('rendered') or m['message']))
    if r.returncode != 0 and not errors:
        sys.exit(f'cargo check failed for {target} without compiler errors:\n{r.stderr[-3000:]}')
    return errors


def probe_target(target, cands, target_dir):
    """{(candidate key, side): error message} of what does not compile on `target`. First the
    names alone (sides z and l) until they compile, then the type comparisons (side t)."""
    os_ = TARGETS[target][0]
    cands = [c for c in cands if c.os == os_]
    absent = {}
    for with_types in (False, True):
        for _ in range(10):
            src, where = probe_lines(cands, absent, with_types)
            with open(PROBE, 'w') as f:
                f.write(src)
            try:
                errors = cargo_check(target, 'abi_libc_probe', target_dir)
            finally:
                os.unlink(PROBE)
            if not errors:
                break
            new = 0
            for msg, spans, rendered in errors:
                hits = [where[ln] for fn, ln in spans
                        if fn.endswith('abi_libc_probe.rs') and ln in where]
                if not hits:
                    if msg.startswith('aborting due to') or msg.startswith('could not compile'):
                        continue
                    sys.exit(f'{target}: error outside the probe lines:\n{rendered}')
                for hit in hits:
                    if hit not in absent:
                        absent[hit] = msg
                        new += 1
            if not new:
                sys.exit(f'{target}: probe errors repeat:\n' + '\n'.join(e[2] for e in errors))
        else:
            sys.exit(f'{target}: probe did not converge')
    return absent


# ---------------------------------------------------------------- kernel sources

def expand_funcs(e, funcs):
    """Expands calls of the function-like macros `funcs` ({name: (params, body)}) in `e`."""
    for _ in range(10):
        m = None
        for name in funcs:
            m = re.search(rf'\b{name}\s*\(', e)
            if m:
                break
        if not m:
            return e
        params, body = funcs[name]
        depth, i, args, cur = 1, m.end(), [], ''
        while i < len(e) and depth:
            ch = e[i]
            depth += {'(': 1, ')': -1}.get(ch, 0)
            if depth == 1 and ch == ',':
                args.append(cur)
                cur = ''
            elif depth:
                cur += ch
            i += 1
        if depth:
            raise ValueError(e)
        args.append(cur)
        if len(args) != len(params):
            raise ValueError(e)
        for p, a in zip(params, args):
            body = re.sub(rf'\b{p}\b', f'({a})', body)
        e = e[:m.start()] + f'({body})' + e[i:]
    raise ValueError(e)


def c_eval(expr, env, funcs=None):
    e = expr.strip()
    e = re.sub(r'/\*.*?\*/', '', e)
    if funcs:
        e = expand_funcs(e, funcs)
    # `'f'` (the ioctl group letters) and `sizeof(int)` (the ioctl argument sizes), as the
    # LP64 targets have them; any other sizeof stays unknown.
    e = re.sub(r"'([ -~])'", lambda m: str(ord(m.group(1))), e)
    e = re.sub(r'\bsizeof\s*\(\s*\(?\s*(int|unsigned int|u_int|long|unsigned long|u_long)\s*\)?\s*\)',
               lambda m: '4' if m.group(1) in ('int', 'unsigned int', 'u_int') else '8', e)
    e = re.sub(r'\b(0[xX][0-9a-fA-F]+|\d+)[uUlL]+\b', r'\1', e)
    e = re.sub(r'\b0([0-7]+)\b', r'0o\1', e)
    e = e.replace('~', ' ~')
    e = re.sub(r'\(\s*(unsigned\s+)?(int|long|__u\d+|__s\d+|__u?int\d+_t|u_long|u_int|__poll_t)\s*\)',
               '', e)
    for name in sorted(set(re.findall(r'\b[A-Za-z_]\w*\b', e)), key=len, reverse=True):
        if name not in env:
            raise ValueError(name)
        e = re.sub(rf'\b{name}\b', f'({env[name]})', e)
    if not re.fullmatch(r'[\s0-9a-fA-FxXo()|&~<>+\-*]*', e):
        raise ValueError(e)
    return eval(e, {})


# An enum member: its name, then attribute macros (`__CLOCK_AVAILABILITY`, `__API_AVAILABLE(..)`)
# before an optional `= value`.
ENUM_ITEM = re.compile(r'(\w+)((?:\s+__[A-Z0-9_]+(?:\s*\([^()]*(?:\([^()]*\)[^()]*)*\))?)*)'
                       r'\s*(?:=\s*(.+))?', re.S)


def parse_c_defs(paths):
    """{name: {value: [file, ...]}} of the `#define NAME value`s and enum members of the files,
    evaluated together (three passes, so a definition may use one further down or in a later
    file). `#if` is ignored: a name defined twice under different conditions gets two values
    (the caller treats that as ambiguous)."""
    env, funcs, defs = {}, {}, {}
    texts = []
    for path in paths:
        text = read(path).replace('\\\n', ' ')
        text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
        text = re.sub(r'//[^\n]*', '', text)
        texts.append((path, text))
        for m in re.finditer(r'^[ \t]*#[ \t]*define[ \t]+(\w+)\(([^)]*)\)[ \t]+(.+?)[ \t]*$',
                             text, re.M):
            funcs[m.group(1)] = ([a.strip() for a in m.group(2).split(',')], m.group(3))
    for _ in range(3):
        defs = {}

        def define(name, value, path):
            env[name] = value
            defs.setdefault(name, {}).setdefault(value, []).append(path)
        for path, text in texts:
            for m in re.finditer(r'^[ \t]*#[ \t]*define[ \t]+(\w+)[ \t]+(.+?)[ \t]*$', text, re.M):
                try:
                    define(m.group(1), c_eval(m.group(2), env, funcs), path)
                except (ValueError, SyntaxError, TypeError):
                    pass
            for body in re.findall(r'\benum\b\s*\w*\s*\{(.*?)\}', text, re.S):
                nxt = 0
                for item in body.split(','):
                    item = re.sub(r'#\s*\w+[^\n]*', '', item).strip()
                    if not item:
                        continue
                    m = ENUM_ITEM.fullmatch(item)
                    if not m:
                        break
                    try:
                        val = c_eval(m.group(3), env, funcs) if m.group(3) else nxt
                    except (ValueError, SyntaxError, TypeError):
                        break
                    define(m.group(1), val, path)
                    nxt = val + 1
    return defs


def parse_c_header(*paths):
    """{name: value} of the names with one value in the files (see parse_c_defs)."""
    return {n: next(iter(v)) for n, v in parse_c_defs(paths).items() if len(v) == 1}


class Headers:
    """The HEADER_GROUPS of one OS, parsed: lookup(name, arch) -> (group, value) or None, and
    the names a group defines with more than one value (ambiguous, not used)."""

    def __init__(self, os_):
        self.groups = [g for g in HEADER_GROUPS if g[0] == os_]
        self.defs = [parse_c_defs([data_path(f) for f in g[3]]) for g in self.groups]

    def lookup(self, name, arch):
        for g, defs in zip(self.groups, self.defs):
            if g[4] is not None and arch not in g[4]:
                continue
            if name in defs:
                if len(defs[name]) > 1:
                    return g, sorted(defs[name])
                return g, next(iter(defs[name]))
        return None


# The 32-bit arches' tables (Linux 6.1, see scripts/data/kernel/README.md) and their ABI
# column values (as gen_tables.py reads them).
LINUX32_TABLES = {
    'x86': ('linux-6.1-syscall_32.tbl', {'i386'}),
    'arm': ('linux-6.1-arm-syscall.tbl', {'common', 'eabi'}),
    'powerpc': ('linux-6.1-powerpc-syscall.tbl', {'common', '32', 'nospu'}),
    # 64-bit s390 (its own Linux 6.1 table too): the `common` and `64` rows.
    's390x': ('linux-6.1-s390-syscall.tbl', {'common', '64'}),
    # 64-bit powerpc: the same table's `64` rows (gen_tables.py's nr::linux_powerpc64).
    'powerpc64': ('linux-6.1-powerpc-syscall.tbl', {'common', '64', 'nospu'}),
}
# mips64 (n64): rows numbered from 0, the kernel adds __NR_Linux 5000.
MIPS64_TABLE = ('linux-6.1-mips-syscall_n64.tbl', {'common', 'n64'}, 5000)


def syscall_table(arch):
    """{name: number} for a Linux arch from the saved tables (kernel's rules)."""
    base = 0
    if arch == 'x86_64':
        path, abis = 'linux-syscall_64.tbl', {'common', '64'}
    elif arch == 'mips64':
        path, abis, base = MIPS64_TABLE
    elif arch in LINUX32_TABLES:
        path, abis = LINUX32_TABLES[arch]
    else:
        path = 'linux-tools-scripts-syscall.tbl'
        mk = {'aarch64': 'arm64', 'riscv64': 'riscv', 'loongarch64': 'loongarch'}[arch]
        m = re.search(r'syscall_abis_64\s*\+=([^\n]*)',
                      read(f'{KERNEL}/linux-{mk}-Makefile.syscalls'))
        abis = {'common', '64'} | set(m.group(1).split())
    out = {}
    for line in read(f'{KERNEL}/{path}').splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[0].isdigit() and parts[1] in abis:
            out[parts[2]] = int(parts[0]) + base
    return out


def darwin_table():
    """{name: number} from the saved xnu syscalls.master, read independently of gen_tables.py:
    each row's function name with `sys_` removed, `nosys`/`enosys` rows and `#else` branches
    left out."""
    out, in_else = {}, []
    for line in read(f'{KERNEL}/{DARWIN_MASTER}').splitlines():
        d = re.match(r'#\s*(if|else|endif)', line)
        if d:
            if d.group(1) == 'if':
                in_else.append(False)
            elif d.group(1) == 'else':
                in_else[-1] = True
            else:
                in_else.pop()
            continue
        m = re.match(r'(\d+)\s+\S+\s+\S+\s*\{[^(]*?\b(\w+)\s*\(', line)
        if not m or any(in_else) or m.group(2) in ('nosys', 'enosys'):
            continue
        name = re.sub(r'^sys_', '', m.group(2))
        out[name] = int(m.group(1))
    return out


def freebsd_master_table():
    """{name: number} from the saved FreeBSD syscalls.master: STD/NOSTD/NOPROTO rows with a
    prototype, named by their alternate name when they give one."""
    text = read(f'{KERNEL}/{FREEBSD_MASTER}')
    out = {}
    for m in re.finditer(r'^(\d+)\s+\S+\s+([A-Z|]+)\s*\{([^}]*)\}([^\n]*)', text, re.M):
        flags = m.group(2).split('|')
        if any(f.startswith('COMPAT') or f in ('OBSOL', 'UNIMPL', 'NODEF') for f in flags):
            continue
        fm = re.search(r'\b(\w+)\s*\(', m.group(3))
        if not fm or fm.group(1) == 'nosys':
            continue
        alt = m.group(4).split()
        out.setdefault(alt[0] if alt else fm.group(1), int(m.group(1)))
    return out


def freebsd_header_table():
    """{name: number} of `SYS_<name>` in Zig's FreeBSD sys/syscall.h (names as written)."""
    return {n[len('SYS_'):]: v for n, v in parse_c_header(data_path(FREEBSD_SYSCALL_H)).items()
            if n.startswith('SYS_') and n != 'SYS_MAXSYSCALL'}


KERNEL_ERRNO_HEADERS = {
    'linux': ['linux-errno-base.h', 'linux-errno.h'],
    'macos': ['xnu-errno.h'],
    'freebsd': ['freebsd-errno.h'],
}


def zcall_values(stem):
    """{name: value} of zcall's constants whose value is a plain expression of literals and
    earlier constants, defined once in zcall/src/consts/<stem>.rs (names with #[cfg]'d
    variants are left out): what the script compares with the headers before writing."""
    text = read(os.path.join(ROOT, f'zcall/src/consts/{stem}.rs'))
    found = re.findall(r'^pub const (\w+):\s*\w+\s*=\s*(.+?);', text, re.M | re.S)
    count = {}
    for n, _ in found:
        count[n] = count.get(n, 0) + 1
    env = {}
    for n, expr in found:
        if count[n] != 1:
            continue
        e = re.sub(r'(?<=[0-9a-fA-F])_(?=[0-9a-fA-F])', '', expr).replace('!', '~')
        e = re.sub(r'\b(\d+)(i|u)(8|16|32|64|size)\b', r'\1', e)
        try:
            for name in sorted(set(re.findall(r'\b[A-Za-z_]\w*\b', e)), key=len, reverse=True):
                if name.startswith('0'):
                    continue
                if name not in env:
                    raise ValueError(name)
                e = re.sub(rf'\b{name}\b', f'({env[name]})', e)
            if not re.fullmatch(r'[\s0-9a-fA-FxXob()|&~<>+\-*]*', e):
                raise ValueError(e)
            env[n] = eval(e, {})
        except (ValueError, SyntaxError, TypeError):
            pass
    return env


# ---------------------------------------------------------------- output

def cfg_for(present, probed):
    """A cfg predicate true on the probed targets in `present`; None when that is all of them."""
    if set(present) == set(probed):
        return None
    if not present:
        return 'any()'
    by_arch = {}
    for t in probed:
        by_arch.setdefault(TARGETS[t][1], set()).add(t)
    terms = []
    for arch in sorted(by_arch):
        have = by_arch[arch] & set(present)
        if not have:
            continue
        if have == by_arch[arch]:
            terms.append(f'target_arch = "{arch}"')
        else:
            for t in sorted(have):
                env = TARGETS[t][2]
                terms.append(f'all(target_arch = "{arch}", target_env = "{env}")')
    # Fold "every arch with env X" into target_env = "X".
    envs = {TARGETS[t][2] for t in probed}
    if len(envs) > 1:
        for env in sorted(envs):
            full = {t for t in probed if TARGETS[t][2] == env}
            if full <= set(present) and not (set(present) - full):
                return f'target_env = "{env}"'
    return terms[0] if len(terms) == 1 else 'any(' + ', '.join(terms) + ')'


def cfg_line(cfg, indent, width=100):
    """`#[cfg(...)]` on a line of its own, split as rustfmt does when it is too long
    (`any(`/`all(` with one term a line)."""
    line = f'{indent}#[cfg({cfg})]'
    m = re.match(r'^(any|all)\((.*)\)$', cfg)
    if len(line) <= width or not m:
        return line
    terms, depth, cur = [], 0, ''
    for ch in m.group(2):
        if ch == ',' and depth == 0:
            terms.append(cur.strip())
            cur = ''
            continue
        depth += ch == '('
        depth -= ch == ')'
        cur += ch
    terms.append(cur.strip())
    inner = '\n'.join(f'{indent}    {t},' for t in terms)
    return f'{indent}#[cfg({m.group(1)}(\n{inner}\n{indent}))]'


def attr(cfg):
    return f'#[cfg({cfg})] ' if cfg else ''


def rust_family_fn(fam):
    special = {'SIG_': 'sig_how', 'F_': 'fcntl', 'SIG': 'sig', 'POLL': 'poll'}
    return special.get(fam, fam.lower().rstrip('_'))


def wrap(items, indent='        ', width=96):
    """Comma-separated items, packed into lines of at most `width` columns."""
    out, line = [], indent
    for it in items:
        piece = it + ','
        if line.strip() and len(line) + 1 + len(piece) > width:
            out.append(line.rstrip())
            line = indent
        line += ('' if not line.strip() else ' ') + piece
    if line.strip():
        out.append(line.rstrip())
    return '\n'.join(out)


def comment_lines(text, indent='    // ', sub='    // ', width=96):
    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=sub,
                         break_long_words=False, break_on_hyphens=False)


def source_desc(g):
    """A HEADER_GROUPS row's label with the paths of its files."""
    paths = [f'{DATA}/{f}' for f in g[3]]
    if g[2] == ', '.join(os.path.basename(f) for f in g[3]):
        return ', '.join(paths)
    if len(paths) > 3:
        common = os.path.commonpath(paths)
        return f'{g[2]} ({common}/: ' + ', '.join(os.path.relpath(p, common) for p in paths) + ')'
    return f'{g[2]} ({", ".join(paths)})'


# The headers behind the hand-written `kernel_layout!` of `Sigset` in abi_libc.rs (size 8 on
# every Linux target): checked here so that a changed header cannot leave that number behind.
SIGSET_HEADERS = {
    'generic': 'headers/linux-libc-dev/asm-generic/signal.h',
    'x86_64': 'headers/linux-libc-dev/x86_64-linux-gnu/asm/signal.h',
    'aarch64': 'headers/linux-libc-dev-arm64-cross/asm/signal.h',
    'riscv64': 'headers/linux-libc-dev-riscv64-cross/asm/signal.h',
    'loongarch64': 'headers/ziglang/loongarch-linux-any/asm/signal.h',
    'mips64': 'headers/linux-libc-dev-mips64el-cross/asm/signal.h',
}


def check_sigset_sources():
    """The facts the `Sigset` kernel_layout! in abi_libc.rs states, read from the headers."""
    generic = read(data_path(SIGSET_HEADERS['generic']))
    nsig = parse_c_header(data_path(SIGSET_HEADERS['generic'])).get('_NSIG')
    if nsig != 64 or not re.search(r'unsigned long sig\[_NSIG_WORDS\];', generic) or \
            not re.search(r'#define _NSIG_WORDS\s+\(_NSIG / _NSIG_BPW\)', generic):
        raise GenError('asm-generic/signal.h no longer says sigset_t = unsigned long '
                       f'sig[_NSIG / _NSIG_BPW] with _NSIG 64 (_NSIG: {nsig}): update Sigset\'s '
                       'kernel_layout! in abi_libc.rs')
    for arch in ('aarch64', 'riscv64', 'loongarch64'):
        if '#include <asm-generic/signal.h>' not in read(data_path(SIGSET_HEADERS[arch])):
            raise GenError(f'{SIGSET_HEADERS[arch]} does not include asm-generic/signal.h')
    if not re.search(r'^typedef unsigned long sigset_t;$',
                     read(data_path(SIGSET_HEADERS['x86_64'])), re.M):
        raise GenError(f'{SIGSET_HEADERS["x86_64"]}: no `typedef unsigned long sigset_t;`')
    mips = read(data_path(SIGSET_HEADERS['mips64']))
    if not re.search(r'^#define _NSIG\s+128$', mips, re.M) or \
            not re.search(r'unsigned long sig\[_NSIG_WORDS\];', mips):
        raise GenError(f'{SIGSET_HEADERS["mips64"]} no longer says unsigned long '
                       'sig[_NSIG_WORDS] with _NSIG 128: update Sigset\'s kernel_layout!')


# The header behind the hand-written `kernel_layout!` of `Statx`/`StatxTimestamp` in
# abi_libc.rs (musl lacks the newest statx fields, so libc cannot cover them there): its
# numbers are recomputed here from the header.
STATX_HEADER = 'headers/ziglang/any-linux-any/linux/stat.h'
C_SCALARS = {'__u8': 1, '__s8': 1, '__u16': 2, '__s16': 2, '__u32': 4, '__s32': 4, '__u64': 8,
             '__s64': 8}


def c_struct_layout(text, name, known):
    """({field: (offset, size)}, size, align) of `struct name` in the header text, for
    fields of the __u/__s scalar types, arrays of them and the structs in `known`
    ({name: (size, align)}), laid out as the C ABI of the LP64 targets does."""
    m = re.search(rf'\bstruct {name} \{{(.*?)\n\}};', text, re.S)
    if not m:
        raise GenError(f'{STATX_HEADER}: no struct {name}')
    body = re.sub(r'/\*.*?\*/', '', m.group(1), flags=re.S)
    off, align, fields = 0, 1, {}
    for f in re.finditer(r'(struct\s+\w+|__[us]\d+)\s+(\w+)(?:\[(\d+)\])?\s*;', body):
        ty, field, n = f.group(1), f.group(2), int(f.group(3) or 1)
        size, al = known[ty.split()[1]] if ty.startswith('struct') else (C_SCALARS[ty],) * 2
        off = (off + al - 1) // al * al
        fields[field] = (off, size * n)
        off += size * n
        align = max(align, al)
    if len(fields) != body.count(';'):
        raise GenError(f'{STATX_HEADER}: struct {name} has fields this parser does not read')
    return fields, (off + align - 1) // align * align, align


def check_statx_sources():
    """The `kernel_layout!`s of Statx and StatxTimestamp in abi_libc.rs, against the header."""
    text = read(data_path(STATX_HEADER))
    ts = c_struct_layout(text, 'statx_timestamp', {})
    stx = c_struct_layout(text, 'statx', {'statx_timestamp': ts[1:]})
    abi = read(os.path.join(ROOT, ABI_TEST))
    for struct, (fields, size, align) in (('Statx', stx), ('StatxTimestamp', ts)):
        m = re.search(rf'kernel_layout! \{{ \w+, "[^"]*": {struct}: size (\d+), align (\w+), '
                      r'\{(.*?)\} \}', abi, re.S)
        if not m:
            raise GenError(f'{ABI_TEST}: no kernel_layout! of {struct}')
        # `U64`: the alignment of `__u64` (8; 4 on i386, whose psABI aligns it so in
        # structs), the header's 8 on a 64-bit reading.
        written_align = 8 if m.group(2) == 'U64' else int(m.group(2))
        if (int(m.group(1)), written_align) != (size, align):
            raise GenError(f'{struct}: {ABI_TEST} says size {m.group(1)}, align {m.group(2)}; '
                           f'{STATX_HEADER} gives {size}, {align}')
        written = {f: (int(o), int(z)) for f, o, z in re.findall(r'(\w+) @ (\d+): (\d+)',
                                                                   m.group(3))}
        for f, v in written.items():
            if fields.get(f) != v:
                raise GenError(f'{struct}.{f}: {ABI_TEST} says (offset, size) {v}, '
                               f'{STATX_HEADER} {fields.get(f)}')
        missing = [f for f in fields if not f.startswith('__') and f not in written]
        if missing:
            raise GenError(f'{struct}: {STATX_HEADER} has {missing}, {ABI_TEST} does not')


def nr_values(stem):
    """{NAME: number} of zcall/src/nr/<stem>.rs."""
    return {n: int(v) for n, v in re.findall(r'^pub const (\w+): usize = (\d+);',
                                             read(os.path.join(ROOT, f'zcall/src/nr/{stem}.rs')),
                                             re.M)}


class GenError(Exception):
    pass


def generate(cands, probed, absent_by_target):
    """The generated.rs text and a summary."""
    summary = []
    problems = []  # header values that differ from zcall's without a HEADER_DIFFERENCES entry
    o = ['// @generated by scripts/gen_abi_checks.py — do not edit by hand.',
         '//',
         '// Rerun after changing zcall\'s constants, errno, syscall tables or structs, or the',
         '// data in scripts/data/ (`generated_file_is_current` fails until then):',
         '// `python3 scripts/gen_abi_checks.py` (probing needs Debian\'s rustc-web + rust-web-src',
         '// for the cross targets, see the script); `--check` tells without cargo whether this',
         '// file is current.',
         '//',
         f'// libc {libc_version()}; probed targets: {", ".join(probed)}.',
         '// Each item carries the #[cfg] of the probed targets where zcall and libc both have it.',
         '// Kernel tables and headers named below are the copies in scripts/data/kernel/ and',
         '// scripts/data/headers/ (their README.md files give the upstream source of each).',
         '']
    for os_ in OSES:
        tgts = [t for t in probed if TARGETS[t][0] == os_]
        if not tgts:
            continue
        cs = [c for c in cands if c.os == os_]
        stem = OSES[os_]

        def present(c, sides=('z', 'l')):
            ts = []
            for t in tgts:
                if any((c.key(), s) in absent_by_target[t] for s in sides):
                    continue
                if excluded(c.key(), t):
                    continue
                ts.append(t)
            return ts

        def zcall_has(c):
            return [t for t in tgts if (c.key(), 'z') not in absent_by_target[t]]

        def gap_targets(c, within=None):
            """Targets where zcall has `c` and libc does not (not counting EXCLUDE's)."""
            ts = present(c)
            return [t for t in zcall_has(c) if t not in ts and not excluded(c.key(), t)
                    and (within is None or t in within)]

        counts = {t: {} for t in tgts}

        def count(kind, ts, n=1):
            for t in ts:
                counts[t][kind] = counts[t].get(kind, 0) + n

        # (kind, display name, compared with or None) -> targets: every name libc lacks.
        gap_map = {}

        class Gaps:
            @staticmethod
            def append(entry):
                kind, name, ts, src = entry
                for t in ts:
                    gap_map.setdefault((kind, name, src), []).append(t)
        gaps = Gaps()

        def cfg_text(ts):
            cfg = cfg_for(ts, tgts)
            return 'every target' if cfg is None else f'#[cfg({cfg})]'

        o.append(f'#[cfg(target_os = "{os_}")]')
        o.append(f'mod {stem} {{')
        o.append('    #![allow(deprecated)] // libc marks some constants deprecated')
        o.append('')
        exc = [(k, v) for k, v in EXCLUDE.items() if k[0] == os_]
        if exc:
            o.append('    // Left out here and compared by hand in `exceptions` (abi_libc.rs):')
            for (_, kind, name), (envs, why) in exc:
                on = f' on {"/".join(sorted(envs))}' if envs else ''
                o.extend(comment_lines(f'{kind} {name}{on}: {why}', indent='    // - ',
                                       sub='    //   '))
            o.append('')

        # Constants by family, against libc (TYPED_FAMILIES by value).
        ztypes = {n: t for _, n, t in parse_consts(os.path.join(ROOT,
                                                                f'zcall/src/consts/{stem}.rs'))}
        fams = []
        for c in cs:
            if c.kind == 'const' and c.family not in fams:
                fams.append(c.family)
        for fam in fams:
            typed = TYPED_FAMILIES.get((os_, fam))
            rows, vrows = [], []
            for c in cs:
                if c.kind != 'const' or c.family != fam:
                    continue
                ts = present(c)
                # Targets where libc's type differs (VALUE_ONLY families only: any other
                # type difference stopped the script before).
                vts = [t for t in ts
                       if value_only(c) and (c.key(), 't') in absent_by_target[t]]
                ts = [t for t in ts if t not in vts]
                if ts:
                    rows.append(attr(cfg_for(ts, tgts)) + c.name
                                + (f' as {ztypes[c.name].strip()}' if typed else ''))
                    count('constants', ts)
                if vts:
                    vrows.append(attr(cfg_for(vts, tgts)) + c.name)
                    count('constants (value only)', vts)
            if rows and typed:
                o.extend(comment_lines(f'{fam}: typed {typed}. Compared by value.',
                                       sub='    // '))
                o.append(f'    consts_as! {{ consts_{rust_family_fn(fam)}, "{fam}":')
                o.append(wrap(rows))
                o.append('    }')
            elif rows:
                o.append(f'    consts! {{ consts_{rust_family_fn(fam)}, "{fam}":')
                o.append(wrap(rows))
                o.append('    }')
            if vrows:
                o.extend(comment_lines(f'Where libc\'s type differs, by value: '
                                       f'{VALUE_ONLY[(os_, fam)]}.', sub='    // '))
                o.append(f'    consts_value! {{ consts_{rust_family_fn(fam)}_value, "{fam}":')
                o.append(wrap(vrows))
                o.append('    }')

        # Constants against the saved headers: where libc lacks them ('gaps' groups) or all
        # of them ('all' groups).
        headers = Headers(os_)
        zvals = zcall_values(stem)
        header_rows = {}  # group test name -> [(name, value, targets)]
        not_in_header = {}  # reason -> [names] (for 'all' groups)
        branches = {}  # name -> reason (HEADER_BRANCHES used)
        # 'defined' groups: every zcall constant they define, on every target that has it.
        for c in cs:
            if c.kind != 'const':
                continue
            for g, defs in zip(headers.groups, headers.defs):
                if g[5] != 'defined' or c.name not in defs:
                    continue
                ts = [t for t in zcall_has(c) if g[4] is None or TARGETS[t][1] in g[4]]
                if not ts:
                    continue
                if len(defs[c.name]) > 1:
                    problems.append(f'{os_} {c.name}: {g[2]} defines it with several values '
                                    f'{sorted(defs[c.name])}')
                    break
                value = next(iter(defs[c.name]))
                if c.name in zvals and rust_lit(zvals[c.name], ztypes[c.name]) != \
                        rust_lit(value, ztypes[c.name]):
                    problems.append(f'{os_} {c.name}: zcall {zvals[c.name]:#x}, {g[2]} '
                                    f'{value:#x}')
                    break
                header_rows.setdefault(g[1], []).append((c.name, value, ts))
                break
        for c in cs:
            if c.kind != 'const':
                continue
            gap = gap_targets(c)
            mode_all = any(g[5] == 'all' for g in headers.groups)
            want = zcall_has(c) if mode_all else gap
            by_value = {}
            for t in want:
                found = headers.lookup(c.name, TARGETS[t][1])
                if found and isinstance(found[1], list) and (os_, c.name) in HEADER_BRANCHES:
                    value, why = HEADER_BRANCHES[(os_, c.name)]
                    if value not in found[1]:
                        problems.append(f'{os_} {c.name}: HEADER_BRANCHES says {value:#x}, '
                                        f'{found[0][2]} has {found[1]}')
                        continue
                    found = (found[0], value)
                    branches.setdefault(c.name, why)
                if found is None or isinstance(found[1], list):
                    if mode_all and found is None:
                        names = not_in_header.setdefault('not defined there', [])
                        if c.name not in names:
                            names.append(c.name)
                    elif mode_all:
                        names = not_in_header.setdefault('ambiguous', [])
                        entry = (f'{c.name} ('
                                 + ', '.join(rust_lit(v, ztypes[c.name]) for v in found[1]) + ')')
                        if entry not in names:
                            names.append(entry)
                    if t in gap:
                        gaps.append(('const', c.name, [t], None))
                    continue
                g, value = found
                if g[5] == 'defined':
                    # Compared on every target above; here only named as the gap's source.
                    if t in gap:
                        gaps.append(('const', c.name, [t], g[2]))
                    continue
                if (os_, c.name) in HEADER_DIFFERENCES:
                    if c.name in zvals and rust_lit(zvals[c.name], ztypes[c.name]) == \
                            rust_lit(value, ztypes[c.name]):
                        problems.append(f'{os_} {c.name}: HEADER_DIFFERENCES lists it, but '
                                        f'{g[2]} now agrees with zcall')
                    if t in gap:
                        gaps.append(('const', c.name, [t], None))
                    continue
                if c.name in zvals and rust_lit(zvals[c.name], ztypes[c.name]) != \
                        rust_lit(value, ztypes[c.name]):
                    problems.append(f'{os_} {c.name}: zcall {zvals[c.name]:#x}, {g[2]} '
                                    f'{value:#x}')
                    continue
                by_value.setdefault((g[1], value), []).append(t)
                if t in gap:
                    gaps.append(('const', c.name, [t], g[2]))
            for (test, value), ts in by_value.items():
                header_rows.setdefault(test, []).append((c.name, value, ts))

        # Errno: against libc, and against the OS's errno header where libc lacks one.
        rows, erows = [], []
        errno_env = parse_c_header(*[f'{KERNEL}/{h}' for h in KERNEL_ERRNO_HEADERS[os_]])
        errno_src = ', '.join(KERNEL_ERRNO_HEADERS[os_])
        for c in cs:
            if c.kind != 'errno':
                continue
            ts = present(c)
            if ts:
                rows.append(attr(cfg_for(ts, tgts)) + c.name)
                count('errno', ts)
            missing = gap_targets(c)
            if missing:
                if c.name in errno_env:
                    erows.append(attr(cfg_for(missing, tgts)) + f'{c.name} = {errno_env[c.name]}')
                    count('errno (kernel header)', missing)
                    gaps.append(('errno', f'Errno::{c.name}', missing, errno_src))
                else:
                    gaps.append(('errno', f'Errno::{c.name}', missing, None))
        o.append('    errno! { errno:')
        o.append(wrap(rows))
        o.append('    }')
        if erows:
            o.append(f'    // Not in libc: checked against {errno_src}.')
            o.append(f'    kernel_errno! {{ errno_kernel_header, "{errno_src}":')
            o.append(wrap(erows))
            o.append('    }')

        # Syscall numbers.
        if os_ == 'linux':
            rows, krows = [], []
            tables = {a: syscall_table(a) for a in {TARGETS[t][1] for t in tgts}}
            znr = {'x86_64': nr_values('linux_x86_64')}
            for a in ('aarch64', 'riscv64', 'loongarch64'):
                znr[a] = nr_values('linux_generic')
            for a, stem in (('x86', 'linux_x86'), ('arm', 'linux_arm'),
                            ('powerpc', 'linux_powerpc'), ('s390x', 'linux_s390x'),
                            ('powerpc64', 'linux_powerpc64'), ('mips64', 'linux_mips64')):
                znr[a] = nr_values(stem)
            for c in cs:
                if c.kind != 'nr':
                    continue
                ts = present(c)
                if ts:
                    rows.append(attr(cfg_for(ts, tgts)) + f'{c.name} = {c.libc}')
                    count('syscall numbers', ts)
                missing = gap_targets(c)
                for arch in sorted({TARGETS[t][1] for t in missing}):
                    num = tables[arch].get(c.name.lower())
                    ats = [t for t in missing if TARGETS[t][1] == arch]
                    if num is None:
                        gaps.append(('nr', f'nr::{c.name}', ats, None))
                        continue
                    if znr[arch].get(c.name) not in (None, num):
                        problems.append(f'nr::{c.name} on {arch}: zcall {znr[arch][c.name]}, '
                                        f'syscall table {num}')
                    krows.append(f'#[cfg(target_arch = "{arch}")] {c.name} = {num}')
                    count('syscall numbers (kernel table)', ats)
                    gaps.append(('nr', f'nr::{c.name}', ats, 'the saved syscall.tbl files'))
            o.append('    syscalls! { syscalls:')
            o.append(wrap(rows))
            o.append('    }')
            if krows:
                o.append('    // Not in libc: checked against linux-syscall_64.tbl (x86_64) and')
                o.append('    // linux-tools-scripts-syscall.tbl + linux-<arch>-Makefile.syscalls '
                         '(generic),')
                o.append('    // read with the kernel\'s rules (ABI `common`/`64` plus the arch\'s '
                         'syscall_abis_64).')
                o.append('    kernel_syscalls! { syscalls_kernel_table, "syscall.tbl":')
                o.append(wrap(krows))
                o.append('    }')
        else:
            nr_stem = {'macos': 'darwin', 'freebsd': 'freebsd'}[os_]
            zn = nr_values(nr_stem)
            if os_ == 'macos':
                tables = [('syscalls_xnu_master', DARWIN_MASTER, darwin_table())]
            else:
                tables = [('syscalls_freebsd_header', 'Zig FreeBSD 15 sys/syscall.h',
                           freebsd_header_table()),
                          ('syscalls_freebsd_master', FREEBSD_MASTER, freebsd_master_table())]
            lower = []
            for _, label, table in tables:
                low = {}
                for n, v in table.items():
                    if n.lower() in low and low[n.lower()] != v:
                        raise GenError(f'{label}: {n} twice')
                    low[n.lower()] = v
                lower.append(low)
            rows = {test: [] for test, _, _ in tables}
            unmatched = []
            renamed = []
            for name, num in zn.items():
                for i, ((test, label, _), low) in enumerate(zip(tables, lower)):
                    look = name.lower()
                    if i == 0 and (os_, name) in NR_RENAMED:
                        look = NR_RENAMED[(os_, name)][0]
                        renamed.append(f'{name} as `{look}`: {NR_RENAMED[(os_, name)][1]}')
                    if look in low:
                        if low[look] != num:
                            problems.append(f'nr::{name}: zcall {num}, {label} {low[look]}')
                        rows[test].append(f'{name} = {low[look]}')
                        count(f'syscall numbers ({label})', tgts)
                        break
                else:
                    unmatched.append(name)
            o.append('    // No libc::SYS_* for this OS. Every syscall number of zcall::nr against:')
            if os_ == 'macos':
                o.extend(comment_lines(
                    f'{DARWIN_MASTER}, re-read here with a parser of its own (each row\'s '
                    'function name with `sys_` removed; `nosys`/`enosys` rows and `#else` '
                    'branches left out). It is the file gen_tables.py generated zcall::nr from, '
                    'so this checks that generator, not the numbers: no second source of macOS '
                    'syscall numbers is saved (Zig\'s macOS SDK headers have no sys/syscall.h).'))
            else:
                o.extend(comment_lines(
                    'Zig\'s FreeBSD 15 sys/syscall.h (SYS_<name>), which gen_tables.py also '
                    f'checked the numbers against when it generated zcall::nr from {FREEBSD_MASTER}; '
                    f'names the header lacks against {FREEBSD_MASTER}, re-read here with a parser '
                    'of its own (which checks the generator only).'))
            for line in renamed:
                o.extend(comment_lines(line, indent='    // - ', sub='    //   '))
            for test, label, _ in tables:
                if rows[test]:
                    o.append(f'    kernel_syscalls! {{ {test}, "{label}":')
                    o.append(wrap(rows[test]))
                    o.append('    }')
            if unmatched:
                o.append('    // zcall::nr names in none of these tables (not compared):')
                for line in wrap(unmatched, indent='    //   ').splitlines():
                    o.append(line.rstrip(','))
            for n in unmatched:
                gaps.append(('nr', f'nr::{n}', tgts, None))

        # Constants against headers (emitted after the syscall numbers, as before).
        for g in headers.groups:
            rs = header_rows.get(g[1], [])
            if not rs:
                continue
            if g[5] == 'gaps':
                o.extend(comment_lines(
                    f'Not in libc on the targets of each row: checked against '
                    f'{source_desc(g)}, values evaluated by the script.', sub='    // '))
            elif g[5] == 'defined':
                o.extend(comment_lines(
                    f'Every zcall constant that {source_desc(g)} define, on every target, '
                    'values evaluated by the script: the kernel\'s own definition, besides '
                    'libc (or instead of it, where libc lacks the name).', sub='    // '))
            else:
                o.extend(comment_lines(
                    f'Every constant that the headers define with one value, also against '
                    f'{source_desc(g)}, values evaluated by the script: a second source, '
                    'independent of the libc crate that zcall\'s values for this OS came from.',
                    sub='    // '))
            union = [t for t in tgts if any(t in ts for _, _, ts in rs)]
            if cfg_for(union, tgts):
                o.append(cfg_line(cfg_for(union, tgts), '    '))
            o.append(f'    kernel_consts! {{ {g[1]}, "{g[2]}":')
            rsl = []
            for name, value, ts in rs:
                rsl.append(attr(cfg_for(ts, union)) + f'{name} = {rust_lit(value, ztypes[name])}')
                count('constants (header)', ts)
            o.append(wrap(rsl))
            o.append('    }')
        if branches:
            o.append('    // Defined there with two values under different #if branches; compared with the')
            o.append('    // branch zcall follows (HEADER_BRANCHES in the script):')
            for name, why in branches.items():
                o.extend(comment_lines(f'{name}: {why}.', indent='    //   - ',
                                       sub='    //     '))
        if not_in_header:
            label = ' / '.join(g[2] for g in headers.groups if g[5] == 'all')
            o.extend(comment_lines(f'Constants compared with libc only, not with {label}:'))
            for why, names in not_in_header.items():
                if why == 'ambiguous':
                    why = ('defined there with more than one value (under different #if '
                           'branches)')
                o.extend(comment_lines(f'{why}: {", ".join(names)}.', indent='    //   - ',
                                       sub='    //     '))
            for (hos, name), why in HEADER_DIFFERENCES.items():
                if hos == os_:
                    o.extend(comment_lines(f'a different value there: {name}: {why}.',
                                           indent='    //   - ', sub='    //     '))

        # Structs against libc.
        layouts = kernel_layouts()
        layout_fields = kernel_layout_fields()
        for c in cs:
            if c.kind != 'struct':
                continue
            ts = present(c)
            gap = gap_targets(c)
            if gap:
                src = layouts.get(c.name)
                gaps.append(('struct', c.name, gap,
                             f'{src} (kernel_layout! in abi_libc.rs)' if src else None))
            if not ts:
                continue
            fields = []
            for f in cs:
                if f.kind == 'field' and f.struct == c.name:
                    fts = [t for t in present(f) if t in ts]
                    if fts:
                        fields.append(attr(cfg_for(fts, ts)) + f.libc)
                        count('struct fields', fts)
                    fgap = gap_targets(f, within=ts)
                    if fgap:
                        fsrc = None
                        if f.libc in layout_fields.get(c.name, ()):
                            fsrc = f'{layouts[c.name]} (kernel_layout! in abi_libc.rs)'
                        gaps.append(('field', f.name, fgap, fsrc))
            count('structs', ts)
            cfg = cfg_for(ts, tgts)
            if cfg:
                o.append(cfg_line(cfg, '    '))
            o.append(f'    layout! {{ layout_{libc_struct(c.name)}: {c.name} = {c.libc} {{')
            o.append(wrap(fields))
            o.append('    } }')

        # What libc lacks, per target, and what it is compared with instead.
        def described(kinds):
            grouped = {}
            for (kind, name, src), ts in gap_map.items():
                if kind not in kinds:
                    continue
                ts = [t for t in tgts if t in ts]
                grouped.setdefault((src is None, src or '', cfg_text(ts)), []).append(name)
            lines = []
            for (none, src, where), names in sorted(grouped.items()):
                if none:
                    text = f'{where}, NOT COMPARED: {", ".join(names)}.'
                elif where == 'every target' and len(names) > 12:
                    text = f'{where}, {len(names)} names, against {src} (see its block above).'
                else:
                    text = f'{where}, against {src}: {", ".join(names)}.'
                lines += comment_lines(text, indent='    //   - ', sub='    //     ')
            return lines or ['    //   (none)']
        o.append('')
        o.append('    // zcall structs that libc does not define, and what they are compared with')
        o.append('    // instead ("every target" = every probed target of this OS):')
        o.extend(described({'struct'}))
        o.append('    // Other names zcall has and libc lacks (constants, errno, syscall numbers,')
        o.append('    // fields of structs compared above), and what they are compared with instead:')
        o.extend(described({'const', 'errno', 'nr', 'field'}))
        o.append('}')
        o.append('')
        for t in tgts:
            summary.append((t, counts[t]))
        summary.append((f'{os_}: not compared',
                        sorted({n for (_, n, src) in gap_map if src is None})))
    if 'linux' in {TARGETS[t][0] for t in probed}:
        check_sigset_sources()
        check_statx_sources()
    if problems:
        raise GenError('header values that differ from zcall\'s (fix zcall, or record the '
                       'difference in HEADER_DIFFERENCES with its reason):\n  '
                       + '\n  '.join(problems))
    o.append('/// `(file, extractor, FNV-1a)` of every input at generation time, for')
    o.append('/// `generated_file_is_current` (extractors: see `input_names` there).')
    o.append('pub const INPUT_DIGESTS: &[(&str, &str, u64)] = &[')
    for path, kind in inputs():
        line = f'    ("{path}", "{kind}", {input_digest(path, kind):#018x}),'
        if len(line) - len('    (),') > 60:  # as rustfmt writes it (fn_call_width 60)
            line = (f'    (\n        "{path}",\n        "{kind}",\n'
                    f'        {input_digest(path, kind):#018x},\n    ),')
        o.append(line)
    o.append('];')
    return '\n'.join(o) + '\n', summary


def rust_lit(v, ty):
    bits = {'u8': 8, 'u16': 16, 'u32': 32, 'u64': 64, 'usize': 64,
            'i8': 8, 'i16': 16, 'i32': 32, 'i64': 64, 'isize': 64}[ty.strip()]
    v &= (1 << bits) - 1
    if ty.strip().startswith('i') and v >= 1 << (bits - 1):
        v -= 1 << bits
    return str(v) if -256 <= v <= 256 else (hex(v) if v >= 0 else str(v))


def libc_version():
    m = re.search(r'name = "libc"\nversion = "([^"]+)"', read(os.path.join(ROOT, 'Cargo.lock')))
    return m.group(1) if m else '?'


# ---------------------------------------------------------------- the probe record

RECORD_HEADER = '''\
# What the probes of scripts/gen_abi_checks.py found (written by it; do not edit): per target,
# the names zcall (z) or libc (l) lacks and the constants whose libc type differs (t). It is
# valid while `key` (a digest of libc's version and of zcall's names) matches; `--check` and
# later runs use it instead of probing. Rows: os, kind, name, side, targets (`*` = every
# target of that OS in `targets`).
'''


def names_key(cands):
    return fnv1a([libc_version()] + [f'{c.os}:{c.kind}:{c.name}' for c in cands])


def read_record():
    """(key, targets, {target: {(candidate key, side): ''}}) or None without a record."""
    path = os.path.join(ROOT, RECORD)
    if not os.path.exists(path):
        return None
    key, targets, absent = None, [], {}
    for line in read(path).splitlines():
        if line.startswith('#') or not line.strip():
            continue
        f = line.split('\t')
        if f[0] == 'key':
            key = int(f[1], 16)
        elif f[0] == 'targets':
            targets = f[1].split(',')
            absent = {t: {} for t in targets}
        elif f[0] == 'libc':
            pass
        else:
            os_, kind, name, side, where = f
            ts = [t for t in targets if TARGETS[t][0] == os_] if where == '*' \
                else where.split(',')
            for t in ts:
                absent[t][((os_, kind, name), side)] = ''
    return key, targets, absent


def write_record(key, absent_by_target):
    targets = [t for t in TARGETS if t in absent_by_target]
    rows = {}
    for t in targets:
        for (k, side) in absent_by_target[t]:
            rows.setdefault((k, side), []).append(t)
    lines = [RECORD_HEADER.rstrip('\n'), f'key\t{key:#018x}', f'libc\t{libc_version()}',
             f'targets\t{",".join(targets)}']
    for (k, side), ts in sorted(rows.items()):
        every = [t for t in targets if TARGETS[t][0] == k[0]]
        where = '*' if ts == every else ','.join(ts)
        lines.append('\t'.join([k[0], k[1], k[2], side, where]))
    with open(os.path.join(ROOT, RECORD), 'w') as f:
        f.write('\n'.join(lines) + '\n')


def typed_family_consts():
    """{(os, 'const', name)} of the constants in TYPED_FAMILIES (compared by value only)."""
    out = set()
    for os_, stem in OSES.items():
        for fam, name, _ in parse_consts(os.path.join(ROOT, f'zcall/src/consts/{stem}.rs')):
            if (os_, fam) in TYPED_FAMILIES:
                out.add((os_, 'const', name))
    return out


def type_problems(absent_by_target, cands):
    allowed = {c.key() for c in cands if value_only(c)}
    bad = []
    typed = typed_family_consts()
    for t, absent in absent_by_target.items():
        bad += [(t, k, m) for (k, s), m in absent.items()
                if s == 't' and not excluded(k, t) and k not in typed and k not in allowed]
    return bad


def check(cands):
    """--check: regenerate from the record and the data, compare; no cargo."""
    rec = read_record()
    if rec is None:
        print(f'gen_abi_checks.py: no {RECORD}; run the full generator', file=sys.stderr)
        return 1
    key, targets, absent_by_target = rec
    if key != names_key(cands):
        print(f'gen_abi_checks.py: {RECORD} is stale: zcall\'s names or libc\'s version changed '
              'since the probes ran, and only a probe can tell what libc has now; run '
              '`python3 scripts/gen_abi_checks.py`', file=sys.stderr)
        return 1
    if targets != list(TARGETS):
        print(f'gen_abi_checks.py: {RECORD} covers {targets}, not every target; run the full '
              'generator', file=sys.stderr)
        return 1
    bad = type_problems(absent_by_target, cands)
    if bad:
        print(f'gen_abi_checks.py: {RECORD} has type differences not in EXCLUDE: {bad}',
              file=sys.stderr)
        return 1
    try:
        text, _ = generate(cands, targets, absent_by_target)
    except GenError as e:
        print(f'gen_abi_checks.py: {e}', file=sys.stderr)
        return 2
    old = read(OUT) if os.path.exists(OUT) else ''
    if old != text:
        import difflib
        diff = list(difflib.unified_diff(old.splitlines(), text.splitlines(),
                                         os.path.relpath(OUT, ROOT), 'regenerated', lineterm=''))
        print('\n'.join(diff[:60]), file=sys.stderr)
        print(f'gen_abi_checks.py: {os.path.relpath(OUT, ROOT)} is stale ({len(diff)} diff '
              'lines); run `python3 scripts/gen_abi_checks.py`', file=sys.stderr)
        return 1
    print(f'{os.path.relpath(OUT, ROOT)} is current')
    return 0


def main():
    global KERNEL
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--targets', default=','.join(TARGETS),
                    help='comma-separated target triples to probe (default: all)')
    ap.add_argument('--target-dir', default='/tmp/gen_abi_checks-target',
                    help='CARGO_TARGET_DIR for the cross targets (the host uses the workspace\'s)')
    ap.add_argument('--ref', default=None,
                    help=f'directory holding the kernel files (default: {KERNEL_DIR})')
    ap.add_argument('--check', action='store_true',
                    help='no cargo, no writing: exit 1 if generated.rs (or the probe record) '
                    'is stale')
    ap.add_argument('--reprobe', action='store_true',
                    help='probe every requested target even if the record has it')
    ap.add_argument('--no-verify', action='store_true')
    args = ap.parse_args()
    if args.ref:
        KERNEL = os.path.abspath(args.ref)
    cands = candidates()
    if args.check:
        sys.exit(check(cands))
    targets = [t for t in args.targets.split(',') if t]
    for t in targets:
        if t not in TARGETS:
            sys.exit(f'unknown target {t}; known: {", ".join(TARGETS)}')
    key = names_key(cands)
    rec = read_record()
    known = rec[2] if rec and rec[0] == key else {}
    absent_by_target = {}
    for t in targets:
        if t in known and not args.reprobe:
            absent_by_target[t] = known[t]
            continue
        print(f'probing {t} ...', file=sys.stderr, flush=True)
        absent_by_target[t] = probe_target(t, cands, args.target_dir)
        known[t] = absent_by_target[t]
        write_record(key, known)
    bad = type_problems(absent_by_target, cands)
    if bad:
        for t, k, m in bad:
            print(f'{t}: {k[1]} {k[2]}: type differs from libc: {m}', file=sys.stderr)
        sys.exit('decide about these: compare them by hand in tests/tests/abi_libc.rs '
                 '(exceptions) and list them in EXCLUDE')
    try:
        text, summary = generate(cands, targets, absent_by_target)
    except GenError as e:
        sys.exit(f'gen_abi_checks.py: {e}')
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w') as f:
        f.write(text)
    print(f'wrote {os.path.relpath(OUT, ROOT)}')
    for t, counts in summary:
        if isinstance(counts, dict):
            print(f'  {t}: ' + ', '.join(f'{v} {k}' for k, v in counts.items()))
        else:
            print(f'  {t} ({len(counts)}): {" ".join(counts)}')
    if args.no_verify:
        return
    status = 0
    for t in targets:
        errors = cargo_check(t, 'abi_libc', args.target_dir)
        if errors:
            status = 1
            print(f'FAIL {t}:', file=sys.stderr)
            for _, _, rendered in errors:
                print(rendered, file=sys.stderr)
        else:
            print(f'ok   {t}')
    sys.exit(status)


if __name__ == '__main__':
    main()
