#!/usr/bin/env python3
"""Generate zcall's per-target syscall-number modules and per-OS errno tables.

Usage (python3, standard library only), from the repository root:

    python3 scripts/gen_tables.py            # (re)write the generated files
    python3 scripts/gen_tables.py --check    # exit 1 if any generated file is stale
    python3 scripts/gen_tables.py --ref DIR  # read the kernel files from DIR instead

Everything it reads is in this repository: the kernel files in `scripts/data/kernel/` (the
default `--ref`; verbatim copies of the project's shared reference files, their README.md says
where each comes from), the FreeBSD headers in `scripts/data/headers/ziglang/` (README.md there),
`scripts/data/linux-syscall-args.tsv` and `scripts/data/glibc-strerror.tsv`.  The script
verifies every kernel file's and header's git blob id against the id recorded below, so the
provenance written into each output header cannot silently go stale: if an input changes,
update SOURCES/HEADERS (and re-read the notes).  `--check` needs nothing but python3.

Outputs (all deterministic; running the script twice changes nothing):

    zcall/src/nr/linux_x86_64.rs    linux-syscall_64.tbl, ABI `common`/`64` rows (never x32)
    zcall/src/nr/linux_generic.rs   linux-tools-scripts-syscall.tbl with the ABI set of each of
                                    aarch64/riscv64/loongarch64 (read from their
                                    Makefile.syscalls); rows not on all three carry #[cfg];
                                    cross-checked against linux-asm-generic-unistd.h (v6.1)
    zcall/src/nr/linux_{x86,arm,powerpc}.rs  Linux 6.1 32-bit tables (argument words)
    zcall/src/nr/linux_powerpc64.rs linux-6.1-powerpc-syscall.tbl, ABI `common`/`64`/`nospu`
                                    rows, checked against Debian's ppc64el asm/unistd_64.h;
                                    prototypes from linux-6.1-syscalls.h and
                                    linux-6.1-powerpc64-syscalls.txt, one word per parameter
    zcall/src/nr/linux_s390x.rs     linux-6.1-s390-syscall.tbl, ABI `common`/`64` rows, 64-bit
                                    entry column; prototypes from linux-6.1-syscalls.h and
                                    linux-6.1-s390-syscalls.txt; checked against Debian's
                                    s390x `asm/unistd_64.h`
    zcall/src/nr/darwin.rs          xnu-syscalls.master (BSD-class numbers, no class bit;
                                    macOS aarch64 and x86_64)
    zcall/src/nr/freebsd.rs         freebsd-syscalls.master, rows 0-598 (FreeBSD 15), checked
                                    against Zig's FreeBSD 15 `sys/syscall.h`
    zcall/src/errno/linux.rs        linux-errno-base.h + linux-errno.h (messages: glibc-strerror.tsv)
    zcall/src/errno/darwin.rs       xnu-errno.h
    zcall/src/errno/freebsd.rs      freebsd-errno.h (+ 88..97 from Zig's FreeBSD `sys/errno.h`)
    zcall-macros/src/arity_table.rs the argument counts of the four nr modules, as sorted
                                    (name, count) tables for the #[syscall] macro's arity check
    zcall-macros/src/proto_table.rs the Linux prototypes (C type, name, `__user`) of every Linux
                                    constant, from linux-syscalls.h and linux-arch-syscalls.txt

Linux argument counts come from `scripts/data/linux-syscall-args.tsv` (in this repository; its
header names the kernel file and commit of every count), keyed by the entry point in the .tbl.
Linux prototypes come from `linux-syscalls.h` (include/linux/syscalls.h, its `#if` blocks
evaluated per arch: LINUX_PROTO_CONFIG) and, for the entry points an arch defines itself, the
verbatim `SYSCALL_DEFINEn` excerpts in `linux-arch-syscalls.txt`; every prototype's parameter
count must equal the tsv's count (two independent readings; the generator fails otherwise).
The Linux nr docs show each prototype; the Darwin and FreeBSD docs show the syscalls.master
prototype of the row.

Policies (also written into each generated header):

  * A row whose entry point is `sys_ni_syscall` or missing (Linux), whose kernel function is
    `nosys`/`enosys` (xnu: unused/obsolete slots and the indirect-syscall slot 0), or whose type
    is not STD/NOSTD (COMPAT*, OBSOL, UNIMPL, RESERVED, NODEF, SYSMUX) (FreeBSD) is skipped:
    such a number can only ever return ENOSYS (or only serves binaries built for an old ABI),
    so no constant is emitted for it; a self-check fails if an emitted FreeBSD row is COMPAT.
    The output header lists (Linux) or counts (xnu, FreeBSD) the skipped rows.  FreeBSD rows
    above 598 (newer than FreeBSD 15) are skipped too.
  * Every nr module has a hidden `__args` submodule with each syscall's kernel argument count,
    one register per argument (64-bit targets: `off_t`/`loff_t`/`int64_t`/`uint64_t` are one
    register).  Darwin/FreeBSD: from the prototypes in syscalls.master.  Linux: from
    scripts/data/linux-syscall-args.tsv (the native 64-bit entry point's declared parameters;
    preadv/pwritev count pos_l and pos_h, so 5).  A Linux syscall without a count, a generic
    row whose count differs between aarch64/riscv64/loongarch64, or an unused data row is an
    error.
"""

import argparse
import hashlib
import os
import re
import sys
import textwrap

# ----------------------------------------------------------------------------------------------
# Inputs: file name in scripts/data/kernel/ -> (git blob id prefix, provenance text for the
# generated headers). Provenance is copied from scripts/data/kernel/README.md.
SOURCES = {
    "linux-syscall_64.tbl": (
        "5eb708bf",
        "torvalds/linux `arch/x86/entry/syscalls/syscall_64.tbl` @ "
        "6140be90ec70c39fa844741ca3cc807dd0866394, Linux v6.13/6.14 state: ends at 466",
    ),
    "linux-tools-scripts-syscall.tbl": (
        "580b4e24",
        "torvalds/linux `tools/scripts/syscall.tbl` @ e65d9626f9bbc1b9f94aa1d1a1fa2450578ec0b8, "
        "perf's synced copy of `scripts/syscall.tbl`, Linux v6.15 era: ends at 467",
    ),
    "linux-asm-generic-unistd.h": (
        "28973a89",
        "Linux v6.1.187 `include/uapi/asm-generic/unistd.h` (Debian linux-libc-dev 6.1.187-1)",
    ),
    "linux-arm64-Makefile.syscalls": (
        "0542a718",
        "torvalds/linux `arch/arm64/kernel/Makefile.syscalls` @ 7237cb3e1544",
    ),
    "linux-riscv-Makefile.syscalls": (
        "52087a02",
        "torvalds/linux `arch/riscv/kernel/Makefile.syscalls` @ 57b421369dd7",
    ),
    "linux-loongarch-Makefile.syscalls": (
        "ab7d9baa",
        "torvalds/linux `arch/loongarch/kernel/Makefile.syscalls` @ 26a3b85bac08",
    ),
    "linux-arm64-uapi-unistd.h": ("ce2ee8f1", "arch/arm64/include/uapi/asm/unistd.h v6.1"),
    "linux-riscv-uapi-unistd.h": ("73d7cdd2", "arch/riscv/include/uapi/asm/unistd.h v6.1"),
    "linux-loongarch-uapi-unistd.h": (
        "fcb66898",
        "arch/loongarch/include/uapi/asm/unistd.h (5.19-6.10 form)",
    ),
    "linux-errno-base.h": (
        "9653140b",
        "Linux `include/uapi/asm-generic/errno-base.h`, Debian linux-libc-dev 6.1.187; identical "
        "to torvalds/linux blob ef8c029fa793423439e67ef0416b220d3fa3321a apart from the SPDX line",
    ),
    "linux-errno.h": (
        "cf9c51ac",
        "Linux `include/uapi/asm-generic/errno.h`, Debian linux-libc-dev 6.1.187; identical "
        "to torvalds/linux blob 01b944fe1cd4e21a2a9ed51adbdbafe2d5e905ba apart from the SPDX line",
    ),
    "xnu-syscalls.master": (
        "a7199150",
        "apple-oss-distributions/xnu `bsd/kern/syscalls.master`, tag xnu-11417.121.6 = "
        "a1e26a70f38d1d7daa7b49b258e2f8538ad81650, macOS 15",
    ),
    "xnu-errno.h": (
        "10b7c201",
        "apple-oss-distributions/xnu `bsd/sys/errno.h`, tag xnu-11417.121.6 = "
        "a1e26a70f38d1d7daa7b49b258e2f8538ad81650, macOS 15",
    ),
    "freebsd-syscalls.master": (
        "2646f1c4",
        "kostikbel/freebsd-src `sys/kern/syscalls.master` @ "
        "7fbdafd437f758b9bdd7a3b2fd7bbcb521b51907 (a developer clone of freebsd/freebsd-src; "
        "FreeBSD 15 rows 0-598, then 599-604 not in FreeBSD 15)",
    ),
    "linux-syscalls.h": (
        "b0cc60f1",
        "kernel-patches/bpf (the bpf-next CI mirror of torvalds/linux) `include/linux/syscalls.h` "
        "@ 06d5858421fc4d8391403926ffb5fd5868692a33, Linux v6.16+ state",
    ),
    "linux-arch-syscalls.txt": (
        "11767b3a",
        "verbatim excerpts of the torvalds/linux arch files that define their own entry points "
        "(`SYSCALL_DEFINEn` of mmap, rt_sigreturn, arch_prctl, iopl, modify_ldt, riscv_*), each "
        "with its path and commit",
    ),
    "linux-6.1-syscall_32.tbl": (
        "81e60b37",
        "`arch/x86/entry/syscalls/syscall_32.tbl` of Linux v6.1.192 (Debian `linux-source-6.1` "
        "6.1.192-3)",
    ),
    "linux-6.1-arm-syscall.tbl": (
        "ac964612",
        "`arch/arm/tools/syscall.tbl` of Linux v6.1.192 (Debian `linux-source-6.1` 6.1.192-3)",
    ),
    "linux-6.1-powerpc-syscall.tbl": (
        "1195f881",
        "`arch/powerpc/kernel/syscalls/syscall.tbl` of Linux v6.1.192 (Debian "
        "`linux-source-6.1` 6.1.192-3)",
    ),
    "linux-6.1-s390-syscall.tbl": (
        "42acea15",
        "`arch/s390/kernel/syscalls/syscall.tbl` of Linux v6.1.192 (Debian `linux-source-6.1` "
        "6.1.192-3)",
    ),
    "linux-6.1-syscalls.h": (
        "7ff6bc7d",
        "`include/linux/syscalls.h` of Linux v6.1.192 (Debian `linux-source-6.1` 6.1.192-3)",
    ),
    "linux-6.1-arch32-syscalls.txt": (
        "aa71096f",
        "verbatim excerpts of the Linux v6.1.192 arch files (Debian `linux-source-6.1` "
        "6.1.192-3) that define the i386, arm and powerpc entry points include/linux/syscalls.h "
        "does not declare (`sys_ia32_*`, `sys_ppc_*`, `sys_arm_fadvise64_64`, arm's assembly "
        "wrappers, sigreturn, mmap2, ...)",
    ),
    "linux-6.1-powerpc64-syscalls.txt": (
        "2a36d0c8",
        "verbatim excerpts of the Linux v6.1.192 arch files (Debian `linux-source-6.1` "
        "6.1.192-3) that define the 64-bit powerpc entry points include/linux/syscalls.h does "
        "not declare (mmap with a byte offset, ppc64_personality, switch_endian, signal_64.c's "
        "swapcontext and rt_sigreturn, rtas, subpage_prot)",
    ),
    "linux-6.1-s390-syscalls.txt": (
        "b41f56c5",
        "verbatim excerpts of the Linux v6.1.192 arch files (Debian `linux-source-6.1` "
        "6.1.192-3) that define the s390 64-bit entry points include/linux/syscalls.h does not "
        "declare (`sys_s390_*`, sigreturn, rt_sigreturn)",
    ),
    "linux-6.1-powerpc-errno.h": (
        "4ba87de3",
        "`arch/powerpc/include/uapi/asm/errno.h` of Linux v6.1.192 (Debian `linux-source-6.1` "
        "6.1.192-3): asm-generic's values with EDEADLOCK 58 of its own",
    ),
    "linux-6.1-mips-syscall_n64.tbl": (
        "3f1886ad",
        "`arch/mips/kernel/syscalls/syscall_n64.tbl` of Linux v6.1.192 (Debian "
        "`linux-source-6.1` 6.1.192-3); numbers from 0, the n64 base 5000 added",
    ),
    "linux-6.1-mips64-syscalls.txt": (
        "35ff1e0c",
        "verbatim excerpts of the Linux v6.1.192 mips files (Debian `linux-source-6.1` "
        "6.1.192-3) that define the n64 entry points include/linux/syscalls.h does not declare "
        "(`sys_mips_mmap`, `sysm_pipe`, `sys_rt_sigreturn`, `sys_set_thread_area`, "
        "`sys_sysmips`, `sys_cachectl`, `sys_cacheflush`, the `save_static_function` "
        "`__sys_*` entries)",
    ),
    "linux-6.1-mips-errno.h": (
        "2fb714e2",
        "`arch/mips/include/uapi/asm/errno.h` of Linux v6.1.192 (Debian `linux-source-6.1` "
        "6.1.192-3): MIPS's own numbering from 35 on",
    ),
    "freebsd-errno.h": (
        "7f274d91",
        "freebsd/freebsd-src `sys/sys/errno.h` @ 01ca612ace5f76c6e7eb834efd44e10cc6f0ab9c, an old "
        "version (ELAST 87); values 1-87 are unchanged today",
    ),
}

OUTPUTS = [
    "zcall/src/nr/linux_x86_64.rs",
    "zcall/src/nr/linux_generic.rs",
    "zcall/src/nr/linux_x86.rs",
    "zcall/src/nr/linux_arm.rs",
    "zcall/src/nr/linux_powerpc.rs",
    "zcall/src/nr/linux_powerpc64.rs",
    "zcall/src/nr/linux_s390x.rs",
    "zcall/src/nr/linux_mips64.rs",
    "zcall/src/nr/darwin.rs",
    "zcall/src/nr/freebsd.rs",
    "zcall/src/errno/linux.rs",
    "zcall/src/errno/darwin.rs",
    "zcall/src/errno/freebsd.rs",
    "zcall-macros/src/arity_table.rs",
    "zcall-macros/src/proto_table.rs",
]

# Linux argument counts (in this repository, relative to its root).
LINUX_ARGS = "scripts/data/linux-syscall-args.tsv"
LINUX_ARCHES = ["x86_64", "aarch64", "riscv64", "loongarch64"]

GENERIC_ARCHES = ["aarch64", "riscv64", "loongarch64"]
MAKEFILE_FOR_ARCH = {
    "aarch64": "linux-arm64-Makefile.syscalls",
    "riscv64": "linux-riscv-Makefile.syscalls",
    "loongarch64": "linux-loongarch-Makefile.syscalls",
}
UAPI_FOR_ARCH = {
    "aarch64": "linux-arm64-uapi-unistd.h",
    "riscv64": "linux-riscv-uapi-unistd.h",
    "loongarch64": "linux-loongarch-uapi-unistd.h",
}

# Headers in scripts/data/headers/ (its README.md: package, version, original path of each):
# path -> (git blob id prefix, provenance text for the generated headers).
ZIG_FREEBSD = ("Zig's bundled FreeBSD headers (PyPI `ziglang` 0.17.0, "
               "`lib/libc/include/generic-freebsd/`; FreeBSD 15: newest `P_OSREL` 1500045)")
