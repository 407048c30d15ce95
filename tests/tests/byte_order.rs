//! Byte order of the structs that carry one, as bytes in memory and as the kernel reads
//! them: socket addresses (port and address in network order, the family and scope id in
//! the host's) and netlink messages (every field in the host's order). Each layout is
//! written out byte by byte for big-endian targets (s390x, powerpc), the little-endian
//! one derived by reversing each multi-byte field, so a field stored in the wrong order
//! fails on the targets of either kind.
#![cfg(target_os = "linux")]

use std::os::fd::{AsFd, AsRawFd, FromRawFd, OwnedFd};

use zcall::consts::*;
use zcall::types::{SockaddrIn, SockaddrIn6, SockaddrStorage};
use zcall::{LinkDump, NetlinkError};

/// The bytes of `fields` (each written big-endian) in the target's order: as written on a
/// big-endian target, each field reversed on a little-endian one. Single bytes and byte
/// strings go in as fields of one byte each.
fn host_order(fields: &[&[u8]]) -> Vec<u8> {
    let mut out = Vec::new();
    for f in fields {
        if cfg!(target_endian = "big") {
            out.extend_from_slice(f);
        } else {
            out.extend(f.iter().rev());
        }
    }
    out
}

/// The memory of a plain-data value.
fn bytes_of<T: Copy>(v: &T) -> Vec<u8> {
    // SAFETY: `v` is a live, initialized `T` of plain integer fields without padding (the
    // types below), readable for `size_of::<T>()` bytes.
    unsafe { std::slice::from_raw_parts(v as *const T as *const u8, std::mem::size_of::<T>()) }
        .to_vec()
}

#[test]
fn sockaddr_in_holds_the_port_and_address_in_network_order() {
    let a = SockaddrIn::new([127, 0, 0, 1], 0x1234);
    let mut want = host_order(&[&[0, 2]]); // sin_family AF_INET: host order
    want.extend_from_slice(&[0x12, 0x34]); // sin_port: network order on every target
    want.extend_from_slice(&[127, 0, 0, 1]); // sin_addr: the octets in order
    want.extend_from_slice(&[0; 8]);
    assert_eq!(bytes_of(&a), want);
    assert_eq!(AF_INET, 2);
    let port_word = if cfg!(target_endian = "big") {
        0x1234
    } else {
        0x3412
    };
    assert_eq!(a.sin_port, port_word, "the u16 that holds the port");
    assert_eq!((a.port(), a.ip()), (0x1234, [127, 0, 0, 1]));
    // libc's own encoding of the same address has the same bytes.
    let l = libc::sockaddr_in {
        sin_family: libc::AF_INET as libc::sa_family_t,
        sin_port: 0x1234u16.to_be(),
        sin_addr: libc::in_addr {
            s_addr: u32::from_be_bytes([127, 0, 0, 1]).to_be(),
        },
        sin_zero: [0; 8],
    };
    assert_eq!(bytes_of(&l), want);
}

#[test]
fn sockaddr_in6_holds_the_port_in_network_order_and_the_scope_in_host_order() {
    let ip = [
        0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x12, 0x34,
    ];
    let mut a = SockaddrIn6::new(ip, 0xabcd);
    a.sin6_scope_id = 0x0102_0304;
    let mut want = host_order(&[&[0, 10]]); // sin6_family AF_INET6
    want.extend_from_slice(&[0xab, 0xcd]); // sin6_port
    want.extend_from_slice(&[0, 0, 0, 0]); // sin6_flowinfo
    want.extend_from_slice(&ip);
    want.extend(host_order(&[&[1, 2, 3, 4]])); // sin6_scope_id: host order
    assert_eq!(bytes_of(&a), want);
    assert_eq!(AF_INET6, 10);
    assert_eq!((a.port(), a.ip()), (0xabcd, ip));
}

/// A UDP socket of libc's, bound to 127.0.0.1 on a port the kernel picks, and that port as
/// libc reads it (`ntohs`).
fn libc_udp() -> (OwnedFd, u16) {
    // zcall's socket type, not libc's: libc 0.2.191 has the generic SOCK_DGRAM (2, MIPS's
    // SOCK_STREAM) on mips64 (see abi_libc's `libc_mips64` exceptions).
    // SAFETY: plain socket creation; the new fd is owned below.
    let fd = unsafe { libc::socket(libc::AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0) };
    assert!(fd >= 0, "socket: {}", std::io::Error::last_os_error());
    // SAFETY: `fd` is a new descriptor nothing else owns.
    let fd = unsafe { OwnedFd::from_raw_fd(fd) };
    let mut a = libc::sockaddr_in {
        sin_family: libc::AF_INET as libc::sa_family_t,
        sin_port: 0,
        sin_addr: libc::in_addr {
            s_addr: u32::from_be_bytes([127, 0, 0, 1]).to_be(),
        },
        sin_zero: [0; 8],
    };
    let mut len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
    // SAFETY: `a` is a valid sockaddr_in of `len` bytes, live for both calls.
    unsafe {
        let p = &mut a as *mut libc::sockaddr_in as *mut libc::sockaddr;
        assert_eq!(libc::bind(fd.as_raw_fd(), p, len), 0, "bind");
        assert_eq!(
            libc::getsockname(fd.as_raw_fd(), p, &mut len),
            0,
            "getsockname"
        );
    }
    (fd, u16::from_be(a.sin_port))
}

