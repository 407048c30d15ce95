use zcall::{syscall, Errno};

#[syscall(nr = zcall::nr::GETPID, number = 39)]
fn getpid() -> Result<u32, Errno>;

#[syscall(nr = zcall::nr::GETPID, inline)]
fn getpid2() -> Result<u32, Errno>;

// Beside a bad option, `nr = n` still names the number parameter: six argument words
// fit, and the unknown option is the only error.
#[syscall(nr = n, bogus)]
unsafe fn dynamic(n: usize, a: u8, b: u8, c: u8, d: u8, e: u8, f: u8) -> Result<usize, Errno>;

fn main() {}
