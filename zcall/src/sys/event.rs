//! Event fds: eventfd2, signalfd4.
//!
//! Both are read (and an eventfd written) with [`read`](crate::read) and
//! [`write`](crate::write): an eventfd takes and gives 8-byte native-endian `u64`s, a
//! signalfd gives [`SignalfdSiginfo`](crate::types::SignalfdSiginfo) records of 128 bytes.

use crate::fd::{BorrowedFd, OwnedFd};
use crate::types::Sigset;
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
