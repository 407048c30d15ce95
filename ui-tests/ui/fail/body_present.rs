use zcall::{syscall, Errno};

#[syscall(nr = zcall::nr::GETPID)]
fn getpid() -> Result<u32, Errno> {
    Ok(1)
}

fn main() {}
