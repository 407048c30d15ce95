//! io_uring: io_uring_setup, io_uring_enter, io_uring_register.
//!
//! Only the three syscalls: mapping the rings (`mmap` of the fd at `IORING_OFF_SQ_RING`,
//! `IORING_OFF_CQ_RING` and `IORING_OFF_SQES`, sized from the offsets in
//! [`IoUringParams`]) and filling submission entries is the caller's business. See
//! `examples/io_uring_nop.rs` for a complete round trip.
//!
//! Setting a ring up is safe; making the kernel act on entries is not. Entries are
//! consumed by [`io_uring_enter`] (an `unsafe fn`) or, with `IORING_SETUP_SQPOLL`, by a
//! kernel thread as soon as the SQ ring's tail is published in the mapped memory: writing
//! that tail then carries the same obligations as [`io_uring_enter`]'s `# Safety`.

use crate::consts::{IORING_SETUP_NO_MMAP, IORING_SETUP_REGISTERED_FD_ONLY};
use crate::fd::{BorrowedFd, OwnedFd};
use crate::types::IoUringParams;
use crate::{nr, syscall, Errno};

/// io_uring_setup(2) with any flags.
///
/// Returns the kernel's answer undecoded beyond the error: an fd the caller now owns, or,
/// with `IORING_SETUP_REGISTERED_FD_ONLY`, the index of a registered ring (no fd at all).
///
/// # Safety
///
/// With `IORING_SETUP_NO_MMAP` the kernel pins the memory at `params.sq_off.user_addr`
/// and `params.cq_off.user_addr` and uses it as the rings for as long as the ring
/// exists, writing there at any time: the caller must dedicate that memory (page-aligned,
/// large enough for the ring sizes requested) to the ring, and keep it allocated and
/// untouched by anything that assumes it does not change, until the ring is closed.
/// Without that flag the call writes only to `params` and is as safe as
/// [`io_uring_setup`].
#[syscall(crate = crate, nr = nr::IO_URING_SETUP)]
pub unsafe fn io_uring_setup_raw(entries: u32, params: &mut IoUringParams) -> Result<u32, Errno>;

/// # Safety
///
/// `params.flags` must not ask the kernel to follow an address in `params`
/// (`IORING_SETUP_NO_MMAP`) or return a non-fd (`IORING_SETUP_REGISTERED_FD_ONLY`):
/// `IoUringParams` is not `Plain`, since `sq_off.user_addr`/`cq_off.user_addr` are addresses.
#[syscall(crate = crate, nr = nr::IO_URING_SETUP)]
unsafe fn sys_io_uring_setup(entries: u32, params: &mut IoUringParams) -> Result<OwnedFd, Errno>;

/// The `IORING_SETUP_*` flags [`io_uring_setup`] passes on: every flag known (up to
/// `IORING_SETUP_SQ_REWIND`, bit 20) except `IORING_SETUP_NO_MMAP` (the kernel would use
/// caller-chosen memory as the rings) and `IORING_SETUP_REGISTERED_FD_ONLY` (the result
/// would not be an fd).
pub const IO_URING_SETUP_SAFE_FLAGS: u32 =
    ((1 << 21) - 1) & !(IORING_SETUP_NO_MMAP | IORING_SETUP_REGISTERED_FD_ONLY);

/// io_uring_setup(2): a new io_uring instance with at least `entries` submission entries
/// (rounded up to a power of two; 0 is `EINVAL`, and so is more than the kernel's maximum
/// unless `IORING_SETUP_CLAMP` asks it to clamp the count).
///
/// The kernel reads `params.flags` (and, per flag, `sq_thread_cpu`, `sq_thread_idle`,
/// `cq_entries`, `wq_fd`; `resv` must be zero) and fills in the entry counts,
/// `features` and the ring offsets for `mmap`.
///
/// Flags outside [`IO_URING_SETUP_SAFE_FLAGS`] — `IORING_SETUP_NO_MMAP`,
/// `IORING_SETUP_REGISTERED_FD_ONLY` and bits this crate does not know — are `EINVAL`
/// without entering the kernel: use [`io_uring_setup_raw`] for them.
#[inline(always)]
pub fn io_uring_setup(entries: u32, params: &mut IoUringParams) -> Result<OwnedFd, Errno> {
    if params.flags & !IO_URING_SETUP_SAFE_FLAGS != 0 {
        return Err(Errno::EINVAL);
    }
    // SAFETY: the flags were just checked against `IO_URING_SETUP_SAFE_FLAGS`, which has
    // neither `IORING_SETUP_NO_MMAP` nor `IORING_SETUP_REGISTERED_FD_ONLY`: the kernel
    // only writes plain numbers into `params` and returns a new fd.
    unsafe { sys_io_uring_setup(entries, params) }
}

/// io_uring_enter(2): submits up to `to_submit` entries from the SQ ring and, with
/// `IORING_ENTER_GETEVENTS`, waits until at least `min_complete` completions are in the
/// CQ ring. Returns the number of entries submitted.
///
/// `arg`/`argsz`: a signal mask (`&Sigset`, `Sigset::SIZE`) to wait with, or with
/// `IORING_ENTER_EXT_ARG` a `struct io_uring_getevents_arg` and its size; null and 0
/// otherwise.
///
/// # Safety
///
/// The kernel acts on every submitted entry: it reads and writes any memory the entries
/// name (buffers, iovecs, addresses, `msghdr`s, …), possibly long after this call
/// returns, until the matching completion is posted. The caller must make sure every
/// such memory range is valid for that access and not used in a conflicting way by Rust
/// code until the completion is reaped, and that the entries name fds as the caller
/// intends (an `IORING_OP_CLOSE` closes an fd like [`close`](crate::close)). `arg` must
/// be null or point to `argsz` readable bytes of the type `flags` says. With
/// `IORING_ENTER_REGISTERED_RING`, `fd` is read as a registered-ring index rather than
/// the fd: borrow a number accordingly.
#[syscall(crate = crate, nr = nr::IO_URING_ENTER)]
pub unsafe fn io_uring_enter(
    fd: BorrowedFd<'_>,
    to_submit: u32,
    min_complete: u32,
    flags: u32,
    arg: *const u8,
    argsz: usize,
) -> Result<u32, Errno>;

/// io_uring_register(2): registers or unregisters resources (`IORING_REGISTER_*`
/// `opcode`): buffers, files, an eventfd, probes, … Returns the opcode's result (0 for
/// most, a count or an id for some).
///
/// # Safety
///
/// `arg` must point to what `opcode` expects, `nr_args` elements of it, readable and
/// (for opcodes that report back, like `IORING_REGISTER_PROBE`) writable. Registered
/// buffers (`IORING_REGISTER_BUFFERS`, buffer rings, …) are then read and written by the
/// kernel whenever an entry uses them: they must stay valid and not be used in a
/// conflicting way until unregistered or the ring is closed. Registered files are the
/// kernel's own references, but entries naming them by index act on those files. With
/// `IORING_REGISTER_USE_REGISTERED_RING` in `opcode`, `fd` is read as a registered-ring
/// index.
#[syscall(crate = crate, nr = nr::IO_URING_REGISTER)]
pub unsafe fn io_uring_register(
    fd: BorrowedFd<'_>,
    opcode: u32,
    arg: *mut u8,
    nr_args: u32,
) -> Result<u32, Errno>;
