//! Sockets against the real kernel: TCP and UDP on 127.0.0.1 with ephemeral ports,
//! Unix-domain sockets (path and abstract), fd passing with SCM_RIGHTS, and the errors.
#![cfg(target_os = "linux")]

mod common;
use common::{pipe, skip_on_enosys, SENDMMSG};

use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd};
use std::sync::atomic::{AtomicUsize, Ordering};

use zcall::consts::*;
use zcall::types::{
    cmsg_len, cmsg_space, Cmsghdr, Iovec, Mmsghdr, Msghdr, SockaddrIn, SockaddrStorage, SockaddrUn,
    Timespec, Timeval,
};
use zcall::{Errno, SockAddr};

const LOCALHOST: [u8; 4] = [127, 0, 0, 1];

fn fd_flags(fd: BorrowedFd<'_>) -> i32 {
    // SAFETY: F_GETFD on a borrowed, open fd only reads its flags.
    let r = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_GETFD) };
    assert!(
        r >= 0,
        "fcntl(F_GETFD): {}",
        std::io::Error::last_os_error()
    );
    r
}

fn status_flags(fd: BorrowedFd<'_>) -> i32 {
    // SAFETY: F_GETFL on a borrowed, open fd only reads its status flags.
    let r = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_GETFL) };
    assert!(
        r >= 0,
        "fcntl(F_GETFL): {}",
        std::io::Error::last_os_error()
    );
    r
}

/// The local address of `fd` as an IPv4 address.
fn local_in(fd: BorrowedFd<'_>) -> SockaddrIn {
    let mut st = SockaddrStorage::default();
    let len = zcall::getsockname(fd, &mut st).expect("getsockname");
    assert_eq!(len as usize, std::mem::size_of::<SockaddrIn>());
    zcall::to_sockaddr_in(&st).expect("AF_INET address")
}

/// A socket of `ty` bound to 127.0.0.1 on an ephemeral port, and that address.
fn bound(ty: i32) -> (OwnedFd, SockaddrIn) {
    let fd = zcall::socket(AF_INET, ty | SOCK_CLOEXEC, 0).expect("socket");
    zcall::bind(fd.as_fd(), &SockaddrIn::new(LOCALHOST, 0)).expect("bind");
    let addr = local_in(fd.as_fd());
    assert_eq!(addr.ip(), LOCALHOST);
    assert_ne!(addr.port(), 0, "bind to port 0 picks an ephemeral port");
    (fd, addr)
}

/// A listening TCP socket on 127.0.0.1 and its address.
fn listener(extra: i32) -> (OwnedFd, SockaddrIn) {
    let (fd, addr) = bound(SOCK_STREAM | extra);
    zcall::listen(fd.as_fd(), 16).expect("listen");
    (fd, addr)
}

fn write_all(fd: BorrowedFd<'_>, mut buf: &[u8]) {
    while !buf.is_empty() {
        let n = zcall::send(fd, buf, MSG_NOSIGNAL).expect("send");
        assert!(n > 0);
        buf = &buf[n..];
    }
}

fn read_exact(fd: BorrowedFd<'_>, len: usize) -> Vec<u8> {
    let mut out = vec![0u8; len];
    let mut got = 0;
    while got < len {
        let (n, _) = zcall::recvfrom(fd, &mut out[got..], 0, None).expect("recvfrom");
        assert!(n > 0, "unexpected end of file after {got} of {len} bytes");
        got += n;
    }
    out
}

