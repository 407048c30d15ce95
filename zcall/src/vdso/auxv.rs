//! The auxiliary vector: the `(type, value)` words the kernel puts above `envp` on a new
//! process's stack, and the same words read back from `/proc/self/auxv` with zcall's own
//! `openat`/`pread64`/`close` (no libc `getauxval`).
//!
//! [`read_self_procfs`] also checks, with fstatfs(2), that the file it opened is procfs's:
//! what is at that path is only the kernel's word when `/proc` is a procfs. A chroot, a
//! bind mount or a sandbox can put any file there (valgrind, for one, answers the open with
//! a temporary file of its own), and an `AT_SYSINFO_EHDR` read from it is an address the
//! vDSO code would read and call.

use crate::{nr, syscall, Errno};

/// `AT_NULL`: ends the vector (`include/uapi/linux/auxvec.h`).
pub const AT_NULL: usize = 0;
/// `AT_PAGESZ`: the system page size.
pub const AT_PAGESZ: usize = 6;
/// `AT_UID`: the real user id.
pub const AT_UID: usize = 11;
/// `AT_RANDOM`: address of 16 random bytes.
pub const AT_RANDOM: usize = 25;
/// `AT_SYSINFO_EHDR`: the address of the vDSO's ELF header (absent when there is none).
pub const AT_SYSINFO_EHDR: usize = 33;

/// The value of entry `key` in `auxv`, a sequence of `(type, value)` word pairs; the
/// search stops at `AT_NULL` or at the end of the slice (an odd last word is ignored).
pub fn find(auxv: &[usize], key: usize) -> Option<usize> {
    for pair in auxv.chunks_exact(2) {
        match pair[0] {
            AT_NULL => return None,
            k if k == key => return Some(pair[1]),
            _ => {}
        }
    }
    None
}

#[syscall(crate = crate, nr = nr::OPENAT)]
unsafe fn sys_openat(dirfd: i32, path: *const u8, flags: i32, mode: u32) -> Result<i32, Errno>;

#[syscall(crate = crate, nr = nr::PREAD64)]
unsafe fn sys_pread64(fd: i32, buf: *mut u8, len: usize, offset: i64) -> Result<usize, Errno>;

#[syscall(crate = crate, nr = nr::CLOSE)]
unsafe fn sys_close(fd: i32) -> Result<(), Errno>;

#[cfg(target_pointer_width = "64")]
#[syscall(crate = crate, nr = nr::FSTATFS)]
unsafe fn sys_fstatfs(fd: i32, buf: *mut Statfs) -> Result<(), Errno>;

#[cfg(target_pointer_width = "64")]
#[syscall(crate = crate, nr = nr::STATFS)]
unsafe fn sys_statfs(path: *const u8, buf: *mut Statfs) -> Result<(), Errno>;

// 32-bit targets: `statfs64`/`fstatfs64` (`struct statfs64`, the size passed in), whose
// `f_type` is the first word as in `struct statfs`.
#[cfg(target_pointer_width = "32")]
#[syscall(crate = crate, nr = nr::FSTATFS64)]
unsafe fn sys_fstatfs64(fd: i32, size: usize, buf: *mut Statfs) -> Result<(), Errno>;

#[cfg(target_pointer_width = "32")]
#[syscall(crate = crate, nr = nr::STATFS64)]
unsafe fn sys_statfs64(path: *const u8, size: usize, buf: *mut Statfs) -> Result<(), Errno>;

/// `struct statfs64`'s size, which the kernel checks (`include/uapi/asm-generic/statfs.h`,
/// Linux 6.1): 84 bytes on i386 (its `__u64` fields are 4-aligned) and arm EABI
/// (`arch/arm/include/uapi/asm/statfs.h`: `ARCH_PACK_STATFS64` packed, aligned 4; its
/// `sys_statfs64_wrapper` also takes 88), 88 on powerpc (8-aligned `__u64`).
#[cfg(target_pointer_width = "32")]
const STATFS64_SIZE: usize = if cfg!(target_arch = "powerpc") {
    88
} else {
    84
};

#[cfg(target_pointer_width = "32")]
unsafe fn sys_fstatfs(fd: i32, buf: *mut Statfs) -> Result<(), Errno> {
    // SAFETY: the caller's promise; `Statfs` has room for the struct (see below).
    unsafe { sys_fstatfs64(fd, STATFS64_SIZE, buf) }
}

#[cfg(target_pointer_width = "32")]
unsafe fn sys_statfs(path: *const u8, buf: *mut Statfs) -> Result<(), Errno> {
    // SAFETY: as above.
    unsafe { sys_statfs64(path, STATFS64_SIZE, buf) }
}

