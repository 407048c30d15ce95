//! Parameters become register words through these traits.
//!
//! The attribute converts every parameter with [`SyscallArg::into_word`], except slice
//! references written out as `&[T]`/`&mut [T]`, which take two words (pointer, length)
//! through [`SyscallSliceArg::into_words`].
//!
//! A declaration without `unsafe` is checked by its types, whatever they are spelled as
//! (aliases, macros, associated types): every one-word parameter must be [`SafeArg`],
//! every slice [`SafeSliceArg`], and every word the kernel's prototype declares as a
//! `__user` pointer [`SafeAddrArg`]. Those are `unsafe` marker traits; the memory behind
//! a reference is judged by [`Plain`] (the kernel may write it) and [`Readable`] (the
//! kernel may read it, following only addresses that are valid by construction).

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

/// Plain data: memory the kernel may write any bytes into.
///
/// # Safety
///
/// Implementing it promises, for `Self`:
/// - every bit pattern of `size_of::<Self>()` bytes is a valid value (no `bool`, `char`,
///   enums, `NonZero*`, references or other types with invalid bit patterns, anywhere in it);
/// - it holds no address the kernel follows (no pointer or address-sized integer field that a
///   syscall reads as a place to read or write memory), so handing it to the kernel cannot
///   make the kernel touch memory Rust does not know about;
/// - it is not zero-sized (a slice of it must cover as many bytes as it has elements).
///
/// zcall implements it for the integers, arrays of `Plain` types, and its own `#[repr(C)]`
/// kernel structs that satisfy it. Opt a plain-data struct of your own in with
/// `unsafe impl zcall::Plain for MyStruct {}` (make it `#[repr(C)]` so its layout is the
/// kernel's).
#[diagnostic::on_unimplemented(
    message = "the kernel may write any bytes into `{Self}`, but `{Self}` is not plain data",
    label = "a safe declaration may only let the kernel write memory where any bit pattern \
             is valid",
    note = "`zcall::Plain` is for integers, arrays of them, and zcall's own kernel structs; \
            `bool`, `char`, `NonZero*`, enums, references and pointers have invalid bit \
            patterns or addresses",
    note = "two ways out: declare the function `unsafe fn` (its caller then promises what the \
            kernel writes is valid), or, for a `#[repr(C)]` struct of your own that is plain \
            data, `unsafe impl zcall::Plain for YourType {{}}`"
)]
pub unsafe trait Plain {}

/// Memory the kernel may read: plain data, or a type that holds only addresses that are
/// valid by construction (such as [`IoSlice`](crate::io::IoSlice), whose buffer is borrowed
/// for its whole length).
///
/// # Safety
///
/// Every address inside a value of `Self` that a syscall may follow must point to memory
/// that is valid for the access the syscall makes, for as long as the value is borrowed;
/// and `Self` is not zero-sized. Every [`Plain`] type is `Readable`.
#[diagnostic::on_unimplemented(
    message = "the kernel may read `{Self}`, but `{Self}` may hold an address that is not \
               valid by construction",
    label = "a safe declaration may only hand the kernel memory whose addresses are valid",
    note = "`zcall::Readable` is for plain data (`zcall::Plain`) and types such as `IoSlice` \
            whose pointers come from Rust borrows; raw pointers, `NonNull` and references \
            inside a value are not followed safely",
    note = "two ways out: declare the function `unsafe fn` (its caller then promises every \
            address in it is valid), or, for a type of your own whose addresses are valid by \
            construction, `unsafe impl zcall::Readable for YourType {{}}`"
)]
pub unsafe trait Readable {}

// SAFETY: plain data holds no address the kernel follows, and is not zero-sized.
unsafe impl<T: Plain> Readable for T {}

/// A one-word parameter that a declaration without `unsafe` may take.
///
/// # Safety
///
/// For every value safe code can make, the word [`SyscallArg::into_word`] produces is
/// harmless in any argument position: a number, or the address of memory that is valid
/// for the kernel to read ([`Readable`]) or, behind `&mut`, to write ([`Plain`]) for the
/// whole call.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a parameter of a safe syscall declaration",
    label = "safe code could hand the kernel an invalid address or memory through this",
    note = "safe declarations take integers, `bool`, fds (`BorrowedFd`), `&T`/`Option<&T>` \
            of `zcall::Readable` data, `&mut T`/`Option<&mut T>` of `zcall::Plain` data, \
            `&CStr`, and slices of them; raw pointers and `NonNull` are never safe",
    note = "two ways out: declare the function `unsafe fn` and state what its caller must \
            uphold, or, for a type of your own that is sound for every value, \
            `unsafe impl zcall::SafeArg for YourType {{}}`"
)]
pub unsafe trait SafeArg: SyscallArg {}

