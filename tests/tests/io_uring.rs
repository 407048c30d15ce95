//! io_uring_setup, io_uring_enter, io_uring_register and their registered-ring forms
//! against the real kernel: a ring mapped by hand (with `zcall::mmap`, whose `i64` offset
//! takes every `IORING_OFF_*`), a NOP and a READ submitted and reaped.
//!
//! qemu-user 7.2 answers ENOSYS to the io_uring syscalls: the tests then print
//! `SKIP <test>: …` and return.
#![cfg(target_os = "linux")]

mod common;
use common::{bad_fd, pipe, skip_on_enosys, NoAccessPage, IO_URING};

use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd};
use std::sync::atomic::{AtomicU32, Ordering};

use zcall::consts::{
    IORING_ENTER_EXT_ARG, IORING_ENTER_GETEVENTS, IORING_FEAT_EXT_ARG, IORING_FEAT_REG_REG_RING,
    IORING_FEAT_SINGLE_MMAP, IORING_OFF_CQ_RING, IORING_OFF_SQES, IORING_OFF_SQ_RING,
    IORING_OP_NOP, IORING_OP_READ, IORING_REGISTER_PROBE, IORING_SETUP_CLAMP, IORING_SETUP_NO_MMAP,
    IORING_SETUP_REGISTERED_FD_ONLY, IO_URING_OP_SUPPORTED, MAP_POPULATE, MAP_SHARED, PROT_READ,
    PROT_WRITE,
};
use zcall::types::{IoUringCqe, IoUringParams, IoUringSqe};
use zcall::{io_uring_enter, io_uring_register, io_uring_setup, io_uring_setup_raw, Errno};

/// A shared mapping of part of the ring fd, unmapped on drop.
struct Map {
    ptr: *mut u8,
    len: usize,
}

impl Map {
    fn new(fd: BorrowedFd<'_>, len: usize, offset: u64) -> Map {
        // SAFETY: a new shared mapping chosen by the kernel (null hint): it replaces
        // nothing. The ring fd stays open while the ring (and so the map) lives.
        let ptr = unsafe {
            zcall::mmap(
                std::ptr::null_mut(),
                len,
                PROT_READ | PROT_WRITE,
                MAP_SHARED | MAP_POPULATE,
                Some(fd),
                offset as i64,
            )
        }
        .unwrap_or_else(|e| panic!("mmap of the ring at {offset:#x}: {e}"));
        Map { ptr, len }
    }

    /// The `u32` ring field at byte offset `off`, shared with the kernel.
    fn atomic(&self, off: u32) -> &AtomicU32 {
        assert!(off as usize + 4 <= self.len && off % 4 == 0);
        // SAFETY: in bounds and 4-aligned (checked; the mapping is page-aligned), and the
        // field is only ever accessed atomically by us and the kernel.
        unsafe { &*self.ptr.add(off as usize).cast::<AtomicU32>() }
    }
}

impl Drop for Map {
    fn drop(&mut self) {
        // SAFETY: unmaps exactly the mapping this Map made; nothing refers to it after.
        let _ = unsafe { zcall::munmap(self.ptr, self.len) };
    }
}

/// A ring set up with zcall and mapped by hand.
struct Ring {
    p: IoUringParams,
    sq: Map,
    cq: Option<Map>,
    sqes: Map,
    fd: OwnedFd,
}

impl Ring {
    fn new(entries: u32) -> Result<Ring, Errno> {
        let mut p = IoUringParams::default();
        let fd = io_uring_setup(entries, &mut p)?;
        Ok(Ring::map(fd, p))
    }

