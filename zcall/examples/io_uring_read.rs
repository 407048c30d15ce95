//! Reads a file through io_uring with nothing but zcall: `io_uring_setup`, the rings mapped
//! with `zcall::mmap` (one mapping for both rings under `IORING_FEAT_SINGLE_MMAP`), up to
//! `DEPTH` `IORING_OP_READ` entries in flight at different offsets, published and reaped with
//! the acquire/release protocol of the `zcall::sys::io_uring` docs; every chunk is checked
//! against `std::fs::read` of the same file.
//!
//! `cargo run --example io_uring_read [FILE]` (default: this program's own executable).
//!
//! Where io_uring is not available (ENOSYS: an old kernel, or qemu-user, which does not
//! emulate it; EPERM: disabled by `kernel.io_uring_disabled`) the example says so and exits
//! 0; so it does on non-Linux targets.

#[cfg(target_os = "linux")]
mod ring {
    use std::sync::atomic::{AtomicU32, Ordering};

    use zcall::consts::{
        IORING_ENTER_GETEVENTS, IORING_FEAT_SINGLE_MMAP, IORING_OFF_CQ_RING, IORING_OFF_SQES,
        IORING_OFF_SQ_RING, MAP_POPULATE, MAP_SHARED, PROT_READ, PROT_WRITE,
    };
    use zcall::fd::{AsFd, BorrowedFd, OwnedFd};
    use zcall::types::{IoUringCqe, IoUringParams, IoUringSqe};
    use zcall::Errno;

    /// One shared mapping of the ring fd, unmapped on drop.
    struct Map {
        ptr: *mut u8,
        len: usize,
    }

    impl Map {
        fn new(fd: BorrowedFd<'_>, len: usize, off: u64) -> Result<Map, Errno> {
            // SAFETY: a new mapping where the kernel chooses (null hint, no MAP_FIXED):
            // nothing is replaced. `off` is an IORING_OFF_* constant; every one fits the
            // i64 offset exactly.
            let ptr = unsafe {
                zcall::mmap(
                    std::ptr::null_mut(),
                    len,
                    PROT_READ | PROT_WRITE,
                    MAP_SHARED | MAP_POPULATE,
                    Some(fd),
                    off as i64,
                )
            }?;
            Ok(Map { ptr, len })
        }

        /// The ring's `u32` field at byte offset `off`, shared with the kernel.
        fn word(&self, off: u32) -> &AtomicU32 {
            assert!(off as usize + 4 <= self.len && off % 4 == 0);
            // SAFETY: in bounds and aligned (checked; mappings are page-aligned); the
            // kernel and we access ring indices atomically only.
            unsafe { &*self.ptr.add(off as usize).cast::<AtomicU32>() }
        }
    }

    impl Drop for Map {
        fn drop(&mut self) {
            // SAFETY: exactly the mapping this Map created; nothing refers to it after.
            let _ = unsafe { zcall::munmap(self.ptr, self.len) };
        }
    }

    /// A ring: its parameters, the SQ ring (and the CQ ring in the same mapping, or its
    /// own), the SQE array, and the fd.
    pub struct Ring {
        p: IoUringParams,
        sq: Map,
        cq: Option<Map>,
        sqes: Map,
        fd: OwnedFd,
    }

    impl Ring {
        pub fn new(entries: u32) -> Result<Ring, Errno> {
            let mut p = IoUringParams::default();
            let fd = zcall::io_uring_setup(entries, &mut p)?;
            // Sizes from the offsets the kernel filled in: each ring ends with its array.
            let sq_len = p.sq_off.array as usize + 4 * p.sq_entries as usize;
            let cq_len = p.cq_off.cqes as usize + size_of::<IoUringCqe>() * p.cq_entries as usize;
            let single = p.features & IORING_FEAT_SINGLE_MMAP != 0;
            let sq = Map::new(
                fd.as_fd(),
                if single { sq_len.max(cq_len) } else { sq_len },
                IORING_OFF_SQ_RING,
            )?;
            let cq = match single {
                true => None,
                false => Some(Map::new(fd.as_fd(), cq_len, IORING_OFF_CQ_RING)?),
            };
            let sqes = Map::new(
                fd.as_fd(),
                size_of::<IoUringSqe>() * p.sq_entries as usize,
                IORING_OFF_SQES,
            )?;
            Ok(Ring {
                p,
                sq,
                cq,
                sqes,
                fd,
            })
        }

        fn cq(&self) -> &Map {
            self.cq.as_ref().unwrap_or(&self.sq)
        }

        /// Queues `sqe`; `false` if the SQ ring is full.
        pub fn push(&self, sqe: IoUringSqe) -> bool {
            let o = &self.p.sq_off;
            let mask = self.sq.word(o.ring_mask).load(Ordering::Relaxed);
            // The kernel's progress: Acquire, so its reads of the slots before `head` are
            // done before we overwrite them.
            let head = self.sq.word(o.head).load(Ordering::Acquire);
            let tail = self.sq.word(o.tail).load(Ordering::Relaxed); // ours
            if tail.wrapping_sub(head) >= self.p.sq_entries {
                return false;
            }
            let slot = tail & mask;
            assert!((slot as usize + 1) * size_of::<IoUringSqe>() <= self.sqes.len);
            // SAFETY: inside the SQE array (checked); the kernel does not read this slot
            // before the tail store below publishes it.
            unsafe {
                self.sqes
                    .ptr
                    .cast::<IoUringSqe>()
                    .add(slot as usize)
                    .write(sqe)
            };
            self.sq
                .word(o.array + 4 * slot)
                .store(slot, Ordering::Relaxed);
            // Release: the entry and the array slot are visible before the new tail.
            self.sq
                .word(o.tail)
                .store(tail.wrapping_add(1), Ordering::Release);
            true
        }

