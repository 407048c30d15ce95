//! io_uring: io_uring_setup, io_uring_enter, io_uring_register, their registered-ring
//! forms ([`io_uring_enter_registered`], [`io_uring_register_registered`]) and
//! [`io_uring_register_ring_fd`].
//!
//! Setting a ring up is safe; making the kernel act on entries is not. Entries are
//! consumed by [`io_uring_enter`] (an `unsafe fn`) or, with `IORING_SETUP_SQPOLL`, by a
//! kernel thread as soon as the SQ ring's tail is published in the mapped memory: writing
//! that tail then carries the same obligations as [`io_uring_enter`]'s `# Safety`.
//!
//! # Mapping the rings
//!
//! [`io_uring_setup`] fills in [`IoUringParams`]: the entry counts (`sq_entries`,
//! `cq_entries`, powers of two), `features`, and the byte offsets of each ring's fields
//! (`sq_off`, `cq_off`). The caller maps three areas of the ring fd with
//! [`mmap`](crate::mmap) (`PROT_READ | PROT_WRITE`, `MAP_SHARED`, optionally
//! `MAP_POPULATE`), at fixed file offsets:
//!
//! | area | mmap offset | length in bytes |
//! |---|---|---|
//! | SQ ring: `head`, `tail`, `ring_mask`, `ring_entries`, `flags`, `dropped`, the `u32` index `array` | `IORING_OFF_SQ_RING` (0) | `sq_off.array + 4 * sq_entries` |
//! | CQ ring: `head`, `tail`, `ring_mask`, `ring_entries`, `overflow`, `flags`, the [`IoUringCqe`](crate::types::IoUringCqe) array `cqes` | `IORING_OFF_CQ_RING` (`0x8000000`) | `cq_off.cqes + 16 * cq_entries` (32 per entry with `IORING_SETUP_CQE32`) |
//! | the [`IoUringSqe`](crate::types::IoUringSqe) array | `IORING_OFF_SQES` (`0x10000000`) | `64 * sq_entries` (128 per entry with `IORING_SETUP_SQE128`) |
//!
//! With `IORING_FEAT_SINGLE_MMAP` in `features` (every kernel since 5.4) the two rings are
//! one area: map `IORING_OFF_SQ_RING` once with the larger of the two lengths and find the
//! CQ ring's fields at the `cq_off` offsets in that same mapping. (`IORING_SETUP_NO_SQARRAY`,
//! Linux 6.6, drops the index `array`: the SQ ring then ends at `sq_off.array`'s place and
//! entry `tail & ring_mask` is taken as is.) The `IORING_OFF_*` constants are `u64`, as in
//! the kernel's header; every one of them, and every `IORING_OFF_PBUF_RING | bgid <<
//! IORING_OFF_PBUF_SHIFT`, fits [`mmap`](crate::mmap)'s `i64` offset (`as i64` is exact;
//! asserted at compile time here).
//!
//! # Driving them
//!
//! Each ring index is a free-running `u32` (wrapping), shared with the kernel: access every
//! `head`/`tail` as an `AtomicU32` in the mapping. The producer owns the tail, the consumer
//! the head; slot `i` of a ring is `i & ring_mask`.
//! - Submit: load the SQ `head` with `Acquire` (the kernel's progress: the slots before it
//!   are free again), fail if `tail - head == sq_entries`; write the [`IoUringSqe`](crate::types::IoUringSqe) into slot
//!   `tail & mask` of the SQE array and that slot number into `array[tail & mask]`; then
//!   store `tail + 1` with `Release`, so the kernel sees the entry before the new tail. Then
//!   [`io_uring_enter`] with `to_submit` (not needed under `IORING_SETUP_SQPOLL`, unless the
//!   SQ ring's `flags` has `IORING_SQ_NEED_WAKEUP`: then `IORING_ENTER_SQ_WAKEUP`).
//! - Complete: `IORING_ENTER_GETEVENTS` with `min_complete` waits; load the CQ `tail` with
//!   `Acquire` (the kernel wrote the entries before it), read the [`IoUringCqe`](crate::types::IoUringCqe)s from `head`
//!   to `tail`, then store the new `head` with `Release` (the slots may be reused).
//!
//! ```
//! use std::os::fd::AsFd;
//! use std::sync::atomic::{AtomicU32, Ordering};
//! use zcall::consts::*;
//! use zcall::types::{IoUringCqe, IoUringParams, IoUringSqe};
//! use zcall::Errno;
//!
//! let mut p = IoUringParams::default();
//! let ring = match zcall::io_uring_setup(4, &mut p) {
//!     Ok(fd) => fd,
//!     // qemu-user, kernels before 5.1, or io_uring disabled by sysctl.
//!     Err(Errno::ENOSYS | Errno::EPERM) => return Ok(()),
//!     Err(e) => return Err(e),
//! };
//! assert!(p.features & IORING_FEAT_SINGLE_MMAP != 0, "Linux 5.4 or later");
//! let rings_len = (p.sq_off.array as usize + 4 * p.sq_entries as usize)
//!     .max(p.cq_off.cqes as usize + size_of::<IoUringCqe>() * p.cq_entries as usize);
//! let sqes_len = size_of::<IoUringSqe>() * p.sq_entries as usize;
//! let map = |len, off: u64| {
//!     // SAFETY: a new shared mapping where the kernel chooses (no MAP_FIXED).
//!     unsafe {
//!         zcall::mmap(core::ptr::null_mut(), len, PROT_READ | PROT_WRITE,
//!                     MAP_SHARED | MAP_POPULATE, Some(ring.as_fd()), off as i64)
//!     }
//! };
//! let rings = map(rings_len, IORING_OFF_SQ_RING)?;
//! let sqes = map(sqes_len, IORING_OFF_SQES)?.cast::<IoUringSqe>();
//! // SAFETY (both): `off` is one of the kernel's field offsets inside the mapping, 4-aligned.
//! let word = |off: u32| unsafe { &*rings.add(off as usize).cast::<AtomicU32>() };
//!
//! // Submit one NOP.
//! let (sq_head, sq_tail) = (word(p.sq_off.head), word(p.sq_off.tail));
//! let mask = word(p.sq_off.ring_mask).load(Ordering::Relaxed);
//! let tail = sq_tail.load(Ordering::Relaxed); // ours: only we write it
//! assert!(tail.wrapping_sub(sq_head.load(Ordering::Acquire)) < p.sq_entries);
//! let slot = tail & mask;
//! let nop = IoUringSqe { opcode: IORING_OP_NOP, user_data: 42, ..Default::default() };
//! // SAFETY: `slot` < sq_entries: inside the SQE array; the kernel reads it only after the
//! // tail below is published.
//! unsafe { sqes.add(slot as usize).write(nop) };
//! word(p.sq_off.array + 4 * slot).store(slot, Ordering::Relaxed);
//! sq_tail.store(tail.wrapping_add(1), Ordering::Release);
//! // SAFETY: the only entry is a NOP, which names no memory and no fd; no argument.
//! let n = unsafe {
//!     zcall::io_uring_enter(ring.as_fd(), 1, 1, IORING_ENTER_GETEVENTS, core::ptr::null(), 0)
//! }?;
//! assert_eq!(n, 1);
//!
//! // Reap its completion.
//! let (cq_head, cq_tail) = (word(p.cq_off.head), word(p.cq_off.tail));
//! let head = cq_head.load(Ordering::Relaxed); // ours
//! assert_eq!(cq_tail.load(Ordering::Acquire).wrapping_sub(head), 1);
//! let at = p.cq_off.cqes as usize
//!     + size_of::<IoUringCqe>() * (head & word(p.cq_off.ring_mask).load(Ordering::Relaxed)) as usize;
//! // SAFETY: inside the mapping, 8-aligned; written by the kernel before the tail we loaded.
//! let cqe = unsafe { rings.add(at).cast::<IoUringCqe>().read() };
//! cq_head.store(head.wrapping_add(1), Ordering::Release);
//! assert_eq!((cqe.user_data, cqe.res), (42, 0));
//!
//! // SAFETY: the two mappings made above; nothing uses them afterwards.
//! unsafe {
//!     zcall::munmap(sqes.cast(), sqes_len)?;
//!     zcall::munmap(rings, rings_len)?;
//! }
//! # Ok::<(), Errno>(())
//! ```
//!
//! `examples/io_uring_read.rs` reads a file through `IORING_OP_READ` this way, and
//! `examples/io_uring_nop.rs` measures NOP round trips.
//!
//! # Registered rings
//!
//! [`io_uring_register_ring_fd`] (Linux 5.18) enters the ring in the calling thread's
//! table of registered rings (16 slots) and returns its index; [`io_uring_enter_registered`]
//! (`IORING_ENTER_REGISTERED_RING`) and, since Linux 6.3 (`IORING_FEAT_REG_REG_RING`),
//! [`io_uring_register_registered`] (`IORING_REGISTER_USE_REGISTERED_RING`) then name the ring
//! by that index, which spares the kernel the fd lookup on every call. The table is per
//! thread: an index means nothing on another thread. Pass indices only to these forms: the
//! plain [`io_uring_enter`]/[`io_uring_register`] take an fd and must not be given either
//! flag.