HEADERS = {
    "linux-libc-dev-i386-cross/asm/unistd_32.h": (
        "87e1e977", "`asm/unistd_32.h` of Debian `linux-libc-dev-i386-cross` 6.1.4-1cross1"),
    "linux-libc-dev-armhf-cross/asm/unistd-eabi.h": (
        "b23ff9a1", "`asm/unistd-eabi.h` of Debian `linux-libc-dev-armhf-cross` 6.1.4-1cross1"),
    "linux-libc-dev-powerpc-cross/asm/unistd_32.h": (
        "585c7fef", "`asm/unistd_32.h` of Debian `linux-libc-dev-powerpc-cross` 6.1.4-1cross1"),
    "linux-libc-dev-ppc64el-cross/asm/unistd_64.h": (
        "350f7ec0", "`asm/unistd_64.h` of Debian `linux-libc-dev-ppc64el-cross` 6.1.4-1cross1"),
    "linux-libc-dev-s390x-cross/asm/unistd_64.h": (
        "51da542f", "`asm/unistd_64.h` of Debian `linux-libc-dev-s390x-cross` 6.1.4-1cross1"),
    "linux-libc-dev-mips64el-cross/asm/unistd_n64.h": (
        "e5a8ebec", "`asm/unistd_n64.h` of Debian `linux-libc-dev-mips64el-cross` 6.1.8-1cross2"),
    "ziglang/generic-freebsd/sys/syscall.h": (
        "1333b48c", f"`sys/syscall.h` of {ZIG_FREEBSD}, generated from FreeBSD's syscalls.master"),
    "ziglang/generic-freebsd/_libsys.h": (
        "1183efab", f"`_libsys.h` of {ZIG_FREEBSD}, prototypes generated from syscalls.master"),
    "ziglang/generic-freebsd/sys/errno.h": ("6238ec73", f"`sys/errno.h` of {ZIG_FREEBSD}"),
}
HEADERS_DIR = "scripts/data/headers"

# The saved FreeBSD syscalls.master (a developer's clone of freebsd/freebsd-src, see
# scripts/data/kernel/README.md) continues past FreeBSD 15 with rows 599-604 (kexec_load,
# pdrfork, pdwait, renameat2 and two of that clone's own). Zig's FreeBSD 15 `sys/syscall.h` ends
# at 598 (`SYS_MAXSYSCALL` 599; the generator checks it): rows above FREEBSD_LAST_ROW get no
# constant, and every row that does is checked against that header's number and name.
FREEBSD_LAST_ROW = 598
# syscalls.master calls row 1 `_exit` (FreeBSD 15 `<sys/syscall.h>`: `SYS__exit 1`, plus
# `#define SYS_exit SYS__exit`); zcall keeps the name `EXIT` that the alias and the old file's
# alternate name (`sys_exit` ... `exit`) give it. The generator checks the alias is in the header.
FREEBSD_NAME_ALIASES = {"_exit": "exit"}
# Row types (syscalls.master's own header): only STD and NOSTD rows are syscalls of this ABI.
# COMPAT* rows serve binaries of an older FreeBSD (the number is retired for new code, e.g.
# getgroups 79 is COMPAT14 and the current getgroups is 595); OBSOL, UNIMPL and RESERVED are
# placeholders; NODEF rows are `lkmnosys` slots; SYSMUX rows are the indirect-syscall slots.
FREEBSD_EMIT_TYPES = {"STD", "NOSTD"}
FREEBSD_SKIP_TYPES = {"OBSOL", "UNIMPL", "RESERVED", "NODEF", "SYSMUX"}
FREEBSD_MODIFIERS = {"CAPENABLED", "NORETURN", "NOLIB", "NOTSTATIC", "NOARGS", "NOPROTO"}

# FreeBSD errno values newer than the saved errno.h (ELAST 87): names, values and messages are
# read from Zig's FreeBSD `sys/errno.h` (ELAST 97); the generator fails unless they are exactly
# these names (the shared README's list) and values 1-87 agree with the saved header.
FREEBSD_ERRNO_NEWER = ["EDOOFUS", "EBADMSG", "EMULTIHOP", "ENOLINK", "EPROTO", "ENOTCAPABLE",
                       "ECAPMODE", "ENOTRECOVERABLE", "EOWNERDEAD", "EINTEGRITY"]

# glibc's strerror() messages for the Linux errno values (in this repository).
GLIBC_STRERROR = "scripts/data/glibc-strerror.tsv"

WRAP = 96  # width of the header text after "//! "
GENERATED_BY = "Generated by `scripts/gen_tables.py`"
DO_NOT_EDIT = "do not edit by hand."


class GenError(Exception):
    pass


def die(msg):
    raise GenError(msg)


# ----------------------------------------------------------------------------------------------
# Input handling


def git_blob_id(data):
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


class Inputs:
    def __init__(self, ref_dir, root):
        self.ref_dir = ref_dir
        self.root = root
        self.cache = {}
        self._linux_args = None
        self._linux_protos = None

    def linux_protos(self):
        if self._linux_protos is None:
            self._linux_protos = LinuxProtos(self)
        return self._linux_protos

    def linux_args(self):
        if self._linux_args is None:
            with open(os.path.join(self.root, LINUX_ARGS), encoding="utf-8") as f:
                self._linux_args = LinuxArgs(f.read())
        return self._linux_args

    def text(self, name):
        if name not in self.cache:
            self.cache[name] = read_checked(os.path.join(self.ref_dir, name), SOURCES[name][0],
                                            "SOURCES")
        return self.cache[name]

    def header(self, name):
        """A file of scripts/data/headers/ (always the repository's, whatever --ref says)."""
        key = ("header", name)
        if key not in self.cache:
            self.cache[key] = read_checked(os.path.join(self.root, HEADERS_DIR, name),
                                           HEADERS[name][0], "HEADERS")
        return self.cache[key]

    def strerror(self):
        """value -> (name, message) from scripts/data/glibc-strerror.tsv."""
        key = ("strerror",)
        if key not in self.cache:
            table = {}
            with open(os.path.join(self.root, GLIBC_STRERROR), encoding="utf-8") as f:
                for lineno, line in enumerate(f, 1):
                    if line.startswith("#") or not line.strip():
                        continue
                    fields = line.rstrip("\n").split("\t")
                    if len(fields) != 3 or not fields[0].isdigit():
                        die(f"{GLIBC_STRERROR}:{lineno}: bad row {line!r}")
                    table[int(fields[0])] = (fields[1], fields[2])
            self.cache[key] = table
        return self.cache[key]


def read_checked(path, want, table):
    with open(path, "rb") as f:
        data = f.read()
    got = git_blob_id(data)
    if not got.startswith(want):
        die(f"{path}: git blob {got[:8]} but {table} records {want}; "
            f"update {table} (and the provenance text) after checking the new file")
    return data.decode("utf-8")


def source_ref(name):
    return f"`{name}` ({SOURCES[name][1]})"


class LinuxArgs:
    """scripts/data/linux-syscall-args.tsv: entry point -> argument count, per arch."""

    def __init__(self, text):
        self.rows = {}  # (entry, scope) -> (count, source)
        self.used = set()
        documented = set()
        in_sources = False
        for lineno, line in enumerate(text.splitlines(), 1):
            if line.startswith("#"):
                if line.strip() == "# Sources:":
                    in_sources = True
                m = re.match(r"^#   (\S+@[0-9a-f]{8}) = ", line)
                if in_sources and m:
                    documented.add(m.group(1))
                continue
            if not line.strip():
                continue
            f = line.split("\t")
            if len(f) != 4 or not re.match(r"^sys_\w+$", f[0]) or not re.match(r"^[0-6]$", f[1]):
                die(f"{LINUX_ARGS}:{lineno}: bad row {line!r}")
            entry, count, scope, source = f[0], int(f[1]), f[2], f[3]
            if scope != "*" and scope not in LINUX_ARCHES:
                die(f"{LINUX_ARGS}:{lineno}: unknown arch {scope!r}")
            if source not in documented:
                die(f"{LINUX_ARGS}:{lineno}: source {source!r} is not expanded in the header")
            if (entry, scope) in self.rows:
                die(f"{LINUX_ARGS}:{lineno}: {entry} ({scope}) twice")
            self.rows[(entry, scope)] = (count, source)

    def count(self, entry, arch):
        """The count of `entry` on `arch`: its arch row if there is one, else its `*` row."""
        for key in ((entry, arch), (entry, "*")):
            if key in self.rows:
                self.used.add(key)
                return self.rows[key][0]
        die(f"{LINUX_ARGS}: no argument count for {entry} on {arch}; add a row with its source")

    def check_all_used(self):
        unused = sorted(set(self.rows) - self.used)
        if unused:
            die(f"{LINUX_ARGS}: rows not used by any table: "
                + ", ".join(f"{e} ({s})" for e, s in unused))


def args_doc(name, count):
    return f"`{name}`: {count} argument{'' if count == 1 else 's'}."


LINUX_ARGS_NOTE = [
    f"From `{LINUX_ARGS}`: the parameters of the native 64-bit kernel entry point",
    "(`include/linux/syscalls.h`, or the arch's `SYSCALL_DEFINEn` for arch-specific entries such",
    "as `mmap` and `rt_sigreturn`), one register each: `loff_t` is one register (`pread64` 4,",
    "`fallocate` 4), `preadv`/`pwritev` read `pos_l` and `pos_h` (5), `preadv2`/`pwritev2` 6. The",
    "data file names the kernel file and commit of every count.",
]


# ----------------------------------------------------------------------------------------------
# Linux prototypes: include/linux/syscalls.h + the arch files' own entry points


LINUX_SYSCALLS_H = "linux-syscalls.h"
LINUX_ARCH_DEFS = "linux-arch-syscalls.txt"

# How each arch configures the `#if` blocks of include/linux/syscalls.h that hold a declaration
# the tables use: arch -> (macros defined, with their value; macros known to be undefined). A
# declaration under a macro that is in neither set is an error (record the arch's setting with
# its source first). Sources:
#   CONFIG_CLONE_BACKWARDS: `select CLONE_BACKWARDS` in torvalds/linux arch/arm64/Kconfig
#     @ 007dc78fea62610bf06829e38f1d8c69b6ea5af6 and arch/riscv/Kconfig
#     @ 01112e5e20f5298a81639806cd0a3c587aade467; arch/x86/Kconfig
#     @ 00170fdd0846df7cdb5ad421d3a340440f930b8f has `select CLONE_BACKWARDS if X86_32` (not
#     x86_64); arch/loongarch/Kconfig @ 009ee0c96416ecd0c568af72ee37965e06bde460 selects no
#     CLONE_BACKWARDS*. CLONE_BACKWARDS2/3 are s390/microblaze only.
#   __ARCH_WANT_SYS_UTIME: `# define __ARCH_WANT_SYS_UTIME` for both x86 widths in
#     torvalds/linux arch/x86/include/asm/unistd.h @ 00170fdd0846df7cdb5ad421d3a340440f930b8f
#     (x86_64's table wires sys_utime, sys_utimes and sys_futimesat).
#   BITS_PER_LONG 64; CONFIG_ARCH_SPLIT_ARG64 (32-bit only) and CONFIG_ODD_RT_SIGACTION
#     (alpha, sparc) unset: the choices recorded in the header of scripts/data/linux-syscall-args.tsv.
#   CONFIG_ARCH_HAS_SYSCALL_WRAPPER is read as unset on every arch: x86_64, arm64 and riscv
#     select it, which hides the declarations (the file's own comment: the prototypes "are only
#     provided for information purposes"), but each wrapper unpacks the same SYSCALL_DEFINEn
#     parameter list the declaration spells out. `_LINUX_SYSCALLS_H` is the include guard.
_PROTO_UNSET = {"CONFIG_ARCH_HAS_SYSCALL_WRAPPER", "_LINUX_SYSCALLS_H", "CONFIG_ARCH_SPLIT_ARG64",
                "CONFIG_ODD_RT_SIGACTION", "CONFIG_CLONE_BACKWARDS2", "CONFIG_CLONE_BACKWARDS3"}
LINUX_PROTO_CONFIG = {
    "x86_64": ({"BITS_PER_LONG": "64", "__ARCH_WANT_SYS_UTIME": "1"},
               _PROTO_UNSET | {"CONFIG_CLONE_BACKWARDS"}),
    "aarch64": ({"BITS_PER_LONG": "64", "CONFIG_CLONE_BACKWARDS": "1"}, _PROTO_UNSET),
    "riscv64": ({"BITS_PER_LONG": "64", "CONFIG_CLONE_BACKWARDS": "1"}, _PROTO_UNSET),
    "loongarch64": ({"BITS_PER_LONG": "64"}, _PROTO_UNSET | {"CONFIG_CLONE_BACKWARDS"}),
}

# The arch directory of each arch in the torvalds/linux paths of linux-arch-syscalls.txt.
LINUX_ARCH_DIRS = {"x86": "x86_64", "arm64": "aarch64", "riscv": "riscv64",
                   "loongarch": "loongarch64"}

# Table entry points an arch routes to another function of its own: (arch, entry in the .tbl)
# -> the function its arch file defines. arm64's sys.c has
# `#define __arm64_sys_personality __arm64_sys_arm64_personality` (saved in the excerpts file;
# the generator checks that the line is there).
LINUX_ARCH_ENTRY_ALIASES = {
    ("aarch64", "sys_personality"): ("sys_arm64_personality",
                                     "#define __arm64_sys_personality\t\t"
                                     "__arm64_sys_arm64_personality"),
}

C_TYPE_WORDS = {"void", "char", "short", "int", "long", "signed", "unsigned", "float", "double",
                "const", "volatile", "struct", "union", "enum", "__user"}
C_QUALIFIERS = {"const", "volatile", "struct", "union", "enum", "__user"}


def norm_ws(s):
    return " ".join(s.split())


def split_c_param(p):
    """A declaration's parameter `type name` (or a bare type) -> (type, name); name "" if none."""
    p = norm_ws(p)
    m = re.match(r"^(.*?)\s*\b([A-Za-z_]\w*)$", p)
    if m and m.group(1):
        ty, name = m.group(1).strip(), m.group(2)
        words = re.findall(r"[A-Za-z_]\w*", ty)
        if name not in C_TYPE_WORDS and words and not set(words) <= C_QUALIFIERS:
            return ty, name
    return p, ""


class LinuxProto:
    """One Linux entry point's parameters: [(C type, name, is `__user`)] and where it was read."""

    def __init__(self, entry, params, source):
        self.entry = entry
        self.params = [(t, n, "__user" in t) for t, n in params]
        self.source = source

    def types(self):
        return [t for t, _, _ in self.params]

    def c_text(self):
        def one(t, n):
            if not n:
                return t
            return f"{t}{n}" if t.endswith("*") else f"{t} {n}"
        inner = ", ".join(one(t, n) for t, n, _ in self.params) or "void"
        return f"long {self.entry}({inner})"


