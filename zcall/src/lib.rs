//! Raw syscalls with zero overhead: one inlined instruction sequence, the kernel's result
//! and error number returned directly — no libc, no PLT call, no thread-local `errno`, no
//! cancellation-point bookkeeping.
//!
//! ```
//! # #[cfg(target_os = "linux")] {
//! use zcall::{syscall, Errno};
//!
//! /// getpid(2), declared by hand: the attribute writes the body.
//! #[syscall(nr = zcall::nr::GETPID)]
//! fn my_getpid() -> Result<u32, Errno>;
//!
//! assert_eq!(my_getpid(), Ok(std::process::id()));
//! # }
//! ```
//!
//! # What is here
//! - [`syscall`]: the attribute that turns a body-less declaration into an inline stub;
//! - [`syscall0`]…[`syscall6`] and their `_raw` forms: calls by number;
//! - [`Errno`]: the error number, with names and messages of the target OS;
//! - [`nr`]: syscall numbers per target, from the kernels' own tables;
//! - [`consts`] and [`types`]: the constants and `#[repr(C)]` structs of the kernel ABI;
//! - the documented wrappers (Linux: read, write, sockets, mmap, timerfd, eventfd,
//!   signalfd, splice, io_uring, pidfd …; Darwin: the BSD subset), each declared with the
//!   attribute.
//!
//! # Safety rules
//! - A safe wrapper is sound for every input safe code can give it: buffers are slices,
//!   fds are `BorrowedFd` (with `std`) or plain numbers where a wrong number can only
//!   produce an error, and nothing safe closes an fd it does not own.
//! - Everything that writes through a caller-chosen pointer, consumes a raw fd or changes
//!   the address space is an `unsafe fn` whose `# Safety` section says what to uphold.
//! - Raw semantics: nothing is retried behind your back. A blocking call interrupted by a
//!   signal handler installed without `SA_RESTART` returns `Err(Errno::EINTR)`.
//! - A declaration is a promise about the kernel's ABI, like an `extern` block: declaring
//!   a safe function with the wrong number or the wrong parameter types is unsound.
//!
//! # Features
//! - `std` (default): `BorrowedFd`/`OwnedFd` parameters and returns, `std::error::Error`
//!   for [`Errno`], conversions to and from `std::io::Error`, `IoSlice` interop.
//! - `macros`: the [`syscall`] attribute, to declare syscalls of your own (it brings in
//!   zcall-macros, which itself depends on no crate). Without it zcall's own wrappers, declared
//!   with the same attribute, compile from copies expanded ahead of time (`src/expanded/`,
//!   which a test keeps identical to the attribute's output): a program that only calls
//!   wrappers builds no proc-macro crate.
#![no_std]
// mips64: `asm!` there is behind `asm_experimental_arch` (nightly; the target is tier 3).
// zcall enables it for its own blocks, and `allow_internal_unstable` lets the row's
// `__zcall_syscall!` (`arch.rs`, `#[allow_internal_unstable(asm_experimental_arch)]`, from
// the row's `asm_gate`) expand `asm!` into a user's crate that names no gate itself.
// zcall-macros' test `gated_rows_are_enabled_at_the_crate_root` keeps these lines in step
// with the table's gated rows.
#![cfg_attr(
    all(target_os = "linux", target_arch = "mips64"),
    feature(asm_experimental_arch, allow_internal_unstable),
    allow(internal_features)
)]
#![deny(missing_docs, unsafe_op_in_unsafe_fn)]
#![warn(clippy::undocumented_unsafe_blocks)]

#[cfg(feature = "std")]
extern crate std;

// On a target without a syscall convention, `arch.rs` (generated from zcall-macros' target
// table, the one list of supported targets) holds a `compile_error!` listing the supported
// targets, then one naming the target's OS and one naming its architecture.

