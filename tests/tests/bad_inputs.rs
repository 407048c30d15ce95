//! Every wrapper's bad inputs, table-driven, against the real kernel: a closed fd is
//! EBADF, a non-socket fd where a socket is expected is ENOTSOCK, a bad pointer in an
//! `unsafe fn` is EFAULT (never a crash), and flags the kernel rejects are EINVAL — each
//! asserted exactly.
#![cfg(target_os = "linux")]

mod common;

use std::io::{IoSlice, IoSliceMut};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};

use zcall::consts::*;
use zcall::types::{
    EpollEvent, Iovec, Itimerspec, Mmsghdr, Msghdr, Sigset, SockaddrIn, SockaddrStorage,
};
use zcall::Errno;

/// A descriptor number that this test opened and closed itself, far above anything the
/// harness or other tests hold (fds are allocated lowest-first), so nothing can reuse it
/// while the table runs: 16 below the soft RLIMIT_NOFILE (at most 1008), or None when the
/// limit is too low to leave such a gap.
fn closed_fd() -> Option<i32> {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes one rlimit into a live local.
    assert_eq!(unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) }, 0);
    let soft = lim.rlim_cur.min(1024) as i32;
    if soft < 128 {
        return None;
    }
    let target = soft - 16;
    let (r, _w) = zcall::pipe2(O_CLOEXEC).unwrap();
    // SAFETY: F_DUPFD_CLOEXEC duplicates our own fd to the lowest free number >= target.
    let high = unsafe { libc::fcntl(r.as_raw_fd(), libc::F_DUPFD_CLOEXEC, target) };
    assert!(
        high >= target,
        "F_DUPFD_CLOEXEC >= {target}: {high} ({})",
        std::io::Error::last_os_error()
    );
    // SAFETY: `high` is ours and closed exactly once.
    assert_eq!(unsafe { zcall::close(high) }, Ok(()));
    Some(high)
}

type FdCase = (&'static str, fn(BorrowedFd<'_>) -> Result<(), Errno>);

fn ok<T>(r: Result<T, Errno>) -> Result<(), Errno> {
    r.map(|_| ())
}

