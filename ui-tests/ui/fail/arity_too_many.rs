use zcall::{nr, syscall, Errno};

// write(fd, buf, count) takes 3 words; a flags word is one too many.
#[syscall(nr = nr::WRITE)]
fn write(fd: i32, buf: &[u8], flags: i32) -> Result<usize, Errno>;

// close(fd) takes 1.
#[syscall(nr = zcall::nr::CLOSE)]
unsafe fn close(fd: i32, extra: u32) -> Result<(), Errno>;

fn main() {}
