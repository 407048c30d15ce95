use zcall::{syscall, Errno};

// One declaration, one stub: a second attribute is one error, on that attribute.
#[syscall(nr = zcall::nr::GETPID)]
#[zcall::syscall(nr = zcall::nr::GETPID)]
fn getpid() -> Result<u32, Errno>;

fn main() {}