/// A slice parameter (two words: pointer, length) that a declaration without `unsafe` may
/// take: `&[T]` of [`Readable`] elements, `&mut [T]` of [`Plain`] ones.
///
/// # Safety
///
/// As [`SafeArg`], for the pointer word: the memory it covers (`len` elements) is valid to
/// read or, for `&mut`, to write with any bytes.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a slice parameter of a safe syscall declaration",
    label = "the kernel may read or write these elements",
    note = "a safe declaration takes `&[T]` with `T: zcall::Readable` and `&mut [T]` with \
            `T: zcall::Plain` (any bit pattern valid, no address inside)",
    note = "two ways out: declare the function `unsafe fn`, or, for an element type of your \
            own, `unsafe impl zcall::Plain for YourType {{}}` (or `zcall::Readable`)"
)]
pub unsafe trait SafeSliceArg: SyscallSliceArg {}

/// A one-word parameter that may stand where the kernel's prototype declares a `__user`
/// pointer, in a declaration without `unsafe`: a reference (or `Option` of one, `None` being
/// null) or a `&CStr` — an address, never a number.
///
/// The stub requires it in addition to [`SafeArg`] (which judges the memory behind the
/// address), so it says nothing about that memory itself.
///
/// # Safety
///
/// For every value safe code can make, [`SyscallArg::into_word`] is null or the address of
/// a live Rust value borrowed for the call — never a number chosen by safe code.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is passed where the kernel reads an address",
    label = "the kernel's prototype declares this parameter as a `__user` pointer",
    note = "a safe declaration passes a reference, `Option<&T>`/`Option<&mut T>` (`None` is \
            null), `&CStr` or a slice where the kernel takes an address; an integer there \
            would let safe code choose any address",
    note = "two ways out: declare the function `unsafe fn`, or pass a reference type (for a \
            type of your own that always holds a valid address: \
            `unsafe impl zcall::SafeAddrArg for YourType {{}}`)"
)]
pub unsafe trait SafeAddrArg {}

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
unsigned!(u8, u16, u32, usize);
signed!(i8, i16, i32, isize);
// A 64-bit integer fits one word only on a 64-bit target. On a 32-bit one it has no
// `SyscallArg`: spelled `u64`/`i64` the attribute passes it as two words
// ([`SyscallPairArg`]); behind an alias (`type off_t = i64`) it is a compile error there,
// never a value silently cut to its low half.
#[cfg(target_pointer_width = "64")]
unsigned!(u64);
#[cfg(target_pointer_width = "64")]
signed!(i64);

mod sealed {
    pub trait Sealed {}
    impl Sealed for u64 {}
    impl Sealed for i64 {}
}

/// A 64-bit integer parameter, spelled `u64` or `i64` in a declaration: one register word
/// on a 64-bit target, two 32-bit words on a 32-bit one, which the attribute places by the
/// target's rules — low half first on i386, an even register pair on ARM EABI (a zero word
/// pads an odd position), an even pair high half first on 32-bit PowerPC.
///
/// Sealed: implemented for `u64` and `i64` only, numbers whatever their value, so a safe
/// declaration may take them. [`hi`](SyscallPairArg::hi) and [`lo`](SyscallPairArg::lo)
/// are the halves, for declarations that pass them as words of their own (`preadv`'s
/// `pos_l`/`pos_h`).
pub trait SyscallPairArg: sealed::Sealed + Copy {
    /// The value's 64 bits (an `i64` as its two's complement).
    fn into_u64(self) -> u64;
    /// The high 32 bits.
    #[inline(always)]
    fn hi(self) -> u32 {
        (self.into_u64() >> 32) as u32
    }
    /// The low 32 bits.
    #[inline(always)]
    fn lo(self) -> u32 {
        self.into_u64() as u32
    }
}

impl SyscallPairArg for u64 {
    #[inline(always)]
    fn into_u64(self) -> u64 {
        self
    }
}

impl SyscallPairArg for i64 {
    #[inline(always)]
    fn into_u64(self) -> u64 {
        self as u64
    }
}

macro_rules! plain {
    ($($t:ty),*) => {$(
        // SAFETY: a number: every bit pattern is valid, no address, not zero-sized.
        unsafe impl Plain for $t {}
    )*};
}
plain!(u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize, f32, f64);
macro_rules! number {
    ($($t:ty),*) => {$(
        // SAFETY: a number, whatever its value.
        unsafe impl SafeArg for $t {}
    )*};
}
number!(u8, u16, u32, usize, i8, i16, i32, isize);
#[cfg(target_pointer_width = "64")]
number!(u64, i64);

