//! The raw primitives: a syscall by number with 0 to 6 word arguments.
//!
//! They are declared with the attribute like everything else, with the number taken from
//! their first parameter. `syscallN` decodes the target's error convention; `syscallN_raw`
//! returns the [`RawResult`] untouched.

use crate::{syscall, Errno, RawResult};

macro_rules! primitives {
    ($( $n:literal: $decoded:ident, $raw:ident ($($a:ident),*); )*) => {$(
        #[doc = concat!("Syscall `nr` with ", stringify!($n), " argument words; errors decoded.")]
        ///
        /// # Safety
        ///
        /// The arguments must be valid for syscall `nr` on this target: every pointer the
        /// kernel will read or write must be valid for that access and length, every fd
        /// the call consumes must be owned by the caller, and the call must not break an
        /// invariant Rust relies on (unmapping memory still borrowed, say).
        #[syscall(crate = crate, nr = nr)]
        pub unsafe fn $decoded(nr: usize $(, $a: usize)*) -> Result<usize, Errno>;

        #[doc = concat!("Syscall `nr` with ", stringify!($n), " argument words; the result registers untouched.")]
        ///
        /// # Safety
        ///
        #[doc = concat!("As for [`", stringify!($decoded), "`].")]
        #[syscall(crate = crate, nr = nr)]
        pub unsafe fn $raw(nr: usize $(, $a: usize)*) -> RawResult;
    )*};
}

primitives! {
    0: syscall0, syscall0_raw ();
    1: syscall1, syscall1_raw (a1);
    2: syscall2, syscall2_raw (a1, a2);
    3: syscall3, syscall3_raw (a1, a2, a3);
    4: syscall4, syscall4_raw (a1, a2, a3, a4);
    5: syscall5, syscall5_raw (a1, a2, a3, a4, a5);
    6: syscall6, syscall6_raw (a1, a2, a3, a4, a5, a6);
}
