use zcall::{syscall, Errno};

// A bare name that is no parameter is taken for a constant: rustc reports it unresolved,
// on the name. (In a file of its own: the macro's own errors elsewhere would stop
// compilation before name resolution.)
#[syscall(nr = not_a_param)]
fn getpid3() -> Result<u32, Errno>;

fn main() {}
