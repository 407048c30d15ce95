//! Timer fds: timerfd_create, timerfd_settime, timerfd_gettime.
//!
//! A timerfd is read with [`timerfd_read`]: the number of expirations since the last read
//! (an 8-byte native-endian `u64` record, which [`read`](crate::read) also returns).
//!
//! On 32-bit targets the settime/gettime calls are `timerfd_settime64`/`timerfd_gettime64`
//! (Linux 5.1), whose `struct __kernel_itimerspec` keeps 64-bit seconds as [`Itimerspec`]
//! does; the plain ones there take a 32-bit `time_t`.

use crate::fd::{BorrowedFd, OwnedFd};
use crate::types::Itimerspec;
use crate::{nr, syscall, Errno};

/// timerfd_create(2): a new timer fd on clock `clockid` (`CLOCK_MONOTONIC`,
/// `CLOCK_REALTIME`, `CLOCK_BOOTTIME`, …), disarmed.
///
/// `flags`: `TFD_NONBLOCK`, `TFD_CLOEXEC`. An unknown clock or flag is `EINVAL`.
#[syscall(crate = crate, nr = nr::TIMERFD_CREATE)]
pub fn timerfd_create(clockid: i32, flags: i32) -> Result<OwnedFd, Errno>;

/// timerfd_settime(2): arms (or, with a zero `new.it_value`, disarms) the timer.
///
/// `new.it_value` is the first expiration (relative, or absolute with
/// `TFD_TIMER_ABSTIME`), `new.it_interval` the period (zero: one-shot). With `old`, the
/// previous setting is written there, as [`timerfd_gettime`] would have reported it.
/// A `tv_nsec` outside `0..1_000_000_000` is `EINVAL`; an fd that is not a timerfd is
/// `EINVAL`.
#[cfg(target_pointer_width = "64")]
#[syscall(crate = crate, nr = nr::TIMERFD_SETTIME)]
pub fn timerfd_settime(
    fd: BorrowedFd<'_>,
    flags: i32,
    new: &Itimerspec,
    old: Option<&mut Itimerspec>,
) -> Result<(), Errno>;

/// timerfd_settime(2): arms (or, with a zero `new.it_value`, disarms) the timer.
///
/// `new.it_value` is the first expiration (relative, or absolute with
/// `TFD_TIMER_ABSTIME`), `new.it_interval` the period (zero: one-shot). With `old`, the
/// previous setting is written there, as [`timerfd_gettime`] would have reported it.
/// A `tv_nsec` outside `0..1_000_000_000` is `EINVAL`; an fd that is not a timerfd is
/// `EINVAL`.
#[cfg(target_pointer_width = "32")]
#[syscall(crate = crate, nr = nr::TIMERFD_SETTIME64)]
pub fn timerfd_settime(
    fd: BorrowedFd<'_>,
    flags: i32,
    new: &Itimerspec,
    old: Option<&mut Itimerspec>,
) -> Result<(), Errno>;

/// timerfd_gettime(2): writes the timer's period and the time left until its next
/// expiration (always relative; zero when disarmed) into `curr`.
///
/// An fd that is not a timerfd is `EINVAL`.
#[cfg(target_pointer_width = "64")]
#[syscall(crate = crate, nr = nr::TIMERFD_GETTIME)]
pub fn timerfd_gettime(fd: BorrowedFd<'_>, curr: &mut Itimerspec) -> Result<(), Errno>;

/// timerfd_gettime(2): writes the timer's period and the time left until its next
/// expiration (always relative; zero when disarmed) into `curr`.
///
/// An fd that is not a timerfd is `EINVAL`.
#[cfg(target_pointer_width = "32")]
#[syscall(crate = crate, nr = nr::TIMERFD_GETTIME64)]
pub fn timerfd_gettime(fd: BorrowedFd<'_>, curr: &mut Itimerspec) -> Result<(), Errno>;

/// Reads a timerfd: the number of expirations since the timer was set or last read (at
/// least 1), which the read resets to 0.
///
/// Before the first expiration this blocks, or is `EAGAIN` on a non-blocking fd;
/// `ECANCELED` for a `TFD_TIMER_CANCEL_ON_SET` timer whose clock was set. A timerfd answers
/// with exactly 8 bytes or an error; an fd that gives fewer (not a timerfd) is `EINVAL`,
/// and the bytes it gave are lost.
#[inline(always)]
pub fn timerfd_read(fd: BorrowedFd<'_>) -> Result<u64, Errno> {
    crate::sys::event::read_u64_record(fd)
}
