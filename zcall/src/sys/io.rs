//! Basic and vectored I/O: read, write, close, readv, writev, preadv, pwritev, and on
//! Linux preadv2, pwritev2.

use crate::fd::{BorrowedFd, IntoRawFd, OwnedFd, RawFd};
use crate::io::{IoSlice, IoSliceMut};
use crate::{nr, syscall, Errno};

#[syscall(crate = crate, nr = nr::READ)]
fn sys_read(fd: BorrowedFd<'_>, buf: &mut [u8]) -> Result<usize, Errno>;

#[syscall(crate = crate, nr = nr::WRITE)]
fn sys_write(fd: BorrowedFd<'_>, buf: &[u8]) -> Result<usize, Errno>;

/// read(2): reads up to `buf.len()` bytes; `Ok(0)` at end of file.
///
/// An empty `buf` returns `Ok(0)` without entering the kernel, as the reference design
/// does: so it reports no error for a bad fd and, on a datagram socket, leaves the next
/// datagram queued (read(2) with a zero length would consume it). Call
/// [`recvfrom`](crate::recvfrom) for that.
#[inline(always)]
pub fn read(fd: BorrowedFd<'_>, buf: &mut [u8]) -> Result<usize, Errno> {
    if buf.is_empty() {
        return Ok(0);
    }
    sys_read(fd, buf)
}

/// write(2): writes up to `buf.len()` bytes and returns how many were written.
///
/// An empty `buf` returns `Ok(0)` without entering the kernel, as the reference design
/// does: so it reports no error for a bad fd and sends no zero-length datagram on a
/// datagram socket ([`send`](crate::send) with an empty buffer does).
#[inline(always)]
pub fn write(fd: BorrowedFd<'_>, buf: &[u8]) -> Result<usize, Errno> {
    if buf.is_empty() {
        return Ok(0);
    }
    sys_write(fd, buf)
}

/// close(2) of a raw fd.
///
/// # Safety
///
/// The caller must own `fd` (no `OwnedFd` or other owner will close or use it later), and
/// nothing may use the number afterwards: it can be reused by the next open. Prefer
/// [`close_owned`], or dropping the `OwnedFd`.
#[syscall(crate = crate, nr = nr::CLOSE)]
pub unsafe fn close(fd: RawFd) -> Result<(), Errno>;

/// close(2) of an owned fd, reporting the kernel's answer (dropping an `OwnedFd` discards
/// it). On Linux and FreeBSD the fd is released even when an error (`EINTR`, `EIO`) is
/// returned: do not retry. (Darwin's `close` returns `EINTR` without closing only when the
/// thread has a pending pthread cancellation; the fd then leaks, it is never double-used.)
#[inline(always)]
pub fn close_owned(fd: OwnedFd) -> Result<(), Errno> {
    // SAFETY: `into_raw_fd` transfers ownership to us and nothing else holds the number.
    unsafe { close(fd.into_raw_fd()) }
}

// The kernel reads the `iovec` array and writes into the buffers it points to, never into
// the array: a shared borrow of the `IoSliceMut`s (not `Plain`: the kernel writing raw bytes
// into them would make dangling slices) is what the declaration hands over. The buffers
// themselves are exclusively borrowed by the `IoSliceMut`s.
#[syscall(crate = crate, nr = nr::READV)]
fn sys_readv(fd: BorrowedFd<'_>, bufs: &[IoSliceMut<'_>]) -> Result<usize, Errno>;

/// readv(2): scatters into `bufs`, in order; returns the bytes read.
#[inline(always)]
pub fn readv(fd: BorrowedFd<'_>, bufs: &mut [IoSliceMut<'_>]) -> Result<usize, Errno> {
    sys_readv(fd, bufs)
}

/// writev(2): gathers from `bufs`, in order; returns the bytes written.
#[syscall(crate = crate, nr = nr::WRITEV)]
pub fn writev(fd: BorrowedFd<'_>, bufs: &[IoSlice<'_>]) -> Result<usize, Errno>;

// Linux passes the offset split in two words (`pos_l`, `pos_h`); on 64-bit kernels
// `pos_l` carries all of it and `pos_h` is shifted out, but we pass the real high half
// like the C library does, so the call is right on any kernel that combines them.
#[cfg(target_os = "linux")]
mod linux {
    use super::*;