    /// Maps the rings of `fd`, set up with the parameters `p` the kernel filled in.
    fn map(fd: OwnedFd, p: IoUringParams) -> Ring {
        let sq_len = p.sq_off.array as usize + p.sq_entries as usize * 4;
        let cq_len = p.cq_off.cqes as usize + p.cq_entries as usize * size_of::<IoUringCqe>();
        let single = p.features & IORING_FEAT_SINGLE_MMAP != 0;
        let sq = Map::new(
            fd.as_fd(),
            if single { sq_len.max(cq_len) } else { sq_len },
            IORING_OFF_SQ_RING,
        );
        let cq = (!single).then(|| Map::new(fd.as_fd(), cq_len, IORING_OFF_CQ_RING));
        let sqes = Map::new(
            fd.as_fd(),
            p.sq_entries as usize * size_of::<IoUringSqe>(),
            IORING_OFF_SQES,
        );
        Ring {
            p,
            sq,
            cq,
            sqes,
            fd,
        }
    }

    fn cq(&self) -> &Map {
        self.cq.as_ref().unwrap_or(&self.sq)
    }

    /// Queues one entry (not yet submitted to the kernel).
    fn push(&self, sqe: IoUringSqe) {
        let o = &self.p.sq_off;
        let mask = self.sq.atomic(o.ring_mask).load(Ordering::Relaxed);
        let head = self.sq.atomic(o.head).load(Ordering::Acquire);
        let tail = self.sq.atomic(o.tail).load(Ordering::Relaxed);
        assert!(tail.wrapping_sub(head) < self.p.sq_entries, "SQ full");
        let idx = tail & mask;
        assert!((idx as usize + 1) * size_of::<IoUringSqe>() <= self.sqes.len);
        // SAFETY: `idx` is within the SQE array (checked); the kernel does not read this
        // slot until the tail below passes it.
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
    }

    /// Every completion in the CQ ring, consumed.
    fn reap(&self) -> Vec<IoUringCqe> {
        let o = &self.p.cq_off;
        let cq = self.cq();
        let mask = cq.atomic(o.ring_mask).load(Ordering::Relaxed);
        let mut head = cq.atomic(o.head).load(Ordering::Relaxed);
        let tail = cq.atomic(o.tail).load(Ordering::Acquire);
        let mut out = Vec::new();
        while head != tail {
            let at = o.cqes as usize + (head & mask) as usize * size_of::<IoUringCqe>();
            assert!(at + size_of::<IoUringCqe>() <= cq.len);
            // SAFETY: in bounds (checked) and 8-aligned (the offset of the CQE array is);
            // the kernel published this entry before the tail we loaded with Acquire.
            out.push(unsafe { cq.ptr.add(at).cast::<IoUringCqe>().read() });
            head = head.wrapping_add(1);
        }
        cq.atomic(o.head).store(head, Ordering::Release);
        out
    }
}

/// True (after printing a `SKIP` line) when io_uring is unavailable for a reason that is
/// not the wrapper's: ENOSYS where `skip_on_enosys` allows it (qemu-user, kernels before
/// 5.1), or EPERM while the `kernel.io_uring_disabled` sysctl is set (1: only members of
/// `kernel.io_uring_group` may, 2: nobody may). EPERM with the sysctl at 0 or absent is
/// the test's to report.
fn skip_io_uring<T>(test: &str, r: &Result<T, Errno>) -> bool {
    if skip_on_enosys(test, &IO_URING, r) {
        return true;
    }
    if let Err(Errno::EPERM) = r {
        if let Ok(v) = std::fs::read_to_string("/proc/sys/kernel/io_uring_disabled") {
            if v.trim() != "0" {
                eprintln!(
                    "SKIP {test}: io_uring_setup is EPERM with kernel.io_uring_disabled = {}",
                    v.trim()
                );
                return true;
            }
        }
    }
    false
}

/// The fd's target as /proc shows it (`anon_inode:[io_uring]` for a ring).
fn fd_link(fd: BorrowedFd<'_>) -> String {
    std::fs::read_link(format!("/proc/self/fd/{}", fd.as_raw_fd()))
        .expect("readlink")
        .to_string_lossy()
        .into_owned()
}

