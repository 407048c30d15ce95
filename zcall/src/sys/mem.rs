//! Memory: mmap, munmap, and on Linux memfd_create.

#[cfg(target_os = "linux")]
use core::ffi::{c_char, CStr};

use crate::fd::BorrowedFd;
#[cfg(target_os = "linux")]
use crate::fd::OwnedFd;
use crate::{nr, syscall, Errno};

/// mmap(2): maps `len` bytes (rounded up to whole pages) of `fd` from `offset`, or
/// anonymous memory with `MAP_ANONYMOUS` and `fd = None` (passed as `-1`), and returns the
/// start of the mapping.
///
/// `prot` is `PROT_*`, `flags` one of `MAP_SHARED`/`MAP_PRIVATE` (Linux also
/// `MAP_SHARED_VALIDATE`) or-ed with other `MAP_*` flags. Without `MAP_FIXED` (or Linux's
/// `MAP_FIXED_NOREPLACE`), `addr` is only a hint and null lets the kernel choose. `offset`
/// must be a multiple of the page size, and `len == 0` is `EINVAL`.
///
/// # Safety
///
/// - With `MAP_FIXED`, the new mapping silently replaces whatever was mapped at
///   `addr..addr + len` (rounded to pages): the caller must own that whole range — no Rust
///   object, allocator memory, stack, code or other mapping anybody still uses may be there.
/// - The caller is responsible for every access to the returned memory: only the mapped
///   length is valid, with the access `prot` allows; a `MAP_SHARED` mapping changes whenever
///   the file or another process writing the same object changes it (and a file mapping past
///   the end of the file faults with `SIGBUS`), so Rust references into it are only sound
///   while nothing else can write those bytes.
#[cfg(not(all(
    target_os = "linux",
    any(target_pointer_width = "32", target_arch = "s390x")
)))]
#[syscall(crate = crate, nr = nr::MMAP)]
pub unsafe fn mmap(
    addr: *mut u8,
    len: usize,
    prot: i32,
    flags: i32,
    fd: Option<BorrowedFd<'_>>,
    offset: i64,
) -> Result<*mut u8, Errno>;

/// mmap(2) (through `mmap2` on 32-bit Linux): maps `len` bytes (rounded up to whole pages) of `fd` from `offset`, or
/// anonymous memory with `MAP_ANONYMOUS` and `fd = None` (passed as `-1`), and returns the
/// start of the mapping.
///
/// `prot` is `PROT_*`, `flags` one of `MAP_SHARED`/`MAP_PRIVATE` (Linux also
/// `MAP_SHARED_VALIDATE`) or-ed with other `MAP_*` flags. Without `MAP_FIXED` (or Linux's
/// `MAP_FIXED_NOREPLACE`), `addr` is only a hint and null lets the kernel choose. `offset`
/// must be a multiple of the page size, and `len == 0` is `EINVAL`.
///
/// 32-bit Linux has no 6-word `mmap` with a byte offset (i386's and arm's `mmap`, if any,
/// takes one pointer): this calls `mmap2` (192), whose last word is the offset in 4096-byte
/// units on i386, arm and powerpc (`sys_mmap_pgoff`; arm's `sys_mmap2`, powerpc's
/// `sys_mmap2` shifting by `PAGE_SHIFT - 12`). Without a syscall, an offset that is not a
/// multiple of 4096 is `EINVAL`, and one that is negative or from 2^44 on (a page offset
/// that does not fit a word) `EOVERFLOW`, as the 64-bit kernels answer both.
///
/// # Safety
///
/// - With `MAP_FIXED`, the new mapping silently replaces whatever was mapped at
///   `addr..addr + len` (rounded to pages): the caller must own that whole range — no Rust
///   object, allocator memory, stack, code or other mapping anybody still uses may be there.
/// - The caller is responsible for every access to the returned memory: only the mapped
///   length is valid, with the access `prot` allows; a `MAP_SHARED` mapping changes whenever
///   the file or another process writing the same object changes it (and a file mapping past
///   the end of the file faults with `SIGBUS`), so Rust references into it are only sound
///   while nothing else can write those bytes.
#[cfg(all(target_os = "linux", target_pointer_width = "32"))]
#[inline(always)]
pub unsafe fn mmap(
    addr: *mut u8,
    len: usize,
    prot: i32,
    flags: i32,
    fd: Option<BorrowedFd<'_>>,
    offset: i64,
) -> Result<*mut u8, Errno> {
    // mmap2's unit, whatever the page size (arch/*: `sys_mmap2`, `sys_mmap_pgoff`).
    const UNIT: i64 = 4096;
    if offset % UNIT != 0 {
        return Err(Errno::EINVAL);
    }
    if offset < 0 || offset / UNIT > u32::MAX as i64 {
        return Err(Errno::EOVERFLOW);
    }
    // SAFETY: the caller's promise (see above); the offset is the same in 4096-byte units.
    unsafe { sys_mmap2(addr, len, prot, flags, fd, (offset / UNIT) as usize) }
}

#[cfg(all(target_os = "linux", target_pointer_width = "32"))]
#[syscall(crate = crate, nr = nr::MMAP2)]
unsafe fn sys_mmap2(
    addr: *mut u8,
    len: usize,
    prot: i32,
    flags: i32,
    fd: Option<BorrowedFd<'_>>,
    pgoff: usize,
) -> Result<*mut u8, Errno>;