use crate::consts::{
    IORING_ENTER_REGISTERED_RING, IORING_OFF_CQ_RING, IORING_OFF_MMAP_MASK, IORING_OFF_PBUF_RING,
    IORING_OFF_PBUF_SHIFT, IORING_OFF_SQES, IORING_OFF_SQ_RING, IORING_REGISTER_RING_FDS,
    IORING_REGISTER_USE_REGISTERED_RING, IORING_SETUP_NO_MMAP, IORING_SETUP_REGISTERED_FD_ONLY,
    IORING_UNREGISTER_RING_FDS,
};
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
/// be null or point to `argsz` readable bytes of the type `flags` says. `flags` must not
/// hold `IORING_ENTER_REGISTERED_RING`: the kernel would take the fd's number for a
/// registered-ring index and act on whatever ring that index names; use
/// [`io_uring_enter_registered`] for that.
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
/// kernel's own references, but entries naming them by index act on those files. `opcode`
/// must not hold `IORING_REGISTER_USE_REGISTERED_RING` (the fd's number would be taken for
/// a registered-ring index): use [`io_uring_register_registered`].
#[syscall(crate = crate, nr = nr::IO_URING_REGISTER)]
pub unsafe fn io_uring_register(
    fd: BorrowedFd<'_>,
    opcode: u32,
    arg: *mut u8,
    nr_args: u32,
) -> Result<u32, Errno>;

