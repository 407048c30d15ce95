//! ppoll (and poll on x86_64) against the real kernel: revents for several fds, skipped and
//! closed fds, the time left written back into the timeout, the signal mask, the errors.
#![cfg(target_os = "linux")]

mod common;
use common::{bad_fd, pipe};

use std::os::fd::AsFd;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use zcall::consts::*;
use zcall::types::{PollFd, Sigset, Timespec};
use zcall::{ppoll, Errno};

fn ns(t: Timespec) -> i64 {
    t.tv_sec * 1_000_000_000 + t.tv_nsec
}

#[test]
fn revents_for_several_fds() {
    let (r1, w1) = pipe();
    let (r2, _w2) = pipe();
    let (a, b) = zcall::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0).unwrap();
    zcall::write(w1.as_fd(), b"data").unwrap();
    let mut fds = [
        PollFd::new(r1.as_fd(), POLLIN),          // readable
        PollFd::new(r2.as_fd(), POLLIN),          // empty
        PollFd::new(a.as_fd(), POLLIN | POLLOUT), // writable only
        PollFd::from_raw(-1, POLLIN),             // skipped
        PollFd::new(bad_fd(), POLLIN),            // not open: POLLNVAL
        PollFd::new(w1.as_fd(), POLLOUT),         // a pipe's write end: writable
    ];
    for f in &mut fds {
        f.revents = 0x7777; // the kernel overwrites every entry's revents
    }
    let mut zero = Timespec::new(0, 0);
    let n = ppoll(&mut fds, Some(&mut zero), None).expect("ppoll");
    let rev: Vec<i16> = fds.iter().map(|f| f.revents).collect();
    assert_eq!(rev, [POLLIN, 0, POLLOUT, 0, POLLNVAL, POLLOUT]);
    assert_eq!(n, 4, "entries with a non-zero revents");
    // The peer gone: POLLHUP (never asked for, always reported) and readable EOF.
    drop(b);
    let mut fds = [PollFd::new(a.as_fd(), POLLIN | POLLRDHUP)];
    assert_eq!(ppoll(&mut fds, Some(&mut Timespec::new(1, 0)), None), Ok(1));
    assert_eq!(fds[0].revents, POLLIN | POLLRDHUP | POLLHUP);
}

#[test]
fn the_time_left_is_written_back() {
    let (r, w) = pipe();
    let writer = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        zcall::write(w.as_fd(), b"x").unwrap();
        w
    });
    let mut fds = [PollFd::new(r.as_fd(), POLLIN)];
    let mut timeout = Timespec::new(30, 0);
    let start = Instant::now();
    let n = ppoll(&mut fds, Some(&mut timeout), None).expect("ppoll");
    let waited = start.elapsed();
    let _w = writer.join().unwrap();
    assert_eq!((n, fds[0].revents), (1, POLLIN));
    let left = ns(timeout);
    assert!(
        left < 30_000_000_000 && left > 0,
        "time left written back: {timeout:?}"
    );
    // It is the 30 s less (about) the time waited.
    let spent = 30_000_000_000 - left;
    assert!(
        spent >= 50_000_000 && spent <= waited.as_nanos() as i64 + 50_000_000,
        "spent {spent} ns by the kernel's count, {waited:?} by ours"
    );

    // On expiry the time left is zero.
    let (r2, _w2) = pipe();
    let mut fds = [PollFd::new(r2.as_fd(), POLLIN)];
    let mut timeout = Timespec::new(0, 10_000_000);
    assert_eq!(ppoll(&mut fds, Some(&mut timeout), None), Ok(0));
    assert_eq!(timeout, Timespec::new(0, 0));
    assert_eq!(fds[0].revents, 0);
}

static HANDLED: AtomicUsize = AtomicUsize::new(0);

extern "C" fn on_signal(_: libc::c_int) {
    HANDLED.fetch_add(1, Ordering::SeqCst);
}

