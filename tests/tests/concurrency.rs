//! Several threads moving data through pipes, an eventfd and a socketpair at once, for a
//! bounded number of operations: every byte and every count accounted for, none lost or
//! duplicated.
#![cfg(target_os = "linux")]

mod common;
use common::pipe;

use std::collections::HashSet;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use zcall::consts::{
    AF_UNIX, EFD_CLOEXEC, EFD_NONBLOCK, EFD_SEMAPHORE, MSG_DONTWAIT, SOCK_CLOEXEC, SOCK_DGRAM,
};
use zcall::Errno;

const WRITERS: u32 = 4;
const PER_WRITER: u32 = 2000;

/// A record of 8 bytes: writes of at most PIPE_BUF bytes to a pipe are atomic, so records
/// from different writers never interleave.
fn record(writer: u32, seq: u32) -> [u8; 8] {
    let mut r = [0u8; 8];
    r[..4].copy_from_slice(&writer.to_le_bytes());
    r[4..].copy_from_slice(&seq.to_le_bytes());
    r
}

/// How long a reader waits for writers that have stopped making progress before it fails
/// the test (reached only when a writer has failed: a bound so that the failure is a
/// report, not a hang; nothing about speed is asserted).
const STALL_DEADLINE: Duration = Duration::from_secs(60);

/// Counts, on drop, one writer as finished (also when it panics and unwinds), so readers
/// can tell "nothing more will come" from "not yet".
struct Finished<'a>(&'a AtomicU32);

impl Drop for Finished<'_> {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

#[test]
fn pipe_writers_and_one_reader_lose_and_duplicate_nothing() {
    let (r, w) = pipe();
    // Each writer owns its own duplicate of the write end: when every writer has ended
    // (returned or panicked) the pipe has no writer left and the reader sees end of file
    // instead of waiting forever for records that will never come.
    let ends: Vec<OwnedFd> = (0..WRITERS)
        .map(|_| w.try_clone().expect("dup of the write end"))
        .collect();
    drop(w);
    let mut seen: Vec<u32> = vec![0; WRITERS as usize];
    std::thread::scope(|s| {
        for (id, w) in (0..WRITERS).zip(ends) {
            s.spawn(move || {
                for seq in 0..PER_WRITER {
                    let rec = record(id, seq);
                    // Whole records only: a short write of an atomic record cannot happen.
                    assert_eq!(zcall::write(w.as_fd(), &rec), Ok(8));
                }
            });
        }
        // The reader owns the read end: if it panics, unwinding closes it, and writers
        // blocked on a full pipe get EPIPE (SIGPIPE is ignored) instead of blocking forever.
        let r = r;
        let mut buf = [0u8; 4096];
        let mut pending = Vec::new();
        let mut total = 0;
        while total < WRITERS * PER_WRITER {
            let n = match zcall::read(r.as_fd(), &mut buf) {
                Ok(n) => n,
                Err(Errno::EINTR) => continue,
                Err(e) => panic!("read: {e}"),
            };
            assert!(
                n > 0,
                "end of file after {total} records: a writer stopped early"
            );
            pending.extend_from_slice(&buf[..n]);
            let whole = pending.len() / 8 * 8;
            for rec in pending[..whole].chunks_exact(8) {
                let id = u32::from_le_bytes(rec[..4].try_into().unwrap());
                let seq = u32::from_le_bytes(rec[4..].try_into().unwrap());
                // Each writer's records arrive in its own order, each exactly once.
                assert_eq!(seq, seen[id as usize], "writer {id}");
                seen[id as usize] += 1;
                total += 1;
            }
            pending.drain(..whole);
        }
        assert!(pending.is_empty());
        // Nothing beyond the records: once the writers are gone, end of file.
        assert_eq!(zcall::read(r.as_fd(), &mut buf), Ok(0), "extra bytes");
    });
    assert!(seen.iter().all(|&n| n == PER_WRITER), "{seen:?}");
}

