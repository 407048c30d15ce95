use zcall::{syscall, Errno};

#[syscall(nr = zcall::nr::GETPID, number = 39)]
fn getpid() -> Result<u32, Errno>;

#[syscall(nr = zcall::nr::GETPID, inline)]
fn getpid2() -> Result<u32, Errno>;

fn main() {}
