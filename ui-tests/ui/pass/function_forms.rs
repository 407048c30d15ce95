//! Visibility, attributes, docs, lifetimes, `unsafe`, number forms and `crate = …`.
#![deny(missing_docs)]
// `nr = (…)` is accepted as written; rustc's own lint on the parentheses is not tested here.
#![allow(unused_parens)]
//! Crate docs.

use zcall::{syscall, Errno};

/// Docs are kept.
#[syscall(nr = zcall::nr::GETPID)]
#[must_use]
#[allow(dead_code)]
pub fn documented() -> Result<u32, Errno>;

mod inner {
    use zcall::{syscall, Errno};
    /// Visibility is kept.
    #[syscall(nr = zcall::nr::GETPID)]
    pub(crate) fn visible() -> Result<u32, Errno>;
}

/// A literal number (the same as `nr::GETPID` on this target).
#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
#[syscall(nr = 39)]
pub fn literal() -> Result<u32, Errno>;

/// A parenthesized path.
#[syscall(nr = (zcall::nr::GETPID))]
pub fn paren() -> Result<u32, Errno>;

/// A number taken at run time.
///
/// # Safety
/// `n` must be a syscall that takes one ignorable word and touches no memory.
#[syscall(nr = n)]
pub unsafe fn by_number(n: usize, a: u32) -> Result<u32, Errno>;

/// A number parameter named through a `macro_rules!` fragment: `$n:expr` reaches the
/// attribute as an invisible group around `n`, which still names the parameter (it is the
/// number, not the first argument word).
macro_rules! declare_by_number {
    ($n:expr, $name:ident) => {
        /// kill(2) by number.
        ///
        /// # Safety
        /// `n` must be a syscall whose two words are a pid and a signal, like kill.
        #[syscall(nr = $n)]
        pub unsafe fn kill_by_number($name: usize, pid: u32, sig: i32) -> Result<u32, Errno>;
    };
}
declare_by_number!(n, n);

/// Lifetimes with bounds (a literal number: not checked against the kernel's count).
#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
#[syscall(nr = 39)]
pub fn lifetimes<'a, 'b: 'a>(a: &'a u8, b: &'b u8) -> Result<u32, Errno>
where
    'a: 'a;

/// The crate under another name.
pub mod renamed {
    use ::zcall as z;
    /// Through the renamed path.
    #[z::syscall(crate = z, nr = z::nr::GETPID)]
    pub fn getpid() -> Result<u32, z::Errno>;
}

fn main() {
    let pid = std::process::id();
    assert_eq!(documented(), Ok(pid));
    assert_eq!(inner::visible(), Ok(pid));
    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    assert_eq!(literal(), Ok(pid));
    assert_eq!(paren(), Ok(pid));
    // SAFETY: getpid ignores its argument and touches no memory.
    assert_eq!(unsafe { by_number(zcall::nr::GETPID, 7) }, Ok(pid));
    // SAFETY: kill with signal 0 sends nothing; it only checks that the process exists.
    assert_eq!(unsafe { kill_by_number(zcall::nr::KILL, pid, 0) }, Ok(0));
    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    assert_eq!(lifetimes(&1, &2), Ok(pid));
    assert_eq!(renamed::getpid(), Ok(pid));
    // The stub of a safe declaration is a safe fn pointer; of an unsafe one, unsafe.
    let _: fn() -> Result<u32, Errno> = paren;
    let _: unsafe fn(usize, u32) -> Result<u32, Errno> = by_number;
}