/// Turns a body-less function declaration into an inline syscall stub.
///
/// ```
/// # #[cfg(target_os = "linux")] mod m {
/// use std::os::fd::BorrowedFd;
/// use zcall::{syscall, Errno};
///
/// /// write(2) on a borrowed fd: safe, the slice is valid for its whole length.
/// #[syscall(nr = zcall::nr::WRITE)]
/// pub fn write(fd: BorrowedFd<'_>, buf: &[u8]) -> Result<usize, Errno>;
///
/// /// mmap(2): the kernel may replace any mapping at `addr`, so the caller must promise.
/// /// (64-bit targets: 32-bit ones map through `mmap2`, whose last word is a page number,
/// /// and s390x's `mmap` takes one pointer to the six words.)
/// # #[cfg(all(target_pointer_width = "64", not(target_arch = "s390x")))]
/// #[syscall(nr = zcall::nr::MMAP)]
/// pub unsafe fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, off: i64)
///     -> Result<*mut u8, Errno>;
/// # }
/// ```
///
/// # Options
/// - `nr = EXPR` (required): an integer literal, a constant path (`zcall::nr::WRITE`), or
///   the name of one of the function's parameters — then the number is taken at run time,
///   that parameter is not passed as an argument, and the function must be an `unsafe fn`
///   (this is how [`syscall3`] is declared).
/// - `crate = PATH`: where the `zcall` crate is, for code that renames it (default
///   `::zcall`; zcall itself uses `crate = crate`).
///
/// The attribute goes on a declaration once; a second `#[syscall]` on it is an error.
/// - `short`: the declaration passes fewer words than the kernel's signature on purpose
///   (see *Argument count* below). Where it cannot change anything — a number that is not
///   checked, or a declaration that leaves no word out on any target — it is an error.
///
/// # Parameters
/// Each parameter becomes register words through [`SyscallArg`]: integers (signed ones
/// sign-extended), `bool`, raw pointers, `&T`/`&mut T`, `Option<&T>`/`Option<&mut T>`
/// (`None` is null), `NonNull<T>`, `&CStr`/`Option<&CStr>` (the string's address), fds
/// (`RawFd`; `BorrowedFd<'_>` with `std`). A slice written out as `&[T]` or `&mut [T]` takes
/// two words, pointer then length in elements, through [`SyscallSliceArg`]. At most six
/// words in all. Implement [`SyscallArg`] for your own types to pass them.
///
/// A 64-bit integer written out as `u64` or `i64` goes through [`SyscallPairArg`]: one
/// word on a 64-bit target, two 32-bit words on a 32-bit one, placed by that ABI's rules —
/// i386 `lo, hi`; ARM EABI an even register pair, a zero word padding an odd position
/// (`pread64(fd, buf, count, 0, lo, hi)`); 32-bit PowerPC an even pair, high half first.
/// The word count (and the kernel-arity check below) is then per target. Behind an alias
/// (`type loff_t = i64`) the attribute cannot see a 64-bit value: it is one word, which on
/// a 32-bit target does not compile (`u64`/`i64` implement `SyscallArg` only on 64-bit
/// targets) rather than lose its high half.
///
/// # Safe declarations: what the types enforce
/// A declaration without `unsafe` makes a safe function, so it must be sound for every
/// input safe code can give it. The attribute makes the type system check every
/// parameter, whatever its type is spelled as (an alias, a renamed import, a type macro or
/// an associated type is judged by what it is):
/// - a one-word parameter implements [`SafeArg`]: integers, `bool`, `BorrowedFd`,
///   `&T`/`Option<&T>` where `T:` [`Readable`], `&mut T`/`Option<&mut T>` where `T:`
///   [`Plain`], `&CStr`/`Option<&CStr>`. Raw pointers and `NonNull` never are;
/// - a slice implements [`SafeSliceArg`]: `&[T]` with `T: Readable`, `&mut [T]` with
///   `T: Plain`; a zero-sized element type is a compile-time error for every declaration;
/// - every byte the kernel may write behind `&mut` lands in [`Plain`] memory, where any bit
///   pattern is valid and no address lives: integers, arrays of them, zcall's plain kernel
///   structs (`Timespec`, `SockaddrStorage`, …). Not `bool`, `char`, `NonZero*`, enums,
///   references (`&mut [&u64]`), `()` or a struct of yours that holds a pointer;
/// - every address the kernel follows comes from a Rust reference, a slice or a type valid
///   by construction ([`Readable`]: `IoSlice`, `IoSliceMut`);
/// - where the kernel's prototype declares a `__user` pointer (known when `nr` names one of
///   zcall's Linux constants: `char __user *buf` for `read`), the parameter also implements
///   [`SafeAddrArg`] — a reference or `&CStr`, never an integer safe code could choose; an
///   integer spelled there is an error naming the kernel's parameter;
/// - the syscall number is fixed: a `nr` that is not one of the parameters is evaluated in a
///   const context, which cannot read a parameter whatever its spelling (`r#n` and `n` are
///   the same name).
///
/// Every failed check is a compile error on the parameter's type that names the two ways
/// out: declare the function `unsafe fn` (and say in `# Safety` what its caller upholds), or,
/// for a `#[repr(C)]` plain-data struct of your own, `unsafe impl zcall::Plain for T {}`
/// (`Readable`, `SafeArg` for other types of yours).
///
/// What the types cannot see stays the declaration's promise, as with an `extern` block:
/// the syscall's number and semantics. In particular **the direction of a pointer**: the
/// kernel's prototypes do not say reliably whether it writes through one (`bind` takes a
/// non-`const` `struct sockaddr __user *` that it only reads), so a parameter the kernel
/// writes must be declared `&mut` — `ppoll` writes the time left back into its `timeout`,
/// so it is `Option<&mut Timespec>`, never `Option<&Timespec>`. Likewise a slice's length is
/// its number of elements, which the kernel reads in its own unit (bytes for `read`); a
/// safe declaration must not close or replace an fd it does not own, nor change memory
/// Rust knows about (`munmap`, `mmap` with `MAP_FIXED`, `madvise(MADV_DONTNEED)`), nor pass
/// a command whose meaning makes the kernel follow an integer argument as an address
/// (`ioctl`, `fcntl`, `prctl` take an `unsigned long` that is sometimes one).
///
/// # `short`
/// A `short` declaration passes fewer words than the kernel reads; the argument registers it
/// leaves out, up to the kernel's count on each target, are passed as 0 (one `xor`/`mov` of
/// an immediate each), never whatever the registers held: `openat` without a mode creates
/// files with mode 0.
///
/// # Return type
/// - `Result<T, Errno>`: the target's error convention decoded (Linux: a word in
///   `-4095..=-1`; PowerPC Linux (32- and 64-bit): `cr0.SO`; mips64 Linux: `$7`;
///   Darwin/FreeBSD: the carry flag), success
///   converted with [`FromWord`]: `()`, integers, raw pointers, `RawFd`, `OwnedFd` (std).
/// - a bare `usize` (or other integer): the kernel's word, undecoded — for calls that
///   cannot fail (`getpid`) or to look at the raw value; [`RawResult`] for all registers.
/// - `!`: the call never returns (`exit_group`); a trap instruction follows it.
/// - any type implementing [`SyscallReturn`].
///
/// # What it generates
/// The function keeps its name, visibility, attributes and docs, becomes
/// `#[inline(always)]`, and is `unsafe` exactly when declared so. Its body converts the
/// parameters, then invokes zcall's per-target macro once — once per group of targets that
/// pass the same words, where 64-bit parameters are split on 32-bit targets — whose
/// `asm!` block for the target being compiled for (linux x86_64 `syscall`, aarch64
/// `svc 0`, riscv64 `ecall`, loongarch64 `syscall 0`, x86/i686 `int 0x80`, arm `svc 0`,
/// powerpc and powerpc64 `sc`, mips64 `syscall`, macOS aarch64 `svc 0x80`, FreeBSD x86_64
/// `syscall`) names every register
/// the kernel reads or changes (on aarch64, a second block for `target_feature = "sve"`
/// also names P0–P15 and the vector registers, which a Linux syscall zeroes beyond their
/// low 128 bits; FFR, also zeroed, is reserved by the compiler). Registers `asm!` refuses
/// as operands are reached inside the block: i686's `esi` (through `xchg` with a scratch
/// register) and `ebp` (with `esi` and the number passed in memory and both saved on the
/// stack), Thumb's `r7` (the number moved in through a scratch register and restored).
/// PowerPC (32- and 64-bit) reports errors in `cr0.SO`, which the block reads with `mfcr`; its
/// [`RawResult`] keeps that flag and the positive errno, as on Darwin and FreeBSD. mips64
/// (n64) reports errors in `$7` (a3, which is also the fourth argument register) with the
/// positive errno in `$2`: the block takes `$7` as an output, and its `RawResult` keeps the
/// flag the same way; the template is wrapped in `.set noat` … `.set at`. Other
/// targets get a `compile_error!`. A safe declaration's body also names each parameter's
/// type in a call that checks it and compiles to nothing.
///
/// Stable `asm!` on PowerPC needs Rust 1.95 (rust-lang/rust#147996). mips64
/// (`mips64el-unknown-linux-gnuabi64`) needs a nightly compiler: the target is tier 3 (std
/// only through `-Zbuild-std`) and `asm!` there is behind `asm_experimental_arch`, which
/// zcall enables for itself and lets its stubs use in your crate
/// (`#[allow_internal_unstable]` on its per-target macro), so a crate declaring syscalls
/// needs no feature gate of its own. Every other target works with zcall's MSRV, 1.85.
///
/// # Rules, checked at compile time
/// No body, no generics other than lifetimes, no `async`/`const`/`extern`/variadics/`self`,
/// plain parameter names, a declared return type. A safe function passes the type checks
/// above, and may not take its number at run time (`nr = n`: safe code could then make any
/// syscall); declare those `unsafe fn`. A raw pointer or `NonNull<T>` spelled in a safe
/// declaration's parameter (`&[*mut u8]`, `Option<NonNull<u8>>`) is reported early, on its
/// tokens; the type checks catch it however it is spelled. Each violation is a compile error
/// on its tokens.
///
/// # `unsafe_code`
/// A declaration is a promise about the kernel's ABI, like an `extern` block: declaring a
/// syscall is writing unsafe code, safe `fn` or `unsafe fn`. The stub's `unsafe` blocks
/// are spanned on the declaration's `fn` token, so the `unsafe_code` lint sees them: in a
/// crate with `#![forbid(unsafe_code)]` or `#![deny(unsafe_code)]` a declaration is an
/// error ("usage of an `unsafe` block", at its `fn`), as a hand-written `asm!` would be.
/// Under `deny`, allow it on the declaration itself (attributes are kept on the function),
/// where a reviewer sees it:
///
/// ```
/// #![deny(unsafe_code)]
/// use zcall::{syscall, Errno};
///
/// #[allow(unsafe_code)]
/// #[syscall(nr = zcall::nr::GETPID)]
/// fn getpid() -> Result<u32, Errno>;
/// # fn main() { assert_eq!(getpid(), Ok(std::process::id())); }
/// ```
///
/// A crate that forbids `unsafe_code` cannot declare syscalls (`forbid` cannot be allowed
/// again); it can call zcall's wrappers, or declarations made in another crate.
///
/// ```compile_fail
/// #![forbid(unsafe_code)]
/// #[zcall::syscall(nr = zcall::nr::MUNMAP)]
/// fn oops(addr: usize, len: usize) -> Result<(), zcall::Errno>;
/// # fn main() {}
/// ```
///
/// # Argument count
/// Every supported target passes at most six words; declarations with more are rejected.
///
/// When `nr` names one of zcall's syscall constants, the declaration's word count is also
/// checked against that syscall's argument count in the kernel's own signature, on every
/// target: `write` takes 3, `mmap` 6, and `preadv2` 6 on 64-bit Linux because the offset is
/// split in two registers. More words than the kernel reads is an error; fewer is an error
/// unless the declaration says `short` (for short forms such as `openat` without a mode).
/// The error names the syscall, the target and both counts, and points at the parameter
/// list. A syscall whose kernel signature has more than six words (a few on macOS and
/// FreeBSD, such as `kevent64` or FreeBSD's `sendfile`) cannot be declared for that target,
/// `short` or not; the error says so, behind that target's `cfg`.
///
/// ```compile_fail
/// use zcall::{syscall, Errno};
/// // preadv2 is (fd, iov, iovcnt, pos_l, pos_h, flags): the offset in one word is wrong.
/// #[syscall(nr = zcall::nr::PREADV2)]
/// unsafe fn preadv2(fd: i32, iov: *const u8, n: i32, off: usize, flags: i32) -> Result<usize, Errno>;
/// ```
///
/// ```
/// # #[cfg(target_os = "linux")] {
/// use std::ffi::CStr;
/// use std::os::fd::OwnedFd;
/// use zcall::consts::{AT_FDCWD, O_CLOEXEC, O_RDONLY};
/// use zcall::{syscall, Errno};
///
/// /// openat without a mode: `short` says the missing last word is intended (it is passed
/// /// as 0). Safe: the path is a `&CStr`, the result a new fd the caller owns.
/// #[syscall(nr = zcall::nr::OPENAT, short)]
/// fn openat(dirfd: i32, path: &CStr, flags: i32) -> Result<OwnedFd, Errno>;
///
/// let fd = openat(AT_FDCWD, c"/dev/null", O_RDONLY | O_CLOEXEC)?;
/// drop(fd);
/// assert_eq!(openat(AT_FDCWD, c"/no/such/file", O_RDONLY).err(), Some(Errno::ENOENT));
/// # }
/// # Ok::<(), zcall::Errno>(())
/// ```
///
/// # Declaring your own: a checklist
/// - **The number and the argument order** are the kernel's for every target: declare with
///   `nr = zcall::nr::NAME` so the word count is checked against the kernel's prototype on
///   every target, and the parameter the kernel reads an address from gets a reference.
/// - **`&mut` for everything the kernel writes**, even where the C prototype has no `const`
///   on a pointer the kernel only reads, and the other way round: `ppoll` writes the time
///   left back into its timeout, so it is `Option<&mut Timespec>`.
/// - **Layouts that differ per arch**: `struct stat` (x86_64 vs the generic arches),
///   `struct epoll_event` (packed on x86_64 only), `struct sigaction`. Use zcall's
///   [`types`] where they exist; a `#[repr(C)]` struct of your own needs
///   `unsafe impl zcall::Plain for T {}` to be written by the kernel in a safe declaration,
///   and its layout checked on each target you build for.
/// - **zcall's types**: [`types`] (`Timespec`, `SockaddrStorage`, `Sigset`,
///   `SignalfdSiginfo`, `IoUringParams`, …), [`consts`] for the flags, [`fd`] and [`io`]
///   for fds and I/O slices.
/// - **Safety**: a safe declaration's types are checked (above); its semantics are your
///   promise. When a command or flag argument changes what the kernel does with memory
///   (`ioctl`, `fcntl`, `prctl`, `io_uring_register`), declare `unsafe fn`.
///
/// Which numbers are checked: the attribute runs before names are resolved, so it goes by
/// the path as written. It checks `nr` when that is a path whose last two segments are
/// `nr::NAME`, whatever comes before (`zcall::nr::WRITE`, `nr::WRITE` after `use zcall::nr`,
/// `z::nr::WRITE` for a renamed crate, `crate::nr::WRITE`), and `NAME` is a syscall in
/// zcall's tables for some target. It does not check literal numbers, constants of your
/// own (`const MY_NR: usize = …`, `my::WRITE`), a constant imported by name
/// (`use zcall::nr::WRITE;` then `nr = WRITE`), or a number chosen at run time. A module of
/// your own named `nr` is taken for zcall's: `nr = my::nr::WRITE` is checked against
/// zcall's `write`, so give such a module another name.
#[cfg(feature = "macros")]
pub use zcall_macros::syscall;

