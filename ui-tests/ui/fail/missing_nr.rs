use zcall::{syscall, Errno};

#[syscall]
fn getpid() -> Result<u32, Errno>;

#[syscall(crate = ::zcall)]
fn getpid2() -> Result<u32, Errno>;

fn main() {}
