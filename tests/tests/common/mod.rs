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
