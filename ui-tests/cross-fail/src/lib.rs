//! Declarations whose word count is right on some targets and wrong on others. The arity
//! errors are behind each target's `cfg`, so a native build cannot show them:
//! `scripts/cross.sh` checks this crate per target with each feature and compares the result
//! (success, or the error naming that target) with what is expected. Without a feature it
//! is empty.
#![no_std]
#![allow(dead_code)]

#[cfg(all(feature = "halves", target_os = "linux", target_pointer_width = "32"))]
mod halves {
    use zcall::{syscall, Errno};

    /// ftruncate64 with the length's halves as words of their own: i386 reads
    /// `(fd, lo, hi)`, but arm EABI and 32-bit PowerPC read `(fd, <pad>, lo, hi)` (hi, lo on
    /// PowerPC): one word short there.
    #[syscall(nr = zcall::nr::FTRUNCATE64)]
    pub fn ftruncate64(fd: i32, lo: u32, hi: u32) -> Result<(), Errno>;
}

#[cfg(all(feature = "alias", target_os = "linux"))]
mod alias {
    use zcall::{syscall, Errno};

    /// A 64-bit offset behind an alias is one word: right on 64-bit targets.
    pub type Off = i64;

    /// pread64 with its offset spelled as an alias: the attribute cannot see a 64-bit
    /// value, so on a 32-bit target the word count is wrong (and `i64` has no
    /// `SyscallArg` there, so it could not be truncated either).
    #[syscall(nr = zcall::nr::PREAD64)]
    pub unsafe fn pread64(fd: i32, buf: *mut u8, len: usize, off: Off) -> Result<usize, Errno>;
}

#[cfg(all(feature = "mmap6", target_os = "linux", target_pointer_width = "64"))]
mod mmap6 {
    use zcall::{syscall, Errno};

    /// mmap with its six arguments in registers: the form of x86_64 and the generic 64-bit
    /// table. s390x's `mmap` (90) is `sys_old_mmap(struct mmap_arg_struct __user *arg)`
    /// (`arch/s390/kernel/syscalls/syscall.tbl`): one pointer to the six words, so this
    /// declaration is five words too many there.
    #[syscall(nr = zcall::nr::MMAP)]
    pub unsafe fn mmap(
        addr: *mut u8,
        len: usize,
        prot: i32,
        flags: i32,
        fd: i32,
        off: i64,
    ) -> Result<*mut u8, Errno>;
}