/// Writers add 1 each time; two non-blocking readers drain concurrently until the writers
/// are all finished and the counter is empty. The counts read add up to the counts
/// written, and the counter ends at zero.
fn eventfd_round(flags: i32) {
    let efd = zcall::eventfd2(0, EFD_CLOEXEC | EFD_NONBLOCK | flags).expect("eventfd2");
    let target = u64::from(WRITERS * PER_WRITER);
    // A mutex, not an AtomicU64: 32-bit PowerPC has no 64-bit atomics.
    let read_total = Mutex::new(0u64);
    let finished = AtomicU32::new(0);
    let (efd, read_total, finished) = (&efd, &read_total, &finished);
    let per_reader: Vec<u64> = std::thread::scope(|s| {
        for _ in 0..WRITERS {
            s.spawn(move || {
                let _done = Finished(finished);
                for _ in 0..PER_WRITER {
                    assert_eq!(zcall::write(efd.as_fd(), &1u64.to_ne_bytes()), Ok(8));
                }
            });
        }
        let readers: Vec<_> = (0..2)
            .map(|_| {
                s.spawn(move || {
                    let start = Instant::now();
                    let mut mine = 0u64;
                    let mut buf = [0u8; 8];
                    loop {
                        // Read before the attempt: if every writer had finished then, an
                        // empty counter means everything written has been read.
                        let all_written = finished.load(Ordering::SeqCst) == WRITERS;
                        match zcall::read(efd.as_fd(), &mut buf) {
                            Ok(8) => {
                                let v = u64::from_ne_bytes(buf);
                                assert!(v >= 1);
                                if flags & EFD_SEMAPHORE != 0 {
                                    assert_eq!(v, 1, "semaphore reads are one at a time");
                                }
                                mine += v;
                                *read_total.lock().unwrap() += v;
                            }
                            Err(Errno::EAGAIN) if all_written => break,
                            Err(Errno::EAGAIN) => {
                                assert!(
                                    start.elapsed() < STALL_DEADLINE,
                                    "writers stalled: {} of {target} read",
                                    *read_total.lock().unwrap()
                                );
                                std::thread::yield_now();
                            }
                            other => panic!("eventfd read: {other:?}"),
                        }
                    }
                    mine
                })
            })
            .collect();
        readers.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(per_reader.iter().sum::<u64>(), target);
    assert_eq!(*read_total.lock().unwrap(), target);
    let mut buf = [0u8; 8];
    assert_eq!(
        zcall::read(efd.as_fd(), &mut buf),
        Err(Errno::EAGAIN),
        "counter not drained"
    );
}

#[test]
fn eventfd_counts_add_up_across_threads() {
    eventfd_round(0);
}

#[test]
fn eventfd_semaphore_counts_add_up_across_threads() {
    eventfd_round(EFD_SEMAPHORE);
}

#[test]
fn socketpair_datagrams_from_many_threads_arrive_once_each() {
    let (a, b) = zcall::socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0).expect("socketpair");
    let mut seen = HashSet::new();
    let finished = AtomicU32::new(0);
    let (a, finished) = (&a, &finished);
    std::thread::scope(|s| {
        for id in 0..WRITERS {
            s.spawn(move || {
                let _done = Finished(finished);
                for seq in 0..PER_WRITER {
                    assert_eq!(zcall::write(a.as_fd(), &record(id, seq)), Ok(8));
                }
            });
        }
        // The reader owns `b`: if it panics, unwinding closes it and writers blocked on a
        // full receive queue fail (ECONNREFUSED) instead of waiting forever. It never
        // blocks itself: a datagram socket has no end of file to report writers that
        // stopped early, so it polls and stops once every writer has finished and the
        // queue is empty.
        let b = b;
        let start = Instant::now();
        let mut buf = [0u8; 64];
        while seen.len() < (WRITERS * PER_WRITER) as usize {
            let all_written = finished.load(Ordering::SeqCst) == WRITERS;
            match zcall::recvfrom(b.as_fd(), &mut buf, MSG_DONTWAIT, None) {
                Ok((n, _)) => {
                    assert_eq!(n, 8, "datagram boundaries are kept");
                    assert!(seen.insert(buf[..8].to_vec()), "duplicate datagram");
                }
                Err(Errno::EAGAIN) => {
                    assert!(
                        !all_written,
                        "every writer finished, {} of {} datagrams arrived",
                        seen.len(),
                        WRITERS * PER_WRITER
                    );
                    assert!(
                        start.elapsed() < STALL_DEADLINE,
                        "writers stalled: {} datagrams",
                        seen.len()
                    );
                    wait_readable(b.as_fd());
                }
                Err(e) => panic!("recv: {e}"),
            }
        }
        assert_eq!(
            zcall::recvfrom(b.as_fd(), &mut buf, MSG_DONTWAIT, None),
            Err(Errno::EAGAIN),
            "extra datagrams"
        );
    });
    assert_eq!(seen.len(), (WRITERS * PER_WRITER) as usize);
    for id in 0..WRITERS {
        for seq in 0..PER_WRITER {
            assert!(seen.contains(record(id, seq).as_slice()));
        }
    }
}

/// Waits (libc's poll) up to 10 ms for `fd` to become readable: a pause between
/// non-blocking attempts, not a measurement.
fn wait_readable(fd: BorrowedFd<'_>) {
    let mut p = libc::pollfd {
        fd: fd.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one pollfd, a live local.
    let r = unsafe { libc::poll(&mut p, 1, 10) };
    assert!(r >= 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR));
}