/// Every wrapper that takes an fd, called with `fd` in the fd position and otherwise
/// valid arguments.
fn fd_cases() -> Vec<FdCase> {
    let cases: Vec<FdCase> = vec![
        ("read", |fd| ok(zcall::read(fd, &mut [0u8; 4]))),
        ("write", |fd| ok(zcall::write(fd, b"x"))),
        ("readv", |fd| {
            ok(zcall::readv(fd, &mut [IoSliceMut::new(&mut [0u8; 4])]))
        }),
        ("writev", |fd| ok(zcall::writev(fd, &[IoSlice::new(b"x")]))),
        ("preadv", |fd| {
            ok(zcall::preadv(fd, &mut [IoSliceMut::new(&mut [0u8; 4])], 0))
        }),
        ("pwritev", |fd| {
            ok(zcall::pwritev(fd, &[IoSlice::new(b"x")], 0))
        }),
        ("preadv2", |fd| {
            ok(zcall::preadv2(
                fd,
                &mut [IoSliceMut::new(&mut [0u8; 4])],
                0,
                0,
            ))
        }),
        ("pwritev2", |fd| {
            ok(zcall::pwritev2(fd, &[IoSlice::new(b"x")], 0, 0))
        }),
        ("splice(in)", |fd| {
            let (_r, w) = zcall::pipe2(O_CLOEXEC).unwrap();
            ok(zcall::splice(fd, None, w.as_fd(), None, 1, 0))
        }),
        ("splice(out)", |fd| {
            let (r, w) = zcall::pipe2(O_CLOEXEC).unwrap();
            zcall::write(w.as_fd(), b"x").unwrap();
            ok(zcall::splice(r.as_fd(), None, fd, None, 1, 0))
        }),
        ("tee", |fd| {
            let (_r, w) = zcall::pipe2(O_CLOEXEC).unwrap();
            ok(zcall::tee(fd, w.as_fd(), 1, 0))
        }),
        ("vmsplice", |fd| {
            // SAFETY: the buffer is only read; a bad fd fails before any transfer.
            ok(unsafe { zcall::vmsplice(fd, &[IoSlice::new(b"x")], 0) })
        }),
        ("mmap", |fd| {
            // SAFETY: a file mapping at a kernel-chosen address, of an fd that is not
            // mappable: it fails before mapping anything.
            ok(unsafe {
                zcall::mmap(
                    std::ptr::null_mut(),
                    4096,
                    PROT_READ,
                    MAP_SHARED,
                    Some(fd),
                    0,
                )
            })
        }),
        ("timerfd_settime", |fd| {
            zcall::timerfd_settime(fd, 0, &Itimerspec::default(), None)
        }),
        ("timerfd_gettime", |fd| {
            zcall::timerfd_gettime(fd, &mut Itimerspec::default())
        }),
        ("signalfd4_update", |fd| {
            zcall::signalfd4_update(fd, &Sigset::empty(), 0)
        }),
        ("eventfd_read", |fd| ok(zcall::eventfd_read(fd))),
        ("eventfd_write", |fd| zcall::eventfd_write(fd, 1)),
        ("timerfd_read", |fd| ok(zcall::timerfd_read(fd))),
        ("signalfd_read", |fd| {
            ok(zcall::signalfd_read(fd, &mut [Default::default()]))
        }),
        ("epoll_ctl(epfd)", |fd| {
            zcall::epoll_ctl_add(fd, fd, EpollEvent::new(EPOLLIN, 0))
        }),
        ("epoll_ctl(fd)", |fd| {
            let ep = zcall::epoll_create1(EPOLL_CLOEXEC).unwrap();
            zcall::epoll_ctl_add(ep.as_fd(), fd, EpollEvent::new(EPOLLIN, 0))
        }),
        ("epoll_pwait", |fd| {
            ok(zcall::epoll_pwait(
                fd,
                &mut [EpollEvent::default()],
                0,
                None,
            ))
        }),
        ("epoll_pwait2", |fd| {
            let zero = zcall::types::Timespec::new(0, 0);
            ok(zcall::epoll_pwait2(
                fd,
                &mut [EpollEvent::default()],
                Some(&zero),
                None,
            ))
        }),
        ("io_uring_register_ring_fd", |fd| {
            ok(zcall::io_uring_register_ring_fd(fd))
        }),
        ("pidfd_getfd", |fd| ok(zcall::pidfd_getfd(fd, 0, 0))),
        ("pidfd_send_signal", |fd| zcall::pidfd_send_signal(fd, 0, 0)),
        ("io_uring_enter", |fd| {
            // SAFETY: nothing is submitted; no argument pointer.
            ok(unsafe { zcall::io_uring_enter(fd, 0, 0, 0, std::ptr::null(), 0) })
        }),
        ("io_uring_register", |fd| {
            // SAFETY: opcode 0 with a null argument on a non-ring fd fails up front.
            ok(unsafe { zcall::io_uring_register(fd, 0, std::ptr::null_mut(), 0) })
        }),
    ];
    cases.into_iter().chain(socket_cases()).collect()
}