/// Submits the queued entries and reaps `n` completions, checking they are NOPs with
/// `user_data` 1..=n and result 0.
fn submit_nops(ring: &Ring, n: u32) {
    for i in 1..=n {
        ring.push(IoUringSqe {
            opcode: IORING_OP_NOP,
            user_data: u64::from(i),
            ..Default::default()
        });
    }
    // SAFETY: the only entries are NOPs, which touch no memory; no argument pointer.
    let r = unsafe {
        io_uring_enter(
            ring.fd.as_fd(),
            n,
            n,
            IORING_ENTER_GETEVENTS,
            std::ptr::null(),
            0,
        )
    };
    assert_eq!(r, Ok(n));
    let mut cqes = ring.reap();
    cqes.sort_by_key(|c| c.user_data);
    let got: Vec<(u64, i32)> = cqes.iter().map(|c| (c.user_data, c.res)).collect();
    let want: Vec<(u64, i32)> = (1..=n).map(|i| (u64::from(i), 0)).collect();
    assert_eq!(got, want);
}

#[test]
fn nop_and_read_round_trip() {
    const TEST: &str = "nop_and_read_round_trip";
    let ring = Ring::new(8);
    if skip_io_uring(TEST, &ring) {
        return;
    }
    let ring = ring.expect("io_uring_setup");
    assert!(ring.p.sq_entries >= 8 && ring.p.sq_entries.is_power_of_two());
    assert!(ring.p.cq_entries >= ring.p.sq_entries);

    let (rd, wr) = pipe();
    assert_eq!(zcall::write(wr.as_fd(), b"ring data"), Ok(9));
    let mut buf = [0u8; 32];

    ring.push(IoUringSqe {
        opcode: IORING_OP_NOP,
        user_data: 0x1111,
        ..Default::default()
    });
    ring.push(IoUringSqe {
        opcode: IORING_OP_READ,
        fd: rd.as_raw_fd(),
        addr: buf.as_mut_ptr() as u64,
        len: buf.len() as u32,
        off: u64::MAX, // -1: the file position (pipes have none)
        user_data: 0x2222,
        ..Default::default()
    });
    // SAFETY: the only entries are a NOP and a READ into `buf`, which stays alive and
    // untouched until both completions are reaped below (the call waits for both); no
    // argument pointer.
    let submitted = unsafe {
        io_uring_enter(
            ring.fd.as_fd(),
            2,
            2,
            IORING_ENTER_GETEVENTS,
            std::ptr::null(),
            0,
        )
    };
    assert_eq!(submitted, Ok(2));

    let mut cqes = ring.reap();
    assert_eq!(cqes.len(), 2, "{cqes:?}");
    cqes.sort_by_key(|c| c.user_data);
    assert_eq!((cqes[0].user_data, cqes[0].res), (0x1111, 0), "NOP");
    assert_eq!(
        (cqes[1].user_data, cqes[1].res),
        (0x2222, 9),
        "READ: 9 bytes"
    );
    assert_eq!(&buf[..9], b"ring data");
    assert!(ring.reap().is_empty(), "both consumed");

    // Nothing queued: entering submits nothing and, without GETEVENTS, does not wait.
    // SAFETY: no entries are queued; no argument pointer.
    let r = unsafe { io_uring_enter(ring.fd.as_fd(), 0, 0, 0, std::ptr::null(), 0) };
    assert_eq!(r, Ok(0));
}

#[test]
fn register_probe_reports_nop_and_read() {
    const TEST: &str = "register_probe_reports_nop_and_read";
    let mut p = IoUringParams::default();
    let ring = io_uring_setup(4, &mut p);
    if skip_io_uring(TEST, &ring) {
        return;
    }
    let ring = ring.expect("io_uring_setup");
    // struct io_uring_probe: 16-byte header, then `ops_len` 8-byte io_uring_probe_op.
    const OPS: usize = 64;
    let mut probe = [0u64; 2 + OPS];
    // SAFETY: `probe` is a zeroed io_uring_probe with room for OPS entries, which is the
    // `nr_args` we pass; the kernel writes within it and keeps no reference.
    let r = unsafe {
        io_uring_register(
            ring.as_fd(),
            IORING_REGISTER_PROBE,
            probe.as_mut_ptr().cast(),
            OPS as u32,
        )
    };
    assert_eq!(r, Ok(0));
    let bytes: Vec<u8> = probe.iter().flat_map(|w| w.to_ne_bytes()).collect();
    let (last_op, ops_len) = (bytes[0], bytes[1]);
    assert!(last_op >= IORING_OP_READ, "last_op {last_op}");
    assert!(ops_len as usize > IORING_OP_READ as usize);
    let op = |i: u8| {
        let e = &bytes[16 + 8 * i as usize..][..8];
        (e[0], u16::from_ne_bytes([e[2], e[3]]))
    };
    for code in [IORING_OP_NOP, IORING_OP_READ] {
        let (num, flags) = op(code);
        assert_eq!(num, code);
        assert_eq!(
            flags & IO_URING_OP_SUPPORTED,
            IO_URING_OP_SUPPORTED,
            "op {code}"
        );
    }
}

