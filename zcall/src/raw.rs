//! The raw primitives: a syscall by number with 0 to 6 word arguments.
//!
//! They are declared with the attribute like everything else, with the number taken from
//! their first parameter. `syscallN` decodes the target's error convention; `syscallN_raw`
//! returns the [`RawResult`] untouched. (Written out one by one, not by a `macro_rules!`:
//! zcall's declarations are expanded ahead of time from their source text.)

use crate::{syscall, Errno, RawResult};

/// Syscall `nr` with 0 argument words; errors decoded.
///
/// # Safety
///
/// The arguments must be valid for syscall `nr` on this target: every pointer the kernel
/// will read or write must be valid for that access and length, every fd the call consumes
/// must be owned by the caller, and the call must not break an invariant Rust relies on
/// (unmapping memory still borrowed, say).
#[syscall(crate = crate, nr = nr)]
pub unsafe fn syscall0(nr: usize) -> Result<usize, Errno>;

/// Syscall `nr` with 0 argument words; the result registers untouched.
///
/// # Safety
///
/// As for [`syscall0`].
#[syscall(crate = crate, nr = nr)]
pub unsafe fn syscall0_raw(nr: usize) -> RawResult;

/// Syscall `nr` with 1 argument words; errors decoded.
///
/// # Safety
///
/// The arguments must be valid for syscall `nr` on this target: every pointer the kernel
/// will read or write must be valid for that access and length, every fd the call consumes
/// must be owned by the caller, and the call must not break an invariant Rust relies on
/// (unmapping memory still borrowed, say).
#[syscall(crate = crate, nr = nr)]
pub unsafe fn syscall1(nr: usize, a1: usize) -> Result<usize, Errno>;

/// Syscall `nr` with 1 argument words; the result registers untouched.
///
/// # Safety
///
/// As for [`syscall1`].
#[syscall(crate = crate, nr = nr)]
pub unsafe fn syscall1_raw(nr: usize, a1: usize) -> RawResult;

/// Syscall `nr` with 2 argument words; errors decoded.
///
/// # Safety
///
/// The arguments must be valid for syscall `nr` on this target: every pointer the kernel
/// will read or write must be valid for that access and length, every fd the call consumes
/// must be owned by the caller, and the call must not break an invariant Rust relies on
/// (unmapping memory still borrowed, say).
#[syscall(crate = crate, nr = nr)]
pub unsafe fn syscall2(nr: usize, a1: usize, a2: usize) -> Result<usize, Errno>;

/// Syscall `nr` with 2 argument words; the result registers untouched.
///
/// # Safety
///
/// As for [`syscall2`].
#[syscall(crate = crate, nr = nr)]
pub unsafe fn syscall2_raw(nr: usize, a1: usize, a2: usize) -> RawResult;

/// Syscall `nr` with 3 argument words; errors decoded.
///
/// # Safety
///
/// The arguments must be valid for syscall `nr` on this target: every pointer the kernel
/// will read or write must be valid for that access and length, every fd the call consumes
/// must be owned by the caller, and the call must not break an invariant Rust relies on
/// (unmapping memory still borrowed, say).
#[syscall(crate = crate, nr = nr)]
pub unsafe fn syscall3(nr: usize, a1: usize, a2: usize, a3: usize) -> Result<usize, Errno>;

/// Syscall `nr` with 3 argument words; the result registers untouched.
///
/// # Safety
///
/// As for [`syscall3`].
#[syscall(crate = crate, nr = nr)]
pub unsafe fn syscall3_raw(nr: usize, a1: usize, a2: usize, a3: usize) -> RawResult;

/// Syscall `nr` with 4 argument words; errors decoded.
///
/// # Safety
///
/// The arguments must be valid for syscall `nr` on this target: every pointer the kernel
/// will read or write must be valid for that access and length, every fd the call consumes
/// must be owned by the caller, and the call must not break an invariant Rust relies on
/// (unmapping memory still borrowed, say).
#[syscall(crate = crate, nr = nr)]
pub unsafe fn syscall4(
    nr: usize,
    a1: usize,
    a2: usize,
    a3: usize,
    a4: usize,
) -> Result<usize, Errno>;

/// Syscall `nr` with 4 argument words; the result registers untouched.
///
/// # Safety
///
/// As for [`syscall4`].
#[syscall(crate = crate, nr = nr)]
pub unsafe fn syscall4_raw(nr: usize, a1: usize, a2: usize, a3: usize, a4: usize) -> RawResult;

/// Syscall `nr` with 5 argument words; errors decoded.
///
/// # Safety
///
/// The arguments must be valid for syscall `nr` on this target: every pointer the kernel
/// will read or write must be valid for that access and length, every fd the call consumes
/// must be owned by the caller, and the call must not break an invariant Rust relies on
/// (unmapping memory still borrowed, say).
#[syscall(crate = crate, nr = nr)]
pub unsafe fn syscall5(
    nr: usize,
    a1: usize,
    a2: usize,
    a3: usize,
    a4: usize,
    a5: usize,
) -> Result<usize, Errno>;

/// Syscall `nr` with 5 argument words; the result registers untouched.
///
/// # Safety
///
/// As for [`syscall5`].
#[syscall(crate = crate, nr = nr)]
pub unsafe fn syscall5_raw(
    nr: usize,
    a1: usize,
    a2: usize,
    a3: usize,
    a4: usize,
    a5: usize,
) -> RawResult;

/// Syscall `nr` with 6 argument words; errors decoded.
///
/// # Safety
///
/// The arguments must be valid for syscall `nr` on this target: every pointer the kernel
/// will read or write must be valid for that access and length, every fd the call consumes
/// must be owned by the caller, and the call must not break an invariant Rust relies on
/// (unmapping memory still borrowed, say).
#[syscall(crate = crate, nr = nr)]
pub unsafe fn syscall6(
    nr: usize,
    a1: usize,
    a2: usize,
    a3: usize,
    a4: usize,
    a5: usize,
    a6: usize,
) -> Result<usize, Errno>;

/// Syscall `nr` with 6 argument words; the result registers untouched.
///
/// # Safety
///
/// As for [`syscall6`].
#[syscall(crate = crate, nr = nr)]
pub unsafe fn syscall6_raw(
    nr: usize,
    a1: usize,
    a2: usize,
    a3: usize,
    a4: usize,
    a5: usize,
    a6: usize,
) -> RawResult;
