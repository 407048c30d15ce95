//! Files and fds: openat, fstat, fstatat, ftruncate, fsync, fdatasync, lseek, pread, pwrite,
//! fcntl (raw, and typed forms of its fd-flag, status-flag, dup and seal commands), dup,
//! unlinkat, mkdirat and ioctl (raw, and typed `FIONREAD`/`FIONBIO` forms); on Linux also
//! statx, dup3, close_range, prlimit64 and `SIOCGIFINDEX`; on FreeBSD close_range; on macOS
//! and FreeBSD dup2 (they have no dup3).
//!
//! Paths are `&CStr` (the kernel reads them up to the NUL). The `*at` calls take their
//! directory as `Option<BorrowedFd>`: `None` is `AT_FDCWD`, the current directory. Output
//! structs ([`Stat`]; on Linux `Statx` and `Rlimit`) are plain data the kernel fills in, in
//! memory the caller lends. Nothing here adds `O_CLOEXEC` or any other flag behind your
//! back: pass it.
//!
//! `fcntl` and `ioctl` take an `unsigned long` argument that, depending on the command,
//! the kernel reads as a number or follows as an address, so their raw forms are `unsafe`;
//! the typed forms fix the command and are safe.

use core::ffi::CStr;
use core::marker::PhantomData;

use crate::consts::{
    AT_FDCWD, FIONBIO, FIONREAD, F_DUPFD_CLOEXEC, F_GETFD, F_GETFL, F_SETFD, F_SETFL,
};
#[cfg(any(target_os = "linux", target_os = "freebsd"))]
use crate::consts::{CLOSE_RANGE_CLOEXEC, F_ADD_SEALS, F_GET_SEALS};
use crate::fd::{AsRawFd, BorrowedFd, OwnedFd, RawFd};
#[cfg(target_os = "linux")]
use crate::types::{Ifreq, Rlimit, Statx};
use crate::types::{Ioctl, Mode, Stat};
use crate::{nr, syscall, Errno, SafeArg, SyscallArg};

/// The `dirfd` word of the `*at` calls: the number of a directory fd borrowed for `'a`, or
/// `AT_FDCWD`. Made only by [`AtFd::new`], so it is never a number safe code chose.
#[derive(Clone, Copy)]
struct AtFd<'a> {
    fd: RawFd,
    _borrow: PhantomData<BorrowedFd<'a>>,
}

impl<'a> AtFd<'a> {
    /// `None` is `AT_FDCWD`.
    #[inline(always)]
    fn new(dirfd: Option<BorrowedFd<'a>>) -> Self {
        AtFd {
            fd: match dirfd {
                Some(fd) => fd.as_raw_fd(),
                None => AT_FDCWD,
            },
            _borrow: PhantomData,
        }
    }
}

impl SyscallArg for AtFd<'_> {
    #[inline(always)]
    fn into_word(self) -> usize {
        self.fd.into_word()
    }
}

// SAFETY: a number to the kernel: an fd kept open by the borrow, or AT_FDCWD.
unsafe impl SafeArg for AtFd<'_> {}

// ------------------------------------------------------------------------------ openat

