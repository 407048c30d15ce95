//! Event fds: eventfd2, signalfd4, and their records: [`eventfd_read`],
//! [`eventfd_write`], [`signalfd_read`].
//!
//! An eventfd takes and gives 8-byte native-endian `u64`s, a signalfd gives
//! [`SignalfdSiginfo`] records of 128 bytes. The record readers and writers move whole
//! records with the kernel, typed, without `unsafe`; [`read`](crate::read) and
//! [`write`](crate::write) work too.

use crate::fd::{BorrowedFd, OwnedFd};
use crate::types::{SignalfdSiginfo, Sigset};
use crate::{nr, syscall, Errno};

/// eventfd2(2): a new eventfd whose counter starts at `initval`.
///
/// `flags`: `EFD_CLOEXEC`, `EFD_NONBLOCK`, `EFD_SEMAPHORE` (each read takes 1 from the
/// counter instead of all of it). An unknown flag is `EINVAL`.
///
/// A `write` of 8 bytes adds to the counter (`u64::MAX` is `EINVAL`; a write that would
/// overflow past `u64::MAX - 1` blocks or is `EAGAIN`); a `read` of at least 8 bytes
/// returns the counter and resets it (blocks, or `EAGAIN`, while it is zero); shorter
/// buffers are `EINVAL`.
#[syscall(crate = crate, nr = nr::EVENTFD2)]
pub fn eventfd2(initval: u32, flags: i32) -> Result<OwnedFd, Errno>;

// The kernel's signalfd4(ufd, user_mask, sizemask, flags) does two different things:
// with ufd == -1 it creates a new fd, otherwise it changes the mask of the signalfd `ufd`
// and returns that same number. One stub per meaning, so that only the first returns an
// `OwnedFd` (the second must not: dropping it would close the caller's fd).

#[syscall(crate = crate, nr = nr::SIGNALFD4)]
fn sys_signalfd4_new(
    ufd: i32,
    mask: &Sigset,
    sizemask: usize,
    flags: i32,
) -> Result<OwnedFd, Errno>;

#[syscall(crate = crate, nr = nr::SIGNALFD4)]
fn sys_signalfd4_update(
    ufd: BorrowedFd<'_>,
    mask: &Sigset,
    sizemask: usize,
    flags: i32,
) -> Result<i32, Errno>;

/// signalfd4(2) with `ufd == -1`: a new signalfd that accepts the signals in `mask`.
///
/// `flags`: `SFD_NONBLOCK`, `SFD_CLOEXEC`; anything else is `EINVAL`. `SIGKILL` and
/// `SIGSTOP` are silently dropped from the mask. The signals must also be blocked (see
/// `rt_sigprocmask`) in every thread that could otherwise take them, or they are
/// delivered the ordinary way instead of being queued for the fd.
#[inline(always)]
pub fn signalfd4(mask: &Sigset, flags: i32) -> Result<OwnedFd, Errno> {
    sys_signalfd4_new(-1, mask, Sigset::SIZE, flags)
}

/// signalfd4(2) on an existing signalfd: replaces its mask with `mask`.
///
/// The kernel checks `flags` (`SFD_NONBLOCK`, `SFD_CLOEXEC`, else `EINVAL`) but does not
/// apply them to an existing fd: change its status flags with `fcntl`. An fd that is not
/// a signalfd is `EINVAL`.
#[inline(always)]
pub fn signalfd4_update(fd: BorrowedFd<'_>, mask: &Sigset, flags: i32) -> Result<(), Errno> {
    sys_signalfd4_update(fd, mask, Sigset::SIZE, flags).map(|_| ())
}

/// Reads one 8-byte native-endian `u64` record from `fd` (an eventfd or a timerfd): the
/// whole answer of one read(2), or `EINVAL` for an fd that gives fewer bytes.
#[inline(always)]
pub(crate) fn read_u64_record(fd: BorrowedFd<'_>) -> Result<u64, Errno> {
    let mut buf = [0u8; 8];
    match crate::read(fd, &mut buf)? {
        8 => Ok(u64::from_ne_bytes(buf)),
        // Not an eventfd/timerfd (which answer 8 bytes or an error): the bytes are gone.
        _ => Err(Errno::EINVAL),
    }
}

/// Reads an eventfd's counter: the value, which the read resets to 0 (with
/// `EFD_SEMAPHORE`: 1, taken off the counter).
///
/// While the counter is 0 this blocks, or is `EAGAIN` on a non-blocking fd. An eventfd
/// answers a read with exactly 8 bytes or an error; an fd that gives fewer (not an eventfd:
/// a pipe holding 3 bytes, end of file) is `EINVAL`, and the bytes it gave are lost.
#[inline(always)]
pub fn eventfd_read(fd: BorrowedFd<'_>) -> Result<u64, Errno> {
    read_u64_record(fd)
}

/// Adds `value` to an eventfd's counter.
///
/// `u64::MAX` is `EINVAL`; a value that would take the counter past `u64::MAX - 1` blocks,
/// or is `EAGAIN` on a non-blocking fd. An eventfd takes all 8 bytes or none; an fd that
/// takes fewer (not an eventfd) is `EINVAL`, the bytes written staying written.
#[inline(always)]
pub fn eventfd_write(fd: BorrowedFd<'_>, value: u64) -> Result<(), Errno> {
    match crate::write(fd, &value.to_ne_bytes())? {
        8 => Ok(()),
        _ => Err(Errno::EINVAL),
    }
}

#[syscall(crate = crate, nr = nr::READ)]
unsafe fn sys_read_bytes(fd: BorrowedFd<'_>, buf: *mut u8, count: usize) -> Result<usize, Errno>;

/// Reads queued signals from a signalfd into `records` and returns how many records it
/// filled: at least 1 (a signalfd reads whole records only, as many as are queued and fit).
///
/// While none is queued this blocks, or is `EAGAIN` on a non-blocking fd. An empty
/// `records` is `EINVAL` (the kernel's answer to a buffer smaller than one record). An fd
/// that answers with a byte count that is not a whole number of records (not a signalfd)
/// is `EINVAL`; the bytes it gave are in `records` (any bytes are a valid
/// `SignalfdSiginfo`), the rest of the last record is lost.
#[inline(always)]
pub fn signalfd_read(fd: BorrowedFd<'_>, records: &mut [SignalfdSiginfo]) -> Result<usize, Errno> {
    const SIZE: usize = core::mem::size_of::<SignalfdSiginfo>();
    // SAFETY: the kernel writes at most `size_of_val(records)` bytes at the start of
    // `records`, an exclusive borrow live for the call; `SignalfdSiginfo` is plain data (any
    // bytes are a valid value, no padding, no address).
    let n = unsafe {
        sys_read_bytes(
            fd,
            records.as_mut_ptr().cast::<u8>(),
            core::mem::size_of_val(records),
        )
    }?;
    if n == 0 || n % SIZE != 0 {
        return Err(Errno::EINVAL);
    }
    Ok(n / SIZE)
}
