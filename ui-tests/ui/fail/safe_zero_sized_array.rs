// `[u8; 0]` is plain data but occupies no memory: a slice of it has a length and no
// bytes. Rejected for every declaration, safe or not, when the stub is compiled.
use std::os::fd::{AsFd, BorrowedFd};
use zcall::{syscall, Errno};

#[syscall(nr = zcall::nr::READ)]
fn read_empty(fd: BorrowedFd<'_>, buf: &mut [[u8; 0]]) -> Result<usize, Errno>;

fn main() {
    let mut none = [[0u8; 0]; 1000];
    let _ = read_empty(std::io::stdin().as_fd(), &mut none);
}
