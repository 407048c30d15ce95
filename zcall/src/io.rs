//! Vectored-I/O buffers, the same names with and without `std`.
//!
//! With `std` these are `std::io::IoSlice`/`IoSliceMut`, which std documents as
//! ABI-compatible with `struct iovec` on Unix; without it, zcall's own look-alikes, a
//! `#[repr(transparent)]` [`types::Iovec`](crate::types::Iovec) that borrows its buffer.
//! Either way a `&[IoSlice<'_>]` can be handed to the kernel as an `iovec` array, and the borrow
//! guarantees every buffer in it is valid for its whole length.

#[cfg(feature = "std")]
pub use std::io::{IoSlice, IoSliceMut};

#[cfg(not(feature = "std"))]
pub use nostd::*;

#[cfg(feature = "std")]
use crate::types::Iovec;

// SAFETY: an `IoSlice` is an `iovec` whose buffer is a `&[u8]` borrowed for the slice's
// lifetime, so the address and length the kernel follows are valid for reading; 16 bytes.
// (Whether the kernel writes through it is the declaration's promise: `writev` reads.)
unsafe impl crate::Readable for IoSlice<'_> {}
// SAFETY: an `IoSliceMut` is an `iovec` whose buffer is a `&mut [u8]` borrowed for the
// slice's lifetime: valid for the kernel to read or write any bytes into (`readv`).
unsafe impl crate::Readable for IoSliceMut<'_> {}

// std promises the layout on Unix; check it where we compile.
#[cfg(feature = "std")]
const _: () = {
    assert!(core::mem::size_of::<IoSlice<'_>>() == core::mem::size_of::<Iovec>());
    assert!(core::mem::align_of::<IoSlice<'_>>() == core::mem::align_of::<Iovec>());
    assert!(core::mem::size_of::<IoSliceMut<'_>>() == core::mem::size_of::<Iovec>());
    assert!(core::mem::align_of::<IoSliceMut<'_>>() == core::mem::align_of::<Iovec>());
};

#[cfg(not(feature = "std"))]
mod nostd {
    use core::marker::PhantomData;

    use crate::types::Iovec;

    /// A buffer the kernel reads from, as an `iovec`. Like `std::io::IoSlice`.
    #[derive(Clone, Copy, Debug)]
    #[repr(transparent)]
    pub struct IoSlice<'a> {
        iov: Iovec,
        _buf: PhantomData<&'a [u8]>,
    }

    /// A buffer the kernel writes into, as an `iovec`. Like `std::io::IoSliceMut`.
    #[derive(Debug)]
    #[repr(transparent)]
    pub struct IoSliceMut<'a> {
        iov: Iovec,
        _buf: PhantomData<&'a mut [u8]>,
    }

    // SAFETY: an `IoSlice` is a `&[u8]` in `iovec` form (it hands out only shared access to
    // the bytes), and `&[u8]` is `Send` and `Sync`; std's `IoSlice` is both too.
    unsafe impl Send for IoSlice<'_> {}
    // SAFETY: as above.
    unsafe impl Sync for IoSlice<'_> {}
    // SAFETY: an `IoSliceMut` is a `&mut [u8]` in `iovec` form (mutable access only through
    // `&mut self`), and `&mut [u8]` is `Send` and `Sync`; std's `IoSliceMut` is both too.
    unsafe impl Send for IoSliceMut<'_> {}
    // SAFETY: as above.
    unsafe impl Sync for IoSliceMut<'_> {}

    impl<'a> IoSlice<'a> {
        /// Borrows `buf`.
        pub fn new(buf: &'a [u8]) -> Self {
            IoSlice {
                iov: Iovec {
                    iov_base: buf.as_ptr() as *mut u8,
                    iov_len: buf.len(),
                },
                _buf: PhantomData,
            }
        }
    }

    impl core::ops::Deref for IoSlice<'_> {
        type Target = [u8];
        fn deref(&self) -> &[u8] {
            // SAFETY: built from a `&'a [u8]` that is still borrowed.
            unsafe { core::slice::from_raw_parts(self.iov.iov_base, self.iov.iov_len) }
        }
    }

    impl<'a> IoSliceMut<'a> {
        /// Borrows `buf` mutably.
        pub fn new(buf: &'a mut [u8]) -> Self {
            IoSliceMut {
                iov: Iovec {
                    iov_base: buf.as_mut_ptr(),
                    iov_len: buf.len(),
                },
                _buf: PhantomData,
            }
        }
    }

    impl core::ops::Deref for IoSliceMut<'_> {
        type Target = [u8];
        fn deref(&self) -> &[u8] {
            // SAFETY: built from a `&'a mut [u8]` that is still borrowed.
            unsafe { core::slice::from_raw_parts(self.iov.iov_base, self.iov.iov_len) }
        }
    }

    impl core::ops::DerefMut for IoSliceMut<'_> {
        fn deref_mut(&mut self) -> &mut [u8] {
            // SAFETY: built from a `&'a mut [u8]` that is still exclusively borrowed.
            unsafe { core::slice::from_raw_parts_mut(self.iov.iov_base, self.iov.iov_len) }
        }
    }
}