/// mmap(2) (on s390x through the one-pointer `mmap`): maps `len` bytes (rounded up to whole
/// pages) of `fd` from `offset`, or anonymous memory with `MAP_ANONYMOUS` and `fd = None`
/// (passed as `-1`), and returns the start of the mapping.
///
/// `prot` is `PROT_*`, `flags` one of `MAP_SHARED`/`MAP_PRIVATE` (Linux also
/// `MAP_SHARED_VALIDATE`) or-ed with other `MAP_*` flags. Without `MAP_FIXED` (or Linux's
/// `MAP_FIXED_NOREPLACE`), `addr` is only a hint and null lets the kernel choose. `offset`
/// must be a multiple of the page size, and `len == 0` is `EINVAL`.
///
/// s390x's `mmap` (90) is `sys_old_mmap(struct mmap_arg_struct __user *arg)`
/// (`arch/s390/kernel/syscalls/syscall.tbl`, Linux 6.1; `mm/mmap.c`, under
/// `__ARCH_WANT_SYS_OLD_MMAP`, which `arch/s390/include/asm/unistd.h` defines): it copies
/// six `unsigned long`s — addr, len, prot, flags, fd, offset — from the pointer, and fails
/// with `EINVAL` for an offset that is not page-aligned. There is no six-register `mmap`
/// (and no `mmap2`) for 64-bit s390: six registers there are read as a pointer in r2.
///
/// # Safety
///
/// - With `MAP_FIXED`, the new mapping silently replaces whatever was mapped at
///   `addr..addr + len` (rounded to pages): the caller must own that whole range — no Rust
///   object, allocator memory, stack, code or other mapping anybody still uses may be there.
/// - The caller is responsible for every access to the returned memory: only the mapped
///   length is valid, with the access `prot` allows; a `MAP_SHARED` mapping changes whenever
///   the file or another process writing the same object changes it (and a file mapping past
///   the end of the file faults with `SIGBUS`), so Rust references into it are only sound
///   while nothing else can write those bytes.
#[cfg(all(target_os = "linux", target_arch = "s390x"))]
#[inline(always)]
pub unsafe fn mmap(
    addr: *mut u8,
    len: usize,
    prot: i32,
    flags: i32,
    fd: Option<BorrowedFd<'_>>,
    offset: i64,
) -> Result<*mut u8, Errno> {
    use crate::SyscallArg;
    // `struct mmap_arg_struct`, each word as the six-register form would pass it.
    let args: [usize; 6] = [
        <*mut u8 as SyscallArg>::into_word(addr),
        <usize as SyscallArg>::into_word(len),
        <i32 as SyscallArg>::into_word(prot),
        <i32 as SyscallArg>::into_word(flags),
        <Option<BorrowedFd<'_>> as SyscallArg>::into_word(fd),
        <i64 as SyscallArg>::into_word(offset),
    ];
    // SAFETY: the caller's promise (see above); `args` is valid for reads of the six words
    // for the whole call, and the kernel only reads it.
    unsafe { sys_old_mmap(&args) }
}

#[cfg(all(target_os = "linux", target_arch = "s390x"))]
#[syscall(crate = crate, nr = nr::MMAP)]
unsafe fn sys_old_mmap(args: *const [usize; 6]) -> Result<*mut u8, Errno>;

/// munmap(2): removes every mapping in `addr..addr + len` (`len` rounded up to whole
/// pages; unmapped parts of the range are not an error). `addr` must be page-aligned and
/// `len` non-zero, else `EINVAL`.
///
/// # Safety
///
/// Nothing may use the range afterwards: it must hold no live Rust reference or object, no
/// memory owned by an allocator, a stack or code, and no mapping that another part of the
/// program still uses. Every pointer into it dangles after the call.
#[syscall(crate = crate, nr = nr::MUNMAP)]
pub unsafe fn munmap(addr: *mut u8, len: usize) -> Result<(), Errno>;

#[cfg(target_os = "linux")]
#[syscall(crate = crate, nr = nr::MEMFD_CREATE)]
unsafe fn sys_memfd_create(name: *const c_char, flags: u32) -> Result<OwnedFd, Errno>;

/// memfd_create(2): a new anonymous in-memory file, empty, read-write, at position 0.
///
/// `name` (at most 249 bytes, else `EINVAL`) only appears as `/memfd:name` in
/// `/proc/self/fd`. `flags`: `MFD_CLOEXEC`, `MFD_ALLOW_SEALING`, `MFD_HUGETLB` (with a
/// `MFD_HUGE_*` size), `MFD_NOEXEC_SEAL`/`MFD_EXEC`; unknown bits are `EINVAL`.
#[cfg(target_os = "linux")]
#[inline(always)]
pub fn memfd_create(name: &CStr, flags: u32) -> Result<OwnedFd, Errno> {
    // SAFETY: `name` is a NUL-terminated string that stays borrowed for the call; the
    // kernel only reads it (up to the NUL, or fails with EINVAL/EFAULT).
    unsafe { sys_memfd_create(name.as_ptr(), flags) }
}