/// A name unique to this process and call, for paths and abstract names.
fn unique(tag: &str) -> String {
    static N: AtomicUsize = AtomicUsize::new(0);
    format!(
        "zcall-{tag}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}

/// `SO_RCVBUF` as Linux reports it after setting `req`: doubled (for bookkeeping
/// overhead), after capping at `net.core.rmem_max`.
fn expected_rcvbuf(req: i32) -> i32 {
    let max = std::fs::read_to_string("/proc/sys/net/core/rmem_max")
        .ok()
        .and_then(|s| s.trim().parse::<i32>().ok())
        .unwrap_or(i32::MAX);
    2 * req.min(max)
}

#[test]
fn tcp_connect_accept4_names_options_shutdown_echo() {
    let srv = zcall::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0).expect("socket");
    assert_eq!(fd_flags(srv.as_fd()) & FD_CLOEXEC, FD_CLOEXEC);
    assert_eq!(
        zcall::getsockopt_int(srv.as_fd(), SOL_SOCKET, SO_TYPE),
        Ok(SOCK_STREAM)
    );

    // setsockopt + getsockopt read back what the kernel stored.
    assert_eq!(
        zcall::getsockopt_int(srv.as_fd(), SOL_SOCKET, SO_REUSEADDR),
        Ok(0)
    );
    zcall::setsockopt_int(srv.as_fd(), SOL_SOCKET, SO_REUSEADDR, 1).expect("SO_REUSEADDR");
    assert_eq!(
        zcall::getsockopt_int(srv.as_fd(), SOL_SOCKET, SO_REUSEADDR),
        Ok(1)
    );

    zcall::bind(srv.as_fd(), &SockaddrIn::new(LOCALHOST, 0)).expect("bind");
    let srv_addr = local_in(srv.as_fd());
    assert_ne!(srv_addr.port(), 0);
    zcall::listen(srv.as_fd(), 8).expect("listen");
    assert_eq!(
        zcall::getsockopt_int(srv.as_fd(), SOL_SOCKET, SO_ACCEPTCONN),
        Ok(1)
    );

    let cli = zcall::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0).expect("socket");
    zcall::connect(cli.as_fd(), &srv_addr).expect("connect");

    let mut peer = SockaddrStorage::default();
    let (conn, peer_len) =
        zcall::accept4_with_addr(srv.as_fd(), &mut peer, SOCK_CLOEXEC).expect("accept4");
    assert_eq!(fd_flags(conn.as_fd()) & FD_CLOEXEC, FD_CLOEXEC);
    assert_eq!(status_flags(conn.as_fd()) & O_NONBLOCK, 0);
    assert_eq!(peer_len as usize, std::mem::size_of::<SockaddrIn>());
    assert_eq!(peer.ss_family as i32, AF_INET);
    let peer = zcall::to_sockaddr_in(&peer).unwrap();

    // The four names agree: the accepted peer is the client's local address, and the
    // client's peer is the server's (and the accepted socket's) local address.
    let cli_local = local_in(cli.as_fd());
    assert_eq!(peer, cli_local);
    let mut st = SockaddrStorage::default();
    let n = zcall::getpeername(cli.as_fd(), &mut st).expect("getpeername");
    assert_eq!(n as usize, std::mem::size_of::<SockaddrIn>());
    assert_eq!(zcall::to_sockaddr_in(&st), Some(srv_addr));
    assert_eq!(local_in(conn.as_fd()), srv_addr);
    let n = zcall::getpeername(conn.as_fd(), &mut st).expect("getpeername");
    assert_eq!(zcall::to_sockaddr_in(&st), Some(cli_local));
    // (storage, len) goes back into the kernel as an address: connect again -> EISCONN.
    assert_eq!(zcall::connect(conn.as_fd(), &(st, n)), Err(Errno::EISCONN));

    // TCP_NODELAY and SO_RCVBUF.
    assert_eq!(
        zcall::getsockopt_int(cli.as_fd(), IPPROTO_TCP, TCP_NODELAY),
        Ok(0)
    );
    zcall::setsockopt_int(cli.as_fd(), IPPROTO_TCP, TCP_NODELAY, 1).expect("TCP_NODELAY");
    assert_eq!(
        zcall::getsockopt_int(cli.as_fd(), IPPROTO_TCP, TCP_NODELAY),
        Ok(1)
    );
    zcall::setsockopt_int(cli.as_fd(), SOL_SOCKET, SO_RCVBUF, 8192).expect("SO_RCVBUF");
    assert_eq!(
        zcall::getsockopt_int(cli.as_fd(), SOL_SOCKET, SO_RCVBUF),
        Ok(expected_rcvbuf(8192))
    );

    // getsockopt into a byte buffer larger than the option: the kernel says 4 bytes.
    let mut buf = [0xAAu8; 8];
    assert_eq!(
        // SAFETY: SO_TYPE only answers; it reads nothing from the buffer.
        unsafe { zcall::getsockopt(cli.as_fd(), SOL_SOCKET, SO_TYPE, &mut buf) },
        Ok(4)
    );
    assert_eq!(
        i32::from_ne_bytes(buf[..4].try_into().unwrap()),
        SOCK_STREAM
    );
    assert_eq!(
        &buf[4..],
        &[0xAA; 4],
        "nothing written past the reported length"
    );

    // Bytes one way, echoed back.
    let msg = b"hello over loopback TCP";
    write_all(cli.as_fd(), msg);
    let got = read_exact(conn.as_fd(), msg.len());
    assert_eq!(got, msg);
    write_all(conn.as_fd(), &got);
    let mut addr = SockaddrStorage::default();
    let mut echo = vec![0u8; msg.len()];
    let mut done = 0;
    while done < msg.len() {
        let (n, alen) =
            zcall::recvfrom(cli.as_fd(), &mut echo[done..], 0, Some(&mut addr)).expect("recvfrom");
        assert!(n > 0);
        assert_eq!(alen, 0, "TCP reports no source address");
        done += n;
    }
    assert_eq!(&echo, msg);

    // shutdown(SHUT_WR): the server reads end of file, and can still send.
    zcall::shutdown(cli.as_fd(), SHUT_WR).expect("shutdown");
    let mut b = [0u8; 16];
    assert_eq!(zcall::recvfrom(conn.as_fd(), &mut b, 0, None), Ok((0, 0)));
    assert_eq!(
        zcall::send(cli.as_fd(), b"x", MSG_NOSIGNAL),
        Err(Errno::EPIPE)
    );
    write_all(conn.as_fd(), b"bye");
    assert_eq!(read_exact(cli.as_fd(), 3), b"bye");
    zcall::shutdown(conn.as_fd(), SHUT_RDWR).expect("shutdown");
    assert_eq!(zcall::recvfrom(cli.as_fd(), &mut b, 0, None), Ok((0, 0)));
}