#[test]
fn error_paths() {
    const TEST: &str = "error_paths";
    let mut p = IoUringParams::default();
    let r = io_uring_setup(0, &mut p);
    if skip_io_uring(TEST, &r) {
        return;
    }
    assert_eq!(r.err(), Some(Errno::EINVAL), "0 entries");

    let mut p = IoUringParams {
        resv: [0, 1, 0],
        ..Default::default()
    };
    assert_eq!(
        io_uring_setup(4, &mut p).err(),
        Some(Errno::EINVAL),
        "resv not zero"
    );
    for flag in [
        IORING_SETUP_NO_MMAP,
        IORING_SETUP_REGISTERED_FD_ONLY,
        1 << 31,
    ] {
        let mut p = IoUringParams {
            flags: flag,
            ..Default::default()
        };
        assert_eq!(
            io_uring_setup(4, &mut p).err(),
            Some(Errno::EINVAL),
            "flag {flag:#x}"
        );
    }

    let (rd, _wr) = pipe();
    // SAFETY: `rd` is a pipe, not a ring: the kernel rejects it before reading anything.
    let r = unsafe { io_uring_enter(rd.as_fd(), 1, 0, 0, std::ptr::null(), 0) };
    assert_eq!(r, Err(Errno::EOPNOTSUPP), "enter on a pipe");
    // SAFETY: no such fd: the kernel rejects it before reading anything.
    let r = unsafe { io_uring_enter(bad_fd(), 1, 0, 0, std::ptr::null(), 0) };
    assert_eq!(r, Err(Errno::EBADF));

    let ring = io_uring_setup(4, &mut IoUringParams::default()).expect("io_uring_setup");
    // SAFETY: an unknown opcode: the kernel rejects it without touching `arg` (null).
    let r = unsafe { io_uring_register(ring.as_fd(), 9999, std::ptr::null_mut(), 0) };
    assert_eq!(r, Err(Errno::EINVAL), "bad opcode");
    // SAFETY: `rd` is a pipe, not a ring: rejected before `arg` is looked at.
    let r =
        unsafe { io_uring_register(rd.as_fd(), IORING_REGISTER_PROBE, std::ptr::null_mut(), 0) };
    assert_eq!(r, Err(Errno::EOPNOTSUPP), "register on a pipe");
    // SAFETY: `arg` is null with nr_args 0 for an enter flag that does not exist.
    let r = unsafe { io_uring_enter(ring.as_fd(), 0, 0, 1 << 30, std::ptr::null(), 0) };
    assert_eq!(r, Err(Errno::EINVAL), "unknown enter flag");

    // An argument the kernel cannot read: EFAULT.
    let page = NoAccessPage::new();
    // SAFETY: the probe argument is the PROT_NONE page: the kernel's copy from it fails.
    let r = unsafe { io_uring_register(ring.as_fd(), IORING_REGISTER_PROBE, page.ptr(), 64) };
    assert_eq!(
        r,
        Err(Errno::EFAULT),
        "register with an unreadable argument"
    );

    // More entries than the kernel's maximum (IORING_MAX_ENTRIES, 32768 since Linux 5.4):
    // EINVAL, unless IORING_SETUP_CLAMP asks for the maximum instead.
    let mut p = IoUringParams::default();
    assert_eq!(
        io_uring_setup(65536, &mut p).err(),
        Some(Errno::EINVAL),
        "65536 entries"
    );
    let mut p = IoUringParams {
        flags: IORING_SETUP_CLAMP,
        ..Default::default()
    };
    let clamped = io_uring_setup(65536, &mut p).expect("65536 entries with IORING_SETUP_CLAMP");
    assert_eq!(p.sq_entries, 32768, "clamped to IORING_MAX_ENTRIES");
    assert_eq!(p.cq_entries, 65536, "twice as many completions");
    assert_eq!(fd_link(clamped.as_fd()), "anon_inode:[io_uring]");
}

