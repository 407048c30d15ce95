//! Processes and signals: getpid, getppid, kill, exit_group on every OS; on Linux also
//! gettid, tgkill, rt_sigprocmask and the pidfd calls (pidfd_open, pidfd_getfd,
//! pidfd_send_signal).

#[cfg(target_os = "linux")]
use crate::fd::{BorrowedFd, OwnedFd};
#[cfg(target_os = "linux")]
use crate::types::Sigset;
use crate::{nr, syscall, Errno};

/// getpid(2): the calling process's id (its thread group id on Linux).
///
/// Returns the kernel's word undecoded: getpid cannot fail, so there is nothing to check.
#[syscall(crate = crate, nr = nr::GETPID)]
pub fn getpid() -> u32;

/// getppid(2): the parent process's id (0 when the parent is in another pid namespace).
///
/// Returns the kernel's word undecoded: getppid cannot fail.
#[syscall(crate = crate, nr = nr::GETPPID)]
pub fn getppid() -> u32;

/// gettid(2): the calling thread's id (equal to [`getpid`] on the main thread).
///
/// Returns the kernel's word undecoded: gettid cannot fail. Linux only (Darwin's
/// `gettid` syscall is something else: a thread's uid and gid).
#[cfg(target_os = "linux")]
#[syscall(crate = crate, nr = nr::GETTID)]
pub fn gettid() -> u32;

#[cfg(not(target_os = "macos"))]
#[syscall(crate = crate, nr = nr::KILL)]
fn sys_kill(pid: i32, sig: i32) -> Result<(), Errno>;

// XNU's kill takes a third argument, `posix`: 1 asks for POSIX semantics (what the C
// library's `kill` passes on every current macOS).
#[cfg(target_os = "macos")]
#[syscall(crate = crate, nr = nr::KILL)]
fn sys_kill(pid: i32, sig: i32, posix: i32) -> Result<(), Errno>;

/// kill(2): sends `sig` to process `pid` (`pid == 0`: the caller's process group;
/// `pid == -1`: every process the caller may signal; `pid < -1`: process group `-pid`).
///
/// `sig == 0` sends nothing but checks that the target exists and may be signalled.
/// `ESRCH`: no such process; `EPERM`: not allowed; `EINVAL`: bad signal number.
#[inline(always)]
pub fn kill(pid: i32, sig: i32) -> Result<(), Errno> {
    #[cfg(not(target_os = "macos"))]
    {
        sys_kill(pid, sig)
    }
    #[cfg(target_os = "macos")]
    {
        sys_kill(pid, sig, 1)
    }
}

/// tgkill(2): sends `sig` to the thread `tid` of thread group (process) `tgid` only.
///
/// `ESRCH` when `tid` is not a thread of `tgid`; `sig == 0` only checks.
#[cfg(target_os = "linux")]
#[syscall(crate = crate, nr = nr::TGKILL)]
pub fn tgkill(tgid: i32, tid: i32, sig: i32) -> Result<(), Errno>;

/// exit_group(2): ends the whole process (every thread) with status `code & 0xff`.
///
/// The same name on every OS: on Linux this is `exit_group` (Linux's own `exit` syscall
/// ends only the calling thread); on Darwin and FreeBSD it is their `exit` syscall
/// (`nr::EXIT`), which ends the whole process.
///
/// Like a crash, it runs nothing of the caller's: no destructors, no `atexit` handlers,
/// no flush of `std`'s buffered stdout. This is safe (as leaking is), but flush first
/// what must be written.
#[cfg(target_os = "linux")]
#[syscall(crate = crate, nr = nr::EXIT_GROUP)]
pub fn exit_group(code: i32) -> !;

/// exit_group(2): ends the whole process (every thread) with status `code & 0xff`.
///
/// The same name on every OS: on Linux this is `exit_group` (Linux's own `exit` syscall
/// ends only the calling thread); on Darwin and FreeBSD it is their `exit` syscall
/// (`nr::EXIT`), which ends the whole process.
///
/// Like a crash, it runs nothing of the caller's: no destructors, no `atexit` handlers,
/// no flush of `std`'s buffered stdout. This is safe (as leaking is), but flush first
/// what must be written.
#[cfg(not(target_os = "linux"))]
#[syscall(crate = crate, nr = nr::EXIT)]
pub fn exit_group(code: i32) -> !;

