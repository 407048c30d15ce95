//! io_uring with nothing but zcall: sets up a ring, maps it with `zcall::mmap` (the ring
//! protocol is in the `zcall::sys::io_uring` docs; `examples/io_uring_read.rs` reads a file
//! the same way), submits N no-op entries in batches, reaps and checks every completion, and
//! prints the completion rate.
//!
//! `cargo run --release --example io_uring_nop [N]` (N defaults to 100000).
//!
//! Where io_uring is not available (ENOSYS: an old kernel, or qemu-user, which does not
//! emulate it) the example says so and exits 0; so it does on non-Linux targets.

#[cfg(target_os = "linux")]
mod ring {
    use std::os::fd::{AsFd, OwnedFd};
    use std::sync::atomic::{AtomicU32, Ordering};

    use zcall::consts::{
        IORING_FEAT_SINGLE_MMAP, IORING_OFF_CQ_RING, IORING_OFF_SQES, IORING_OFF_SQ_RING,
        MAP_POPULATE, MAP_SHARED, PROT_READ, PROT_WRITE,
    };
    use zcall::fd::BorrowedFd;
    use zcall::types::{IoUringCqe, IoUringParams, IoUringSqe};
    use zcall::{io_uring_enter, io_uring_setup, Errno};

    /// One shared mapping of the ring fd, unmapped on drop.
    struct Map {
        ptr: *mut u8,
        len: usize,
    }

    impl Map {
        fn new(fd: BorrowedFd<'_>, len: usize, off: u64) -> Result<Map, Errno> {
            // SAFETY: a new mapping at an address the kernel picks (null hint), so no
            // existing memory is replaced. `off` is an IORING_OFF_* constant: every one fits
            // mmap's i64 offset exactly.
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
        fn atomic(&self, off: u32) -> &AtomicU32 {
            assert!(off as usize + 4 <= self.len && off % 4 == 0);
            // SAFETY: in bounds and aligned (checked; mappings are page-aligned); the
            // kernel and we only access ring indices atomically.
            unsafe { &*self.ptr.add(off as usize).cast::<AtomicU32>() }
        }
    }

    impl Drop for Map {
        fn drop(&mut self) {
            // SAFETY: exactly the mapping this Map created; nothing refers to it after.
            let _ = unsafe { zcall::munmap(self.ptr, self.len) };
        }
    }

    /// A ring with only NOPs ever submitted (which is what makes `submit_and_wait` safe
    /// to offer as a safe method here).
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
            let fd = io_uring_setup(entries, &mut p)?;
            let sq_len = p.sq_off.array as usize + p.sq_entries as usize * 4;
            let cq_len = p.cq_off.cqes as usize + p.cq_entries as usize * size_of::<IoUringCqe>();
            let single = p.features & IORING_FEAT_SINGLE_MMAP != 0;
            let sq_map_len = if single { sq_len.max(cq_len) } else { sq_len };
            let sq = Map::new(fd.as_fd(), sq_map_len, IORING_OFF_SQ_RING)?;
            let cq = match single {
                true => None,
                false => Some(Map::new(fd.as_fd(), cq_len, IORING_OFF_CQ_RING)?),
            };
            let sqes_len = p.sq_entries as usize * size_of::<IoUringSqe>();
            let sqes = Map::new(fd.as_fd(), sqes_len, IORING_OFF_SQES)?;
            Ok(Ring {
                p,
                sq,
                cq,
                sqes,
                fd,
            })
        }

        pub fn sq_entries(&self) -> u32 {
            self.p.sq_entries
        }

        /// Queues a NOP carrying `user_data`; `false` if the SQ ring is full.
        pub fn push_nop(&self, user_data: u64) -> bool {
            let o = &self.p.sq_off;
            let mask = self.sq.atomic(o.ring_mask).load(Ordering::Relaxed);
            let head = self.sq.atomic(o.head).load(Ordering::Acquire);
            let tail = self.sq.atomic(o.tail).load(Ordering::Relaxed);
            if tail.wrapping_sub(head) >= self.p.sq_entries {
                return false;
            }
            let idx = tail & mask;
            assert!((idx as usize + 1) * size_of::<IoUringSqe>() <= self.sqes.len);
            let sqe = IoUringSqe {
                opcode: zcall::consts::IORING_OP_NOP,
                user_data,
                ..Default::default()
            };
            // SAFETY: `idx` is inside the SQE array (checked), and the kernel does not
            // read the slot before the tail store below publishes it.
            unsafe {
                self.sqes
                    .ptr
                    .cast::<IoUringSqe>()
                    .add(idx as usize)
                    .write(sqe)
            };
            self.sq
                .atomic(o.array + 4 * idx)
                .store(idx, Ordering::Relaxed);
            self.sq
                .atomic(o.tail)
                .store(tail.wrapping_add(1), Ordering::Release);
            true
        }