/// `struct io_uring_getevents_arg` (include/uapi/linux/io_uring.h), the `arg` of
/// `io_uring_enter` with `IORING_ENTER_EXT_ARG`.
#[repr(C)]
struct GeteventsArg {
    sigmask: u64,
    sigmask_sz: u32,
    min_wait_usec: u32,
    ts: u64,
}

const _: () = assert!(size_of::<GeteventsArg>() == 24);

/// `struct __kernel_timespec`.
#[repr(C)]
struct KernelTimespec {
    tv_sec: i64,
    tv_nsec: i64,
}

#[test]
fn enter_waits_for_min_complete_with_a_timeout() {
    const TEST: &str = "enter_waits_for_min_complete_with_a_timeout";
    let ring = Ring::new(4);
    if skip_io_uring(TEST, &ring) {
        return;
    }
    let ring = ring.expect("io_uring_setup");
    if ring.p.features & IORING_FEAT_EXT_ARG == 0 {
        eprintln!("SKIP {TEST}: no IORING_FEAT_EXT_ARG (Linux 5.11)");
        return;
    }
    let ts = KernelTimespec {
        tv_sec: 0,
        tv_nsec: 20_000_000,
    };
    let arg = GeteventsArg {
        sigmask: 0,
        sigmask_sz: 0,
        min_wait_usec: 0,
        ts: &ts as *const KernelTimespec as u64,
    };
    let enter = |to_submit: u32, min_complete: u32, arg: *const u8, argsz: usize| {
        // SAFETY: the entries submitted are NOPs (no memory); `arg` is a live
        // GeteventsArg whose `ts` is a live timespec, or the PROT_NONE page.
        unsafe {
            io_uring_enter(
                ring.fd.as_fd(),
                to_submit,
                min_complete,
                IORING_ENTER_GETEVENTS | IORING_ENTER_EXT_ARG,
                arg,
                argsz,
            )
        }
    };
    let arg_ptr = (&arg as *const GeteventsArg).cast::<u8>();
    let size = size_of::<GeteventsArg>();
    // An empty ring and min_complete 1: the kernel waits for one completion, and the
    // 20 ms timeout ends the wait with ETIME. (Were min_complete lost, nothing would be
    // waited for: Ok(0).)
    assert_eq!(enter(0, 1, arg_ptr, size), Err(Errno::ETIME));
    // With a NOP submitted in the same call, its completion satisfies the wait.
    ring.push(IoUringSqe {
        opcode: IORING_OP_NOP,
        user_data: 7,
        ..Default::default()
    });
    assert_eq!(enter(1, 1, arg_ptr, size), Ok(1));
    let cqes = ring.reap();
    assert_eq!(cqes.len(), 1);
    assert_eq!((cqes[0].user_data, cqes[0].res), (7, 0));
    // The argument's size must be the struct's: EINVAL.
    assert_eq!(enter(0, 1, arg_ptr, 8), Err(Errno::EINVAL), "argsz 8");
    // An argument the kernel cannot read, or a timespec it cannot read: EFAULT.
    let page = NoAccessPage::new();
    assert_eq!(
        enter(0, 1, page.ptr(), size),
        Err(Errno::EFAULT),
        "unreadable getevents arg"
    );
    let bad_ts = GeteventsArg {
        ts: page.ptr() as u64,
        ..arg
    };
    assert_eq!(
        enter(0, 1, (&bad_ts as *const GeteventsArg).cast(), size),
        Err(Errno::EFAULT),
        "unreadable timespec"
    );
}