#[test]
fn accept_plain_and_accept4_nonblock() {
    let (srv, addr) = listener(0);
    let c1 = zcall::socket(AF_INET, SOCK_STREAM, 0).expect("socket");
    assert_eq!(
        fd_flags(c1.as_fd()) & FD_CLOEXEC,
        0,
        "no SOCK_CLOEXEC asked"
    );
    zcall::connect(c1.as_fd(), &addr).expect("connect");
    let c2 = zcall::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0).expect("socket");
    assert_eq!(status_flags(c2.as_fd()) & O_NONBLOCK, O_NONBLOCK);
    // Non-blocking connect on loopback: done at once, or in progress.
    match zcall::connect(c2.as_fd(), &addr) {
        Ok(()) | Err(Errno::EINPROGRESS) => {}
        Err(e) => panic!("connect: {e:?}"),
    }
    let c3 = zcall::socket(AF_INET, SOCK_STREAM, 0).expect("socket");
    zcall::connect(c3.as_fd(), &addr).expect("connect");
    // The kernel may queue the three connections in any order: each accepted socket is
    // matched to its client by its peer address, which is the client's local address.
    let clients = [&c1, &c2, &c3];
    let client_addrs: Vec<SockaddrIn> = clients.iter().map(|c| local_in(c.as_fd())).collect();
    let client_of = |accepted: BorrowedFd<'_>| -> usize {
        let mut st = SockaddrStorage::default();
        zcall::getpeername(accepted, &mut st).expect("getpeername");
        let peer = zcall::to_sockaddr_in(&st).expect("AF_INET peer");
        client_addrs
            .iter()
            .position(|a| *a == peer)
            .unwrap_or_else(|| panic!("accepted a connection from {peer:?}, not a client"))
    };

    // accept: no address, no flags on the new fd.
    let a1 = zcall::accept(srv.as_fd()).expect("accept");
    assert_eq!(fd_flags(a1.as_fd()) & FD_CLOEXEC, 0);
    assert_eq!(status_flags(a1.as_fd()) & O_NONBLOCK, 0);
    assert_eq!(
        zcall::getsockopt_int(a1.as_fd(), SOL_SOCKET, SO_TYPE),
        Ok(SOCK_STREAM)
    );
    let i1 = client_of(a1.as_fd());
    write_all(clients[i1].as_fd(), b"1");
    assert_eq!(read_exact(a1.as_fd(), 1), b"1");

    // accept4(SOCK_NONBLOCK | SOCK_CLOEXEC): both flags on the new fd.
    let a2 = zcall::accept4(srv.as_fd(), SOCK_NONBLOCK | SOCK_CLOEXEC).expect("accept4");
    assert_eq!(fd_flags(a2.as_fd()) & FD_CLOEXEC, FD_CLOEXEC);
    assert_eq!(status_flags(a2.as_fd()) & O_NONBLOCK, O_NONBLOCK);
    let i2 = client_of(a2.as_fd());
    assert_ne!(i2, i1, "a connection accepted twice");
    // Its client has sent nothing: a non-blocking receive says so at once.
    let mut b = [0u8; 4];
    assert_eq!(
        zcall::recvfrom(a2.as_fd(), &mut b, 0, None),
        Err(Errno::EAGAIN)
    );

    // accept with the peer address: the one getpeername gives, of the third client.
    let mut peer = SockaddrStorage::default();
    let (a3, len) = zcall::accept_with_addr(srv.as_fd(), &mut peer).expect("accept");
    assert_eq!(len as usize, std::mem::size_of::<SockaddrIn>());
    let i3 = client_of(a3.as_fd());
    assert_eq!(zcall::to_sockaddr_in(&peer), Some(client_addrs[i3]));
    assert_eq!(
        [i1, i2, i3]
            .iter()
            .collect::<std::collections::HashSet<_>>()
            .len(),
        3,
        "each client accepted once"
    );
    assert_eq!(fd_flags(a3.as_fd()) & FD_CLOEXEC, 0);
    // The connections are really those: bytes from each client reach its own socket.
    for (accepted, i) in [(&a2, i2), (&a3, i3)] {
        let tag = [b'a' + i as u8];
        write_all(clients[i].as_fd(), &tag);
        wait_readable(accepted.as_fd()); // a2 is non-blocking
        assert_eq!(read_exact(accepted.as_fd(), 1), tag);
    }
}

/// Waits (libc's poll, 60 s at most, so a missing byte fails rather than hangs) until
/// `fd` is readable.
fn wait_readable(fd: BorrowedFd<'_>) {
    let mut p = libc::pollfd {
        fd: fd.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one pollfd, a live local.
    let r = unsafe { libc::poll(&mut p, 1, 60_000) };
    assert_eq!(r, 1, "readable: {}", std::io::Error::last_os_error());
}

#[test]
fn accept_errors() {
    // Non-blocking listener, nothing pending: EAGAIN from every accept form.
    let (srv, _) = listener(SOCK_NONBLOCK);
    let mut st = SockaddrStorage::default();
    assert_eq!(zcall::accept(srv.as_fd()).err(), Some(Errno::EAGAIN));
    assert_eq!(zcall::accept4(srv.as_fd(), 0).err(), Some(Errno::EAGAIN));
    assert_eq!(
        zcall::accept_with_addr(srv.as_fd(), &mut st).err(),
        Some(Errno::EAGAIN)
    );
    assert_eq!(
        zcall::accept4_with_addr(srv.as_fd(), &mut st, SOCK_CLOEXEC).err(),
        Some(Errno::EAGAIN)
    );
    // Unknown accept4 flag.
    assert_eq!(zcall::accept4(srv.as_fd(), 1).err(), Some(Errno::EINVAL));
    // Not listening.
    let (notl, _) = bound(SOCK_STREAM);
    assert_eq!(zcall::accept(notl.as_fd()).err(), Some(Errno::EINVAL));
}

#[test]
fn connect_to_closed_port_is_refused() {
    // A bound socket that does not listen holds the port, so nothing else can take it.
    let (holder, addr) = bound(SOCK_STREAM);
    let cli = zcall::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0).expect("socket");
    assert_eq!(zcall::connect(cli.as_fd(), &addr), Err(Errno::ECONNREFUSED));
    drop(holder);
}

