//! timerfd_create, timerfd_settime, timerfd_gettime against the real kernel.
#![cfg(target_os = "linux")]

mod common;
use common::{bad_fd, pipe};

use std::os::fd::{AsFd, AsRawFd, BorrowedFd};

use zcall::consts::{CLOCK_MONOTONIC, TFD_CLOEXEC, TFD_NONBLOCK, TFD_TIMER_ABSTIME};
use zcall::types::{Itimerspec, Timespec};
use zcall::{timerfd_create, timerfd_gettime, timerfd_settime, Errno};

const MS: i64 = 1_000_000;

fn spec(interval_ns: i64, value_ns: i64) -> Itimerspec {
    let ts = |ns: i64| Timespec::new(ns / 1_000_000_000, ns % 1_000_000_000);
    Itimerspec {
        it_interval: ts(interval_ns),
        it_value: ts(value_ns),
    }
}

fn ns(t: Timespec) -> i64 {
    t.tv_sec * 1_000_000_000 + t.tv_nsec
}

/// Expirations counted by the timer, through the typed reader (blocks until ≥ 1).
fn read_expirations(fd: BorrowedFd<'_>) -> Result<u64, Errno> {
    zcall::timerfd_read(fd)
}

#[test]
fn create_gives_a_disarmed_timerfd_with_the_flags() {
    let fd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK).expect("create");
    // SAFETY: fcntl on our own open fd.
    let fdflags = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_GETFD) };
    // SAFETY: as above.
    let flflags = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_GETFL) };
    assert_eq!(fdflags & libc::FD_CLOEXEC, libc::FD_CLOEXEC);
    assert_eq!(flflags & libc::O_NONBLOCK, libc::O_NONBLOCK);
    let mut cur = spec(5, 5);
    timerfd_gettime(fd.as_fd(), &mut cur).expect("gettime");
    assert_eq!(cur, Itimerspec::default(), "a new timer is disarmed");
    // Disarmed and non-blocking: nothing to read.
    assert_eq!(read_expirations(fd.as_fd()), Err(Errno::EAGAIN));

    // Without TFD_CLOEXEC the fd is not close-on-exec: the flags really reach the kernel.
    let plain = timerfd_create(CLOCK_MONOTONIC, 0).expect("create");
    // SAFETY: fcntl on our own open fd.
    assert_eq!(
        unsafe { libc::fcntl(plain.as_raw_fd(), libc::F_GETFD) } & libc::FD_CLOEXEC,
        0
    );
}

#[test]
fn one_shot_then_periodic_then_disarmed() {
    let fd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC).expect("create");

    // One-shot, 1 ms.
    let mut old = spec(7, 7);
    timerfd_settime(fd.as_fd(), 0, &spec(0, MS), Some(&mut old)).expect("settime");
    assert_eq!(
        old,
        Itimerspec::default(),
        "the previous setting was disarmed"
    );
    let mut cur = Itimerspec::default();
    timerfd_gettime(fd.as_fd(), &mut cur).expect("gettime");
    assert_eq!(ns(cur.it_interval), 0, "one-shot: no interval");
    assert!(ns(cur.it_value) <= MS, "left: {cur:?}");
    assert_eq!(
        read_expirations(fd.as_fd()),
        Ok(1),
        "a one-shot timer expires once"
    );
    timerfd_gettime(fd.as_fd(), &mut cur).expect("gettime");
    assert_eq!(
        cur,
        Itimerspec::default(),
        "an expired one-shot timer is disarmed"
    );

    // Periodic: every 1 ms, first after 1 ms.
    timerfd_settime(fd.as_fd(), 0, &spec(MS, MS), None).expect("settime");
    timerfd_gettime(fd.as_fd(), &mut cur).expect("gettime");
    assert_eq!(
        cur.it_interval,
        Timespec::new(0, MS),
        "gettime reports the interval"
    );
    assert!(read_expirations(fd.as_fd()).unwrap() >= 1);
    assert!(
        read_expirations(fd.as_fd()).unwrap() >= 1,
        "periodic: expires again"
    );

    // Disarm: `old` gets the periodic setting back.
    let mut old = Itimerspec::default();
    timerfd_settime(fd.as_fd(), 0, &Itimerspec::default(), Some(&mut old)).expect("disarm");
    assert_eq!(old.it_interval, Timespec::new(0, MS));
    timerfd_gettime(fd.as_fd(), &mut cur).expect("gettime");
    assert_eq!(cur, Itimerspec::default(), "disarmed: all zero");
}

