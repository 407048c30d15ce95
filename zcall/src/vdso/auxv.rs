//! The auxiliary vector: the `(type, value)` words the kernel puts above `envp` on a new
//! process's stack, and the same words read back from `/proc/self/auxv` with zcall's own
//! `openat`/`pread64`/`close` (no libc `getauxval`).

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

/// The value of entry `key` of this process's auxiliary vector, read from
/// `/proc/self/auxv` through the openat(2), pread64(2) and close(2) syscalls.
///
/// `Ok(None)` when the vector has no such entry; `Err` when the file cannot be opened or
/// read (no `/proc`, a seccomp filter …). No allocation: the file is streamed through a
/// small stack buffer.
///
/// Every read names its own file offset, so the result does not depend on a file position
/// shared with anyone else: valgrind, for one, answers an open of `/proc/self/auxv` with a
/// `dup` of a single descriptor of its own, rewound on each open, so that two threads
/// reading it with plain read(2) interleave and see each other's position.
pub fn read_self(key: usize) -> Result<Option<usize>, Errno> {
    const PATH: &[u8] = b"/proc/self/auxv\0";
    const W: usize = core::mem::size_of::<usize>();
    // SAFETY: PATH is NUL-terminated and lives for the call; the flags ask for a new fd,
    // which nothing else knows about.
    let fd = unsafe {
        sys_openat(
            crate::consts::AT_FDCWD,
            PATH.as_ptr(),
            crate::consts::O_RDONLY | crate::consts::O_CLOEXEC,
            0,
        )
    }?;
    let mut buf = [0u8; 512];
    let mut have = 0; // bytes in buf not yet consumed (always < 2 * W after a scan)
    let mut pos: i64 = 0; // file offset of the byte after `buf[..have]`
    let result = loop {
        // SAFETY: the kernel writes at most `buf.len() - have` bytes at `buf[have..]`,
        // which is inside `buf`; `fd` is our own open fd.
        let read = unsafe { sys_pread64(fd, buf[have..].as_mut_ptr(), buf.len() - have, pos) };
        let n = match read {
            Ok(0) => break Ok(None),
            Ok(n) => n,
            Err(Errno::EINTR) => continue,
            Err(e) => break Err(e),
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
            break Ok(f);
        }
        // Keep the incomplete pair, if any, at the front.
        let used = pairs * 2 * W;
        buf.copy_within(used..have, 0);
        have -= used;
    };
    // SAFETY: `fd` was opened above, is owned here and is not used afterwards.
    let _ = unsafe { sys_close(fd) };
    result
}
