//! zcall's ABI values against an independent source, for the target being built.
//!
//! - Against the `libc` crate: every Linux syscall number in `zcall::nr` that libc has as
//!   `libc::SYS_<name>` (libc's FreeBSD and Darwin modules have no `SYS_*`), every `Errno`
//!   constant, every constant of `zcall::consts` that libc also has (same type and value), and
//!   size, alignment and every field's offset and size of each struct of `zcall::types` that
//!   libc also defines.
//! - Against kernel tables and C headers saved in this repository (`scripts/data/kernel/`,
//!   `scripts/data/headers/`; their README.md files name the upstream file, commit or package
//!   version of each), on the targets where libc lacks the value: io_uring constants
//!   (`linux-io_uring.h`), other Linux constants (Debian's uapi headers, glibc's
//!   `bits/socket.h`, the arm64 and x86 `asm/` headers), newer Linux syscall numbers (the saved
//!   `syscall.tbl` files), errno values (the OS's errno header; libc currently has every one)
//!   and the io_uring, `Sigset`, `EpollEvent`, `SockaddrNl` and `Ifinfomsg` layouts (below, by
//!   hand). The epoll, netlink, rtnetlink and `IFF_*` constants are also compared with the
//!   uapi headers that define them on every target, besides libc.
//! - Constant families typed for the kernel field they are stored in (`EPOLL*` `u32`,
//!   `NLM_F_*`/`NLMSG_*` `u16`, `IFF_*` `u32`; libc has `c_int`) are compared with libc by
//!   value, both ways (`consts_as!`); every other constant must have libc's type.
//! - macOS and FreeBSD, whose constants zcall took from libc: every constant also against
//!   Zig's bundled macOS SDK / FreeBSD 15 headers (independent of libc); the syscall numbers
//!   against Zig's FreeBSD `sys/syscall.h` (independent of the saved 2020 `syscalls.master`
//!   zcall's table was generated from) and, for macOS, against the saved xnu `syscalls.master`
//!   itself — the generator's own input, so that row checks `gen_tables.py`, not the numbers:
//!   no second source of macOS syscall numbers is saved.
//!
//! The end of each OS's module in the generated file lists, per target, every name libc lacks
//! and what it is compared with instead, and the names compared with nothing.
//!
//! The long lists are in `abi_libc/generated.rs`, written by `scripts/gen_abi_checks.py` (run
//! `python3 scripts/gen_abi_checks.py`; its docstring says what it needs; `--check` says
//! without cargo whether the file is current). Every comparison is
//! written once and is both a `const` assertion — so `cargo check --tests --target T` proves it
//! for T without running anything (macOS, FreeBSD, every Linux arch) — and a row of a table that
//! a runtime `#[test]` compares, printing how many values it compared and, on failure, every
//! mismatch with its name. A wrong value therefore stops the build with one error per wrong
//! name; to see the runtime report instead, build with `ZCALL_ABI_RUNTIME_ONLY=1` set, which
//! turns the `const` assertions off (types are still compared: a constant whose type differs
//! from libc's does not compile).
//!
//! Exceptions (values that differ from libc on purpose) are checked by hand in the `exceptions`
//! module below, each with its reason; everything else must match exactly.

/// `ZCALL_ABI_RUNTIME_ONLY` set at build time: the `const` assertions pass unconditionally and
/// only the runtime tables compare (to see every mismatch in one test report).
// Used only inside `const _` items, which rustc 1.85 (the MSRV) does not count as uses.
#[allow(dead_code)]
const RUNTIME_ONLY: bool = option_env!("ZCALL_ABI_RUNTIME_ONLY").is_some();

/// One compared value: name, zcall's value, the other source's value.
struct Row<'a> {
    name: &'a str,
    zcall: i128,
    other: i128,
}

