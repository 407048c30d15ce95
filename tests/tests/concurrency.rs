//! Several threads moving data through pipes, an eventfd and a socketpair at once, for a
//! bounded number of operations: every byte and every count accounted for, none lost or
//! duplicated.
#![cfg(target_os = "linux")]

mod common;
use common::pipe;

use std::collections::HashSet;
use std::os::fd::AsFd;
use std::sync::atomic::{AtomicU64, Ordering};

use zcall::consts::{AF_UNIX, EFD_CLOEXEC, EFD_NONBLOCK, EFD_SEMAPHORE, SOCK_CLOEXEC, SOCK_DGRAM};
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

#[test]
fn pipe_writers_and_one_reader_lose_and_duplicate_nothing() {
    let (r, w) = pipe();
    let mut seen: Vec<u32> = vec![0; WRITERS as usize];
    std::thread::scope(|s| {
        for id in 0..WRITERS {
            let w = &w;
            s.spawn(move || {
                for seq in 0..PER_WRITER {
                    let rec = record(id, seq);
                    // Whole records only: a short write of an atomic record cannot happen.
                    assert_eq!(zcall::write(w.as_fd(), &rec), Ok(8));
                }
            });
        }
        let mut buf = [0u8; 4096];
        let mut pending = Vec::new();
        let mut total = 0;
        while total < WRITERS * PER_WRITER {
            let n = match zcall::read(r.as_fd(), &mut buf) {
                Ok(n) => n,
                Err(Errno::EINTR) => continue,
                Err(e) => panic!("read: {e}"),
            };
            assert!(n > 0, "unexpected EOF");
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
    });
    assert!(seen.iter().all(|&n| n == PER_WRITER), "{seen:?}");
}

/// Writers add 1 each time; two non-blocking readers drain concurrently. The counts read
/// add up to the counts written, and the counter ends at zero.
fn eventfd_round(flags: i32) {
    let efd = zcall::eventfd2(0, EFD_CLOEXEC | EFD_NONBLOCK | flags).expect("eventfd2");
    let target = u64::from(WRITERS * PER_WRITER);
    let read_total = AtomicU64::new(0);
    let (efd, read_total) = (&efd, &read_total);
    let per_reader: Vec<u64> = std::thread::scope(|s| {
        for _ in 0..WRITERS {
            s.spawn(move || {
                for _ in 0..PER_WRITER {
                    assert_eq!(zcall::write(efd.as_fd(), &1u64.to_ne_bytes()), Ok(8));
                }
            });
        }
        let readers: Vec<_> = (0..2)
            .map(|_| {
                s.spawn(move || {
                    let mut mine = 0u64;
                    let mut buf = [0u8; 8];
                    while read_total.load(Ordering::SeqCst) < target {
                        match zcall::read(efd.as_fd(), &mut buf) {
                            Ok(8) => {
                                let v = u64::from_ne_bytes(buf);
                                assert!(v >= 1);
                                if flags & EFD_SEMAPHORE != 0 {
                                    assert_eq!(v, 1, "semaphore reads are one at a time");
                                }
                                mine += v;
                                read_total.fetch_add(v, Ordering::SeqCst);
                            }
                            Err(Errno::EAGAIN) => std::thread::yield_now(),
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
    assert_eq!(read_total.load(Ordering::SeqCst), target);
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
    std::thread::scope(|s| {
        for id in 0..WRITERS {
            let a = &a;
            s.spawn(move || {
                for seq in 0..PER_WRITER {
                    assert_eq!(zcall::write(a.as_fd(), &record(id, seq)), Ok(8));
                }
            });
        }
        let mut buf = [0u8; 64];
        for _ in 0..WRITERS * PER_WRITER {
            let n = zcall::read(b.as_fd(), &mut buf).expect("recv");
            assert_eq!(n, 8, "datagram boundaries are kept");
            assert!(seen.insert(buf[..8].to_vec()), "duplicate datagram");
        }
    });
    assert_eq!(seen.len(), (WRITERS * PER_WRITER) as usize);
    for id in 0..WRITERS {
        for seq in 0..PER_WRITER {
            assert!(seen.contains(record(id, seq).as_slice()));
        }
    }
}