/// The wrappers that expect a socket.
fn socket_cases() -> Vec<FdCase> {
    vec![
        ("bind", |fd| {
            zcall::bind(fd, &SockaddrIn::new([127, 0, 0, 1], 0))
        }),
        ("connect", |fd| {
            zcall::connect(fd, &SockaddrIn::new([127, 0, 0, 1], 9))
        }),
        ("listen", |fd| zcall::listen(fd, 1)),
        ("accept", |fd| ok(zcall::accept(fd))),
        ("accept_with_addr", |fd| {
            ok(zcall::accept_with_addr(fd, &mut SockaddrStorage::default()))
        }),
        ("accept4", |fd| ok(zcall::accept4(fd, SOCK_CLOEXEC))),
        ("accept4_with_addr", |fd| {
            ok(zcall::accept4_with_addr(
                fd,
                &mut SockaddrStorage::default(),
                0,
            ))
        }),
        ("shutdown", |fd| zcall::shutdown(fd, SHUT_RDWR)),
        ("setsockopt", |fd| {
            // SAFETY: an int value holds no address.
            unsafe { zcall::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &1i32) }
        }),
        ("setsockopt_int", |fd| {
            zcall::setsockopt_int(fd, SOL_SOCKET, SO_REUSEADDR, 1)
        }),
        ("getsockopt", |fd| {
            // SAFETY: SO_TYPE reads nothing from the buffer.
            ok(unsafe { zcall::getsockopt(fd, SOL_SOCKET, SO_TYPE, &mut [0u8; 4]) })
        }),
        ("getsockopt_int", |fd| {
            ok(zcall::getsockopt_int(fd, SOL_SOCKET, SO_TYPE))
        }),
        ("getsockname", |fd| {
            ok(zcall::getsockname(fd, &mut SockaddrStorage::default()))
        }),
        ("getpeername", |fd| {
            ok(zcall::getpeername(fd, &mut SockaddrStorage::default()))
        }),
        ("send", |fd| ok(zcall::send(fd, b"x", 0))),
        ("recv", |fd| ok(zcall::recv(fd, &mut [0u8; 4], 0))),
        ("setsockopt_timeout", |fd| {
            zcall::setsockopt_timeout(fd, zcall::SockTimeout::Recv, &Default::default())
        }),
        ("getsockopt_timeout", |fd| {
            ok(zcall::getsockopt_timeout(fd, zcall::SockTimeout::Send))
        }),
        ("setsockopt_linger", |fd| {
            zcall::setsockopt_linger(fd, &Default::default())
        }),
        ("getsockopt_linger", |fd| ok(zcall::getsockopt_linger(fd))),
        ("sendto", |fd| {
            ok(zcall::sendto(
                fd,
                b"x",
                0,
                &SockaddrIn::new([127, 0, 0, 1], 9),
            ))
        }),
        ("recvfrom", |fd| {
            ok(zcall::recvfrom(fd, &mut [0u8; 4], MSG_DONTWAIT, None))
        }),
        ("recvfrom(addr)", |fd| {
            let mut from = SockaddrStorage::default();
            ok(zcall::recvfrom(
                fd,
                &mut [0u8; 4],
                MSG_DONTWAIT,
                Some(&mut from),
            ))
        }),
        ("sendmsg", |fd| {
            let mut byte = [b'x'];
            let mut iov = [Iovec::from_mut_slice(&mut byte)];
            let msg = Msghdr {
                msg_iov: iov.as_mut_ptr(),
                msg_iovlen: 1,
                ..Msghdr::default()
            };
            // SAFETY: the msghdr points at one live one-byte buffer.
            ok(unsafe { zcall::sendmsg(fd, &msg, MSG_DONTWAIT) })
        }),
        ("recvmsg", |fd| {
            let mut byte = [0u8];
            let mut iov = [Iovec::from_mut_slice(&mut byte)];
            let mut msg = Msghdr {
                msg_iov: iov.as_mut_ptr(),
                msg_iovlen: 1,
                ..Msghdr::default()
            };
            // SAFETY: the msghdr points at one live, writable one-byte buffer.
            ok(unsafe { zcall::recvmsg(fd, &mut msg, MSG_DONTWAIT) })
        }),
        ("sendmmsg", |fd| {
            let mut byte = [b'x'];
            let mut iov = [Iovec::from_mut_slice(&mut byte)];
            let mut msgs = [Mmsghdr::default()];
            msgs[0].msg_hdr.msg_iov = iov.as_mut_ptr();
            msgs[0].msg_hdr.msg_iovlen = 1;
            // SAFETY: one message pointing at a live one-byte buffer.
            ok(unsafe { zcall::sendmmsg(fd, &mut msgs, MSG_DONTWAIT) })
        }),
        ("recvmmsg", |fd| {
            let mut byte = [0u8];
            let mut iov = [Iovec::from_mut_slice(&mut byte)];
            let mut msgs = [Mmsghdr::default()];
            msgs[0].msg_hdr.msg_iov = iov.as_mut_ptr();
            msgs[0].msg_hdr.msg_iovlen = 1;
            // SAFETY: one message pointing at a live, writable one-byte buffer.
            ok(unsafe { zcall::recvmmsg(fd, &mut msgs, MSG_DONTWAIT, None) })
        }),
    ]
}

