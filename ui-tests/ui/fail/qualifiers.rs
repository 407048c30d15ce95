use zcall::{syscall, Errno};

#[syscall(nr = zcall::nr::GETPID)]
async fn a() -> Result<u32, Errno>;

#[syscall(nr = zcall::nr::GETPID)]
const fn b() -> Result<u32, Errno>;

#[syscall(nr = zcall::nr::GETPID)]
extern "C" fn c() -> Result<u32, Errno>;

fn main() {}
