//! Helpers shared by the integration tests (each test file includes this with
//! `mod common;`; not every file uses every helper).
#![allow(dead_code)]

use std::os::fd::{BorrowedFd, FromRawFd, OwnedFd};

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

/// True (after printing a `SKIP` line) when `r` is ENOSYS: the kernel, or qemu-user, lacks
/// the syscall. Any other result, success or error, is the test's to check.
pub fn skip_on_enosys<T>(test: &str, r: &Result<T, Errno>) -> bool {
    if let Err(Errno::ENOSYS) = r {
        eprintln!("SKIP {test}: the kernel (or qemu-user) answers ENOSYS");
        return true;
    }
    false
}

/// True when the tests run under qemu-user (`scripts/cross.sh` sets `ZCALL_QEMU` to its
/// version): a few answers differ from a real kernel's there, and the tests that meet one
/// say so on stderr rather than hide it.
pub fn under_qemu() -> bool {
    std::env::var_os("ZCALL_QEMU").is_some()
}