#[test]
fn udp_sendto_recvfrom_with_peer_address() {
    let (a, a_addr) = bound(SOCK_DGRAM);
    let (b, b_addr) = bound(SOCK_DGRAM);
    let mut buf = [0u8; 64];
    // Nothing queued yet.
    assert_eq!(
        zcall::recvfrom(b.as_fd(), &mut buf, MSG_DONTWAIT, None),
        Err(Errno::EAGAIN)
    );

    assert_eq!(zcall::sendto(a.as_fd(), b"ping", 0, &b_addr), Ok(4));
    let mut from = SockaddrStorage::default();
    let (n, len) = zcall::recvfrom(b.as_fd(), &mut buf, 0, Some(&mut from)).expect("recvfrom");
    assert_eq!(n, 4);
    assert_eq!(&buf[..4], b"ping");
    assert_eq!(len as usize, std::mem::size_of::<SockaddrIn>());
    assert_eq!(zcall::to_sockaddr_in(&from), Some(a_addr));

    // Reply to the address recvfrom returned, as the (storage, len) pair.
    assert_eq!(zcall::sendto(b.as_fd(), b"pong!", 0, &(from, len)), Ok(5));
    let (n, len) = zcall::recvfrom(a.as_fd(), &mut buf, 0, Some(&mut from)).expect("recvfrom");
    assert_eq!((n, &buf[..n]), (5, &b"pong!"[..]));
    assert_eq!(len as usize, std::mem::size_of::<SockaddrIn>());
    assert_eq!(zcall::to_sockaddr_in(&from), Some(b_addr));

    // MSG_TRUNC: the real length of a datagram larger than the buffer.
    assert_eq!(zcall::sendto(a.as_fd(), &[7u8; 40], 0, &b_addr), Ok(40));
    let mut small = [0u8; 8];
    let (n, _) = zcall::recvfrom(b.as_fd(), &mut small, MSG_TRUNC, None).expect("recvfrom");
    assert_eq!(n, 40);
    assert_eq!(small, [7u8; 8]);

    // send on a connected datagram socket.
    zcall::connect(a.as_fd(), &b_addr).expect("connect");
    assert_eq!(zcall::send(a.as_fd(), b"conn", 0), Ok(4));
    let (n, _) = zcall::recvfrom(b.as_fd(), &mut buf, 0, None).expect("recvfrom");
    assert_eq!(&buf[..n], b"conn");
    // Unconnected send has no destination.
    assert_eq!(zcall::send(b.as_fd(), b"x", 0), Err(Errno::EDESTADDRREQ));
}

#[test]
fn udp_oversize_datagram_is_emsgsize() {
    let (a, _) = bound(SOCK_DGRAM);
    let (_b, b_addr) = bound(SOCK_DGRAM);
    let big = vec![0u8; 70_000]; // IPv4 UDP payload is at most 65507 bytes.
    assert_eq!(
        zcall::sendto(a.as_fd(), &big, 0, &b_addr),
        Err(Errno::EMSGSIZE)
    );
}

#[test]
fn udp_sendmmsg_recvmmsg() {
    let (a, a_addr) = bound(SOCK_DGRAM);
    let (b, b_addr) = bound(SOCK_DGRAM);
    let payloads: [&[u8]; 3] = [b"one", b"three!", b"fifteen bytes!!"];

    let mut dest = b_addr;
    let mut send_iov: Vec<Iovec> = payloads.iter().map(|p| Iovec::from_slice(p)).collect();
    let mut out: Vec<Mmsghdr> = send_iov
        .iter_mut()
        .map(|iov| Mmsghdr {
            msg_hdr: Msghdr {
                msg_name: (&mut dest as *mut SockaddrIn).cast(),
                msg_namelen: std::mem::size_of::<SockaddrIn>() as u32,
                msg_iov: iov,
                msg_iovlen: 1,
                ..Msghdr::default()
            },
            msg_len: 0,
        })
        .collect();
    // SAFETY: each header names `dest` (16 readable bytes) and one Iovec over a live
    // payload slice; all outlive the call and the kernel only reads them.
    let r = unsafe { zcall::sendmmsg(a.as_fd(), &mut out, 0) };
    if skip_on_enosys("udp_sendmmsg_recvmmsg", &SENDMMSG, &r) {
        return;
    }
    assert_eq!(r, Ok(3));
    for (m, p) in out.iter().zip(payloads) {
        assert_eq!(m.msg_len as usize, p.len());
    }

    // Four slots for three datagrams.
    let mut bufs = [[0u8; 64]; 4];
    let mut names = [SockaddrStorage::default(); 4];
    let mut recv_iov: Vec<Iovec> = bufs.iter_mut().map(|b| Iovec::from_mut_slice(b)).collect();
    let mut msgs: Vec<Mmsghdr> = recv_iov
        .iter_mut()
        .zip(names.iter_mut())
        .map(|(iov, name)| Mmsghdr {
            msg_hdr: Msghdr {
                msg_name: (name as *mut SockaddrStorage).cast(),
                msg_namelen: std::mem::size_of::<SockaddrStorage>() as u32,
                msg_iov: iov,
                msg_iovlen: 1,
                ..Msghdr::default()
            },
            msg_len: 0,
        })
        .collect();
    let mut got = 0;
    let mut timeouts = Vec::new();
    while got < 3 {
        let mut timeout = Timespec::new(10, 0);
        // SAFETY: each remaining header names its own SockaddrStorage (namelen = its
        // size) and one Iovec over its own 64-byte buffer; all are live, unaliased
        // locals that outlive the call.
        let r = unsafe {
            zcall::recvmmsg(
                b.as_fd(),
                &mut msgs[got..3],
                MSG_WAITFORONE,
                Some(&mut timeout),
            )
        };
        if common::qemu_32_bit_gap("udp_sendmmsg_recvmmsg (recvmmsg_time64)", &r) {
            return;
        }
        let n = r.expect("recvmmsg");
        assert!(n >= 1 && got + n <= 3, "recvmmsg returned {n}");
        got += n;
        timeouts.push(timeout);
    }
    // The kernel writes the time left back into the timeout after each datagram
    // (net/socket.c do_recvmmsg): less than the 10 s passed, and not negative.
    let ten = Timespec::new(10, 0);
    if common::under_qemu() && timeouts.iter().all(|t| *t == ten) {
        eprintln!("SKIP udp_sendmmsg_recvmmsg timeout: qemu-user ignores recvmmsg's timeout");
    } else {
        for t in &timeouts {
            assert!(
                (t.tv_sec, t.tv_nsec) < (10, 0) && (t.tv_sec, t.tv_nsec) >= (0, 0),
                "time left written back: {t:?}"
            );
        }
    }
    // Nothing more queued: the fourth slot stays empty.
    // SAFETY: as above, for the last header.
    let r = unsafe { zcall::recvmmsg(b.as_fd(), &mut msgs[3..], MSG_DONTWAIT, None) };
    assert_eq!(r, Err(Errno::EAGAIN));

    let lens: Vec<u32> = msgs.iter().map(|m| m.msg_len).collect();
    let namelens: Vec<u32> = msgs.iter().map(|m| m.msg_hdr.msg_namelen).collect();
    drop(msgs);
    drop(recv_iov);
    for (i, p) in payloads.iter().enumerate() {
        assert_eq!(lens[i] as usize, p.len(), "msg_len of datagram {i}");
        assert_eq!(&bufs[i][..p.len()], *p, "datagram {i}");
        assert_eq!(namelens[i] as usize, std::mem::size_of::<SockaddrIn>());
        assert_eq!(zcall::to_sockaddr_in(&names[i]), Some(a_addr));
    }
    assert_eq!(lens[3], 0);
    assert_eq!(bufs[3], [0u8; 64]);
}

