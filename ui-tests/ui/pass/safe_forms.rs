//! Every sound form a safe declaration may take, each reaching the kernel for real.
use std::ffi::CStr;
use std::io::IoSlice;
use std::os::fd::{AsFd, BorrowedFd};
use zcall::types::Timespec;
use zcall::{syscall, Errno};

/// A plain-data struct of the user's own, opted in with an `unsafe impl`.
#[repr(C)]
#[derive(Clone, Copy, Default, Debug, PartialEq)]
struct Pair {
    a: u32,
    b: u32,
}
// SAFETY: `#[repr(C)]`, two `u32`s: every bit pattern is valid, no address inside.
unsafe impl zcall::Plain for Pair {}

#[syscall(nr = zcall::nr::READ)]
fn read_pairs(fd: BorrowedFd<'_>, buf: &mut [Pair]) -> Result<usize, Errno>;

#[syscall(nr = zcall::nr::READ, short)]
fn read_one(fd: BorrowedFd<'_>, buf: &mut Pair) -> Result<usize, Errno>;

#[syscall(nr = zcall::nr::WRITE)]
fn write_ints(fd: BorrowedFd<'_>, buf: &[u32]) -> Result<usize, Errno>;

#[syscall(nr = zcall::nr::WRITEV)]
fn writev(fd: BorrowedFd<'_>, iov: &[IoSlice<'_>]) -> Result<usize, Errno>;

#[syscall(nr = zcall::nr::CLOCK_GETTIME)]
fn clock_gettime(clock: i32, ts: Option<&mut Timespec>) -> Result<(), Errno>;

#[syscall(nr = zcall::nr::MEMFD_CREATE)]
fn memfd_create(name: &CStr, flags: u32) -> Result<std::os::fd::OwnedFd, Errno>;

#[syscall(nr = zcall::nr::OPENAT, short)]
fn openat(dirfd: Option<BorrowedFd<'_>>, path: Option<&CStr>, flags: i32)
    -> Result<std::os::fd::OwnedFd, Errno>;

/// An alias to a sound type is sound.
type Buf<'a> = &'a mut [u8; 8];

#[syscall(nr = zcall::nr::READ, short)]
fn read_arr(fd: BorrowedFd<'_>, buf: Buf<'_>) -> Result<usize, Errno>;

/// A raw-identifier number in an `unsafe fn` is the number parameter.
#[syscall(nr = r#n)]
unsafe fn call1(r#n: usize, a: usize) -> Result<usize, Errno>;

fn main() {
    let (r, w) = std::io::pipe().unwrap();
    // A slice passes its length in elements: `write` takes it as a byte count, so these
    // four `u32`s send their first four bytes (the declaration's semantics, not a hole).
    let ints = [u32::from_ne_bytes([1, 0, 0, 0]), 2, 3, 4];
    assert_eq!(write_ints(w.as_fd(), &ints), Ok(4));
    assert_eq!(write_ints(w.as_fd(), &[2, 0, 0, 0]), Ok(4));
    // Eight `Pair`s, eight bytes asked: the first pair is filled.
    let mut got = [Pair::default(); 8];
    assert_eq!(read_pairs(r.as_fd(), &mut got), Ok(8));
    assert_eq!(got[0], Pair { a: 1, b: 2 });
    assert_eq!(writev(w.as_fd(), &[IoSlice::new(b"abcdefgh")]), Ok(8));
    // `short`: the count register is 0, so nothing is read (and the pipe keeps its bytes).
    let mut one = Pair::default();
    assert_eq!(read_one(r.as_fd(), &mut one), Ok(0));
    let mut arr = [0u8; 8];
    assert_eq!(read_arr(r.as_fd(), &mut arr), Ok(0));
    let mut ts = Timespec::default();
    assert_eq!(clock_gettime(1, Some(&mut ts)), Ok(()));
    assert!(ts.tv_sec > 0 || ts.tv_nsec > 0);
    assert_eq!(clock_gettime(1, None), Err(Errno::EFAULT));
    let fd = memfd_create(c"zcall-ui", 0).unwrap();
    drop(fd);
    assert_eq!(openat(None, None, 0).err(), Some(Errno::EFAULT));
    // SAFETY: getpid ignores its argument.
    assert_eq!(unsafe { call1(zcall::nr::GETPID, 0) }, Ok(std::process::id() as usize));
}
