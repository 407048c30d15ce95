//! The kernel-arity check: exact counts compile, `short` opts into fewer words, and
//! numbers that are not zcall's constants are not checked.
use zcall::{nr, syscall, Errno};

/// Exactly the kernel's 3 words: fd, and the slice's pointer and length.
#[syscall(nr = nr::WRITE)]
fn write(fd: i32, buf: &[u8]) -> Result<usize, Errno>;

/// A short form: `write` without its length (the kernel reads whatever the third register
/// holds, so this is `unsafe`, and only here to show the opt-out compiles).
///
/// # Safety
/// Never call it.
#[allow(dead_code)]
#[syscall(nr = nr::WRITE, short)]
unsafe fn write_short(fd: i32, buf: *const u8) -> Result<usize, Errno>;

/// The caller's own constant is not checked.
const MY_GETPID: usize = nr::GETPID;
#[syscall(nr = MY_GETPID)]
fn getpid_with_ignored_args(a: u32, b: u32) -> Result<u32, Errno>;

fn main() {
    assert_eq!(write(-1, b"x"), Err(Errno::EBADF));
    assert_eq!(getpid_with_ignored_args(1, 2), Ok(std::process::id()));
}