#[test]
fn scm_rights_passes_a_new_fd_to_the_same_pipe() {
    let (s0, s1) = zcall::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0).expect("socketpair");
    assert_ne!(s0.as_raw_fd(), s1.as_raw_fd());
    assert_eq!(fd_flags(s0.as_fd()) & FD_CLOEXEC, FD_CLOEXEC);
    assert_eq!(fd_flags(s1.as_fd()) & FD_CLOEXEC, FD_CLOEXEC);
    let (pr, pw) = pipe();

    // Send one byte with the pipe's write end attached.
    let payload = *b"F";
    let mut iov = [Iovec::from_slice(&payload)];
    const SPACE: usize = cmsg_space(std::mem::size_of::<i32>());
    #[repr(C, align(8))]
    struct Control([u8; SPACE]);
    let mut control = Control([0; SPACE]);
    let hdr = Cmsghdr {
        cmsg_len: cmsg_len(std::mem::size_of::<i32>()),
        cmsg_level: SOL_SOCKET,
        cmsg_type: SCM_RIGHTS,
    };
    // SAFETY: `control` is 8-aligned and has room for a Cmsghdr plus one i32 at offset
    // cmsg_len(0); the writes stay inside it.
    unsafe {
        let p = control.0.as_mut_ptr();
        std::ptr::write(p.cast::<Cmsghdr>(), hdr);
        std::ptr::write_unaligned(p.add(cmsg_len(0)).cast::<i32>(), pw.as_raw_fd());
    }
    let msg = Msghdr {
        msg_iov: iov.as_mut_ptr(),
        msg_iovlen: 1,
        msg_control: control.0.as_mut_ptr().cast(),
        msg_controllen: SPACE,
        ..Msghdr::default()
    };
    // SAFETY: no name; one Iovec over `payload`; `control` holds one well-formed
    // SCM_RIGHTS message naming an open fd. All outlive the call.
    assert_eq!(unsafe { zcall::sendmsg(s0.as_fd(), &msg, 0) }, Ok(1));

    // Receive it with MSG_CMSG_CLOEXEC.
    let mut rbuf = [0u8; 8];
    let mut riov = [Iovec::from_mut_slice(&mut rbuf)];
    let mut rcontrol = Control([0; SPACE]);
    let mut rmsg = Msghdr {
        msg_iov: riov.as_mut_ptr(),
        msg_iovlen: 1,
        msg_control: rcontrol.0.as_mut_ptr().cast(),
        msg_controllen: SPACE,
        ..Msghdr::default()
    };
    // SAFETY: no name; one Iovec over `rbuf` (8 writable bytes); `rcontrol` is SPACE
    // writable, 8-aligned bytes. All are live locals not otherwise used during the call.
    let n = unsafe { zcall::recvmsg(s1.as_fd(), &mut rmsg, MSG_CMSG_CLOEXEC) }.expect("recvmsg");
    assert_eq!(n, 1);
    assert_eq!(rmsg.msg_flags & MSG_CTRUNC, 0);
    assert_eq!(rmsg.msg_controllen, cmsg_space(4));
    assert_eq!(rbuf[0], b'F');
    // SAFETY: the kernel wrote a Cmsghdr at the start of the 8-aligned buffer.
    let rhdr = unsafe { std::ptr::read(rcontrol.0.as_ptr().cast::<Cmsghdr>()) };
    assert_eq!(rhdr.cmsg_level, SOL_SOCKET);
    assert_eq!(rhdr.cmsg_type, SCM_RIGHTS);
    assert_eq!(rhdr.cmsg_len, cmsg_len(4));
    // SAFETY: the fd follows the header at cmsg_len(0), inside the buffer.
    let raw =
        unsafe { std::ptr::read_unaligned(rcontrol.0.as_ptr().add(cmsg_len(0)).cast::<i32>()) };
    assert!(raw >= 0);
    assert_ne!(raw, pw.as_raw_fd(), "a NEW fd number");
    // SAFETY: SCM_RIGHTS installed `raw` as a new fd owned by this process; we take it.
    let received = unsafe { OwnedFd::from_raw_fd(raw) };
    assert_eq!(fd_flags(received.as_fd()) & FD_CLOEXEC, FD_CLOEXEC);

    // It is the same pipe: write through the new fd, read from the original read end.
    drop(pw);
    assert_eq!(zcall::write(received.as_fd(), b"via passed fd"), Ok(13));
    let mut got = [0u8; 13];
    assert_eq!(zcall::read(pr.as_fd(), &mut got), Ok(13));
    assert_eq!(&got, b"via passed fd");
    // And it was the last write end: closing it gives the reader end of file.
    drop(received);
    assert_eq!(zcall::read(pr.as_fd(), &mut got), Ok(0));
}