def parse_syscalls_h(text):
    """{entry: [(params, conds)]} of every `asmlinkage long sys_*(...);` declaration; conds are
    the enclosing `#if` blocks as (expression, in the #else branch)."""
    text = re.sub(r"/\*.*?\*/", lambda m: re.sub(r"[^\n]", " ", m.group(0)), text, flags=re.S)
    lines = text.split("\n")
    stack, out, seg = [], {}, []

    def flush():
        conds = tuple((e, neg) for e, neg in stack)
        for m in re.finditer(r"asmlinkage\s+long\s+(sys_\w+)\s*\(([^;]*?)\)\s*;", "\n".join(seg)):
            params = [split_c_param(p) for p in split_params(m.group(2))]
            out.setdefault(m.group(1), []).append((params, conds))
        seg.clear()
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        while line.endswith("\\") and i < len(lines):
            line = line[:-1] + " " + lines[i]
            i += 1
        m = re.match(r"^\s*#\s*(\w+)\s*(.*?)\s*$", line)
        if not m:
            seg.append(line)
            continue
        flush()
        d, rest = m.group(1), m.group(2)
        if d == "if":
            stack.append([rest, False])
        elif d == "ifdef":
            stack.append([f"defined({rest})", False])
        elif d == "ifndef":
            stack.append([f"!defined({rest})", False])
        elif d == "else":
            stack[-1][1] = True
        elif d == "endif":
            stack.pop()
        elif d in ("elif", "elifdef", "elifndef"):
            die(f"{LINUX_SYSCALLS_H}: #{d} not supported")
    flush()
    if stack:
        die(f"{LINUX_SYSCALLS_H}: unbalanced #if")
    return out


def parse_linux_arch_defs(text, arch_dirs=None, plain_decls=False, asm_ok=False):
    """{(arch, entry): LinuxProto} of the SYSCALL_DEFINEn / asmlinkage definitions in the
    excerpts file, and the raw text of each (repo, path, commit). `plain_decls`: also
    `long sys_x(...);` declarations (powerpc's asm/syscalls.h); `asm_ok`: an excerpt may be
    assembly (arm's entry-common.S wrappers, matched by LINUX32_ASM_ENTRIES)."""
    arch_dirs = arch_dirs or LINUX_ARCH_DIRS
    defs, raw, cur, body = {}, {}, None, []

    def flush():
        if cur is None:
            return
        excerpt = "\n".join(body)
        raw.setdefault(cur, []).append(excerpt)
        repo, path, commit = cur
        dm = re.match(r"^arch/([^/]+)/", path)
        if not dm or dm.group(1) not in arch_dirs:
            die(f"{LINUX_ARCH_DEFS}: {path}: not an arch file of a supported arch")
        arch = arch_dirs[dm.group(1)]
        source = f"{path} @ {commit[:12]}"
        found = 0
        for m in re.finditer(r"\bSYSCALL_DEFINE(\d)\(\s*(\w+)\s*((?:,[^)]*)?)\)", excerpt):
            n, name = int(m.group(1)), m.group(2)
            toks = [norm_ws(t) for t in m.group(3).split(",")[1:]]
            if len(toks) != 2 * n:
                die(f"{LINUX_ARCH_DEFS}: SYSCALL_DEFINE{n}({name}) has {len(toks)} type/name items")
            params = [(toks[2 * k], toks[2 * k + 1]) for k in range(n)]
            add(arch, f"sys_{name}", params, source)
            found += 1
        for m in re.finditer(r"\basmlinkage\s+(?:long|int|void)\s+(sysm?_\w+)\s*\(([^;)]*)\)\s*$",
                             excerpt, re.M):
            add(arch, m.group(1), [split_c_param(p) for p in split_params(m.group(2))], source)
            found += 1
        if plain_decls:
            for m in re.finditer(r"^long\s+(sys_\w+)\s*\(([^;)]*)\)\s*;", excerpt, re.M):
                add(arch, m.group(1), [split_c_param(p) for p in split_params(m.group(2))],
                    source)
                found += 1
        if not found and not excerpt.startswith("#define") and not asm_ok:
            die(f"{LINUX_ARCH_DEFS}: no definition in the excerpt of {path}")

    def add(arch, entry, params, source):
        if (arch, entry) in defs:
            die(f"{LINUX_ARCH_DEFS}: {entry} twice for {arch}")
        defs[(arch, entry)] = LinuxProto(entry, params, source)
    for line in text.split("\n"):
        m = re.match(r"^@ (\S+) (\S+) ([0-9a-f]{40}|\d[\w.-]*)$", line)
        if m:
            flush()
            cur, body = (m.group(1), m.group(2), m.group(3)), []
        elif cur is not None and line == "":
            flush()
            cur = None
        elif cur is not None:
            body.append(line)
        elif line and not line.startswith("#"):
            die(f"{LINUX_ARCH_DEFS}: text outside an excerpt: {line!r}")
    flush()
    return defs, raw


class LinuxProtos:
    """The prototype of every (arch, entry point) the Linux tables use."""

    def __init__(self, inp):
        self.decls = parse_syscalls_h(inp.text(LINUX_SYSCALLS_H))
        self.arch_defs, raw = parse_linux_arch_defs(inp.text(LINUX_ARCH_DEFS))
        all_raw = "\n".join("\n".join(v) for v in raw.values())
        for (arch, entry), (target, line) in LINUX_ARCH_ENTRY_ALIASES.items():
            if line not in all_raw or (arch, target) not in self.arch_defs:
                die(f"{LINUX_ARCH_DEFS}: the alias {entry} -> {target} ({arch}) is not backed by "
                    "the saved excerpt")
        self.used = set()
        self.cross_checked = []

    def _header(self, entry, arch):
        defined, unset = LINUX_PROTO_CONFIG[arch]
        active = []
        for params, conds in self.decls.get(entry, []):
            ok = True
            for expr, in_else in conds:
                for ident in set(re.findall(r"[A-Za-z_]\w*", expr)) - {"defined"}:
                    if ident not in defined and ident not in unset:
                        die(f"{LINUX_SYSCALLS_H}: {entry} is declared under `{expr}`; record how "
                            f"{arch} sets {ident} (LINUX_PROTO_CONFIG) with its source")
                if bool(eval_cond(expr, defined)) == in_else:
                    ok = False
            if ok:
                active.append(params)
        if len(active) > 1:
            die(f"{LINUX_SYSCALLS_H}: {entry} declared {len(active)} times for {arch}")
        return LinuxProto(entry, active[0], "include/linux/syscalls.h") if active else None

    def get(self, entry, arch, count):
        """The prototype of `entry` on `arch`; `count` is linux-syscall-args.tsv's count, which
        the prototype must agree with."""
        header = self._header(entry, arch)
        target = LINUX_ARCH_ENTRY_ALIASES.get((arch, entry), (entry,))[0]
        own = self.arch_defs.get((arch, target))
        if own is not None:
            self.used.add((arch, target))
        if header and own:
            if header.types() != own.types():
                die(f"{entry} ({arch}): syscalls.h has ({', '.join(header.types())}), "
                    f"{own.source} ({', '.join(own.types())})")
            self.cross_checked.append(f"{arch} `{target}` ({own.source})")
            proto = header
        else:
            proto = header or own
        if proto is None:
            die(f"no prototype for {entry} on {arch} in {LINUX_SYSCALLS_H} or {LINUX_ARCH_DEFS}")
        if len(proto.params) != count:
            die(f"{entry} ({arch}): {len(proto.params)} parameters in {proto.source}, "
                f"{count} in {LINUX_ARGS}")
        return proto

    def check_all_used(self):
        unused = sorted(set(self.arch_defs) - self.used)
        if unused:
            die(f"{LINUX_ARCH_DEFS}: definitions no table uses: "
                + ", ".join(f"{e} ({a})" for a, e in unused))


def linux_doc(name, groups, note=None):
    """`name`: [arches: ]`long sys_x(...)` [(arch file)][; arches: ...] — syscall number on this
    target. groups: [(arches, LinuxProto)], one group per distinct prototype."""
    parts = []
    for arches, proto in groups:
        one = f"`{proto.c_text()}`"
        if proto.source != "include/linux/syscalls.h":
            one += f" ({proto.source.split(' @ ')[0]})"
        parts.append(one if len(groups) == 1 else f"{', '.join(arches)}: {one}")
    text = f"`{name}`: " + "; ".join(parts) + " — syscall number on this target"
    return text + (f" ({note})." if note else ".")


LINUX_PROTO_NOTE = [
    "Each constant's doc shows the kernel's prototype of its entry point: from",
    f"`{LINUX_SYSCALLS_H}` (include/linux/syscalls.h) as each arch configures it (clone's",
    "argument order follows CONFIG_CLONE_BACKWARDS), or, for entry points an arch defines",
    f"itself, the `SYSCALL_DEFINEn` saved in `{LINUX_ARCH_DEFS}` (the doc names the file). The",
    f"parameter count of each prototype equals the count in `{LINUX_ARGS}` (checked).",
]


# ----------------------------------------------------------------------------------------------
# Linux 32-bit tables (i386, arm EABI, powerpc 32-bit): numbers, word counts, word prototypes
# (and, through the same code with `split` False, the 64-bit powerpc table)

LINUX32_SYSCALLS_H = "linux-6.1-syscalls.h"
LINUX32_ARCH_DEFS = "linux-6.1-arch32-syscalls.txt"
LINUX32_ARCH_DIRS = {"x86": "x86", "arm": "arm", "powerpc": "powerpc"}
# s390x (64-bit, big-endian) is read with the same Linux 6.1 machinery: its table, the 6.1
# include/linux/syscalls.h and its own excerpts file; a 64-bit parameter is one word there.
LINUX_S390_ARCH_DEFS = "linux-6.1-s390-syscalls.txt"
LINUX_S390_ARCH_DIRS = {"s390": "s390x"}

# arch (target_arch) -> table, the ABI column values it takes, the nr module, the arity/proto
# table constant, the Debian header to cross-check the numbers against, and the ABI's rules for
# a 64-bit parameter (`even`: starts at an even argument index, a zero word padding an odd one;
# `hi_first`: high half first). Sources of the rules: i386 passes arguments as a C function on
# the stack, a `long long` in two consecutive 4-byte slots, low first (`sys_ia32_pread64(fd,
# buf, count, poslo, poshi)`, arch/x86/kernel/sys_ia32.c); ARM EABI (AAPCS) puts a 64-bit value
# in an even/odd register pair (arch/arm/kernel/sys_oabi-compat.c: "the EABI ... 64-bit
# arguments are aligned to even register pairs"; `pread64(fd, buf, count, <pad>, lo, hi)`);
# 32-bit PowerPC "passes long longs in an odd even register pair" (r3/r4, r5/r6, r7/r8: an even
# argument index), big-endian (arch/powerpc/include/asm/syscalls.h, whose `sys_ppc_*` wrappers
# spell the padding and both halves out).
LINUX32 = {
    "x86": {
        "table": "linux-6.1-syscall_32.tbl", "abis": {"i386"}, "module": "linux_x86",
        "const": "LINUX_X86", "what": "Linux x86 (i686, the i386 ABI)",
        "header": "linux-libc-dev-i386-cross/asm/unistd_32.h", "even": False, "hi_first": False,
    },
    "arm": {
        "table": "linux-6.1-arm-syscall.tbl", "abis": {"common", "eabi"}, "module": "linux_arm",
        "const": "LINUX_ARM", "what": "Linux arm (EABI)",
        "header": "linux-libc-dev-armhf-cross/asm/unistd-eabi.h", "even": True, "hi_first": False,
    },
    "powerpc": {
        "table": "linux-6.1-powerpc-syscall.tbl", "abis": {"common", "32", "nospu"},
        "module": "linux_powerpc", "const": "LINUX_POWERPC", "what": "Linux powerpc (32-bit)",
        "header": "linux-libc-dev-powerpc-cross/asm/unistd_32.h", "even": True, "hi_first": True,
    },
    # 64-bit powerpc (ppc64le; the table has no little-endian column of its own): the same
    # table's `64` rows instead of the `32` ones, one word per parameter (`split` False), its
    # entry points from its own excerpts file (`defs`: signal_64.c, not signal_32.c).
    "powerpc64": {
        "table": "linux-6.1-powerpc-syscall.tbl", "abis": {"common", "64", "nospu"},
        "module": "linux_powerpc64", "const": "LINUX_POWERPC64", "what": "Linux powerpc64",
        "header": "linux-libc-dev-ppc64el-cross/asm/unistd_64.h", "split": False,
        "defs": "linux-6.1-powerpc64-syscalls.txt",
    },
    # s390x (64-bit, big-endian; `wide`: its table's own layout): the `common` and `64` rows,
    # column 4 (the 64-bit entry point; column 5 is the 31-bit compat one). `-` there means no
    # 64-bit entry (skipped like sys_ni_syscall). One word per parameter.
    "s390x": {
        "table": "linux-6.1-s390-syscall.tbl", "abis": {"common", "64"}, "module": "linux_s390x",
        "const": "LINUX_S390X", "what": "Linux s390x (64-bit)",
        "header": "linux-libc-dev-s390x-cross/asm/unistd_64.h", "split": False, "wide": True,
        "defs": "linux-6.1-s390-syscalls.txt",
    },
}

# Linux 6.1 tables of 64-bit arches read the same way (numbers, prototypes from the 6.1
# include/linux/syscalls.h plus the arch's own excerpts), without splitting: a 64-bit parameter
# is one register. mips64 (n64): `syscall_n64.tbl` numbers its rows from 0 and the kernel adds
# `__NR_Linux` 5000 (arch/mips/include/uapi/asm/unistd.h: `#define __NR_Linux 5000` under
# `_MIPS_SIM == _MIPS_SIM_ABI64`), so `base` is added to every row; the Debian header spells
# each number `(__NR_Linux + n)`.
LINUX61_64 = {
    "mips64": {
        "table": "linux-6.1-mips-syscall_n64.tbl", "abis": {"common", "n64"},
        "module": "linux_mips64", "const": "LINUX_MIPS64", "what": "Linux mips64 (n64)",
        "header": "linux-libc-dev-mips64el-cross/asm/unistd_n64.h", "split": False, "base": 5000,
        "defs": "linux-6.1-mips64-syscalls.txt", "arch_dirs": {"mips": "mips64"},
    },
}

# How each 32-bit arch configures the `#if` blocks of the 6.1 include/linux/syscalls.h that hold
# a declaration the tables use (the macros the generator meets; any other is an error). Sources,
# all Linux v6.1.192: arch/x86/Kconfig (`config X86_32` selects CLONE_BACKWARDS, OLD_SIGACTION,
# ARCH_SPLIT_ARG64; `config COMPAT_32` selects HAVE_UID16, OLD_SIGSUSPEND3), arch/x86/include/
# asm/unistd.h (`CONFIG_X86_32`: __ARCH_WANT_STAT64; __ARCH_WANT_SYS_UTIME only for x86_64;
# __ARCH_WANT_SYS_OLD_GETRLIMIT for both); arch/arm/Kconfig (CLONE_BACKWARDS, HAVE_UID16,
# OLD_SIGACTION, OLD_SIGSUSPEND3) and arch/arm/include/asm/unistd.h (__ARCH_WANT_STAT64,
# __ARCH_WANT_SYS_OLD_GETRLIMIT); arch/powerpc/Kconfig (ARCH_SPLIT_ARG64 if PPC32,
# CLONE_BACKWARDS, OLD_SIGACTION if PPC32, OLD_SIGSUSPEND) and arch/powerpc/include/asm/unistd.h
# (__ARCH_WANT_STAT64, __ARCH_WANT_SYS_OLD_GETRLIMIT; __ARCH_WANT_SYS_UTIME only under PPC64).
# powerpc64, same files: ARCH_SPLIT_ARG64 and OLD_SIGACTION are `if PPC32` (unset), CLONE_BACKWARDS
# and OLD_SIGSUSPEND unconditional; asm/unistd.h's `#ifdef CONFIG_PPC64` block adds
# __ARCH_WANT_SYS_UTIME.
# CONFIG_ARCH_HAS_SYSCALL_WRAPPER is read as unset, as for the 64-bit arches.
_P32_UNSET = {"CONFIG_ARCH_HAS_SYSCALL_WRAPPER", "_LINUX_SYSCALLS_H", "CONFIG_ODD_RT_SIGACTION",
              "CONFIG_CLONE_BACKWARDS2", "CONFIG_CLONE_BACKWARDS3", "__ARCH_WANT_SYS_UTIME",
              "__ARCH_WANT_COMPAT_STAT64"}
