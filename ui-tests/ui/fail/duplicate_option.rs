use zcall::{syscall, Errno};

#[syscall(nr = zcall::nr::GETPID, nr = 39)]
fn getpid() -> Result<u32, Errno>;

#[syscall(nr = zcall::nr::GETPID, crate = ::zcall, crate = ::zcall)]
fn getpid2() -> Result<u32, Errno>;

fn main() {}
