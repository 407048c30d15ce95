//! poll: ppoll, and poll where the arch has the syscall (x86_64) (Linux).
//!
//! ```
//! use std::os::fd::AsFd;
//! use zcall::consts::{O_CLOEXEC, POLLIN};
//! use zcall::types::{PollFd, Timespec};
//!
//! let (r, w) = zcall::pipe2(O_CLOEXEC)?;
//! zcall::write(w.as_fd(), b"x")?;
//! let mut fds = [PollFd::new(r.as_fd(), POLLIN)];
//! let mut timeout = Timespec::new(1, 0);
//! assert_eq!(zcall::ppoll(&mut fds, Some(&mut timeout), None)?, 1);
//! assert_eq!(fds[0].revents, POLLIN);
//! # Ok::<(), zcall::Errno>(())
//! ```

use crate::types::{PollFd, Sigset, Timespec};
use crate::{nr, syscall, Errno};

// `nfds` is an `unsigned int`: the slice's length truncated to 32 bits by the kernel's
// argument type is never more than the slice holds, so the kernel reads and writes inside
// `fds` (it copies in `nfds` entries and writes back only their `revents`).
#[cfg(target_pointer_width = "64")]
#[syscall(crate = crate, nr = nr::PPOLL)]
fn sys_ppoll(
    fds: &mut [PollFd],
    timeout: Option<&mut Timespec>,
    sigmask: Option<&Sigset>,
    sigsetsize: usize,
) -> Result<usize, Errno>;

// 32-bit targets: `ppoll` takes the old 32-bit `struct old_timespec32`; `ppoll_time64`
// (Linux 5.1) the `struct __kernel_timespec` that `Timespec` is.
#[cfg(target_pointer_width = "32")]
#[syscall(crate = crate, nr = nr::PPOLL_TIME64)]
fn sys_ppoll(
    fds: &mut [PollFd],
    timeout: Option<&mut Timespec>,
    sigmask: Option<&Sigset>,
    sigsetsize: usize,
) -> Result<usize, Errno>;

/// ppoll(2): waits until one of `fds` is ready, `timeout` passes (`None`: no limit; zero: do
/// not wait) or a signal handler runs; sets each entry's `revents` and returns how many
/// entries have a non-zero one (0 on timeout).
///
/// The kernel writes the time left into `timeout` (also on `EINTR`), so a loop can pass the
/// same value again. With `Some(mask)` the thread's signal mask is `mask` for the duration
/// of the wait, as for [`epoll_pwait`](crate::epoll_pwait).
///
/// An entry with a negative fd is skipped; a closed fd reports `POLLNVAL`. Errors: `EINVAL`
/// (more entries than `RLIMIT_NOFILE`, a `tv_nsec` outside `0..1_000_000_000` or a negative
/// time), `EINTR`, `ENOMEM`.
#[inline(always)]
pub fn ppoll(
    fds: &mut [PollFd],
    timeout: Option<&mut Timespec>,
    sigmask: Option<&Sigset>,
) -> Result<usize, Errno> {
    sys_ppoll(fds, timeout, sigmask, Sigset::SIZE)
}

/// poll(2) (x86_64, x86, arm, powerpc, powerpc64, s390x and mips64; aarch64, riscv64 and
/// loongarch64 have only
/// [`ppoll`]): [`ppoll`] with a timeout in milliseconds (negative: no limit) and no signal
/// mask.
#[cfg(any(
    target_arch = "x86_64",
    target_arch = "x86",
    target_arch = "arm",
    target_arch = "powerpc",
    target_arch = "powerpc64",
    target_arch = "s390x",
    target_arch = "mips64"
))]
#[syscall(crate = crate, nr = nr::POLL)]
pub fn poll(fds: &mut [PollFd], timeout: i32) -> Result<usize, Errno>;