#[syscall(crate = crate, nr = nr::OPENAT)]
fn sys_openat(dirfd: AtFd<'_>, path: &CStr, flags: i32, mode: Mode) -> Result<OwnedFd, Errno>;

/// openat(2): opens `path` — relative to the directory `dirfd`, or to the current
/// directory when `dirfd` is `None` (`AT_FDCWD`; an absolute `path` ignores `dirfd`) — and
/// returns the new fd.
///
/// `flags`: one of `O_RDONLY`/`O_WRONLY`/`O_RDWR` or-ed with `O_CREAT`, `O_EXCL`, `O_TRUNC`,
/// `O_APPEND`, `O_NONBLOCK`, `O_DIRECTORY`, `O_NOFOLLOW`, `O_CLOEXEC` (not added for you),
/// … `mode` is the permission of a file `O_CREAT`/`O_TMPFILE` creates (less the umask),
/// ignored otherwise.
///
/// Errors: `ENOENT` (no such file, or a missing directory on the way), `ENOTDIR` (a
/// component is not a directory, or `O_DIRECTORY` on a non-directory), `EEXIST`
/// (`O_CREAT | O_EXCL` and it exists), `ELOOP` (`O_NOFOLLOW` on a symbolic link, or too many
/// links), `ENAMETOOLONG`, `EACCES`, `EISDIR` (a directory opened for writing), `EBADF`
/// (`dirfd` not open), `EINVAL` (bad flags), `EMFILE` …
#[inline(always)]
pub fn openat(
    dirfd: Option<BorrowedFd<'_>>,
    path: &CStr,
    flags: i32,
    mode: Mode,
) -> Result<OwnedFd, Errno> {
    sys_openat(AtFd::new(dirfd), path, flags, mode)
}

// ------------------------------------------------------------------------------ stat

#[cfg(any(
    all(
        target_os = "linux",
        target_pointer_width = "64",
        not(any(target_arch = "loongarch64", target_arch = "mips64"))
    ),
    target_os = "freebsd"
))]
#[syscall(crate = crate, nr = nr::FSTAT)]
fn sys_fstat(fd: BorrowedFd<'_>, st: &mut Stat) -> Result<(), Errno>;

// XNU's `fstat` (189) fills the old 32-bit-inode struct; `fstat64` the `struct stat` the
// C library has on arm64.
#[cfg(target_os = "macos")]
#[syscall(crate = crate, nr = nr::FSTAT64)]
fn sys_fstat(fd: BorrowedFd<'_>, st: &mut Stat) -> Result<(), Errno>;

#[cfg(all(
    target_os = "linux",
    target_pointer_width = "64",
    not(any(target_arch = "loongarch64", target_arch = "mips64"))
))]
#[syscall(crate = crate, nr = nr::NEWFSTATAT)]
fn sys_fstatat(dirfd: AtFd<'_>, path: &CStr, st: &mut Stat, flags: i32) -> Result<(), Errno>;

#[cfg(target_os = "freebsd")]
#[syscall(crate = crate, nr = nr::FSTATAT)]
fn sys_fstatat(dirfd: AtFd<'_>, path: &CStr, st: &mut Stat, flags: i32) -> Result<(), Errno>;

#[cfg(target_os = "macos")]
#[syscall(crate = crate, nr = nr::FSTATAT64)]
fn sys_fstatat(dirfd: AtFd<'_>, path: &CStr, st: &mut Stat, flags: i32) -> Result<(), Errno>;

/// fstat(2): fills `st` with the status of the open file `fd`.
///
/// ```
/// use std::os::fd::AsFd;
/// use zcall::consts::{S_IFMT, S_IFREG};
///
/// let file = std::fs::File::open("Cargo.toml").unwrap();
/// let mut st = zcall::types::Stat::default();
/// zcall::fstat(file.as_fd(), &mut st)?;
/// assert_eq!(st.st_mode & S_IFMT, S_IFREG);
/// assert_eq!(st.st_size as u64, file.metadata().unwrap().len());
/// # Ok::<(), zcall::Errno>(())
/// ```
///
/// On loongarch64 this is `statx(fd, "", AT_EMPTY_PATH, STATX_BASIC_STATS)` turned into a
/// `Stat` by `Stat::from_statx`: the kernel has no `fstat` there before Linux 6.11. So it
/// is on the 32-bit targets, whose `fstat64` has 32-bit seconds (see [`Stat`]), and on
/// mips64, whose `struct stat` has a 32-bit `st_dev` and unsigned 32-bit seconds.
///
/// Errors: `EBADF`, `EIO`, `EOVERFLOW` (never on these 64-bit targets) …
#[inline(always)]
pub fn fstat(fd: BorrowedFd<'_>, st: &mut Stat) -> Result<(), Errno> {
    #[cfg(not(all(
        target_os = "linux",
        any(
            target_arch = "loongarch64",
            target_arch = "mips64",
            target_pointer_width = "32"
        )
    )))]
    {
        sys_fstat(fd, st)
    }
    #[cfg(all(
        target_os = "linux",
        any(
            target_arch = "loongarch64",
            target_arch = "mips64",
            target_pointer_width = "32"
        )
    ))]
    {
        let mut stx = Statx::default();
        statx(
            Some(fd),
            c"",
            crate::consts::AT_EMPTY_PATH,
            crate::consts::STATX_BASIC_STATS,
            &mut stx,
        )?;
        *st = Stat::from_statx(&stx);
        Ok(())
    }
}

/// fstatat(2) (`newfstatat` on Linux, `fstatat64` on macOS): fills `st` with the status of
/// `path`, relative to the directory `dirfd` (`None`: the current directory).
///
/// `flags`: `AT_SYMLINK_NOFOLLOW` (the link itself), `AT_EMPTY_PATH` (an empty `path` means
/// `dirfd` itself; Linux and FreeBSD), `AT_NO_AUTOMOUNT` (Linux); any other bit is `EINVAL`.
/// On loongarch64, mips64 and the 32-bit targets this is `statx` with `STATX_BASIC_STATS` (see
/// [`fstat`]).
///
/// Errors: `ENOENT`, `ENOTDIR`, `ELOOP`, `ENAMETOOLONG`, `EACCES`, `EBADF`, `EINVAL` …
#[inline(always)]
pub fn fstatat(
    dirfd: Option<BorrowedFd<'_>>,
    path: &CStr,
    st: &mut Stat,
    flags: i32,
) -> Result<(), Errno> {
    #[cfg(not(all(
        target_os = "linux",
        any(
            target_arch = "loongarch64",
            target_arch = "mips64",
            target_pointer_width = "32"
        )
    )))]
    {
        sys_fstatat(AtFd::new(dirfd), path, st, flags)
    }
    #[cfg(all(
        target_os = "linux",
        any(
            target_arch = "loongarch64",
            target_arch = "mips64",
            target_pointer_width = "32"
        )
    ))]
    {
        use crate::consts::{AT_EMPTY_PATH, AT_NO_AUTOMOUNT, AT_SYMLINK_NOFOLLOW};
        // newfstatat's flags; statx would also take the AT_STATX_* bits.
        if flags & !(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH) != 0 {
            return Err(Errno::EINVAL);
        }
        let mut stx = Statx::default();
        statx(
            dirfd,
            path,
            flags,
            crate::consts::STATX_BASIC_STATS,
            &mut stx,
        )?;
        *st = Stat::from_statx(&stx);
        Ok(())
    }
}