/// The README's examples, compiled and run as doctests.
// zcall/README.md is a symlink to the workspace's README.md; `cargo package` stores it as a
// file, so this path holds in the workspace and in the published crate.
// 64-bit targets only: the README declares mmap with a one-word byte offset (`nr::MMAP`),
// which 32-bit targets do not have; nor does s390x, whose `mmap` takes one pointer.
#[cfg(all(
    doctest,
    feature = "macros",
    target_os = "linux",
    target_pointer_width = "64",
    not(target_arch = "s390x")
))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

mod arch;
mod arg;
mod errno;
// The modules that hold declarations compile from their source with the `macros` feature
// (the attribute expands them), and otherwise from `expanded/`, their copies with every
// declaration expanded ahead of time by zcall-macros (a test keeps them current): a user who
// only calls zcall's wrappers builds no proc-macro crate.
#[cfg_attr(feature = "macros", path = "raw.rs")]
#[cfg_attr(not(feature = "macros"), path = "expanded/raw.rs")]
mod raw;
mod ret;

pub mod consts;
#[cfg_attr(feature = "macros", path = "fd.rs")]
#[cfg_attr(not(feature = "macros"), path = "expanded/fd.rs")]
pub mod fd;
pub mod io;
pub mod nr;
#[cfg_attr(feature = "macros", path = "sys/mod.rs")]
#[cfg_attr(not(feature = "macros"), path = "expanded/sys/mod.rs")]
pub mod sys;
pub mod types;
#[cfg(target_os = "linux")]
#[cfg_attr(feature = "macros", path = "vdso/mod.rs")]
#[cfg_attr(not(feature = "macros"), path = "expanded/vdso/mod.rs")]
pub mod vdso;