#[test]
fn every_fd_taking_wrapper_reports_ebadf_for_a_closed_fd() {
    let Some(fd) = closed_fd() else {
        eprintln!(
            "SKIP every_fd_taking_wrapper_reports_ebadf_for_a_closed_fd: RLIMIT_NOFILE below \
             128 leaves no number far above the fds in use"
        );
        return;
    };
    // SAFETY: deliberately a closed number: the point of the test is that the kernel
    // rejects it; nothing is read or written through it.
    let bad = unsafe { BorrowedFd::borrow_raw(fd) };
    let mut wrong = Vec::new();
    let cases = fd_cases();
    for (name, call) in &cases {
        let r = call(bad);
        if common::qemu_32_bit_gap(name, &r) {
            continue;
        }
        if r == Err(Errno::ENOSYS) && common::under_qemu() {
            // qemu-user 7.2 does not emulate preadv2/pwritev2/io_uring_enter.
            eprintln!("SKIP {name}: ENOSYS under qemu-user");
            continue;
        }
        if r != Err(Errno::EBADF) {
            wrong.push(format!("{name}: {r:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "expected EBADF from every wrapper:\n{}",
        wrong.join("\n")
    );
    eprintln!("{} fd-taking wrappers checked for EBADF", cases.len());
}

#[test]
fn every_socket_wrapper_reports_enotsock_for_a_pipe() {
    let (r, _w) = zcall::pipe2(O_CLOEXEC | O_NONBLOCK).unwrap();
    let mut wrong = Vec::new();
    let cases = socket_cases();
    for (name, call) in &cases {
        let got = call(r.as_fd());
        if common::qemu_32_bit_gap(name, &got) {
            continue;
        }
        if got != Err(Errno::ENOTSOCK) {
            wrong.push(format!("{name}: {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "expected ENOTSOCK:\n{}", wrong.join("\n"));
    eprintln!("{} socket wrappers checked for ENOTSOCK", cases.len());
}

#[test]
fn every_pointer_taking_unsafe_fn_reports_efault_for_an_inaccessible_page() {
    let page = common::NoAccessPage::new();
    let bad = page.ptr();
    let (r, w) = zcall::pipe2(O_CLOEXEC | O_NONBLOCK).unwrap();
    zcall::write(w.as_fd(), b"data").unwrap();
    let (a, b) = zcall::socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0).unwrap();
    zcall::write(a.as_fd(), b"dgram").unwrap();
    let bad_iov = [Iovec {
        iov_base: bad,
        iov_len: 4,
    }];
    let pidfd = zcall::pidfd_open(zcall::getpid() as i32, 0);
    let pidfd = if common::skip_on_enosys(
        "every_pointer_taking_unsafe_fn_reports_efault_for_an_inaccessible_page \
         (pidfd_send_signal_info)",
        &common::PIDFD_OPEN,
        &pidfd,
    ) {
        None
    } else {
        Some(pidfd.expect("pidfd_open"))
    };
    // SAFETY (all below): every pointer is either valid or the PROT_NONE page; the kernel
    // validates user addresses and returns EFAULT instead of faulting.
    let mut results: Vec<(&str, Result<(), Errno>)> = unsafe {
        vec![
            ("sendmsg(iov)", {
                let msg = Msghdr {
                    msg_iov: bad_iov.as_ptr() as *mut Iovec,
                    msg_iovlen: 1,
                    ..Msghdr::default()
                };
                ok(zcall::sendmsg(a.as_fd(), &msg, MSG_DONTWAIT))
            }),
            ("recvmsg(iov)", {
                let mut msg = Msghdr {
                    msg_iov: bad_iov.as_ptr() as *mut Iovec,
                    msg_iovlen: 1,
                    ..Msghdr::default()
                };
                ok(zcall::recvmsg(b.as_fd(), &mut msg, MSG_DONTWAIT))
            }),
            ("recvmsg(msghdr.iov array)", {
                let mut msg = Msghdr {
                    msg_iov: bad as *mut Iovec,
                    msg_iovlen: 1,
                    ..Msghdr::default()
                };
                ok(zcall::recvmsg(b.as_fd(), &mut msg, MSG_DONTWAIT))
            }),
            ("vmsplice", {
                let slices: &[IoSlice<'_>] =
                    std::slice::from_raw_parts(bad_iov.as_ptr() as *const IoSlice<'_>, 1);
                ok(zcall::vmsplice(w.as_fd(), slices, SPLICE_F_NONBLOCK))
            }),
            ("sendmmsg(msg_iov array)", {
                let mut msgs = [Mmsghdr::default()];
                msgs[0].msg_hdr.msg_iov = bad as *mut Iovec;
                msgs[0].msg_hdr.msg_iovlen = 1;
                ok(zcall::sendmmsg(a.as_fd(), &mut msgs, MSG_DONTWAIT))
            }),
            ("sendmmsg(msg_name)", {
                let mut byte = [b'x'];
                let mut iov = [Iovec::from_mut_slice(&mut byte)];
                let mut msgs = [Mmsghdr::default()];
                msgs[0].msg_hdr.msg_name = bad.cast();
                msgs[0].msg_hdr.msg_namelen = 16;
                msgs[0].msg_hdr.msg_iov = iov.as_mut_ptr();
                msgs[0].msg_hdr.msg_iovlen = 1;
                ok(zcall::sendmmsg(a.as_fd(), &mut msgs, MSG_DONTWAIT))
            }),
            ("recvmmsg(msg_iov array)", {
                let mut msgs = [Mmsghdr::default()];
                msgs[0].msg_hdr.msg_iov = bad as *mut Iovec;
                msgs[0].msg_hdr.msg_iovlen = 1;
                ok(zcall::recvmmsg(b.as_fd(), &mut msgs, MSG_DONTWAIT, None))
            }),
        ]
    };
    if let Some(pidfd) = &pidfd {
        results.push((
            "pidfd_send_signal_info",
            // SAFETY: as above; signal 0 is only checked, and the copy fails first.
            unsafe { zcall::pidfd_send_signal_info(pidfd.as_fd(), 0, bad as *const _, 0) },
        ));
    }
    let wrong: Vec<_> = results
        .iter()
        .filter(|(n, r)| *r != Err(Errno::EFAULT) && !common::qemu_32_bit_gap(n, r))
        .map(|(n, r)| format!("{n}: {r:?}"))
        .collect();
    assert!(wrong.is_empty(), "expected EFAULT:\n{}", wrong.join("\n"));
    // The failed vmsplice put nothing into the pipe: only the 4 bytes written before.
    // (A unix datagram whose copy-out faults is dropped by the kernel, so the socketpair
    // is not checked the same way.)
    let mut buf = [0u8; 8];
    assert_eq!(zcall::read(r.as_fd(), &mut buf), Ok(4));
    assert_eq!(&buf[..4], b"data");
}

/// The syscall primitives, each through a call whose pointer argument is the PROT_NONE
/// page: the decoded form says EFAULT, the raw form holds `-EFAULT` undecoded.
#[test]
fn every_syscall_primitive_reports_efault_for_an_inaccessible_page() {
    use zcall::nr;
    let page = common::NoAccessPage::new();
    let bad = page.ptr() as usize;
    let (r, w) = zcall::pipe2(O_CLOEXEC | O_NONBLOCK).unwrap();
    zcall::write(w.as_fd(), b"data").unwrap();
    let (a, _b) = zcall::socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0).unwrap();
    let mut statx_buf = [0u64; 32]; // struct statx: 256 bytes
    let statx_out = statx_buf.as_mut_ptr() as usize;
    let (rfd, afd) = (r.as_raw_fd() as usize, a.as_raw_fd() as usize);
    type Row<'a> = (&'a str, Result<usize, Errno>, zcall::RawResult);
    // SAFETY (all rows): every pointer argument is the PROT_NONE page (the kernel's copy
    // from or to it fails with EFAULT before the call has any effect) or, for statx's
    // output, a live 256-byte local; every fd is one of ours.
    let rows: Vec<Row<'_>> = unsafe {
        vec![
            (
                "syscall1: uname(bad)",
                zcall::syscall1(nr::UNAME, bad),
                zcall::syscall1_raw(nr::UNAME, bad),
            ),
            (
                "syscall2: clock_gettime(CLOCK_MONOTONIC, bad)",
                zcall::syscall2(common::CLOCK_GETTIME, CLOCK_MONOTONIC as usize, bad),
                zcall::syscall2_raw(common::CLOCK_GETTIME, CLOCK_MONOTONIC as usize, bad),
            ),
            (
                "syscall3: read(pipe, bad, 4)",
                zcall::syscall3(nr::READ, rfd, bad, 4),
                zcall::syscall3_raw(nr::READ, rfd, bad, 4),
            ),
            (
                "syscall4: rt_sigprocmask(SIG_BLOCK, bad, NULL, Sigset::SIZE)",
                zcall::syscall4(
                    nr::RT_SIGPROCMASK,
                    SIG_BLOCK as usize,
                    bad,
                    0,
                    zcall::types::Sigset::SIZE,
                ),
                zcall::syscall4_raw(
                    nr::RT_SIGPROCMASK,
                    SIG_BLOCK as usize,
                    bad,
                    0,
                    zcall::types::Sigset::SIZE,
                ),
            ),
            (
                "syscall5: statx(AT_FDCWD, bad, 0, STATX_ALL, buf)",
                zcall::syscall5(nr::STATX, AT_FDCWD as usize, bad, 0, 0xfff, statx_out),
                zcall::syscall5_raw(nr::STATX, AT_FDCWD as usize, bad, 0, 0xfff, statx_out),
            ),
            (
                "syscall6: sendto(socket, bad, 4, 0, NULL, 0)",
                zcall::syscall6(nr::SENDTO, afd, bad, 4, 0, 0, 0),
                zcall::syscall6_raw(nr::SENDTO, afd, bad, 4, 0, 0, 0),
            ),
        ]
    };
    // -errno, or the errno itself where a flag reports the failure (PowerPC's cr0.SO,
    // mips64's $7)
    let efault_word = if cfg!(any(
        target_arch = "powerpc",
        target_arch = "powerpc64",
        target_arch = "mips64"
    )) {
        Errno::EFAULT.raw() as usize
    } else {
        (-(Errno::EFAULT.raw() as isize)) as usize
    };
    let mut wrong = Vec::new();
    for (name, decoded, raw) in &rows {
        if *decoded != Err(Errno::EFAULT) {
            wrong.push(format!("{name}: decoded {decoded:?}"));
        }
        if !raw.is_err() || raw.word() != efault_word || raw.decode() != Err(Errno::EFAULT) {
            wrong.push(format!(
                "{name}: raw word {:#x}, is_err {}, decode {:?}",
                raw.word(),
                raw.is_err(),
                raw.decode()
            ));
        }
    }
    assert!(wrong.is_empty(), "expected EFAULT:\n{}", wrong.join("\n"));
    // The failed reads consumed nothing.
    let mut buf = [0u8; 8];
    assert_eq!(zcall::read(r.as_fd(), &mut buf), Ok(4));
    assert_eq!(&buf[..4], b"data");
    eprintln!("{} syscall primitives checked for EFAULT", 2 * rows.len());
}

#[test]
fn flags_the_kernel_rejects_are_einval() {
    const BAD: i32 = 1 << 29;
    let name = c"zcall";
    // Two pipes, the source holding a byte: with the flag lost, splice and tee would move
    // it (Ok(1)) rather than fail for any other reason, or wait.
    let (src_r, src_w) = zcall::pipe2(O_CLOEXEC | O_NONBLOCK).unwrap();
    let (dst_r, dst_w) = zcall::pipe2(O_CLOEXEC | O_NONBLOCK).unwrap();
    zcall::write(src_w.as_fd(), b"s").unwrap();
    // A non-blocking listening socket with nothing pending: with the flag lost, accept4
    // would say EAGAIN.
    let listener = zcall::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0).unwrap();
    zcall::bind(listener.as_fd(), &SockaddrIn::new([127, 0, 0, 1], 0)).unwrap();
    zcall::listen(listener.as_fd(), 1).unwrap();
    let (s, _t) = zcall::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0).unwrap();
    let results: Vec<(&str, Result<(), Errno>)> = vec![
        ("pipe2", ok(zcall::pipe2(BAD))),
        ("eventfd2", ok(zcall::eventfd2(0, BAD))),
        (
            "timerfd_create",
            ok(zcall::timerfd_create(CLOCK_MONOTONIC, BAD)),
        ),
        ("signalfd4", ok(zcall::signalfd4(&Sigset::empty(), BAD))),
        ("epoll_create1", ok(zcall::epoll_create1(BAD))),
        ("memfd_create", ok(zcall::memfd_create(name, BAD as u32))),
        (
            "socket(type)",
            ok(zcall::socket(AF_INET, SOCK_STREAM | BAD, 0)),
        ),
        (
            "socketpair(type)",
            ok(zcall::socketpair(AF_UNIX, SOCK_STREAM | BAD, 0)),
        ),
        ("accept4", ok(zcall::accept4(listener.as_fd(), BAD))),
        (
            "splice",
            ok(zcall::splice(
                src_r.as_fd(),
                None,
                dst_w.as_fd(),
                None,
                1,
                BAD as u32,
            )),
        ),
        (
            "tee",
            ok(zcall::tee(src_r.as_fd(), dst_w.as_fd(), 1, BAD as u32)),
        ),
        ("shutdown(how)", zcall::shutdown(s.as_fd(), 7)),
        (
            "rt_sigprocmask(how)",
            zcall::rt_sigprocmask(99, Some(&Sigset::empty()), None),
        ),
        ("kill(sig)", zcall::kill(zcall::getpid() as i32, 1000)),
        ("mmap(no MAP_PRIVATE/SHARED)", {
            // SAFETY: rejected before mapping anything.
            ok(unsafe {
                zcall::mmap(
                    std::ptr::null_mut(),
                    4096,
                    PROT_READ,
                    MAP_ANONYMOUS,
                    None,
                    0,
                )
            })
        }),
    ];
    // qemu-user 7.2 translates the flags of these calls itself and drops unknown bits
    // instead of passing them to the kernel: the call then succeeds (accept4 on the empty
    // non-blocking listener: EAGAIN).
    const QEMU_MASKS: &[(&str, Result<(), Errno>)] = &[
        ("pipe2", Ok(())),
        ("epoll_create1", Ok(())),
        ("timerfd_create", Ok(())),
        ("socket(type)", Ok(())),
        ("socketpair(type)", Ok(())),
        ("accept4", Err(Errno::EAGAIN)),
    ];
    let wrong: Vec<_> = results
        .iter()
        .filter(|(n, r)| {
            if common::under_qemu() && QEMU_MASKS.contains(&(n, *r)) {
                eprintln!("SKIP {n}: qemu-user drops unknown flags ({r:?})");
                return false;
            }
            *r != Err(Errno::EINVAL)
        })
        .map(|(n, r)| format!("{n}: {r:?}"))
        .collect();
    assert!(wrong.is_empty(), "expected EINVAL:\n{}", wrong.join("\n"));
    // The refused splice and tee moved nothing: the byte is still in the source, and the
    // destination is empty.
    let mut byte = [0u8; 2];
    assert_eq!(zcall::read(dst_r.as_fd(), &mut byte), Err(Errno::EAGAIN));
    assert_eq!(zcall::read(src_r.as_fd(), &mut byte), Ok(1));
    // pidfd_open: EINVAL where the kernel has it.
    let r = zcall::pidfd_open(zcall::getpid() as i32, BAD as u32);
    if !common::skip_on_enosys(
        "flags_the_kernel_rejects_are_einval (pidfd_open)",
        &common::PIDFD_OPEN,
        &r,
    ) {
        assert_eq!(r.map(|_| ()), Err(Errno::EINVAL), "pidfd_open");
    }
    // preadv2 rejects unknown RWF_ flags with EOPNOTSUPP (kiocb_set_rw_flags).
    let mfd = zcall::memfd_create(name, 0).unwrap();
    let r2 = zcall::preadv2(
        mfd.as_fd(),
        &mut [IoSliceMut::new(&mut [0u8; 1])],
        0,
        1 << 30,
    );
    if !common::skip_on_enosys(
        "flags_the_kernel_rejects_are_einval (preadv2)",
        &common::PREADV2,
        &r2,
    ) {
        assert_eq!(r2, Err(Errno::EOPNOTSUPP), "preadv2");
    }
    let _: &OwnedFd = &mfd;
}
