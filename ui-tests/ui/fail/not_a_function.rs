use zcall::syscall;

#[syscall(nr = 0)]
struct NotAFunction;

#[syscall(nr = 0)]
static X: u32 = 0;

fn main() {}
