// The kernel writes raw bytes through `&mut`: a safe declaration may only hand it memory
// where every bit pattern is valid and no address lives.
use std::num::NonZeroU32;
use std::os::fd::BorrowedFd;
use zcall::{syscall, Errno};

#[syscall(nr = zcall::nr::READ)]
fn read_refs(fd: BorrowedFd<'_>, buf: &mut [&'static u64]) -> Result<usize, Errno>;

#[syscall(nr = zcall::nr::READ, short)]
fn read_bool(fd: BorrowedFd<'_>, buf: &mut bool) -> Result<usize, Errno>;

#[syscall(nr = zcall::nr::READ, short)]
fn read_char(fd: BorrowedFd<'_>, buf: &mut char) -> Result<usize, Errno>;

#[syscall(nr = zcall::nr::READ, short)]
fn read_nonzero(fd: BorrowedFd<'_>, buf: Option<&mut NonZeroU32>) -> Result<usize, Errno>;

#[repr(u8)]
enum Mode {
    A = 1,
}

#[syscall(nr = zcall::nr::READ)]
fn read_enum(fd: BorrowedFd<'_>, buf: &mut [Mode]) -> Result<usize, Errno>;

// A zero-sized element: a length of 1000 and no bytes behind it.
#[syscall(nr = zcall::nr::READ)]
fn read_zst(fd: BorrowedFd<'_>, buf: &mut [()]) -> Result<usize, Errno>;

// A struct of the user's own that holds a pointer the kernel may write, or follow.
#[repr(C)]
struct Holder {
    ptr: *mut u8,
    len: usize,
}

#[syscall(nr = zcall::nr::READ, short)]
fn read_holder(fd: BorrowedFd<'_>, buf: &mut Holder) -> Result<usize, Errno>;

#[syscall(nr = zcall::nr::WRITEV)]
fn writev_holders(fd: BorrowedFd<'_>, iov: &[Holder]) -> Result<usize, Errno>;

// A user type passed by value must say it is safe for every value.
#[derive(Clone, Copy)]
struct Handle(usize);
impl zcall::SyscallArg for Handle {
    fn into_word(self) -> usize {
        self.0
    }
}

#[syscall(nr = zcall::nr::CLOSE)]
fn close_handle(h: Handle) -> Result<(), Errno>;

fn main() {
    let _ = Mode::A;
}