impl<'a> Row<'a> {
    fn new(name: &'a str, zcall: i128, other: i128) -> Row<'a> {
        Row { name, zcall, other }
    }
}

/// Compares every row, prints the count, and fails listing every mismatch.
fn report(what: &str, against: &str, rows: &[Row<'_>]) {
    let bad: Vec<String> = rows
        .iter()
        .filter(|r| r.zcall != r.other)
        .map(|r| {
            format!(
                "  {}: zcall {} ({:#x}), {against} {} ({:#x})",
                r.name, r.zcall, r.zcall, r.other, r.other
            )
        })
        .collect();
    println!("{what}: {} values compared with {against}", rows.len());
    assert!(
        bad.is_empty(),
        "{what}: {} of {} values differ from {against}:\n{}",
        bad.len(),
        rows.len(),
        bad.join("\n")
    );
}

/// Size of the field `f` projects to (never called: only its type is used). The projection
/// takes the struct by value and returns the field by value, which a packed struct allows
/// (`EpollEvent` on x86_64: a reference to its `data` would be unaligned).
const fn field_size<T, F>(_f: fn(T) -> F) -> usize {
    core::mem::size_of::<F>()
}

/// `value` with the type of `like` (gives an untyped literal zcall's type).
#[allow(dead_code)] // used by kernel_consts!, which only the Linux tables need
fn typed<T>(_like: T, value: T) -> T {
    value
}

/// `consts! { test_name, "FAMILY": NAME, #[cfg(..)] NAME, ... }`: `zcall::consts::NAME` has the
/// type and value of `libc::NAME`.
#[allow(unused_macros)] // which ones the generated file uses depends on the target
macro_rules! consts {
    ($test:ident, $family:literal: $( $(#[$m:meta])* $name:ident ),* $(,)?) => {
        $(
            $(#[$m])*
            const _: () = assert!(
                crate::RUNTIME_ONLY || zcall::consts::$name == libc::$name,
                stringify!($name)
            );
        )*
        #[test]
        fn $test() {
            let rows = [$(
                $(#[$m])*
                crate::Row::new(
                    stringify!($name),
                    zcall::consts::$name as i128,
                    libc::$name as i128,
                ),
            )*];
            crate::report(concat!("constants ", $family), "libc", &rows);
        }
    };
}

/// `consts_as! { test_name, "FAMILY": NAME as TYPE, ... }`: a family typed for the kernel field
/// it is stored in (`TYPED_FAMILIES` in the generator), whose libc type differs: compared by
/// value. `zcall::consts::NAME == libc::NAME as TYPE`, and `zcall::consts::NAME` converted to
/// libc's type is `libc::NAME` again, so no bit is lost either way (`EPOLLET` is `1 << 31` as
/// zcall's `u32` and as libc's `c_int`).
#[allow(unused_macros)] // which ones the generated file uses depends on the target
macro_rules! consts_as {
    ($test:ident, $family:literal: $( $(#[$m:meta])* $name:ident as $ty:ty ),* $(,)?) => {
        $(
            $(#[$m])*
            const _: () = assert!(
                crate::RUNTIME_ONLY
                    || (zcall::consts::$name == libc::$name as $ty
                        && libc::$name == zcall::consts::$name as _),
                stringify!($name)
            );
        )*
        #[test]
        fn $test() {
            let rows = [$(
                $(#[$m])*
                crate::Row::new(
                    stringify!($name),
                    zcall::consts::$name as i128,
                    libc::$name as $ty as i128,
                ),
                $(#[$m])*
                crate::Row::new(
                    concat!(stringify!($name), " (in libc's type)"),
                    {
                        // zcall's value converted to libc's type (the array makes it so).
                        let back = zcall::consts::$name as _;
                        let both = [libc::$name, back];
                        both[1] as i128
                    },
                    libc::$name as i128,
                ),
            )*];
            crate::report(concat!("constants ", $family, " (by value)"), "libc", &rows);
        }
    };
}

/// `consts_value! { test_name, "FAMILY": NAME, ... }`: `zcall::consts::NAME` has the value of
/// `libc::NAME`, whose type differs on this target (the families of `VALUE_ONLY` in the
/// script, e.g. ioctl requests: the kernel's `unsigned int`, libc's `c_ulong`/`c_int`). Both
/// are widened to `i128`, so a value that does not fit one of the types also differs.
#[allow(unused_macros)] // which ones the generated file uses depends on the target
macro_rules! consts_value {
    ($test:ident, $family:literal: $( $(#[$m:meta])* $name:ident ),* $(,)?) => {
        $(
            $(#[$m])*
            const _: () = assert!(
                crate::RUNTIME_ONLY || zcall::consts::$name as i128 == libc::$name as i128,
                stringify!($name)
            );
        )*
        #[test]
        fn $test() {
            let rows = [$(
                $(#[$m])*
                crate::Row::new(
                    stringify!($name),
                    zcall::consts::$name as i128,
                    libc::$name as i128,
                ),
            )*];
            crate::report(
                concat!("constants ", $family, " (by value: libc's type differs)"),
                "libc",
                &rows,
            );
        }
    };
}

/// `errno! { test_name: ENAME, ... }`: `zcall::Errno::ENAME.raw() == libc::ENAME`.
#[allow(unused_macros)] // which ones the generated file uses depends on the target
macro_rules! errno {
    ($test:ident: $( $(#[$m:meta])* $name:ident ),* $(,)?) => {
        $(
            $(#[$m])*
            const _: () = assert!(
                crate::RUNTIME_ONLY || zcall::Errno::$name.raw() == libc::$name,
                stringify!($name)
            );
        )*
        #[test]
        fn $test() {
            let rows = [$(
                $(#[$m])*
                crate::Row::new(
                    stringify!($name),
                    zcall::Errno::$name.raw() as i128,
                    libc::$name as i128,
                ),
            )*];
            crate::report("errno", "libc", &rows);
        }
    };
}

/// `syscalls! { test_name: NAME = SYS_name, ... }`: `zcall::nr::NAME == libc::SYS_name`.
#[allow(unused_macros)] // which ones the generated file uses depends on the target
macro_rules! syscalls {
    ($test:ident: $( $(#[$m:meta])* $name:ident = $sys:ident ),* $(,)?) => {
        $(
            $(#[$m])*
            const _: () = assert!(
                crate::RUNTIME_ONLY || zcall::nr::$name as i128 == libc::$sys as i128,
                stringify!($name)
            );
        )*
        #[test]
        fn $test() {
            let rows = [$(
                $(#[$m])*
                crate::Row::new(stringify!($name), zcall::nr::$name as i128, libc::$sys as i128),
            )*];
            crate::report("syscall numbers", "libc SYS_*", &rows);
        }
    };
}

/// `kernel_consts! { test_name, "header": NAME = value, ... }`: `zcall::consts::NAME == value`,
/// the value read from the kernel header by the generator.
#[allow(unused_macros)] // which ones the generated file uses depends on the target
macro_rules! kernel_consts {
    ($test:ident, $src:literal: $( $(#[$m:meta])* $name:ident = $value:expr ),* $(,)?) => {
        $(
            $(#[$m])*
            const _: () = assert!(
                crate::RUNTIME_ONLY || zcall::consts::$name == $value,
                stringify!($name)
            );
        )*
        #[test]
        fn $test() {
            let rows = [$(
                $(#[$m])*
                crate::Row::new(
                    stringify!($name),
                    zcall::consts::$name as i128,
                    crate::typed(zcall::consts::$name, $value) as i128,
                ),
            )*];
            crate::report("constants", $src, &rows);
        }
    };
}

/// `kernel_errno! { test_name, "header": ENAME = value, ... }`.
#[allow(unused_macros)] // which ones the generated file uses depends on the target
macro_rules! kernel_errno {
    ($test:ident, $src:literal: $( $(#[$m:meta])* $name:ident = $value:expr ),* $(,)?) => {
        $(
            $(#[$m])*
            const _: () = assert!(
                crate::RUNTIME_ONLY || zcall::Errno::$name.raw() == $value,
                stringify!($name)
            );
        )*
        #[test]
        fn $test() {
            let rows = [$(
                $(#[$m])*
                crate::Row::new(stringify!($name), zcall::Errno::$name.raw() as i128, $value),
            )*];
            crate::report("errno", $src, &rows);
        }
    };
}

/// `kernel_syscalls! { test_name, "table": NAME = number, ... }`.
#[allow(unused_macros)] // which ones the generated file uses depends on the target
macro_rules! kernel_syscalls {
    ($test:ident, $src:literal: $( $(#[$m:meta])* $name:ident = $value:expr ),* $(,)?) => {
        $(
            $(#[$m])*
            const _: () = assert!(
                crate::RUNTIME_ONLY || zcall::nr::$name == $value,
                stringify!($name)
            );
        )*
        #[test]
        fn $test() {
            let rows = [$(
                $(#[$m])*
                crate::Row::new(stringify!($name), zcall::nr::$name as i128, $value),
            )*];
            crate::report("syscall numbers", $src, &rows);
        }
    };
}

/// `layout! { test_name: Ours = theirs { field, ... } }`: `zcall::types::Ours` and
/// `libc::theirs` have the same size and alignment, and each listed field the same offset and
/// size.
#[allow(unused_macros)] // which ones the generated file uses depends on the target
macro_rules! layout {
    ($test:ident: $ours:ident = $theirs:ident { $( $(#[$m:meta])* $f:ident ),* $(,)? }) => {
        const _: () = assert!(
            crate::RUNTIME_ONLY
                || core::mem::size_of::<zcall::types::$ours>()
                    == core::mem::size_of::<libc::$theirs>(),
            concat!(stringify!($ours), ": size")
        );
        const _: () = assert!(
            crate::RUNTIME_ONLY
                || core::mem::align_of::<zcall::types::$ours>()
                    == core::mem::align_of::<libc::$theirs>(),
            concat!(stringify!($ours), ": align")
        );
        $(
            $(#[$m])*
            const _: () = assert!(
                crate::RUNTIME_ONLY
                    || core::mem::offset_of!(zcall::types::$ours, $f)
                        == core::mem::offset_of!(libc::$theirs, $f),
                concat!(stringify!($ours), ".", stringify!($f), ": offset")
            );
            $(#[$m])*
            const _: () = assert!(
                crate::RUNTIME_ONLY
                    || crate::field_size(|s: zcall::types::$ours| s.$f)
                        == crate::field_size(|s: libc::$theirs| s.$f),
                concat!(stringify!($ours), ".", stringify!($f), ": size")
            );
        )*
        #[test]
        fn $test() {
            let rows = [
                crate::Row::new(
                    concat!(stringify!($ours), ": size"),
                    core::mem::size_of::<zcall::types::$ours>() as i128,
                    core::mem::size_of::<libc::$theirs>() as i128,
                ),
                crate::Row::new(
                    concat!(stringify!($ours), ": align"),
                    core::mem::align_of::<zcall::types::$ours>() as i128,
                    core::mem::align_of::<libc::$theirs>() as i128,
                ),
                $(
                    $(#[$m])*
                    crate::Row::new(
                        concat!(stringify!($ours), ".", stringify!($f), ": offset"),
                        core::mem::offset_of!(zcall::types::$ours, $f) as i128,
                        core::mem::offset_of!(libc::$theirs, $f) as i128,
                    ),
                    $(#[$m])*
                    crate::Row::new(
                        concat!(stringify!($ours), ".", stringify!($f), ": size"),
                        crate::field_size(|s: zcall::types::$ours| s.$f) as i128,
                        crate::field_size(|s: libc::$theirs| s.$f) as i128,
                    ),
                )*
            ];
            crate::report(
                concat!("layout of ", stringify!($ours)),
                concat!("libc::", stringify!($theirs)),
                &rows,
            );
        }
    };
}

#[path = "abi_libc/generated.rs"]
mod generated;

/// `kernel_layout! { test_name, "header": Struct: size S, align A, { field @ offset: size, .. } }`
/// compares a zcall struct with numbers read from a kernel header.
#[cfg(target_os = "linux")]
macro_rules! kernel_layout {
    ($test:ident, $src:literal: $ours:ident: size $size:literal, align $align:expr, {
        $( $f:ident @ $off:literal : $fsize:literal ),* $(,)?
    }) => {
        const _: () = assert!(
            crate::RUNTIME_ONLY || core::mem::size_of::<zcall::types::$ours>() == $size,
            concat!(stringify!($ours), ": size")
        );
        const _: () = assert!(
            crate::RUNTIME_ONLY || core::mem::align_of::<zcall::types::$ours>() == $align as usize,
            concat!(stringify!($ours), ": align")
        );
        $(
            const _: () = assert!(
                crate::RUNTIME_ONLY || core::mem::offset_of!(zcall::types::$ours, $f) == $off,
                concat!(stringify!($ours), ".", stringify!($f), ": offset")
            );
            const _: () = assert!(
                crate::RUNTIME_ONLY
                    || crate::field_size(|s: zcall::types::$ours| s.$f) == $fsize,
                concat!(stringify!($ours), ".", stringify!($f), ": size")
            );
        )*
        #[test]
        fn $test() {
            let rows = [
                crate::Row::new(
                    concat!(stringify!($ours), ": size"),
                    core::mem::size_of::<zcall::types::$ours>() as i128,
                    $size,
                ),
                crate::Row::new(
                    concat!(stringify!($ours), ": align"),
                    core::mem::align_of::<zcall::types::$ours>() as i128,
                    $align as i128,
                ),
                $(
                    crate::Row::new(
                        concat!(stringify!($ours), ".", stringify!($f), ": offset"),
                        core::mem::offset_of!(zcall::types::$ours, $f) as i128,
                        $off,
                    ),
                    crate::Row::new(
                        concat!(stringify!($ours), ".", stringify!($f), ": size"),
                        crate::field_size(|s: zcall::types::$ours| s.$f) as i128,
                        $fsize,
                    ),
                )*
            ];
            crate::report(concat!("layout of ", stringify!($ours)), $src, &rows);
        }
    };
}

/// io_uring structs, which libc does not define: offsets and sizes read from
/// `scripts/data/kernel/linux-io_uring.h` (v7.0-era, torvalds/linux
/// d9d2455e77d0f36a22b9dbaba8b6354dd1378101) and confirmed with gcc's `offsetof` over that
/// header. A zcall field that stands for a kernel union carries the union's offset and the size
/// of the member it is named after (see `zcall::types::IoUringSqe`).
#[cfg(target_os = "linux")]
mod io_uring_layout {
    /// The alignment of `__u64`: 4 on i386, whose psABI aligns 8-byte integers to 4 inside
    /// structs (the kernel's structs follow it), 8 everywhere else.
    const U64: usize = core::mem::align_of::<u64>();
    #[cfg(target_arch = "x86")]
    const _: () = assert!(U64 == 4);
    #[cfg(not(target_arch = "x86"))]
    const _: () = assert!(U64 == 8);

    kernel_layout! { io_sqring_offsets, "linux-io_uring.h": IoSqringOffsets: size 40, align U64, {
        head @ 0: 4, tail @ 4: 4, ring_mask @ 8: 4, ring_entries @ 12: 4, flags @ 16: 4,
        dropped @ 20: 4, array @ 24: 4, resv1 @ 28: 4, user_addr @ 32: 8,
    } }

    kernel_layout! { io_cqring_offsets, "linux-io_uring.h": IoCqringOffsets: size 40, align U64, {
        head @ 0: 4, tail @ 4: 4, ring_mask @ 8: 4, ring_entries @ 12: 4, overflow @ 16: 4,
        cqes @ 20: 4, flags @ 24: 4, resv1 @ 28: 4, user_addr @ 32: 8,
    } }

    kernel_layout! { io_uring_params, "linux-io_uring.h": IoUringParams: size 120, align U64, {
        sq_entries @ 0: 4, cq_entries @ 4: 4, flags @ 8: 4, sq_thread_cpu @ 12: 4,
        sq_thread_idle @ 16: 4, features @ 20: 4, wq_fd @ 24: 4, resv @ 28: 12,
        sq_off @ 40: 40, cq_off @ 80: 40,
    } }

    // `op_flags` is the 4-byte union of rw_flags, fsync_flags, ...; `__pad2` the second word of
    // the addr3 struct (`__u64 __pad2[1]`).
    kernel_layout! { io_uring_sqe, "linux-io_uring.h": IoUringSqe: size 64, align U64, {
        opcode @ 0: 1, flags @ 1: 1, ioprio @ 2: 2, fd @ 4: 4, off @ 8: 8, addr @ 16: 8,
        len @ 24: 4, op_flags @ 28: 4, user_data @ 32: 8, buf_index @ 40: 2,
        personality @ 42: 2, splice_fd_in @ 44: 4, addr3 @ 48: 8, __pad2 @ 56: 8,
    } }

    // The kernel struct ends in the flexible `__u64 big_cqe[]` (CQE32 rings), which adds nothing
    // to its size.
    kernel_layout! { io_uring_cqe, "linux-io_uring.h": IoUringCqe: size 16, align U64, {
        user_data @ 0: 8, res @ 8: 4, flags @ 12: 4,
    } }
}

/// The readiness and netlink structs, from the uapi headers saved in
/// `scripts/data/headers/linux-libc-dev/linux/` (Debian linux-libc-dev 6.1.187) and confirmed
/// with gcc's `offsetof` over them (x86_64; aarch64 and riscv64 with the cross compilers):
/// - `struct epoll_event` (`eventpoll.h`) is `EPOLL_PACKED`, `__attribute__((packed))` under
///   `__x86_64__` only: 12 bytes, alignment 1, `data` at 4 on x86_64; 16 bytes, alignment 8,
///   `data` at 8 elsewhere. libc names the field `u64` (glibc's `epoll_data` union), so its
///   offset is compared here; size and alignment against libc too (generated);
/// - `struct sockaddr_nl` (`netlink.h`) and `struct ifinfomsg` (`rtnetlink.h`): their padding
///   fields `nl_pad` and `__ifi_pad` are private in libc, so every field is compared here.
#[cfg(target_os = "linux")]
mod readiness_netlink_layout {
    #[cfg(target_arch = "x86_64")]
    kernel_layout! { epoll_event, "eventpoll.h: EPOLL_PACKED on x86_64": EpollEvent: size 12, align 1, {
        events @ 0: 4, data @ 4: 8,
    } }

    // i686: EPOLL_PACKED is empty, but the i386 psABI aligns `__u64` to 4 in structs: the
    // same 12 bytes and offsets as x86_64's packed struct (alignment 4 in the kernel, 1 in
    // glibc, which packs it on both x86 widths, and in zcall).
    #[cfg(target_arch = "x86")]
    kernel_layout! { epoll_event, "eventpoll.h: EPOLL_PACKED empty, i386 __u64 4-aligned (offsets)": EpollEvent: size 12, align 1, {
        events @ 0: 4, data @ 4: 8,
    } }

    #[cfg(not(any(target_arch = "x86_64", target_arch = "x86")))]
    kernel_layout! { epoll_event, "eventpoll.h: EPOLL_PACKED empty": EpollEvent: size 16, align 8, {
        events @ 0: 4, data @ 8: 8,
    } }

    kernel_layout! { sockaddr_nl, "netlink.h": SockaddrNl: size 12, align 4, {
        nl_family @ 0: 2, nl_pad @ 2: 2, nl_pid @ 4: 4, nl_groups @ 8: 4,
    } }

    kernel_layout! { ifinfomsg, "rtnetlink.h": Ifinfomsg: size 16, align 4, {
        ifi_family @ 0: 1, __ifi_pad @ 1: 1, ifi_type @ 2: 2, ifi_index @ 4: 4,
        ifi_flags @ 8: 4, ifi_change @ 12: 4,
    } }
}

/// `Sigset`, the kernel's `sigset_t` of `rt_sigprocmask`, `signalfd4`, `io_uring_enter` etc.,
/// which libc does not have (`libc::sigset_t` is the C library's set: 128 bytes on glibc). One
/// `unsigned long`, from the headers saved in `scripts/data/headers/` (the generator checks
/// that they still say so):
/// - aarch64, riscv64, loongarch64: `asm-generic/signal.h` (Debian linux-libc-dev 6.1.187):
///   `_NSIG 64`, `_NSIG_BPW __BITS_PER_LONG` (64), `unsigned long sig[_NSIG_WORDS]` with
///   `_NSIG_WORDS (_NSIG / _NSIG_BPW)`: one word, size 8 = `_NSIG` / 8. Each arch's
///   `asm/signal.h` includes it (arm64 and riscv64: Debian's cross headers 6.1.4; loongarch:
///   Zig's bundled uapi headers).
/// - mips64: its own uapi `asm/signal.h` (Debian linux-libc-dev-mips64el-cross 6.1.8):
///   `_NSIG 128`, two words, size 16.
/// - x86_64: the uapi `asm/signal.h` (Debian linux-libc-dev 6.1.187) has
///   `typedef unsigned long sigset_t;` (8 bytes), the type of its `struct sigaction`'s
///   `sa_mask`. The kernel's own x86 `_NSIG 64` is in the non-uapi
///   `arch/x86/include/asm/signal.h`, which is not saved.
#[cfg(target_os = "linux")]
mod sigset_layout {
    // 32-bit targets: the same 64 bits in two 32-bit `unsigned long`s (asm-generic's
    // `_NSIG_BPW` is `__BITS_PER_LONG`; i386's non-uapi `asm/signal.h` and arm's and powerpc's
    // uapi `asm/signal.h` (Linux 6.1.192) declare `unsigned long sig[_NSIG_WORDS]` with
    // `_NSIG 64` too).
    #[cfg(target_pointer_width = "32")]
    kernel_layout! { sigset, "_NSIG 64 in 32-bit unsigned long words": Sigset: size 8, align 4, {
        bits @ 0: 8,
    } }

    #[cfg(target_arch = "x86_64")]
    kernel_layout! { sigset, "x86_64 asm/signal.h: typedef unsigned long sigset_t": Sigset: size 8, align 8, {
        bits @ 0: 8,
    } }

    #[cfg(all(
        target_pointer_width = "64",
        not(any(target_arch = "x86_64", target_arch = "s390x", target_arch = "mips64"))
    ))]
    kernel_layout! { sigset, "asm-generic/signal.h: _NSIG 64, unsigned long words": Sigset: size 8, align 8, {
        bits @ 0: 8,
    } }

    // s390x: the uapi `asm/signal.h` (Linux 6.1.192) has `typedef unsigned long sigset_t;`;
    // the kernel's `asm/signal.h` `unsigned long sig[_NSIG_WORDS]` with `_NSIG` =
    // `_SIGCONTEXT_NSIG` 64 and `_NSIG_BPW` 64 (`asm/sigcontext.h`): one 8-byte word.
    #[cfg(target_arch = "s390x")]
    kernel_layout! { sigset, "s390 asm/signal.h: typedef unsigned long sigset_t": Sigset: size 8, align 8, {
        bits @ 0: 8,
    } }

    // mips64: `asm/signal.h` (Debian linux-libc-dev-mips64el-cross 6.1.8) `_NSIG 128`,
    // `_NSIG_BPW (sizeof(unsigned long) * 8)`, `unsigned long sig[_NSIG_WORDS]`: two words.
    #[cfg(target_arch = "mips64")]
    kernel_layout! { sigset, "mips asm/signal.h: _NSIG 128, unsigned long words": Sigset: size 16, align 8, {
        bits @ 0: 16,
    } }
}

/// The 64-bit-time structs on 32-bit targets, which libc (glibc's 32-bit `time_t` there)
/// does not have: `include/uapi/linux/time_types.h` (Linux 6.1.192) `struct
/// __kernel_timespec { __kernel_time64_t tv_sec; long long tv_nsec; }` and `struct
/// __kernel_itimerspec` (two of them), aligned as `long long` (4 on i386, 8 on arm and
/// powerpc); zcall's `Timeval` keeps the same two 64-bit fields.
#[cfg(all(target_os = "linux", target_pointer_width = "32"))]
mod time64_layout {
    const LL: usize = core::mem::align_of::<i64>();

    kernel_layout! { timespec, "time_types.h: __kernel_timespec": Timespec: size 16, align LL, {
        tv_sec @ 0: 8, tv_nsec @ 8: 8,
    } }

    kernel_layout! { itimerspec, "time_types.h: __kernel_itimerspec": Itimerspec: size 32, align LL, {
        it_interval @ 0: 16, it_value @ 16: 16,
    } }

    kernel_layout! { timeval, "two 64-bit fields, as __kernel_timespec": Timeval: size 16, align LL, {
        tv_sec @ 0: 8, tv_usec @ 8: 8,
    } }
}

/// `Statx` on every Linux target, against the kernel's `struct statx` as of Linux 7.2: musl
/// (and libc's musl targets) lacks the two newest fields (`stx_dio_read_offset_align`, Linux
/// 6.14, and `stx_atomic_write_unit_max_opt`, 6.16), so the libc comparison cannot cover them
/// there. Offsets and sizes from `scripts/data/headers/ziglang/any-linux-any/linux/stat.h`
/// (Zig 0.17.0's uapi headers, `LINUX_VERSION_CODE` 7.2.0), confirmed with gcc's `offsetof`
/// over that header; the generator recomputes them from the header and fails when a number
/// here differs. The padding fields (`__spare0`, `__spare2`, `__spare3`) are private.
#[cfg(target_os = "linux")]
mod statx_layout {
    /// The alignment of `__u64`: 8, and 4 on i386 (its psABI aligns 8-byte integers to 4 in
    /// structs): the same offsets, a smaller alignment.
    const U64: usize = core::mem::align_of::<u64>();

    kernel_layout! { statx, "linux/stat.h (Linux 7.2)": Statx: size 256, align U64, {
        stx_mask @ 0: 4, stx_blksize @ 4: 4, stx_attributes @ 8: 8, stx_nlink @ 16: 4,
        stx_uid @ 20: 4, stx_gid @ 24: 4, stx_mode @ 28: 2, stx_ino @ 32: 8, stx_size @ 40: 8,
        stx_blocks @ 48: 8, stx_attributes_mask @ 56: 8, stx_atime @ 64: 16,
        stx_btime @ 80: 16, stx_ctime @ 96: 16, stx_mtime @ 112: 16, stx_rdev_major @ 128: 4,
        stx_rdev_minor @ 132: 4, stx_dev_major @ 136: 4, stx_dev_minor @ 140: 4,
        stx_mnt_id @ 144: 8, stx_dio_mem_align @ 152: 4, stx_dio_offset_align @ 156: 4,
        stx_subvol @ 160: 8, stx_atomic_write_unit_min @ 168: 4,
        stx_atomic_write_unit_max @ 172: 4, stx_atomic_write_segments_max @ 176: 4,
        stx_dio_read_offset_align @ 180: 4, stx_atomic_write_unit_max_opt @ 184: 4,
    } }

    kernel_layout! { statx_timestamp, "linux/stat.h (Linux 7.2)": StatxTimestamp: size 16, align U64, {
        tv_sec @ 0: 8, tv_nsec @ 8: 4,
    } }
}

/// `Rlimit` and `RLIM_INFINITY` are prlimit64's (`struct rlimit64`, two `__u64`), which on
/// 32-bit targets libc calls `rlimit64`/`RLIM64_INFINITY` (its `rlimit` there has 32-bit
/// fields).
#[cfg(all(target_os = "linux", target_pointer_width = "32"))]
mod rlimit64_layout {
    layout! { layout_rlimit64: Rlimit = rlimit64 { rlim_cur, rlim_max } }

    const _: () = assert!(
        crate::RUNTIME_ONLY || zcall::consts::RLIM_INFINITY == libc::RLIM64_INFINITY,
        "RLIM_INFINITY"
    );
}

/// Values that differ from libc on purpose. Each is compared with the value it should have,
/// with the reason; libc's value is pinned too, so a libc change shows up here.
mod exceptions {
    /// The SOL_SOCKET options that carry a time on 32-bit targets: zcall has the `*_NEW`
    /// values (64-bit seconds: `include/uapi/asm-generic/socket.h` chooses them when
    /// `sizeof(time_t) != sizeof(__kernel_long_t)`), libc glibc's `*_OLD` ones (32-bit
    /// `time_t`; on powerpc SO_RCVTIMEO/SO_SNDTIMEO_OLD are 18/19).
    #[cfg(all(target_os = "linux", target_pointer_width = "32"))]
    mod time64_options {
        const OLD_TIMEO: (i32, i32) = if cfg!(target_arch = "powerpc") {
            (18, 19)
        } else {
            (20, 21)
        };
        const ROWS: [(&str, i32, i32, i32, i32); 5] = [
            (
                "SO_RCVTIMEO",
                zcall::consts::SO_RCVTIMEO,
                66,
                libc::SO_RCVTIMEO,
                OLD_TIMEO.0,
            ),
            (
                "SO_SNDTIMEO",
                zcall::consts::SO_SNDTIMEO,
                67,
                libc::SO_SNDTIMEO,
                OLD_TIMEO.1,
            ),
            (
                "SO_TIMESTAMP",
                zcall::consts::SO_TIMESTAMP,
                63,
                libc::SO_TIMESTAMP,
                29,
            ),
            (
                "SO_TIMESTAMPNS",
                zcall::consts::SO_TIMESTAMPNS,
                64,
                libc::SO_TIMESTAMPNS,
                35,
            ),
            (
                "SO_TIMESTAMPING",
                zcall::consts::SO_TIMESTAMPING,
                65,
                libc::SO_TIMESTAMPING,
                37,
            ),
        ];
        const _: () = {
            let mut i = 0;
            while i < ROWS.len() {
                assert!(crate::RUNTIME_ONLY || ROWS[i].1 == ROWS[i].2, "zcall *_NEW");
                assert!(crate::RUNTIME_ONLY || ROWS[i].3 == ROWS[i].4, "libc *_OLD");
                i += 1;
            }
        };

        #[test]
        fn time_options_are_the_64_bit_time_ones() {
            let mut rows = Vec::new();
            for (name, ours, new, theirs, old) in ROWS {
                rows.push(crate::Row::new(name, ours as i128, new as i128));
                rows.push(crate::Row::new(name, theirs as i128, old as i128));
            }
            crate::report(
                "exception SO_*TIME*",
                "asm-generic/socket.h *_NEW / glibc *_OLD",
                &rows,
            );
        }
    }

    /// `O_LARGEFILE` on glibc targets: glibc (and so libc's `-gnu` targets) defines it as 0 on
    /// 64-bit, because the kernel forces large-file mode there; zcall has the kernel's value
    /// (`arch/arm64/include/uapi/asm/fcntl.h` 0o400000 on aarch64,
    /// `arch/powerpc/include/uapi/asm/fcntl.h` 0o200000 on powerpc64, `asm-generic/fcntl.h`
    /// 0o100000 elsewhere), which is also musl's and libc's `-musl` targets' value (compared in
    /// the generated table there).
    #[cfg(all(target_os = "linux", target_env = "gnu", target_pointer_width = "64"))]
    mod o_largefile {
        #[cfg(target_arch = "aarch64")]
        const KERNEL: i32 = 0o400000;
        #[cfg(target_arch = "powerpc64")]
        const KERNEL: i32 = 0o200000;
        // `arch/mips/include/uapi/asm/fcntl.h` (Linux 6.1.192).
        #[cfg(target_arch = "mips64")]
        const KERNEL: i32 = 0x2000;
        #[cfg(not(any(
            target_arch = "aarch64",
            target_arch = "powerpc64",
            target_arch = "mips64"
        )))]
        const KERNEL: i32 = 0o100000;

        const _: () = assert!(
            crate::RUNTIME_ONLY || zcall::consts::O_LARGEFILE == KERNEL,
            "O_LARGEFILE"
        );
        const _: () = assert!(
            crate::RUNTIME_ONLY || libc::O_LARGEFILE == 0,
            "libc::O_LARGEFILE"
        );

        #[test]
        fn o_largefile_is_the_kernels_value() {
            let rows = [
                crate::Row::new(
                    "O_LARGEFILE (zcall vs kernel header)",
                    zcall::consts::O_LARGEFILE as i128,
                    KERNEL as i128,
                ),
                crate::Row::new(
                    "O_LARGEFILE (glibc's 0 in libc)",
                    libc::O_LARGEFILE as i128,
                    0,
                ),
            ];
            crate::report("exception O_LARGEFILE", "the kernel / glibc", &rows);
        }
    }

    /// mips64: libc 0.2.191 takes glibc's and the uapi's mips files
    /// (`src/new/glibc/sysdeps/unix/linux/mod.rs`, `src/new/linux_uapi/asm/mod.rs`) for
    /// `target_arch = "mips"`/`"mips32r6"` only (each list names those two twice where
    /// `mips64`/`mips64r6` belong), so on mips64 its socket types, `SOL_SOCKET`, these `SO_*`
    /// options, the signal numbers, `SIG_*` and these `SA_*` flags are the generic values,
    /// which the kernel does not use there. zcall has the kernel's (Linux 6.1.192
    /// `arch/mips/include/uapi/asm/socket.h`, `signal.h`, `fcntl.h` for `O_NONBLOCK`;
    /// `arch/mips/include/asm/socket.h` for the socket types, as glibc's mips
    /// `bits/socket_type.h`), compared here; libc's are checked to still differ, so a fixed
    /// libc shows up here (then this module goes and the generated table takes them).
    #[cfg(all(target_os = "linux", target_arch = "mips64"))]
    mod libc_mips64 {
        /// (name, zcall, the kernel's mips value, libc's).
        const ROWS: [(&str, i128, i128, i128); 50] = [
            (
                "SOCK_STREAM",
                zcall::consts::SOCK_STREAM as i128,
                2,
                libc::SOCK_STREAM as i128,
            ),
            (
                "SOCK_DGRAM",
                zcall::consts::SOCK_DGRAM as i128,
                1,
                libc::SOCK_DGRAM as i128,
            ),
            (
                "SOCK_NONBLOCK",
                zcall::consts::SOCK_NONBLOCK as i128,
                0x80,
                libc::SOCK_NONBLOCK as i128,
            ),
            (
                "SOL_SOCKET",
                zcall::consts::SOL_SOCKET as i128,
                0xffff,
                libc::SOL_SOCKET as i128,
            ),
            (
                "SO_REUSEADDR",
                zcall::consts::SO_REUSEADDR as i128,
                0x0004,
                libc::SO_REUSEADDR as i128,
            ),
            (
                "SO_TYPE",
                zcall::consts::SO_TYPE as i128,
                0x1008,
                libc::SO_TYPE as i128,
            ),
            (
                "SO_ERROR",
                zcall::consts::SO_ERROR as i128,
                0x1007,
                libc::SO_ERROR as i128,
            ),
            (
                "SO_DONTROUTE",
                zcall::consts::SO_DONTROUTE as i128,
                0x0010,
                libc::SO_DONTROUTE as i128,
            ),
            (
                "SO_BROADCAST",
                zcall::consts::SO_BROADCAST as i128,
                0x0020,
                libc::SO_BROADCAST as i128,
            ),
            (
                "SO_SNDBUF",
                zcall::consts::SO_SNDBUF as i128,
                0x1001,
                libc::SO_SNDBUF as i128,
            ),
            (
                "SO_RCVBUF",
                zcall::consts::SO_RCVBUF as i128,
                0x1002,
                libc::SO_RCVBUF as i128,
            ),
            (
                "SO_KEEPALIVE",
                zcall::consts::SO_KEEPALIVE as i128,
                0x0008,
                libc::SO_KEEPALIVE as i128,
            ),
            (
                "SO_OOBINLINE",
                zcall::consts::SO_OOBINLINE as i128,
                0x0100,
                libc::SO_OOBINLINE as i128,
            ),
            (
                "SO_LINGER",
                zcall::consts::SO_LINGER as i128,
                0x0080,
                libc::SO_LINGER as i128,
            ),
            (
                "SO_REUSEPORT",
                zcall::consts::SO_REUSEPORT as i128,
                0x0200,
                libc::SO_REUSEPORT as i128,
            ),
            (
                "SO_PASSCRED",
                zcall::consts::SO_PASSCRED as i128,
                17,
                libc::SO_PASSCRED as i128,
            ),
            (
                "SO_PEERCRED",
                zcall::consts::SO_PEERCRED as i128,
                18,
                libc::SO_PEERCRED as i128,
            ),
            (
                "SO_RCVLOWAT",
                zcall::consts::SO_RCVLOWAT as i128,
                0x1004,
                libc::SO_RCVLOWAT as i128,
            ),
            (
                "SO_SNDLOWAT",
                zcall::consts::SO_SNDLOWAT as i128,
                0x1003,
                libc::SO_SNDLOWAT as i128,
            ),
            (
                "SO_ACCEPTCONN",
                zcall::consts::SO_ACCEPTCONN as i128,
                0x1009,
                libc::SO_ACCEPTCONN as i128,
            ),
            (
                "SO_PEERSEC",
                zcall::consts::SO_PEERSEC as i128,
                30,
                libc::SO_PEERSEC as i128,
            ),
            (
                "SO_SNDBUFFORCE",
                zcall::consts::SO_SNDBUFFORCE as i128,
                31,
                libc::SO_SNDBUFFORCE as i128,
            ),
            (
                "SO_PROTOCOL",
                zcall::consts::SO_PROTOCOL as i128,
                0x1028,
                libc::SO_PROTOCOL as i128,
            ),
            (
                "SO_DOMAIN",
                zcall::consts::SO_DOMAIN as i128,
                0x1029,
                libc::SO_DOMAIN as i128,
            ),
            (
                "SIGBUS",
                zcall::consts::SIGBUS as i128,
                10,
                libc::SIGBUS as i128,
            ),
            (
                "SIGUSR1",
                zcall::consts::SIGUSR1 as i128,
                16,
                libc::SIGUSR1 as i128,
            ),
            (
                "SIGUSR2",
                zcall::consts::SIGUSR2 as i128,
                17,
                libc::SIGUSR2 as i128,
            ),
            (
                "SIGCHLD",
                zcall::consts::SIGCHLD as i128,
                18,
                libc::SIGCHLD as i128,
            ),
            (
                "SIGCONT",
                zcall::consts::SIGCONT as i128,
                25,
                libc::SIGCONT as i128,
            ),
            (
                "SIGSTOP",
                zcall::consts::SIGSTOP as i128,
                23,
                libc::SIGSTOP as i128,
            ),
            (
                "SIGTSTP",
                zcall::consts::SIGTSTP as i128,
                24,
                libc::SIGTSTP as i128,
            ),
            (
                "SIGTTIN",
                zcall::consts::SIGTTIN as i128,
                26,
                libc::SIGTTIN as i128,
            ),
            (
                "SIGTTOU",
                zcall::consts::SIGTTOU as i128,
                27,
                libc::SIGTTOU as i128,
            ),
            (
                "SIGURG",
                zcall::consts::SIGURG as i128,
                21,
                libc::SIGURG as i128,
            ),
            (
                "SIGXCPU",
                zcall::consts::SIGXCPU as i128,
                30,
                libc::SIGXCPU as i128,
            ),
            (
                "SIGXFSZ",
                zcall::consts::SIGXFSZ as i128,
                31,
                libc::SIGXFSZ as i128,
            ),
            (
                "SIGVTALRM",
                zcall::consts::SIGVTALRM as i128,
                28,
                libc::SIGVTALRM as i128,
            ),
            (
                "SIGPROF",
                zcall::consts::SIGPROF as i128,
                29,
                libc::SIGPROF as i128,
            ),
            (
                "SIGWINCH",
                zcall::consts::SIGWINCH as i128,
                20,
                libc::SIGWINCH as i128,
            ),
            (
                "SIGIO",
                zcall::consts::SIGIO as i128,
                22,
                libc::SIGIO as i128,
            ),
            (
                "SIGPOLL",
                zcall::consts::SIGPOLL as i128,
                22,
                libc::SIGPOLL as i128,
            ),
            (
                "SIGPWR",
                zcall::consts::SIGPWR as i128,
                19,
                libc::SIGPWR as i128,
            ),
            (
                "SIGSYS",
                zcall::consts::SIGSYS as i128,
                12,
                libc::SIGSYS as i128,
            ),
            (
                "SIG_BLOCK",
                zcall::consts::SIG_BLOCK as i128,
                1,
                libc::SIG_BLOCK as i128,
            ),
            (
                "SIG_UNBLOCK",
                zcall::consts::SIG_UNBLOCK as i128,
                2,
                libc::SIG_UNBLOCK as i128,
            ),
            (
                "SIG_SETMASK",
                zcall::consts::SIG_SETMASK as i128,
                3,
                libc::SIG_SETMASK as i128,
            ),
            (
                "SA_NOCLDWAIT",
                zcall::consts::SA_NOCLDWAIT as i128,
                0x00010000,
                libc::SA_NOCLDWAIT as i128,
            ),
            (
                "SA_SIGINFO",
                zcall::consts::SA_SIGINFO as i128,
                0x00000008,
                libc::SA_SIGINFO as i128,
            ),
            (
                "SO_RCVTIMEO",
                zcall::consts::SO_RCVTIMEO as i128,
                0x1006,
                libc::SO_RCVTIMEO as i128,
            ),
            (
                "SO_SNDTIMEO",
                zcall::consts::SO_SNDTIMEO as i128,
                0x1005,
                libc::SO_SNDTIMEO as i128,
            ),
        ];

        const fn all_kernel() -> bool {
            let mut i = 0;
            while i < ROWS.len() {
                if ROWS[i].1 != ROWS[i].2 {
                    return false;
                }
                i += 1;
            }
            true
        }
        const _: () = assert!(crate::RUNTIME_ONLY || all_kernel(), "mips64 kernel values");

        #[test]
        fn mips64_values_are_the_kernels_not_libcs() {
            let rows: Vec<crate::Row<'_>> = ROWS
                .iter()
                .map(|&(name, zcall, kernel, _)| crate::Row::new(name, zcall, kernel))
                .collect();
            crate::report(
                "exception mips64 (libc 0.2.191)",
                "arch/mips uapi headers",
                &rows,
            );
            let same: Vec<&str> = ROWS
                .iter()
                .filter(|&&(_, _, kernel, libc)| kernel == libc)
                .map(|&(name, ..)| name)
                .collect();
            // SIGSYS... : every row differs in libc 0.2.191; one that agrees means libc changed.
            assert!(
                same.is_empty(),
                "libc now has the kernel's value for {same:?}: \
                     let the generated table compare them again"
            );
        }
    }

    /// `SIGRTMIN`/`SIGRTMAX`: libc's are functions returning the C library's run-time range,
    /// not constants. zcall has the kernel's (`include/uapi/asm-generic/signal.h` and x86's
    /// `asm/signal.h`: `SIGRTMIN` 32, `SIGRTMAX` = `_NSIG` 64); glibc keeps 32 and 33 (musl 32 to
    /// 34) for itself and reports a higher `SIGRTMIN()`, so only the upper end equals libc's.
    /// mips64: `_NSIG` is 128 (`arch/mips/include/uapi/asm/signal.h`), the kernel's
    /// `SIGRTMAX` 128; glibc's mips `SIGRTMAX()` is 127 (its `__SIGRTMAX`, one below the
    /// kernel's `_NSIG`, as glibc's `_NSIG` is the kernel's plus one).
    #[cfg(target_os = "linux")]
    mod sigrt {
        #[cfg(target_arch = "mips64")]
        const NSIG: i32 = 128;
        #[cfg(not(target_arch = "mips64"))]
        const NSIG: i32 = 64;
        /// libc's `SIGRTMAX()` below the kernel's.
        const LIBC_BELOW: i32 = if cfg!(target_arch = "mips64") { 1 } else { 0 };
        const _: () = assert!(
            crate::RUNTIME_ONLY || zcall::consts::SIGRTMIN == 32,
            "SIGRTMIN"
        );
        const _: () = assert!(
            crate::RUNTIME_ONLY || zcall::consts::SIGRTMAX == NSIG,
            "SIGRTMAX"
        );

        #[test]
        fn sigrtmin_sigrtmax() {
            let rows = [
                crate::Row::new(
                    "SIGRTMIN (zcall vs kernel)",
                    zcall::consts::SIGRTMIN as i128,
                    32,
                ),
                crate::Row::new(
                    "SIGRTMAX (zcall vs kernel)",
                    zcall::consts::SIGRTMAX as i128,
                    NSIG as i128,
                ),
                crate::Row::new(
                    "SIGRTMAX (zcall vs libc::SIGRTMAX())",
                    (zcall::consts::SIGRTMAX - LIBC_BELOW) as i128,
                    libc::SIGRTMAX() as i128,
                ),
            ];
            crate::report("exception SIGRTMIN/SIGRTMAX", "the kernel / libc", &rows);
            let libc_min = libc::SIGRTMIN();
            assert!(
                (zcall::consts::SIGRTMIN..=zcall::consts::SIGRTMIN + 3).contains(&libc_min),
                "libc::SIGRTMIN() = {libc_min}: the C library reserves more than 3 signals?"
            );
        }
    }

    /// musl (and libc's `-musl` targets) declares `msghdr.msg_iovlen` as `int`,
    /// `msghdr.msg_controllen` and `cmsghdr.cmsg_len` as `socklen_t`, each next to 4 bytes of
    /// explicit padding, where the kernel has `size_t` (`struct user_msghdr`, `struct cmsghdr`).
    /// On these little-endian targets the field sits where the kernel's low half is and the
    /// padding is its high half, so sizes and offsets agree and only the declared field sizes
    /// differ — and musl's `cmsghdr`, made of 4-byte fields only, has alignment 4 instead of 8.
    /// The generated table compares every other `msghdr` field on musl; `cmsghdr` is compared
    /// here.
    #[cfg(all(target_os = "linux", target_env = "musl"))]
    mod musl_msghdr {
        use core::mem::{align_of, offset_of, size_of};
        use zcall::types::{Cmsghdr, Msghdr};

        const fn rows() -> [(&'static str, usize, usize); 13] {
            [
                (
                    "Msghdr.msg_iovlen: offset",
                    offset_of!(Msghdr, msg_iovlen),
                    offset_of!(libc::msghdr, msg_iovlen),
                ),
                (
                    "Msghdr.msg_controllen: offset",
                    offset_of!(Msghdr, msg_controllen),
                    offset_of!(libc::msghdr, msg_controllen),
                ),
                (
                    "Msghdr.msg_iovlen: size (musl's int + padding)",
                    crate::field_size(|s: Msghdr| s.msg_iovlen),
                    8,
                ),
                (
                    "libc::msghdr.msg_iovlen: size",
                    crate::field_size(|s: libc::msghdr| s.msg_iovlen),
                    4,
                ),
                (
                    "libc::msghdr.msg_controllen: size",
                    crate::field_size(|s: libc::msghdr| s.msg_controllen),
                    4,
                ),
                (
                    "Cmsghdr: size",
                    size_of::<Cmsghdr>(),
                    size_of::<libc::cmsghdr>(),
                ),
                ("Cmsghdr: align (kernel's size_t)", align_of::<Cmsghdr>(), 8),
                (
                    "libc::cmsghdr: align (musl's 4-byte fields)",
                    align_of::<libc::cmsghdr>(),
                    4,
                ),
                (
                    "Cmsghdr.cmsg_len: offset",
                    offset_of!(Cmsghdr, cmsg_len),
                    offset_of!(libc::cmsghdr, cmsg_len),
                ),
                (
                    "Cmsghdr.cmsg_level: offset",
                    offset_of!(Cmsghdr, cmsg_level),
                    offset_of!(libc::cmsghdr, cmsg_level),
                ),
                (
                    "Cmsghdr.cmsg_type: offset",
                    offset_of!(Cmsghdr, cmsg_type),
                    offset_of!(libc::cmsghdr, cmsg_type),
                ),
                (
                    "Cmsghdr.cmsg_level: size",
                    crate::field_size(|s: Cmsghdr| s.cmsg_level),
                    crate::field_size(|s: libc::cmsghdr| s.cmsg_level),
                ),
                (
                    "Cmsghdr.cmsg_type: size",
                    crate::field_size(|s: Cmsghdr| s.cmsg_type),
                    crate::field_size(|s: libc::cmsghdr| s.cmsg_type),
                ),
            ]
        }

        const _: () = {
            let rows = rows();
            let mut i = 0;
            while i < rows.len() {
                assert!(
                    crate::RUNTIME_ONLY || rows[i].1 == rows[i].2,
                    "musl msghdr/cmsghdr"
                );
                i += 1;
            }
        };

        #[test]
        fn musl_msghdr_cmsghdr() {
            let rows = rows().map(|(name, ours, expected)| {
                crate::Row::new(name, ours as i128, expected as i128)
            });
            crate::report(
                "exception musl msghdr/cmsghdr",
                "libc (musl) / the kernel",
                &rows,
            );
        }
    }

    /// `O_ACCMODE` on musl: musl defines it as `03 | O_PATH`, so that `O_PATH` descriptors
    /// count as an access mode; the kernel's mask (`include/uapi/asm-generic/fcntl.h`) is `03`,
    /// which is zcall's value (and glibc's, compared in the generated table there).
    #[cfg(all(target_os = "linux", target_env = "musl"))]
    mod o_accmode {
        const _: () = assert!(
            crate::RUNTIME_ONLY || zcall::consts::O_ACCMODE == 0o3,
            "O_ACCMODE"
        );
        const _: () = assert!(
            crate::RUNTIME_ONLY || libc::O_ACCMODE == 0o3 | zcall::consts::O_PATH,
            "libc::O_ACCMODE"
        );

        #[test]
        fn o_accmode_is_the_kernels_mask() {
            let rows = [
                crate::Row::new(
                    "O_ACCMODE (zcall vs kernel header)",
                    zcall::consts::O_ACCMODE as i128,
                    0o3,
                ),
                crate::Row::new(
                    "O_ACCMODE (musl's 03|O_PATH in libc)",
                    libc::O_ACCMODE as i128,
                    (0o3 | zcall::consts::O_PATH) as i128,
                ),
            ];
            crate::report("exception O_ACCMODE", "the kernel / musl", &rows);
        }
    }
}

/// `CMSG_SPACE`/`CMSG_LEN`: zcall's `cmsg_space`/`cmsg_len` against libc's for 0..64 data
/// bytes (libc's are `const fn` on every supported target).
mod cmsg_macros {
    const N: u32 = 64;

    const fn libc_space(len: u32) -> usize {
        // SAFETY: CMSG_SPACE is plain arithmetic on `len`; it touches no memory.
        unsafe { libc::CMSG_SPACE(len) as usize }
    }

    const fn libc_len(len: u32) -> usize {
        // SAFETY: CMSG_LEN is plain arithmetic on `len`; it touches no memory.
        unsafe { libc::CMSG_LEN(len) as usize }
    }

    const _: () = {
        let mut len = 0;
        while len < N {
            assert!(
                crate::RUNTIME_ONLY || zcall::types::cmsg_space(len as usize) == libc_space(len),
                "cmsg_space"
            );
            assert!(
                crate::RUNTIME_ONLY || zcall::types::cmsg_len(len as usize) == libc_len(len),
                "cmsg_len"
            );
            len += 1;
        }
    };

    #[test]
    fn cmsg_space_and_len() {
        let names: Vec<(String, String)> = (0..N)
            .map(|len| (format!("cmsg_space({len})"), format!("cmsg_len({len})")))
            .collect();
        let mut rows = Vec::new();
        for (len, (space, clen)) in (0..N).zip(&names) {
            rows.push(crate::Row::new(
                space,
                zcall::types::cmsg_space(len as usize) as i128,
                libc_space(len) as i128,
            ));
            rows.push(crate::Row::new(
                clen,
                zcall::types::cmsg_len(len as usize) as i128,
                libc_len(len) as i128,
            ));
        }
        crate::report("CMSG_SPACE/CMSG_LEN", "libc", &rows);
    }
}

/// The generated file was written from the inputs as they are now: recomputes the digest of
/// each input the script recorded — zcall's names (constants, errno, syscall numbers, struct
/// fields), the `kernel_layout!` list of this file, libc's version in Cargo.lock, and the
/// whole bytes of the script, its probe record and every kernel table and header it read from
/// `scripts/data/` — and fails when one changed. Values of zcall's constants are not inputs:
/// the comparisons themselves check them.
#[test]
fn generated_file_is_current() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let mut stale = Vec::new();
    for &(path, kind, digest) in generated::INPUT_DIGESTS {
        let bytes =
            std::fs::read(format!("{root}/{path}")).unwrap_or_else(|e| panic!("{path}: {e}"));
        let got = if kind == "bytes" {
            fnv1a(&bytes)
        } else {
            let text = String::from_utf8(bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
            fnv1a(input_names(&text, kind).join("\n").as_bytes())
        };
        if got != digest {
            stale.push(path);
        }
    }
    println!(
        "generated.rs: {} input files checked",
        generated::INPUT_DIGESTS.len()
    );
    assert!(
        stale.is_empty(),
        "{stale:?} changed since tests/tests/abi_libc/generated.rs was written: rerun \
         `python3 scripts/gen_abi_checks.py` (`--check` tells whether the probes must run again)"
    );
}

/// What `scripts/gen_abi_checks.py` (`input_names`) extracts from one file.
fn input_names(text: &str, kind: &str) -> Vec<String> {
    fn ident(s: &str) -> &str {
        let end = s
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(s.len());
        &s[..end]
    }
    let mut names = Vec::new();
    if kind == "libc" {
        const KEY: &str = "\nname = \"libc\"\nversion = \"";
        if let Some(at) = text.find(KEY) {
            let rest = &text[at + KEY.len()..];
            if let Some(end) = rest.find('"') {
                names.push(rest[..end].to_string());
            }
        }
        return names;
    }
    let mut current: Option<String> = None;
    for line in text.lines() {
        match kind {
            "const" => {
                if let Some(rest) = line.strip_prefix("pub const ") {
                    let name = ident(rest);
                    if !name.is_empty() {
                        names.push(name.to_string());
                    }
                }
            }
            "errno" => {
                let trimmed = line.trim_start();
                let name = ident(trimmed);
                if trimmed.len() < line.len()
                    && name.len() >= 2
                    && name.starts_with('E')
                    && name
                        .bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                    && trimmed[name.len()..].starts_with(" = ")
                {
                    names.push(name.to_string());
                }
            }
            "kernel_layout" => {
                let rest = line.trim_start();
                if rest.starts_with("kernel_layout! { ") {
                    if let Some(at) = rest.find("\": ") {
                        let name = ident(&rest[at + 3..]);
                        if !name.is_empty() {
                            names.push(name.to_string());
                        }
                    }
                }
            }
            _ => {
                if let Some(rest) = line.strip_prefix("pub struct ") {
                    let name = ident(rest);
                    if rest[name.len()..].starts_with(" {") {
                        names.push(name.to_string());
                        current = Some(name.to_string());
                        continue;
                    }
                }
                if let Some(s) = &current {
                    if line.starts_with('}') {
                        current = None;
                    } else {
                        let trimmed = line.trim_start();
                        if trimmed.len() < line.len() {
                            if let Some(rest) = trimmed.strip_prefix("pub ") {
                                let field = ident(rest);
                                if !field.is_empty() && rest[field.len()..].starts_with(':') {
                                    names.push(format!("{s}.{field}"));
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    names
}

/// 64-bit FNV-1a (as in the script).
fn fnv1a(s: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in s {
        h = (h ^ b as u64).wrapping_mul(0x100000001b3);
    }
    h
}