#[test]
fn setup_raw_gives_an_fd_that_is_a_ring() {
    const TEST: &str = "setup_raw_gives_an_fd_that_is_a_ring";
    let mut p = IoUringParams::default();
    // SAFETY: no IORING_SETUP_NO_MMAP: the call writes only to `p`.
    let r = unsafe { io_uring_setup_raw(8, &mut p) };
    if skip_io_uring(TEST, &r) {
        return;
    }
    let raw = r.expect("io_uring_setup_raw");
    // SAFETY: without IORING_SETUP_REGISTERED_FD_ONLY the result is a new fd, ours.
    let fd = unsafe { OwnedFd::from_raw_fd(raw as i32) };
    assert_eq!(fd_link(fd.as_fd()), "anon_inode:[io_uring]");
    assert!(p.sq_entries >= 8 && p.sq_entries.is_power_of_two());
    assert!(p.cq_entries >= p.sq_entries);
    // The fd is a working ring: two NOPs go round.
    let ring = Ring::map(fd, p);
    submit_nops(&ring, 2);
    // The raw form reports errors the same way.
    let mut p = IoUringParams::default();
    // SAFETY: as above; 0 entries is refused before anything is made.
    assert_eq!(unsafe { io_uring_setup_raw(0, &mut p) }, Err(Errno::EINVAL));
}

/// The calling thread's registered-ring slots must be fresh for these tests: each runs on
/// its own test thread, whose table starts empty.
#[test]
fn registered_ring_enter_and_register() {
    const TEST: &str = "registered_ring_enter_and_register";
    let ring = Ring::new(4);
    if skip_io_uring(TEST, &ring) {
        return;
    }
    let ring = ring.expect("io_uring_setup");
    let index = match zcall::io_uring_register_ring_fd(ring.fd.as_fd()) {
        Err(Errno::EINVAL) if common::kernel_version() < (5, 18) => {
            eprintln!("SKIP {TEST}: IORING_REGISTER_RING_FDS arrived in Linux 5.18");
            return;
        }
        r => r.expect("io_uring_register_ring_fd"),
    };
    assert!(index < 16, "slot {index}");
    // A second ring takes another slot of this thread's table.
    let other = Ring::new(2).expect("second ring");
    let index2 = zcall::io_uring_register_ring_fd(other.fd.as_fd()).expect("second slot");
    assert_ne!(index, index2);

    // NOPs through the index (IORING_ENTER_REGISTERED_RING added by the wrapper).
    for i in 1..=3u64 {
        ring.push(IoUringSqe {
            opcode: IORING_OP_NOP,
            user_data: i,
            ..Default::default()
        });
    }
    // SAFETY: `index` is this thread's registration of `ring`, whose only entries are
    // NOPs (no memory, no fd); no argument pointer.
    let r = unsafe {
        zcall::io_uring_enter_registered(index, 3, 3, IORING_ENTER_GETEVENTS, std::ptr::null(), 0)
    };
    assert_eq!(r, Ok(3));
    let mut got: Vec<u64> = ring.reap().iter().map(|c| c.user_data).collect();
    got.sort();
    assert_eq!(got, [1, 2, 3], "the ring `index` names, not the other one");
    assert!(other.reap().is_empty());

    // io_uring_register through the index (Linux 6.3: IORING_FEAT_REG_REG_RING).
    const OPS: usize = 8;
    let mut probe = [0u64; 2 + OPS];
    // SAFETY: a zeroed io_uring_probe with room for OPS entries (`nr_args`), on the ring
    // `index` names; the kernel writes within it and keeps no reference.
    let r = unsafe {
        zcall::io_uring_register_registered(
            index,
            IORING_REGISTER_PROBE,
            probe.as_mut_ptr().cast(),
            OPS as u32,
        )
    };
    if ring.p.features & IORING_FEAT_REG_REG_RING != 0 {
        assert_eq!(r, Ok(0));
        assert!(probe[0].to_ne_bytes()[0] >= IORING_OP_READ, "last_op");
    } else {
        eprintln!("SKIP {TEST} (register through the index): no IORING_FEAT_REG_REG_RING");
        assert_eq!(r, Err(Errno::EINVAL));
    }

    // SAFETY: both registrations are this test's own, and nothing uses them afterwards.
    unsafe {
        assert_eq!(
            zcall::io_uring_unregister_ring_fd(ring.fd.as_fd(), index),
            Ok(())
        );
        assert_eq!(
            zcall::io_uring_unregister_ring_fd(ring.fd.as_fd(), index2),
            Ok(())
        );
    }
    // The slot is empty now: entering through it is EBADF (the index names no ring).
    // SAFETY: the slot names no ring: the kernel refuses before looking at any entry.
    let r = unsafe { zcall::io_uring_enter_registered(index, 0, 0, 0, std::ptr::null(), 0) };
    assert_eq!(r, Err(Errno::EBADF));
}