#[cfg(target_os = "linux")]
#[syscall(crate = crate, nr = nr::RT_SIGPROCMASK)]
fn sys_rt_sigprocmask(
    how: i32,
    set: Option<&Sigset>,
    old: Option<&mut Sigset>,
    sigsetsize: usize,
) -> Result<(), Errno>;

/// rt_sigprocmask(2): changes the calling thread's signal mask and/or reads it.
///
/// With `set`, `how` says what to do with it: `SIG_BLOCK` (add), `SIG_UNBLOCK` (remove),
/// `SIG_SETMASK` (replace); another `how` is `EINVAL`. With `old`, the mask as it was
/// before the call is written there. `SIGKILL` and `SIGSTOP` cannot be blocked (the
/// kernel drops them from the set). The wrapper passes the kernel's `sigsetsize` (8).
///
/// This is the raw call: unlike the C library's `pthread_sigmask` it does not protect the
/// signals the C library uses internally (glibc's 32 and 33, musl's 32–34). Blocking
/// those can make another thread's `setuid`/`pthread_cancel` hang — a hang, not memory
/// unsafety.
#[cfg(target_os = "linux")]
#[inline(always)]
pub fn rt_sigprocmask(
    how: i32,
    set: Option<&Sigset>,
    old: Option<&mut Sigset>,
) -> Result<(), Errno> {
    sys_rt_sigprocmask(how, set, old, Sigset::SIZE)
}

/// pidfd_open(2): a new pidfd referring to process `pid` (Linux 5.3).
///
/// `flags`: `PIDFD_NONBLOCK` (5.10), `PIDFD_THREAD` (6.9: `pid` may be any thread);
/// else `EINVAL`. `pid <= 0` is `EINVAL`; no such process is `ESRCH`.
#[cfg(target_os = "linux")]
#[syscall(crate = crate, nr = nr::PIDFD_OPEN)]
pub fn pidfd_open(pid: i32, flags: u32) -> Result<OwnedFd, Errno>;

/// pidfd_getfd(2): a duplicate, in the calling process, of fd `targetfd` of the process
/// that `pidfd` refers to (Linux 5.6). The new fd is close-on-exec.
///
/// Needs ptrace access to the target (always granted for the caller's own process).
/// `flags` must be 0 (`EINVAL`); `targetfd` not open in the target is `EBADF`.
#[cfg(target_os = "linux")]
#[syscall(crate = crate, nr = nr::PIDFD_GETFD)]
pub fn pidfd_getfd(pidfd: BorrowedFd<'_>, targetfd: i32, flags: u32) -> Result<OwnedFd, Errno>;

/// pidfd_send_signal(2) with an explicit `siginfo_t`.
///
/// # Safety
///
/// `info` must be null or point to 128 readable bytes holding a `siginfo_t` (the kernel
/// copies the whole 128 bytes). The kernel checks the contents: `si_signo` must equal
/// `sig`, and a process may only send a fake `si_code` (`>= 0`, or `SI_TKILL`) to itself.
/// A handler of the receiving process trusts what it reads there (`si_addr`, `si_pid`,
/// …): the caller must not make a handler of its own process misbehave through it.
#[cfg(target_os = "linux")]
#[syscall(crate = crate, nr = nr::PIDFD_SEND_SIGNAL)]
pub unsafe fn pidfd_send_signal_info(
    pidfd: BorrowedFd<'_>,
    sig: i32,
    info: *const core::ffi::c_void,
    flags: u32,
) -> Result<(), Errno>;

/// pidfd_send_signal(2): sends `sig` to the process that `pidfd` refers to, as `kill`
/// would (Linux 5.1), without a `siginfo_t` (the kernel fills one in).
///
/// `sig == 0` only checks. `flags`: `PIDFD_SIGNAL_THREAD`, `PIDFD_SIGNAL_THREAD_GROUP`,
/// `PIDFD_SIGNAL_PROCESS_GROUP` (6.9), else `EINVAL`. An fd that is not a pidfd is
/// `EBADF`; a process that has exited is `ESRCH`.
#[cfg(target_os = "linux")]
#[inline(always)]
pub fn pidfd_send_signal(pidfd: BorrowedFd<'_>, sig: i32, flags: u32) -> Result<(), Errno> {
    // SAFETY: a null `info` is allowed: the kernel reads nothing and builds the siginfo.
    unsafe { pidfd_send_signal_info(pidfd, sig, core::ptr::null(), flags) }
}