        /// Submits `n` queued entries and waits until `n` completions are posted.
        pub fn submit_and_wait(&self, n: u32) -> Result<u32, Errno> {
            // SAFETY: only NOPs are ever queued on this ring (`push_nop`): they name no
            // memory and no fd; no argument pointer is passed.
            unsafe {
                io_uring_enter(
                    self.fd.as_fd(),
                    n,
                    n,
                    zcall::consts::IORING_ENTER_GETEVENTS,
                    std::ptr::null(),
                    0,
                )
            }
        }

        /// Hands every posted completion to `f`, then frees their slots.
        pub fn reap(&self, mut f: impl FnMut(IoUringCqe)) -> usize {
            let o = &self.p.cq_off;
            let cq = self.cq.as_ref().unwrap_or(&self.sq);
            let mask = cq.atomic(o.ring_mask).load(Ordering::Relaxed);
            let mut head = cq.atomic(o.head).load(Ordering::Relaxed);
            let tail = cq.atomic(o.tail).load(Ordering::Acquire);
            let mut n = 0;
            while head != tail {
                let at = o.cqes as usize + (head & mask) as usize * size_of::<IoUringCqe>();
                assert!(at + size_of::<IoUringCqe>() <= cq.len);
                // SAFETY: in bounds (checked) and 8-aligned; the kernel wrote this entry
                // before publishing the tail we loaded with Acquire.
                f(unsafe { cq.ptr.add(at).cast::<IoUringCqe>().read() });
                head = head.wrapping_add(1);
                n += 1;
            }
            cq.atomic(o.head).store(head, Ordering::Release);
            n
        }
    }
}

#[cfg(target_os = "linux")]
fn main() {
    use std::time::Instant;
    use zcall::Errno;

    let total: u64 = match std::env::args().nth(1) {
        None => 100_000,
        Some(a) => match a.replace('_', "").parse() {
            Ok(n) => n,
            Err(_) => {
                eprintln!("usage: io_uring_nop [N]   (N: number of NOPs, default 100000)");
                std::process::exit(2);
            }
        },
    };

    let ring = match ring::Ring::new(256) {
        Ok(r) => r,
        Err(e) if e == Errno::ENOSYS => {
            println!("io_uring is not available here (io_uring_setup: ENOSYS): nothing to do");
            return;
        }
        Err(e) => {
            eprintln!("io_uring setup failed: {e} ({e:?})");
            std::process::exit(1);
        }
    };

    let batch_max = u64::from(ring.sq_entries());
    let mut sent = 0u64;
    let mut reaped = 0u64;
    let mut bad = 0u64;
    let start = Instant::now();
    while sent < total {
        let batch = (total - sent).min(batch_max);
        let first = sent;
        for i in 0..batch {
            assert!(ring.push_nop(first + i), "SQ ring unexpectedly full");
        }
        match ring.submit_and_wait(batch as u32) {
            Ok(n) if u64::from(n) == batch => {}
            Ok(n) => {
                eprintln!("io_uring_enter submitted {n} of {batch}");
                std::process::exit(1);
            }
            Err(e) => {
                eprintln!("io_uring_enter failed: {e} ({e:?})");
                std::process::exit(1);
            }
        }
        // Every CQE of this batch: res 0 and a user_data we sent in it, each exactly once.
        let mut seen = vec![false; batch as usize];
        reaped += ring.reap(|cqe| {
            let k = cqe.user_data.wrapping_sub(first);
            if cqe.res != 0 || k >= batch || std::mem::replace(&mut seen[k as usize], true) {
                bad += 1;
            }
        }) as u64;
        sent += batch;
        if reaped != sent {
            eprintln!("expected {sent} completions so far, got {reaped}");
            std::process::exit(1);
        }
    }
    let secs = start.elapsed().as_secs_f64();
    if bad != 0 {
        eprintln!("{bad} of {reaped} completions were wrong");
        std::process::exit(1);
    }
    println!(
        "{reaped} NOPs submitted and reaped in batches of up to {batch_max}, all checked: \
         {secs:.3} s, {:.0} completions/s",
        reaped as f64 / secs.max(1e-9)
    );
}

#[cfg(not(target_os = "linux"))]
fn main() {
    println!("io_uring is Linux only: nothing to do on this OS");
}
