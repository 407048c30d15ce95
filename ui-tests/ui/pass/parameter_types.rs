//! Every accepted parameter type, and each one really reaches the kernel: the stubs are
//! declared against `getpid`, which ignores its argument registers, and must still return
//! the process id.
#![allow(clippy::too_many_arguments)]
// Some declarations spell types and patterns the way a user may (`(u32)`, `mut other`);
// rustc lints them exactly as it would on any fn, which is not what this file tests.
#![allow(unused_parens, unused_mut)]

use std::os::fd::{AsFd, BorrowedFd, RawFd};
use std::ptr::NonNull;
use zcall::{syscall, Errno};

/// The caller's own constant: not checked against getpid's kernel argument count (0),
/// which these declarations deliberately exceed.
const GETPID: usize = zcall::nr::GETPID;

#[syscall(nr = GETPID)]
fn ints(a: u8, b: u16, c: u32, d: u64, e: usize, f: bool) -> Result<u32, Errno>;

#[syscall(nr = GETPID)]
fn signed(a: i8, b: i16, c: i32, d: i64, e: isize, f: RawFd) -> Result<u32, Errno>;

#[syscall(nr = GETPID)]
unsafe fn pointers(a: *const u8, b: *mut u64, c: NonNull<u8>) -> Result<u32, Errno>;

#[syscall(nr = GETPID)]
fn references<'a>(a: &'a u32, b: &mut u64, c: Option<&u8>, d: Option<&'a mut i32>) -> Result<u32, Errno>;

#[syscall(nr = GETPID)]
fn slices<'a>(a: &'a [u8], b: &mut [u64], c: &[u8; 4]) -> Result<u32, Errno>;

#[syscall(nr = GETPID)]
fn fds(a: BorrowedFd<'_>, b: Option<BorrowedFd<'_>>) -> Result<u32, Errno>;

#[syscall(nr = GETPID)]
fn parenthesized(a: (u32), b: &([u8])) -> Result<u32, Errno>;

/// A user's own register type.
#[derive(Clone, Copy)]
#[repr(transparent)]
struct Flags(u32);

impl zcall::SyscallArg for Flags {
    fn into_word(self) -> usize {
        self.0 as usize
    }
}

// SAFETY: a number for every value: a safe declaration may take it.
unsafe impl zcall::SafeArg for Flags {}

#[syscall(nr = GETPID)]
fn custom(flags: Flags, mut other: u32) -> Result<u32, Errno>;

fn main() {
    let pid = std::process::id();
    let mut x = 5u64;
    let mut y = 1i32;
    let mut v = [0u64; 3];
    let stdin = std::io::stdin();
    assert_eq!(ints(1, 2, 3, 4, 5, true), Ok(pid));
    assert_eq!(signed(-1, -2, -3, -4, -5, 0), Ok(pid));
    // SAFETY: getpid ignores its argument registers.
    assert_eq!(unsafe { pointers(std::ptr::null(), &mut x, NonNull::dangling()) }, Ok(pid));
    assert_eq!(references(&7, &mut x, None, Some(&mut y)), Ok(pid));
    assert_eq!(slices(b"ab", &mut v, &[1, 2, 3, 4]), Ok(pid));
    assert_eq!(fds(stdin.as_fd(), None), Ok(pid));
    assert_eq!(parenthesized(1, b"x"), Ok(pid));
    assert_eq!(custom(Flags(3), 4), Ok(pid));
}