#[test]
fn ppoll_waits_with_the_signal_mask_given() {
    // As for epoll_pwait (tests/epoll.rs): qemu-user 7.2's i386 target breaks the other
    // threads when a signal is delivered inside the call's temporary mask.
    if cfg!(target_arch = "x86") && common::under_qemu() {
        eprintln!(
            "SKIP ppoll_waits_with_the_signal_mask_given: qemu-user's i386 signal delivery \
             inside ppoll's mask breaks other threads (as for epoll_pwait)"
        );
        return;
    }
    let sig = SIGUSR1;
    // SAFETY: plain sigaction calls on local structs; the handler only touches an atomic.
    let old_action = unsafe {
        let mut sa: common::Sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
        libc::sigemptyset(&mut sa.sa_mask);
        let mut old: common::Sigaction = std::mem::zeroed();
        assert_eq!(common::sigaction(sig, &sa, &mut old), 0);
        old
    };
    let mut old_mask = Sigset::empty();
    zcall::rt_sigprocmask(
        SIG_BLOCK,
        Some(&Sigset::empty().with(sig)),
        Some(&mut old_mask),
    )
    .unwrap();
    let (r, _w) = pipe();
    let mut fds = [PollFd::new(r.as_fd(), POLLIN)];
    HANDLED.store(0, Ordering::SeqCst);
    zcall::tgkill(zcall::getpid() as i32, zcall::gettid() as i32, sig).unwrap();

    let r1 = ppoll(
        &mut fds,
        Some(&mut Timespec::new(0, 20_000_000)),
        Some(&old_mask.with(sig)),
    );
    let h1 = HANDLED.load(Ordering::SeqCst);
    let mut left = Timespec::new(10, 0);
    let r2 = ppoll(&mut fds, Some(&mut left), Some(&old_mask));
    let h2 = HANDLED.load(Ordering::SeqCst);

    zcall::rt_sigprocmask(SIG_SETMASK, Some(&old_mask), None).unwrap();
    // SAFETY: puts back the action replaced above.
    assert_eq!(
        unsafe { common::sigaction(sig, &old_action, std::ptr::null_mut()) },
        0
    );
    assert_eq!((r1, h1), (Ok(0), 0), "masked: timeout, not delivered");
    assert_eq!(
        (r2, h2),
        (Err(Errno::EINTR), 1),
        "unmasked for the wait: EINTR"
    );
    assert!(
        ns(left) > 0 && ns(left) <= 10_000_000_000,
        "time left on EINTR: {left:?}"
    );
}

#[test]
fn bad_inputs() {
    let (r, _w) = pipe();
    let mut fds = [PollFd::new(r.as_fd(), POLLIN)];
    assert_eq!(
        ppoll(&mut fds, Some(&mut Timespec::new(0, 1_000_000_000)), None),
        Err(Errno::EINVAL),
        "tv_nsec out of range"
    );
    assert_eq!(
        ppoll(&mut fds, Some(&mut Timespec::new(-1, 0)), None),
        Err(Errno::EINVAL),
        "negative timeout"
    );
    // More entries than RLIMIT_NOFILE: EINVAL.
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes one rlimit into a live local.
    assert_eq!(unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) }, 0);
    if lim.rlim_cur < 1 << 20 {
        let mut many = vec![PollFd::from_raw(-1, 0); lim.rlim_cur as usize + 1];
        assert_eq!(
            ppoll(&mut many, Some(&mut Timespec::new(0, 0)), None),
            Err(Errno::EINVAL)
        );
    }
    // No entries at all is a plain sleep.
    assert_eq!(
        ppoll(&mut [], Some(&mut Timespec::new(0, 1_000_000)), None),
        Ok(0)
    );
}

#[cfg(any(
    target_arch = "x86_64",
    target_arch = "x86",
    target_arch = "arm",
    target_arch = "powerpc",
    target_arch = "powerpc64",
    target_arch = "s390x",
    target_arch = "mips64"
))]
#[test]
fn poll_with_a_millisecond_timeout() {
    let (r, w) = pipe();
    let mut fds = [PollFd::new(r.as_fd(), POLLIN)];
    assert_eq!(zcall::poll(&mut fds, 0), Ok(0));
    zcall::write(w.as_fd(), b"x").unwrap();
    assert_eq!(zcall::poll(&mut fds, 1000), Ok(1));
    assert_eq!(fds[0].revents, POLLIN);
    let start = Instant::now();
    let (r2, _w2) = pipe();
    let mut fds = [PollFd::new(r2.as_fd(), POLLIN)];
    assert_eq!(zcall::poll(&mut fds, 20), Ok(0));
    assert!(start.elapsed() >= Duration::from_millis(20));
}