/// Whether `off` is exact as `mmap`'s `i64` offset.
// Used only in the `const _` items below, which rustc 1.85 (the MSRV) does not count as uses.
#[allow(dead_code)]
const fn fits_mmap_offset(off: u64) -> bool {
    off <= i64::MAX as u64
}
// Every mmap offset of a ring fits `mmap`'s `i64` offset, so `off as i64` is exact.
const _: () = assert!(fits_mmap_offset(IORING_OFF_SQ_RING));
const _: () = assert!(fits_mmap_offset(IORING_OFF_CQ_RING));
const _: () = assert!(fits_mmap_offset(IORING_OFF_SQES));
const _: () = assert!(fits_mmap_offset(
    IORING_OFF_PBUF_RING | (0xffff << IORING_OFF_PBUF_SHIFT)
));
const _: () = assert!(fits_mmap_offset(IORING_OFF_MMAP_MASK));

#[syscall(crate = crate, nr = nr::IO_URING_ENTER)]
unsafe fn sys_io_uring_enter_index(
    index: u32,
    to_submit: u32,
    min_complete: u32,
    flags: u32,
    arg: *const u8,
    argsz: usize,
) -> Result<u32, Errno>;

/// io_uring_enter(2) on a registered ring (`IORING_ENTER_REGISTERED_RING`, Linux 5.18):
/// [`io_uring_enter`] for the ring at `index` in the calling thread's table of registered
/// rings (see [`io_uring_register_ring_fd`]). The flag is added to `flags` here.
///
/// An index of 16 or more is `EINVAL`, an empty slot `EBADF`; a kernel before 5.18 takes
/// the flag for an unknown one (`EINVAL`).
///
/// # Safety
///
/// As for [`io_uring_enter`], for the entries of the ring `index` names in the calling
/// thread when the call is made: the caller must know which ring that is (an index it
/// registered itself, on this thread, and has not unregistered).
#[inline(always)]
pub unsafe fn io_uring_enter_registered(
    index: u32,
    to_submit: u32,
    min_complete: u32,
    flags: u32,
    arg: *const u8,
    argsz: usize,
) -> Result<u32, Errno> {
    // SAFETY: forwarded to the caller; the index goes where the kernel reads it under
    // IORING_ENTER_REGISTERED_RING.
    unsafe {
        sys_io_uring_enter_index(
            index,
            to_submit,
            min_complete,
            flags | IORING_ENTER_REGISTERED_RING,
            arg,
            argsz,
        )
    }
}

#[syscall(crate = crate, nr = nr::IO_URING_REGISTER)]
unsafe fn sys_io_uring_register_index(
    index: u32,
    opcode: u32,
    arg: *mut u8,
    nr_args: u32,
) -> Result<u32, Errno>;

