//! Functions that `bench/tests/codegen.rs` builds in release mode and disassembles: each
//! `zcg_*` function calls one zcall wrapper or primitive, and the test asserts that its
//! machine code holds the trap instruction (`syscall`, `int $0x80`, `svc 0`, `sc`) itself
//! and calls no function — the attribute's stub really was inlined. `zcg_control_*` are negative controls that the
//! checker must reject.
//!
//! Everything here exists on linux x86_64, and on the 32-bit Linux targets the test can
//! build for with `ZCALL_CODEGEN_TARGET` (i686, arm, powerpc), and on powerpc64le; elsewhere
//! the crate is empty.
#![cfg(all(
    target_os = "linux",
    any(
        target_arch = "x86_64",
        target_arch = "x86",
        target_arch = "arm",
        target_arch = "powerpc",
        all(target_arch = "powerpc64", target_endian = "little")
    )
))]

use std::io::IoSliceMut;
use std::os::fd::{BorrowedFd, OwnedFd, RawFd};
use zcall::Errno;

/// read(2) through `zcall::read` (with its empty-buffer check).
#[no_mangle]
pub fn zcg_read(fd: BorrowedFd<'_>, buf: &mut [u8]) -> Result<usize, Errno> {
    zcall::read(fd, buf)
}

/// write(2) through `zcall::write`.
#[no_mangle]
pub fn zcg_write(fd: BorrowedFd<'_>, buf: &[u8]) -> Result<usize, Errno> {
    zcall::write(fd, buf)
}

/// getpid(2): no error decode at all.
#[no_mangle]
pub fn zcg_getpid() -> u32 {
    zcall::getpid()
}

/// close(2) of a raw fd: `Result<(), Errno>`.
///
/// # Safety
///
/// As for `zcall::close`.
#[no_mangle]
pub unsafe fn zcg_close(fd: RawFd) -> Result<(), Errno> {
    // SAFETY: forwarded to the caller.
    unsafe { zcall::close(fd) }
}

/// close(2) of an owned fd.
#[no_mangle]
pub fn zcg_close_owned(fd: OwnedFd) -> Result<(), Errno> {
    zcall::close_owned(fd)
}

/// socket(2): a call that returns a new `OwnedFd`.
#[no_mangle]
pub fn zcg_socket(domain: i32, ty: i32, protocol: i32) -> Result<OwnedFd, Errno> {
    zcall::socket(domain, ty, protocol)
}

/// The 6-word primitive with the number known only at run time.
///
/// # Safety
///
/// As for `zcall::syscall6`.
#[no_mangle]
pub unsafe fn zcg_syscall6(
    nr: usize,
    a: usize,
    b: usize,
    c: usize,
    d: usize,
    e: usize,
    f: usize,
) -> Result<usize, Errno> {
    // SAFETY: forwarded to the caller.
    unsafe { zcall::syscall6(nr, a, b, c, d, e, f) }
}

/// A 6-word wrapper with a `BorrowedFd` and a raw pointer.
///
/// # Safety
///
/// As for io_uring_enter.
#[no_mangle]
pub unsafe fn zcg_io_uring_enter(fd: BorrowedFd<'_>, to_submit: u32) -> Result<u32, Errno> {
    // SAFETY: forwarded to the caller.
    unsafe { zcall::io_uring_enter(fd, to_submit, 0, 0, std::ptr::null(), 0) }
}

/// The error path used for real: `Errno` matched after the decode.
#[no_mangle]
pub fn zcg_write_errno_match(fd: BorrowedFd<'_>, buf: &[u8]) -> i64 {
    match zcall::write(fd, buf) {
        Ok(n) => n as i64,
        Err(Errno::EAGAIN) => -1,
        Err(Errno::EINTR) => -2,
        Err(e) => -1000 - e.raw() as i64,
    }
}

/// readv(2): a slice of `IoSliceMut` as two words.
#[no_mangle]
pub fn zcg_readv(fd: BorrowedFd<'_>, bufs: &mut [IoSliceMut<'_>]) -> Result<usize, Errno> {
    zcall::readv(fd, bufs)
}

/// preadv2(2): the offset split into two words (on every target), 6 words in all.
#[no_mangle]
pub fn zcg_preadv2(
    fd: BorrowedFd<'_>,
    bufs: &mut [IoSliceMut<'_>],
    offset: i64,
    flags: i32,
) -> Result<usize, Errno> {
    zcall::preadv2(fd, bufs, offset, flags)
}

/// openat(2): a `&CStr` path, the directory as `Option<BorrowedFd>` (`None`: AT_FDCWD), a
/// new `OwnedFd`.
#[no_mangle]
pub fn zcg_openat(
    dirfd: Option<BorrowedFd<'_>>,
    path: &std::ffi::CStr,
    flags: i32,
) -> Result<OwnedFd, Errno> {
    zcall::openat(dirfd, path, flags, 0o644)
}

/// fstat(2): the kernel fills the caller's 144-byte `Stat` (on 32-bit: statx, converted).
#[no_mangle]
pub fn zcg_fstat(fd: BorrowedFd<'_>, st: &mut zcall::types::Stat) -> Result<(), Errno> {
    zcall::fstat(fd, st)
}

/// fcntl(2) through a typed form (F_GETFL).
#[no_mangle]
pub fn zcg_fcntl_getfl(fd: BorrowedFd<'_>) -> Result<i32, Errno> {
    zcall::fcntl_getfl(fd)
}

/// pread64(2): a slice and a 64-bit offset, 4 words (5 on i686, 6 on arm and powerpc).
#[no_mangle]
pub fn zcg_pread(fd: BorrowedFd<'_>, buf: &mut [u8], offset: i64) -> Result<usize, Errno> {
    zcall::pread(fd, buf, offset)
}

/// A helper that is not inlined: the shape the checker must reject.
#[inline(never)]
fn outlined_getpid() -> u32 {
    zcall::getpid()
}

/// Negative control: a syscall inline, and a `call` to a helper. The test asserts
/// that the checker rejects it, so the checker is known to be able to fail.
#[no_mangle]
pub fn zcg_control_outlined(fd: BorrowedFd<'_>, buf: &[u8]) -> (Result<usize, Errno>, u32) {
    let w = zcall::write(fd, buf);
    (w, std::hint::black_box(outlined_getpid()))
}

/// epoll_pwait(2): a slice of `EpollEvent` (packed on x86_64), a timeout and a signal mask,
/// six words in all.
#[no_mangle]
pub fn zcg_epoll_pwait(
    epfd: BorrowedFd<'_>,
    events: &mut [zcall::types::EpollEvent],
    timeout: i32,
    sigmask: Option<&zcall::types::Sigset>,
) -> Result<usize, Errno> {
    zcall::epoll_pwait(epfd, events, timeout, sigmask)
}

/// epoll_ctl(2) with EPOLL_CTL_ADD: the event passed by reference.
#[no_mangle]
pub fn zcg_epoll_ctl_add(
    epfd: BorrowedFd<'_>,
    fd: BorrowedFd<'_>,
    event: zcall::types::EpollEvent,
) -> Result<(), Errno> {
    zcall::epoll_ctl_add(epfd, fd, event)
}

/// ppoll(2): a slice of `PollFd`, the timeout written back, no signal mask.
#[no_mangle]
pub fn zcg_ppoll(
    fds: &mut [zcall::types::PollFd],
    timeout: Option<&mut zcall::types::Timespec>,
) -> Result<usize, Errno> {
    zcall::ppoll(fds, timeout, None)
}
