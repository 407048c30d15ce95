//! What the kernel hands back, and how a declaration's return type decodes it.
//!
//! The generated stub builds a [`RawResult`] from the result registers (and, on the BSD
//! family, the carry flag) and passes it to [`SyscallReturn::from_raw`] of the declared
//! return type:
//! - `Result<T, Errno>` decodes the error convention and converts success through
//!   [`FromWord`];
//! - a bare `usize` (or any integer type) is the kernel's word, undecoded — for calls that
//!   cannot fail, or to inspect the raw value;
//! - [`RawResult`] itself keeps everything, including Darwin/FreeBSD's second result word.

use crate::Errno;

/// The result registers of one syscall, exactly as the kernel left them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawResult {
    word: usize,
    #[cfg(not(target_os = "linux"))]
    second: usize,
    /// The error flag: the BSD family's carry, PowerPC Linux's `cr0.SO` (32- and 64-bit),
    /// mips64 Linux's `$7` (the rows whose error convention is a flag; every other Linux
    /// target has none).
    #[cfg(any(
        not(target_os = "linux"),
        target_arch = "powerpc",
        target_arch = "powerpc64",
        target_arch = "mips64"
    ))]
    failed: bool,
}

impl RawResult {
    /// Linux: the result register alone carries success and `-errno`.
    #[doc(hidden)]
    #[inline(always)]
    #[cfg(all(
        target_os = "linux",
        not(any(
            target_arch = "powerpc",
            target_arch = "powerpc64",
            target_arch = "mips64"
        ))
    ))]
    pub const fn __from_word(word: usize) -> Self {
        RawResult { word }
    }

    /// A Linux word (`-errno` on failure) on a target whose result carries a flag: the
    /// flag set and the errno made positive, as that target's kernel reports them.
    #[doc(hidden)]
    #[inline(always)]
    #[cfg(all(
        target_os = "linux",
        any(
            target_arch = "powerpc",
            target_arch = "powerpc64",
            target_arch = "mips64"
        )
    ))]
    pub const fn __from_word(word: usize) -> Self {
        let failed = word > (-4096isize) as usize;
        RawResult {
            word: if failed { word.wrapping_neg() } else { word },
            failed,
        }
    }

    /// Linux with a flag for errors (PowerPC's condition bit `cr0.SO`, 32- and 64-bit,
    /// mips64's flag register `$7`; the result register then holds the positive errno): kept
    /// as the kernel left them, so a success is never mistaken for an error whatever its
    /// value, and a call that cannot fail (`getpid`) never looks at the flag.
    #[doc(hidden)]
    #[inline(always)]
    #[cfg(all(
        target_os = "linux",
        any(
            target_arch = "powerpc",
            target_arch = "powerpc64",
            target_arch = "mips64"
        )
    ))]
    pub const fn __from_flag(word: usize, failed: bool) -> Self {
        RawResult { word, failed }
    }

    /// BSD family: result register, second result register, carry flag.
    #[doc(hidden)]
    #[inline(always)]
    #[cfg(not(target_os = "linux"))]
    pub const fn __from_carry(word: usize, second: usize, failed: bool) -> Self {
        RawResult {
            word,
            second,
            failed,
        }
    }

    /// The result register, undecoded (on Linux `-errno` on failure; on Darwin, FreeBSD,
    /// PowerPC and mips64 Linux, which report failure in a flag, the positive errno).
    #[inline(always)]
    pub const fn word(self) -> usize {
        self.word
    }

    /// The second result register (Darwin x1, FreeBSD rdx): `pipe`'s second fd, for one.
    /// Linux has no second result word.
    #[inline(always)]
    #[cfg(not(target_os = "linux"))]
    pub const fn second(self) -> usize {
        self.second
    }

    /// Did the kernel report an error?
    #[inline(always)]
    pub const fn is_err(self) -> bool {
        #[cfg(all(
            target_os = "linux",
            not(any(
                target_arch = "powerpc",
                target_arch = "powerpc64",
                target_arch = "mips64"
            ))
        ))]
        {
            // musl's check: -4095..=-1 are errors, everything else a value (mmap can
            // return addresses with the top bit set).
            self.word > (-4096isize) as usize
        }
        #[cfg(any(
            not(target_os = "linux"),
            target_arch = "powerpc",
            target_arch = "powerpc64",
            target_arch = "mips64"
        ))]
        {
            self.failed
        }
    }

    /// The error number of a failed call (meaningful only when [`is_err`](Self::is_err)).
    #[inline(always)]
    const fn errno(self) -> Errno {
        #[cfg(all(
            target_os = "linux",
            not(any(
                target_arch = "powerpc",
                target_arch = "powerpc64",
                target_arch = "mips64"
            ))
        ))]
        let errno = (self.word as isize).wrapping_neg() as i32;
        #[cfg(any(
            not(target_os = "linux"),
            target_arch = "powerpc",
            target_arch = "powerpc64",
            target_arch = "mips64"
        ))]
        let errno = self.word as i32;
        Errno::from_raw(errno)
    }

    /// Decodes the target's error convention.
    #[inline(always)]
    pub const fn decode(self) -> Result<usize, Errno> {
        if self.is_err() {
            Err(self.errno())
        } else {
            Ok(self.word)
        }
    }
}

