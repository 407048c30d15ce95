//! The workloads: what every contender does once per loop iteration, and the state they
//! share (fds, a real io_uring ring).
//!
//! Setup here uses std and libc freely: it is not measured.

use std::fs::File;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, IntoRawFd, OwnedFd, RawFd};
use std::ptr;
use std::sync::atomic::{AtomicU32, Ordering};

use zcall::types::{IoUringCqe, IoUringParams, IoUringSqe};

/// Every workload, in table order: (name, what one iteration does).
pub const WORKLOADS: &[(&str, &str)] = &[
    ("getpid", "getpid()"),
    ("write", "write 1 byte to /dev/null"),
    ("read", "read 1 byte from /dev/zero"),
    (
        "enter6",
        "io_uring_enter(ring, 0, 0, 0, NULL, 0): 6 argument words",
    ),
    ("ebadf", "write 1 byte to a closed fd -> EBADF"),
    (
        "short",
        "read from /dev/zero with the count left out (`short`: passed as 0) -> 0",
    ),
    (
        "syscall6",
        "dynamic-number primitive: io_uring_enter's number read at run time, 6 words",
    ),
    (
        "uring_nop",
        "io_uring NOP round trip: fill SQE, enter(1, 1, GETEVENTS), reap CQE",
    ),
    (
        "clock",
        "clock_gettime(CLOCK_MONOTONIC): the vDSO, except the floor (the raw syscall)",
    ),
];

/// Workloads that need a working io_uring.
pub fn needs_ring(workload: &str) -> bool {
    matches!(workload, "enter6" | "syscall6" | "uring_nop")
}

/// The clock workload's result from a time read: 0 when its nanoseconds are in
/// `0..1_000_000_000` (one unsigned compare, the same for every contender), 1 otherwise.
#[inline(always)]
pub fn clock_check(tv_nsec: i64) -> usize {
    ((tv_nsec as u64) >= 1_000_000_000) as usize
}

/// What every contender's operation hands to the loop: getpid's id, or the call's result
/// with the error number as a plain `i32`.
pub trait Fold {
    /// Folds the result into the loop's accumulator word.
    fn fold(self) -> u64;
}

impl Fold for u32 {
    #[inline(always)]
    fn fold(self) -> u64 {
        self as u64
    }
}

impl Fold for Result<usize, i32> {
    #[inline(always)]
    fn fold(self) -> u64 {
        match self {
            Ok(v) => v as u64,
            Err(e) => e as u64,
        }
    }
}

/// The state every loop reads.
pub struct Ctx {
    /// /dev/null, written to.
    pub null: BorrowedFd<'static>,
    /// /dev/zero, read from.
    pub zero: BorrowedFd<'static>,
    /// A number that was an fd and has been closed: writes to it fail with EBADF.
    ///
    /// A `BorrowedFd` of a closed number breaks `BorrowedFd`'s contract (the fd should
    /// be open), deliberately: it is only ever handed to the kernel, which answers
    /// EBADF; no Rust code reads through it.
    pub closed: BorrowedFd<'static>,
    /// io_uring_enter's number, laundered through `black_box` so no contender can
    /// constant-fold it (the dynamic-number workload).
    pub dyn_nr: usize,
    /// The same for the syscalls crate's `Sysno` type.
    pub dyn_sysno: syscalls::Sysno,
    /// A real ring, when the kernel lets us have one (see `ring_error`). Without one
    /// this is a stand-in over plain memory whose fd is /dev/null: safe to call (enter
    /// fails), and never timed — the ring workloads are skipped. It is not an `Option`
    /// so that no loop carries an unwrap's panic branch the floor would not have.
    pub ring: Ring,
    /// Why there is no real ring.
    pub ring_error: Option<String>,
}