#[test]
fn the_kernel_reads_zcalls_port_and_address_as_libc_writes_them() {
    // zcall's address of libc's socket reaches it: the kernel read the port and address
    // bytes as libc wrote them.
    let (rx, port) = libc_udp();
    let tx = zcall::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0).expect("socket");
    let to = SockaddrIn::new([127, 0, 0, 1], port);
    assert_eq!(zcall::sendto(tx.as_fd(), b"be", 0, &to), Ok(2));
    let mut buf = [0u8; 8];
    // SAFETY: `buf` is writable for its length; the fd is ours.
    let n = unsafe { libc::recv(rx.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len(), 0) };
    assert_eq!(n, 2);
    assert_eq!(&buf[..2], b"be");
    // And the other way: the kernel's address of a zcall socket, read through zcall, is the
    // port libc's getsockname reports.
    let tx = zcall::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0).expect("socket");
    zcall::bind(tx.as_fd(), &SockaddrIn::new([127, 0, 0, 1], 0)).expect("bind");
    let mut st = SockaddrStorage::default();
    zcall::getsockname(tx.as_fd(), &mut st).expect("getsockname");
    let ours = zcall::to_sockaddr_in(&st).expect("AF_INET");
    let mut l: libc::sockaddr_in =
        // SAFETY: all-zero is a valid sockaddr_in.
        unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
    // SAFETY: `l` is a writable sockaddr_in of `len` bytes.
    let r = unsafe {
        libc::getsockname(
            tx.as_raw_fd(),
            &mut l as *mut libc::sockaddr_in as *mut libc::sockaddr,
            &mut len,
        )
    };
    assert_eq!(r, 0);
    assert_ne!(ours.port(), 0);
    assert_eq!(ours.port(), u16::from_be(l.sin_port));
    assert_eq!(ours.ip(), [127, 0, 0, 1]);
    assert_eq!(bytes_of(&ours)[2..4], ours.port().to_be_bytes());
}

/// The reader's sequence number and port in the crafted reply.
const SEQ: u32 = 77;
const PORT: u32 = 0x1234;

#[test]
fn netlink_fields_are_read_in_host_order() {
    assert_eq!(
        (RTM_NEWLINK, NLMSG_DONE, NLM_F_MULTI, IFLA_IFNAME, IFLA_MTU),
        (16, 3, 2, 3, 4)
    );
    // RTM_NEWLINK of `lo`, written field by field (big-endian spelling).
    let newlink = host_order(&[
        &[0, 0, 0, 48],      // nlmsg_len: 16 + 16 + 8 + 8
        &[0, 16],            // nlmsg_type RTM_NEWLINK
        &[0, 2],             // nlmsg_flags NLM_F_MULTI
        &[0, 0, 0, 77],      // nlmsg_seq
        &[0, 0, 0x12, 0x34], // nlmsg_pid
        &[0],                // ifi_family
        &[0],                // pad
        &[0x03, 0x04],       // ifi_type ARPHRD_LOOPBACK (772)
        &[0, 0, 0, 1],       // ifi_index
        &[0, 0, 0, 0x49],    // ifi_flags UP | LOOPBACK | RUNNING
        &[0, 0, 0, 0],       // ifi_change
        &[0, 7],             // rta_len: IFLA_IFNAME "lo\0"
        &[0, 3],             // rta_type
        b"l",
        b"o",
        &[0],
        &[0],                // padding to 4
        &[0, 8],             // rta_len: IFLA_MTU
        &[0, 4],             // rta_type
        &[0, 0, 0x05, 0xdc], // 1500
    ]);
    let done = host_order(&[
        &[0, 0, 0, 20],
        &[0, 3], // NLMSG_DONE
        &[0, 2],
        &[0, 0, 0, 77],
        &[0, 0, 0x12, 0x34],
        &[0, 0, 0, 0], // the dump's result: 0
    ]);
    let (tx, rx) =
        zcall::socketpair(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0).unwrap();
    let reply = [newlink, done].concat();
    assert_eq!(zcall::send(tx.as_fd(), &reply, 0), Ok(reply.len()));
    let mut buf = vec![0u8; 4096];
    let mut dump = LinkDump::new(rx.as_fd(), SEQ, PORT, &mut buf);
    let link = dump
        .next()
        .expect("one link")
        .unwrap_or_else(|e: NetlinkError| panic!("{e}"));
    assert_eq!(link.index(), 1);
    assert_eq!(link.name_bytes(), b"lo");
    assert_eq!(link.mtu(), 1500);
    assert_eq!(link.link_type(), 772);
    assert_eq!(link.flags(), 0x49);
    assert_eq!(dump.next(), None);
    assert!(dump.is_done());
    // The request zcall writes: the same spelling.
    let r = zcall::link_dump_request(0x0102_0304);
    let want = host_order(&[
        &[0, 0, 0, 32],
        &[0, 18], // RTM_GETLINK
        &[3, 1],  // NLM_F_REQUEST | NLM_F_DUMP (0x301)
        &[1, 2, 3, 4],
        &[0, 0, 0, 0],
    ]);
    assert_eq!((RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP), (18, 0x301));
    assert_eq!(&r[..16], &want[..]);
}
