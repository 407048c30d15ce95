use zcall::{syscall, Errno};

#[syscall(nr = 30 + 9)]
fn getpid() -> Result<u32, Errno>;

#[syscall(nr = "39")]
fn getpid2() -> Result<u32, Errno>;

fn main() {}
