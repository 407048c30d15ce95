//! Helpers shared by the integration tests (each test file includes this with
//! `mod common;`; not every file uses every helper).
#![allow(dead_code)]

use std::io::{IoSlice, IoSliceMut};
use std::os::fd::{BorrowedFd, FromRawFd, OwnedFd};

use zcall::consts::{MAP_ANONYMOUS, MAP_PRIVATE, PROT_NONE};
use zcall::types::Iovec;

use zcall::Errno;

/// An fd number that is never open: i32::MAX is far above any RLIMIT_NOFILE, so the borrow
/// can never alias a real fd and every call on it fails with EBADF without touching
/// anything. (Not -1, which `borrow_raw` forbids.)
pub fn bad_fd() -> BorrowedFd<'static> {
    // SAFETY: see above: no fd is borrowed at all.
    unsafe { BorrowedFd::borrow_raw(i32::MAX) }
}

/// A close-on-exec pipe made with libc, so that tests of other wrappers do not depend on
/// zcall's own `pipe2`: `(read end, write end)`.
pub fn pipe() -> (OwnedFd, OwnedFd) {
    let mut fds = [-1; 2];
    // SAFETY: `fds` has room for the two fds pipe2 writes.
    let r = unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) };
    assert_eq!(r, 0, "pipe2: {}", std::io::Error::last_os_error());
    // SAFETY: pipe2 succeeded: both fds are new and owned here.
    unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) }
}

/// A syscall (or family) and the Linux release that introduced it: below that release
/// ENOSYS is the kernel's honest answer, from it on ENOSYS means the wrapper is broken.
pub struct Since {
    /// The call, as printed in SKIP lines and failures.
    pub call: &'static str,
    /// The release (major, minor) that introduced it.
    pub version: (u32, u32),
}

/// preadv2/pwritev2: Linux 4.6.
pub const PREADV2: Since = Since {
    call: "preadv2/pwritev2",
    version: (4, 6),
};
/// sendmmsg: Linux 3.0 (recvmmsg: 2.6.33).
pub const SENDMMSG: Since = Since {
    call: "sendmmsg/recvmmsg",
    version: (3, 0),
};
/// pidfd_send_signal: Linux 5.1.
pub const PIDFD_SEND_SIGNAL: Since = Since {
    call: "pidfd_send_signal",
    version: (5, 1),
};
/// pidfd_open: Linux 5.3.
pub const PIDFD_OPEN: Since = Since {
    call: "pidfd_open",
    version: (5, 3),
};
/// pidfd_getfd: Linux 5.6.
pub const PIDFD_GETFD: Since = Since {
    call: "pidfd_getfd",
    version: (5, 6),
};
/// io_uring_setup/io_uring_enter/io_uring_register: Linux 5.1.
pub const IO_URING: Since = Since {
    call: "io_uring",
    version: (5, 1),
};

/// The running kernel's release as (major, minor), from uname(2) (libc's, so that no
/// zcall wrapper is involved). Under qemu-user this is the host's.
pub fn kernel_version() -> (u32, u32) {
    // SAFETY: an all-zero utsname is a valid value (arrays of c_char).
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: uname fills the struct, a live local.
    assert_eq!(unsafe { libc::uname(&mut u) }, 0, "uname");
    // SAFETY: uname NUL-terminates `release`.
    let release = unsafe { std::ffi::CStr::from_ptr(u.release.as_ptr()) };
    let mut parts = release
        .to_str()
        .expect("release is ASCII")
        .split(|c: char| !c.is_ascii_digit())
        .map(|p| p.parse::<u32>().unwrap_or(0));
    (parts.next().unwrap_or(0), parts.next().unwrap_or(0))
}

/// True (after printing a `SKIP` line) when `r` is ENOSYS and that is an honest answer:
/// under qemu-user (which lacks some calls) or on a kernel older than `since`. ENOSYS from
/// a kernel that has the call fails the test: the wrapper used a wrong number. Any other
/// result, success or error, is the test's to check.
pub fn skip_on_enosys<T>(test: &str, since: &Since, r: &Result<T, Errno>) -> bool {
    if let Err(Errno::ENOSYS) = r {
        let (major, minor) = since.version;
        if under_qemu() {
            eprintln!("SKIP {test}: qemu-user answers ENOSYS to {}", since.call);
            return true;
        }
        let running = kernel_version();
        if running < since.version {
            eprintln!(
                "SKIP {test}: {} arrived in Linux {major}.{minor}; this kernel is {}.{}",
                since.call, running.0, running.1
            );
            return true;
        }
        panic!(
            "{test}: {} answered ENOSYS on Linux {}.{}, which has had it since \
             {major}.{minor}: the wrapper does not reach the call",
            since.call, running.0, running.1
        );
    }
    false
}