LINUX32_PROTO_CONFIG = {
    "x86": ({"BITS_PER_LONG": "32", "CONFIG_CLONE_BACKWARDS": "1", "CONFIG_OLD_SIGACTION": "1",
             "CONFIG_ARCH_SPLIT_ARG64": "1", "CONFIG_HAVE_UID16": "1",
             "CONFIG_OLD_SIGSUSPEND3": "1", "__ARCH_WANT_STAT64": "1",
             "__ARCH_WANT_SYS_OLD_GETRLIMIT": "1"}, _P32_UNSET | {"CONFIG_OLD_SIGSUSPEND"}),
    "arm": ({"BITS_PER_LONG": "32", "CONFIG_CLONE_BACKWARDS": "1", "CONFIG_OLD_SIGACTION": "1",
             "CONFIG_HAVE_UID16": "1", "CONFIG_OLD_SIGSUSPEND3": "1", "__ARCH_WANT_STAT64": "1",
             "__ARCH_WANT_SYS_OLD_GETRLIMIT": "1"},
            _P32_UNSET | {"CONFIG_OLD_SIGSUSPEND", "CONFIG_ARCH_SPLIT_ARG64"}),
    "powerpc": ({"BITS_PER_LONG": "32", "CONFIG_CLONE_BACKWARDS": "1", "CONFIG_OLD_SIGACTION": "1",
                 "CONFIG_ARCH_SPLIT_ARG64": "1", "CONFIG_OLD_SIGSUSPEND": "1",
                 "__ARCH_WANT_STAT64": "1", "__ARCH_WANT_SYS_OLD_GETRLIMIT": "1"},
                _P32_UNSET | {"CONFIG_OLD_SIGSUSPEND3", "CONFIG_HAVE_UID16"}),
    # s390 (Linux v6.1.192): arch/s390/Kconfig selects ARCH_HAS_SYSCALL_WRAPPER (read as unset,
    # as above), CLONE_BACKWARDS2, OLD_SIGACTION and OLD_SIGSUSPEND3 (`config S390`), HAVE_UID16
    # under `config COMPAT`; 64-bit, no ARCH_SPLIT_ARG64; arch/s390/include/asm/unistd.h defines
    # __ARCH_WANT_SYS_UTIME, __ARCH_WANT_SYS_OLD_GETRLIMIT, __ARCH_WANT_SYS_OLD_MMAP (`mmap` is
    # sys_old_mmap) and no __ARCH_WANT_STAT64.
    "s390x": ({"BITS_PER_LONG": "64", "CONFIG_CLONE_BACKWARDS2": "1", "CONFIG_OLD_SIGACTION": "1",
               "CONFIG_OLD_SIGSUSPEND3": "1", "CONFIG_HAVE_UID16": "1",
               "__ARCH_WANT_SYS_UTIME": "1", "__ARCH_WANT_SYS_OLD_GETRLIMIT": "1"},
              (_P32_UNSET - {"CONFIG_CLONE_BACKWARDS2", "__ARCH_WANT_SYS_UTIME"})
              | {"CONFIG_OLD_SIGSUSPEND", "CONFIG_ARCH_SPLIT_ARG64", "CONFIG_CLONE_BACKWARDS",
                 "__ARCH_WANT_STAT64"}),
    "powerpc64": ({"BITS_PER_LONG": "64", "CONFIG_CLONE_BACKWARDS": "1",
                   "CONFIG_OLD_SIGSUSPEND": "1", "__ARCH_WANT_STAT64": "1",
                   "__ARCH_WANT_SYS_OLD_GETRLIMIT": "1", "__ARCH_WANT_SYS_UTIME": "1"},
                  (_P32_UNSET - {"__ARCH_WANT_SYS_UTIME"})
                  | {"CONFIG_OLD_SIGSUSPEND3", "CONFIG_HAVE_UID16", "CONFIG_OLD_SIGACTION",
                     "CONFIG_ARCH_SPLIT_ARG64"}),
    # arch/mips/Kconfig: `config MIPS` selects CLONE_BACKWARDS (and ARCH_32BIT_OFF_T only
    # if !64BIT); arch/mips/include/asm/unistd.h defines __ARCH_WANT_SYS_UTIME for every ABI.
    "mips64": ({"BITS_PER_LONG": "64", "CONFIG_CLONE_BACKWARDS": "1",
                "__ARCH_WANT_SYS_UTIME": "1"},
               (_P32_UNSET - {"__ARCH_WANT_SYS_UTIME"}) | {"CONFIG_ARCH_SPLIT_ARG64"}),
}

# mips' `save_static_function(sys_x)` (arch/mips/include/asm/sim.h, saved in the mips64
# excerpts) defines `__sys_x`, which saves the static registers and jumps to `sys_x`: the
# entry point takes sys_x's parameters. (arch, entry) -> the function it jumps to; the
# generator checks the excerpts hold the macro and its `save_static_function(sys_x);` line.
LINUX_MIPS_STATIC_ENTRIES = {
    ("mips64", "__sys_fork"): "sys_fork",
    ("mips64", "__sys_clone"): "sys_clone",
    ("mips64", "__sys_clone3"): "sys_clone3",
    ("mips64", "__sys_sysmips"): "sys_sysmips",
}

# arm's assembly entry points (arch/arm/kernel/entry-common.S, saved in the excerpts file):
# entry -> (the C function its last line branches to, or None when the wrapper passes the
# kernel's own registers: sigreturn). The generator checks that the excerpt ends so.
LINUX32_ASM_ENTRIES = {
    ("arm", "sys_mmap2"): "sys_mmap_pgoff",
    ("arm", "sys_statfs64_wrapper"): "sys_statfs64",
    ("arm", "sys_fstatfs64_wrapper"): "sys_fstatfs64",
    ("arm", "sys_sigreturn_wrapper"): None,
    ("arm", "sys_rt_sigreturn_wrapper"): None,
}

# C types of 64 bits (two words on a 32-bit arch) and types whose name says 64 but that are
# 32-bit or pointers there; any other type naming 64 stops the generator.
WIDE_C_TYPES = {"loff_t", "u64", "__u64", "s64", "__s64", "long long", "unsigned long long"}
NARROW_64_NAMES = set()


def c_words(ty):
    t = norm_ws(ty.replace("const ", "").replace("volatile ", ""))
    if "*" in t:
        return 1
    if t in WIDE_C_TYPES:
        return 2
    if "64" in t and t not in NARROW_64_NAMES:
        die(f"C type {ty!r}: is it 32 or 64 bits on a 32-bit arch? record it")
    return 1


def word_params(params, rules):
    """A prototype's parameters as argument words on a 32-bit arch: a 64-bit parameter
    becomes (pad,) lo, hi (or hi, lo) by the arch's rules. A 64-bit arch (`split` False):
    one word per parameter."""
    if not rules.get("split", True):
        return list(params)
    out = []
    for ty, name, user in params:
        if c_words(ty) == 1:
            out.append((ty, name, user))
            continue
        if rules["even"] and len(out) % 2 == 1:
            out.append(("", "(pad)", False))
        halves = [(ty, f"{name} (low half)", False), (ty, f"{name} (high half)", False)]
        out += halves[::-1] if rules["hi_first"] else halves
    return out


class Linux32Protos:
    def __init__(self, inp, defs_name=LINUX32_ARCH_DEFS, arch_dirs=None):
        self.decls = parse_syscalls_h(inp.text(LINUX32_SYSCALLS_H))
        self.defs_name = defs_name
        text = inp.text(defs_name)
        self.defs, raw = parse_linux_arch_defs(text, arch_dirs or LINUX32_ARCH_DIRS,
                                               plain_decls=True, asm_ok=True)
        self.raw = raw
        self.all_raw = "\n".join("\n".join(v) for v in raw.values())
        self.used = set()

    def _header(self, entry, arch):
        defined, unset = LINUX32_PROTO_CONFIG[arch]
        active = []
        for params, conds in self.decls.get(entry, []):
            ok = True
            for expr, in_else in conds:
                for ident in set(re.findall(r"[A-Za-z_]\w*", expr)) - {"defined"}:
                    if ident not in defined and ident not in unset:
                        die(f"{LINUX32_SYSCALLS_H}: {entry} is declared under `{expr}`; record "
                            f"how {arch} sets {ident} (LINUX32_PROTO_CONFIG) with its source")
                if bool(eval_cond(expr, defined)) == in_else:
                    ok = False
            if ok:
                active.append(params)
        if len(active) > 1:
            die(f"{LINUX32_SYSCALLS_H}: {entry} declared {len(active)} times for {arch}")
        return LinuxProto(entry, active[0], "include/linux/syscalls.h (v6.1)") if active else None

    def asm_excerpt(self, arch, entry):
        name = entry[len("sys_"):] if False else entry
        for (repo, path, ver), texts in self.raw.items():
            if path.startswith(f"arch/{arch}/") and path.endswith(".S"):
                for t in texts:
                    if t.startswith(f"{name}:"):
                        return t
        return None

    def get(self, entry, arch):
        if (arch, entry) in LINUX_MIPS_STATIC_ENTRIES:
            target = LINUX_MIPS_STATIC_ENTRIES[(arch, entry)]
            if (f"save_static_function({target});" not in self.all_raw
                    or '"j\\t" #symbol' not in self.all_raw):
                die(f"{self.defs_name}: no save_static_function({target}) backing {entry}")
            proto = self.get(target, arch)
            return LinuxProto(entry, [(t, n) for t, n, _ in proto.params],
                              f"arch/mips/kernel/syscall.c save_static_function, then "
                              f"{proto.source}")
        if (arch, entry) in LINUX32_ASM_ENTRIES:
            target = LINUX32_ASM_ENTRIES[(arch, entry)]
            excerpt = self.asm_excerpt(arch, entry)
            want = f"b\t{target}" if target else "b\tsys_"
            if excerpt is None or want not in excerpt or (target is None and "add\tr0, sp" not
                                                          in excerpt):
                die(f"{LINUX32_ARCH_DEFS}: no excerpt of {entry} branching to {target}")
            if target is None:
                return LinuxProto(entry, [], "arch/arm/kernel/entry-common.S")
            proto = self.get(target, arch)
            return LinuxProto(entry, [(t, n) for t, n, _ in proto.params],
                              f"arch/arm/kernel/entry-common.S, then {proto.source}")
        own = self.defs.get((arch, entry))
        if own is not None:
            self.used.add((arch, entry))
            return own
        header = self._header(entry, arch)
        if header is None:
            die(f"no prototype for {entry} on {arch} in {LINUX32_SYSCALLS_H} or "
                f"{self.defs_name}")
        return header

    def check_all_used(self):
        unused = sorted(set(self.defs) - self.used)
        if unused:
            die(f"{self.defs_name}: definitions no table uses: "
                + ", ".join(f"{e} ({a})" for a, e in unused))


def header_numbers(inp, name, base=0):
    """{syscall name: number} of a Debian uapi unistd header (`#define __NR_x (BASE + n)`);
    `base` is added where the header spells the number `(__NR_Linux + n)` (mips)."""
    out = {}
    for m in re.finditer(r"^#define __NR_(\w+)\s+\(?(__NR_SYSCALL_BASE\s*\+\s*|__NR_Linux\s*\+\s*)?"
                         r"(\d+)\)?\s*$", inp.header(name), re.M):
        linux = m.group(2) is not None and m.group(2).startswith("__NR_Linux")
        out[m.group(1)] = int(m.group(3)) + (base if linux else 0)
    return out


def gen_linux32(inp, arch, protos):
    cfg = LINUX32[arch] if arch in LINUX32 else LINUX61_64[arch]
    split = cfg.get("split", True)
    base = cfg.get("base", 0)
    src = cfg["table"]
    rows = parse_tbl(inp.text(src))
    out_rows, skipped, seen, args, arity, proto_rows = [], [], {}, [], [], []
    for nr, abi, name, entry in rows:
        if abi not in cfg["abis"]:
            continue
        if entry == "-" and cfg.get("wide"):
            entry = None  # s390's table: no 64-bit entry point
        nr += base
        if not is_real_linux_row(entry):
            skipped.append((nr, name, entry))
            continue
        if name in seen:
            die(f"{src}: {name} twice ({seen[name]} and {nr})")
        seen[name] = nr
        const = const_name(name)
        proto = protos.get(entry, arch)
        words = word_params(proto.params, cfg)
        count = len(words)
        proto_rows.append((const, words, None))
        doc = linux_doc(name, [([arch], proto)])
        if count != len(proto.params):
            doc = doc[:-1] + f"; {count} argument words."
        out_rows.append((const, nr, doc, None))
        doc_args = args_doc(name, count)
        args.append((const, count, doc_args.replace("argument", "argument word") if split
                     else doc_args))
        arity.append((const, count, None))
    # Second reading of the numbers: Debian's uapi header of the same kernel series.
    hdr = header_numbers(inp, cfg["header"], base)
    for name, nr in seen.items():
        if name in hdr and hdr[name] != nr:
            die(f"{src}: {name} is {nr}, {cfg['header']} says {hdr[name]}")
    missing = sorted(n for n in seen if n not in hdr)
    if missing:
        die(f"{cfg['header']} lacks {missing}")
    notes = [
        f"Rows whose ABI column is {', '.join(f'`{a}`' for a in sorted(cfg['abis']))}"
        + (f"; the file numbers its rows from 0, and every number here is the row's plus "
           f"{base} (`__NR_Linux` of this ABI)." if base else "."),
        "Rows whose entry point is `sys_ni_syscall` or missing are not real syscalls (the kernel",
        "answers ENOSYS) and get no constant. Skipped: "
        + ", ".join(describe_skipped_linux(skipped)) + ".",
        "",
        f"Cross-checked by the generator: every number equals the `__NR_` of `{cfg['header']}`",
        f"({HEADERS[cfg['header']][1]}).",
        "",
        "Each constant's doc shows the kernel's prototype of its entry point: from",
        f"`{LINUX32_SYSCALLS_H}` (include/linux/syscalls.h of v6.1, its `#if` blocks evaluated as",
        "this arch configures them), or from the arch's own definition saved in",
        f"`{protos.defs_name}` (the doc names the file).",
    ]
    if cfg.get("wide"):
        notes[0] = ("Rows whose ABI column is `common` or `64`, entry point from the 64-bit column "
                    "(the fourth; the fifth is the 31-bit compat one).")
        notes[1] = ("Rows whose 64-bit entry point is `sys_ni_syscall` or `-` are not real "
                    "syscalls (the kernel")
        notes += [
            "",
            "`MMAP` (90) is `sys_old_mmap`: one pointer to the six words (`struct mmap_arg_struct`),",
            "not six registers; s390x has no `mmap2` (its 192 is a 31-bit compat row).",
        ]
    if cfg.get("split", True):
        args_note = [
            "Argument words, not parameters: on this 32-bit arch a 64-bit parameter (`loff_t`, "
            "`u64`)",
            "takes two words"
            + (", starting at an even argument index (a zero word pads an odd one)"
               if cfg["even"] else ", low half first, no padding")
            + (", high half first." if cfg["hi_first"] else "."),
            "Counted from the prototype in each constant's doc (a single reading: the counts of",
            f"`{LINUX_ARGS}` are for the 64-bit entry points).",
        ]
    else:
        args_note = [
            "One word per parameter (a 64-bit arch). Counted from the prototype in each constant's",
            f"doc (`{LINUX_ARGS}` covers the x86_64 and generic tables only).",
        ]
    gen = f"{GENERATED_BY} from {source_ref(src)} — {DO_NOT_EDIT}"
    text = number_module(f"{cfg['what']} syscall numbers.", gen, notes, out_rows, args, args_note)
    return text, len(out_rows), {"arity": arity, "protos": proto_rows, "variants": []}


