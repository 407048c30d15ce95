//! Building a result by hand is `unsafe`: `FromWord::from_word` and
//! `SyscallReturn::from_raw` could otherwise make an `OwnedFd` of any number in safe code
//! (and drop it, closing an fd someone else owns).
use std::os::fd::OwnedFd;
use zcall::{Errno, FromWord, RawResult, SyscallReturn};

fn main() {
    let _fd: OwnedFd = FromWord::from_word(0);
    let raw: RawResult = unsafe { zcall::syscall0_raw(zcall::nr::GETPID) };
    let _fd: Result<OwnedFd, Errno> = SyscallReturn::from_raw(raw);
}