/// Runs `call`, which must return at once, on this thread. Should it block instead (a
/// flag such as `O_NONBLOCK`/`SPLICE_F_NONBLOCK`/`RWF_NOWAIT` lost on the way to the
/// kernel), a helper thread runs `unblock` after a long grace period (writing a byte into
/// the empty pipe, or reading from the full one), so that `call` returns something else
/// than the error the test expects and the test fails instead of hanging. Nothing about
/// time is asserted: on the expected path `unblock` never runs.
pub fn unblock_if_stuck<T>(unblock: impl FnOnce() + Send, call: impl FnOnce() -> T) -> T {
    use std::sync::mpsc::{channel, RecvTimeoutError};
    let (done, wait) = channel::<()>();
    std::thread::scope(|s| {
        s.spawn(move || {
            // Disconnected (`call` panicked) or a message: nothing to do.
            if let Err(RecvTimeoutError::Timeout) = wait.recv_timeout(STUCK_GRACE) {
                eprintln!("the call under test blocked for {STUCK_GRACE:?}: unblocking it");
                unblock();
            }
        });
        let r = call();
        let _ = done.send(());
        r
    })
}

/// How long [`unblock_if_stuck`] lets a call block before unblocking it (only ever
/// reached when a test is about to fail).
pub const STUCK_GRACE: std::time::Duration = std::time::Duration::from_secs(60);

/// True when the tests run under qemu-user (`scripts/cross.sh` sets `ZCALL_QEMU` to its
/// version): a few answers differ from a real kernel's there, and the tests that meet one
/// say so on stderr rather than hide it.
pub fn under_qemu() -> bool {
    std::env::var_os("ZCALL_QEMU").is_some()
}

/// A page the process may not touch (`PROT_NONE`): any kernel copy from or to it is
/// EFAULT. Kept mapped for the test's duration, so no other thread can map over it.
pub struct NoAccessPage {
    ptr: *mut u8,
    len: usize,
}

impl NoAccessPage {
    /// Maps the page.
    pub fn new() -> Self {
        // SAFETY: sysconf has no memory side effects.
        let len = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as usize;
        // SAFETY: a new anonymous mapping where the kernel chooses; it replaces nothing.
        let ptr = unsafe {
            zcall::mmap(
                std::ptr::null_mut(),
                len,
                PROT_NONE,
                MAP_PRIVATE | MAP_ANONYMOUS,
                None,
                0,
            )
        }
        .expect("mmap PROT_NONE");
        NoAccessPage { ptr, len }
    }

    /// The page's address, for handing to the kernel only.
    pub fn ptr(&self) -> *mut u8 {
        self.ptr
    }

    /// An `IoSliceMut` over the page: the kernel's writes to it fail with EFAULT.
    ///
    /// # Safety
    /// Only for handing to the kernel; Rust code must never read or write through it.
    pub unsafe fn io_slice_mut(&self) -> IoSliceMut<'static> {
        let iov = Iovec {
            iov_base: self.ptr,
            iov_len: 16,
        };
        // SAFETY: std guarantees `IoSliceMut` is ABI-compatible with `struct iovec`
        // (`Iovec`, same size and alignment — zcall asserts it). The value's validity
        // invariant is just a pointer and a length; the broken safety invariant (the memory
        // is inaccessible) is only ever seen by the kernel, which reports EFAULT.
        unsafe { std::mem::transmute::<Iovec, IoSliceMut<'static>>(iov) }
    }

    /// The same for an `IoSlice`: the kernel's reads from it fail with EFAULT.
    ///
    /// # Safety
    /// As for [`io_slice_mut`](Self::io_slice_mut).
    pub unsafe fn io_slice(&self) -> IoSlice<'static> {
        let iov = Iovec {
            iov_base: self.ptr,
            iov_len: 16,
        };
        // SAFETY: as in `io_slice_mut`: `IoSlice` is ABI-compatible with `struct iovec`.
        unsafe { std::mem::transmute::<Iovec, IoSlice<'static>>(iov) }
    }
}

impl Drop for NoAccessPage {
    fn drop(&mut self) {
        // SAFETY: our own mapping; nothing refers to it any more.
        unsafe { zcall::munmap(self.ptr, self.len) }.expect("munmap");
    }
}