# ----------------------------------------------------------------------------------------------
# Rust output helpers

RUST_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# All Rust keywords but `Self` are lower case, and upper-casing never yields `Self`, so an
# upper-cased name cannot be a keyword.


def const_name(sysname):
    name = sysname.upper()
    if not RUST_IDENT.match(name) or name == "_":
        die(f"syscall name {sysname!r} does not make a Rust identifier")
    return name


def doc_line(text):
    return f"/// {text}"


def header_lines(title, gen_line, notes):
    """`notes` is a list of lines; "" separates paragraphs. Paragraphs are re-wrapped."""
    out = [f"//! {title}", "//!", f"//! {gen_line}"]
    paras, cur = [], []
    for line in notes + [""]:
        if line == "":
            if cur:
                paras.append(" ".join(cur))
            cur = []
        else:
            cur.append(line.strip())
    for para in paras:
        out.append("//!")
        for line in textwrap.wrap(para, width=WRAP, break_long_words=False,
                                  break_on_hyphens=False):
            out.append(f"//! {line}")
    return out


def number_module(title, gen_line, notes, rows, args=None, args_note=None):
    """rows: list of (const, number, doc, cfg or None). args: list of (const, count, doc)."""
    out = header_lines(title, gen_line, notes)
    seen = set()
    for const, num, doc, cfg in rows:
        if const in seen:
            die(f"duplicate constant {const}")
        seen.add(const)
        out.append("")
        out.append(doc_line(doc))
        if cfg:
            out.append(f"#[cfg({cfg})]")
        out.append(f"pub const {const}: usize = {num};")
    if args is not None:
        out.append("")
        out.append("/// Kernel argument counts of the syscalls above: one per declared argument.")
        out.append("///")
        for line in textwrap.wrap(" ".join(args_note), width=WRAP, break_long_words=False,
                                  break_on_hyphens=False):
            out.append(f"/// {line}")
        out.append("#[doc(hidden)]")
        out.append("pub mod __args {")
        first = True
        for const, count, doc, *cfg in args:
            if not first:
                out.append("")
            first = False
            out.append("    " + doc_line(doc))
            if cfg and cfg[0]:
                out.append(f"    #[cfg({cfg[0]})]")
            out.append(f"    pub const {const}: usize = {count};")
        out.append("}")
    return "\n".join(out) + "\n"


def rust_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def errno_module(title, gen_line, notes, values, aliases, extra_comment_before=None,
                 variants=None):
    """values: list of (name, value, msg) ascending. aliases: list of (alias, target).
    variants: [(cfg, values, aliases)] — one `errno_table!` per cfg instead of one."""
    out = header_lines(title, gen_line, notes)
    if variants:
        for cfg, vals, als in variants:
            out.append("")
            out.append(f"#[cfg({cfg})]")
            out += errno_invocation(vals, als, extra_comment_before)
        return "\n".join(out) + "\n"
    out.append("")
    out += errno_invocation(values, aliases, extra_comment_before)
    return "\n".join(out) + "\n"


def errno_invocation(values, aliases, extra_comment_before=None):
    out = []
    out.append("errno_table! {")
    out.append("    values {")
    for name, value, msg in values:
        if extra_comment_before and value in extra_comment_before:
            for line in extra_comment_before[value]:
                out.append(f"        // {line}" if line else "        //")
        out.append(f"        {name} = {value}, {rust_str(msg)};")
    out.append("    }")
    out.append("    aliases {")
    for alias, target in aliases:
        out.append(f"        {alias} = {target};")
    out.append("    }")
    out.append("}")
    return out


# ----------------------------------------------------------------------------------------------
# Linux .tbl


def parse_tbl(text):
    rows = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        f = line.split()
        if len(f) < 3:
            die(f"bad .tbl row: {line!r}")
        entry = f[3] if len(f) > 3 else None
        rows.append((int(f[0]), f[1], f[2], entry))
    return rows


def is_real_linux_row(entry):
    return entry is not None and entry != "sys_ni_syscall"


def describe_skipped_linux(skipped):
    return [f"{nr} `{name}` ({'no entry point' if entry is None else entry})"
            for nr, name, entry in skipped]


def gen_linux_x86_64(inp):
    src = "linux-syscall_64.tbl"
    rows = parse_tbl(inp.text(src))
    out_rows, skipped, seen, args, protos = [], [], {}, [], []
    la = inp.linux_args()
    for nr, abi, name, entry in rows:
        if abi not in ("common", "64"):
            if abi != "x32":
                die(f"{src}: unexpected ABI {abi!r}")
            continue
        if not is_real_linux_row(entry):
            skipped.append((nr, name, entry))
            continue
        if name in seen:
            die(f"{src}: {name} twice ({seen[name]} and {nr})")
        seen[name] = nr
        const = const_name(name)
        count = la.count(entry, "x86_64")
        proto = inp.linux_protos().get(entry, "x86_64", count)
        protos.append((const, proto.params))
        out_rows.append((const, nr, linux_doc(name, [(["x86_64"], proto)]), None))
        args.append((const, count, args_doc(name, count)))
    notes = [
        "Rows with ABI `common` or `64` only; the `x32` rows (512-547) are never used.",
        "Rows whose entry point is `sys_ni_syscall` or missing are not real syscalls (the kernel",
        "answers ENOSYS) and get no constant. Skipped: "
        + ", ".join(describe_skipped_linux(skipped)) + ".",
        "",
    ] + LINUX_PROTO_NOTE
    gen = f"{GENERATED_BY} from {source_ref(src)} — {DO_NOT_EDIT}"
    text = number_module("Linux x86_64 syscall numbers.", gen, notes, out_rows, args,
                         LINUX_ARGS_NOTE)
    arity = [(c, n, None) for c, n, _ in args]
    return text, len(out_rows), {"skipped": skipped, "arity": arity,
                                 "protos": [(c, p, None) for c, p in protos], "variants": []}


# ----------------------------------------------------------------------------------------------
# Linux generic table (aarch64, riscv64, loongarch64)


def parse_makefile_abis(text):
    abis = []
    for line in text.splitlines():
        m = re.match(r"^\s*syscall_abis_64\s*\+?=\s*(.*)$", line)
        if m:
            abis += m.group(1).split()
    return abis


def cfg_for(arches):
    if set(arches) == set(GENERIC_ARCHES):
        return None
    arches = [a for a in GENERIC_ARCHES if a in arches]
    if len(arches) == 1:
        return f'target_arch = "{arches[0]}"'
    return "any(" + ", ".join(f'target_arch = "{a}"' for a in arches) + ")"


# Notes attached to specific rows of the generic table (facts from scripts/data/kernel/README.md).
GENERIC_ROW_NOTES = {
    "newfstatat": "on loongarch64 only from Linux 6.11, ENOSYS before; `statx` works everywhere",
    "fstat": "on loongarch64 only from Linux 6.11, ENOSYS before; `statx` works everywhere",
}


def gen_linux_generic(inp):
    src = "linux-tools-scripts-syscall.tbl"
    rows = parse_tbl(inp.text(src))
    abisets = {}
    for arch in GENERIC_ARCHES:
        extra = parse_makefile_abis(inp.text(MAKEFILE_FOR_ARCH[arch]))
        abisets[arch] = {"common", "64"} | set(extra)
    per_arch = {a: {} for a in GENERIC_ARCHES}  # arch -> name -> nr (real rows only)
    by_row = []  # (nr, name, entry, arches)
    skipped = []
    for nr, abi, name, entry in rows:
        arches = [a for a in GENERIC_ARCHES if abi in abisets[a]]
        if not arches:
            continue
        if not is_real_linux_row(entry):
            skipped.append((nr, name, entry))
            continue
        for a in arches:
            if name in per_arch[a] or nr in per_arch[a].values():
                die(f"{src}: {a}: duplicate {name}/{nr}")
            per_arch[a][name] = nr
        by_row.append((nr, name, arches, entry))
    out_rows, args, arity, protos, variants = [], [], [], [], []
    la = inp.linux_args()
    consts_seen = {}
    for nr, name, arches, entry in by_row:
        const = const_name(name)
        cfg = cfg_for(arches)
        if const in consts_seen:
            # The same name on disjoint arch sets with different numbers would need two cfg'd
            # constants; the table has no such case — fail loudly if it ever does.
            die(f"{src}: {name} appears in two rows")
        consts_seen[const] = nr
        counts = {a: la.count(entry, a) for a in arches}
        if len(set(counts.values())) != 1:
            # One constant (and one arity-table row) cannot hold two counts; never the case so
            # far. Fail loudly so that a future difference is handled deliberately.
            die(f"{name} ({entry}): argument count differs between arches: {counts}")
        count = counts[arches[0]]
        # One prototype per row: the first arch's (aarch64 where it has the row); an arch whose
        # own prototype differs (types or names) is listed as a variant.
        arch_protos = [(a, inp.linux_protos().get(entry, a, count)) for a in arches]
        main = arch_protos[0][1]
        differ = [(a, p) for a, p in arch_protos[1:] if p.params != main.params]
        protos.append((const, main.params, arches[0] if differ else None))
        variants += [(const, a, p.params) for a, p in differ]
        note = None
        if cfg is not None:
            note = f"{', '.join(arches)} only"
        if name in GENERIC_ROW_NOTES:
            note = GENERIC_ROW_NOTES[name]
        groups = []
        for a, p in arch_protos:
            for g in groups:
                if g[1].params == p.params:
                    g[0].append(a)
                    break
            else:
                groups.append(([a], p))
        out_rows.append((const, nr, linux_doc(name, groups, note), cfg))
        args.append((const, count, args_doc(name, count), cfg))
        arity.append((const, count, None if cfg is None else ", ".join(arches) + " only"))

    xcheck = cross_check_generic(inp, per_arch)

    abi_desc = "; ".join(
        f"{a}: `common 64{''.join(' ' + x for x in sorted(abisets[a] - {'common', '64'}))}`"
        for a in GENERIC_ARCHES)
    notes = [
        "Shared by aarch64, riscv64 and loongarch64 Linux. Each arch takes the rows whose ABI is in",
        "its set (`common`, `64` plus `syscall_abis_64` from its `arch/*/kernel/Makefile.syscalls`,",
        f"read from `linux-*-Makefile.syscalls`): {abi_desc}.",
        "A row that not all three arches have carries `#[cfg(...)]` naming the ones that do.",
        "",
        "Rows whose entry point is `sys_ni_syscall` are not real syscalls (the kernel answers",
        "ENOSYS) and get no constant. Skipped: " + ", ".join(describe_skipped_linux(skipped)) + ".",
        "",
        "Cross-checked by the generator against `linux-asm-generic-unistd.h`",
        "(Linux v6.1.187 `include/uapi/asm-generic/unistd.h`) preprocessed with each arch's v6.1",
        "`__ARCH_WANT_*` set: every name both define has the same number on every arch. The",
        "differences are the expected ones: " + xcheck + ".",
        "",
    ] + LINUX_PROTO_NOTE + [
        "A row whose prototype differs between the arches shows each arch's.",
    ]
    gen = f"{GENERATED_BY} from {source_ref(src)} — {DO_NOT_EDIT}"
    args_note = LINUX_ARGS_NOTE + [
        "Every count is the same on each of aarch64, riscv64 and loongarch64 that has the",
        "syscall (checked by the generator); a row limited to some of them carries the same",
        "`#[cfg]` as its number.",
    ]
    text = number_module("Linux generic syscall numbers (aarch64, riscv64, loongarch64).", gen,
                         notes, out_rows, args, args_note)
    return text, len(out_rows), {"per_arch": per_arch, "arity": arity, "protos": protos,
                                 "variants": variants}


# --- a tiny C preprocessor, enough for asm-generic/unistd.h and the arch headers -------------


def eval_cond(expr, defines):
    """Evaluate a #if expression: defined(X), integer macros, ==, !=, >=, <=, <, >, &&, ||, !."""
    def repl_defined(m):
        return "1" if m.group(1) in defines else "0"
    e = re.sub(r"defined\s*\(\s*(\w+)\s*\)", repl_defined, expr)
    e = re.sub(r"defined\s+(\w+)", repl_defined, e)

    def repl_ident(m):
        tok = m.group(0)
        if re.match(r"^\d+[Ll]?$", tok):
            return tok.rstrip("Ll")
        v = defines.get(tok, "0")
        v = v.strip() or "1"
        if not re.match(r"^-?\d+[Ll]?$", v):
            v = str(eval_cond(v, defines))
        return v.rstrip("Ll")
    e = re.sub(r"\b\w+\b", repl_ident, e)
    e = e.replace("&&", " and ").replace("||", " or ")
    e = re.sub(r"!(?!=)", " not ", e)
    if not re.match(r"^[\d\s()<>=!andort]*$", e):
        die(f"cannot evaluate #if {expr!r} -> {e!r}")
    return int(bool(eval(e, {"__builtins__": {}}, {})))


def preprocess_nr(text, defines, includes):
    """Collect `#define __NR*` values from header text honouring #if; returns dict name->expr."""
    stack = []  # (active, taken_any)
    nrs = {}

    def active():
        return all(s[0] for s in stack)
    for raw in text.splitlines():
        line = raw.strip()
        m = re.match(r"^#\s*(\w+)\s*(.*)$", line)
        if not m:
            continue
        d, rest = m.group(1), re.sub(r"/\*.*?\*/", "", m.group(2)).strip()
        if d in ("if", "ifdef", "ifndef"):
            if not active():
                stack.append((False, True))
                continue
            if d == "ifdef":
                c = rest.split()[0] in defines
            elif d == "ifndef":
                c = rest.split()[0] not in defines
            else:
                c = bool(eval_cond(rest, defines))
            stack.append((c, c))
        elif d == "else":
            _, taken = stack.pop()
            stack.append((not taken, True))
        elif d == "endif":
            stack.pop()
        elif not active():
            continue
        elif d == "define":
            mm = re.match(r"^(\w+)(\([^)]*\))?(?:\s+(.*))?$", rest)
            if not mm:
                die(f"cannot parse #define {rest!r}")
            if mm.group(2):
                continue  # function-like macro (__SYSCALL, __SC_3264, ...): not needed
            name, val = mm.group(1), (mm.group(3) or "").strip()
            defines[name] = val
            if name.startswith("__NR"):
                nrs[name] = val
        elif d == "undef":
            defines.pop(rest.split()[0], None)
            nrs.pop(rest.split()[0], None)
        elif d == "include":
            inc = rest.strip("<>\"")
            if inc in includes:
                nrs.update(preprocess_nr(includes[inc], defines, includes))
    if stack:
        die("unbalanced #if")
    return nrs


