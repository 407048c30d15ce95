use zcall::{syscall, Errno};

#[syscall(nr = zcall::nr::GETPID)]
#[inline]
fn getpid() -> Result<u32, Errno>;

fn main() {}