impl Ctx {
    pub fn new() -> Ctx {
        let null = File::options()
            .write(true)
            .open("/dev/null")
            .expect("open /dev/null");
        let zero = File::open("/dev/zero").expect("open /dev/zero");
        // Every contender gets its fd the same way: a `BorrowedFd` read from here (the
        // raw-fd APIs call `as_raw_fd()` on it, a plain field read). The files are
        // leaked, so the borrows are 'static; the process ends with the bench.
        let leak = |f: File| -> BorrowedFd<'static> {
            let owned: &'static OwnedFd = Box::leak(Box::new(OwnedFd::from(f)));
            owned.as_fd()
        };
        let null = leak(null);
        let (ring, ring_error) = match Ring::new(8) {
            Ok(r) => (r, None),
            Err(e) => (Ring::stand_in(null), Some(e)),
        };
        // A closed fd number: a fresh fd, closed — last, so that no fd opened above
        // takes the number again. Nothing in this process opens files while the loops
        // run, so it stays free (the loops check that they get EBADF).
        let closed = File::open("/dev/null")
            .expect("open /dev/null")
            .into_raw_fd();
        // SAFETY: `closed` came from `into_raw_fd`, we own it and close it once.
        unsafe { libc::close(closed) };
        Ctx {
            null,
            zero: leak(zero),
            // SAFETY: see the field's doc: only the kernel sees this number.
            closed: unsafe { BorrowedFd::borrow_raw(closed) },
            dyn_nr: std::hint::black_box(zcall::nr::IO_URING_ENTER),
            dyn_sysno: std::hint::black_box(syscalls::Sysno::io_uring_enter),
            ring,
            ring_error,
        }
    }

    /// The ring (a stand-in when `ring_error` says there is none).
    #[inline(always)]
    pub fn ring(&self) -> &Ring {
        &self.ring
    }
}

use zcall::consts::{
    IORING_ENTER_GETEVENTS, IORING_FEAT_SINGLE_MMAP, IORING_OFF_CQ_RING, IORING_OFF_SQES,
    IORING_OFF_SQ_RING,
};

/// An io_uring with its rings mapped: the part of liburing a NOP round trip needs.
pub struct Ring {
    /// The ring fd (leaked, like the other fds: it lives as long as the process).
    pub fd: BorrowedFd<'static>,
    sq_tail: *const AtomicU32,
    sq_mask: u32,
    sqes: *mut IoUringSqe,
    cq_head: *const AtomicU32,
    cq_tail: *const AtomicU32,
    cq_mask: u32,
    cqes: *const IoUringCqe,
    maps: Vec<(*mut libc::c_void, usize)>,
}

impl Ring {
    fn new(entries: u32) -> Result<Ring, String> {
        let mut p = IoUringParams::default();
        // SAFETY: `p` is a valid, writable io_uring_params.
        let fd = unsafe {
            libc::syscall(
                libc::SYS_io_uring_setup,
                entries,
                &mut p as *mut IoUringParams,
            )
        };
        if fd < 0 {
            return Err(format!(
                "io_uring_setup: {}",
                std::io::Error::last_os_error()
            ));
        }
        // SAFETY: io_uring_setup returned a new fd that we own.
        let fd: &'static OwnedFd =
            Box::leak(Box::new(unsafe { OwnedFd::from_raw_fd(fd as RawFd) }));
        let fd = fd.as_fd();
        let map = |len: usize, off: u64| -> Result<*mut libc::c_void, String> {
            // SAFETY: a fresh shared mapping of the ring fd; nothing else is at the
            // address the kernel picks.
            let m = unsafe {
                libc::mmap(
                    ptr::null_mut(),
                    len,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_SHARED | libc::MAP_POPULATE,
                    fd.as_raw_fd(),
                    off as i64,
                )
            };
            if m == libc::MAP_FAILED {
                Err(format!("mmap ring: {}", std::io::Error::last_os_error()))
            } else {
                Ok(m)
            }
        };
        let sq_len = p.sq_off.array as usize + p.sq_entries as usize * 4;
        let cq_len = p.cq_off.cqes as usize + p.cq_entries as usize * size_of::<IoUringCqe>();
        let mut maps = Vec::new();
        let (sq, cq) = if p.features & IORING_FEAT_SINGLE_MMAP != 0 {
            let len = sq_len.max(cq_len);
            let m = map(len, IORING_OFF_SQ_RING)?;
            maps.push((m, len));
            (m, m)
        } else {
            let sq = map(sq_len, IORING_OFF_SQ_RING)?;
            maps.push((sq, sq_len));
            let cq = map(cq_len, IORING_OFF_CQ_RING)?;
            maps.push((cq, cq_len));
            (sq, cq)
        };
        let sqes_len = p.sq_entries as usize * size_of::<IoUringSqe>();
        let sqes = map(sqes_len, IORING_OFF_SQES)?;
        maps.push((sqes, sqes_len));
        let at = |base: *mut libc::c_void, off: u32| base.cast::<u8>().wrapping_add(off as usize);
        // SAFETY: the offsets come from the kernel and lie inside the mappings.
        unsafe {
            let sq_mask = *at(sq, p.sq_off.ring_mask).cast::<u32>();
            let cq_mask = *at(cq, p.cq_off.ring_mask).cast::<u32>();
            // The SQ index array maps slot i to SQE i once and for all.
            let array = at(sq, p.sq_off.array).cast::<u32>();
            for i in 0..p.sq_entries {
                *array.add(i as usize) = i;
            }
            Ok(Ring {
                sq_tail: at(sq, p.sq_off.tail).cast(),
                sq_mask,
                sqes: sqes.cast(),
                cq_head: at(cq, p.cq_off.head).cast(),
                cq_tail: at(cq, p.cq_off.tail).cast(),
                cq_mask,
                cqes: at(cq, p.cq_off.cqes).cast(),
                fd,
                maps,
            })
        }
    }

