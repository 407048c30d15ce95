use zcall::{syscall, Errno};

#[syscall(nr = zcall::nr::WRITE)]
fn write(fd: i32, buf: *const u8, len: usize) -> Result<usize, Errno>;

#[syscall(nr = zcall::nr::READ)]
fn readv(fd: i32, iov: &[*mut u8]) -> Result<usize, Errno>;

fn main() {}
