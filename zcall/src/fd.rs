//! File descriptor types, the same names with and without `std`.
//!
//! With the `std` feature these are std's own [`BorrowedFd`], [`OwnedFd`], [`AsFd`] …, so
//! wrappers take `file.as_fd()` and return fds that drop into the rest of std. Without
//! it, zcall provides look-alikes with the same I/O-safety contract: a [`BorrowedFd`] is
//! an fd that stays open for its lifetime, an [`OwnedFd`] is closed (through zcall's own
//! `close`) when dropped.

#[cfg(feature = "std")]
pub use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, IntoRawFd, OwnedFd, RawFd};

#[cfg(not(feature = "std"))]
pub use nostd::*;

#[cfg(not(feature = "std"))]
mod nostd {
    use core::marker::PhantomData;

    use crate::{nr, syscall, Errno, FromWord, SyscallArg};

    /// A raw file descriptor number.
    pub type RawFd = i32;

    /// A borrowed fd: open for at least `'fd`. Like `std::os::fd::BorrowedFd`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    #[repr(transparent)]
    pub struct BorrowedFd<'fd> {
        fd: RawFd,
        _life: PhantomData<&'fd OwnedFd>,
    }

    /// An owned fd, closed on drop. Like `std::os::fd::OwnedFd`.
    #[derive(Debug, PartialEq, Eq)]
    #[repr(transparent)]
    pub struct OwnedFd {
        fd: RawFd,
    }

    impl BorrowedFd<'_> {
        /// Borrows a raw fd.
        ///
        /// # Safety
        ///
        /// `fd` must be open, and stay open for the returned lifetime.
        #[inline(always)]
        pub const unsafe fn borrow_raw(fd: RawFd) -> Self {
            BorrowedFd {
                fd,
                _life: PhantomData,
            }
        }
    }

    /// Access to an fd's number.
    pub trait AsRawFd {
        /// The fd number.
        fn as_raw_fd(&self) -> RawFd;
    }

    /// Borrowing an fd.
    pub trait AsFd {
        /// A borrow of the fd.
        fn as_fd(&self) -> BorrowedFd<'_>;
    }

    /// Taking ownership of a raw fd.
    pub trait FromRawFd {
        /// Takes ownership of `fd`.
        ///
        /// # Safety
        ///
        /// `fd` must be open and owned by nobody else: it will be closed on drop.
        unsafe fn from_raw_fd(fd: RawFd) -> Self;
    }

    /// Giving up ownership of an fd without closing it.
    pub trait IntoRawFd {
        /// The fd number; the caller now owns it.
        fn into_raw_fd(self) -> RawFd;
    }

    impl AsRawFd for BorrowedFd<'_> {
        #[inline(always)]
        fn as_raw_fd(&self) -> RawFd {
            self.fd
        }
    }
    impl AsRawFd for OwnedFd {
        #[inline(always)]
        fn as_raw_fd(&self) -> RawFd {
            self.fd
        }
    }
    impl AsFd for BorrowedFd<'_> {
        #[inline(always)]
        fn as_fd(&self) -> BorrowedFd<'_> {
            *self
        }
    }
    impl AsFd for OwnedFd {
        #[inline(always)]
        fn as_fd(&self) -> BorrowedFd<'_> {
            // SAFETY: `self` owns the fd, so it stays open while borrowed from `self`.
            unsafe { BorrowedFd::borrow_raw(self.fd) }
        }
    }
    impl FromRawFd for OwnedFd {
        #[inline(always)]
        unsafe fn from_raw_fd(fd: RawFd) -> Self {
            OwnedFd { fd }
        }
    }
    impl IntoRawFd for OwnedFd {
        #[inline(always)]
        fn into_raw_fd(self) -> RawFd {
            let fd = self.fd;
            core::mem::forget(self);
            fd
        }
    }

    #[syscall(crate = crate, nr = nr::CLOSE)]
    unsafe fn close_owned(fd: RawFd) -> Result<(), Errno>;

    impl Drop for OwnedFd {
        fn drop(&mut self) {
            // SAFETY: we own the fd and close it exactly once. Errors (EINTR, EIO) cannot
            // be reported from drop and the fd is released either way on Linux.
            let _ = unsafe { close_owned(self.fd) };
        }
    }

    impl SyscallArg for BorrowedFd<'_> {
        #[inline(always)]
        fn into_word(self) -> usize {
            self.fd.into_word()
        }
    }

    // SAFETY: an fd number, kept open by the borrow: a number to the kernel.
    unsafe impl crate::SafeArg for BorrowedFd<'_> {}
    // SAFETY: as above, or -1.
    unsafe impl crate::SafeArg for Option<BorrowedFd<'_>> {}

    impl SyscallArg for Option<BorrowedFd<'_>> {
        /// `None` is `-1`.
        #[inline(always)]
        fn into_word(self) -> usize {
            match self {
                Some(fd) => fd.fd.into_word(),
                None => (-1i32).into_word(),
            }
        }
    }

    impl FromWord for OwnedFd {
        /// Takes ownership of the new fd the kernel returned.
        #[inline(always)]
        unsafe fn from_word(word: usize) -> Self {
            OwnedFd { fd: word as RawFd }
        }
    }
}