def resolve_nr(val, nrs, depth=0):
    if depth > 10:
        die(f"cannot resolve {val}")
    val = val.strip()
    if re.match(r"^\d+$", val):
        return int(val)
    m = re.match(r"^\(\s*(\w+)\s*\+\s*(\d+)\s*\)$", val)
    if m:
        return resolve_nr(nrs[m.group(1)], nrs, depth + 1) + int(m.group(2))
    if val in nrs:
        return resolve_nr(nrs[val], nrs, depth + 1)
    die(f"cannot resolve {val!r}")


# Expected differences between the v6.15 table (as selected per arch) and the v6.1 header.
# Names only in the v6.1 header: rows that are sys_ni_syscall in the newest table.
XCHECK_HEADER_ONLY_OK = {"nfsservctl", "lookup_dcookie"}
# Names only in the newest table: syscalls added after v6.1 (numbers >= 451), riscv_hwprobe
# (v6.4), and loongarch64's newfstatat/fstat (v6.11).
XCHECK_TABLE_ONLY_OK = {
    "riscv64": {"riscv_hwprobe": "v6.4"},
    "loongarch64": {"newfstatat": "v6.11", "fstat": "v6.11"},
}


def cross_check_generic(inp, per_arch):
    generic = inp.text("linux-asm-generic-unistd.h")
    includes = {"asm-generic/unistd.h": generic}
    diffs = []
    for arch in GENERIC_ARCHES:
        defines = {"__BITS_PER_LONG": "64", "__LP64__": "1"}
        nrs = preprocess_nr(inp.text(UAPI_FOR_ARCH[arch]), defines, includes)
        hdr = {}
        for k, v in nrs.items():
            if not k.startswith("__NR_") or k in ("__NR_syscalls", "__NR_arch_specific_syscall"):
                continue
            hdr[k[len("__NR_"):]] = resolve_nr(v, nrs)
        tbl = per_arch[arch]
        for name in sorted(set(hdr) & set(tbl)):
            if hdr[name] != tbl[name]:
                die(f"cross-check {arch}: {name} is {tbl[name]} in the table, {hdr[name]} in "
                    "asm-generic/unistd.h")
        only_hdr = set(hdr) - set(tbl)
        only_tbl = set(tbl) - set(hdr)
        bad_hdr = only_hdr - XCHECK_HEADER_ONLY_OK
        bad_tbl = {n for n in only_tbl
                   if tbl[n] < 451 and n not in XCHECK_TABLE_ONLY_OK.get(arch, set())}
        if bad_hdr or bad_tbl:
            die(f"cross-check {arch}: unexpected names only in the header {sorted(bad_hdr)} / "
                f"only in the table {sorted(bad_tbl)}")
        late = sorted(n for n in only_tbl if tbl[n] >= 451)
        diffs.append((arch, sorted(only_hdr), sorted(only_tbl - set(late)), len(late),
                      len(set(hdr) & set(tbl))))
    # Summarise (identical across arches for the header-only part).
    hdr_only = sorted(set().union(*[set(d[1]) for d in diffs]))
    parts = [f"{', '.join(f'`{n}`' for n in hdr_only)} (in v6.1, `sys_ni_syscall` in the newest "
             "table)"]
    for arch, _, tbl_only, late, _ in diffs:
        if tbl_only:
            since = XCHECK_TABLE_ONLY_OK[arch]
            parts.append(f"on {arch} " + ", ".join(f"`{n}` (from {since[n]})" for n in tbl_only))
    parts.append(f"and the {diffs[0][3]} syscalls numbered 451 and up (added after v6.1)")
    return "; ".join(parts)


# ----------------------------------------------------------------------------------------------
# Prototype helpers (xnu, FreeBSD)


def split_params(params):
    out, depth, cur = [], 0, ""
    for ch in params:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    if out == ["void"]:
        return []
    if any(p == "" or p == "void" for p in out):
        die(f"odd parameter list {params!r}")
    return out


PROTO = re.compile(r"^\s*(?P<ret>[^;(]*?)\b(?P<name>\w+)\s*\((?P<params>[^;]*)\)\s*"
                   r"(?P<stub>NO_SYSCALL_STUB)?\s*;\s*$", re.S)


def parse_proto(text):
    m = PROTO.match(text)
    if not m:
        die(f"cannot parse prototype {text!r}")
    return m.group("name"), split_params(m.group("params"))


# ----------------------------------------------------------------------------------------------
# Darwin (xnu)