#[test]
fn registered_ring_errors() {
    const TEST: &str = "registered_ring_errors";
    let ring = Ring::new(2);
    if skip_io_uring(TEST, &ring) {
        return;
    }
    let ring = ring.expect("io_uring_setup");
    if common::kernel_version() < (5, 18) {
        eprintln!("SKIP {TEST}: registered rings arrived in Linux 5.18");
        return;
    }
    // Indices past the table (16 slots) and empty slots: EINVAL, before any ring is used.
    for index in [16, 1000, u32::MAX] {
        // SAFETY: no slot `index` exists: the kernel refuses before touching a ring.
        let r = unsafe { zcall::io_uring_enter_registered(index, 0, 0, 0, std::ptr::null(), 0) };
        assert_eq!(r, Err(Errno::EINVAL), "enter, index {index}");
        // SAFETY: as above.
        let r = unsafe {
            zcall::io_uring_register_registered(
                index,
                IORING_REGISTER_PROBE,
                std::ptr::null_mut(),
                0,
            )
        };
        assert_eq!(r, Err(Errno::EINVAL), "register, index {index}");
    }
    // Not a ring: EOPNOTSUPP; a closed fd: EBADF.
    let (r, _w) = pipe();
    assert_eq!(
        zcall::io_uring_register_ring_fd(r.as_fd()),
        Err(Errno::EOPNOTSUPP)
    );
    assert_eq!(
        zcall::io_uring_register_ring_fd(bad_fd()),
        Err(Errno::EBADF)
    );
    // An empty slot: EBADF for enter (a slot of the table, holding no ring); unregistering
    // it does nothing and succeeds; a slot past the table is EINVAL.
    // SAFETY: slot 15 of this fresh test thread holds nothing.
    let r = unsafe { zcall::io_uring_enter_registered(15, 0, 0, 0, std::ptr::null(), 0) };
    assert_eq!(r, Err(Errno::EBADF));
    // SAFETY: as above: no registration is removed.
    let r = unsafe { zcall::io_uring_unregister_ring_fd(ring.fd.as_fd(), 15) };
    assert_eq!(r, Ok(()));
    // SAFETY: slot 16 does not exist.
    let r = unsafe { zcall::io_uring_unregister_ring_fd(ring.fd.as_fd(), 16) };
    assert_eq!(r, Err(Errno::EINVAL));
    // Sixteen registrations fill the table; the seventeenth is EBUSY.
    let mut taken = Vec::new();
    let last = loop {
        match zcall::io_uring_register_ring_fd(ring.fd.as_fd()) {
            Ok(i) => taken.push(i),
            Err(e) => break e,
        }
        assert!(taken.len() <= 16);
    };
    assert_eq!((taken.len(), last), (16, Errno::EBUSY));
    for i in taken {
        // SAFETY: this test's own registrations, unused afterwards.
        unsafe { zcall::io_uring_unregister_ring_fd(ring.fd.as_fd(), i) }.unwrap();
    }
}
