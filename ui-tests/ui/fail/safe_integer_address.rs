// Where the kernel's prototype declares a `__user` pointer, a safe declaration passes an
// address that is valid by construction, never an integer safe code chose.
use std::os::fd::BorrowedFd;
use zcall::{syscall, Errno};

// Spelled as an integer: the error names the kernel's parameter.
#[syscall(nr = zcall::nr::READ)]
fn read_to(fd: BorrowedFd<'_>, buf: usize, len: usize) -> Result<usize, Errno>;

// Behind an alias: the type system still sees an integer.
type Addr = u64;

#[syscall(nr = zcall::nr::WRITE)]
fn write_from(fd: BorrowedFd<'_>, buf: Addr, len: usize) -> Result<usize, Errno>;

// A slice one word early: its length lands on `buf`.
#[syscall(nr = zcall::nr::READ, short)]
fn read_shifted(buf: &mut [u8]) -> Result<usize, Errno>;

fn main() {}