#[cfg(target_os = "linux")]
#[syscall(crate = crate, nr = nr::STATX)]
fn sys_statx(
    dirfd: AtFd<'_>,
    path: &CStr,
    flags: i32,
    mask: u32,
    buf: &mut Statx,
) -> Result<(), Errno>;

/// statx(2) (Linux 4.11): fills `buf` with the extended status of `path` relative to the
/// directory `dirfd` (`None`: the current directory; an empty `path` with `AT_EMPTY_PATH`:
/// `dirfd` itself).
///
/// `mask`: the `STATX_*` fields wanted (`STATX_BASIC_STATS` for what `stat` has,
/// `STATX_BTIME` …); the kernel may fill more or fewer, and says which in `stx_mask`.
/// `flags`: `AT_SYMLINK_NOFOLLOW`, `AT_EMPTY_PATH`, `AT_NO_AUTOMOUNT` and one of
/// `AT_STATX_SYNC_AS_STAT`/`AT_STATX_FORCE_SYNC`/`AT_STATX_DONT_SYNC`.
///
/// Errors: `ENOENT`, `ENOTDIR`, `ELOOP`, `ENAMETOOLONG`, `EACCES`, `EBADF`, `EINVAL` (an
/// unknown flag, both `AT_STATX_FORCE_SYNC` and `AT_STATX_DONT_SYNC`, or `STATX__RESERVED`
/// in `mask`) …
#[cfg(target_os = "linux")]
#[inline(always)]
pub fn statx(
    dirfd: Option<BorrowedFd<'_>>,
    path: &CStr,
    flags: i32,
    mask: u32,
    buf: &mut Statx,
) -> Result<(), Errno> {
    sys_statx(AtFd::new(dirfd), path, flags, mask, buf)
}

// ------------------------------------------------------------------------------ size, sync, seek