/// A declaration's return type: built from the kernel's result registers.
///
/// Implemented for `Result<T, Errno>` (with `T:` [`FromWord`]), every integer type (the
/// undecoded word) and [`RawResult`]. Implement it for your own types to decode a result
/// your way.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be returned from a syscall stub",
    label = "not a syscall return type",
    note = "return `Result<T, Errno>` with T an integer, `()`, a raw pointer or an fd type; \
            a bare `usize` for the undecoded word; `RawResult`; or `!`"
)]
pub trait SyscallReturn {
    /// Builds the value from the raw result.
    ///
    /// # Safety
    ///
    /// `raw` must be the result of a syscall that returns a `Self` as the declaration
    /// says, each result decoded once: for an owning type (`Result<OwnedFd, Errno>`) the
    /// call must have handed the caller a new resource that nothing else owns. The stubs
    /// the attribute generates call it exactly so; a hand call with any other value can
    /// build an `OwnedFd` for an fd someone else owns, and closing it breaks theirs.
    unsafe fn from_raw(raw: RawResult) -> Self;
}

/// The success value of `Result<T, Errno>`, built from the result word.
///
/// Implement it for your own types (a `#[repr(transparent)]` handle, say).
///
/// # Trust
///
/// A declaration that returns an owning type (like `OwnedFd`) claims that the syscall
/// hands the caller a new resource; declaring it on a syscall that does not is as wrong as
/// any other mistake in a declaration.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be built from a syscall's result word",
    note = "success values must implement `zcall::FromWord`: `()`, integers, raw pointers, \
            `RawFd`, `OwnedFd` (std)"
)]
pub trait FromWord {
    /// Converts the (successful) result word.
    ///
    /// # Safety
    ///
    /// `word` must be the success result of a syscall that returns a `Self` as the
    /// declaration says, converted once: for an owning type the call must have handed the
    /// caller a new resource that nothing else owns (see [`SyscallReturn::from_raw`]).
    unsafe fn from_word(word: usize) -> Self;
}

impl<T: FromWord> SyscallReturn for Result<T, Errno> {
    #[inline(always)]
    unsafe fn from_raw(raw: RawResult) -> Self {
        // A plain branch, not a match on `decode()`: rebuilding the `Result` from another
        // one left LLVM two extra instructions per call in loops (measured with callgrind,
        // bench/RESULTS.md); this form compiles to the hand-written floor's decode.
        if raw.is_err() {
            Err(raw.errno())
        } else {
            // SAFETY: the call succeeded, and our caller promises it returns a `T`.
            Ok(unsafe { T::from_word(raw.word()) })
        }
    }
}

impl SyscallReturn for RawResult {
    #[inline(always)]
    unsafe fn from_raw(raw: RawResult) -> Self {
        raw
    }
}

impl FromWord for () {
    #[inline(always)]
    unsafe fn from_word(_: usize) -> Self {}
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl FromWord for $t {
            /// Truncating conversion of the result word.
            #[inline(always)]
            unsafe fn from_word(word: usize) -> Self {
                word as $t
            }
        }
        impl SyscallReturn for $t {
            /// The undecoded word, truncated: no error check at all.
            #[inline(always)]
            unsafe fn from_raw(raw: RawResult) -> Self {
                raw.word() as $t
            }
        }
    )*};
}
integers!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

impl<T> FromWord for *mut T {
    #[inline(always)]
    unsafe fn from_word(word: usize) -> Self {
        word as *mut T
    }
}

impl<T> FromWord for *const T {
    #[inline(always)]
    unsafe fn from_word(word: usize) -> Self {
        word as *const T
    }
}

#[cfg(feature = "std")]
impl FromWord for std::os::fd::OwnedFd {
    /// Takes ownership of the new fd the kernel returned.
    #[inline(always)]
    unsafe fn from_word(word: usize) -> Self {
        use std::os::fd::FromRawFd;
        // SAFETY: our caller promises `word` is the success result of a syscall that
        // hands over a newly opened fd (`from_word`'s contract), so it is a valid fd
        // (>= 0, never the error value) that nothing else owns.
        // Telling the compiler the fd is not -1 (which a valid fd never is) drops std's
        // `fd != -1` check and its cold call into the panic machinery.
        unsafe {
            core::hint::assert_unchecked(word as i32 != -1);
            std::os::fd::OwnedFd::from_raw_fd(word as i32)
        }
    }
}
