use zcall::{syscall, Errno};

#[syscall(nr = 0)]
unsafe fn ioctl(fd: i32, request: u64, args: ...) -> Result<usize, Errno>;

fn main() {}