pub use arg::{
    Plain, Readable, SafeAddrArg, SafeArg, SafeSliceArg, SyscallArg, SyscallPairArg,
    SyscallSliceArg,
};
pub use errno::Errno;
pub use raw::*;
pub use ret::{FromWord, RawResult, SyscallReturn};
pub use sys::fs::*;
#[cfg(target_os = "linux")]
pub use sys::{epoll::*, netlink::*, poll::*};
#[cfg(target_os = "linux")]
pub use sys::{event::*, io_uring::*, timerfd::*};
pub use sys::{io::*, mem::*, pipe::*, process::*, socket::*};

/// What the code `#[syscall]` generates refers to. Not a public API.
#[doc(hidden)]
pub mod __private {
    /// A safe declaration's one-word parameter type: compiles to nothing.
    #[inline(always)]
    pub const fn safe_arg<T: crate::SafeArg>() {}
    /// A safe declaration's parameter where the kernel reads an address (besides
    /// `safe_arg`).
    #[inline(always)]
    pub const fn safe_addr_arg<T: crate::SafeAddrArg>() {}
    /// A safe declaration's slice parameter.
    #[inline(always)]
    pub const fn safe_slice_arg<T: crate::SafeSliceArg>() {}
    /// A 64-bit parameter in one word (64-bit targets).
    #[cfg(target_pointer_width = "64")]
    #[inline(always)]
    pub const fn whole(v: u64) -> usize {
        v as usize
    }
    /// The low half of a 64-bit parameter, as a word (32-bit targets).
    #[inline(always)]
    pub const fn lo(v: u64) -> usize {
        v as u32 as usize
    }
    /// The high half of a 64-bit parameter, as a word (32-bit targets).
    #[inline(always)]
    pub const fn hi(v: u64) -> usize {
        (v >> 32) as u32 as usize
    }
}
