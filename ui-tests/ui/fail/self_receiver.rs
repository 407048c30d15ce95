use zcall::{syscall, Errno};

struct Fd(i32);

impl Fd {
    #[syscall(nr = zcall::nr::CLOSE)]
    fn close(self) -> Result<(), Errno>;
}

fn main() {}
