use zcall::{syscall, Errno};

// Every problem of one declaration is reported together, each on its own tokens.
#[syscall(nr = 0, bogus)]
async fn everything<T>(self, (a, b): (u8, u8), p: *const u8) -> Result<(), Errno> {}

fn main() {}