    /// A stand-in over leaked plain memory, with `fd` for the ring fd: every access
    /// of [`Ring::nop_round_trip`] stays in bounds, and entering fails.
    fn stand_in(fd: BorrowedFd<'static>) -> Ring {
        let words: &'static mut [u64] = Box::leak(vec![0u64; 16].into_boxed_slice());
        let base = words.as_mut_ptr().cast::<u8>();
        Ring {
            fd,
            sq_tail: base.cast(),
            sq_mask: 0,
            sqes: base.wrapping_add(64).cast(),
            cq_head: base.wrapping_add(8).cast(),
            cq_tail: base.wrapping_add(12).cast(),
            cq_mask: 0,
            cqes: base.wrapping_add(16).cast(),
            maps: Vec::new(),
        }
    }

    /// The ring fd.
    #[inline(always)]
    pub fn fd(&self) -> BorrowedFd<'static> {
        self.fd
    }

    /// One NOP round trip: queue a NOP, call `enter(to_submit = 1, min_complete = 1,
    /// flags = GETEVENTS)` — the only part that differs between contenders — then reap
    /// the completion. Returns the NOP's result (0) or the error number.
    #[inline(always)]
    pub fn nop_round_trip(
        &self,
        enter: impl FnOnce(u32, u32, u32) -> Result<usize, i32>,
    ) -> Result<usize, i32> {
        // SAFETY: the pointers were set up from the kernel's offsets; this process is
        // the only submitter and reaper, and each loop finishes its round trip before
        // the next starts, so the slot written is free and the CQE read is complete.
        unsafe {
            let tail = (*self.sq_tail).load(Ordering::Relaxed);
            let sqe = self.sqes.add((tail & self.sq_mask) as usize);
            sqe.write(IoUringSqe {
                opcode: zcall::consts::IORING_OP_NOP,
                user_data: tail as u64,
                ..IoUringSqe::default()
            });
            (*self.sq_tail).store(tail.wrapping_add(1), Ordering::Release);
            enter(1, 1, IORING_ENTER_GETEVENTS)?;
            let head = (*self.cq_head).load(Ordering::Relaxed);
            if head == (*self.cq_tail).load(Ordering::Acquire) {
                return Err(-1);
            }
            let res = (*self.cqes.add((head & self.cq_mask) as usize)).res;
            (*self.cq_head).store(head.wrapping_add(1), Ordering::Release);
            if res < 0 {
                Err(-res)
            } else {
                Ok(res as usize)
            }
        }
    }
}

impl Drop for Ring {
    fn drop(&mut self) {
        for &(m, len) in &self.maps {
            // SAFETY: our own mappings, unmapped once; no pointer into them survives.
            unsafe { libc::munmap(m, len) };
        }
    }
}