/// CLOCK_MONOTONIC now, through libc (the cross-check).
fn monotonic_now() -> Timespec {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec into a live local.
    assert_eq!(
        unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut t) },
        0
    );
    common::from_libc(t)
}

#[test]
fn absolute_time_is_read_as_a_point_on_the_clock() {
    const S: i64 = 1_000_000_000;
    let fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC).expect("create");
    // 10 s from now, as an absolute time: about 10 s are left. Read as relative (the flag
    // lost on the way), the same value would be the whole uptime plus 10 s away.
    let at = ns(monotonic_now()) + 10 * S;
    timerfd_settime(fd.as_fd(), TFD_TIMER_ABSTIME, &spec(0, at), None).expect("settime");
    let mut cur = Itimerspec::default();
    timerfd_gettime(fd.as_fd(), &mut cur).expect("gettime");
    let left = ns(cur.it_value);
    assert!(
        left > 5 * S && left <= 10 * S,
        "an absolute expiry 10 s ahead leaves 5..10 s, not {cur:?}"
    );
    assert_eq!(read_expirations(fd.as_fd()), Err(Errno::EAGAIN), "not yet");

    // One second in the past, as an absolute time: expired at once. (Read as relative,
    // a value this large is hours or days ahead.)
    let past = ns(monotonic_now()) - S;
    assert!(past > 0, "CLOCK_MONOTONIC is past 1 s");
    timerfd_settime(fd.as_fd(), TFD_TIMER_ABSTIME, &spec(0, past), None).expect("settime");
    timerfd_gettime(fd.as_fd(), &mut cur).expect("gettime");
    assert_eq!(cur, Itimerspec::default(), "nothing left: already expired");
    // The expiry itself is counted by the timer interrupt, which may come a moment after
    // settime returned: wait for it (bounded, so a lost expiry fails rather than hangs).
    let mut p = libc::pollfd {
        fd: fd.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one pollfd, a live local.
    let ready = unsafe { libc::poll(&mut p, 1, 60_000) };
    assert_eq!(ready, 1, "the expired timer became readable");
    assert_eq!(read_expirations(fd.as_fd()), Ok(1));
}

#[test]
fn nonblocking_read_before_expiry_is_eagain() {
    let fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC).expect("create");
    timerfd_settime(fd.as_fd(), 0, &spec(0, 3600 * 1000 * MS), None).expect("settime");
    assert_eq!(read_expirations(fd.as_fd()), Err(Errno::EAGAIN));
    let mut cur = Itimerspec::default();
    timerfd_gettime(fd.as_fd(), &mut cur).expect("gettime");
    let left = ns(cur.it_value);
    assert!(left > 0 && left <= 3600 * 1000 * MS, "still armed: {cur:?}");
}

#[test]
fn error_paths() {
    assert_eq!(
        timerfd_create(12345, 0).err(),
        Some(Errno::EINVAL),
        "bad clock id"
    );
    assert_eq!(
        // O_CREAT (0x40 elsewhere, 0x100 on mips64): a flag qemu-user translates.
        timerfd_create(CLOCK_MONOTONIC, zcall::consts::O_CREAT).err(),
        Some(Errno::EINVAL),
        "bad flag"
    );

    let fd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC).expect("create");
    let bad = Itimerspec {
        it_interval: Timespec::new(0, 0),
        it_value: Timespec::new(1, 1_000_000_000),
    };
    assert_eq!(
        timerfd_settime(fd.as_fd(), 0, &bad, None),
        Err(Errno::EINVAL),
        "tv_nsec ≥ 1e9"
    );
    assert_eq!(
        timerfd_settime(fd.as_fd(), 0x100, &spec(0, MS), None),
        Err(Errno::EINVAL),
        "bad settime flag"
    );

    let (r, _w) = pipe();
    let mut cur = Itimerspec::default();
    assert_eq!(
        timerfd_gettime(r.as_fd(), &mut cur),
        Err(Errno::EINVAL),
        "not a timerfd"
    );
    assert_eq!(
        timerfd_settime(r.as_fd(), 0, &spec(0, MS), None),
        Err(Errno::EINVAL)
    );
    assert_eq!(timerfd_gettime(bad_fd(), &mut cur), Err(Errno::EBADF));
    assert_eq!(
        timerfd_settime(bad_fd(), 0, &spec(0, MS), None),
        Err(Errno::EBADF)
    );
}