/// `PROC_SUPER_MAGIC`, the `f_type` statfs(2) reports for procfs
/// (`include/uapi/linux/magic.h`: `0x9fa0`; the libc crate's `PROC_SUPER_MAGIC` agrees).
pub const PROC_SUPER_MAGIC: u64 = 0x9fa0;

/// Room for the `struct statfs` that statfs(2)/fstatfs(2) write: 120 bytes on every 64-bit
/// Linux target (`include/uapi/asm-generic/statfs.h` with `__statfs_word` = `long`: ten
/// words, an 8-byte `f_fsid` and `f_spare[4]`; x86_64's `asm/statfs.h` is the generic one;
/// the libc crate's `statfs` is 120 bytes for x86_64, aarch64, riscv64 and loongarch64,
/// gnu and musl), 128 on mips64 (`arch/mips/include/uapi/asm/statfs.h`, the 64-bit
/// `struct statfs`: eight `long`s from `f_type` with `f_frsize` third, `f_fsid`,
/// `f_namelen`, `f_flags`, `f_spare[5]`; `f_type` first there too), and for the `struct
/// statfs64` of the 32-bit targets (84 or 88 bytes).
/// A few words more than that, word-aligned. `f_type`, a `long` (`__statfs_word`: 32 bits
/// on 32-bit targets, where it is the first `u32`), is the first field, the only one read.
/// s390x has its own `struct statfs` (`arch/s390/include/uapi/asm/statfs.h`, Linux 6.1: "we
/// mix ints of different sizes"): `unsigned int f_type, f_bsize` first, then the `unsigned
/// long` counts, 88 bytes; its `f_type` is the first 4 bytes (`Statfs::f_type`), which on
/// that big-endian target are the high half of the first word.
#[repr(C)]
struct Statfs {
    words: [usize; 128 / core::mem::size_of::<usize>()],
}

impl Statfs {
    /// `f_type`: the first field, a word (a `u32` on s390x).
    fn f_type(&self) -> u64 {
        #[cfg(target_arch = "s390x")]
        {
            let b = self.words[0].to_ne_bytes();
            u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as u64
        }
        #[cfg(not(target_arch = "s390x"))]
        {
            self.words[0] as u64
        }
    }
}

const _: () = assert!(core::mem::size_of::<Statfs>() >= 128);

/// `f_type` of the filesystem of `fd`.
fn fs_type_of_fd(fd: i32) -> Result<u64, Errno> {
    let mut buf = Statfs {
        words: [0; 128 / core::mem::size_of::<usize>()],
    };
    // SAFETY: `buf` is valid for writes of the kernel's struct statfs (see `Statfs`); an fd
    // that is not open only makes the call fail.
    unsafe { sys_fstatfs(fd, &mut buf) }?;
    Ok(buf.f_type())
}

/// `f_type` of the filesystem of `path` (NUL-terminated).
fn fs_type_of_path(path: &[u8]) -> Result<u64, Errno> {
    debug_assert!(path.ends_with(b"\0"));
    let mut buf = Statfs {
        words: [0; 128 / core::mem::size_of::<usize>()],
    };
    // SAFETY: `path` is NUL-terminated and lives for the call; `buf` as above.
    unsafe { sys_statfs(path.as_ptr(), &mut buf) }?;
    Ok(buf.f_type())
}

/// Why [`read_self_procfs`] has no answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProcAuxvError {
    /// The file opened at `/proc/self/auxv` is not on a procfs (fstatfs(2) reported this
    /// `f_type`, not [`PROC_SUPER_MAGIC`]): not read, its contents are nobody's word.
    NotProcfs(u64),
    /// No `/proc/self/auxv` because `/proc` is not (yet) a mounted procfs: it is missing,
    /// or statfs(2) of it reports another filesystem.
    ProcNotMounted,
    /// A syscall failed with this error: opening (`ENOENT` here means `/proc` is a procfs
    /// without this process's entry), checking or reading the file.
    Sys(Errno),
}

impl ProcAuxvError {
    /// Whether the same call may succeed later: `/proc` not mounted yet, or a shortage of
    /// file descriptors or memory (`EMFILE`, `ENFILE`, `ENOMEM`, `ENOBUFS`, `EAGAIN`,
    /// `EINTR`). Any other error, and a file that is not procfs's, stays as it is.
    pub fn is_transient(self) -> bool {
        match self {
            ProcAuxvError::ProcNotMounted => true,
            ProcAuxvError::NotProcfs(_) => false,
            ProcAuxvError::Sys(e) => matches!(
                e,
                Errno::EMFILE
                    | Errno::ENFILE
                    | Errno::ENOMEM
                    | Errno::ENOBUFS
                    | Errno::EAGAIN
                    | Errno::EINTR
            ),
        }
    }
}

const PATH: &[u8] = b"/proc/self/auxv\0";