#[test]
fn socketpair_datagram_and_errors() {
    let (a, b) = zcall::socketpair(AF_UNIX, SOCK_DGRAM, 0).expect("socketpair");
    assert_eq!(fd_flags(a.as_fd()) & FD_CLOEXEC, 0);
    assert_eq!(zcall::send(a.as_fd(), b"pair", 0), Ok(4));
    let mut buf = [0u8; 8];
    assert_eq!(zcall::recvfrom(b.as_fd(), &mut buf, 0, None), Ok((4, 0)));
    assert_eq!(&buf[..4], b"pair");
    assert_eq!(
        zcall::socketpair(AF_INET, SOCK_STREAM, 0).err(),
        Some(Errno::EOPNOTSUPP)
    );
    assert_eq!(
        zcall::socketpair(AF_UNIX, 9999, 0).err(),
        Some(Errno::EINVAL)
    );
}

#[test]
fn unix_path_bind_connect() {
    let dir = std::env::temp_dir().join(unique("dir"));
    std::fs::create_dir(&dir).expect("temp dir");
    let path = dir.join("sock");
    let path_bytes = path.as_os_str().as_encoded_bytes().to_vec();
    let Some(addr) = SockaddrUn::new(&path_bytes) else {
        let _ = std::fs::remove_dir(&dir);
        panic!("temp path too long for sockaddr_un: {}", path.display());
    };
    assert_eq!(addr.1 as usize, 2 + path_bytes.len() + 1);
    // The bare struct measures its path to the same length.
    assert_eq!(addr.0.addr_len(), addr.1);

    let srv = zcall::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0).expect("socket");
    zcall::bind(srv.as_fd(), &addr).expect("bind");
    assert!(path.exists(), "bind created the socket file");
    // Bound again: the file exists.
    let other = zcall::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0).expect("socket");
    assert_eq!(zcall::bind(other.as_fd(), &addr.0), Err(Errno::EADDRINUSE));
    zcall::listen(srv.as_fd(), 4).expect("listen");

    let mut st = SockaddrStorage::default();
    let len = zcall::getsockname(srv.as_fd(), &mut st).expect("getsockname");
    assert_eq!(len, addr.1);
    let (name, name_len) = zcall::to_sockaddr_un(&st, len).expect("AF_UNIX");
    assert_eq!(name_len, addr.1);
    assert_eq!(&name.sun_path[..path_bytes.len()], &path_bytes[..]);
    assert_eq!(name.sun_path[path_bytes.len()], 0);

    // Connect through the bare struct (length measured from the path).
    let cli = zcall::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0).expect("socket");
    zcall::connect(cli.as_fd(), &addr.0).expect("connect");
    let mut peer = SockaddrStorage::default();
    let (conn, plen) =
        zcall::accept4_with_addr(srv.as_fd(), &mut peer, SOCK_CLOEXEC).expect("accept4");
    assert_eq!(peer.ss_family as i32, AF_UNIX);
    assert_eq!(plen, 2, "an unbound client has the unnamed address");
    let n = zcall::getpeername(cli.as_fd(), &mut st).expect("getpeername");
    assert_eq!(n, addr.1);
    write_all(cli.as_fd(), b"unix path");
    assert_eq!(read_exact(conn.as_fd(), 9), b"unix path");

    drop((srv, cli, conn, other));
    std::fs::remove_file(&path).expect("remove socket file");
    std::fs::remove_dir(&dir).expect("remove temp dir");
    // The path is gone: nothing to connect to.
    let late = zcall::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0).expect("socket");
    assert_eq!(zcall::connect(late.as_fd(), &addr), Err(Errno::ENOENT));
}

#[test]
fn unix_abstract_bind_connect() {
    let mut name = vec![0u8];
    name.extend_from_slice(unique("abstract").as_bytes());
    let addr = SockaddrUn::new(&name).expect("abstract name fits");
    assert_eq!(addr.1 as usize, 2 + name.len());
    // The bare struct of an abstract name is measured as the whole array.
    assert_eq!(
        addr.0.addr_len() as usize,
        std::mem::size_of::<SockaddrUn>()
    );

    let srv = zcall::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0).expect("socket");
    zcall::bind(srv.as_fd(), &addr).expect("bind");
    zcall::listen(srv.as_fd(), 4).expect("listen");
    let mut st = SockaddrStorage::default();
    let len = zcall::getsockname(srv.as_fd(), &mut st).expect("getsockname");
    assert_eq!(
        len, addr.1,
        "the abstract name's own length, not the array's"
    );
    let (got, got_len) = zcall::to_sockaddr_un(&st, len).unwrap();
    assert_eq!(&got.sun_path[..name.len()], &name[..]);

    // The whole-array form is a DIFFERENT abstract name (trailing NULs count).
    let cli = zcall::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0).expect("socket");
    assert_eq!(
        zcall::connect(cli.as_fd(), &addr.0),
        Err(Errno::ECONNREFUSED)
    );
    // The exact name connects; so does the (address, length) the kernel gave back.
    zcall::connect(cli.as_fd(), &(got, got_len)).expect("connect");
    let conn = zcall::accept(srv.as_fd()).expect("accept");
    assert_eq!(zcall::send(cli.as_fd(), b"abstract", 0), Ok(8));
    let mut buf = [0u8; 16];
    assert_eq!(zcall::recvfrom(conn.as_fd(), &mut buf, 0, None), Ok((8, 0)));
    assert_eq!(&buf[..8], b"abstract");

    // Abstract names leave no file behind and are taken while bound.
    let dup = zcall::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0).expect("socket");
    assert_eq!(zcall::bind(dup.as_fd(), &addr), Err(Errno::EADDRINUSE));
}