        /// Submits `n` queued entries and waits until at least `wait` completions are
        /// posted.
        ///
        /// # Safety
        ///
        /// As for `zcall::io_uring_enter`: every buffer the queued entries name stays valid
        /// and untouched until its completion is reaped.
        pub unsafe fn submit(&self, n: u32, wait: u32) -> Result<u32, Errno> {
            // SAFETY: forwarded to the caller; no argument pointer.
            unsafe {
                zcall::io_uring_enter(
                    self.fd.as_fd(),
                    n,
                    wait,
                    IORING_ENTER_GETEVENTS,
                    std::ptr::null(),
                    0,
                )
            }
        }

        /// Hands every posted completion to `f`, then frees their slots.
        pub fn reap(&self, mut f: impl FnMut(IoUringCqe)) -> usize {
            let o = &self.p.cq_off;
            let cq = self.cq();
            let mask = cq.word(o.ring_mask).load(Ordering::Relaxed);
            let mut head = cq.word(o.head).load(Ordering::Relaxed); // ours
                                                                    // Acquire: the kernel wrote the entries before it published this tail.
            let tail = cq.word(o.tail).load(Ordering::Acquire);
            let mut n = 0;
            while head != tail {
                let at = o.cqes as usize + (head & mask) as usize * size_of::<IoUringCqe>();
                assert!(at + size_of::<IoUringCqe>() <= cq.len);
                // SAFETY: in bounds (checked) and 8-aligned.
                f(unsafe { cq.ptr.add(at).cast::<IoUringCqe>().read() });
                head = head.wrapping_add(1);
                n += 1;
            }
            // Release: we are done reading the slots before the kernel may reuse them.
            cq.word(o.head).store(head, Ordering::Release);
            n
        }
    }
}

#[cfg(target_os = "linux")]
fn main() {
    use std::os::fd::AsRawFd;
    use std::time::Instant;
    use zcall::consts::IORING_OP_READ;
    use zcall::types::IoUringSqe;
    use zcall::Errno;

    const CHUNK: usize = 64 * 1024;
    const DEPTH: usize = 8;

    let path = std::env::args_os()
        .nth(1)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::env::current_exe().expect("current_exe"));
    let ring = match ring::Ring::new(DEPTH as u32) {
        Ok(r) => r,
        Err(e) if e == Errno::ENOSYS || e == Errno::EPERM => {
            println!("io_uring is not available here (io_uring_setup: {e:?}): nothing to do");
            return;
        }
        Err(e) => {
            eprintln!("io_uring setup failed: {e} ({e:?})");
            std::process::exit(1);
        }
    };
    let file = std::fs::File::open(&path).unwrap_or_else(|e| {
        eprintln!("{}: {e}", path.display());
        std::process::exit(2)
    });
    let want = std::fs::read(&path).expect("std::fs::read");
    let start = Instant::now();

    // DEPTH buffers, each owned by at most one READ in flight.
    let mut bufs = vec![vec![0u8; CHUNK]; DEPTH];
    let mut free: Vec<usize> = (0..DEPTH).collect();
    let chunks = want.len().div_ceil(CHUNK);
    let (mut next, mut done, mut bytes, mut enters) = (0usize, 0usize, 0usize, 0usize);
    let mut failed = false;
    while done < chunks && !failed {
        // Queue a READ per free buffer; user_data = chunk number << 8 | buffer.
        let mut queued = 0;
        while next < chunks {
            let Some(b) = free.pop() else { break };
            let len = CHUNK.min(want.len() - next * CHUNK);
            let sqe = IoUringSqe {
                opcode: IORING_OP_READ,
                fd: file.as_raw_fd(),
                off: (next * CHUNK) as u64,
                addr: bufs[b].as_mut_ptr() as u64,
                len: len as u32,
                user_data: (next as u64) << 8 | b as u64,
                ..Default::default()
            };
            assert!(ring.push(sqe), "the SQ ring has DEPTH entries");
            next += 1;
            queued += 1;
        }
        // SAFETY: every queued READ writes into one of `bufs`, which is not touched (nor
        // moved: the Vec is not resized) until its completion is reaped below; waiting for
        // one completion is enough to make progress.
        if let Err(e) = unsafe { ring.submit(queued, 1) } {
            eprintln!("io_uring_enter failed: {e} ({e:?})");
            std::process::exit(1);
        }
        enters += 1;
        ring.reap(|cqe| {
            let (chunk, b) = (
                (cqe.user_data >> 8) as usize,
                (cqe.user_data & 0xff) as usize,
            );
            let at = chunk * CHUNK;
            let len = CHUNK.min(want.len() - at);
            if cqe.res != len as i32 {
                eprintln!("chunk {chunk}: READ returned {} (wanted {len})", cqe.res);
                failed = true;
            } else if bufs[b][..len] != want[at..at + len] {
                eprintln!("chunk {chunk}: the bytes differ from std::fs::read");
                failed = true;
            }
            bytes += len;
            done += 1;
            free.push(b);
        });
    }
    if failed {
        std::process::exit(1);
    }
    println!(
        "io_uring_read: {} read through IORING_OP_READ: {bytes} bytes in {chunks} chunks of \
         up to {CHUNK} bytes, {DEPTH} in flight, {enters} io_uring_enter calls, every byte \
         equal to std::fs::read ({:?})",
        path.display(),
        start.elapsed()
    );
}

#[cfg(not(target_os = "linux"))]
fn main() {
    println!("io_uring is Linux only: nothing to do on this OS");
}