/// io_uring_register(2) on a registered ring (`IORING_REGISTER_USE_REGISTERED_RING`, Linux
/// 6.3; `IORING_FEAT_REG_REG_RING`): [`io_uring_register`] for the ring at `index` in the
/// calling thread's table. The flag is added to `opcode` here.
///
/// An index of 16 or more is `EINVAL`, as is the flag on a kernel before 6.3; an empty slot
/// is `EBADF`.
///
/// # Safety
///
/// As for [`io_uring_register`], for the ring `index` names in the calling thread (which
/// the caller must know, as for [`io_uring_enter_registered`]).
#[inline(always)]
pub unsafe fn io_uring_register_registered(
    index: u32,
    opcode: u32,
    arg: *mut u8,
    nr_args: u32,
) -> Result<u32, Errno> {
    // SAFETY: forwarded to the caller.
    unsafe {
        sys_io_uring_register_index(
            index,
            opcode | IORING_REGISTER_USE_REGISTERED_RING,
            arg,
            nr_args,
        )
    }
}

/// `struct io_uring_rsrc_update` as `IORING_REGISTER_RING_FDS` and
/// `IORING_UNREGISTER_RING_FDS` read it (`include/uapi/linux/io_uring.h`): `data` is the
/// ring fd there (for other opcodes the same layout carries an address, so this stays
/// private to those two).
#[repr(C)]
struct RsrcUpdate {
    offset: u32,
    resv: u32,
    data: u64,
}

const _: () = assert!(core::mem::size_of::<RsrcUpdate>() == 16);

/// io_uring_register(2) with `IORING_REGISTER_RING_FDS` (Linux 5.18): enters the ring `fd`
/// in the calling thread's table of registered rings, in the first free slot, and returns
/// its index for [`io_uring_enter_registered`] and [`io_uring_register_registered`].
///
/// The table holds its own reference to the ring: closing `fd` does not end the ring while
/// it is registered (until [`io_uring_unregister_ring_fd`] or the thread exits). Errors:
/// `EBUSY` (all 16 slots taken), `EOPNOTSUPP` (`fd` is not a ring), `EBADF`, `EINVAL`
/// (before 5.18).
#[inline(always)]
pub fn io_uring_register_ring_fd(fd: BorrowedFd<'_>) -> Result<u32, Errno> {
    use crate::fd::AsRawFd;
    let mut up = RsrcUpdate {
        offset: u32::MAX, // -1U: any free slot
        resv: 0,
        data: fd.as_raw_fd() as u32 as u64,
    };
    // SAFETY: IORING_REGISTER_RING_FDS reads one `io_uring_rsrc_update` (nr_args = 1) from
    // `up`, a live local of that layout holding an fd number, and writes the chosen slot
    // into its `offset`; it keeps a reference to the ring, not to this memory.
    let n = unsafe {
        io_uring_register(
            fd,
            IORING_REGISTER_RING_FDS,
            (&mut up as *mut RsrcUpdate).cast(),
            1,
        )
    }?;
    match n {
        1 => Ok(up.offset),
        _ => Err(Errno::EINVAL),
    }
}

/// io_uring_register(2) with `IORING_UNREGISTER_RING_FDS`: removes the ring at `index` from
/// the calling thread's table of registered rings (an empty slot: nothing to do, `Ok`; 16
/// or more: `EINVAL`). `ring` is any ring fd: the call needs one to enter, and the index may
/// name another ring.
///
/// # Safety
///
/// Code that entered the ring may rely on `index` naming it ([`io_uring_enter_registered`]'s
/// contract): as with [`close`](crate::close) of a raw fd, the caller must own the
/// registration — nothing else on this thread may go on using `index`, since a later
/// registration can reuse the slot for another ring.
#[inline(always)]
pub unsafe fn io_uring_unregister_ring_fd(ring: BorrowedFd<'_>, index: u32) -> Result<(), Errno> {
    let mut up = RsrcUpdate {
        offset: index,
        resv: 0,
        data: 0,
    };
    // SAFETY: IORING_UNREGISTER_RING_FDS reads one `io_uring_rsrc_update` (its `offset`)
    // from `up`, a live local; the caller owns the registration (see `# Safety`).
    let n = unsafe {
        io_uring_register(
            ring,
            IORING_UNREGISTER_RING_FDS,
            (&mut up as *mut RsrcUpdate).cast(),
            1,
        )
    }?;
    match n {
        1 => Ok(()),
        _ => Err(Errno::EINVAL),
    }
}
