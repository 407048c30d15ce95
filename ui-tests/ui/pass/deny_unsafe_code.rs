//! A crate that denies `unsafe_code` declares syscalls by allowing it on each declaration
//! (the attributes are kept on the generated function), where a reviewer sees it.
#![deny(unsafe_code)]
// The nested `unsafe` blocks of the stub stay quiet where unused_unsafe is denied.
#![deny(unused_unsafe)]

use zcall::{nr, syscall, Errno};

/// Before the attribute …
#[allow(unsafe_code)]
#[syscall(nr = nr::GETPID)]
fn getpid() -> Result<u32, Errno>;

/// … or after it.
#[syscall(nr = nr::GETPPID)]
#[allow(unsafe_code)]
fn getppid() -> u32;

/// An `unsafe fn`, and one that never returns.
///
/// # Safety
/// As kill(2): sending `sig` to `pid` must not break the program.
#[allow(unsafe_code)]
#[syscall(nr = nr::KILL)]
unsafe fn kill(pid: i32, sig: i32) -> Result<(), Errno>;

#[allow(unsafe_code)]
#[syscall(nr = nr::EXIT_GROUP)]
fn exit_group(code: i32) -> !;

fn main() {
    assert_eq!(getpid(), Ok(std::process::id()));
    assert_eq!(getppid(), std::os::unix::process::parent_id());
    #[allow(unsafe_code)]
    // SAFETY: signal 0 only checks that the process exists.
    let r = unsafe { kill(std::process::id() as i32, 0) };
    assert_eq!(r, Ok(()));
    if std::env::args().count() > 100 {
        exit_group(0);
    }
}
