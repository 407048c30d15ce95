//! recv and the typed socket options (SO_RCVTIMEO/SO_SNDTIMEO as `Timeval`, SO_LINGER as
//! `Linger`) against the real kernel: values round-trip, take effect, and fail as the
//! kernel says.
#![cfg(target_os = "linux")]

mod common;
use common::{bad_fd, pipe};

use std::os::fd::AsFd;
use std::time::{Duration, Instant};

use zcall::consts::*;
use zcall::types::{Linger, SockaddrIn, SockaddrStorage, Timeval};
use zcall::{
    getsockopt_linger, getsockopt_timeout, recv, setsockopt_linger, setsockopt_timeout, Errno,
    SockTimeout,
};

#[test]
fn recv_receives_peeks_and_reports_eof() {
    let (a, b) = zcall::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0).unwrap();
    zcall::send(a.as_fd(), b"hello world", 0).unwrap();
    let mut buf = [0u8; 5];
    assert_eq!(recv(b.as_fd(), &mut buf, MSG_PEEK), Ok(5));
    assert_eq!(&buf, b"hello");
    let mut all = [0u8; 32];
    assert_eq!(
        recv(b.as_fd(), &mut all, 0),
        Ok(11),
        "the peek left it queued"
    );
    assert_eq!(&all[..11], b"hello world");
    assert_eq!(recv(b.as_fd(), &mut all, MSG_DONTWAIT), Err(Errno::EAGAIN));
    drop(a);
    assert_eq!(recv(b.as_fd(), &mut all, 0), Ok(0), "end of file");

    // Datagrams: MSG_TRUNC gives the real length; an empty buffer consumes a datagram
    // (recv always enters the kernel, unlike read).
    let (c, d) = zcall::socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0).unwrap();
    zcall::send(c.as_fd(), &[9u8; 100], 0).unwrap();
    zcall::send(c.as_fd(), b"second", 0).unwrap();
    let mut small = [0u8; 10];
    assert_eq!(recv(d.as_fd(), &mut small, MSG_TRUNC), Ok(100));
    assert_eq!(small, [9u8; 10]);
    assert_eq!(
        recv(d.as_fd(), &mut [], 0),
        Ok(0),
        "the second datagram, consumed"
    );
    assert_eq!(
        recv(d.as_fd(), &mut small, MSG_DONTWAIT),
        Err(Errno::EAGAIN)
    );
}

#[test]
fn recv_errors() {
    let mut buf = [0u8; 4];
    assert_eq!(recv(bad_fd(), &mut buf, 0), Err(Errno::EBADF));
    let (r, _w) = pipe();
    assert_eq!(recv(r.as_fd(), &mut buf, 0), Err(Errno::ENOTSOCK));
    let s = zcall::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0).unwrap();
    assert_eq!(recv(s.as_fd(), &mut buf, 0), Err(Errno::ENOTCONN));
}

/// True (after a SKIP line) where qemu-user cannot emulate the timeout options zcall uses
/// (32-bit targets: `SO_RCVTIMEO_NEW`/`SO_SNDTIMEO_NEW`).
fn timeouts_unemulated(test: &str, s: std::os::fd::BorrowedFd<'_>) -> bool {
    // qemu passes the *_NEW getsockopt to the host kernel but answers setsockopt itself.
    let zero = Timeval::default();
    common::qemu_32_bit_gap(test, &setsockopt_timeout(s, SockTimeout::Recv, &zero))
}

#[test]
fn receive_and_send_timeouts_round_trip_and_take_effect() {
    let s = zcall::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0).unwrap();
    zcall::bind(s.as_fd(), &SockaddrIn::new([127, 0, 0, 1], 0)).unwrap();
    if timeouts_unemulated("receive_and_send_timeouts (SO_*TIMEO_NEW)", s.as_fd()) {
        return;
    }
    for which in [SockTimeout::Recv, SockTimeout::Send] {
        assert_eq!(getsockopt_timeout(s.as_fd(), which), Ok(Timeval::default()));
        // A whole number of ticks at HZ 100, 250, 300 and 1000 (the kernel keeps jiffies).
        let t = Timeval {
            tv_sec: 2,
            tv_usec: 500_000,
        };
        setsockopt_timeout(s.as_fd(), which, &t).unwrap();
        assert_eq!(getsockopt_timeout(s.as_fd(), which), Ok(t), "{which:?}");
    }
    // SockTimeout names the options it stands for.
    assert_eq!(
        (SockTimeout::Recv.name(), SockTimeout::Send.name()),
        (SO_RCVTIMEO, SO_SNDTIMEO)
    );
    // In force: an empty socket's recv gives up with EAGAIN after about the timeout.
    let t = Timeval {
        tv_sec: 0,
        tv_usec: 20_000,
    };
    setsockopt_timeout(s.as_fd(), SockTimeout::Recv, &t).unwrap();
    let start = Instant::now();
    assert_eq!(recv(s.as_fd(), &mut [0u8; 4], 0), Err(Errno::EAGAIN));
    assert!(start.elapsed() >= Duration::from_millis(15));
    // Zero: no timeout again.
    setsockopt_timeout(s.as_fd(), SockTimeout::Recv, &Timeval::default()).unwrap();
    assert_eq!(
        getsockopt_timeout(s.as_fd(), SockTimeout::Recv),
        Ok(Timeval::default())
    );
}

