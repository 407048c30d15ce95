//! Every accepted return type.
use std::os::fd::{OwnedFd, RawFd};
use zcall::{nr, syscall, Errno, RawResult};

#[syscall(nr = nr::GETPID)]
fn unit() -> Result<(), Errno>;
#[syscall(nr = nr::GETPID)]
fn int() -> Result<i64, Errno>;
#[syscall(nr = nr::GETPID)]
fn word() -> usize;
#[syscall(nr = nr::GETPID)]
fn narrow() -> u32;
#[syscall(nr = nr::GETPID)]
fn raw() -> RawResult;
#[syscall(nr = nr::GETPID)]
unsafe fn pointer() -> Result<*mut u8, Errno>;
#[syscall(nr = nr::GETPID)]
unsafe fn const_pointer() -> Result<*const u8, Errno>;
#[syscall(nr = nr::GETPID)]
fn rawfd() -> Result<RawFd, Errno>;

// dup(0) really returns a new fd: an OwnedFd return is honest here.
#[cfg(target_os = "linux")]
#[syscall(nr = nr::DUP)]
fn dup(fd: RawFd) -> Result<OwnedFd, Errno>;

#[syscall(nr = nr::EXIT_GROUP)]
fn exit_group(code: i32) -> !;

/// A user's own success type.
struct Pid(u32);
impl zcall::FromWord for Pid {
    unsafe fn from_word(word: usize) -> Self {
        Pid(word as u32)
    }
}
#[syscall(nr = nr::GETPID)]
fn pid() -> Result<Pid, Errno>;

/// A user's own whole return type.
struct Checked(bool);
impl zcall::SyscallReturn for Checked {
    unsafe fn from_raw(raw: RawResult) -> Self {
        Checked(!raw.is_err())
    }
}
#[syscall(nr = nr::GETPID)]
fn checked() -> Checked;

fn main() {
    let id = std::process::id();
    assert_eq!(unit(), Ok(()));
    assert_eq!(int(), Ok(id as i64));
    assert_eq!(word(), id as usize);
    assert_eq!(narrow(), id);
    assert_eq!(raw().decode(), Ok(id as usize));
    // SAFETY: the "pointer" is only compared, never dereferenced.
    assert_eq!(unsafe { pointer() }, Ok(id as usize as *mut u8));
    // SAFETY: as above.
    assert_eq!(unsafe { const_pointer() }, Ok(id as usize as *const u8));
    assert_eq!(rawfd(), Ok(id as i32));
    #[cfg(target_os = "linux")]
    drop(dup(0).expect("dup"));
    assert_eq!(pid().map(|p| p.0), Ok(id));
    assert!(checked().0);
    if std::env::args().count() > 100 {
        exit_group(0);
    }
}
