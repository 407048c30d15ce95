// A safe declaration is judged by its types, not their spelling: a raw pointer behind an
// alias, a renamed import, a type macro or an associated type is still a raw pointer.
use std::os::fd::BorrowedFd;
use zcall::{syscall, Errno};

type Addr = *mut u8;

#[syscall(nr = zcall::nr::READ)]
fn read_alias(fd: BorrowedFd<'_>, buf: Addr, len: usize) -> Result<usize, Errno>;

use core::ptr::NonNull as Nn;

#[syscall(nr = zcall::nr::READ)]
fn read_renamed(fd: BorrowedFd<'_>, buf: Nn<u8>, len: usize) -> Result<usize, Errno>;

macro_rules! ptr {
    () => {
        *mut u8
    };
}

#[syscall(nr = zcall::nr::READ)]
fn read_macro(fd: BorrowedFd<'_>, buf: ptr!(), len: usize) -> Result<usize, Errno>;

trait Tr {
    type P;
}
impl Tr for () {
    type P = *mut u8;
}

#[syscall(nr = zcall::nr::READ)]
fn read_assoc(fd: BorrowedFd<'_>, buf: <() as Tr>::P, len: usize) -> Result<usize, Errno>;

fn main() {}