#[test]
fn sockaddr_lengths_are_clamped_to_the_object() {
    let sin = SockaddrIn::new(LOCALHOST, 0);
    assert_eq!(sin.addr_len(), 16);
    let mut st = SockaddrStorage::default();
    // SAFETY: SockaddrIn (16 bytes, align 4) fits at the start of the 128-byte,
    // 8-aligned storage; both are plain integers.
    unsafe { std::ptr::write((&mut st as *mut SockaddrStorage).cast::<SockaddrIn>(), sin) };
    let huge = (st, 10_000u32);
    assert_eq!(huge.addr_len(), 128, "never more than the storage");
    let (un, _) = SockaddrUn::new(b"/x").unwrap();
    assert_eq!(
        (un, u32::MAX).addr_len() as usize,
        std::mem::size_of::<SockaddrUn>()
    );

    // Linux accepts an AF_INET address longer than sockaddr_in, so the clamped length
    // binds; without the clamp the kernel would refuse 10000 (> sockaddr_storage).
    let fd = zcall::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0).expect("socket");
    zcall::bind(fd.as_fd(), &huge).expect("bind with clamped length");
    assert_eq!(local_in(fd.as_fd()).ip(), LOCALHOST);
    // A length shorter than sockaddr_in is EINVAL.
    let fd = zcall::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0).expect("socket");
    assert_eq!(zcall::bind(fd.as_fd(), &(st, 3)), Err(Errno::EINVAL));
    // A family that does not match the socket.
    let (un, len) = SockaddrUn::new(b"\0zcall-wrong-family").unwrap();
    assert_eq!(
        zcall::bind(fd.as_fd(), &(un, len)),
        Err(Errno::EAFNOSUPPORT)
    );
    assert_eq!(zcall::to_sockaddr_in6(&st), None);
    assert_eq!(zcall::to_sockaddr_un(&st, 16).map(|a| a.1), None);
}

#[test]
fn socket_creation_errors() {
    assert_eq!(
        zcall::socket(9999, SOCK_STREAM, 0).err(),
        Some(Errno::EAFNOSUPPORT)
    );
    assert_eq!(zcall::socket(AF_INET, 9999, 0).err(), Some(Errno::EINVAL));
    assert_eq!(
        zcall::socket(AF_INET, SOCK_STREAM, IPPROTO_UDP).err(),
        Some(Errno::EPROTONOSUPPORT)
    );
    match zcall::socket(AF_INET6, SOCK_DGRAM | SOCK_CLOEXEC, 0) {
        // IPv6 may be disabled in a container.
        Err(Errno::EAFNOSUPPORT) => {
            eprintln!("SKIP socket_creation_errors (AF_INET6 part): EAFNOSUPPORT, IPv6 is off");
        }
        r => {
            let fd = r.expect("socket");
            let mut st = SockaddrStorage::default();
            let len = zcall::getsockname(fd.as_fd(), &mut st).expect("getsockname");
            assert_eq!(
                len as usize,
                std::mem::size_of::<zcall::types::SockaddrIn6>()
            );
            let a = zcall::to_sockaddr_in6(&st).expect("AF_INET6");
            assert_eq!((a.ip(), a.port()), ([0; 16], 0), "unbound: the any address");
            assert_eq!(zcall::to_sockaddr_in(&st), None);
        }
    }
}

#[test]
fn struct_sockopt_round_trip() {
    // SO_RCVTIMEO takes a `struct timeval`: the generic setsockopt passes all 16 bytes,
    // and the kernel's answer through the byte getsockopt is the same time.
    let (fd, _) = bound(SOCK_DGRAM);
    let timeout = Timeval {
        tv_sec: 3,
        // A whole number of ticks at HZ 100, 250, 300 and 1000: the kernel keeps the
        // timeout in jiffies and would round 250 ms at HZ=250 … up.
        tv_usec: 500_000,
    };
    // SAFETY: a timeval holds no address.
    let r = unsafe { zcall::setsockopt(fd.as_fd(), SOL_SOCKET, SO_RCVTIMEO, &timeout) };
    if common::qemu_32_bit_gap("struct_sockopt_round_trip (SO_RCVTIMEO)", &r) {
        return;
    }
    r.expect("SO_RCVTIMEO");
    let mut buf = [0xAAu8; 24];
    // SAFETY: SO_RCVTIMEO only answers; it reads nothing from the buffer.
    let n = unsafe { zcall::getsockopt(fd.as_fd(), SOL_SOCKET, SO_RCVTIMEO, &mut buf) }
        .expect("getsockopt SO_RCVTIMEO");
    assert_eq!(n as usize, std::mem::size_of::<Timeval>());
    let word = |i: usize| i64::from_ne_bytes(buf[i * 8..i * 8 + 8].try_into().unwrap());
    assert_eq!((word(0), word(1)), (3, 500_000));
    assert_eq!(
        &buf[16..],
        &[0xAA; 8],
        "nothing written past the reported length"
    );
    // The timeout really is in force: an empty socket's recv gives up with EAGAIN.
    // (Setting it to 1 ms keeps the test quick.)
    let short = Timeval {
        tv_sec: 0,
        tv_usec: 1_000,
    };
    // SAFETY: as above.
    unsafe { zcall::setsockopt(fd.as_fd(), SOL_SOCKET, SO_RCVTIMEO, &short) }
        .expect("SO_RCVTIMEO 1 ms");
    let mut byte = [0u8; 1];
    assert_eq!(zcall::read(fd.as_fd(), &mut byte), Err(Errno::EAGAIN));
}