def gen_darwin(inp):
    src = "xnu-syscalls.master"
    entries = {}  # nr -> (fname, params, conds)
    numbers = []  # numbers of the rows outside #else branches: must be exactly 0, 1, 2, ...
    stack = []  # list of [cond, in_else]
    skipped = []
    for lineno, raw in enumerate(inp.text(src).splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("#"):
            m = re.match(r"^#\s*(\w+)\s*(.*)$", line)
            d, rest = m.group(1), re.sub(r"/\*.*?\*/", "", m.group(2)).strip()
            if d == "if":
                stack.append([rest, False])
            elif d == "else":
                stack[-1][1] = True
            elif d == "endif":
                stack.pop()
            elif d != "include":
                die(f"{src}:{lineno}: unexpected #{d}")
            continue
        m = re.match(r"^(\d+)\s+(\S+)\s+(\S+)\s*\{([^}]*)\}(.*)$", line)
        if not m:
            die(f"{src}:{lineno}: cannot parse {line!r}")
        nr, files, proto, rest = int(m.group(1)), m.group(3), m.group(4), m.group(5)
        if files != "ALL":
            die(f"{src}:{lineno}: files column {files!r}")
        fname, params = parse_proto(proto)
        in_else = any(s[1] for s in stack)
        if not in_else:
            if nr != len(numbers):
                die(f"{src}:{lineno}: row {nr} out of sequence (expected {len(numbers)})")
            numbers.append(nr)
        if fname in ("nosys", "enosys"):
            if not in_else:
                cm = re.search(r"\{\s*(.*?)\s*\}", rest)
                skipped.append((nr, cm.group(1) if cm else ""))
            continue
        if in_else:
            # Every #else branch of this file holds only nosys/enosys placeholders; taking
            # the #if branch everywhere is then unambiguous.  Fail if that ever changes.
            die(f"{src}:{lineno}: real syscall {fname} in an #else branch")
        if nr in entries:
            die(f"{src}:{lineno}: number {nr} defined twice")
        conds = [s[0] for s in stack]
        entries[nr] = (fname, params, conds, norm_ws(proto))
    # Names: the kernel function name, minus a leading `sys_` (xnu's makesyscalls.sh does the
    # same for SYS_* in <sys/syscall.h>: `sys_close` is SYS_close); `__` prefixes are kept.
    rows, args, seen = [], [], {}
    for nr in sorted(entries):
        fname, params, conds, proto = entries[nr]
        uname = fname[4:] if fname.startswith("sys_") else fname
        if uname in seen:
            die(f"{src}: name {uname} at {seen[uname]} and {nr}")
        seen[uname] = nr
        const = const_name(uname)
        what = f"`{uname}`: `{proto}`"
        doc = f"{what} — syscall number on this target."
        if conds:
            cond = " && ".join(conds)
            doc = (f"{what} — syscall number on this target (only in xnu builds with "
                   f"`{cond}`; `nosys` otherwise).")
        rows.append((const, nr, doc, None))
        args.append((const, len(params), f"`{uname}`: {len(params)} argument"
                     f"{'' if len(params) == 1 else 's'}."))
    hidden = [(nr, c) for nr, c in skipped if nr != 0]
    many = [f"`{entries[n][0]}` {len(entries[n][1])}" for n in sorted(entries)
            if len(entries[n][1]) > 6]
    notes = [
        "One table for aarch64 and x86_64: `syscalls.master` has no per-arch rows.",
        "",
        "BSD numbers, without a class: on arm64 xnu reads the low 16 bits of x16 as the number",
        "(`arm_get_syscall_number`), so x16 takes them bare; on x86_64 xnu reads the class from",
        "rax (`SYSCALL_CLASS_UNIX` 2 << `SYSCALL_CLASS_SHIFT` 24), and zcall's x86_64 stubs OR",
        "in 0x2000000 themselves. Apple does not promise a stable syscall ABI; these are macOS",
        "15's.",
        "",
        "Names: the kernel function's name with a leading `sys_` removed, as xnu's",
        "`makesyscalls.sh` does for `<sys/syscall.h>` (`sys_close` is `CLOSE`, `sys_preadv` is",
        "`PREADV` = 540); leading `__` is kept (`__pthread_kill` is `__PTHREAD_KILL`).",
        "",
        "Skipped: every `nosys`/`enosys` row — slot 0 (the indirect syscall: call the number",
        f"directly instead) and the {len(hidden)} unused, obsolete (`old ...`) or reserved slots.",
        "Rows inside `#if` blocks (`SOCKETS`, `NFSSERVER`, `CONFIG_*`, ...) are emitted from the `#if` branch (every `#else` branch",
        "of this file is `nosys`/`enosys`); their doc comment names the condition.",
        "Commented-out rows (`;#if OLD_SEMWAIT_SIGNAL`) are ignored.",
    ]
    args_note = [
        "From the prototypes in `syscalls.master`. On arm64 and x86_64 every argument, 64-bit",
        "ones (`off_t`, `uint64_t`, `int64_t`) included, takes one register. Calls with more than six",
        "arguments: " + ", ".join(many) + ".",
    ]
    gen = f"{GENERATED_BY} from {source_ref(src)} — {DO_NOT_EDIT}"
    text = number_module("Darwin (macOS) aarch64 and x86_64 syscall numbers.", gen, notes,
                         rows, args, args_note)
    arity = [(c, n, None) for c, n, _ in args]
    return text, len(rows), {"entries": {entries[n][0]: n for n in entries}, "arity": arity}


# ----------------------------------------------------------------------------------------------
# FreeBSD


def parse_freebsd_master(text):
    """[(first, last, type flags, body, alt)]: body is the prototype text of a `{ ... }` row
    (alt: the words after its closing brace, [] if none) or the rest of a one-line row (alt
    None)."""
    lines = text.splitlines()
    i = 0
    out = []
    while i < len(lines):
        raw = lines[i]
        line = raw.strip()
        i += 1
        if not line or line.startswith(";") or line.startswith("$") or line.startswith("%%"):
            continue
        if line.startswith("#"):
            if not line.startswith("#include"):
                die(f"unexpected preprocessor line {line!r}")
            continue
        m = re.match(r"^(\d+)(?:-(\d+))?\s+(\S+)\s+(\S+)\s*(.*)$", line)
        if not m:
            die(f"cannot parse {line!r}")
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        flags = m.group(4).split("|")
        rest = m.group(5)
        if rest.strip() == "{":
            body = []
            while True:
                if i >= len(lines):
                    die(f"unterminated entry {first}")
                l2 = lines[i]
                i += 1
                if l2.strip().startswith("}"):
                    alt = l2.strip()[1:].split()
                    break
                m2 = re.match(r"^(.*;)\s*\}(.*)$", l2)
                if m2:  # e.g. `int munlockall(void); }`: the brace closes on this line
                    body.append(m2.group(1))
                    alt = m2.group(2).split()
                    break
                body.append(l2)
            out.append((first, last, flags, "\n".join(body), alt))
        else:
            out.append((first, last, flags, rest, None))
    expect = 0
    for first, last, *_ in out:
        if first != expect or last < first:
            die(f"rows out of sequence: expected {expect}, found {first}-{last}")
        expect = last + 1
    return out


def freebsd_proto_text(body):
    """A `{ ... }` body as one line: whitespace collapsed, none inside the parentheses' ends."""
    t = norm_ws(body)
    return re.sub(r"\s+\)", ")", re.sub(r"\(\s+", "(", t))


def freebsd_zig_numbers(inp):
    """({name: number}, {alias: target}) of `SYS_*` in Zig's FreeBSD 15 sys/syscall.h."""
    text = inp.header("ziglang/generic-freebsd/sys/syscall.h")
    numbers = {m.group(1): int(m.group(2))
               for m in re.finditer(r"^#define\s+SYS_(\w+)\s+(\d+)\s*$", text, re.M)}
    aliases = {m.group(1): m.group(2)
               for m in re.finditer(r"^#define\s+SYS_(\w+)\s+SYS_(\w+)\s*$", text, re.M)}
    return numbers, aliases


def gen_freebsd(inp):
    src = "freebsd-syscalls.master"
    entries = {}
    skipped = {}  # category -> [desc]
    nostd = set()

    def skip(cat, desc):
        skipped.setdefault(cat, []).append(desc)
    for first, last, flags, body, alt in parse_freebsd_master(inp.text(src)):
        rng = f"{first}" if first == last else f"{first}-{last}"
        name = None
        if alt is not None:
            name = parse_proto(body)[0]
        elif body.split():
            name = body.split()[0]
        what = f"{rng} `{name}`" if name else rng
        if first > FREEBSD_LAST_ROW:
            skip("newer than FreeBSD 15", what)
            continue
        unknown = [f for f in flags if f not in FREEBSD_MODIFIERS | FREEBSD_EMIT_TYPES
                   | FREEBSD_SKIP_TYPES and not re.match(r"^COMPAT\d*$", f)]
        if unknown:
            die(f"{src}: row {rng}: unknown type {'|'.join(flags)}")
        compat = [f for f in flags if f.startswith("COMPAT")]
        kinds = [f for f in flags if f in FREEBSD_SKIP_TYPES]
        if compat:
            skip("COMPAT*", f"{what} ({'|'.join(flags)})")
            continue
        if kinds:
            skip(kinds[0], what)
            continue
        emit = [f for f in flags if f in FREEBSD_EMIT_TYPES]
        if len(emit) != 1:
            die(f"{src}: row {rng}: type {'|'.join(flags)} is neither emitted nor skipped")
        if alt is None or first != last:
            die(f"{src}: row {rng}: a {emit[0]} row without a prototype")
        fname, params = parse_proto(body)
        if fname == "nosys":
            skip("nosys", what)
            continue
        uname = alt[0] if alt else FREEBSD_NAME_ALIASES.get(fname, fname)
        if first in entries:
            die(f"number {first} twice")
        entries[first] = (uname, len(params), fname, flags, freebsd_proto_text(body))
        if "NOSTD" in flags:
            nostd.add(first)
    # Self-checks: an emitted row is never a retired (COMPAT*) or placeholder row, and every
    # number and name agrees with FreeBSD 15's own generated header (Zig's copy).
    for nr, (uname, _, fname, flags, _) in entries.items():
        if any(f.startswith("COMPAT") for f in flags) or not set(flags) & FREEBSD_EMIT_TYPES:
            die(f"self-check: emitted FreeBSD row {nr} `{fname}` has type {'|'.join(flags)}")
    znum, zalias = freebsd_zig_numbers(inp)
    if znum.get("MAXSYSCALL") != FREEBSD_LAST_ROW + 1:
        die(f"Zig's FreeBSD sys/syscall.h has SYS_MAXSYSCALL {znum.get('MAXSYSCALL')}, "
            f"FREEBSD_LAST_ROW is {FREEBSD_LAST_ROW}")
    zby = {v: n for n, v in znum.items() if n != "MAXSYSCALL"}
    for nr, (uname, _, fname, _, _) in sorted(entries.items()):
        if zby.get(nr) != fname:
            die(f"{src}: row {nr} `{fname}`, Zig's FreeBSD 15 sys/syscall.h: {zby.get(nr)}")
        if uname != fname and zalias.get(uname) != fname:
            die(f"{src}: row {nr} is named `{uname}`, but the header has no SYS_{uname} alias")
    libsys = {m.group(1): len(split_params(m.group(2))) for m in re.finditer(
        r"^[^;\n]*\b__sys_(\w+)\(([^;]*)\);\s*$",
        inp.header("ziglang/generic-freebsd/_libsys.h"), re.M)}
    for nr, (uname, nargs, fname, _, _) in sorted(entries.items()):
        if fname in libsys and libsys[fname] != nargs:
            die(f"{src}: row {nr} `{fname}` has {nargs} arguments, Zig's FreeBSD 15 _libsys.h "
                f"{libsys[fname]}")
    missing = sorted(n for n, v in znum.items()
                     if n != "MAXSYSCALL" and v not in entries and not re.match(r"^freebsd\d+_", n)
                     and n not in ("syscall", "__syscall"))
    if missing:
        die(f"Zig's FreeBSD 15 sys/syscall.h has rows the generator skipped: {missing}")
    rows, args, seen = [], [], {}
    for nr in sorted(entries):
        uname, nargs, fname, _, proto = entries[nr]
        if uname in seen:
            die(f"{src}: name {uname} at {seen[uname]} and {nr}")
        seen[uname] = nr
        const = const_name(uname)
        what = f"`{uname}`: `{proto}`"
        if fname != uname:
            what += f" (`SYS_{uname}`, an alias of `SYS_{fname}`)"
        if nr in nostd:
            doc = (f"{what} — syscall number on this target (NOSTD: ENOSYS unless the kernel "
                   "module providing it is compiled in or loaded).")
        else:
            doc = f"{what} — syscall number on this target."
        rows.append((const, nr, doc, None))
        args.append((const, nargs, f"`{uname}`: {nargs} argument{'' if nargs == 1 else 's'}."))
    many = [f"`{entries[n][0]}` {entries[n][1]}" for n in sorted(entries) if entries[n][1] > 6]
    order = ["COMPAT*", "OBSOL", "UNIMPL", "RESERVED", "NODEF", "SYSMUX", "nosys",
             "newer than FreeBSD 15"]
    if set(skipped) - set(order):
        die(f"unexpected skip kinds {sorted(set(skipped) - set(order))}")
    counts = ", ".join(f"{len(skipped[k])} {k}" for k in order if k in skipped)
    compat_rows = ", ".join(skipped.get("COMPAT*", []))
    notes = [
        "One table for amd64 and arm64: `syscalls.master` has no per-arch rows.",
        "",
        "FreeBSD 15 numbers: rows 0-598 of the saved file (a 16-CURRENT-era copy; its rows",
        "599-604 are newer than FreeBSD 15 and get no constant). Every emitted number and name is",
        f"checked against `{HEADERS_DIR}/ziglang/generic-freebsd/sys/syscall.h` ({ZIG_FREEBSD},",
        "`SYS_MAXSYSCALL` 599), which the generator also checks has no row it skipped, and every",
        "argument count against the `__sys_<name>` prototype in that header set's `_libsys.h`.",
        "",
        "Emitted: STD rows and NOSTD rows (syscalls provided by a kernel module that may be",
        "compiled in or loaded: SysV IPC, POSIX semaphores and message queues, SCTP, NFS, AFS,",
        "krpc; ENOSYS when absent). Names: the function name of the row (`_exit` is `EXIT`: the",
        "header's alias `SYS_exit`).",
        "",
        "Never emitted, so that a retired number can never become a constant: COMPAT* rows (the",
        "old ABI of a number kept for binaries of an older FreeBSD; the generator fails if an",
        "emitted row has a COMPAT type), OBSOL, UNIMPL and RESERVED placeholders, NODEF",
        "(`lkmnosys` slots) and SYSMUX rows (0 `syscall`, 198 `__syscall`: the indirect-syscall",
        f"slots, call the number directly). Skipped rows (a range such as 258-271 counts once): {counts}.",
        "",
        f"The COMPAT rows: {compat_rows}.",
    ]
    args_note = [
        "From the prototypes in `syscalls.master`. On amd64 and arm64 every argument, `off_t`",
        "included, takes one register; zcall passes at most six (amd64: rdi rsi rdx r10 r8 r9, the",
        "kernel copies the rest from the user stack; arm64: x0-x5, of the kernel's x0-x7). More",
        "than six: " + ", ".join(many) + ".",
    ]
    gen = f"{GENERATED_BY} from {source_ref(src)} — {DO_NOT_EDIT}"
    text = number_module("FreeBSD x86_64 (amd64) and aarch64 (arm64) syscall numbers.", gen,
                         notes, rows, args, args_note)
    arity = [(c, n, None) for c, n, _ in args]
    return text, len(rows), {"entries": {entries[n][2]: n for n in entries}, "arity": arity}


# ----------------------------------------------------------------------------------------------
# errno headers


DEFINE_E = re.compile(r"^#\s*define\s+(E\w+)\s+(\S+)\s*(?:/\*\s*(.*?)\s*\*/)?\s*$")


def parse_errno(text, env, kernel_only_macros):
    """Return (values, aliases, kernel_only) from an errno header.

    `env` holds the macros considered defined when evaluating #if (the kernel's view: the raw
    value a syscall returns). Definitions inside `#ifdef <kernel_only_macros>` are kernel-internal
    pseudo-errors that never reach user space: returned separately, not emitted.
    """
    stack = []  # (active, taken, kernel_only)
    values, aliases, kernel_only, defined = [], [], [], {}
    for raw in text.splitlines():
        line = raw.strip()
        m = re.match(r"^#\s*(if|ifdef|ifndef|else|endif|elif)\b\s*(.*)$", line)
        if m:
            d, rest = m.group(1), re.sub(r"/\*.*?\*/", "", m.group(2)).strip()
            if d in ("if", "ifdef", "ifndef"):
                if d == "ifdef":
                    c = rest in env
                elif d == "ifndef":
                    c = rest not in env
                else:
                    c = bool(eval_cond(rest, env))
                ko = d == "ifdef" and rest in kernel_only_macros
                stack.append((c, c, ko))
            elif d == "else":
                _, taken, _ = stack.pop()
                stack.append((not taken, True, False))
            elif d == "endif":
                stack.pop()
            else:
                die("#elif not supported")
            continue
        m = DEFINE_E.match(line)
        if not m:
            if line.startswith("#define") and re.match(r"^#\s*define\s+E", line):
                die(f"unparsed errno define {line!r}")
            continue
        name, val, msg = m.group(1), m.group(2), (m.group(3) or "").strip()
        if any(s[2] for s in stack):
            kernel_only.append((name, val))
            continue
        if not all(s[0] for s in stack):
            continue
        if name == "ELAST":
            continue
        if name in defined:
            die(f"{name} defined twice in the active configuration")
        defined[name] = True
        if re.match(r"^\d+$", val):
            if not msg:
                die(f"{name} has no message")
            values.append((name, int(val), msg))
        elif re.match(r"^E\w+$", val):
            aliases.append((name, val))
        else:
            die(f"{name}: unexpected value {val!r}")
    if stack:
        die("unbalanced #if in errno header")
    return values, aliases, kernel_only


def finish_errno(values, aliases):
    values = sorted(values, key=lambda v: v[1])
    names = {v[0] for v in values}
    nums = [v[1] for v in values]
    if len(set(nums)) != len(nums):
        die("two errno names with one value (should be an alias)")
    for a, t in aliases:
        if t not in names:
            die(f"alias {a} -> {t}: unknown target")
    return values, aliases


def glibc_message(inp, name, value, header_msg):
    """glibc's strerror(value) from scripts/data/glibc-strerror.tsv, or the header's comment."""
    row = inp.strerror().get(value)
    if row is None:
        return header_msg
    if row[0] != name:
        die(f"{GLIBC_STRERROR}: {value} is {row[0]}, the header says {name}")
    return row[1]


def gen_errno_linux(inp):
    env = {"__KERNEL__": "1"}
    v1, a1, k1 = parse_errno(inp.text("linux-errno-base.h"), env, set())
    v2, a2, k2 = parse_errno(inp.text("linux-errno.h"), env, set())
    if k1 or k2:
        die("kernel-only definitions in Linux uapi errno headers?")
    values, aliases = finish_errno(v1 + v2, a1 + a2)
    # ENOTSUP is not in the kernel headers but glibc, musl and the libc crate all define it
    # as EOPNOTSUPP; as an alias it lets portable code name it on every OS zcall supports.
    aliases.append(("ENOTSUP", "EOPNOTSUPP"))
    # Messages: what users see from strerror(3) ("Bad file descriptor"), not the headers'
    # terse comments ("Bad file number"). Taken from glibc 2.36 through the table recorded in
    # scripts/data/glibc-strerror.tsv (so the output does not depend on the C library this
    # runs on); a value the table lacks keeps the header's comment.
    values = [(n, v, glibc_message(inp, n, v, m)) for n, v, m in values]
    gen = (f"{GENERATED_BY} from `linux-errno-base.h` and `linux-errno.h` (Linux v6.1.187 "
           "`include/uapi/asm-generic/errno-base.h` and `errno.h`, Debian linux-libc-dev 6.1.187; "
           "identical to torvalds/linux blobs ef8c029fa793423439e67ef0416b220d3fa3321a and "
           "01b944fe1cd4e21a2a9ed51adbdbafe2d5e905ba apart from the SPDX line) — "
           f"{DO_NOT_EDIT}")
    notes = [
        "Messages are glibc's strerror() text (glibc 2.36, recorded in",
        f"`{GLIBC_STRERROR}`), so they read as users know them; a value glibc does not name",
        "keeps the header's comment. The uapi headers have no kernel-internal",
        "values (ERESTARTSYS and friends live in include/linux/errno.h and never reach user",
        "space). `ENOTSUP` is a libc name, not in the kernel headers: glibc and musl define it as",
        "`EOPNOTSUPP`, and so does this table, so that portable code can name it on every OS.",
    ]
    # powerpc: asm-generic plus an EDEADLOCK of its own (58, not an alias of EDEADLK).
    ppc = inp.text("linux-6.1-powerpc-errno.h")
    m = re.search(r"^#define\s+EDEADLOCK\s+(\d+)\s+/\*\s*(.*?)\s*\*/", ppc, re.M)
    body = [ln for ln in ppc.splitlines() if ln.startswith("#") and "_ASM_POWERPC_ERRNO_H" not in ln]
    if not m or body != ["#undef\tEDEADLOCK", "#include <asm-generic/errno.h>",
                         "#undef\tEDEADLOCK", m.group(0)]:
        die("linux-6.1-powerpc-errno.h is not asm-generic plus EDEADLOCK: look at it again")
    ppc_value = int(m.group(1))
    if any(v == ppc_value for _, v, _ in values) or ("EDEADLOCK", "EDEADLK") not in aliases:
        die(f"powerpc EDEADLOCK {ppc_value}: taken, or asm-generic's alias is gone")
    ppc_values = sorted(values + [("EDEADLOCK", ppc_value, m.group(2))], key=lambda v: v[1])
    ppc_aliases = [a for a in aliases if a[0] != "EDEADLOCK"]
    notes += [
        "",
        "x86, arm and the other 64-bit arches use asm-generic; powerpc's `asm/errno.h` (saved as",
        "`linux-6.1-powerpc-errno.h`) includes it and defines EDEADLOCK as 58 (\"File locking",
        "deadlock error\", the header's comment) instead of an alias of EDEADLK: its table is",
        "the second one below, selected by `target_arch` (32- and 64-bit powerpc: the header has",
        "no `__powerpc64__` branch).",
    ]
    # mips64: asm/errno.h includes asm-generic/errno-base.h (1-34) and numbers the rest itself.
    # Names the generic table does not have (EINIT 141, EREMDEV 142) are left out: zcall's
    # names are one set on every Linux arch. A name keeps the generic table's message
    # (glibc's strerror text is per name); EDEADLOCK, an alias elsewhere, is a value of its
    # own (56) with the header's comment, as on powerpc.
    mips_text = inp.text("linux-6.1-mips-errno.h")
    if "#include <asm-generic/errno-base.h>" not in mips_text:
        die("linux-6.1-mips-errno.h no longer includes errno-base.h: look at it again")
    mv, ma, mk = parse_errno(mips_text, env, set())
    if mk:
        die("kernel-only definitions in the mips uapi errno header?")
    mips_left_out = ["EINIT", "EREMDEV"]
    msg = {n: m for n, _, m in values}
    names = set(msg) | {a for a, _ in aliases}
    mips_values = [(n, v, msg.get(n, m)) for n, v, m in v1 + mv if n not in mips_left_out]
    mips_aliases = ma + [("ENOTSUP", "EOPNOTSUPP")]
    mips_values, mips_aliases = finish_errno(mips_values, mips_aliases)
    mips_names = {n for n, _, _ in mips_values} | {a for a, _ in mips_aliases}
    if mips_names != names or sorted(n for n, _, _ in v1 + mv if n not in names) != mips_left_out:
        die(f"mips errno names differ from the generic set: {sorted(mips_names ^ names)}")
    notes += [
        "",
        "mips64 has its own `asm/errno.h` (saved as `linux-6.1-mips-errno.h`): asm-generic's",
        "errno-base.h for 1-34, then its own numbers (ENOSYS 89, EDQUOT 1133, EDEADLOCK 56 a",
        "value, not an alias): the third table below. Its two names the other arches lack,",
        "EINIT (141) and EREMDEV (142), are left out (zcall's names are one set on every Linux",
        "arch); messages are the same names' messages as in the first table.",
    ]
    text = errno_module(
        "Linux errno values (asm-generic on every arch, powerpc with an EDEADLOCK of its own, "
        "mips64 its own numbers).",
        gen, notes, values, aliases,
        # (the first cfg spelled as rustfmt lays out an attribute over 100 columns)
        variants=[('not(any(\n    target_arch = "powerpc",\n    target_arch = "powerpc64",\n'
                   '    target_arch = "mips64"\n))', values, aliases),
                  ('any(target_arch = "powerpc", target_arch = "powerpc64")', ppc_values,
                   ppc_aliases),
                  ('target_arch = "mips64"', mips_values, mips_aliases)])
    return text, (len(values), len(aliases)), {"values": values, "aliases": aliases}


def gen_errno_darwin(inp):
    src = "xnu-errno.h"
    # The kernel's view: KERNEL defined, UNIX03 semantics, full (non-POSIX-restricted) names.
    env = {"KERNEL": "1", "__DARWIN_UNIX03": "1", "__DARWIN_C_LEVEL": "900000",
           "__DARWIN_C_FULL": "900000"}
    values, aliases, kernel_only = parse_errno(inp.text(src), env, {"KERNEL"})
    values, aliases = finish_errno(values, aliases)
    if ("EOPNOTSUPP", 102) not in [(n, v) for n, v, _ in values]:
        die("expected EOPNOTSUPP = 102")
    gen = f"{GENERATED_BY} from {source_ref(src)} — {DO_NOT_EDIT}"
    ko = ", ".join(f"`{n}`" for n, _ in kernel_only)
    notes = [
        "The raw values a syscall returns. `EOPNOTSUPP` is 102: the header defines it as 102",
        "under `__DARWIN_UNIX03 || KERNEL` (the kernel's value) and as an alias of `ENOTSUP` (45)",
        "only under `!__DARWIN_UNIX03 && !KERNEL` (legacy pre-UNIX03 user space), not used here.",
        "Names the header hides outside the full namespace (`__DARWIN_C_LEVEL`) are kept.",
        "",
        f"Skipped: `ELAST`, and the kernel-internal values inside `#ifdef KERNEL` ({ko}),",
        "which never reach user space.",
    ]
    comment = {102: [
        "The raw kernel value: xnu defines EOPNOTSUPP as 102 under `__DARWIN_UNIX03 || KERNEL`;",
        "the pre-UNIX03 user-space alias `EOPNOTSUPP = ENOTSUP` (45) is not what syscalls return.",
    ]}
    text = errno_module("Darwin (macOS) errno values.", gen, notes, values, aliases, comment)
    return text, (len(values), len(aliases)), {"values": values, "aliases": aliases}


def gen_errno_freebsd(inp):
    src = "freebsd-errno.h"
    env = {"_KERNEL": "1"}
    values, aliases, kernel_only = parse_errno(inp.text(src), env, {"_KERNEL"})
    last = max(v for _, v, _ in values)
    if last != 87:
        die(f"expected the saved FreeBSD errno.h to end at 87, not {last}")
    newer_src = "ziglang/generic-freebsd/sys/errno.h"
    # User space's view (no _KERNEL): this header guards its kernel-internal values with
    # `#if defined(_KERNEL) || ...`, which the parser does not treat as kernel-only.
    zvalues, zaliases, _ = parse_errno(inp.header(newer_src), {}, set())
    zold = sorted((n, v) for n, v, _ in zvalues if v <= 87)
    if zold != sorted((n, v) for n, v, _ in values) or sorted(zaliases) != sorted(aliases):
        die(f"{newer_src} and {src} disagree on the values 1-87 or the aliases")
    newer = sorted((v for v in zvalues if v[1] > 87), key=lambda v: v[1])
    if [n for n, _, _ in newer] != FREEBSD_ERRNO_NEWER or newer[0][1] != 88:
        die(f"{newer_src}: values above 87 are {newer}, expected {FREEBSD_ERRNO_NEWER} from 88")
    values += newer
    values, aliases = finish_errno(values, aliases)
    gen = f"{GENERATED_BY} from {source_ref(src)} — {DO_NOT_EDIT}"
    ko = ", ".join(f"`{n}`" for n, _ in kernel_only)
    notes = [
        "Values 88-97 (EDOOFUS ... EINTEGRITY) are not in the saved errno.h (ELAST 87): names,",
        "values and messages are read from",
        f"`{HEADERS_DIR}/{newer_src}` ({HEADERS[newer_src][1]}; ELAST 97), whose values 1-87 and",
        "aliases agree with the saved header (checked by the generator). They are marked in the",
        "table below.",
        "",
        f"Skipped: `ELAST`, and the kernel-internal values inside `#ifdef _KERNEL` ({ko}), which",
        "never reach user space.",
    ]
    comment = {88: [
        "88-97: not in the saved errno.h (ELAST 87). Names, values and messages from Zig's",
        f"FreeBSD 15 `sys/errno.h` (`{HEADERS_DIR}/{newer_src}`).",
    ]}
    text = errno_module("FreeBSD errno values.", gen, notes, values, aliases, comment)
    return text, (len(values), len(aliases)), {"values": values, "aliases": aliases}


# ----------------------------------------------------------------------------------------------
# The proc-macro crate's arity table


ARITY_TABLES = [
    # (constant, nr module, what)
    ("LINUX_X86_64", "linux_x86_64", "Linux x86_64"),
    ("LINUX_GENERIC", "linux_generic", "Linux aarch64, riscv64 and loongarch64 (one table)"),
    ("LINUX_X86", "linux_x86", "Linux x86 (i686): argument words, a 64-bit value two"),
    ("LINUX_ARM", "linux_arm", "Linux arm (EABI): argument words, a 64-bit value an even pair"),
    ("LINUX_POWERPC", "linux_powerpc",
     "Linux powerpc (32-bit): argument words, a 64-bit value an even pair, high half first"),
    ("LINUX_POWERPC64", "linux_powerpc64", "Linux powerpc64 (64-bit): one word per parameter"),
    ("LINUX_S390X", "linux_s390x", "Linux s390x (64-bit; `MMAP` is one pointer)"),
    ("LINUX_MIPS64", "linux_mips64", "Linux mips64 (n64): one register per parameter"),
    ("DARWIN", "darwin", "macOS aarch64 and x86_64 (one table)"),
    ("FREEBSD", "freebsd", "FreeBSD x86_64 and aarch64 (one table)"),
]


def gen_arity_table(arities):
    """arities: module name -> [(const, count, comment or None)]."""
    gen = (f"{GENERATED_BY} from the `__args` submodules it writes into `zcall/src/nr/*.rs` — "
           f"{DO_NOT_EDIT}")
    notes = [
        "The kernel's argument count of every syscall constant of each target, for the",
        "`#[syscall]` arity check. Each table is text, one line per constant, `NAME COUNT`",
        "(then `# note` where one is needed), sorted by name (byte order) for binary search",
        "(`table::find`); text costs the compiler next to nothing, where the same rows as",
        "an array of tuples took a quarter of a second to build. Names are the constant names",
        "of the nr modules. Sources: Linux from",
        f"`{LINUX_ARGS}` (equal to the parameter counts of `proto_table.rs`, checked), Darwin and",
        "FreeBSD from the prototypes in their `syscalls.master` (see the headers of the nr modules).",
        "",
        "`LINUX_GENERIC` serves aarch64, riscv64 and loongarch64. A row that only some of them",
        "have ends with a note naming them; its count is the same on each of them",
        "(the generator fails otherwise), so one row suffices.",
    ]
    out = header_lines("Kernel argument counts per target.", gen, notes)
    for const, module, what in ARITY_TABLES:
        rows = sorted(arities[module], key=lambda r: r[0].encode())
        names = [r[0] for r in rows]
        if len(set(names)) != len(names):
            die(f"arity table {const}: duplicate names")
        for _, count, _ in rows:
            if not 0 <= count <= 255:
                die(f"arity table {const}: count {count} does not fit u8")
        out.append("")
        out.append(f"/// {what}: `NAME COUNT` per syscall constant, sorted by name.")
        out.append(f'pub const {const}: &str = "\\')
        for name, count, comment in rows:
            out.append(f"{name} {count}" + (f" # {text_field(comment)}" if comment else ""))
        out.append('";')
    counts = ", ".join(f"{c} {len(arities[m])}" for c, m, _ in ARITY_TABLES)
    return "\n".join(out) + "\n", counts, {}


# ----------------------------------------------------------------------------------------------
# The proc-macro crate's prototype table (Linux)


PROTO_TABLES = [
    # (constant, result key, what)
    ("LINUX_X86_64", "linux_x86_64", "Linux x86_64"),
    ("LINUX_GENERIC", "linux_generic",
     "Linux aarch64, riscv64 and loongarch64 (one table; `LINUX_GENERIC_ARCH_VARIANTS` has the "
     "rows whose prototype differs between them)"),
    ("LINUX_X86", "linux_x86", "Linux x86 (i686), one entry per argument word"),
    ("LINUX_ARM", "linux_arm", "Linux arm (EABI), one entry per argument word"),
    ("LINUX_POWERPC", "linux_powerpc", "Linux powerpc (32-bit), one entry per argument word"),
    ("LINUX_POWERPC64", "linux_powerpc64", "Linux powerpc64 (64-bit), one entry per parameter"),
    ("LINUX_S390X", "linux_s390x", "Linux s390x (64-bit)"),
    ("LINUX_MIPS64", "linux_mips64", "Linux mips64 (n64), one entry per parameter"),
]
PROTO_FIELDS = "`TYPE|NAME` per parameter"


def text_field(s):
    """A field of a text table: no tab, newline, `|`, `#`, quote or backslash in it."""
    if any(c in s for c in '\t\n|#"\\'):
        die(f"text table field {s!r} holds a separator")
    if not s.isascii():
        die(f"text table field {s!r} is not ASCII")
    return s


def text_params(params):
    """`\tTYPE|NAME` per parameter; the `__user` flag is the word in the type (checked)."""
    out = ""
    for t, n, u in params:
        if u != ("__user" in t):
            die(f"`__user` flag {u} of {t!r} is not the word `__user` in the type")
        out += f"\t{text_field(t)}|{text_field(n)}"
    return out


def gen_proto_table(linux):
    """linux: result key -> {"protos": [(const, params, first arch or None)], "variants": ...}."""
    gen = (f"{GENERATED_BY} from {source_ref(LINUX_SYSCALLS_H)} and "
           f"{source_ref(LINUX_ARCH_DEFS)} (64-bit arches), {source_ref(LINUX32_SYSCALLS_H)} and "
           f"{source_ref(LINUX32_ARCH_DEFS)} (32-bit arches) — {DO_NOT_EDIT}")
    notes = [
        "The kernel's prototype of the entry point behind every Linux syscall constant, for the",
        "`#[syscall]` macro. Each table is text (see `arity_table.rs` for why), one line per",
        "constant: its name, then a tab and `TYPE|NAME` for each parameter, then, where needed,",
        "a tab and `# note`; sorted by name (byte order) for binary search. Names",
        "are the constant names of the nr modules, and every name of `arity_table.rs` for the",
        "same target is here with as many parameters as its count (the generator checks the",
        f"counts against `{LINUX_ARGS}`).",
        "",
        "A parameter is its C type and name; it is a `__user` pointer where the type",
        "contains `__user` at any level (`char __user *`, `const char __user *const __user *`):",
        "the type is the kernel's spelling with whitespace collapsed to single spaces. The",
        "name is empty where the kernel declares the parameter without one (clone, the socket",
        "calls, rt_sigaction, ...). Two typedefs are `__user` pointers without the word in",
        "their name, and so are not taken for one: `cap_user_header_t` and `cap_user_data_t`",
        "(capget, capset; uapi linux/capability.h declares them `struct ... __user *`).",
        "",
        "Sources: `include/linux/syscalls.h` evaluated for each arch's configuration (64-bit,",
        "CONFIG_CLONE_BACKWARDS on arm64 and riscv only, no CONFIG_ARCH_SPLIT_ARG64; the",
        "generator's LINUX_PROTO_CONFIG names the Kconfig and header lines), else the arch's own",
        "`SYSCALL_DEFINEn` (mmap, rt_sigreturn, arch_prctl, iopl, modify_ldt, riscv_flush_icache,",
        "riscv_hwprobe). Entry points both declare are checked to have the same types.",
        "",
        "The 32-bit tables (x86, arm, powerpc) list argument words, not parameters: a 64-bit",
        "parameter is its two halves in the arch's order, named `pos (low half)` and `pos (high",
        "half)`, after a pad word `(pad)` (empty type) where the arch aligns the pair; their",
        "prototypes come from Linux v6.1's include/linux/syscalls.h and the arch files (see the",
        "nr modules).",
        "",
        "`LINUX_POWERPC64` comes from the same v6.1 files (64-bit configuration, one entry per",
        "parameter) and the 64-bit powerpc excerpts (see `nr::linux_powerpc64`).",
    ]
    out = header_lines("Kernel prototypes of the Linux syscalls per target.", gen, notes)
    total = []
    for const, key, what in PROTO_TABLES:
        rows = sorted(linux[key]["protos"], key=lambda r: r[0].encode())
        names = [r[0] for r in rows]
        if len(set(names)) != len(names):
            die(f"proto table {const}: duplicate names")
        out.append("")
        out.append(f"/// {what}: the syscall constant's name as in the nr modules, {PROTO_FIELDS};")
        out.append("/// sorted by name (byte order).")
        out.append(f'pub const {const}: &str = "\\')
        for name, params, first in rows:
            note = (f"\t# {first}'s prototype; other arches: LINUX_GENERIC_ARCH_VARIANTS"
                    if first else "")
            out.append(f"{text_field(name)}{text_params(params)}{note}")
        out.append('";')
        total.append(f"{const} {len(rows)}")
    variants = sorted(linux["linux_generic"]["variants"], key=lambda r: (r[0].encode(), r[1]))
    out.append("")
    out.append("/// Rows of `LINUX_GENERIC` whose prototype differs on another of aarch64, riscv64 and")
    out.append("/// loongarch64 (argument order, a type's spelling or a name): the syscall constant's")
    out.append(f"/// name, a space and the `target_arch` of that arch, then its {PROTO_FIELDS}; sorted")
    out.append("/// by (name, arch). `LINUX_GENERIC` holds the first arch's prototype (aarch64 where it")
    out.append("/// has the row); the parameter count is the same on every arch (checked).")
    out.append('pub const LINUX_GENERIC_ARCH_VARIANTS: &str = "\\')
    for name, arch, params in variants:
        out.append(f"{text_field(name)} {text_field(arch)}{text_params(params)}")
    out.append('";')
    total.append(f"LINUX_GENERIC_ARCH_VARIANTS {len(variants)}")
    return "\n".join(out) + "\n", ", ".join(total), {}


# ----------------------------------------------------------------------------------------------


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ref", default=os.path.join(root, "scripts", "data", "kernel"),
                    help="directory holding the kernel files (default: scripts/data/kernel)")
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 if a generated file differs")
    ap.add_argument("-q", "--quiet", action="store_true")
    a = ap.parse_args(argv)
    inp = Inputs(os.path.normpath(a.ref), root)
    stale = []
    try:
        p32 = Linux32Protos(inp)
        p64 = Linux32Protos(inp, "linux-6.1-powerpc64-syscalls.txt", {"powerpc": "powerpc64"})
        mips64 = LINUX61_64["mips64"]
        pmips64 = Linux32Protos(inp, mips64["defs"], mips64["arch_dirs"])
        ps = Linux32Protos(inp, "linux-6.1-s390-syscalls.txt", {"s390": "s390x"})
        gens = [gen_linux_x86_64, gen_linux_generic,
                lambda i: gen_linux32(i, "x86", p32), lambda i: gen_linux32(i, "arm", p32),
                lambda i: gen_linux32(i, "powerpc", p32),
                lambda i: gen_linux32(i, "powerpc64", p64),
                lambda i: gen_linux32(i, "s390x", ps),
                lambda i: gen_linux32(i, "mips64", pmips64),
                gen_darwin, gen_freebsd, gen_errno_linux, gen_errno_darwin, gen_errno_freebsd]
        results = [g(inp) for g in gens]
        inp.linux_args().check_all_used()
        inp.linux_protos().check_all_used()
        p32.check_all_used()
        p64.check_all_used()
        ps.check_all_used()
        pmips64.check_all_used()
        modules = ["linux_x86_64", "linux_generic", "linux_x86", "linux_arm", "linux_powerpc",
                   "linux_powerpc64", "linux_s390x",
                   "linux_mips64", "darwin", "freebsd"]
        arities = {m: r[2]["arity"] for m, r in zip(modules, results)}
        results.append(gen_arity_table(arities))
        results.append(gen_proto_table({m: r[2] for m, r in zip(modules[:8], results)}))
    except GenError as e:
        print(f"gen_tables.py: error: {e}", file=sys.stderr)
        return 2
    for path, (text, count, _) in zip(OUTPUTS, results):
        full = os.path.join(root, path)
        old = None
        if os.path.exists(full):
            with open(full, encoding="utf-8") as f:
                old = f.read()
        if old != text:
            stale.append(path)
            if not a.check:
                os.makedirs(os.path.dirname(full), exist_ok=True)
                with open(full, "w", encoding="utf-8", newline="\n") as f:
                    f.write(text)
        if not a.quiet:
            state = "unchanged" if old == text else ("STALE" if a.check else "written")
            print(f"{path}: {count} ({state})")
    if a.check and stale:
        print("gen_tables.py: stale: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
