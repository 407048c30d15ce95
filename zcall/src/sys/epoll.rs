//! epoll: epoll_create1, epoll_ctl, epoll_pwait, epoll_pwait2 (Linux).
//!
//! ```
//! use std::os::fd::AsFd;
//! use zcall::consts::{EFD_CLOEXEC, EPOLLIN, EPOLL_CLOEXEC};
//! use zcall::types::EpollEvent;
//!
//! let ep = zcall::epoll_create1(EPOLL_CLOEXEC)?;
//! let efd = zcall::eventfd2(0, EFD_CLOEXEC)?;
//! // The data (here 7) is a number of the caller's, returned with every event of this fd.
//! zcall::epoll_ctl_add(ep.as_fd(), efd.as_fd(), EpollEvent::new(EPOLLIN, 7))?;
//! zcall::eventfd_write(efd.as_fd(), 1)?;
//! let mut events = [EpollEvent::default(); 8];
//! let n = zcall::epoll_wait(ep.as_fd(), &mut events, -1)?;
//! assert_eq!(n, 1);
//! assert_eq!((events[0].events(), events[0].data()), (EPOLLIN, 7));
//! # Ok::<(), zcall::Errno>(())
//! ```
//!
//! Every call is safe: an event's `data` is a `u64` the kernel stores and hands back, never
//! an address it follows, and the registered fd is only borrowed for the call (the
//! registration lives on in the kernel until the fd's open file is closed or it is deleted,
//! but it refers to the kernel's file, not to the fd number, and closing the fd cannot make
//! memory unsafe). [`EpollEvent`] has the kernel's layout on each arch: packed on x86_64
//! only (`EPOLL_PACKED` in `include/uapi/linux/eventpoll.h`).

use crate::fd::{BorrowedFd, OwnedFd};
use crate::types::{EpollEvent, Sigset, Timespec};
use crate::{nr, syscall, Errno};

/// epoll_create1(2): a new epoll instance.
///
/// `flags`: `EPOLL_CLOEXEC`, or 0; anything else is `EINVAL`.
#[syscall(crate = crate, nr = nr::EPOLL_CREATE1)]
pub fn epoll_create1(flags: i32) -> Result<OwnedFd, Errno>;

/// epoll_ctl(2): adds (`EPOLL_CTL_ADD`), changes (`EPOLL_CTL_MOD`) or removes
/// (`EPOLL_CTL_DEL`) the registration of `fd` in the epoll instance `epfd`.
///
/// `event` (events and data) is read for ADD and MOD, where `None` is `EFAULT`; DEL ignores
/// it. Errors: `EEXIST` (ADD of an fd already there), `ENOENT` (MOD or DEL of an fd not
/// there), `EPERM` (an fd that cannot be polled, e.g. a regular file), `EINVAL` (`epfd`
/// not an epoll fd, `fd == epfd`, an unknown `op`, `EPOLLEXCLUSIVE` with MOD), `ELOOP`,
/// `EBADF`, `ENOMEM`, `ENOSPC` (`max_user_watches`).
#[syscall(crate = crate, nr = nr::EPOLL_CTL)]
pub fn epoll_ctl(
    epfd: BorrowedFd<'_>,
    op: i32,
    fd: BorrowedFd<'_>,
    event: Option<&EpollEvent>,
) -> Result<(), Errno>;

/// [`epoll_ctl`] with `EPOLL_CTL_ADD`: registers `fd` for `event.events`, to be reported
/// with `event.data`.
#[inline(always)]
pub fn epoll_ctl_add(
    epfd: BorrowedFd<'_>,
    fd: BorrowedFd<'_>,
    event: EpollEvent,
) -> Result<(), Errno> {
    epoll_ctl(epfd, crate::consts::EPOLL_CTL_ADD, fd, Some(&event))
}

