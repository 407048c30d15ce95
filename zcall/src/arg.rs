//! Parameters become register words through these traits.
//!
//! The attribute converts every parameter with [`SyscallArg::into_word`], except slice
//! references written out as `&[T]`/`&mut [T]`, which take two words (pointer, length)
//! through [`SyscallSliceArg::into_words`].

/// A value that travels to the kernel in one register word.
///
/// Signed integers are sign-extended (so `-1` as an `i32` fd is `usize::MAX`, exactly what
/// the kernel reads back as `(int)-1`); unsigned ones are zero-extended. References and
/// raw pointers pass their address; `None` passes null.
///
/// Implement it for your own `#[repr(transparent)]` handle types to use them as parameters.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be passed to a syscall in a register",
    label = "not a register word",
    note = "parameters must implement `zcall::SyscallArg`: integers, bool, raw pointers, \
            references, `Option<&T>`, fds; slices `&[T]`/`&mut [T]` must be written out \
            (they take two words: pointer and length)"
)]
pub trait SyscallArg {
    /// The register word.
    fn into_word(self) -> usize;
}

/// A slice passed as two register words: its data pointer, then its length in elements.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be passed to a syscall as a pointer and a length",
    note = "only `&[T]` and `&mut [T]` take two register words"
)]
pub trait SyscallSliceArg {
    /// `(pointer, length)`.
    fn into_words(self) -> (usize, usize);
}

macro_rules! unsigned {
    ($($t:ty),*) => {$(
        impl SyscallArg for $t {
            #[inline(always)]
            fn into_word(self) -> usize {
                self as usize
            }
        }
    )*};
}
macro_rules! signed {
    ($($t:ty),*) => {$(
        impl SyscallArg for $t {
            /// Sign-extended.
            #[inline(always)]
            fn into_word(self) -> usize {
                self as isize as usize
            }
        }
    )*};
}
// Every supported target is 64-bit: u64/i64 fit one word. (lib.rs rejects other widths.)
unsigned!(u8, u16, u32, u64, usize);
signed!(i8, i16, i32, i64, isize);

impl SyscallArg for bool {
    #[inline(always)]
    fn into_word(self) -> usize {
        self as usize
    }
}

impl<T> SyscallArg for *const T {
    #[inline(always)]
    fn into_word(self) -> usize {
        self as usize
    }
}

impl<T> SyscallArg for *mut T {
    #[inline(always)]
    fn into_word(self) -> usize {
        self as usize
    }
}

impl<T> SyscallArg for core::ptr::NonNull<T> {
    #[inline(always)]
    fn into_word(self) -> usize {
        self.as_ptr() as usize
    }
}

impl<T> SyscallArg for &T {
    #[inline(always)]
    fn into_word(self) -> usize {
        self as *const T as usize
    }
}

impl<T> SyscallArg for &mut T {
    #[inline(always)]
    fn into_word(self) -> usize {
        self as *mut T as usize
    }
}

impl<T> SyscallArg for Option<&T> {
    /// `None` is null.
    #[inline(always)]
    fn into_word(self) -> usize {
        match self {
            Some(r) => r as *const T as usize,
            None => 0,
        }
    }
}

impl<T> SyscallArg for Option<&mut T> {
    /// `None` is null.
    #[inline(always)]
    fn into_word(self) -> usize {
        match self {
            Some(r) => r as *mut T as usize,
            None => 0,
        }
    }
}

impl<T> SyscallSliceArg for &[T] {
    #[inline(always)]
    fn into_words(self) -> (usize, usize) {
        (self.as_ptr() as usize, self.len())
    }
}

impl<T> SyscallSliceArg for &mut [T] {
    #[inline(always)]
    fn into_words(self) -> (usize, usize) {
        (self.as_mut_ptr() as usize, self.len())
    }
}

#[cfg(feature = "std")]
impl SyscallArg for std::os::fd::BorrowedFd<'_> {
    /// The fd number; the borrow keeps it open for the duration of the call.
    #[inline(always)]
    fn into_word(self) -> usize {
        use std::os::fd::AsRawFd;
        self.as_raw_fd().into_word()
    }
}

#[cfg(feature = "std")]
impl SyscallArg for Option<std::os::fd::BorrowedFd<'_>> {
    /// `None` is `-1`.
    #[inline(always)]
    fn into_word(self) -> usize {
        match self {
            Some(fd) => fd.into_word(),
            None => (-1i32).into_word(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signed_integers_sign_extend() {
        assert_eq!((-1i32).into_word(), usize::MAX);
        assert_eq!((-100i8).into_word(), -100isize as usize);
        assert_eq!(0x8000_0000u32.into_word(), 0x8000_0000);
        assert_eq!(true.into_word(), 1);
    }

    #[test]
    fn references_and_options_pass_addresses() {
        let x = 5u32;
        assert_eq!((&x).into_word(), &x as *const u32 as usize);
        assert_eq!(None::<&u32>.into_word(), 0);
        let s = [1u8, 2, 3];
        assert_eq!(s[..].into_words(), (s.as_ptr() as usize, 3));
    }
}
