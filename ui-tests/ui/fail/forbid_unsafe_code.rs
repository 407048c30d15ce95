//! Declaring a syscall is writing unsafe code: a crate that forbids `unsafe_code` cannot
//! declare one, safe or `unsafe fn`, any more than it could write the `asm!` by hand.
#![forbid(unsafe_code)]

use zcall::{syscall, Errno};

// Safe to call, and wrong: munmap is not sound for every address. forbid catches it.
#[syscall(nr = zcall::nr::MUNMAP)]
fn oops(addr: usize, len: usize) -> Result<(), Errno>;

#[syscall(nr = zcall::nr::GETPID)]
pub unsafe fn getpid() -> Result<u32, Errno>;

#[syscall(nr = zcall::nr::EXIT_GROUP)]
fn exit_group(code: i32) -> !;

// Under forbid, allowing it on the declaration is itself an error.
#[allow(unsafe_code)]
#[syscall(nr = zcall::nr::GETPPID)]
fn getppid() -> u32;

fn main() {
    let _ = oops(0, 0);
    let _ = getppid();
    exit_group(0);
}