/// [`epoll_ctl`] with `EPOLL_CTL_MOD`: replaces the events and data of `fd`'s registration
/// (and re-arms an `EPOLLONESHOT` one).
#[inline(always)]
pub fn epoll_ctl_mod(
    epfd: BorrowedFd<'_>,
    fd: BorrowedFd<'_>,
    event: EpollEvent,
) -> Result<(), Errno> {
    epoll_ctl(epfd, crate::consts::EPOLL_CTL_MOD, fd, Some(&event))
}

/// [`epoll_ctl`] with `EPOLL_CTL_DEL`: removes `fd`'s registration.
#[inline(always)]
pub fn epoll_ctl_del(epfd: BorrowedFd<'_>, fd: BorrowedFd<'_>) -> Result<(), Errno> {
    epoll_ctl(epfd, crate::consts::EPOLL_CTL_DEL, fd, None)
}

// `maxevents` is an `int`: the slice's length in elements, truncated to 32 bits by the
// kernel's argument type, is never more than the slice holds (a value above `i32::MAX` reads
// as negative and is EINVAL), so the kernel writes inside `events`.
#[syscall(crate = crate, nr = nr::EPOLL_PWAIT)]
fn sys_epoll_pwait(
    epfd: BorrowedFd<'_>,
    events: &mut [EpollEvent],
    timeout: i32,
    sigmask: Option<&Sigset>,
    sigsetsize: usize,
) -> Result<usize, Errno>;

/// epoll_pwait(2): waits until an fd registered in `epfd` is ready, `timeout` milliseconds
/// pass (`-1`: no limit, `0`: do not wait) or a signal handler runs; fills the start of
/// `events` and returns how many it filled (0 on timeout).
///
/// With `Some(mask)` the thread's signal mask is `mask` for the duration of the wait (set
/// and restored atomically with it), so a signal blocked elsewhere can interrupt only the
/// wait: `Err(EINTR)` after its handler ran. `None` leaves the mask alone (epoll_wait).
///
/// An empty `events` is `EINVAL`, as is a length above the kernel's `EP_MAX_EVENTS`
/// (`INT_MAX / size_of::<EpollEvent>()`). Errors: `EBADF`, `EINVAL` (not an epoll fd),
/// `EINTR`.
#[inline(always)]
pub fn epoll_pwait(
    epfd: BorrowedFd<'_>,
    events: &mut [EpollEvent],
    timeout: i32,
    sigmask: Option<&Sigset>,
) -> Result<usize, Errno> {
    sys_epoll_pwait(epfd, events, timeout, sigmask, Sigset::SIZE)
}

/// epoll_wait(2) as [`epoll_pwait`] without a signal mask (aarch64, riscv64 and loongarch64
/// have no `epoll_wait` syscall; this is what their C libraries call too).
#[inline(always)]
pub fn epoll_wait(
    epfd: BorrowedFd<'_>,
    events: &mut [EpollEvent],
    timeout: i32,
) -> Result<usize, Errno> {
    sys_epoll_pwait(epfd, events, timeout, None, Sigset::SIZE)
}

#[syscall(crate = crate, nr = nr::EPOLL_PWAIT2)]
fn sys_epoll_pwait2(
    epfd: BorrowedFd<'_>,
    events: &mut [EpollEvent],
    timeout: Option<&Timespec>,
    sigmask: Option<&Sigset>,
    sigsetsize: usize,
) -> Result<usize, Errno>;

/// epoll_pwait2(2) (Linux 5.11): [`epoll_pwait`] with a nanosecond `timeout` (`None`: no
/// limit). The kernel reads the timeout and does not write the time left back.
///
/// A `tv_nsec` outside `0..1_000_000_000` or a negative time is `EINVAL`; `ENOSYS` before
/// Linux 5.11 (and under qemu-user 7.2).
#[inline(always)]
pub fn epoll_pwait2(
    epfd: BorrowedFd<'_>,
    events: &mut [EpollEvent],
    timeout: Option<&Timespec>,
    sigmask: Option<&Sigset>,
) -> Result<usize, Errno> {
    sys_epoll_pwait2(epfd, events, timeout, sigmask, Sigset::SIZE)
}