#[test]
fn linger_round_trips_and_resets_on_close() {
    let s = zcall::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0).unwrap();
    assert_eq!(getsockopt_linger(s.as_fd()), Ok(Linger::default()));
    let on = Linger {
        l_onoff: 1,
        l_linger: 7,
    };
    setsockopt_linger(s.as_fd(), &on).unwrap();
    assert_eq!(getsockopt_linger(s.as_fd()), Ok(on));
    // Off again: the kernel clears the flag and keeps the time it had.
    setsockopt_linger(s.as_fd(), &Linger::default()).unwrap();
    assert_eq!(
        getsockopt_linger(s.as_fd()),
        Ok(Linger {
            l_onoff: 0,
            l_linger: 7
        })
    );

    // `l_linger == 0` makes close send a reset: the peer's read fails with ECONNRESET.
    let l = zcall::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0).unwrap();
    zcall::bind(l.as_fd(), &SockaddrIn::new([127, 0, 0, 1], 0)).unwrap();
    zcall::listen(l.as_fd(), 1).unwrap();
    let mut st = SockaddrStorage::default();
    zcall::getsockname(l.as_fd(), &mut st).unwrap();
    let addr = zcall::to_sockaddr_in(&st).unwrap();
    let c = zcall::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0).unwrap();
    zcall::connect(c.as_fd(), &addr).unwrap();
    let server = zcall::accept(l.as_fd()).unwrap();
    setsockopt_linger(
        c.as_fd(),
        &Linger {
            l_onoff: 1,
            l_linger: 0,
        },
    )
    .unwrap();
    drop(c);
    assert_eq!(
        recv(server.as_fd(), &mut [0u8; 4], 0),
        Err(Errno::ECONNRESET)
    );
}

#[test]
fn typed_option_errors() {
    let s = zcall::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0).unwrap();
    if timeouts_unemulated("typed_option_errors (SO_*TIMEO_NEW)", s.as_fd()) {
        return;
    }
    let bad = Timeval {
        tv_sec: 1,
        tv_usec: 1_000_000,
    };
    assert_eq!(
        setsockopt_timeout(s.as_fd(), SockTimeout::Send, &bad),
        Err(Errno::EDOM),
        "tv_usec out of range"
    );
    // A negative time: the kernel sets no timeout (and says nothing).
    let neg = Timeval {
        tv_sec: -5,
        tv_usec: 0,
    };
    assert_eq!(
        setsockopt_timeout(s.as_fd(), SockTimeout::Recv, &neg),
        Ok(())
    );
    assert_eq!(
        getsockopt_timeout(s.as_fd(), SockTimeout::Recv),
        Ok(Timeval::default())
    );
    let (r, _w) = pipe();
    let t = Timeval::default();
    assert_eq!(
        setsockopt_timeout(r.as_fd(), SockTimeout::Recv, &t),
        Err(Errno::ENOTSOCK)
    );
    assert_eq!(
        getsockopt_timeout(r.as_fd(), SockTimeout::Send),
        Err(Errno::ENOTSOCK)
    );
    assert_eq!(
        setsockopt_linger(r.as_fd(), &Linger::default()),
        Err(Errno::ENOTSOCK)
    );
    assert_eq!(getsockopt_linger(r.as_fd()), Err(Errno::ENOTSOCK));
    assert_eq!(getsockopt_linger(bad_fd()), Err(Errno::EBADF));
    assert_eq!(
        setsockopt_timeout(bad_fd(), SockTimeout::Recv, &t),
        Err(Errno::EBADF)
    );
}