/// Opens `/proc/self/auxv` (a new close-on-exec fd, retried on `EINTR`).
fn open_self() -> Result<i32, Errno> {
    loop {
        // SAFETY: PATH is NUL-terminated and lives for the call; the flags ask for a new
        // fd, which nothing else knows about.
        let fd = unsafe {
            sys_openat(
                crate::consts::AT_FDCWD,
                PATH.as_ptr(),
                crate::consts::O_RDONLY | crate::consts::O_CLOEXEC,
                0,
            )
        };
        if fd != Err(Errno::EINTR) {
            return fd;
        }
    }
}

/// The value of entry `key` of this process's auxiliary vector, read from
/// `/proc/self/auxv` through the openat(2), pread64(2) and close(2) syscalls.
///
/// `Ok(None)` when the vector has no such entry; `Err` when the file cannot be opened or
/// read (no `/proc`, a seccomp filter …). No allocation: the file is streamed through a
/// small stack buffer.
///
/// Whatever file is at that path is read: use [`read_self_procfs`] for a value to trust.
///
/// Every read names its own file offset, so the result does not depend on a file position
/// shared with anyone else: valgrind, for one, answers an open of `/proc/self/auxv` with a
/// `dup` of a single descriptor of its own, rewound on each open, so that two threads
/// reading it with plain read(2) interleave and see each other's position.
pub fn read_self(key: usize) -> Result<Option<usize>, Errno> {
    let fd = open_self()?;
    let result = find_in_fd(fd, key);
    // SAFETY: `fd` was opened above, is owned here and is not used afterwards.
    let _ = unsafe { sys_close(fd) };
    result
}

/// [`read_self`], from procfs only: the file opened must be on a procfs (fstatfs(2)
/// `f_type` [`PROC_SUPER_MAGIC`]), else it is not read.
///
/// When the open fails with `ENOENT`, statfs(2) of `/proc` tells
/// [`ProcAuxvError::ProcNotMounted`] (not a procfs, or missing) from a procfs without the
/// file ([`ProcAuxvError::Sys`]`(ENOENT)`).
pub fn read_self_procfs(key: usize) -> Result<Option<usize>, ProcAuxvError> {
    let fd = match open_self() {
        Ok(fd) => fd,
        Err(Errno::ENOENT) => {
            return Err(match fs_type_of_path(b"/proc\0") {
                Ok(PROC_SUPER_MAGIC) => ProcAuxvError::Sys(Errno::ENOENT),
                Ok(_) | Err(Errno::ENOENT) | Err(Errno::ENOTDIR) => ProcAuxvError::ProcNotMounted,
                Err(_) => ProcAuxvError::Sys(Errno::ENOENT),
            })
        }
        Err(e) => return Err(ProcAuxvError::Sys(e)),
    };
    let result = match fs_type_of_fd(fd) {
        Ok(PROC_SUPER_MAGIC) => find_in_fd(fd, key).map_err(ProcAuxvError::Sys),
        Ok(other) => Err(ProcAuxvError::NotProcfs(other)),
        Err(e) => Err(ProcAuxvError::Sys(e)),
    };
    // SAFETY: `fd` was opened above, is owned here and is not used afterwards.
    let _ = unsafe { sys_close(fd) };
    result
}

/// Scans the auxiliary vector in the file `fd` for `key`, with pread64(2) from offset 0.
fn find_in_fd(fd: i32, key: usize) -> Result<Option<usize>, Errno> {
    const W: usize = core::mem::size_of::<usize>();
    let mut buf = [0u8; 512];
    let mut have = 0; // bytes in buf not yet consumed (always < 2 * W after a scan)
    let mut pos: i64 = 0; // file offset of the byte after `buf[..have]`
    loop {
        // SAFETY: the kernel writes at most `buf.len() - have` bytes at `buf[have..]`,
        // which is inside `buf`; a bad `fd` only makes the call fail.
        let read = unsafe { sys_pread64(fd, buf[have..].as_mut_ptr(), buf.len() - have, pos) };
        let n = match read {
            Ok(0) => return Ok(None),
            Ok(n) => n,
            Err(Errno::EINTR) => continue,
            Err(e) => return Err(e),
        };
        have += n;
        pos += n as i64;
        let pairs = have / (2 * W);
        let mut found = None;
        for p in 0..pairs {
            let at = p * 2 * W;
            let word = |o: usize| {
                let mut w = [0u8; W];
                w.copy_from_slice(&buf[o..o + W]);
                usize::from_ne_bytes(w)
            };
            let (k, v) = (word(at), word(at + W));
            if k == AT_NULL {
                found = Some(None);
                break;
            }
            if k == key {
                found = Some(Some(v));
                break;
            }
        }
        if let Some(f) = found {
            return Ok(f);
        }
        // Keep the incomplete pair, if any, at the front.
        let used = pairs * 2 * W;
        buf.copy_within(used..have, 0);
        have -= used;
    }
}