// SAFETY: an array of plain data is plain data; a zero-length one is zero-sized, which
// `into_words`' compile-time check rejects for slice elements, and which holds no bytes
// the kernel could write behind a reference.
unsafe impl<T: Plain, const N: usize> Plain for [T; N] {}

// SAFETY: 0 or 1, a number. (Not `Plain`: the kernel writing a byte of 2 into a `bool`
// would make an invalid value.)
unsafe impl SafeArg for bool {}

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
        const {
            assert!(
                size_of::<T>() != 0,
                "zcall: a slice of a zero-sized type cannot be passed to a syscall (its \
                 length counts elements that occupy no memory)"
            )
        };
        (self.as_ptr() as usize, self.len())
    }
}

impl<T> SyscallSliceArg for &mut [T] {
    #[inline(always)]
    fn into_words(self) -> (usize, usize) {
        const {
            assert!(
                size_of::<T>() != 0,
                "zcall: a slice of a zero-sized type cannot be passed to a syscall (its \
                 length counts elements that occupy no memory)"
            )
        };
        (self.as_mut_ptr() as usize, self.len())
    }
}

// SAFETY: the borrow keeps `len` readable elements valid for the call; `Readable` elements
// hold only valid addresses; not zero-sized (checked in `into_words`).
unsafe impl<T: Readable> SafeSliceArg for &[T] {}
// SAFETY: the exclusive borrow lets the kernel write the `len` elements, and any bytes it
// writes are valid `Plain` values.
unsafe impl<T: Plain> SafeSliceArg for &mut [T] {}

// SAFETY: the address of a live, readable `T`, whose own addresses are valid.
unsafe impl<T: Readable> SafeArg for &T {}
// SAFETY: the address of a live, exclusively borrowed `T` that any bytes leave valid.
unsafe impl<T: Plain> SafeArg for &mut T {}
// SAFETY: as for `&T`, or null.
unsafe impl<T: Readable> SafeArg for Option<&T> {}
// SAFETY: as for `&mut T`, or null.
unsafe impl<T: Plain> SafeArg for Option<&mut T> {}
// SAFETY: a reference's address: a live value, never a chosen number.
unsafe impl<T: ?Sized> SafeAddrArg for &T {}
// SAFETY: as above.
unsafe impl<T: ?Sized> SafeAddrArg for &mut T {}
// SAFETY: as above, or null.
unsafe impl<T: ?Sized> SafeAddrArg for Option<&T> {}
// SAFETY: as above, or null.
unsafe impl<T: ?Sized> SafeAddrArg for Option<&mut T> {}

impl SyscallArg for &core::ffi::CStr {
    /// The address of the first byte; the string is NUL-terminated.
    #[inline(always)]
    fn into_word(self) -> usize {
        self.as_ptr() as usize
    }
}

impl SyscallArg for Option<&core::ffi::CStr> {
    /// `None` is null.
    #[inline(always)]
    fn into_word(self) -> usize {
        match self {
            Some(s) => s.as_ptr() as usize,
            None => 0,
        }
    }
}

// SAFETY: a NUL-terminated string borrowed for the call: the kernel reads up to the NUL.
unsafe impl SafeArg for &core::ffi::CStr {}
// SAFETY: as above, or null.
unsafe impl SafeArg for Option<&core::ffi::CStr> {}

#[cfg(feature = "std")]
impl SyscallArg for std::os::fd::BorrowedFd<'_> {
    /// The fd number; the borrow keeps it open for the duration of the call.
    #[inline(always)]
    fn into_word(self) -> usize {
        use std::os::fd::AsRawFd;
        self.as_raw_fd().into_word()
    }
}

// SAFETY: an fd number, kept open by the borrow: a number to the kernel.
#[cfg(feature = "std")]
unsafe impl SafeArg for std::os::fd::BorrowedFd<'_> {}
// SAFETY: as above, or -1.
#[cfg(feature = "std")]
unsafe impl SafeArg for Option<std::os::fd::BorrowedFd<'_>> {}

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
    fn pairs_split_into_halves() {
        let v = 0x1_2345_6789u64;
        assert_eq!((v.hi(), v.lo()), (1, 0x2345_6789));
        assert_eq!(((-2i64).hi(), (-2i64).lo()), (u32::MAX, u32::MAX - 1));
        assert_eq!(crate::__private::lo(v), 0x2345_6789);
        assert_eq!(crate::__private::hi(v), 1);
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