/// clock_gettime with a 64-bit `tv_sec` (`struct __kernel_timespec`, as `Timespec`): the
/// plain call on 64-bit targets, `clock_gettime64` on 32-bit ones (whose `clock_gettime`
/// takes the old 32-bit `timespec`).
#[cfg(target_pointer_width = "64")]
pub const CLOCK_GETTIME: usize = zcall::nr::CLOCK_GETTIME;
/// clock_gettime with a 64-bit `tv_sec` (see the 64-bit definition).
#[cfg(target_pointer_width = "32")]
pub const CLOCK_GETTIME: usize = zcall::nr::CLOCK_GETTIME64;
/// clock_getres with a 64-bit `tv_sec`, as `CLOCK_GETTIME`.
#[cfg(target_pointer_width = "64")]
pub const CLOCK_GETRES: usize = zcall::nr::CLOCK_GETRES;
/// clock_getres with a 64-bit `tv_sec`, as `CLOCK_GETTIME`.
#[cfg(target_pointer_width = "32")]
pub const CLOCK_GETRES: usize = zcall::nr::CLOCK_GETRES_TIME64;

/// A libc `timespec` (32-bit `time_t` on 32-bit glibc targets) as a `Timespec`.
#[allow(clippy::useless_conversion)] // i64 already on 64-bit targets
pub fn from_libc(t: libc::timespec) -> zcall::types::Timespec {
    zcall::types::Timespec::new(i64::from(t.tv_sec), i64::from(t.tv_nsec))
}

/// What qemu-user 7.2 answers by itself, for a 32-bit guest, instead of passing the call to
/// the kernel: `recvmmsg_time64` is `ENOSYS` there, and `SO_RCVTIMEO_NEW`/`SO_SNDTIMEO_NEW`
/// (zcall's `SO_RCVTIMEO`/`SO_SNDTIMEO` on 32-bit targets) are `ENOPROTOOPT`. Prints a
/// `SKIP` line and returns true for exactly those answers under qemu on a 32-bit target.
pub fn qemu_32_bit_gap<T>(what: &str, r: &Result<T, Errno>) -> bool {
    if !(under_qemu() && cfg!(target_pointer_width = "32")) {
        return false;
    }
    let gap = match r {
        Err(Errno::ENOSYS) => what.contains("recvmmsg"),
        Err(Errno::ENOPROTOOPT) => what.contains("sockopt_timeout") || what.contains("TIMEO"),
        _ => false,
    };
    if gap {
        eprintln!(
            "SKIP {what}: qemu-user 7.2 answers {} itself for a 32-bit guest \
             (recvmmsg_time64 / SO_*TIMEO_NEW not emulated)",
            r.as_ref().err().map_or("?", |e| e.name().unwrap_or("?"))
        );
    }
    gap
}

/// The C library's `struct sigaction` on the target being tested, for `sigaction`.
/// libc 0.2.191 declares the generic layout (`sa_sigaction`, `sa_mask`, `sa_flags`,
/// `sa_restorer`) on mips64 too, because it selects its MIPS files for 32-bit MIPS only;
/// glibc's mips `bits/sigaction.h` puts `int sa_flags` first, then the handler, the mask
/// and `sa_restorer` (the kernel's MIPS `struct sigaction` order). Same size, other offsets.
#[cfg(not(target_arch = "mips64"))]
pub type Sigaction = libc::sigaction;
/// The C library's `struct sigaction` on the target being tested (see above).
#[cfg(target_arch = "mips64")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Sigaction {
    pub sa_flags: libc::c_int,
    pub sa_sigaction: libc::sighandler_t,
    pub sa_mask: libc::sigset_t,
    pub sa_restorer: Option<extern "C" fn()>,
}

#[cfg(target_arch = "mips64")]
const _: () = assert!(size_of::<Sigaction>() == size_of::<libc::sigaction>());

/// `sigaction(3)` with the target's real `struct sigaction` ([`Sigaction`]).
///
/// # Safety
/// As `libc::sigaction`: `new` and `old` are null or valid, the handler is async-signal-safe.
pub unsafe fn sigaction(sig: i32, new: *const Sigaction, old: *mut Sigaction) -> i32 {
    // SAFETY: the caller's promise; `Sigaction` is the C library's struct sigaction.
    unsafe { libc::sigaction(sig, new.cast(), old.cast()) }
}

/// qemu-user on mips64: the guest's signal numbers are MIPS's (SIGUSR1 16, SIGUSR2 17 …) and
/// the host's are not, and qemu maps them only where it knows a call takes a signal. What
/// the host kernel shows (`/proc/self/fdinfo`'s `sigmask`) is in host numbers, a siginfo's
/// `si_signo` reaches the host unmapped (`pidfd_send_signal`), and `pidfd_open`'s flags are
/// passed as they are (mips' `O_NONBLOCK` 0x80 is the host's `PIDFD_THREAD`). A kernel has
/// none of this: the tests that meet it print SKIP.
pub fn qemu_mips64_host_numbers(what: &str) -> bool {
    let differ = cfg!(target_arch = "mips64") && under_qemu();
    if differ {
        eprintln!(
            "SKIP {what}: qemu-user passes mips64 signal numbers/flags to the host as they are"
        );
    }
    differ
}