#[test]
fn sockopt_errors() {
    let (fd, _) = bound(SOCK_STREAM);
    // A one-byte value for an int option.
    assert_eq!(
        // SAFETY: a one-byte integer holds no address.
        unsafe { zcall::setsockopt(fd.as_fd(), SOL_SOCKET, SO_REUSEADDR, &0u8) },
        Err(Errno::EINVAL)
    );
    assert_eq!(
        zcall::setsockopt_int(fd.as_fd(), SOL_SOCKET, 9999, 1),
        Err(Errno::ENOPROTOOPT)
    );
    // A struct option through the int form: too short.
    let r = zcall::setsockopt_int(fd.as_fd(), SOL_SOCKET, SO_RCVTIMEO, 1);
    if !common::qemu_32_bit_gap("sockopt_errors (SO_RCVTIMEO)", &r) {
        assert_eq!(r, Err(Errno::EINVAL));
    }
    let mut buf = [0u8; 4];
    assert_eq!(
        // SAFETY: an unknown option reads nothing from the buffer.
        unsafe { zcall::getsockopt(fd.as_fd(), SOL_SOCKET, 9999, &mut buf) },
        Err(Errno::ENOPROTOOPT)
    );
    assert_eq!(
        zcall::getsockopt_int(fd.as_fd(), SOL_SOCKET, 9999),
        Err(Errno::ENOPROTOOPT)
    );
    // SO_ERROR of a healthy socket is 0.
    assert_eq!(
        zcall::getsockopt_int(fd.as_fd(), SOL_SOCKET, SO_ERROR),
        Ok(0)
    );
}

#[test]
fn state_errors() {
    let (tcp, _) = bound(SOCK_STREAM);
    let mut st = SockaddrStorage::default();
    assert_eq!(
        zcall::getpeername(tcp.as_fd(), &mut st),
        Err(Errno::ENOTCONN)
    );
    assert_eq!(
        zcall::shutdown(tcp.as_fd(), SHUT_RDWR),
        Err(Errno::ENOTCONN)
    );
    assert_eq!(zcall::shutdown(tcp.as_fd(), 99), Err(Errno::EINVAL));
    assert_eq!(
        zcall::bind(tcp.as_fd(), &SockaddrIn::new(LOCALHOST, 0)),
        Err(Errno::EINVAL),
        "already bound"
    );
    let (udp, _) = bound(SOCK_DGRAM);
    assert_eq!(zcall::listen(udp.as_fd(), 1), Err(Errno::EOPNOTSUPP));
}

// EBADF for a closed fd and ENOTSOCK for a pipe, from every socket wrapper: one table in
// tests/tests/bad_inputs.rs.

#[test]
fn msghdr_with_more_than_uio_maxiov_buffers_is_emsgsize() {
    let (a, b) = zcall::socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0).expect("socketpair");
    let bytes = [b'm'; 1025];
    let mut iovs: Vec<Iovec> = bytes.chunks(1).map(Iovec::from_slice).collect();
    let msg = |n: usize, iovs: &mut Vec<Iovec>| Msghdr {
        msg_iov: iovs.as_mut_ptr(),
        msg_iovlen: n,
        ..Msghdr::default()
    };
    // More than UIO_MAXIOV (1024) iovecs: EMSGSIZE (net/socket.c `__copy_msghdr`: the
    // socket calls say EMSGSIZE where readv and friends say EINVAL), nothing sent.
    let too_many = msg(1025, &mut iovs);
    // SAFETY: 1025 Iovecs over live one-byte slices; the kernel only reads them (and
    // refuses the call first).
    assert_eq!(
        unsafe { zcall::sendmsg(a.as_fd(), &too_many, MSG_DONTWAIT) },
        Err(Errno::EMSGSIZE)
    );
    let mut buf = [0u8; 2048];
    assert_eq!(
        zcall::recvfrom(b.as_fd(), &mut buf, MSG_DONTWAIT, None),
        Err(Errno::EAGAIN),
        "nothing was sent"
    );
    // Exactly UIO_MAXIOV: one datagram of 1024 bytes.
    let max = msg(1024, &mut iovs);
    // SAFETY: as above, 1024 of them.
    assert_eq!(
        unsafe { zcall::sendmsg(a.as_fd(), &max, MSG_DONTWAIT) },
        Ok(1024)
    );
    assert_eq!(
        zcall::recvfrom(b.as_fd(), &mut buf, MSG_DONTWAIT, None),
        Ok((1024, 0))
    );
    assert!(buf[..1024].iter().all(|&c| c == b'm'));
}

#[test]
fn msghdr_with_bad_pointers_is_efault() {
    let (a, b) = zcall::socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0).expect("socketpair");
    // An iovec array at address 8: never mapped (below mmap_min_addr).
    let msg = Msghdr {
        msg_iov: std::ptr::dangling_mut::<Iovec>(), // address 8: never mapped
        msg_iovlen: 1,
        ..Msghdr::default()
    };
    // SAFETY: the only pointer is to page 0, which is never mapped, so the kernel's
    // copy from it fails with EFAULT; no Rust memory is read or written.
    assert_eq!(
        unsafe { zcall::sendmsg(a.as_fd(), &msg, 0) },
        Err(Errno::EFAULT)
    );

    // A receive buffer at address 8, with a datagram waiting.
    assert_eq!(zcall::send(a.as_fd(), b"data", 0), Ok(4));
    let mut iov = [Iovec {
        iov_base: 8 as *mut u8,
        iov_len: 4,
    }];
    let mut rmsg = Msghdr {
        msg_iov: iov.as_mut_ptr(),
        msg_iovlen: 1,
        ..Msghdr::default()
    };
    // SAFETY: the iovec array is a live local; its buffer is in page 0, never mapped,
    // so the kernel's copy to it fails with EFAULT and writes no Rust memory.
    assert_eq!(
        unsafe { zcall::recvmsg(b.as_fd(), &mut rmsg, MSG_DONTWAIT) },
        Err(Errno::EFAULT)
    );
}
