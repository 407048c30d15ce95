//! The kernel-arity check counts words per target. Natively (x86_64) both declarations
//! below are right; built for a 32-bit target the second is wrong, and fails there with an
//! error naming that target (`scripts/cross.sh` checks it: ui-tests/cross-fail).
use zcall::{nr, syscall, Errno};

/// pread64 with its offset spelled `i64`: the attribute passes it in one word on 64-bit
/// targets and in two, placed by each ABI's rules, on 32-bit ones: right everywhere.
#[allow(dead_code)]
#[syscall(nr = nr::PREAD64)]
unsafe fn pread64(fd: i32, buf: *mut u8, len: usize, off: i64) -> Result<usize, Errno>;

/// A 64-bit offset behind an alias is one word: right on 64-bit targets (4 words), wrong
/// on i686 (5), arm and powerpc (6).
type Off = i64;

#[allow(dead_code)]
#[syscall(nr = nr::PREAD64)]
unsafe fn pread64_alias(fd: i32, buf: *mut u8, len: usize, off: Off) -> Result<usize, Errno>;

fn main() {}
