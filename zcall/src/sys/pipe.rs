//! Pipes and zero-copy: pipe2 (pipe on Darwin), splice, tee, vmsplice.

#[cfg(any(target_os = "linux", target_os = "freebsd"))]
use crate::fd::RawFd;
use crate::fd::{FromRawFd, OwnedFd};
#[cfg(target_os = "linux")]
use crate::{fd::BorrowedFd, io::IoSlice};
use crate::{nr, syscall, Errno};

#[cfg(any(target_os = "linux", target_os = "freebsd"))]
#[syscall(crate = crate, nr = nr::PIPE2)]
fn sys_pipe2(fds: &mut [RawFd; 2], flags: i32) -> Result<(), Errno>;

/// pipe2(2): a new pipe, `(read end, write end)`.
///
/// `flags` is a combination of `O_CLOEXEC`, `O_NONBLOCK` and (Linux) `O_DIRECT` for packet
/// mode; anything else is `EINVAL`.
#[cfg(any(target_os = "linux", target_os = "freebsd"))]
#[inline(always)]
pub fn pipe2(flags: i32) -> Result<(OwnedFd, OwnedFd), Errno> {
    let mut fds: [RawFd; 2] = [-1; 2];
    sys_pipe2(&mut fds, flags)?;
    // SAFETY: pipe2 succeeded, so the kernel stored two new fds in `fds` that nothing else
    // owns; each is wrapped exactly once.
    unsafe { Ok((OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1]))) }
}

/// Darwin's `pipe` returns both fds in result registers: the read end in x0, the write end
/// in x1 (XNU `pipe()` sets `retval[0]`/`retval[1]`). The stub's return type keeps both.
#[cfg(target_os = "macos")]
struct PipeFds(Result<(crate::fd::RawFd, crate::fd::RawFd), Errno>);

#[cfg(target_os = "macos")]
impl crate::SyscallReturn for PipeFds {
    #[inline(always)]
    unsafe fn from_raw(raw: crate::RawResult) -> Self {
        PipeFds(match raw.decode() {
            Ok(read_end) => Ok((
                read_end as crate::fd::RawFd,
                raw.second() as crate::fd::RawFd,
            )),
            Err(e) => Err(e),
        })
    }
}

#[cfg(target_os = "macos")]
#[syscall(crate = crate, nr = nr::PIPE)]
fn sys_pipe() -> PipeFds;

/// pipe(2) (Darwin, which has no pipe2): a new pipe, `(read end, write end)`, without
/// close-on-exec; set flags with `fcntl` if needed.
#[cfg(target_os = "macos")]
#[inline(always)]
pub fn pipe() -> Result<(OwnedFd, OwnedFd), Errno> {
    let (r, w) = sys_pipe().0?;
    // SAFETY: pipe succeeded, so x0 and x1 hold two new fds that nothing else owns; each is
    // wrapped exactly once.
    unsafe { Ok((OwnedFd::from_raw_fd(r), OwnedFd::from_raw_fd(w))) }
}

/// splice(2): moves up to `len` bytes between `fd_in` and `fd_out`, at least one of which
/// must be a pipe, without copying through user memory. Returns the bytes moved (`Ok(0)`:
/// end of input, or `len == 0`).
///
/// `off_in`/`off_out` must be `None` for a pipe (else `ESPIPE`). For a file, `None` uses and
/// advances the file position; `Some(off)` reads or writes at `*off`, leaves the file
/// position alone, and the kernel advances `*off` by the bytes moved. `flags`:
/// `SPLICE_F_MOVE`, `SPLICE_F_NONBLOCK` (do not block on the pipes: `EAGAIN`),
/// `SPLICE_F_MORE`, `SPLICE_F_GIFT` (ignored); any other bit is `EINVAL`.
///
/// Safe: the kernel touches caller memory only through the two `i64` offsets, which are
/// exclusive borrows.
#[cfg(target_os = "linux")]
#[syscall(crate = crate, nr = nr::SPLICE)]
pub fn splice(
    fd_in: BorrowedFd<'_>,
    off_in: Option<&mut i64>,
    fd_out: BorrowedFd<'_>,
    off_out: Option<&mut i64>,
    len: usize,
    flags: u32,
) -> Result<usize, Errno>;

/// tee(2): duplicates up to `len` bytes from the pipe `fd_in` into the pipe `fd_out`
/// without consuming them from `fd_in`. Returns the bytes duplicated (`Ok(0)`: `fd_in` is
/// empty and has no writers).
///
/// Both fds must be pipes, and different pipes (else `EINVAL`). `flags` as for [`splice`]:
/// with `SPLICE_F_NONBLOCK` an empty `fd_in` or a full `fd_out` is `EAGAIN`.
#[cfg(target_os = "linux")]
#[syscall(crate = crate, nr = nr::TEE)]
pub fn tee(
    fd_in: BorrowedFd<'_>,
    fd_out: BorrowedFd<'_>,
    len: usize,
    flags: u32,
) -> Result<usize, Errno>;

/// vmsplice(2), user memory into a pipe: the bytes of `bufs`, in order, go into the pipe
/// `fd` (opened for writing). Returns the bytes spliced (can be short when the pipe fills;
/// with `SPLICE_F_NONBLOCK` a full pipe is `EAGAIN`). A non-pipe `fd` is `EBADF`.
///
/// The pipe does not copy the bytes: it keeps references to the pages of `bufs`, and a
/// reader gets what those pages hold when it reads. Do not change the memory until the
/// data has been consumed (with `tee`d copies: all of them) if the reader must see the
/// bytes as they were at the call.
///
/// Why this takes `&[IoSlice<'_>]` and why it is `unsafe`: the slice guarantees every
/// buffer is valid for reading for its whole length during the call, which is all the
/// kernel needs in the intended direction. But vmsplice picks its direction from how `fd`
/// was opened, not from the caller: on an fd that is not open for writing (a pipe's read
/// end) it copies pipe data INTO the buffers — through shared borrows. That direction is
/// not offered here; use [`readv`](crate::readv), which does the same copy safely.
///
/// # Safety
///
/// - `fd` must be open for writing (a pipe's write end, or a FIFO opened `O_WRONLY` or
///   `O_RDWR`). Otherwise the kernel writes into `bufs`, which are shared borrows: undefined
///   behaviour.
/// - With `SPLICE_F_GIFT` the pages are given to the kernel (a later `splice` with
///   `SPLICE_F_MOVE` may move them instead of copying): as vmsplice(2) requires, the buffers
///   must be whole, page-aligned pages, and the caller must never modify that memory again
///   (nor return it to an allocator that would reuse it) — keep it unchanged or unmap it.
#[cfg(target_os = "linux")]
#[syscall(crate = crate, nr = nr::VMSPLICE)]
pub unsafe fn vmsplice(
    fd: BorrowedFd<'_>,
    bufs: &[IoSlice<'_>],
    flags: u32,
) -> Result<usize, Errno>;