/// ftruncate(2): sets the size of the file open for writing as `fd` to `length` bytes
/// (cutting it, or extending it with zeros; the file position is unchanged).
///
/// Errors: `EINVAL` (negative `length`, or `fd` not open for writing or not a regular
/// file), `EBADF`, `EFBIG`, `EPERM` (a seal or an immutable/append-only file) …
#[cfg(not(all(target_os = "linux", target_pointer_width = "32")))]
#[syscall(crate = crate, nr = nr::FTRUNCATE)]
pub fn ftruncate(fd: BorrowedFd<'_>, length: i64) -> Result<(), Errno>;

/// ftruncate(2) (`ftruncate64` on 32-bit Linux, whose `ftruncate` takes a 32-bit `long`):
/// sets the size of the file open for writing as `fd` to `length` bytes (cutting it, or
/// extending it with zeros; the file position is unchanged).
///
/// Errors: `EINVAL` (negative `length`, or `fd` not open for writing or not a regular
/// file), `EBADF`, `EFBIG`, `EPERM` (a seal or an immutable/append-only file) …
#[cfg(all(target_os = "linux", target_pointer_width = "32"))]
#[syscall(crate = crate, nr = nr::FTRUNCATE64)]
pub fn ftruncate(fd: BorrowedFd<'_>, length: i64) -> Result<(), Errno>;

/// fsync(2): flushes the file's data and metadata to its storage device.
///
/// Errors: `EBADF`, `EIO` (a write-back error: the data may be lost), `EINVAL` (`fd` cannot
/// be synced: a pipe, a socket …), `EROFS` …
#[syscall(crate = crate, nr = nr::FSYNC)]
pub fn fsync(fd: BorrowedFd<'_>) -> Result<(), Errno>;

/// fdatasync(2): like [`fsync`], without the metadata that reading the data does not need
/// (timestamps).
///
/// Errors: as [`fsync`].
#[syscall(crate = crate, nr = nr::FDATASYNC)]
pub fn fdatasync(fd: BorrowedFd<'_>) -> Result<(), Errno>;

/// lseek(2): moves the file position of `fd` to `offset` from `whence` (`SEEK_SET`,
/// `SEEK_CUR`, `SEEK_END`, `SEEK_DATA`, `SEEK_HOLE`) and returns the new position.
///
/// Errors: `EINVAL` (bad `whence`, or a resulting position below 0), `ESPIPE` (a pipe,
/// socket or FIFO), `ENXIO` (`SEEK_DATA`/`SEEK_HOLE` at or past the end), `EOVERFLOW`,
/// `EBADF`.
#[cfg(not(all(target_os = "linux", target_pointer_width = "32")))]
#[syscall(crate = crate, nr = nr::LSEEK)]
pub fn lseek(fd: BorrowedFd<'_>, offset: i64, whence: i32) -> Result<u64, Errno>;

// 32-bit Linux: `lseek` takes and returns a 32-bit `off_t`; `_llseek` takes the offset as
// two words (high first, whatever the byte order: `SYSCALL_DEFINE5(llseek, unsigned int, fd,
// unsigned long, offset_high, unsigned long, offset_low, loff_t __user *, result, unsigned
// int, whence)`, fs/read_write.c) and writes the new 64-bit position to `result`.
#[cfg(all(target_os = "linux", target_pointer_width = "32"))]
#[syscall(crate = crate, nr = nr::_LLSEEK)]
fn sys_llseek(
    fd: BorrowedFd<'_>,
    offset_high: u32,
    offset_low: u32,
    result: &mut u64,
    whence: i32,
) -> Result<(), Errno>;

/// lseek(2) (`_llseek` on 32-bit Linux, with the 64-bit offset in two words and the new
/// position written back): moves the file position of `fd` to `offset` from `whence`
/// (`SEEK_SET`, `SEEK_CUR`, `SEEK_END`, `SEEK_DATA`, `SEEK_HOLE`) and returns the new
/// position.
///
/// Errors: `EINVAL` (bad `whence`, or a resulting position below 0), `ESPIPE` (a pipe,
/// socket or FIFO), `ENXIO` (`SEEK_DATA`/`SEEK_HOLE` at or past the end), `EBADF`.
#[cfg(all(target_os = "linux", target_pointer_width = "32"))]
#[inline(always)]
pub fn lseek(fd: BorrowedFd<'_>, offset: i64, whence: i32) -> Result<u64, Errno> {
    use crate::SyscallPairArg;
    let mut pos = 0u64;
    sys_llseek(fd, offset.hi(), offset.lo(), &mut pos, whence)?;
    Ok(pos)
}

// ------------------------------------------------------------------------------ pread, pwrite

/// pread(2) (`pread64` on Linux): reads up to `buf.len()` bytes at `offset`, without using
/// or moving the file position; `Ok(0)` at or past the end of the file.
///
/// Unlike [`read`](crate::read), an empty `buf` is passed to the kernel (it reports a bad
/// fd or offset).
///
/// Errors: `EINVAL` (negative `offset`), `ESPIPE` (a pipe, socket or FIFO), `EISDIR`,
/// `EBADF` (also `fd` not open for reading), `EINTR`, `EAGAIN` (non-blocking) …
#[cfg(target_os = "linux")]
#[syscall(crate = crate, nr = nr::PREAD64)]
pub fn pread(fd: BorrowedFd<'_>, buf: &mut [u8], offset: i64) -> Result<usize, Errno>;

/// pread(2): reads up to `buf.len()` bytes at `offset`, without using or moving the file
/// position; `Ok(0)` at or past the end of the file.
///
/// Errors: `EINVAL` (negative `offset`), `ESPIPE` (a pipe, socket or FIFO), `EISDIR`,
/// `EBADF` (also `fd` not open for reading), `EINTR`, `EAGAIN` (non-blocking) …
#[cfg(not(target_os = "linux"))]
#[syscall(crate = crate, nr = nr::PREAD)]
pub fn pread(fd: BorrowedFd<'_>, buf: &mut [u8], offset: i64) -> Result<usize, Errno>;

/// pwrite(2) (`pwrite64` on Linux): writes up to `buf.len()` bytes at `offset`, without
/// using or moving the file position (on Linux a file opened with `O_APPEND` is written at
/// its end whatever `offset` says). Returns the bytes written.
///
/// Errors: `EINVAL` (negative `offset`), `ESPIPE`, `EBADF` (also `fd` not open for
/// writing), `EFBIG`, `ENOSPC`, `EPERM` (a seal) …
#[cfg(target_os = "linux")]
#[syscall(crate = crate, nr = nr::PWRITE64)]
pub fn pwrite(fd: BorrowedFd<'_>, buf: &[u8], offset: i64) -> Result<usize, Errno>;

/// pwrite(2): writes up to `buf.len()` bytes at `offset`, without using or moving the file
/// position. Returns the bytes written.
///
/// Errors: `EINVAL` (negative `offset`), `ESPIPE`, `EBADF` (also `fd` not open for
/// writing), `EFBIG`, `ENOSPC` …
#[cfg(not(target_os = "linux"))]
#[syscall(crate = crate, nr = nr::PWRITE)]
pub fn pwrite(fd: BorrowedFd<'_>, buf: &[u8], offset: i64) -> Result<usize, Errno>;

// ------------------------------------------------------------------------------ fcntl

/// fcntl(2), any command: `arg` goes to the kernel as its `unsigned long` argument; the
/// result word is returned as an `i32` (a value, a new fd, or 0).
///
/// Prefer the typed forms ([`fcntl_getfd`], [`fcntl_setfl`], [`fcntl_dupfd_cloexec`] …),
/// which are safe. A command that returns a negative value that is not an error
/// (`F_GETOWN` for a process group below 4096) cannot be told from an error here; use
/// `F_GETOWN_EX`.
///
/// # Safety
///
/// For a command whose argument is a pointer (`F_GETLK`/`F_SETLK`/`F_OFD_*` take a
/// `struct flock *`, `F_GETOWN_EX`/`F_SETOWN_EX` a `struct f_owner_ex *`, `F_GET_RW_HINT` a
/// `u64 *` …), `arg` must be the address of memory valid for the kernel to read and, for
/// the commands that write (`F_GETLK`, `F_GETOWN_EX`, `F_GET_RW_HINT` …), to write with
/// whatever bytes it stores, for the whole call. A command that creates an fd (`F_DUPFD`,
/// `F_DUPFD_CLOEXEC`) returns one the caller then owns and must close.
#[cfg(not(all(target_os = "linux", target_pointer_width = "32")))]
#[syscall(crate = crate, nr = nr::FCNTL)]
pub unsafe fn fcntl(fd: BorrowedFd<'_>, cmd: i32, arg: usize) -> Result<i32, Errno>;

/// fcntl(2) (`fcntl64` on 32-bit Linux, whose lock commands take `struct flock64`, as
/// glibc's do), any command: `arg` goes to the kernel as its `unsigned long` argument; the
/// result word is returned as an `i32` (a value, a new fd, or 0).
///
/// Prefer the typed forms ([`fcntl_getfd`], [`fcntl_setfl`], [`fcntl_dupfd_cloexec`] …),
/// which are safe. A command that returns a negative value that is not an error
/// (`F_GETOWN` for a process group below 4096) cannot be told from an error here; use
/// `F_GETOWN_EX`.
///
/// # Safety
///
/// For a command whose argument is a pointer (`F_GETLK`/`F_SETLK`/`F_OFD_*` take a
/// `struct flock *`, `F_GETOWN_EX`/`F_SETOWN_EX` a `struct f_owner_ex *`, `F_GET_RW_HINT` a
/// `u64 *` …), `arg` must be the address of memory valid for the kernel to read and, for
/// the commands that write (`F_GETLK`, `F_GETOWN_EX`, `F_GET_RW_HINT` …), to write with
/// whatever bytes it stores, for the whole call. A command that creates an fd (`F_DUPFD`,
/// `F_DUPFD_CLOEXEC`) returns one the caller then owns and must close.
#[cfg(all(target_os = "linux", target_pointer_width = "32"))]
#[syscall(crate = crate, nr = nr::FCNTL64)]
pub unsafe fn fcntl(fd: BorrowedFd<'_>, cmd: i32, arg: usize) -> Result<i32, Errno>;

// The commands below create an fd: the result is owned.
#[cfg(not(all(target_os = "linux", target_pointer_width = "32")))]
#[syscall(crate = crate, nr = nr::FCNTL)]
unsafe fn sys_fcntl_newfd(fd: BorrowedFd<'_>, cmd: i32, arg: usize) -> Result<OwnedFd, Errno>;

#[cfg(all(target_os = "linux", target_pointer_width = "32"))]
#[syscall(crate = crate, nr = nr::FCNTL64)]
unsafe fn sys_fcntl_newfd(fd: BorrowedFd<'_>, cmd: i32, arg: usize) -> Result<OwnedFd, Errno>;

/// fcntl(`F_GETFD`): the fd flags of `fd` (`FD_CLOEXEC`). Errors: `EBADF`.
#[inline(always)]
pub fn fcntl_getfd(fd: BorrowedFd<'_>) -> Result<i32, Errno> {
    // SAFETY: F_GETFD ignores its argument and touches no memory.
    unsafe { fcntl(fd, F_GETFD, 0) }
}

/// fcntl(`F_SETFD`): sets the fd flags of `fd` (`FD_CLOEXEC` or 0). Errors: `EBADF`.
#[inline(always)]
pub fn fcntl_setfd(fd: BorrowedFd<'_>, flags: i32) -> Result<(), Errno> {
    // SAFETY: F_SETFD reads its argument as a number and touches no memory.
    unsafe { fcntl(fd, F_SETFD, flags as u32 as usize) }.map(drop)
}

/// fcntl(`F_GETFL`): the access mode and file status flags of the open file (`O_RDWR`,
/// `O_APPEND`, `O_NONBLOCK` …; the access mode is `flags & O_ACCMODE`). Errors: `EBADF`.
#[inline(always)]
pub fn fcntl_getfl(fd: BorrowedFd<'_>) -> Result<i32, Errno> {
    // SAFETY: F_GETFL ignores its argument and touches no memory.
    unsafe { fcntl(fd, F_GETFL, 0) }
}

/// fcntl(`F_SETFL`): sets the file status flags of the open file (shared by every fd
/// duplicated from it). Linux changes only `O_APPEND`, `O_ASYNC`, `O_DIRECT`, `O_NOATIME`
/// and `O_NONBLOCK` and ignores the other bits (access mode, creation flags).
///
/// Errors: `EBADF`, `EPERM` (clearing `O_APPEND` on an append-only file, or `O_NOATIME`
/// not being the owner), `EINVAL` (`O_DIRECT` where the filesystem has none).
#[inline(always)]
pub fn fcntl_setfl(fd: BorrowedFd<'_>, flags: i32) -> Result<(), Errno> {
    // SAFETY: F_SETFL reads its argument as a number and touches no memory.
    unsafe { fcntl(fd, F_SETFL, flags as u32 as usize) }.map(drop)
}

/// fcntl(`F_DUPFD_CLOEXEC`): a duplicate of `fd` with close-on-exec set, at the lowest free
/// number `>= min_fd`.
///
/// Errors: `EBADF`, `EINVAL` (`min_fd` negative or not below `RLIMIT_NOFILE`), `EMFILE`.
#[inline(always)]
pub fn fcntl_dupfd_cloexec(fd: BorrowedFd<'_>, min_fd: i32) -> Result<OwnedFd, Errno> {
    if min_fd < 0 {
        // The kernel would read the sign-extended word as a huge unsigned number: EINVAL
        // on Linux too, but say so without relying on it.
        return Err(Errno::EINVAL);
    }
    // SAFETY: F_DUPFD_CLOEXEC reads its argument as a number, touches no memory, and
    // returns a new fd that nothing else owns.
    unsafe { sys_fcntl_newfd(fd, F_DUPFD_CLOEXEC, min_fd as usize) }
}

/// fcntl(`F_ADD_SEALS`) (Linux, FreeBSD): adds the `F_SEAL_*` bits `seals` to a file
/// created with `MFD_ALLOW_SEALING` (a memfd) or `shm_open` (FreeBSD).
///
/// Errors: `EPERM` (`F_SEAL_SEAL` is set, or `F_SEAL_WRITE` while the file has writable
/// shared mappings: `EBUSY`), `EINVAL` (not a sealable file, or an unknown bit), `EBADF`.
#[cfg(any(target_os = "linux", target_os = "freebsd"))]
#[inline(always)]
pub fn fcntl_add_seals(fd: BorrowedFd<'_>, seals: i32) -> Result<(), Errno> {
    // SAFETY: F_ADD_SEALS reads its argument as a number and touches no memory.
    unsafe { fcntl(fd, F_ADD_SEALS, seals as u32 as usize) }.map(drop)
}

/// fcntl(`F_GET_SEALS`) (Linux, FreeBSD): the `F_SEAL_*` bits of the file (a file that
/// cannot be sealed: `F_SEAL_SEAL` on Linux, `EINVAL` elsewhere).
///
/// Errors: `EINVAL` (not a sealable file on FreeBSD, or on Linux a file type without
/// seals), `EBADF`.
#[cfg(any(target_os = "linux", target_os = "freebsd"))]
#[inline(always)]
pub fn fcntl_get_seals(fd: BorrowedFd<'_>) -> Result<i32, Errno> {
    // SAFETY: F_GET_SEALS ignores its argument and touches no memory.
    unsafe { fcntl(fd, F_GET_SEALS, 0) }
}

// ------------------------------------------------------------------------------ dup

/// dup(2): a duplicate of `fd` at the lowest free number, without close-on-exec (use
/// [`fcntl_dupfd_cloexec`] for that).
///
/// Errors: `EBADF`, `EMFILE`.
#[syscall(crate = crate, nr = nr::DUP)]
pub fn dup(fd: BorrowedFd<'_>) -> Result<OwnedFd, Errno>;

/// dup3(2) of a raw target number (Linux): makes `newfd` refer to the file of `oldfd`,
/// closing what `newfd` referred to first (atomically), and returns `newfd`. `flags`:
/// `O_CLOEXEC` or 0. The generic arches (aarch64, riscv64, loongarch64) have no dup2;
/// this is the call there.
///
/// Errors: `EINVAL` (`oldfd == newfd`, or a flag other than `O_CLOEXEC`), `EBADF` (`oldfd`
/// not open, or `newfd` out of range), `EBUSY` (a race with `open` on `newfd`), `EMFILE`.
///
/// # Safety
///
/// If `newfd` is open, the caller must own it (nothing else may use or close the number
/// afterwards expecting the old file): the kernel closes it. Afterwards the caller owns the
/// fd `newfd` (as before, or newly, when it was not open) and must close it. Prefer
/// [`dup3_owned`], which takes the target as an `OwnedFd`.
#[cfg(target_os = "linux")]
#[syscall(crate = crate, nr = nr::DUP3)]
pub unsafe fn dup3(oldfd: BorrowedFd<'_>, newfd: RawFd, flags: i32) -> Result<RawFd, Errno>;

/// dup3(2) onto an owned fd (Linux): `newfd` keeps its number and now refers to the file of
/// `oldfd` (its own file is closed by the kernel, atomically). `flags`: `O_CLOEXEC` or 0.
///
/// Errors: `EINVAL` (a flag other than `O_CLOEXEC`; `oldfd` and `newfd` are always
/// different fds here), `EBADF` (`oldfd` not open), `EBUSY`. On an error `newfd` is
/// unchanged.
#[cfg(target_os = "linux")]
#[inline(always)]
pub fn dup3_owned(oldfd: BorrowedFd<'_>, newfd: &mut OwnedFd, flags: i32) -> Result<(), Errno> {
    // SAFETY: `newfd` is owned by the `OwnedFd` we borrow exclusively: replacing its file
    // keeps the ownership where it is (the number stays open and owned by `newfd`).
    unsafe { dup3(oldfd, newfd.as_raw_fd(), flags) }.map(drop)
}

/// dup2(2) of a raw target number (macOS, FreeBSD: no dup3 there): makes `newfd` refer to
/// the file of `oldfd`, closing what `newfd` referred to first, and returns `newfd`
/// (`oldfd == newfd`: nothing happens). The new fd has no close-on-exec.
///
/// Errors: `EBADF` (`oldfd` not open, or `newfd` out of range), `EINTR`.
///
/// # Safety
///
/// As for `dup3` on Linux: if `newfd` is open the caller must own it (the kernel closes it),
/// and afterwards the caller owns `newfd`. Prefer [`dup2_owned`].
#[cfg(not(target_os = "linux"))]
#[syscall(crate = crate, nr = nr::DUP2)]
pub unsafe fn dup2(oldfd: BorrowedFd<'_>, newfd: RawFd) -> Result<RawFd, Errno>;

/// dup2(2) onto an owned fd (macOS, FreeBSD): `newfd` keeps its number and now refers to the
/// file of `oldfd`.
///
/// Errors: `EBADF` (`oldfd` not open), `EINTR`. On an error `newfd` is unchanged.
#[cfg(not(target_os = "linux"))]
#[inline(always)]
pub fn dup2_owned(oldfd: BorrowedFd<'_>, newfd: &mut OwnedFd) -> Result<(), Errno> {
    // SAFETY: as in `dup3_owned`: `newfd` stays owned by the `OwnedFd` we borrow.
    unsafe { dup2(oldfd, newfd.as_raw_fd()) }.map(drop)
}

// ------------------------------------------------------------------------------ close_range

/// close_range(2) (Linux 5.9, FreeBSD 13): closes every open fd from `first` to `last`
/// (inclusive; `u32::MAX` for "all above `first`"), or with `CLOSE_RANGE_CLOEXEC` sets
/// close-on-exec on them instead; Linux also takes `CLOSE_RANGE_UNSHARE` (the calling
/// thread gets a private copy of the fd table first).
///
/// Errors: `EINVAL` (`first > last`, or an unknown flag), `EMFILE`/`ENOMEM` (unsharing).
///
/// # Safety
///
/// Unless `flags` is exactly `CLOSE_RANGE_CLOEXEC`, every open fd in the range is closed
/// (or, with `CLOSE_RANGE_UNSHARE`, every other thread's later fds vanish from this thread's
/// view): the caller must own every fd in the range, and nothing may use those numbers
/// afterwards. Prefer [`close_range_cloexec`] or dropping the `OwnedFd`s.
#[cfg(any(target_os = "linux", target_os = "freebsd"))]
#[syscall(crate = crate, nr = nr::CLOSE_RANGE)]
pub unsafe fn close_range(first: u32, last: u32, flags: u32) -> Result<(), Errno>;

/// close_range(2) with `CLOSE_RANGE_CLOEXEC` (Linux 5.11, FreeBSD 13.1): sets close-on-exec
/// on every open fd from `first` to `last` (inclusive), closing nothing — what a program
/// does before `exec` to leak no fd.
///
/// Errors: `EINVAL` (`first > last`, or a kernel without the flag).
#[cfg(any(target_os = "linux", target_os = "freebsd"))]
#[inline(always)]
pub fn close_range_cloexec(first: u32, last: u32) -> Result<(), Errno> {
    // SAFETY: with CLOSE_RANGE_CLOEXEC alone the kernel closes nothing and touches no
    // memory; it only sets a flag that takes effect at exec.
    unsafe { close_range(first, last, CLOSE_RANGE_CLOEXEC) }
}

// ------------------------------------------------------------------------------ unlinkat, mkdirat

#[syscall(crate = crate, nr = nr::UNLINKAT)]
fn sys_unlinkat(dirfd: AtFd<'_>, path: &CStr, flags: i32) -> Result<(), Errno>;

/// unlinkat(2): removes the name `path` (relative to the directory `dirfd`; `None`: the
/// current directory); with `flags = AT_REMOVEDIR` removes the empty directory `path`.
///
/// Errors: `ENOENT`, `ENOTDIR` (a component is not a directory, or `AT_REMOVEDIR` on a
/// non-directory), `EISDIR` (a directory without `AT_REMOVEDIR`), `ENOTEMPTY`/`EEXIST` (a
/// directory that is not empty), `ELOOP`, `ENAMETOOLONG`, `EACCES`, `EBUSY`, `EBADF`,
/// `EINVAL` (an unknown flag) …
#[inline(always)]
pub fn unlinkat(dirfd: Option<BorrowedFd<'_>>, path: &CStr, flags: i32) -> Result<(), Errno> {
    sys_unlinkat(AtFd::new(dirfd), path, flags)
}

#[syscall(crate = crate, nr = nr::MKDIRAT)]
fn sys_mkdirat(dirfd: AtFd<'_>, path: &CStr, mode: Mode) -> Result<(), Errno>;

/// mkdirat(2): creates the directory `path` (relative to the directory `dirfd`; `None`: the
/// current directory) with the permission bits `mode` (less the umask).
///
/// Errors: `EEXIST` (the name exists, even as a dangling symbolic link), `ENOENT` (a
/// missing directory on the way), `ENOTDIR`, `ELOOP`, `ENAMETOOLONG`, `EACCES`, `EBADF`,
/// `ENOSPC`, `EROFS` …
#[inline(always)]
pub fn mkdirat(dirfd: Option<BorrowedFd<'_>>, path: &CStr, mode: Mode) -> Result<(), Errno> {
    sys_mkdirat(AtFd::new(dirfd), path, mode)
}

// ------------------------------------------------------------------------------ prlimit64

/// prlimit64(2) (Linux): reads the limit `resource` (`RLIMIT_*`) of process `pid` (0: the
/// caller) into `old_limit` and/or sets it to `new_limit` (both at once: the old value is
/// the one before the change). With both `None` it only checks `pid` and `resource`.
///
/// To raise `RLIMIT_MEMLOCK` (for io_uring buffers on kernels before 5.12):
/// `prlimit64(0, RLIMIT_MEMLOCK, Some(&Rlimit { rlim_cur: n, rlim_max: n }), None)`.
///
/// Errors: `EINVAL` (unknown `resource`, or `rlim_cur > rlim_max`), `EPERM` (raising the
/// hard limit without `CAP_SYS_RESOURCE`, or another user's process), `ESRCH` (no such
/// process).
#[cfg(target_os = "linux")]
#[syscall(crate = crate, nr = nr::PRLIMIT64)]
pub fn prlimit64(
    pid: i32,
    resource: u32,
    new_limit: Option<&Rlimit>,
    old_limit: Option<&mut Rlimit>,
) -> Result<(), Errno>;

// ------------------------------------------------------------------------------ ioctl

/// ioctl(2), any request: `arg` goes to the kernel as its `unsigned long` argument; the
/// result word is returned as an `i32` (0 for most requests; a value or a new fd for some).
///
/// `request` is the kernel's `unsigned int` on Linux and `unsigned long` on macOS and
/// FreeBSD ([`Ioctl`]). Prefer the typed forms ([`ioctl_fionread`], [`ioctl_fionbio`], and
/// on Linux `ioctl_siocgifindex`), which are safe.
///
/// Errors: `ENOTTY` (the request does not apply to this kind of fd), `EBADF`, `EFAULT` (a
/// bad address in `arg`), `EINVAL` …
///
/// # Safety
///
/// What the kernel does with `arg` depends on `request` and on the driver behind `fd`:
/// for most requests it is the address of a struct the kernel reads and/or writes (of the
/// size and layout that request defines), and some structs hold further addresses it
/// follows. The caller must make every address it passes valid for every access the
/// request makes, for the whole call; a request that creates an fd returns one the caller
/// then owns; and requests that change the fd's or the process's state (`FIOCLEX` …) must
/// be ones the caller may make on `fd`.
#[syscall(crate = crate, nr = nr::IOCTL)]
pub unsafe fn ioctl(fd: BorrowedFd<'_>, request: Ioctl, arg: usize) -> Result<i32, Errno>;

// The kernel writes an `int` through the third argument (for the requests used with it).
#[syscall(crate = crate, nr = nr::IOCTL)]
unsafe fn sys_ioctl_int_out(
    fd: BorrowedFd<'_>,
    request: Ioctl,
    out: &mut i32,
) -> Result<i32, Errno>;

// The kernel reads an `int` through the third argument (for the requests used with it).
#[syscall(crate = crate, nr = nr::IOCTL)]
unsafe fn sys_ioctl_int_in(fd: BorrowedFd<'_>, request: Ioctl, arg: &i32) -> Result<i32, Errno>;

/// ioctl(`FIONREAD`): the number of bytes that can be read from `fd` without blocking —
/// queued in a pipe or FIFO, in a socket's receive queue (for a datagram socket on Linux:
/// the size of the next datagram), or from the file position to the end of a regular file.
///
/// Errors: `ENOTTY`/`EINVAL` (an fd without the request, e.g. a directory), `EBADF`.
#[inline(always)]
pub fn ioctl_fionread(fd: BorrowedFd<'_>) -> Result<usize, Errno> {
    let mut n: i32 = 0;
    // SAFETY: for FIONREAD the kernel writes one `int` through the argument, which is an
    // exclusive borrow of an `i32`.
    unsafe { sys_ioctl_int_out(fd, FIONREAD, &mut n) }?;
    Ok(n as u32 as usize)
}

/// ioctl(`FIONBIO`): sets (`true`) or clears `O_NONBLOCK` on the open file of `fd`, like
/// [`fcntl_setfl`] with that flag alone.
///
/// Errors: `EBADF`.
#[inline(always)]
pub fn ioctl_fionbio(fd: BorrowedFd<'_>, nonblocking: bool) -> Result<(), Errno> {
    let on = nonblocking as i32;
    // SAFETY: for FIONBIO the kernel reads one `int` through the argument, which is a
    // shared borrow of an `i32`.
    unsafe { sys_ioctl_int_in(fd, FIONBIO, &on) }.map(drop)
}

#[cfg(target_os = "linux")]
#[syscall(crate = crate, nr = nr::IOCTL)]
unsafe fn sys_ioctl_ifreq(
    fd: BorrowedFd<'_>,
    request: Ioctl,
    ifr: &mut Ifreq,
) -> Result<i32, Errno>;

/// ioctl(`SIOCGIFINDEX`) (Linux): looks up the interface named by `ifr.ifr_name` (in the
/// network namespace of the socket `sock`) and stores its index in the union, where
/// [`Ifreq::ifindex`] reads it. Any socket will do (`AF_INET`/`AF_UNIX`, `SOCK_DGRAM`).
///
/// ```
/// # #[cfg(target_os = "linux")] {
/// use std::os::fd::AsFd;
/// use zcall::consts::{AF_UNIX, SOCK_CLOEXEC, SOCK_DGRAM};
///
/// let sock = zcall::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0)?;
/// let mut ifr = zcall::types::Ifreq::new(b"lo")?;
/// zcall::ioctl_siocgifindex(sock.as_fd(), &mut ifr)?;
/// assert!(ifr.ifindex() > 0);
/// # }
/// # Ok::<(), zcall::Errno>(())
/// ```
///
/// Errors: `ENODEV` (no interface of that name), `ENOTTY` (not a socket), `EBADF`.
#[cfg(target_os = "linux")]
#[inline(always)]
pub fn ioctl_siocgifindex(sock: BorrowedFd<'_>, ifr: &mut Ifreq) -> Result<(), Errno> {
    // SAFETY: for SIOCGIFINDEX the kernel copies the 40-byte `struct ifreq` in (it
    // NUL-terminates the name itself), reads only `ifr_name`, and copies the struct back
    // with `ifr_ifindex` set: every byte it writes lands in the exclusively borrowed
    // `Ifreq`, whose fields are plain bytes. No address inside it is followed.
    unsafe { sys_ioctl_ifreq(sock, crate::consts::SIOCGIFINDEX, ifr) }.map(drop)
}
