use std::ptr::NonNull;
use zcall::{syscall, Errno};

#[syscall(nr = zcall::nr::WRITE)]
fn write(fd: i32, buf: *const u8, len: usize) -> Result<usize, Errno>;

#[syscall(nr = zcall::nr::READ)]
fn readv(fd: i32, iov: &[*mut u8]) -> Result<usize, Errno>;

// NonNull is a raw pointer that is not null: just as unsafe to hand to the kernel.
#[syscall(nr = zcall::nr::READ)]
fn read(fd: i32, buf: NonNull<u8>, len: usize) -> Result<usize, Errno>;

#[syscall(nr = zcall::nr::MUNMAP)]
fn munmap(addr: Option<core::ptr::NonNull<u8>>, len: usize) -> Result<(), Errno>;

fn main() {}