    // The iovec array is read, the buffers written (see `sys_readv`).
    #[syscall(crate = crate, nr = nr::PREADV)]
    pub(super) fn preadv(
        fd: BorrowedFd<'_>,
        bufs: &[IoSliceMut<'_>],
        pos_l: usize,
        pos_h: usize,
    ) -> Result<usize, Errno>;

    #[syscall(crate = crate, nr = nr::PWRITEV)]
    pub(super) fn pwritev(
        fd: BorrowedFd<'_>,
        bufs: &[IoSlice<'_>],
        pos_l: usize,
        pos_h: usize,
    ) -> Result<usize, Errno>;

    #[syscall(crate = crate, nr = nr::PREADV2)]
    pub(super) fn preadv2(
        fd: BorrowedFd<'_>,
        bufs: &[IoSliceMut<'_>],
        pos_l: usize,
        pos_h: usize,
        flags: i32,
    ) -> Result<usize, Errno>;

    #[syscall(crate = crate, nr = nr::PWRITEV2)]
    pub(super) fn pwritev2(
        fd: BorrowedFd<'_>,
        bufs: &[IoSlice<'_>],
        pos_l: usize,
        pos_h: usize,
        flags: i32,
    ) -> Result<usize, Errno>;

    /// `(pos_l, pos_h)` of a 64-bit offset.
    #[inline(always)]
    pub(super) const fn split(offset: i64) -> (usize, usize) {
        (offset as usize, ((offset as u64) >> 32) as usize)
    }
}

/// preadv(2): like [`readv`] at `offset`, without moving the file position.
/// A negative offset is `EINVAL`.
#[cfg(target_os = "linux")]
#[inline(always)]
pub fn preadv(
    fd: BorrowedFd<'_>,
    bufs: &mut [IoSliceMut<'_>],
    offset: i64,
) -> Result<usize, Errno> {
    let (lo, hi) = linux::split(offset);
    linux::preadv(fd, bufs, lo, hi)
}

/// pwritev(2): like [`writev`] at `offset`, without moving the file position.
/// A negative offset is `EINVAL`.
#[cfg(target_os = "linux")]
#[inline(always)]
pub fn pwritev(fd: BorrowedFd<'_>, bufs: &[IoSlice<'_>], offset: i64) -> Result<usize, Errno> {
    let (lo, hi) = linux::split(offset);
    linux::pwritev(fd, bufs, lo, hi)
}

/// preadv2(2): [`preadv`] with `RWF_*` flags; `offset == -1` reads at (and advances) the
/// file position, any other negative offset is `EINVAL`. An unknown flag is `EOPNOTSUPP`;
/// `RWF_NOWAIT` on a file that does not support it is `EOPNOTSUPP`, and `EAGAIN` when the
/// data is not ready.
#[cfg(target_os = "linux")]
#[inline(always)]
pub fn preadv2(
    fd: BorrowedFd<'_>,
    bufs: &mut [IoSliceMut<'_>],
    offset: i64,
    flags: i32,
) -> Result<usize, Errno> {
    let (lo, hi) = linux::split(offset);
    linux::preadv2(fd, bufs, lo, hi, flags)
}

/// pwritev2(2): [`pwritev`] with `RWF_*` flags; `offset == -1` writes at (and advances)
/// the file position, any other negative offset is `EINVAL`. With `RWF_APPEND` the data goes
/// to the end of the file whatever `offset` says (and a non-negative `offset` still leaves
/// the file position alone). An unknown flag is `EOPNOTSUPP`.
#[cfg(target_os = "linux")]
#[inline(always)]
pub fn pwritev2(
    fd: BorrowedFd<'_>,
    bufs: &[IoSlice<'_>],
    offset: i64,
    flags: i32,
) -> Result<usize, Errno> {
    let (lo, hi) = linux::split(offset);
    linux::pwritev2(fd, bufs, lo, hi, flags)
}

#[cfg(not(target_os = "linux"))]
#[syscall(crate = crate, nr = nr::PREADV)]
fn sys_preadv(fd: BorrowedFd<'_>, bufs: &[IoSliceMut<'_>], offset: i64) -> Result<usize, Errno>;

/// preadv(2): like [`readv`] at `offset`, without moving the file position.
#[cfg(not(target_os = "linux"))]
#[inline(always)]
pub fn preadv(
    fd: BorrowedFd<'_>,
    bufs: &mut [IoSliceMut<'_>],
    offset: i64,
) -> Result<usize, Errno> {
    sys_preadv(fd, bufs, offset)
}

/// pwritev(2): like [`writev`] at `offset`, without moving the file position.
#[cfg(not(target_os = "linux"))]
#[syscall(crate = crate, nr = nr::PWRITEV)]
pub fn pwritev(fd: BorrowedFd<'_>, bufs: &[IoSlice<'_>], offset: i64) -> Result<usize, Errno>;
