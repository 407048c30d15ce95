use zcall::{syscall, Errno};

// Not a register word (an `unsafe fn`, so only the conversion is judged).
#[syscall(nr = zcall::nr::WRITE)]
unsafe fn write(fd: i32, buf: String, len: usize) -> Result<usize, Errno>;

type Bytes<'a> = &'a [u8];

// A slice behind an alias would silently lose its length: it is a trait error instead.
#[syscall(nr = zcall::nr::WRITE)]
unsafe fn write2(fd: i32, buf: Bytes<'_>, len: usize) -> Result<usize, Errno>;

fn main() {}
