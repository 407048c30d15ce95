//! Linux constants for x86_64, aarch64, riscv64 and loongarch64.
//!
//! Values are the kernel's UAPI values (the kernel headers are the source of
//! truth); each family names the header it comes from. aarch64, riscv64 and
//! loongarch64 take most of their values from `include/uapi/asm-generic/*`,
//! x86_64 from `arch/x86/include/uapi/asm/*` (which mostly includes the generic
//! ones). Where an architecture differs, the constant has one
//! `#[cfg(target_arch = "...")]` row per value.
//!
//! Types follow the `libc` crate's type for the same constant (mostly `i32` for
//! C `int`, `u32` for `unsigned int`, `i16` for `short`), except io_uring, whose
//! types follow the kernel struct field they are stored in.

// --- AF_ (address families) --- glibc `bits/socket.h` (`PF_*`); the kernel's
// copy is the non-UAPI `include/linux/socket.h`.

/// Unspecified address family.
pub const AF_UNSPEC: i32 = 0;
/// Local (Unix-domain) sockets.
pub const AF_UNIX: i32 = 1;
/// POSIX name for `AF_UNIX`.
pub const AF_LOCAL: i32 = 1;
/// IPv4.
pub const AF_INET: i32 = 2;
/// Linux bridge.
pub const AF_BRIDGE: i32 = 7;
/// IPv6.
pub const AF_INET6: i32 = 10;
/// PF_KEY key management API.
pub const AF_KEY: i32 = 15;
/// Netlink.
pub const AF_NETLINK: i32 = 16;
/// Raw packet sockets.
pub const AF_PACKET: i32 = 17;
/// Reliable Datagram Sockets.
pub const AF_RDS: i32 = 21;
/// Controller Area Network.
pub const AF_CAN: i32 = 29;
/// TIPC sockets.
pub const AF_TIPC: i32 = 30;
/// Bluetooth sockets.
pub const AF_BLUETOOTH: i32 = 31;
/// Kernel crypto API sockets.
pub const AF_ALG: i32 = 38;
/// vSockets (VM sockets).
pub const AF_VSOCK: i32 = 40;
/// Kernel Connection Multiplexor.
pub const AF_KCM: i32 = 41;
/// XDP (express data path) sockets.
pub const AF_XDP: i32 = 44;
/// Management Component Transport Protocol.
pub const AF_MCTP: i32 = 45;

// --- SOCK_ (socket types and socket()/socketpair()/accept4() flags) ---
// glibc `bits/socket_type.h`; kernel `include/linux/net.h` (`enum sock_type`),
// SOCK_NONBLOCK/SOCK_CLOEXEC = O_NONBLOCK/O_CLOEXEC (same on all four arches). mips64:
// `arch/mips/include/asm/socket.h` (Linux 6.1.192, `ARCH_HAS_SOCKET_TYPES`) swaps
// SOCK_DGRAM 1 and SOCK_STREAM 2, and its O_NONBLOCK is 0x80 (glibc's mips
// `bits/socket_type.h` agrees).

/// Byte stream socket.
#[cfg(not(target_arch = "mips64"))]
pub const SOCK_STREAM: i32 = 1;
/// Byte stream socket.
#[cfg(target_arch = "mips64")]
pub const SOCK_STREAM: i32 = 2;
/// Datagram socket.
#[cfg(not(target_arch = "mips64"))]
pub const SOCK_DGRAM: i32 = 2;
/// Datagram socket.
#[cfg(target_arch = "mips64")]
pub const SOCK_DGRAM: i32 = 1;
/// Raw protocol interface.
pub const SOCK_RAW: i32 = 3;
/// Reliably-delivered messages.
pub const SOCK_RDM: i32 = 4;
/// Sequenced packet socket.
pub const SOCK_SEQPACKET: i32 = 5;
/// Datagram Congestion Control Protocol socket.
pub const SOCK_DCCP: i32 = 6;
/// Obsolete Linux-specific packet socket type.
pub const SOCK_PACKET: i32 = 10;
/// Set `O_NONBLOCK` on the new socket (or-ed into the type argument).
#[cfg(not(target_arch = "mips64"))]
pub const SOCK_NONBLOCK: i32 = 0o4000;
/// Set `O_NONBLOCK` on the new socket (or-ed into the type argument).
#[cfg(target_arch = "mips64")]
pub const SOCK_NONBLOCK: i32 = O_NONBLOCK;
/// Set `FD_CLOEXEC` on the new socket (or-ed into the type argument).
pub const SOCK_CLOEXEC: i32 = 0o2000000;

// --- IPPROTO_ --- `include/uapi/linux/in.h` (enum), `include/uapi/linux/in6.h`.

/// Dummy protocol / default for the socket type.
pub const IPPROTO_IP: i32 = 0;
/// IPv6 hop-by-hop options header.
pub const IPPROTO_HOPOPTS: i32 = 0;
/// Internet Control Message Protocol.
pub const IPPROTO_ICMP: i32 = 1;
/// Internet Group Management Protocol.
pub const IPPROTO_IGMP: i32 = 2;
/// IPIP tunnels.
pub const IPPROTO_IPIP: i32 = 4;
/// Transmission Control Protocol.
pub const IPPROTO_TCP: i32 = 6;
/// Exterior Gateway Protocol.
pub const IPPROTO_EGP: i32 = 8;
/// PUP protocol.
pub const IPPROTO_PUP: i32 = 12;
/// User Datagram Protocol.
pub const IPPROTO_UDP: i32 = 17;
/// XNS IDP protocol.
pub const IPPROTO_IDP: i32 = 22;
/// SO Transport Protocol Class 4.
pub const IPPROTO_TP: i32 = 29;
/// Datagram Congestion Control Protocol.
pub const IPPROTO_DCCP: i32 = 33;
/// IPv6 (also the IPv6 socket-option level).
pub const IPPROTO_IPV6: i32 = 41;
/// IPv6 routing header.
pub const IPPROTO_ROUTING: i32 = 43;
/// IPv6 fragmentation header.
pub const IPPROTO_FRAGMENT: i32 = 44;
/// RSVP protocol.
pub const IPPROTO_RSVP: i32 = 46;
/// Generic Routing Encapsulation.
pub const IPPROTO_GRE: i32 = 47;
/// Encapsulating Security Payload.
pub const IPPROTO_ESP: i32 = 50;
/// Authentication Header.
pub const IPPROTO_AH: i32 = 51;
/// ICMPv6.
pub const IPPROTO_ICMPV6: i32 = 58;
/// IPv6 "no next header".
pub const IPPROTO_NONE: i32 = 59;
/// IPv6 destination options header.
pub const IPPROTO_DSTOPTS: i32 = 60;
/// Multicast Transport Protocol.
pub const IPPROTO_MTP: i32 = 92;
/// IP option pseudo header for BEET.
pub const IPPROTO_BEETPH: i32 = 94;
/// Encapsulation header.
pub const IPPROTO_ENCAP: i32 = 98;
/// Protocol Independent Multicast.
pub const IPPROTO_PIM: i32 = 103;
/// Compression Header Protocol.
pub const IPPROTO_COMP: i32 = 108;
/// Layer 2 Tunnelling Protocol.
pub const IPPROTO_L2TP: i32 = 115;
/// Stream Control Transmission Protocol.
pub const IPPROTO_SCTP: i32 = 132;
/// IPv6 mobility header.
pub const IPPROTO_MH: i32 = 135;
/// UDP-Lite.
pub const IPPROTO_UDPLITE: i32 = 136;
/// MPLS in IP.
pub const IPPROTO_MPLS: i32 = 137;
/// Ethernet-within-IPv6 encapsulation.
pub const IPPROTO_ETHERNET: i32 = 143;
/// Raw IP packets.
pub const IPPROTO_RAW: i32 = 255;
/// Multipath TCP.
pub const IPPROTO_MPTCP: i32 = 262;

// --- SOL_ (socket-option levels) --- SOL_SOCKET: `include/uapi/asm-generic/socket.h`
// (x86_64, aarch64, riscv64 and loongarch64 all use the generic file; mips64:
// `arch/mips/include/uapi/asm/socket.h`, 0xffff); the others:
// glibc `bits/socket.h` / kernel `include/linux/socket.h`.

/// Socket-level options (`SO_*`).
#[cfg(not(target_arch = "mips64"))]
pub const SOL_SOCKET: i32 = 1;
/// Socket-level options (`SO_*`).
#[cfg(target_arch = "mips64")]
pub const SOL_SOCKET: i32 = 0xffff;
/// IPv4 options (`IP_*`), same as `IPPROTO_IP`.
pub const SOL_IP: i32 = 0;
/// TCP options (`TCP_*`), same as `IPPROTO_TCP`.
pub const SOL_TCP: i32 = 6;
/// UDP options (`UDP_*`), same as `IPPROTO_UDP`.
pub const SOL_UDP: i32 = 17;
/// IPv6 options (`IPV6_*`), same as `IPPROTO_IPV6`.
pub const SOL_IPV6: i32 = 41;
/// ICMPv6 options.
pub const SOL_ICMPV6: i32 = 58;
/// Raw socket options.
pub const SOL_RAW: i32 = 255;
/// Packet socket options.
pub const SOL_PACKET: i32 = 263;
/// Netlink socket options.
pub const SOL_NETLINK: i32 = 270;
/// AF_ALG socket options.
pub const SOL_ALG: i32 = 279;
/// Kernel TLS options.
pub const SOL_TLS: i32 = 282;
/// AF_XDP socket options.
pub const SOL_XDP: i32 = 283;
/// Multipath TCP options.
pub const SOL_MPTCP: i32 = 284;

// --- SO_ (SOL_SOCKET options) --- `include/uapi/asm-generic/socket.h`, used by every
// arch but powerpc, whose `arch/powerpc/include/uapi/asm/socket.h` (Linux 6.1.192; the
// same for 32- and 64-bit powerpc) has SO_RCVLOWAT 16, SO_SNDLOWAT 17, SO_RCVTIMEO_OLD 18,
// SO_SNDTIMEO_OLD 19, SO_PASSCRED 20, SO_PEERCRED 21 (so powerpc64's SO_RCVTIMEO and
// SO_SNDTIMEO, the `*_OLD` values, are 18 and 19). SO_RCVTIMEO/SO_SNDTIMEO/SO_TIMESTAMP* are, by the header's own rule
// (`sizeof(time_t) == sizeof(__kernel_long_t) ? *_OLD : *_NEW`), the `*_OLD` values on
// 64-bit and, with zcall's 64-bit `time_t` everywhere, the `*_NEW` ones on 32-bit targets
// (Linux 5.1; their `struct __kernel_sock_timeval` and timestamps are 64-bit, like
// `Timeval`/`Timespec`). mips64 has its own `arch/mips/include/uapi/asm/socket.h` (Linux
// 6.1.192, IRIX-compatible numbers): SO_REUSEADDR 0x0004, SO_KEEPALIVE 0x0008,
// SO_DONTROUTE 0x0010, SO_BROADCAST 0x0020, SO_LINGER 0x0080, SO_OOBINLINE 0x0100,
// SO_REUSEPORT 0x0200, SO_TYPE 0x1008, SO_ERROR 0x1007, SO_SNDBUF 0x1001, SO_RCVBUF
// 0x1002, SO_SNDLOWAT 0x1003, SO_RCVLOWAT 0x1004, SO_SNDTIMEO(_OLD) 0x1005,
// SO_RCVTIMEO(_OLD) 0x1006, SO_ACCEPTCONN 0x1009, SO_PROTOCOL 0x1028, SO_DOMAIN 0x1029,
// SO_PASSCRED 17, SO_PEERCRED 18, SO_PEERSEC 30, SO_SNDBUFFORCE 31; the rest as generic.

/// Enable socket debugging.
pub const SO_DEBUG: i32 = 1;
/// Allow reuse of local addresses.
#[cfg(not(target_arch = "mips64"))]
pub const SO_REUSEADDR: i32 = 2;
/// Allow reuse of local addresses.
#[cfg(target_arch = "mips64")]
pub const SO_REUSEADDR: i32 = 0x0004;
/// Get the socket type.
#[cfg(not(target_arch = "mips64"))]
pub const SO_TYPE: i32 = 3;
/// Get the socket type.
#[cfg(target_arch = "mips64")]
pub const SO_TYPE: i32 = 0x1008;
/// Get and clear the pending socket error.
#[cfg(not(target_arch = "mips64"))]
pub const SO_ERROR: i32 = 4;
/// Get and clear the pending socket error.
#[cfg(target_arch = "mips64")]
pub const SO_ERROR: i32 = 0x1007;
/// Bypass routing, use direct interface.
#[cfg(not(target_arch = "mips64"))]
pub const SO_DONTROUTE: i32 = 5;
/// Bypass routing, use direct interface.
#[cfg(target_arch = "mips64")]
pub const SO_DONTROUTE: i32 = 0x0010;
/// Permit sending of broadcast messages.
#[cfg(not(target_arch = "mips64"))]
pub const SO_BROADCAST: i32 = 6;
/// Permit sending of broadcast messages.
#[cfg(target_arch = "mips64")]
pub const SO_BROADCAST: i32 = 0x0020;
/// Send buffer size.
#[cfg(not(target_arch = "mips64"))]
pub const SO_SNDBUF: i32 = 7;
/// Send buffer size.
#[cfg(target_arch = "mips64")]
pub const SO_SNDBUF: i32 = 0x1001;
/// Receive buffer size.
#[cfg(not(target_arch = "mips64"))]
pub const SO_RCVBUF: i32 = 8;
/// Receive buffer size.
#[cfg(target_arch = "mips64")]
pub const SO_RCVBUF: i32 = 0x1002;
/// Keep connections alive.
#[cfg(not(target_arch = "mips64"))]
pub const SO_KEEPALIVE: i32 = 9;
/// Keep connections alive.
#[cfg(target_arch = "mips64")]
pub const SO_KEEPALIVE: i32 = 0x0008;
/// Leave received out-of-band data inline.
#[cfg(not(target_arch = "mips64"))]
pub const SO_OOBINLINE: i32 = 10;
/// Leave received out-of-band data inline.
#[cfg(target_arch = "mips64")]
pub const SO_OOBINLINE: i32 = 0x0100;
/// Disable checksums (UDP).
pub const SO_NO_CHECK: i32 = 11;
/// Protocol-defined priority for outgoing packets.
pub const SO_PRIORITY: i32 = 12;
/// Linger on close if data present (`struct linger`).
#[cfg(not(target_arch = "mips64"))]
pub const SO_LINGER: i32 = 13;
/// Linger on close if data present (`struct linger`).
#[cfg(target_arch = "mips64")]
pub const SO_LINGER: i32 = 0x0080;
/// Obsolete BSD compatibility option.
pub const SO_BSDCOMPAT: i32 = 14;
/// Allow multiple sockets to bind the same address and port.
#[cfg(not(target_arch = "mips64"))]
pub const SO_REUSEPORT: i32 = 15;
/// Allow multiple sockets to bind the same address and port.
#[cfg(target_arch = "mips64")]
pub const SO_REUSEPORT: i32 = 0x0200;
/// Enable receiving `SCM_CREDENTIALS` messages.
#[cfg(not(any(
    target_arch = "powerpc",
    target_arch = "powerpc64",
    target_arch = "mips64"
)))]
pub const SO_PASSCRED: i32 = 16;
/// Enable receiving `SCM_CREDENTIALS` messages.
#[cfg(any(target_arch = "powerpc", target_arch = "powerpc64"))]
pub const SO_PASSCRED: i32 = 20;
/// Enable receiving `SCM_CREDENTIALS` messages.
#[cfg(target_arch = "mips64")]
pub const SO_PASSCRED: i32 = 17;
/// Get the peer's credentials (`struct ucred`).
#[cfg(not(any(
    target_arch = "powerpc",
    target_arch = "powerpc64",
    target_arch = "mips64"
)))]
pub const SO_PEERCRED: i32 = 17;
/// Get the peer's credentials (`struct ucred`).
#[cfg(any(target_arch = "powerpc", target_arch = "powerpc64"))]
pub const SO_PEERCRED: i32 = 21;
/// Get the peer's credentials (`struct ucred`).
#[cfg(target_arch = "mips64")]
pub const SO_PEERCRED: i32 = 18;
/// Receive low-water mark.
#[cfg(not(any(
    target_arch = "powerpc",
    target_arch = "powerpc64",
    target_arch = "mips64"
)))]
pub const SO_RCVLOWAT: i32 = 18;
/// Receive low-water mark.
#[cfg(any(target_arch = "powerpc", target_arch = "powerpc64"))]
pub const SO_RCVLOWAT: i32 = 16;
/// Receive low-water mark.
#[cfg(target_arch = "mips64")]
pub const SO_RCVLOWAT: i32 = 0x1004;
/// Send low-water mark.
#[cfg(not(any(
    target_arch = "powerpc",
    target_arch = "powerpc64",
    target_arch = "mips64"
)))]
pub const SO_SNDLOWAT: i32 = 19;
/// Send low-water mark.
#[cfg(any(target_arch = "powerpc", target_arch = "powerpc64"))]
pub const SO_SNDLOWAT: i32 = 17;
/// Send low-water mark.
#[cfg(target_arch = "mips64")]
pub const SO_SNDLOWAT: i32 = 0x1003;
/// Receive timeout (`struct timeval` with 64-bit seconds, as [`Timeval`](crate::types::Timeval):
/// `SO_RCVTIMEO_OLD` on 64-bit, `SO_RCVTIMEO_NEW` on 32-bit).
#[cfg(all(
    target_pointer_width = "64",
    not(any(target_arch = "powerpc64", target_arch = "mips64"))
))]
pub const SO_RCVTIMEO: i32 = 20;
/// Receive timeout (`struct timeval` with 64-bit seconds, as [`Timeval`](crate::types::Timeval):
/// `SO_RCVTIMEO_OLD` on 64-bit, `SO_RCVTIMEO_NEW` on 32-bit).
#[cfg(target_arch = "powerpc64")]
pub const SO_RCVTIMEO: i32 = 18;
/// Receive timeout (`struct timeval` with 64-bit seconds, as [`Timeval`](crate::types::Timeval):
/// `SO_RCVTIMEO_OLD` on 64-bit, `SO_RCVTIMEO_NEW` on 32-bit).
#[cfg(target_pointer_width = "32")]
pub const SO_RCVTIMEO: i32 = 66;
/// Receive timeout (`struct timeval` with 64-bit seconds, as [`Timeval`](crate::types::Timeval):
/// `SO_RCVTIMEO_OLD` on 64-bit, `SO_RCVTIMEO_NEW` on 32-bit).
#[cfg(target_arch = "mips64")]
pub const SO_RCVTIMEO: i32 = 0x1006;
/// Send timeout (`struct timeval` with 64-bit seconds: `SO_SNDTIMEO_OLD` on 64-bit,
/// `SO_SNDTIMEO_NEW` on 32-bit).
#[cfg(all(
    target_pointer_width = "64",
    not(any(target_arch = "powerpc64", target_arch = "mips64"))
))]
pub const SO_SNDTIMEO: i32 = 21;
/// Send timeout (`struct timeval` with 64-bit seconds: `SO_SNDTIMEO_OLD` on 64-bit,
/// `SO_SNDTIMEO_NEW` on 32-bit).
#[cfg(target_arch = "powerpc64")]
pub const SO_SNDTIMEO: i32 = 19;
/// Send timeout (`struct timeval` with 64-bit seconds: `SO_SNDTIMEO_OLD` on 64-bit,
/// `SO_SNDTIMEO_NEW` on 32-bit).
#[cfg(target_pointer_width = "32")]
pub const SO_SNDTIMEO: i32 = 67;
/// Send timeout (`struct timeval` with 64-bit seconds: `SO_SNDTIMEO_OLD` on 64-bit,
/// `SO_SNDTIMEO_NEW` on 32-bit).
#[cfg(target_arch = "mips64")]
pub const SO_SNDTIMEO: i32 = 0x1005;
/// Bind to a network device by name.
pub const SO_BINDTODEVICE: i32 = 25;
/// Attach a classic BPF filter.
pub const SO_ATTACH_FILTER: i32 = 26;
/// Detach a socket filter.
pub const SO_DETACH_FILTER: i32 = 27;
/// Get the peer name.
pub const SO_PEERNAME: i32 = 28;
/// Receive `SCM_TIMESTAMP` (`SO_TIMESTAMP_OLD` on 64-bit, `SO_TIMESTAMP_NEW` on 32-bit).
#[cfg(target_pointer_width = "64")]
pub const SO_TIMESTAMP: i32 = 29;
/// Receive `SCM_TIMESTAMP` (`SO_TIMESTAMP_OLD` on 64-bit, `SO_TIMESTAMP_NEW` on 32-bit).
#[cfg(target_pointer_width = "32")]
pub const SO_TIMESTAMP: i32 = 63;
/// Whether the socket is listening.
#[cfg(not(target_arch = "mips64"))]
pub const SO_ACCEPTCONN: i32 = 30;
/// Whether the socket is listening.
#[cfg(target_arch = "mips64")]
pub const SO_ACCEPTCONN: i32 = 0x1009;
/// Get the peer's security context.
#[cfg(not(target_arch = "mips64"))]
pub const SO_PEERSEC: i32 = 31;
/// Get the peer's security context.
#[cfg(target_arch = "mips64")]
pub const SO_PEERSEC: i32 = 30;
/// `SO_SNDBUF` ignoring `wmem_max` (needs CAP_NET_ADMIN).
#[cfg(not(target_arch = "mips64"))]
pub const SO_SNDBUFFORCE: i32 = 32;
/// `SO_SNDBUF` ignoring `wmem_max` (needs CAP_NET_ADMIN).
#[cfg(target_arch = "mips64")]
pub const SO_SNDBUFFORCE: i32 = 31;
/// `SO_RCVBUF` ignoring `rmem_max` (needs CAP_NET_ADMIN).
pub const SO_RCVBUFFORCE: i32 = 33;
/// Enable receiving `SCM_SECURITY` messages.
pub const SO_PASSSEC: i32 = 34;
/// Receive `SCM_TIMESTAMPNS` (`SO_TIMESTAMPNS_OLD` on 64-bit, `_NEW` on 32-bit).
#[cfg(target_pointer_width = "64")]
pub const SO_TIMESTAMPNS: i32 = 35;
/// Receive `SCM_TIMESTAMPNS` (`SO_TIMESTAMPNS_OLD` on 64-bit, `_NEW` on 32-bit).
#[cfg(target_pointer_width = "32")]
pub const SO_TIMESTAMPNS: i32 = 64;
/// Packet mark (fwmark).
pub const SO_MARK: i32 = 36;
/// Timestamping control (`SO_TIMESTAMPING_OLD` on 64-bit, `_NEW` on 32-bit).
#[cfg(target_pointer_width = "64")]
pub const SO_TIMESTAMPING: i32 = 37;
/// Timestamping control (`SO_TIMESTAMPING_OLD` on 64-bit, `_NEW` on 32-bit).
#[cfg(target_pointer_width = "32")]
pub const SO_TIMESTAMPING: i32 = 65;
/// Get the socket protocol.
#[cfg(not(target_arch = "mips64"))]
pub const SO_PROTOCOL: i32 = 38;
/// Get the socket protocol.
#[cfg(target_arch = "mips64")]
pub const SO_PROTOCOL: i32 = 0x1028;
/// Get the socket domain (address family).
#[cfg(not(target_arch = "mips64"))]
pub const SO_DOMAIN: i32 = 39;
/// Get the socket domain (address family).
#[cfg(target_arch = "mips64")]
pub const SO_DOMAIN: i32 = 0x1029;
/// Report dropped-packet counts as ancillary data.
pub const SO_RXQ_OVFL: i32 = 40;
/// Wi-Fi status reporting.
pub const SO_WIFI_STATUS: i32 = 41;
/// Peek offset for `MSG_PEEK`.
pub const SO_PEEK_OFF: i32 = 42;
/// Do not compute the frame check sequence.
pub const SO_NOFCS: i32 = 43;
/// Lock the attached socket filter.
pub const SO_LOCK_FILTER: i32 = 44;
/// Report errors as exceptional conditions in `select`.
pub const SO_SELECT_ERR_QUEUE: i32 = 45;
/// Busy-poll timeout in microseconds.
pub const SO_BUSY_POLL: i32 = 46;
/// Maximum pacing rate in bytes per second.
pub const SO_MAX_PACING_RATE: i32 = 47;
/// Query supported BPF extensions.
pub const SO_BPF_EXTENSIONS: i32 = 48;
/// CPU that handles incoming packets.
pub const SO_INCOMING_CPU: i32 = 49;
/// Attach an eBPF program as a socket filter.
pub const SO_ATTACH_BPF: i32 = 50;
/// Attach a classic BPF program for SO_REUSEPORT selection.
pub const SO_ATTACH_REUSEPORT_CBPF: i32 = 51;
/// Attach an eBPF program for SO_REUSEPORT selection.
pub const SO_ATTACH_REUSEPORT_EBPF: i32 = 52;
/// Congestion advice.
pub const SO_CNX_ADVICE: i32 = 53;
/// Get socket memory information.
pub const SO_MEMINFO: i32 = 55;
/// NAPI id of the last received packet.
pub const SO_INCOMING_NAPI_ID: i32 = 56;
/// Unique socket cookie.
pub const SO_COOKIE: i32 = 57;
/// Get the groups of the peer (Unix sockets).
pub const SO_PEERGROUPS: i32 = 59;
/// Enable `MSG_ZEROCOPY` sends.
pub const SO_ZEROCOPY: i32 = 60;
/// Enable `SCM_TXTIME` transmit times.
pub const SO_TXTIME: i32 = 61;
/// Bind to a network device by index.
pub const SO_BINDTOIFINDEX: i32 = 62;
/// Detach the SO_REUSEPORT BPF program.
pub const SO_DETACH_REUSEPORT_BPF: i32 = 68;
/// Prefer busy polling.
pub const SO_PREFER_BUSY_POLL: i32 = 69;
/// Busy-poll budget.
pub const SO_BUSY_POLL_BUDGET: i32 = 70;
/// Network namespace cookie.
pub const SO_NETNS_COOKIE: i32 = 71;
/// Lock the buffer sizes against autotuning.
pub const SO_BUF_LOCK: i32 = 72;
/// Reserve forward-allocated memory.
pub const SO_RESERVE_MEM: i32 = 73;
/// Allow rehashing of the transmit hash.
pub const SO_TXREHASH: i32 = 74;
/// Receive the packet mark as ancillary data.
pub const SO_RCVMARK: i32 = 75;
/// Receive `SCM_PIDFD` messages (Linux 6.5).
pub const SO_PASSPIDFD: i32 = 76;
/// Get a pidfd for the peer process (Linux 6.5).
pub const SO_PEERPIDFD: i32 = 77;

// --- SCM_ (ancillary message types at SOL_SOCKET) --- glibc `bits/socket.h`;
// kernel `include/linux/socket.h`.

/// Pass file descriptors (payload: array of `i32`).
pub const SCM_RIGHTS: i32 = 1;
/// Pass credentials (`struct ucred`).
pub const SCM_CREDENTIALS: i32 = 2;

// --- TCP_ (IPPROTO_TCP options) --- `include/uapi/linux/tcp.h`.

/// Disable Nagle's algorithm.
pub const TCP_NODELAY: i32 = 1;
/// Maximum segment size.
pub const TCP_MAXSEG: i32 = 2;
/// Never send partially complete segments.
pub const TCP_CORK: i32 = 3;
/// Idle time before keepalive probes start (seconds).
pub const TCP_KEEPIDLE: i32 = 4;
/// Interval between keepalive probes (seconds).
pub const TCP_KEEPINTVL: i32 = 5;
/// Number of keepalive probes before dropping the connection.
pub const TCP_KEEPCNT: i32 = 6;
/// Number of SYN retransmits.
pub const TCP_SYNCNT: i32 = 7;
/// Lifetime of orphaned FIN-WAIT-2 sockets.
pub const TCP_LINGER2: i32 = 8;
/// Wake up the listener only when data arrives.
pub const TCP_DEFER_ACCEPT: i32 = 9;
/// Bound the advertised window.
pub const TCP_WINDOW_CLAMP: i32 = 10;
/// Connection information (`struct tcp_info`).
pub const TCP_INFO: i32 = 11;
/// Enable or disable quick ACKs.
pub const TCP_QUICKACK: i32 = 12;
/// Congestion control algorithm name.
pub const TCP_CONGESTION: i32 = 13;
/// TCP MD5 signature (RFC 2385).
pub const TCP_MD5SIG: i32 = 14;
/// Linear timeouts for thin streams.
pub const TCP_THIN_LINEAR_TIMEOUTS: i32 = 16;
/// Fast retransmit after one duplicate ACK.
pub const TCP_THIN_DUPACK: i32 = 17;
/// How long (ms) transmitted data may stay unacknowledged before the connection is dropped.
pub const TCP_USER_TIMEOUT: i32 = 18;
/// Connection repair mode.
pub const TCP_REPAIR: i32 = 19;
/// Queue selected for repair.
pub const TCP_REPAIR_QUEUE: i32 = 20;
/// Sequence number of the repair queue.
pub const TCP_QUEUE_SEQ: i32 = 21;
/// Options for repair.
pub const TCP_REPAIR_OPTIONS: i32 = 22;
/// Enable TCP Fast Open on a listener (queue length).
pub const TCP_FASTOPEN: i32 = 23;
/// TCP timestamp offset.
pub const TCP_TIMESTAMP: i32 = 24;
/// Limit of unsent bytes in the write queue.
pub const TCP_NOTSENT_LOWAT: i32 = 25;
/// Congestion control information.
pub const TCP_CC_INFO: i32 = 26;
/// Record SYN headers of new connections.
pub const TCP_SAVE_SYN: i32 = 27;
/// Get the recorded SYN headers.
pub const TCP_SAVED_SYN: i32 = 28;
/// Get/set window parameters in repair mode.
pub const TCP_REPAIR_WINDOW: i32 = 29;
/// Attempt TCP Fast Open on connect.
pub const TCP_FASTOPEN_CONNECT: i32 = 30;
/// Attach an upper-layer protocol (e.g. "tls").
pub const TCP_ULP: i32 = 31;
/// TCP MD5 signature with extensions.
pub const TCP_MD5SIG_EXT: i32 = 32;
/// Fast Open cookie key.
pub const TCP_FASTOPEN_KEY: i32 = 33;
/// Fast Open without a cookie.
pub const TCP_FASTOPEN_NO_COOKIE: i32 = 34;
/// Zero-copy receive.
pub const TCP_ZEROCOPY_RECEIVE: i32 = 35;
/// Report bytes available to read as a cmsg.
pub const TCP_INQ: i32 = 36;
/// Delay outgoing packets by this many microseconds.
pub const TCP_TX_DELAY: i32 = 37;

// --- UDP_ (IPPROTO_UDP options) --- `include/uapi/linux/udp.h`.

/// Never send partially complete datagrams (cork).
pub const UDP_CORK: i32 = 1;
/// Accept encapsulated packets (`UDP_ENCAP_*`).
pub const UDP_ENCAP: i32 = 100;
/// Disable sending checksums for UDP over IPv6.
pub const UDP_NO_CHECK6_TX: i32 = 101;
/// Accept zero checksums for UDP over IPv6.
pub const UDP_NO_CHECK6_RX: i32 = 102;
/// Set the GSO segment size (UDP segmentation offload).
pub const UDP_SEGMENT: i32 = 103;
/// Receive coalesced (GRO) datagrams.
pub const UDP_GRO: i32 = 104;

// --- IP_ (IPPROTO_IP options) --- `include/uapi/linux/in.h`.

/// Type of service.
pub const IP_TOS: i32 = 1;
/// Time to live.
pub const IP_TTL: i32 = 2;
/// The application supplies the IP header.
pub const IP_HDRINCL: i32 = 3;
/// IP options.
pub const IP_OPTIONS: i32 = 4;
/// Pass router-alert packets to this socket.
pub const IP_ROUTER_ALERT: i32 = 5;
/// Receive all IP options.
pub const IP_RECVOPTS: i32 = 6;
/// Receive the IP options of the reply.
pub const IP_RETOPTS: i32 = 7;
/// Receive `IP_PKTINFO` ancillary data.
pub const IP_PKTINFO: i32 = 8;
/// Packet options.
pub const IP_PKTOPTIONS: i32 = 9;
/// Path MTU discovery mode (`IP_PMTUDISC_*`).
pub const IP_MTU_DISCOVER: i32 = 10;
/// Enable the extended error queue.
pub const IP_RECVERR: i32 = 11;
/// Receive the TTL as ancillary data.
pub const IP_RECVTTL: i32 = 12;
/// Receive the TOS as ancillary data.
pub const IP_RECVTOS: i32 = 13;
/// Current path MTU.
pub const IP_MTU: i32 = 14;
/// Allow binding to a non-local address.
pub const IP_FREEBIND: i32 = 15;
/// IPsec policy.
pub const IP_IPSEC_POLICY: i32 = 16;
/// XFRM policy.
pub const IP_XFRM_POLICY: i32 = 17;
/// Enable `SCM_SECURITY` for IP.
pub const IP_PASSSEC: i32 = 18;
/// Transparent proxying (bind/receive non-local addresses; needs CAP_NET_ADMIN).
pub const IP_TRANSPARENT: i32 = 19;
/// Receive the original destination address.
pub const IP_ORIGDSTADDR: i32 = 20;
/// Same as `IP_ORIGDSTADDR`.
pub const IP_RECVORIGDSTADDR: i32 = 20;
/// Minimum TTL of accepted packets.
pub const IP_MINTTL: i32 = 21;
/// Do not defragment (raw sockets).
pub const IP_NODEFRAG: i32 = 22;
/// Receive the checksum as ancillary data.
pub const IP_CHECKSUM: i32 = 23;
/// Do not reserve a port at bind time.
pub const IP_BIND_ADDRESS_NO_PORT: i32 = 24;
/// Receive the fragment size as ancillary data.
pub const IP_RECVFRAGSIZE: i32 = 25;
/// RFC 4884 extended ICMP errors.
pub const IP_RECVERR_RFC4884: i32 = 26;
/// Multicast interface.
pub const IP_MULTICAST_IF: i32 = 32;
/// Multicast TTL.
pub const IP_MULTICAST_TTL: i32 = 33;
/// Multicast loopback.
pub const IP_MULTICAST_LOOP: i32 = 34;
/// Join a multicast group.
pub const IP_ADD_MEMBERSHIP: i32 = 35;
/// Leave a multicast group.
pub const IP_DROP_MEMBERSHIP: i32 = 36;
/// Unblock a multicast source.
pub const IP_UNBLOCK_SOURCE: i32 = 37;
/// Block a multicast source.
pub const IP_BLOCK_SOURCE: i32 = 38;
/// Join a source-specific multicast group.
pub const IP_ADD_SOURCE_MEMBERSHIP: i32 = 39;
/// Leave a source-specific multicast group.
pub const IP_DROP_SOURCE_MEMBERSHIP: i32 = 40;
/// Multicast source filter.
pub const IP_MSFILTER: i32 = 41;
/// Receive all multicast groups joined on the system.
pub const IP_MULTICAST_ALL: i32 = 49;
/// Unicast interface.
pub const IP_UNICAST_IF: i32 = 50;
/// Never send DF frames (`IP_MTU_DISCOVER` value).
pub const IP_PMTUDISC_DONT: i32 = 0;
/// Use per-route hints (`IP_MTU_DISCOVER` value).
pub const IP_PMTUDISC_WANT: i32 = 1;
/// Always set DF (`IP_MTU_DISCOVER` value).
pub const IP_PMTUDISC_DO: i32 = 2;
/// Set DF, ignore the path MTU (`IP_MTU_DISCOVER` value).
pub const IP_PMTUDISC_PROBE: i32 = 3;
/// Use the interface MTU (`IP_MTU_DISCOVER` value).
pub const IP_PMTUDISC_INTERFACE: i32 = 4;
/// Like `IP_PMTUDISC_INTERFACE`, but allow fragmentation (`IP_MTU_DISCOVER` value).
pub const IP_PMTUDISC_OMIT: i32 = 5;

// --- IPV6_ (IPPROTO_IPV6 options) --- `include/uapi/linux/in6.h`.

/// Convert an IPv6 socket to IPv4.
pub const IPV6_ADDRFORM: i32 = 1;
/// RFC 2292 packet info.
pub const IPV6_2292PKTINFO: i32 = 2;
/// RFC 2292 hop-by-hop options.
pub const IPV6_2292HOPOPTS: i32 = 3;
/// RFC 2292 destination options.
pub const IPV6_2292DSTOPTS: i32 = 4;
/// RFC 2292 routing header.
pub const IPV6_2292RTHDR: i32 = 5;
/// RFC 2292 packet options.
pub const IPV6_2292PKTOPTIONS: i32 = 6;
/// Checksum offset for raw sockets.
pub const IPV6_CHECKSUM: i32 = 7;
/// RFC 2292 hop limit.
pub const IPV6_2292HOPLIMIT: i32 = 8;
/// Next hop address.
pub const IPV6_NEXTHOP: i32 = 9;
/// Obsolete authentication header option.
pub const IPV6_AUTHHDR: i32 = 10;
/// Receive the flow info as ancillary data.
pub const IPV6_FLOWINFO: i32 = 11;
/// Unicast hop limit.
pub const IPV6_UNICAST_HOPS: i32 = 16;
/// Multicast interface.
pub const IPV6_MULTICAST_IF: i32 = 17;
/// Multicast hop limit.
pub const IPV6_MULTICAST_HOPS: i32 = 18;
/// Multicast loopback.
pub const IPV6_MULTICAST_LOOP: i32 = 19;
/// Join a multicast group.
pub const IPV6_ADD_MEMBERSHIP: i32 = 20;
/// Leave a multicast group.
pub const IPV6_DROP_MEMBERSHIP: i32 = 21;
/// Pass router-alert packets to this socket.
pub const IPV6_ROUTER_ALERT: i32 = 22;
/// Path MTU discovery mode (`IPV6_PMTUDISC_*`).
pub const IPV6_MTU_DISCOVER: i32 = 23;
/// Current path MTU.
pub const IPV6_MTU: i32 = 24;
/// Enable the extended error queue.
pub const IPV6_RECVERR: i32 = 25;
/// Restrict the socket to IPv6 only.
pub const IPV6_V6ONLY: i32 = 26;
/// Join an anycast group.
pub const IPV6_JOIN_ANYCAST: i32 = 27;
/// Leave an anycast group.
pub const IPV6_LEAVE_ANYCAST: i32 = 28;
/// Receive all multicast groups joined on the system.
pub const IPV6_MULTICAST_ALL: i32 = 29;
/// Isolate router-alert packets to the socket's namespace.
pub const IPV6_ROUTER_ALERT_ISOLATE: i32 = 30;
/// RFC 4884 extended ICMPv6 errors.
pub const IPV6_RECVERR_RFC4884: i32 = 31;
/// Flow label manager.
pub const IPV6_FLOWLABEL_MGR: i32 = 32;
/// Send the flow info.
pub const IPV6_FLOWINFO_SEND: i32 = 33;
/// IPsec policy.
pub const IPV6_IPSEC_POLICY: i32 = 34;
/// XFRM policy.
pub const IPV6_XFRM_POLICY: i32 = 35;
/// The application supplies the IPv6 header.
pub const IPV6_HDRINCL: i32 = 36;
/// Receive `IPV6_PKTINFO` ancillary data.
pub const IPV6_RECVPKTINFO: i32 = 49;
/// Packet info (`struct in6_pktinfo`).
pub const IPV6_PKTINFO: i32 = 50;
/// Receive the hop limit as ancillary data.
pub const IPV6_RECVHOPLIMIT: i32 = 51;
/// Hop limit ancillary data.
pub const IPV6_HOPLIMIT: i32 = 52;
/// Receive hop-by-hop options.
pub const IPV6_RECVHOPOPTS: i32 = 53;
/// Hop-by-hop options.
pub const IPV6_HOPOPTS: i32 = 54;
/// Destination options before a routing header.
pub const IPV6_RTHDRDSTOPTS: i32 = 55;
/// Receive the routing header.
pub const IPV6_RECVRTHDR: i32 = 56;
/// Routing header.
pub const IPV6_RTHDR: i32 = 57;
/// Receive destination options.
pub const IPV6_RECVDSTOPTS: i32 = 58;
/// Destination options.
pub const IPV6_DSTOPTS: i32 = 59;
/// Receive the path MTU.
pub const IPV6_RECVPATHMTU: i32 = 60;
/// Path MTU.
pub const IPV6_PATHMTU: i32 = 61;
/// Do not fragment.
pub const IPV6_DONTFRAG: i32 = 62;
/// Receive the traffic class.
pub const IPV6_RECVTCLASS: i32 = 66;
/// Traffic class.
pub const IPV6_TCLASS: i32 = 67;
/// Automatic flow labels.
pub const IPV6_AUTOFLOWLABEL: i32 = 70;
/// Source address preferences.
pub const IPV6_ADDR_PREFERENCES: i32 = 72;
/// Minimum hop count of accepted packets.
pub const IPV6_MINHOPCOUNT: i32 = 73;
/// Receive the original destination address.
pub const IPV6_ORIGDSTADDR: i32 = 74;
/// Same as `IPV6_ORIGDSTADDR`.
pub const IPV6_RECVORIGDSTADDR: i32 = 74;
/// Transparent proxying (see `IP_TRANSPARENT`).
pub const IPV6_TRANSPARENT: i32 = 75;
/// Unicast interface.
pub const IPV6_UNICAST_IF: i32 = 76;
/// Receive the fragment size.
pub const IPV6_RECVFRAGSIZE: i32 = 77;
/// Allow binding to a non-local address.
pub const IPV6_FREEBIND: i32 = 78;
/// Never send DF frames (`IPV6_MTU_DISCOVER` value).
pub const IPV6_PMTUDISC_DONT: i32 = 0;
/// Use per-route hints (`IPV6_MTU_DISCOVER` value).
pub const IPV6_PMTUDISC_WANT: i32 = 1;
/// Always set DF (`IPV6_MTU_DISCOVER` value).
pub const IPV6_PMTUDISC_DO: i32 = 2;
/// Set DF, ignore the path MTU (`IPV6_MTU_DISCOVER` value).
pub const IPV6_PMTUDISC_PROBE: i32 = 3;
/// Use the interface MTU (`IPV6_MTU_DISCOVER` value).
pub const IPV6_PMTUDISC_INTERFACE: i32 = 4;
/// Like `IPV6_PMTUDISC_INTERFACE`, but allow fragmentation (`IPV6_MTU_DISCOVER` value).
pub const IPV6_PMTUDISC_OMIT: i32 = 5;

// --- MSG_ (send/recv flags) --- glibc `bits/socket.h`; kernel `include/linux/socket.h`.

/// Out-of-band data.
pub const MSG_OOB: i32 = 0x1;
/// Peek at incoming data without removing it.
pub const MSG_PEEK: i32 = 0x2;
/// Send without using routing tables.
pub const MSG_DONTROUTE: i32 = 0x4;
/// Control data was truncated (recvmsg output).
pub const MSG_CTRUNC: i32 = 0x8;
/// Supply or ask for a second address.
pub const MSG_PROXY: i32 = 0x10;
/// Data was truncated / return the real length.
pub const MSG_TRUNC: i32 = 0x20;
/// Nonblocking operation.
pub const MSG_DONTWAIT: i32 = 0x40;
/// End of record.
pub const MSG_EOR: i32 = 0x80;
/// Wait for the full request.
pub const MSG_WAITALL: i32 = 0x100;
/// FIN flag.
pub const MSG_FIN: i32 = 0x200;
/// SYN flag.
pub const MSG_SYN: i32 = 0x400;
/// Confirm path validity.
pub const MSG_CONFIRM: i32 = 0x800;
/// RST flag.
pub const MSG_RST: i32 = 0x1000;
/// Receive from the error queue.
pub const MSG_ERRQUEUE: i32 = 0x2000;
/// Do not raise SIGPIPE.
pub const MSG_NOSIGNAL: i32 = 0x4000;
/// More data will follow.
pub const MSG_MORE: i32 = 0x8000;
/// `recvmmsg`: block for the first message only.
pub const MSG_WAITFORONE: i32 = 0x10000;
/// `sendmmsg`: more messages are coming.
pub const MSG_BATCH: i32 = 0x40000;
/// Zero-copy send (needs `SO_ZEROCOPY`).
pub const MSG_ZEROCOPY: i32 = 0x4000000;
/// TCP Fast Open: send data in the SYN.
pub const MSG_FASTOPEN: i32 = 0x20000000;
/// Set close-on-exec on fds received via `SCM_RIGHTS`.
pub const MSG_CMSG_CLOEXEC: i32 = 0x40000000;

// --- SHUT_ --- glibc `sys/socket.h`; kernel `include/linux/net.h`.

/// Shut down the receiving side.
pub const SHUT_RD: i32 = 0;
/// Shut down the sending side.
pub const SHUT_WR: i32 = 1;
/// Shut down both sides.
pub const SHUT_RDWR: i32 = 2;

// --- O_ (open flags) --- `include/uapi/asm-generic/fcntl.h` (x86_64, riscv64,
// loongarch64, x86) and `arch/arm64/include/uapi/asm/fcntl.h`, which overrides
// O_DIRECTORY, O_NOFOLLOW, O_DIRECT and O_LARGEFILE; arm's (Linux 6.1.192
// `arch/arm/include/uapi/asm/fcntl.h`) has arm64's four values, powerpc's
// (`arch/powerpc/include/uapi/asm/fcntl.h`) O_DIRECTORY 040000, O_NOFOLLOW 0100000,
// O_LARGEFILE 0200000, O_DIRECT 0400000 (no `__powerpc64__` branch: 64-bit powerpc too).
// mips64's `arch/mips/include/uapi/asm/fcntl.h`
// (Linux 6.1.192) has its own O_APPEND 0x0008, O_DSYNC 0x0010, O_NONBLOCK 0x0080,
// O_CREAT 0x0100, O_EXCL 0x0400, O_NOCTTY 0x0800, FASYNC (O_ASYNC) 0x1000, O_LARGEFILE
// 0x2000, __O_SYNC 0x4000, O_DIRECT 0x8000 (the rest from asm-generic, which it includes).

/// Open for reading only.
pub const O_RDONLY: i32 = 0o0;
/// Open for writing only.
pub const O_WRONLY: i32 = 0o1;
/// Open for reading and writing.
pub const O_RDWR: i32 = 0o2;
/// Mask for the access mode.
pub const O_ACCMODE: i32 = 0o3;
/// Create the file if it does not exist.
#[cfg(not(target_arch = "mips64"))]
pub const O_CREAT: i32 = 0o100;
/// Create the file if it does not exist.
#[cfg(target_arch = "mips64")]
pub const O_CREAT: i32 = 0x0100;
/// With `O_CREAT`: fail if the file exists.
#[cfg(not(target_arch = "mips64"))]
pub const O_EXCL: i32 = 0o200;
/// With `O_CREAT`: fail if the file exists.
#[cfg(target_arch = "mips64")]
pub const O_EXCL: i32 = 0x0400;
/// Do not make the terminal the controlling terminal.
#[cfg(not(target_arch = "mips64"))]
pub const O_NOCTTY: i32 = 0o400;
/// Do not make the terminal the controlling terminal.
#[cfg(target_arch = "mips64")]
pub const O_NOCTTY: i32 = 0x0800;
/// Truncate to zero length.
pub const O_TRUNC: i32 = 0o1000;
/// Append on each write.
#[cfg(not(target_arch = "mips64"))]
pub const O_APPEND: i32 = 0o2000;
/// Append on each write.
#[cfg(target_arch = "mips64")]
pub const O_APPEND: i32 = 0x0008;
/// Nonblocking I/O.
#[cfg(not(target_arch = "mips64"))]
pub const O_NONBLOCK: i32 = 0o4000;
/// Nonblocking I/O.
#[cfg(target_arch = "mips64")]
pub const O_NONBLOCK: i32 = 0x0080;
/// Same as `O_NONBLOCK`.
#[cfg(not(target_arch = "mips64"))]
pub const O_NDELAY: i32 = 0o4000;
/// Same as `O_NONBLOCK`.
#[cfg(target_arch = "mips64")]
pub const O_NDELAY: i32 = O_NONBLOCK;
/// Synchronized I/O data integrity.
#[cfg(not(target_arch = "mips64"))]
pub const O_DSYNC: i32 = 0o10000;
/// Synchronized I/O data integrity.
#[cfg(target_arch = "mips64")]
pub const O_DSYNC: i32 = 0x0010;
/// Signal-driven I/O (`FASYNC`).
#[cfg(not(target_arch = "mips64"))]
pub const O_ASYNC: i32 = 0o20000;
/// Signal-driven I/O (`FASYNC`).
#[cfg(target_arch = "mips64")]
pub const O_ASYNC: i32 = 0x1000;
/// Direct I/O, bypassing the page cache.
#[cfg(any(target_arch = "aarch64", target_arch = "arm"))]
pub const O_DIRECT: i32 = 0o200000;
/// Direct I/O, bypassing the page cache.
#[cfg(any(target_arch = "powerpc", target_arch = "powerpc64"))]
pub const O_DIRECT: i32 = 0o400000;
/// Direct I/O, bypassing the page cache.
#[cfg(not(any(
    target_arch = "aarch64",
    target_arch = "arm",
    target_arch = "powerpc",
    target_arch = "powerpc64",
    target_arch = "mips64"
)))]
pub const O_DIRECT: i32 = 0o40000;
/// Direct I/O, bypassing the page cache.
#[cfg(target_arch = "mips64")]
pub const O_DIRECT: i32 = 0x8000;
/// Allow files larger than 2 GiB. The kernel sets it by itself on 64-bit, so it
/// is a no-op there; this is the kernel's value (glibc and `libc` define it as 0
/// on x86_64). On 32-bit targets a file opened without it fails beyond 2 GiB.
#[cfg(any(target_arch = "aarch64", target_arch = "arm"))]
pub const O_LARGEFILE: i32 = 0o400000;
/// on x86_64).
#[cfg(any(target_arch = "powerpc", target_arch = "powerpc64"))]
pub const O_LARGEFILE: i32 = 0o200000;
/// on x86_64).
#[cfg(not(any(
    target_arch = "aarch64",
    target_arch = "arm",
    target_arch = "powerpc",
    target_arch = "powerpc64",
    target_arch = "mips64"
)))]
pub const O_LARGEFILE: i32 = 0o100000;
/// Allow files larger than 2 GiB (mips64's `asm/fcntl.h` value; a no-op on 64-bit).
#[cfg(target_arch = "mips64")]
pub const O_LARGEFILE: i32 = 0x2000;
/// Fail if the path is not a directory.
#[cfg(any(target_arch = "aarch64", target_arch = "arm"))]
pub const O_DIRECTORY: i32 = 0o40000;
/// Fail if the path is not a directory.
#[cfg(any(target_arch = "powerpc", target_arch = "powerpc64"))]
pub const O_DIRECTORY: i32 = 0o40000;
/// Fail if the path is not a directory.
#[cfg(not(any(
    target_arch = "aarch64",
    target_arch = "arm",
    target_arch = "powerpc",
    target_arch = "powerpc64"
)))]
pub const O_DIRECTORY: i32 = 0o200000;
/// Do not follow a symbolic link in the last component.
#[cfg(any(target_arch = "aarch64", target_arch = "arm"))]
pub const O_NOFOLLOW: i32 = 0o100000;
/// Do not follow a symbolic link in the last component.
#[cfg(any(target_arch = "powerpc", target_arch = "powerpc64"))]
pub const O_NOFOLLOW: i32 = 0o100000;
/// Do not follow a symbolic link in the last component.
#[cfg(not(any(
    target_arch = "aarch64",
    target_arch = "arm",
    target_arch = "powerpc",
    target_arch = "powerpc64"
)))]
pub const O_NOFOLLOW: i32 = 0o400000;
/// Do not update the access time.
pub const O_NOATIME: i32 = 0o1000000;
/// Set close-on-exec on the new descriptor.
pub const O_CLOEXEC: i32 = 0o2000000;
/// Synchronized I/O file integrity (`__O_SYNC | O_DSYNC`).
#[cfg(not(target_arch = "mips64"))]
pub const O_SYNC: i32 = 0o4010000;
/// Synchronized I/O file integrity (`__O_SYNC | O_DSYNC`).
#[cfg(target_arch = "mips64")]
pub const O_SYNC: i32 = 0x4000 | O_DSYNC;
/// Synchronized reads (same as `O_SYNC` on Linux).
#[cfg(not(target_arch = "mips64"))]
pub const O_RSYNC: i32 = 0o4010000;
/// Synchronized reads (same as `O_SYNC` on Linux).
#[cfg(target_arch = "mips64")]
pub const O_RSYNC: i32 = O_SYNC;
/// Obtain a path-only descriptor.
pub const O_PATH: i32 = 0o10000000;
/// Create an unnamed temporary file (`__O_TMPFILE | O_DIRECTORY`).
#[cfg(any(target_arch = "aarch64", target_arch = "arm"))]
pub const O_TMPFILE: i32 = 0o20040000;
/// Create an unnamed temporary file (`__O_TMPFILE | O_DIRECTORY`).
#[cfg(any(target_arch = "powerpc", target_arch = "powerpc64"))]
pub const O_TMPFILE: i32 = 0o20040000;
/// Create an unnamed temporary file (`__O_TMPFILE | O_DIRECTORY`).
#[cfg(not(any(
    target_arch = "aarch64",
    target_arch = "arm",
    target_arch = "powerpc",
    target_arch = "powerpc64"
)))]
pub const O_TMPFILE: i32 = 0o20200000;

// --- F_ / FD_ (fcntl commands) --- `include/uapi/asm-generic/fcntl.h` (all four
// arches), `include/uapi/linux/fcntl.h` for the Linux-specific ones; mips64's
// `asm/fcntl.h` has F_SETOWN 24 and F_GETOWN 23.

/// Duplicate a descriptor to the lowest free number >= arg.
pub const F_DUPFD: i32 = 0;
/// Get the descriptor flags (`FD_CLOEXEC`).
pub const F_GETFD: i32 = 1;
/// Set the descriptor flags (`FD_CLOEXEC`).
pub const F_SETFD: i32 = 2;
/// Get the file status flags (`O_*`).
pub const F_GETFL: i32 = 3;
/// Set the file status flags (`O_APPEND`, `O_NONBLOCK`, ...).
pub const F_SETFL: i32 = 4;
/// Set the owner receiving SIGIO/SIGURG.
#[cfg(not(target_arch = "mips64"))]
pub const F_SETOWN: i32 = 8;
/// Set the owner receiving SIGIO/SIGURG.
#[cfg(target_arch = "mips64")]
pub const F_SETOWN: i32 = 24;
/// Get the owner receiving SIGIO/SIGURG.
#[cfg(not(target_arch = "mips64"))]
pub const F_GETOWN: i32 = 9;
/// Get the owner receiving SIGIO/SIGURG.
#[cfg(target_arch = "mips64")]
pub const F_GETOWN: i32 = 23;
/// `F_DUPFD` and set close-on-exec.
pub const F_DUPFD_CLOEXEC: i32 = 1030;
/// Set the pipe buffer size.
pub const F_SETPIPE_SZ: i32 = 1031;
/// Get the pipe buffer size.
pub const F_GETPIPE_SZ: i32 = 1032;
/// Add file seals (`F_SEAL_*`).
pub const F_ADD_SEALS: i32 = 1033;
/// Get file seals (`F_SEAL_*`).
pub const F_GET_SEALS: i32 = 1034;
/// Prevent further seals from being set.
pub const F_SEAL_SEAL: i32 = 0x1;
/// Prevent the file from shrinking.
pub const F_SEAL_SHRINK: i32 = 0x2;
/// Prevent the file from growing.
pub const F_SEAL_GROW: i32 = 0x4;
/// Prevent writes.
pub const F_SEAL_WRITE: i32 = 0x8;
/// Prevent future writes while mapped.
pub const F_SEAL_FUTURE_WRITE: i32 = 0x10;
/// Close-on-exec descriptor flag (for `F_GETFD`/`F_SETFD`).
pub const FD_CLOEXEC: i32 = 1;

// --- AT_ --- `include/uapi/linux/fcntl.h`.

/// Use the current working directory as the `dirfd`.
pub const AT_FDCWD: i32 = -100;
/// Do not follow symbolic links.
pub const AT_SYMLINK_NOFOLLOW: i32 = 0x100;
/// `unlinkat`: remove a directory.
pub const AT_REMOVEDIR: i32 = 0x200;
/// `linkat`: follow symbolic links.
pub const AT_SYMLINK_FOLLOW: i32 = 0x400;
/// Do not trigger automounts on the last component.
pub const AT_NO_AUTOMOUNT: i32 = 0x800;
/// Allow an empty path (operate on `dirfd` itself).
pub const AT_EMPTY_PATH: i32 = 0x1000;

// --- EFD_ (eventfd2 flags) --- `include/linux/eventfd.h` (non-UAPI; = O_ flags).

/// Semaphore-like semantics for reads.
pub const EFD_SEMAPHORE: i32 = 1;
/// Set close-on-exec (`O_CLOEXEC`).
pub const EFD_CLOEXEC: i32 = O_CLOEXEC;
/// Nonblocking (`O_NONBLOCK`).
pub const EFD_NONBLOCK: i32 = O_NONBLOCK;

// --- TFD_ (timerfd flags) --- `include/uapi/linux/timerfd.h` (Linux 5.x+; = O_ flags).

/// `timerfd_create`: set close-on-exec.
pub const TFD_CLOEXEC: i32 = O_CLOEXEC;
/// `timerfd_create`: nonblocking.
pub const TFD_NONBLOCK: i32 = O_NONBLOCK;
/// `timerfd_settime`: the value is an absolute time.
pub const TFD_TIMER_ABSTIME: i32 = 1 << 0;
/// `timerfd_settime`: cancel on discontinuous changes of CLOCK_REALTIME.
pub const TFD_TIMER_CANCEL_ON_SET: i32 = 1 << 1;

// --- SFD_ (signalfd4 flags) --- `include/uapi/linux/signalfd.h` (= O_ flags).

/// Set close-on-exec.
pub const SFD_CLOEXEC: i32 = O_CLOEXEC;
/// Nonblocking.
pub const SFD_NONBLOCK: i32 = O_NONBLOCK;

// --- PIDFD_ --- `include/uapi/linux/pidfd.h` (`pidfd_open` and
// `pidfd_send_signal` take `unsigned int flags`).

/// `pidfd_open`: nonblocking pidfd (`O_NONBLOCK`, Linux 5.10).
pub const PIDFD_NONBLOCK: u32 = O_NONBLOCK as u32;
/// `pidfd_open`: refer to a thread rather than a thread group (`O_EXCL`, Linux 6.9).
pub const PIDFD_THREAD: u32 = O_EXCL as u32;
/// `pidfd_send_signal`: send to the thread (Linux 6.9).
pub const PIDFD_SIGNAL_THREAD: u32 = 1 << 0;
/// `pidfd_send_signal`: send to the thread group (Linux 6.9).
pub const PIDFD_SIGNAL_THREAD_GROUP: u32 = 1 << 1;
/// `pidfd_send_signal`: send to the process group (Linux 6.9).
pub const PIDFD_SIGNAL_PROCESS_GROUP: u32 = 1 << 2;

// --- MFD_ (memfd_create flags) --- `include/uapi/linux/memfd.h`.

/// Set close-on-exec.
pub const MFD_CLOEXEC: u32 = 0x1;
/// Allow sealing (`F_ADD_SEALS`).
pub const MFD_ALLOW_SEALING: u32 = 0x2;
/// Back the file with huge pages.
pub const MFD_HUGETLB: u32 = 0x4;
/// Not executable, and sealed against becoming executable (Linux 6.3).
pub const MFD_NOEXEC_SEAL: u32 = 0x8;
/// Executable (Linux 6.3).
pub const MFD_EXEC: u32 = 0x10;
/// Shift of the huge page size (log2) in the flags.
pub const MFD_HUGE_SHIFT: u32 = 26;
/// Mask of the huge page size (log2) after shifting.
pub const MFD_HUGE_MASK: u32 = 0x3f;

// --- CLOCK_ (clock ids) --- `include/uapi/linux/time.h`.

/// Wall-clock time.
pub const CLOCK_REALTIME: i32 = 0;
/// Monotonic time (does not count suspend).
pub const CLOCK_MONOTONIC: i32 = 1;
/// CPU time of the process.
pub const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;
/// CPU time of the thread.
pub const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
/// Monotonic time not adjusted by NTP.
pub const CLOCK_MONOTONIC_RAW: i32 = 4;
/// Faster, less precise `CLOCK_REALTIME`.
pub const CLOCK_REALTIME_COARSE: i32 = 5;
/// Faster, less precise `CLOCK_MONOTONIC`.
pub const CLOCK_MONOTONIC_COARSE: i32 = 6;
/// Monotonic time including suspend.
pub const CLOCK_BOOTTIME: i32 = 7;
/// `CLOCK_REALTIME` that wakes the system (timers only).
pub const CLOCK_REALTIME_ALARM: i32 = 8;
/// `CLOCK_BOOTTIME` that wakes the system (timers only).
pub const CLOCK_BOOTTIME_ALARM: i32 = 9;
/// International Atomic Time.
pub const CLOCK_TAI: i32 = 11;

// --- PROT_ --- `include/uapi/asm-generic/mman-common.h`; PROT_BTI/PROT_MTE:
// `arch/arm64/include/uapi/asm/mman.h`.

/// Pages may not be accessed.
pub const PROT_NONE: i32 = 0x0;
/// Pages may be read.
pub const PROT_READ: i32 = 0x1;
/// Pages may be written.
pub const PROT_WRITE: i32 = 0x2;
/// Pages may be executed.
pub const PROT_EXEC: i32 = 0x4;
/// `mprotect`: extend the change to the start of a grows-down mapping.
pub const PROT_GROWSDOWN: i32 = 0x01000000;
/// `mprotect`: extend the change to the end of a grows-up mapping.
pub const PROT_GROWSUP: i32 = 0x02000000;
/// aarch64: BTI-guarded pages.
#[cfg(target_arch = "aarch64")]
pub const PROT_BTI: i32 = 0x10;
/// aarch64: memory-tagged (MTE) pages.
#[cfg(target_arch = "aarch64")]
pub const PROT_MTE: i32 = 0x20;

// --- MAP_ --- `include/uapi/linux/mman.h` (sharing types),
// `include/uapi/asm-generic/mman-common.h` and `asm-generic/mman.h` (x86_64's
// `asm/mman.h` includes the generic one and adds MAP_32BIT). MAP_GROWSDOWN and
// friends come from `asm-generic/mman.h` and are the same on every arch but powerpc,
// whose `arch/powerpc/include/uapi/asm/mman.h` (Linux 6.1.192) has MAP_NORESERVE 0x40 and
// MAP_LOCKED 0x80 (its MAP_GROWSDOWN, MAP_DENYWRITE and MAP_EXECUTABLE are the generic
// values; the header has no `__powerpc64__` branch, so 64-bit powerpc has the same),
// and mips64, whose `arch/mips/include/uapi/asm/mman.h` (Linux 6.1.192) does not
// include `asm-generic/mman.h`: MAP_NORESERVE 0x0400, MAP_ANONYMOUS 0x0800,
// MAP_GROWSDOWN 0x1000, MAP_DENYWRITE 0x2000, MAP_EXECUTABLE 0x4000, MAP_LOCKED 0x8000,
// MAP_POPULATE 0x10000, MAP_NONBLOCK 0x20000, MAP_STACK 0x40000, MAP_HUGETLB 0x80000, and
// no MAP_SYNC (the kernel's `include/linux/mman.h` makes it 0 there: not on mips64).

/// Share changes.
pub const MAP_SHARED: i32 = 0x01;
/// Changes are private (copy-on-write).
pub const MAP_PRIVATE: i32 = 0x02;
/// `MAP_SHARED` that fails on unknown flags.
pub const MAP_SHARED_VALIDATE: i32 = 0x03;
/// Mask for the mapping type.
pub const MAP_TYPE: i32 = 0x0f;
/// Place the mapping exactly at `addr`.
pub const MAP_FIXED: i32 = 0x10;
/// Anonymous mapping (no file).
#[cfg(not(target_arch = "mips64"))]
pub const MAP_ANONYMOUS: i32 = 0x20;
/// Anonymous mapping (no file).
#[cfg(target_arch = "mips64")]
pub const MAP_ANONYMOUS: i32 = 0x0800;
/// Same as `MAP_ANONYMOUS`.
#[cfg(not(target_arch = "mips64"))]
pub const MAP_ANON: i32 = 0x20;
/// Same as `MAP_ANONYMOUS`.
#[cfg(target_arch = "mips64")]
pub const MAP_ANON: i32 = MAP_ANONYMOUS;
/// x86_64: map into the first 2 GiB.
#[cfg(target_arch = "x86_64")]
pub const MAP_32BIT: i32 = 0x40;
/// Stack-like segment that grows down.
#[cfg(not(target_arch = "mips64"))]
pub const MAP_GROWSDOWN: i32 = 0x0100;
/// Stack-like segment that grows down.
#[cfg(target_arch = "mips64")]
pub const MAP_GROWSDOWN: i32 = 0x1000;
/// Ignored.
#[cfg(not(target_arch = "mips64"))]
pub const MAP_DENYWRITE: i32 = 0x0800;
/// Ignored.
#[cfg(target_arch = "mips64")]
pub const MAP_DENYWRITE: i32 = 0x2000;
/// Ignored.
#[cfg(not(target_arch = "mips64"))]
pub const MAP_EXECUTABLE: i32 = 0x1000;
/// Ignored.
#[cfg(target_arch = "mips64")]
pub const MAP_EXECUTABLE: i32 = 0x4000;
/// Lock the pages.
#[cfg(not(any(
    target_arch = "powerpc",
    target_arch = "powerpc64",
    target_arch = "mips64"
)))]
pub const MAP_LOCKED: i32 = 0x2000;
/// Lock the pages.
#[cfg(any(target_arch = "powerpc", target_arch = "powerpc64"))]
pub const MAP_LOCKED: i32 = 0x80;
/// Lock the pages.
#[cfg(target_arch = "mips64")]
pub const MAP_LOCKED: i32 = 0x8000;
/// Do not reserve swap space.
#[cfg(not(any(
    target_arch = "powerpc",
    target_arch = "powerpc64",
    target_arch = "mips64"
)))]
pub const MAP_NORESERVE: i32 = 0x4000;
/// Do not reserve swap space.
#[cfg(any(target_arch = "powerpc", target_arch = "powerpc64"))]
pub const MAP_NORESERVE: i32 = 0x40;
/// Do not reserve swap space.
#[cfg(target_arch = "mips64")]
pub const MAP_NORESERVE: i32 = 0x0400;
/// Prefault the page tables.
#[cfg(not(target_arch = "mips64"))]
pub const MAP_POPULATE: i32 = 0x008000;
/// Prefault the page tables.
#[cfg(target_arch = "mips64")]
pub const MAP_POPULATE: i32 = 0x10000;
/// With `MAP_POPULATE`: do not block on I/O.
#[cfg(not(target_arch = "mips64"))]
pub const MAP_NONBLOCK: i32 = 0x010000;
/// With `MAP_POPULATE`: do not block on I/O.
#[cfg(target_arch = "mips64")]
pub const MAP_NONBLOCK: i32 = 0x20000;
/// Mapping suitable for a thread stack.
#[cfg(not(target_arch = "mips64"))]
pub const MAP_STACK: i32 = 0x020000;
/// Mapping suitable for a thread stack.
#[cfg(target_arch = "mips64")]
pub const MAP_STACK: i32 = 0x40000;
/// Use huge pages.
#[cfg(not(target_arch = "mips64"))]
pub const MAP_HUGETLB: i32 = 0x040000;
/// Use huge pages.
#[cfg(target_arch = "mips64")]
pub const MAP_HUGETLB: i32 = 0x80000;
/// Synchronous page faults (DAX, with `MAP_SHARED_VALIDATE`).
#[cfg(not(target_arch = "mips64"))]
pub const MAP_SYNC: i32 = 0x080000;
/// `MAP_FIXED` that does not replace existing mappings.
pub const MAP_FIXED_NOREPLACE: i32 = 0x100000;
/// Shift of the huge page size (log2) in the flags.
pub const MAP_HUGE_SHIFT: i32 = 26;
/// Mask of the huge page size (log2) after shifting.
pub const MAP_HUGE_MASK: i32 = 0x3f;
/// 2 MiB huge pages.
pub const MAP_HUGE_2MB: i32 = 21 << 26;
/// 1 GiB huge pages.
pub const MAP_HUGE_1GB: i32 = 30 << 26;

// --- POLL --- `include/uapi/asm-generic/poll.h` (all four arches; `short` events);
// mips64's `arch/mips/include/uapi/asm/poll.h` sets POLLWRNORM = POLLOUT and POLLWRBAND
// 0x0100 before including it.

/// Data to read.
pub const POLLIN: i16 = 0x0001;
/// Urgent data to read.
pub const POLLPRI: i16 = 0x0002;
/// Writing possible.
pub const POLLOUT: i16 = 0x0004;
/// Error condition (output only).
pub const POLLERR: i16 = 0x0008;
/// Hang up (output only).
pub const POLLHUP: i16 = 0x0010;
/// Invalid descriptor (output only).
pub const POLLNVAL: i16 = 0x0020;
/// Normal data to read.
pub const POLLRDNORM: i16 = 0x0040;
/// Priority band data to read.
pub const POLLRDBAND: i16 = 0x0080;
/// Normal data may be written.
#[cfg(not(target_arch = "mips64"))]
pub const POLLWRNORM: i16 = 0x0100;
/// Normal data may be written.
#[cfg(target_arch = "mips64")]
pub const POLLWRNORM: i16 = POLLOUT;
/// Priority data may be written.
#[cfg(not(target_arch = "mips64"))]
pub const POLLWRBAND: i16 = 0x0200;
/// Priority data may be written.
#[cfg(target_arch = "mips64")]
pub const POLLWRBAND: i16 = 0x0100;
/// Unused.
pub const POLLMSG: i16 = 0x0400;
/// Unused.
pub const POLLREMOVE: i16 = 0x1000;
/// Peer closed its writing half (stream sockets).
pub const POLLRDHUP: i16 = 0x2000;

// --- EPOLL_ --- `include/uapi/linux/eventpoll.h`.

/// `epoll_create1`: set close-on-exec.
pub const EPOLL_CLOEXEC: i32 = O_CLOEXEC;

// --- SPLICE_F_ --- `include/linux/splice.h` (non-UAPI); glibc `bits/fcntl-linux.h`.

/// Move pages instead of copying (a hint).
pub const SPLICE_F_MOVE: u32 = 0x01;
/// Do not block on pipe I/O.
pub const SPLICE_F_NONBLOCK: u32 = 0x02;
/// More data will follow.
pub const SPLICE_F_MORE: u32 = 0x04;
/// `vmsplice`: gift the pages to the kernel.
pub const SPLICE_F_GIFT: u32 = 0x08;

// --- RWF_ (preadv2/pwritev2 flags, `__kernel_rwf_t` = int) --- `include/uapi/linux/fs.h`.

/// High-priority (polled) I/O.
pub const RWF_HIPRI: i32 = 0x00000001;
/// Per-I/O `O_DSYNC`.
pub const RWF_DSYNC: i32 = 0x00000002;
/// Per-I/O `O_SYNC`.
pub const RWF_SYNC: i32 = 0x00000004;
/// Return `EAGAIN` instead of blocking.
pub const RWF_NOWAIT: i32 = 0x00000008;
/// Per-I/O `O_APPEND`.
pub const RWF_APPEND: i32 = 0x00000010;
/// Per-I/O negation of `O_APPEND` (Linux 6.9).
pub const RWF_NOAPPEND: i32 = 0x00000020;
/// Atomic write (Linux 6.11).
pub const RWF_ATOMIC: i32 = 0x00000040;
/// Uncached buffered I/O (Linux 6.14).
pub const RWF_DONTCACHE: i32 = 0x00000080;

// --- SIG (signal numbers) --- `include/uapi/asm-generic/signal.h` (aarch64,
// riscv64, loongarch64) and `arch/x86/include/uapi/asm/signal.h`: identical
// numbers on all four arches. mips64: `arch/mips/include/uapi/asm/signal.h` (Linux
// 6.1.192), its own numbers from 10 on (SIGBUS 10, SIGSYS 12, SIGUSR1 16 … SIGXFSZ 31),
// `_NSIG` 128 (so SIGRTMAX 128), and no SIGSTKFLT (16 is SIGUSR1; its SIGEMT 7 has no
// name here).

/// Hangup.
pub const SIGHUP: i32 = 1;
/// Interrupt from keyboard.
pub const SIGINT: i32 = 2;
/// Quit from keyboard.
pub const SIGQUIT: i32 = 3;
/// Illegal instruction.
pub const SIGILL: i32 = 4;
/// Trace/breakpoint trap.
pub const SIGTRAP: i32 = 5;
/// Abort.
pub const SIGABRT: i32 = 6;
/// Same as `SIGABRT`.
pub const SIGIOT: i32 = 6;
/// Bus error.
#[cfg(not(target_arch = "mips64"))]
pub const SIGBUS: i32 = 7;
/// Bus error.
#[cfg(target_arch = "mips64")]
pub const SIGBUS: i32 = 10;
/// Floating-point exception.
pub const SIGFPE: i32 = 8;
/// Kill (cannot be caught or ignored).
pub const SIGKILL: i32 = 9;
/// User-defined signal 1.
#[cfg(not(target_arch = "mips64"))]
pub const SIGUSR1: i32 = 10;
/// User-defined signal 1.
#[cfg(target_arch = "mips64")]
pub const SIGUSR1: i32 = 16;
/// Invalid memory reference.
pub const SIGSEGV: i32 = 11;
/// User-defined signal 2.
#[cfg(not(target_arch = "mips64"))]
pub const SIGUSR2: i32 = 12;
/// User-defined signal 2.
#[cfg(target_arch = "mips64")]
pub const SIGUSR2: i32 = 17;
/// Write to a pipe with no readers.
pub const SIGPIPE: i32 = 13;
/// Timer signal from `alarm`.
pub const SIGALRM: i32 = 14;
/// Termination.
pub const SIGTERM: i32 = 15;
/// Stack fault on coprocessor (unused).
#[cfg(not(target_arch = "mips64"))]
pub const SIGSTKFLT: i32 = 16;
/// Child stopped or terminated.
#[cfg(not(target_arch = "mips64"))]
pub const SIGCHLD: i32 = 17;
/// Child stopped or terminated.
#[cfg(target_arch = "mips64")]
pub const SIGCHLD: i32 = 18;
/// Continue if stopped.
#[cfg(not(target_arch = "mips64"))]
pub const SIGCONT: i32 = 18;
/// Continue if stopped.
#[cfg(target_arch = "mips64")]
pub const SIGCONT: i32 = 25;
/// Stop process (cannot be caught or ignored).
#[cfg(not(target_arch = "mips64"))]
pub const SIGSTOP: i32 = 19;
/// Stop process (cannot be caught or ignored).
#[cfg(target_arch = "mips64")]
pub const SIGSTOP: i32 = 23;
/// Stop typed at terminal.
#[cfg(not(target_arch = "mips64"))]
pub const SIGTSTP: i32 = 20;
/// Stop typed at terminal.
#[cfg(target_arch = "mips64")]
pub const SIGTSTP: i32 = 24;
/// Terminal input for a background process.
#[cfg(not(target_arch = "mips64"))]
pub const SIGTTIN: i32 = 21;
/// Terminal input for a background process.
#[cfg(target_arch = "mips64")]
pub const SIGTTIN: i32 = 26;
/// Terminal output for a background process.
#[cfg(not(target_arch = "mips64"))]
pub const SIGTTOU: i32 = 22;
/// Terminal output for a background process.
#[cfg(target_arch = "mips64")]
pub const SIGTTOU: i32 = 27;
/// Urgent condition on a socket.
#[cfg(not(target_arch = "mips64"))]
pub const SIGURG: i32 = 23;
/// Urgent condition on a socket.
#[cfg(target_arch = "mips64")]
pub const SIGURG: i32 = 21;
/// CPU time limit exceeded.
#[cfg(not(target_arch = "mips64"))]
pub const SIGXCPU: i32 = 24;
/// CPU time limit exceeded.
#[cfg(target_arch = "mips64")]
pub const SIGXCPU: i32 = 30;
/// File size limit exceeded.
#[cfg(not(target_arch = "mips64"))]
pub const SIGXFSZ: i32 = 25;
/// File size limit exceeded.
#[cfg(target_arch = "mips64")]
pub const SIGXFSZ: i32 = 31;
/// Virtual alarm clock.
#[cfg(not(target_arch = "mips64"))]
pub const SIGVTALRM: i32 = 26;
/// Virtual alarm clock.
#[cfg(target_arch = "mips64")]
pub const SIGVTALRM: i32 = 28;
/// Profiling timer expired.
#[cfg(not(target_arch = "mips64"))]
pub const SIGPROF: i32 = 27;
/// Profiling timer expired.
#[cfg(target_arch = "mips64")]
pub const SIGPROF: i32 = 29;
/// Window resize.
#[cfg(not(target_arch = "mips64"))]
pub const SIGWINCH: i32 = 28;
/// Window resize.
#[cfg(target_arch = "mips64")]
pub const SIGWINCH: i32 = 20;
/// I/O now possible.
#[cfg(not(target_arch = "mips64"))]
pub const SIGIO: i32 = 29;
/// I/O now possible.
#[cfg(target_arch = "mips64")]
pub const SIGIO: i32 = 22;
/// Same as `SIGIO`.
#[cfg(not(target_arch = "mips64"))]
pub const SIGPOLL: i32 = 29;
/// Same as `SIGIO`.
#[cfg(target_arch = "mips64")]
pub const SIGPOLL: i32 = SIGIO;
/// Power failure.
#[cfg(not(target_arch = "mips64"))]
pub const SIGPWR: i32 = 30;
/// Power failure.
#[cfg(target_arch = "mips64")]
pub const SIGPWR: i32 = 19;
/// Bad system call.
#[cfg(not(target_arch = "mips64"))]
pub const SIGSYS: i32 = 31;
/// Bad system call.
#[cfg(target_arch = "mips64")]
pub const SIGSYS: i32 = 12;
/// First real-time signal as the kernel numbers it (glibc reserves 32..=34
/// for itself and reports a higher `SIGRTMIN()`).
pub const SIGRTMIN: i32 = 32;
/// Last real-time signal (`_NSIG`, 64 on all four arches).
#[cfg(not(target_arch = "mips64"))]
pub const SIGRTMAX: i32 = 64;
/// Last real-time signal (`_NSIG`, 64 on all four arches).
#[cfg(target_arch = "mips64")]
pub const SIGRTMAX: i32 = 128;

// --- SIG_ (rt_sigprocmask `how`) --- `include/uapi/asm-generic/signal-defs.h`; mips64's
// `asm/signal.h`: SIG_BLOCK 1, SIG_UNBLOCK 2, SIG_SETMASK 3.

/// Add the set to the blocked signals.
#[cfg(not(target_arch = "mips64"))]
pub const SIG_BLOCK: i32 = 0;
/// Add the set to the blocked signals.
#[cfg(target_arch = "mips64")]
pub const SIG_BLOCK: i32 = 1;
/// Remove the set from the blocked signals.
#[cfg(not(target_arch = "mips64"))]
pub const SIG_UNBLOCK: i32 = 1;
/// Remove the set from the blocked signals.
#[cfg(target_arch = "mips64")]
pub const SIG_UNBLOCK: i32 = 2;
/// Replace the blocked signals with the set.
#[cfg(not(target_arch = "mips64"))]
pub const SIG_SETMASK: i32 = 2;
/// Replace the blocked signals with the set.
#[cfg(target_arch = "mips64")]
pub const SIG_SETMASK: i32 = 3;

// --- SA_ (sigaction flags) --- `include/uapi/asm-generic/signal-defs.h`;
// SA_RESTORER: `arch/x86/include/uapi/asm/signal.h` (both widths),
// `arch/arm64/include/uapi/asm/signal.h`, and Linux 6.1.192's
// `arch/arm/include/uapi/asm/signal.h`, `arch/powerpc/include/uapi/asm/signal.h` and
// `arch/s390/include/uapi/asm/signal.h` (riscv64, loongarch64 and mips64 have none).
// mips64's `asm/signal.h` (Linux 6.1.192)
// defines every SA_ flag itself: SA_SIGINFO 0x00000008 and SA_NOCLDWAIT 0x00010000
// differ, the others are the generic values.
// The kernel's `sa_flags` is `unsigned long`: widen with `as u32 as u64`, not
// `as u64`, or `SA_RESETHAND` is sign-extended.

/// Do not send SIGCHLD when children stop.
pub const SA_NOCLDSTOP: i32 = 0x00000001;
/// Do not create zombies on child death.
#[cfg(not(target_arch = "mips64"))]
pub const SA_NOCLDWAIT: i32 = 0x00000002;
/// Do not create zombies on child death.
#[cfg(target_arch = "mips64")]
pub const SA_NOCLDWAIT: i32 = 0x00010000;
/// The handler takes three arguments (`siginfo_t`).
#[cfg(not(target_arch = "mips64"))]
pub const SA_SIGINFO: i32 = 0x00000004;
/// The handler takes three arguments (`siginfo_t`).
#[cfg(target_arch = "mips64")]
pub const SA_SIGINFO: i32 = 0x00000008;
/// The kernel restores the signal mask via `sa_restorer`.
#[cfg(any(
    target_arch = "x86_64",
    target_arch = "aarch64",
    target_arch = "x86",
    target_arch = "arm",
    target_arch = "powerpc",
    target_arch = "powerpc64",
    target_arch = "s390x"
))]
pub const SA_RESTORER: i32 = 0x04000000;
/// Run the handler on the alternate signal stack.
pub const SA_ONSTACK: i32 = 0x08000000;
/// Restart interrupted system calls.
pub const SA_RESTART: i32 = 0x10000000;
/// Do not block the signal while its handler runs.
pub const SA_NODEFER: i32 = 0x40000000;
/// Reset the handler to the default on entry (`0x80000000`).
pub const SA_RESETHAND: i32 = 0x80000000_u32 as i32;

// --- io_uring --- `include/uapi/linux/io_uring.h` (the v7.0-era copy saved in
// the reference material). Types follow the kernel field each value is stored
// in: `sqe.opcode` and `sqe.flags` are `__u8`, the setup/enter/feature/register
// values `__u32`, and the `IORING_OFF_*` mmap offsets `u64` (they are passed as
// the `off_t` argument of `mmap`).

// IOSQE_ (sqe->flags, u8)

/// Use a registered (fixed) file; `fd` is an index.
pub const IOSQE_FIXED_FILE: u8 = 1 << 0;
/// Issue after all in-flight requests completed.
pub const IOSQE_IO_DRAIN: u8 = 1 << 1;
/// Link the next SQE to this one.
pub const IOSQE_IO_LINK: u8 = 1 << 2;
/// Like `IOSQE_IO_LINK`, but the chain survives failures.
pub const IOSQE_IO_HARDLINK: u8 = 1 << 3;
/// Always issue asynchronously.
pub const IOSQE_ASYNC: u8 = 1 << 4;
/// Select a buffer from `sqe.buf_index` (the buffer group).
pub const IOSQE_BUFFER_SELECT: u8 = 1 << 5;
/// Do not post a CQE if the request succeeds.
pub const IOSQE_CQE_SKIP_SUCCESS: u8 = 1 << 6;

// IORING_SETUP_ (io_uring_params.flags, u32)

/// The ring is polled for completions (`O_DIRECT` files).
pub const IORING_SETUP_IOPOLL: u32 = 1 << 0;
/// A kernel thread polls the SQ.
pub const IORING_SETUP_SQPOLL: u32 = 1 << 1;
/// `sq_thread_cpu` is valid.
pub const IORING_SETUP_SQ_AFF: u32 = 1 << 2;
/// The application sets `cq_entries`.
pub const IORING_SETUP_CQSIZE: u32 = 1 << 3;
/// Clamp SQ/CQ ring sizes to the maximum.
pub const IORING_SETUP_CLAMP: u32 = 1 << 4;
/// Attach to the io-wq of the ring `wq_fd`.
pub const IORING_SETUP_ATTACH_WQ: u32 = 1 << 5;
/// Start with the ring disabled.
pub const IORING_SETUP_R_DISABLED: u32 = 1 << 6;
/// Continue submitting after an error.
pub const IORING_SETUP_SUBMIT_ALL: u32 = 1 << 7;
/// Cooperative task running (no IPI on completion).
pub const IORING_SETUP_COOP_TASKRUN: u32 = 1 << 8;
/// Set `IORING_SQ_TASKRUN` when task work is pending.
pub const IORING_SETUP_TASKRUN_FLAG: u32 = 1 << 9;
/// SQEs are 128 bytes.
pub const IORING_SETUP_SQE128: u32 = 1 << 10;
/// CQEs are 32 bytes.
pub const IORING_SETUP_CQE32: u32 = 1 << 11;
/// Only one task submits requests.
pub const IORING_SETUP_SINGLE_ISSUER: u32 = 1 << 12;
/// Defer task work until events are waited for.
pub const IORING_SETUP_DEFER_TASKRUN: u32 = 1 << 13;
/// The application provides the ring memory.
pub const IORING_SETUP_NO_MMAP: u32 = 1 << 14;
/// Return a registered ring index instead of an fd.
pub const IORING_SETUP_REGISTERED_FD_ONLY: u32 = 1 << 15;
/// No SQ index array.
pub const IORING_SETUP_NO_SQARRAY: u32 = 1 << 16;
/// Hybrid polling for `IORING_SETUP_IOPOLL`.
pub const IORING_SETUP_HYBRID_IOPOLL: u32 = 1 << 17;
/// Allow both 16- and 32-byte CQEs.
pub const IORING_SETUP_CQE_MIXED: u32 = 1 << 18;
/// Allow both 64- and 128-byte SQEs.
pub const IORING_SETUP_SQE_MIXED: u32 = 1 << 19;
/// Fetch SQEs from index 0 instead of the SQ head.
pub const IORING_SETUP_SQ_REWIND: u32 = 1 << 20;

// IORING_OP_ (sqe->opcode, u8; `enum io_uring_op`)

/// No operation.
pub const IORING_OP_NOP: u8 = 0;
/// `preadv2`.
pub const IORING_OP_READV: u8 = 1;
/// `pwritev2`.
pub const IORING_OP_WRITEV: u8 = 2;
/// `fsync`.
pub const IORING_OP_FSYNC: u8 = 3;
/// Read into a registered buffer.
pub const IORING_OP_READ_FIXED: u8 = 4;
/// Write from a registered buffer.
pub const IORING_OP_WRITE_FIXED: u8 = 5;
/// Poll a file descriptor.
pub const IORING_OP_POLL_ADD: u8 = 6;
/// Remove or update a poll request.
pub const IORING_OP_POLL_REMOVE: u8 = 7;
/// `sync_file_range`.
pub const IORING_OP_SYNC_FILE_RANGE: u8 = 8;
/// `sendmsg`.
pub const IORING_OP_SENDMSG: u8 = 9;
/// `recvmsg`.
pub const IORING_OP_RECVMSG: u8 = 10;
/// Timeout.
pub const IORING_OP_TIMEOUT: u8 = 11;
/// Remove or update a timeout.
pub const IORING_OP_TIMEOUT_REMOVE: u8 = 12;
/// `accept4`.
pub const IORING_OP_ACCEPT: u8 = 13;
/// Cancel a request.
pub const IORING_OP_ASYNC_CANCEL: u8 = 14;
/// Timeout for the linked request.
pub const IORING_OP_LINK_TIMEOUT: u8 = 15;
/// `connect`.
pub const IORING_OP_CONNECT: u8 = 16;
/// `fallocate`.
pub const IORING_OP_FALLOCATE: u8 = 17;
/// `openat`.
pub const IORING_OP_OPENAT: u8 = 18;
/// `close`.
pub const IORING_OP_CLOSE: u8 = 19;
/// Update registered files.
pub const IORING_OP_FILES_UPDATE: u8 = 20;
/// `statx`.
pub const IORING_OP_STATX: u8 = 21;
/// `pread`.
pub const IORING_OP_READ: u8 = 22;
/// `pwrite`.
pub const IORING_OP_WRITE: u8 = 23;
/// `posix_fadvise`.
pub const IORING_OP_FADVISE: u8 = 24;
/// `madvise`.
pub const IORING_OP_MADVISE: u8 = 25;
/// `send`.
pub const IORING_OP_SEND: u8 = 26;
/// `recv`.
pub const IORING_OP_RECV: u8 = 27;
/// `openat2`.
pub const IORING_OP_OPENAT2: u8 = 28;
/// `epoll_ctl`.
pub const IORING_OP_EPOLL_CTL: u8 = 29;
/// `splice`.
pub const IORING_OP_SPLICE: u8 = 30;
/// Provide buffers for buffer selection.
pub const IORING_OP_PROVIDE_BUFFERS: u8 = 31;
/// Remove provided buffers.
pub const IORING_OP_REMOVE_BUFFERS: u8 = 32;
/// `tee`.
pub const IORING_OP_TEE: u8 = 33;
/// `shutdown`.
pub const IORING_OP_SHUTDOWN: u8 = 34;
/// `renameat2`.
pub const IORING_OP_RENAMEAT: u8 = 35;
/// `unlinkat`.
pub const IORING_OP_UNLINKAT: u8 = 36;
/// `mkdirat`.
pub const IORING_OP_MKDIRAT: u8 = 37;
/// `symlinkat`.
pub const IORING_OP_SYMLINKAT: u8 = 38;
/// `linkat`.
pub const IORING_OP_LINKAT: u8 = 39;
/// Post a CQE to another ring.
pub const IORING_OP_MSG_RING: u8 = 40;
/// `fsetxattr`.
pub const IORING_OP_FSETXATTR: u8 = 41;
/// `setxattr`.
pub const IORING_OP_SETXATTR: u8 = 42;
/// `fgetxattr`.
pub const IORING_OP_FGETXATTR: u8 = 43;
/// `getxattr`.
pub const IORING_OP_GETXATTR: u8 = 44;
/// `socket`.
pub const IORING_OP_SOCKET: u8 = 45;
/// Driver-specific command (`uring_cmd`).
pub const IORING_OP_URING_CMD: u8 = 46;
/// Zero-copy `send`.
pub const IORING_OP_SEND_ZC: u8 = 47;
/// Zero-copy `sendmsg`.
pub const IORING_OP_SENDMSG_ZC: u8 = 48;
/// Multishot read with provided buffers.
pub const IORING_OP_READ_MULTISHOT: u8 = 49;
/// `waitid`.
pub const IORING_OP_WAITID: u8 = 50;
/// Futex wait.
pub const IORING_OP_FUTEX_WAIT: u8 = 51;
/// Futex wake.
pub const IORING_OP_FUTEX_WAKE: u8 = 52;
/// Wait on several futexes.
pub const IORING_OP_FUTEX_WAITV: u8 = 53;
/// Install a fixed file as a regular fd.
pub const IORING_OP_FIXED_FD_INSTALL: u8 = 54;
/// `ftruncate`.
pub const IORING_OP_FTRUNCATE: u8 = 55;
/// `bind`.
pub const IORING_OP_BIND: u8 = 56;
/// `listen`.
pub const IORING_OP_LISTEN: u8 = 57;
/// Zero-copy receive.
pub const IORING_OP_RECV_ZC: u8 = 58;
/// `epoll_wait`.
pub const IORING_OP_EPOLL_WAIT: u8 = 59;
/// Vectored read into registered buffers.
pub const IORING_OP_READV_FIXED: u8 = 60;
/// Vectored write from registered buffers.
pub const IORING_OP_WRITEV_FIXED: u8 = 61;
/// `pipe2`.
pub const IORING_OP_PIPE: u8 = 62;
/// No operation, 128-byte SQE.
pub const IORING_OP_NOP128: u8 = 63;
/// Driver-specific command, 128-byte SQE.
pub const IORING_OP_URING_CMD128: u8 = 64;
/// One past the last opcode of the saved header (grows with new kernels).
pub const IORING_OP_LAST: u8 = 65;

// sqe->fsync_flags, sqe->timeout_flags, sqe->splice_flags, poll, cancel, send/recv,
// accept, msg_ring, fixed-fd, nop and uring_cmd flags (u32)

/// `IORING_OP_FSYNC`: `fdatasync` semantics.
pub const IORING_FSYNC_DATASYNC: u32 = 1 << 0;
/// Timeout: the value is absolute.
pub const IORING_TIMEOUT_ABS: u32 = 1 << 0;
/// `IORING_OP_TIMEOUT_REMOVE`: update the timeout.
pub const IORING_TIMEOUT_UPDATE: u32 = 1 << 1;
/// Timeout uses CLOCK_BOOTTIME.
pub const IORING_TIMEOUT_BOOTTIME: u32 = 1 << 2;
/// Timeout uses CLOCK_REALTIME.
pub const IORING_TIMEOUT_REALTIME: u32 = 1 << 3;
/// `IORING_OP_TIMEOUT_REMOVE`: update a linked timeout.
pub const IORING_LINK_TIMEOUT_UPDATE: u32 = 1 << 4;
/// Report `-ETIME` as success.
pub const IORING_TIMEOUT_ETIME_SUCCESS: u32 = 1 << 5;
/// Multishot timeout.
pub const IORING_TIMEOUT_MULTISHOT: u32 = 1 << 6;
/// Mask of the timeout clock flags.
pub const IORING_TIMEOUT_CLOCK_MASK: u32 = IORING_TIMEOUT_BOOTTIME | IORING_TIMEOUT_REALTIME;
/// Mask of the timeout update flags.
pub const IORING_TIMEOUT_UPDATE_MASK: u32 = IORING_TIMEOUT_UPDATE | IORING_LINK_TIMEOUT_UPDATE;
/// `sqe.splice_flags`: `splice_fd_in` is a fixed file.
pub const SPLICE_F_FD_IN_FIXED: u32 = 1 << 31;
/// `IORING_OP_POLL_ADD` (in `sqe.len`): multishot poll.
pub const IORING_POLL_ADD_MULTI: u32 = 1 << 0;
/// `IORING_OP_POLL_REMOVE`: update the events.
pub const IORING_POLL_UPDATE_EVENTS: u32 = 1 << 1;
/// `IORING_OP_POLL_REMOVE`: update the user data.
pub const IORING_POLL_UPDATE_USER_DATA: u32 = 1 << 2;
/// `IORING_OP_POLL_ADD`: level-triggered poll.
pub const IORING_POLL_ADD_LEVEL: u32 = 1 << 3;
/// Cancel all matching requests.
pub const IORING_ASYNC_CANCEL_ALL: u32 = 1 << 0;
/// Match on `fd` rather than `user_data`.
pub const IORING_ASYNC_CANCEL_FD: u32 = 1 << 1;
/// Match any request.
pub const IORING_ASYNC_CANCEL_ANY: u32 = 1 << 2;
/// `fd` is a fixed file.
pub const IORING_ASYNC_CANCEL_FD_FIXED: u32 = 1 << 3;
/// Match on `user_data` (the default).
pub const IORING_ASYNC_CANCEL_USERDATA: u32 = 1 << 4;
/// Match on the opcode.
pub const IORING_ASYNC_CANCEL_OP: u32 = 1 << 5;
/// send/recv (in `sqe.ioprio`): arm poll before the first attempt.
pub const IORING_RECVSEND_POLL_FIRST: u32 = 1 << 0;
/// recv (in `sqe.ioprio`): multishot receive.
pub const IORING_RECV_MULTISHOT: u32 = 1 << 1;
/// send/recv (in `sqe.ioprio`): use a registered buffer (`buf_index`).
pub const IORING_RECVSEND_FIXED_BUF: u32 = 1 << 2;
/// `SEND[MSG]_ZC` (in `sqe.ioprio`): report whether data was copied.
pub const IORING_SEND_ZC_REPORT_USAGE: u32 = 1 << 3;
/// send/recv (in `sqe.ioprio`): use several provided buffers at once.
pub const IORING_RECVSEND_BUNDLE: u32 = 1 << 4;
/// `SEND[_ZC]` (in `sqe.ioprio`): `addr` points to an iovec array.
pub const IORING_SEND_VECTORIZED: u32 = 1 << 5;
/// `cqe.res` flag of a zero-copy notification: data was copied.
pub const IORING_NOTIF_USAGE_ZC_COPIED: u32 = 1 << 31;
/// accept (in `sqe.ioprio`): multishot accept.
pub const IORING_ACCEPT_MULTISHOT: u32 = 1 << 0;
/// accept (in `sqe.ioprio`): do not wait if nothing is pending.
pub const IORING_ACCEPT_DONTWAIT: u32 = 1 << 1;
/// accept (in `sqe.ioprio`): arm poll before the first attempt.
pub const IORING_ACCEPT_POLL_FIRST: u32 = 1 << 2;
/// `IORING_OP_MSG_RING` command (in `sqe.addr`): pass `len` and `off`.
pub const IORING_MSG_DATA: u64 = 0;
/// `IORING_OP_MSG_RING` command (in `sqe.addr`): send a fixed file.
pub const IORING_MSG_SEND_FD: u64 = 1;
/// `IORING_OP_MSG_RING`: do not post a CQE to the target ring.
pub const IORING_MSG_RING_CQE_SKIP: u32 = 1 << 0;
/// `IORING_OP_MSG_RING`: pass `file_index` through to `cqe.flags`.
pub const IORING_MSG_RING_FLAGS_PASS: u32 = 1 << 1;
/// `IORING_OP_FIXED_FD_INSTALL`: do not set close-on-exec.
pub const IORING_FIXED_FD_NO_CLOEXEC: u32 = 1 << 0;
/// `IORING_OP_NOP`: inject the result from `sqe.len`.
pub const IORING_NOP_INJECT_RESULT: u32 = 1 << 0;
/// `IORING_OP_NOP`: look up the file.
pub const IORING_NOP_FILE: u32 = 1 << 1;
/// `IORING_OP_NOP`: the file is fixed.
pub const IORING_NOP_FIXED_FILE: u32 = 1 << 2;
/// `IORING_OP_NOP`: look up a fixed buffer.
pub const IORING_NOP_FIXED_BUFFER: u32 = 1 << 3;
/// `IORING_OP_NOP`: complete through task work.
pub const IORING_NOP_TW: u32 = 1 << 4;
/// `IORING_OP_NOP`: post a 32-byte CQE.
pub const IORING_NOP_CQE32: u32 = 1 << 5;
/// `IORING_OP_URING_CMD`: use a registered buffer.
pub const IORING_URING_CMD_FIXED: u32 = 1 << 0;
/// `IORING_OP_URING_CMD`: multishot command.
pub const IORING_URING_CMD_MULTISHOT: u32 = 1 << 1;
/// `sqe.file_index` value asking the kernel to allocate a direct descriptor.
pub const IORING_FILE_INDEX_ALLOC: u32 = !0;

// IORING_CQE_F_ (cqe->flags, u32)

/// The upper 16 bits of `flags` are the buffer id.
pub const IORING_CQE_F_BUFFER: u32 = 1 << 0;
/// The request will post more CQEs.
pub const IORING_CQE_F_MORE: u32 = 1 << 1;
/// More data is available on the socket.
pub const IORING_CQE_F_SOCK_NONEMPTY: u32 = 1 << 2;
/// Notification CQE (zero-copy send).
pub const IORING_CQE_F_NOTIF: u32 = 1 << 3;
/// The buffer will be used for more completions.
pub const IORING_CQE_F_BUF_MORE: u32 = 1 << 4;
/// Ignore this CQE (ring padding).
pub const IORING_CQE_F_SKIP: u32 = 1 << 5;
/// 32-byte CQE in a mixed ring.
pub const IORING_CQE_F_32: u32 = 1 << 15;
/// Shift of the buffer id in `cqe.flags`.
pub const IORING_CQE_BUFFER_SHIFT: u32 = 16;

// IORING_OFF_ (mmap offsets, u64)

/// `mmap` offset of the SQ ring.
pub const IORING_OFF_SQ_RING: u64 = 0;
/// `mmap` offset of the CQ ring.
pub const IORING_OFF_CQ_RING: u64 = 0x8000000;
/// `mmap` offset of the SQE array.
pub const IORING_OFF_SQES: u64 = 0x10000000;
/// `mmap` offset of a kernel-allocated provided-buffer ring.
pub const IORING_OFF_PBUF_RING: u64 = 0x80000000;
/// Shift of the buffer group id in `IORING_OFF_PBUF_RING` offsets.
pub const IORING_OFF_PBUF_SHIFT: u32 = 16;
/// Mask of the offset type.
pub const IORING_OFF_MMAP_MASK: u64 = 0xf8000000;

// IORING_SQ_ / IORING_CQ_ (ring flags words, u32)

/// The SQ poll thread sleeps: call `io_uring_enter` with `IORING_ENTER_SQ_WAKEUP`.
pub const IORING_SQ_NEED_WAKEUP: u32 = 1 << 0;
/// The CQ ring overflowed.
pub const IORING_SQ_CQ_OVERFLOW: u32 = 1 << 1;
/// Task work is pending: enter the kernel.
pub const IORING_SQ_TASKRUN: u32 = 1 << 2;
/// eventfd notifications are disabled.
pub const IORING_CQ_EVENTFD_DISABLED: u32 = 1 << 0;

// IORING_ENTER_ (io_uring_enter flags, u32)

/// Wait for `min_complete` completions.
pub const IORING_ENTER_GETEVENTS: u32 = 1 << 0;
/// Wake the SQ poll thread.
pub const IORING_ENTER_SQ_WAKEUP: u32 = 1 << 1;
/// Wait for free SQ entries.
pub const IORING_ENTER_SQ_WAIT: u32 = 1 << 2;
/// `sig` points to a `struct io_uring_getevents_arg`.
pub const IORING_ENTER_EXT_ARG: u32 = 1 << 3;
/// `fd` is a registered ring index.
pub const IORING_ENTER_REGISTERED_RING: u32 = 1 << 4;
/// The timeout is absolute.
pub const IORING_ENTER_ABS_TIMER: u32 = 1 << 5;
/// The wait argument is in a registered region.
pub const IORING_ENTER_EXT_ARG_REG: u32 = 1 << 6;
/// Do not account the wait as iowait.
pub const IORING_ENTER_NO_IOWAIT: u32 = 1 << 7;

// IORING_FEAT_ (io_uring_params.features, u32)

/// SQ and CQ rings share one mmap.
pub const IORING_FEAT_SINGLE_MMAP: u32 = 1 << 0;
/// CQEs are never dropped.
pub const IORING_FEAT_NODROP: u32 = 1 << 1;
/// Submitted data is stable once submitted.
pub const IORING_FEAT_SUBMIT_STABLE: u32 = 1 << 2;
/// Offset -1 means the current file position.
pub const IORING_FEAT_RW_CUR_POS: u32 = 1 << 3;
/// Requests use the submitter's credentials.
pub const IORING_FEAT_CUR_PERSONALITY: u32 = 1 << 4;
/// Internal poll instead of async punts.
pub const IORING_FEAT_FAST_POLL: u32 = 1 << 5;
/// 32-bit poll events.
pub const IORING_FEAT_POLL_32BITS: u32 = 1 << 6;
/// SQPOLL works without fixed files.
pub const IORING_FEAT_SQPOLL_NONFIXED: u32 = 1 << 7;
/// `IORING_ENTER_EXT_ARG` is supported.
pub const IORING_FEAT_EXT_ARG: u32 = 1 << 8;
/// Workers are native threads.
pub const IORING_FEAT_NATIVE_WORKERS: u32 = 1 << 9;
/// Resource tags are supported.
pub const IORING_FEAT_RSRC_TAGS: u32 = 1 << 10;
/// `IOSQE_CQE_SKIP_SUCCESS` is supported.
pub const IORING_FEAT_CQE_SKIP: u32 = 1 << 11;
/// Linked files are resolved at execution time.
pub const IORING_FEAT_LINKED_FILE: u32 = 1 << 12;
/// Registered ring fds can be used for `io_uring_register`.
pub const IORING_FEAT_REG_REG_RING: u32 = 1 << 13;
/// `IORING_RECVSEND_BUNDLE` is supported.
pub const IORING_FEAT_RECVSEND_BUNDLE: u32 = 1 << 14;
/// Minimum wait timeouts are supported.
pub const IORING_FEAT_MIN_TIMEOUT: u32 = 1 << 15;
/// Read/write attributes are supported.
pub const IORING_FEAT_RW_ATTR: u32 = 1 << 16;
/// `IORING_ENTER_NO_IOWAIT` is supported.
pub const IORING_FEAT_NO_IOWAIT: u32 = 1 << 17;

// IORING_REGISTER_ (io_uring_register opcodes, u32; `enum io_uring_register_op`)

/// Register fixed buffers.
pub const IORING_REGISTER_BUFFERS: u32 = 0;
/// Unregister fixed buffers.
pub const IORING_UNREGISTER_BUFFERS: u32 = 1;
/// Register fixed files.
pub const IORING_REGISTER_FILES: u32 = 2;
/// Unregister fixed files.
pub const IORING_UNREGISTER_FILES: u32 = 3;
/// Register an eventfd for completions.
pub const IORING_REGISTER_EVENTFD: u32 = 4;
/// Unregister the eventfd.
pub const IORING_UNREGISTER_EVENTFD: u32 = 5;
/// Update registered files.
pub const IORING_REGISTER_FILES_UPDATE: u32 = 6;
/// Register an eventfd for async completions only.
pub const IORING_REGISTER_EVENTFD_ASYNC: u32 = 7;
/// Probe supported opcodes.
pub const IORING_REGISTER_PROBE: u32 = 8;
/// Register a personality (credentials).
pub const IORING_REGISTER_PERSONALITY: u32 = 9;
/// Unregister a personality.
pub const IORING_UNREGISTER_PERSONALITY: u32 = 10;
/// Register restrictions.
pub const IORING_REGISTER_RESTRICTIONS: u32 = 11;
/// Enable a ring started with `IORING_SETUP_R_DISABLED`.
pub const IORING_REGISTER_ENABLE_RINGS: u32 = 12;
/// Register files with tags.
pub const IORING_REGISTER_FILES2: u32 = 13;
/// Update files with tags.
pub const IORING_REGISTER_FILES_UPDATE2: u32 = 14;
/// Register buffers with tags.
pub const IORING_REGISTER_BUFFERS2: u32 = 15;
/// Update registered buffers.
pub const IORING_REGISTER_BUFFERS_UPDATE: u32 = 16;
/// Set io-wq CPU affinity.
pub const IORING_REGISTER_IOWQ_AFF: u32 = 17;
/// Clear io-wq CPU affinity.
pub const IORING_UNREGISTER_IOWQ_AFF: u32 = 18;
/// Set/get the maximum number of io-wq workers.
pub const IORING_REGISTER_IOWQ_MAX_WORKERS: u32 = 19;
/// Register ring fds.
pub const IORING_REGISTER_RING_FDS: u32 = 20;
/// Unregister ring fds.
pub const IORING_UNREGISTER_RING_FDS: u32 = 21;
/// Register a provided-buffer ring.
pub const IORING_REGISTER_PBUF_RING: u32 = 22;
/// Unregister a provided-buffer ring.
pub const IORING_UNREGISTER_PBUF_RING: u32 = 23;
/// Synchronous cancelation.
pub const IORING_REGISTER_SYNC_CANCEL: u32 = 24;
/// Range of fixed file slots for allocation.
pub const IORING_REGISTER_FILE_ALLOC_RANGE: u32 = 25;
/// Status of a provided-buffer ring.
pub const IORING_REGISTER_PBUF_STATUS: u32 = 26;
/// Register NAPI busy-poll settings.
pub const IORING_REGISTER_NAPI: u32 = 27;
/// Unregister NAPI busy-poll settings.
pub const IORING_UNREGISTER_NAPI: u32 = 28;
/// Set the clock used for waits.
pub const IORING_REGISTER_CLOCK: u32 = 29;
/// Clone registered buffers from another ring.
pub const IORING_REGISTER_CLONE_BUFFERS: u32 = 30;
/// Send a MSG_RING without a ring.
pub const IORING_REGISTER_SEND_MSG_RING: u32 = 31;
/// Register a zero-copy receive queue.
pub const IORING_REGISTER_ZCRX_IFQ: u32 = 32;
/// Resize the rings.
pub const IORING_REGISTER_RESIZE_RINGS: u32 = 33;
/// Register a memory region.
pub const IORING_REGISTER_MEM_REGION: u32 = 34;
/// Query io_uring capabilities.
pub const IORING_REGISTER_QUERY: u32 = 35;
/// Zero-copy receive control.
pub const IORING_REGISTER_ZCRX_CTRL: u32 = 36;
/// Register BPF filter programs.
pub const IORING_REGISTER_BPF_FILTER: u32 = 37;
/// One past the last register opcode of the saved header (grows with new kernels).
pub const IORING_REGISTER_LAST: u32 = 38;
/// Flag or-ed into the opcode: `fd` is a registered ring index.
pub const IORING_REGISTER_USE_REGISTERED_RING: u32 = 1 << 31;
/// Register a fully sparse file table.
pub const IORING_RSRC_REGISTER_SPARSE: u32 = 1 << 0;
/// `IORING_REGISTER_FILES_UPDATE`: skip this slot.
pub const IORING_REGISTER_FILES_SKIP: i32 = -2;
/// `io_uring_probe_op.flags`: the opcode is supported.
pub const IO_URING_OP_SUPPORTED: u16 = 1 << 0;
/// `IORING_REGISTER_PBUF_RING` flag: the kernel allocates the ring.
pub const IOU_PBUF_RING_MMAP: u16 = 1;
/// `IORING_REGISTER_PBUF_RING` flag: incremental buffer consumption.
pub const IOU_PBUF_RING_INC: u16 = 2;

// ====================================================================================// Readiness and the rtnetlink link table (epoll, ppoll/poll, netlink). Each family is typed
// for the field or argument it is used in, which is sometimes not libc's type (libc has `int`
// for the `EPOLL*`, `NLM_F_*`, `NLMSG_*` and `IFF_*` values): `scripts/gen_abi_checks.py`
// compares those families with libc by value (`TYPED_FAMILIES` there). `POLL*` (`short`, the
// type of `PollFd::events`) and `EPOLL_CLOEXEC` are above.
// ===========================================================================================

// --- EPOLL_EVENTS (EPOLL* bits of epoll_event.events: u32, the kernel's `__poll_t`) ---
// `include/uapi/linux/eventpoll.h` (the same on all four arches). libc: `c_int`.

/// Readable (`EPOLLIN`).
pub const EPOLLIN: u32 = 0x0000_0001;
/// Urgent data readable.
pub const EPOLLPRI: u32 = 0x0000_0002;
/// Writable.
pub const EPOLLOUT: u32 = 0x0000_0004;
/// Error condition (always reported).
pub const EPOLLERR: u32 = 0x0000_0008;
/// Hang up (always reported).
pub const EPOLLHUP: u32 = 0x0000_0010;
/// Invalid request (not reported by epoll; `poll`'s `POLLNVAL` value).
pub const EPOLLNVAL: u32 = 0x0000_0020;
/// Normal data readable.
pub const EPOLLRDNORM: u32 = 0x0000_0040;
/// Priority band data readable.
pub const EPOLLRDBAND: u32 = 0x0000_0080;
/// Normal data writable.
pub const EPOLLWRNORM: u32 = 0x0000_0100;
/// Priority data writable.
pub const EPOLLWRBAND: u32 = 0x0000_0200;
/// Unused.
pub const EPOLLMSG: u32 = 0x0000_0400;
/// The peer closed its writing half (stream sockets).
pub const EPOLLRDHUP: u32 = 0x0000_2000;
/// Exclusive wake-up: with several epoll instances on one fd, wake only one (`EPOLL_CTL_ADD`
/// only).
pub const EPOLLEXCLUSIVE: u32 = 1 << 28;
/// Keep the system awake while the event is pending (needs `CAP_BLOCK_SUSPEND`, else
/// silently dropped).
pub const EPOLLWAKEUP: u32 = 1 << 29;
/// Report one event, then disable the registration until `EPOLL_CTL_MOD` re-arms it.
pub const EPOLLONESHOT: u32 = 1 << 30;
/// Edge-triggered: report a change once, not a state for as long as it lasts.
pub const EPOLLET: u32 = 1 << 31;

// --- EPOLL_CTL_ (epoll_ctl `op`: int) --- `include/uapi/linux/eventpoll.h`.

/// Register an fd.
pub const EPOLL_CTL_ADD: i32 = 1;
/// Remove a registration (the event argument is ignored).
pub const EPOLL_CTL_DEL: i32 = 2;
/// Change a registration's events and data.
pub const EPOLL_CTL_MOD: i32 = 3;

// --- NETLINK_ (socket() protocols of AF_NETLINK, and SOL_NETLINK options: int) ---
// `include/uapi/linux/netlink.h`.

/// Routing and device messages (`RTM_*`).
pub const NETLINK_ROUTE: i32 = 0;
/// Socket monitoring (`sock_diag`).
pub const NETLINK_SOCK_DIAG: i32 = 4;
/// Kernel uevents.
pub const NETLINK_KOBJECT_UEVENT: i32 = 15;
/// Generic netlink.
pub const NETLINK_GENERIC: i32 = 16;
/// `SOL_NETLINK` option: report extended acknowledgements.
pub const NETLINK_EXT_ACK: i32 = 11;
/// `SOL_NETLINK` option: strict checking of dump requests.
pub const NETLINK_GET_STRICT_CHK: i32 = 12;

// --- NLM_F (nlmsghdr.nlmsg_flags: u16) --- `include/uapi/linux/netlink.h`. libc: `c_int`.

/// A request (every message to the kernel).
pub const NLM_F_REQUEST: u16 = 0x01;
/// Part of a multipart reply, ended by `NLMSG_DONE`.
pub const NLM_F_MULTI: u16 = 0x02;
/// Reply with an acknowledgement (`NLMSG_ERROR` with error 0) or an error.
pub const NLM_F_ACK: u16 = 0x04;
/// Echo the request.
pub const NLM_F_ECHO: u16 = 0x08;
/// The dump was inconsistent: the table changed while it was being dumped.
pub const NLM_F_DUMP_INTR: u16 = 0x10;
/// The dump was filtered as requested.
pub const NLM_F_DUMP_FILTERED: u16 = 0x20;
/// GET: return the whole table.
pub const NLM_F_ROOT: u16 = 0x100;
/// GET: return every match.
pub const NLM_F_MATCH: u16 = 0x200;
/// GET: atomic snapshot.
pub const NLM_F_ATOMIC: u16 = 0x400;
/// GET: dump the table (`NLM_F_ROOT | NLM_F_MATCH`).
pub const NLM_F_DUMP: u16 = NLM_F_ROOT | NLM_F_MATCH;
/// NEW: replace an existing object.
pub const NLM_F_REPLACE: u16 = 0x100;
/// NEW: fail if it exists.
pub const NLM_F_EXCL: u16 = 0x200;
/// NEW: create it if it does not exist.
pub const NLM_F_CREATE: u16 = 0x400;
/// NEW: add to the end of a list.
pub const NLM_F_APPEND: u16 = 0x800;
/// DELETE: do not delete recursively.
pub const NLM_F_NONREC: u16 = 0x100;
/// ACK: the request was capped (the error message carries no copy of it).
pub const NLM_F_CAPPED: u16 = 0x100;
/// ACK: extended-ack attributes follow.
pub const NLM_F_ACK_TLVS: u16 = 0x200;

// --- NLMSG (nlmsghdr.nlmsg_type of the control messages: u16) ---
// `include/uapi/linux/netlink.h`. libc: `c_int`.

/// Nothing; skip it.
pub const NLMSG_NOOP: u16 = 0x1;
/// An error (`struct nlmsgerr`: a negative errno, then the request's header), or with
/// error 0 an acknowledgement.
pub const NLMSG_ERROR: u16 = 0x2;
/// End of a multipart (dump) reply.
pub const NLMSG_DONE: u16 = 0x3;
/// Data lost.
pub const NLMSG_OVERRUN: u16 = 0x4;
/// The first type that is not a control message.
pub const NLMSG_MIN_TYPE: u16 = 0x10;

// --- RTM_ (rtnetlink message types: u16, like libc) --- `include/uapi/linux/rtnetlink.h`.

/// A link (new, or in a reply).
pub const RTM_NEWLINK: u16 = 16;
/// Delete a link.
pub const RTM_DELLINK: u16 = 17;
/// Get a link, or with `NLM_F_DUMP` every link.
pub const RTM_GETLINK: u16 = 18;
/// Set a link's properties.
pub const RTM_SETLINK: u16 = 19;

// --- IFLA_ (rtattr.rta_type of link attributes: u16, like libc) ---
// `include/uapi/linux/if_link.h` (an enum).

/// Unused.
pub const IFLA_UNSPEC: u16 = 0;
/// Hardware (link-layer) address: bytes.
pub const IFLA_ADDRESS: u16 = 1;
/// Hardware broadcast address: bytes.
pub const IFLA_BROADCAST: u16 = 2;
/// Interface name: a NUL-terminated string of at most `IFNAMSIZ` (16) bytes.
pub const IFLA_IFNAME: u16 = 3;
/// MTU: `u32`.
pub const IFLA_MTU: u16 = 4;
/// The index of the link this one is stacked on: `u32`.
pub const IFLA_LINK: u16 = 5;
/// Queueing discipline name: string.
pub const IFLA_QDISC: u16 = 6;
/// 32-bit statistics.
pub const IFLA_STATS: u16 = 7;
/// The master device's index (bond, bridge, VRF): `u32`.
pub const IFLA_MASTER: u16 = 10;
/// Transmit queue length: `u32`.
pub const IFLA_TXQLEN: u16 = 13;
/// RFC 2863 operational state (`IF_OPER_*`): `u8`.
pub const IFLA_OPERSTATE: u16 = 16;
/// Link mode: `u8`.
pub const IFLA_LINKMODE: u16 = 17;
/// Nested link kind and data.
pub const IFLA_LINKINFO: u16 = 18;
/// Alias: string.
pub const IFLA_IFALIAS: u16 = 20;
/// 64-bit statistics.
pub const IFLA_STATS64: u16 = 23;
/// Device group: `u32`.
pub const IFLA_GROUP: u16 = 27;
/// Promiscuity count: `u32`.
pub const IFLA_PROMISCUITY: u16 = 30;
/// Carrier state: `u8`.
pub const IFLA_CARRIER: u16 = 33;
/// Smallest MTU the device accepts: `u32`.
pub const IFLA_MIN_MTU: u16 = 50;
/// Largest MTU the device accepts: `u32`.
pub const IFLA_MAX_MTU: u16 = 51;
/// Alternative names (nested `IFLA_ALT_IFNAME`).
pub const IFLA_PROP_LIST: u16 = 52;
/// An alternative name: string.
pub const IFLA_ALT_IFNAME: u16 = 53;
/// Permanent hardware address: bytes.
pub const IFLA_PERM_ADDRESS: u16 = 54;

// --- IFF (ifinfomsg.ifi_flags: u32, `enum net_device_flags`) ---
// `include/uapi/linux/if.h`. libc: `c_int`.

/// Administratively up.
pub const IFF_UP: u32 = 1 << 0;
/// Broadcast address valid.
pub const IFF_BROADCAST: u32 = 1 << 1;
/// Debugging on.
pub const IFF_DEBUG: u32 = 1 << 2;
/// A loopback device.
pub const IFF_LOOPBACK: u32 = 1 << 3;
/// A point-to-point link.
pub const IFF_POINTOPOINT: u32 = 1 << 4;
/// Avoid trailers (unused).
pub const IFF_NOTRAILERS: u32 = 1 << 5;
/// Operationally up (RFC 2863 `OPER_UP`).
pub const IFF_RUNNING: u32 = 1 << 6;
/// No ARP.
pub const IFF_NOARP: u32 = 1 << 7;
/// Receives every packet.
pub const IFF_PROMISC: u32 = 1 << 8;
/// Receives every multicast packet.
pub const IFF_ALLMULTI: u32 = 1 << 9;
/// Master of a load balancer.
pub const IFF_MASTER: u32 = 1 << 10;
/// Slave of a load balancer.
pub const IFF_SLAVE: u32 = 1 << 11;
/// Supports multicast.
pub const IFF_MULTICAST: u32 = 1 << 12;
/// Can set the media type.
pub const IFF_PORTSEL: u32 = 1 << 13;
/// Automatic media selection.
pub const IFF_AUTOMEDIA: u32 = 1 << 14;
/// Dial-up device with changing addresses.
pub const IFF_DYNAMIC: u32 = 1 << 15;
/// The driver signals layer 1 up.
pub const IFF_LOWER_UP: u32 = 1 << 16;
/// The driver signals dormant.
pub const IFF_DORMANT: u32 = 1 << 17;
/// Echoes sent packets.
pub const IFF_ECHO: u32 = 1 << 18;
// ===========================================================================================
// Files and fds: the constants of openat, stat/statx, fcntl, lseek, close_range,
// prlimit64 and ioctl (zcall::sys::fs). The same on all four arches: each header below is
// `include/uapi/...` with no per-arch override for x86_64, arm64, riscv or loongarch.

// --- S_ (file type and permission bits of `st_mode`/`stx_mode`, `mode_t`) ---
// `include/uapi/linux/stat.h`.

/// Mask of the file type bits.
pub const S_IFMT: u32 = 0o170000;
/// File type: socket.
pub const S_IFSOCK: u32 = 0o140000;
/// File type: symbolic link.
pub const S_IFLNK: u32 = 0o120000;
/// File type: regular file.
pub const S_IFREG: u32 = 0o100000;
/// File type: block device.
pub const S_IFBLK: u32 = 0o060000;
/// File type: directory.
pub const S_IFDIR: u32 = 0o040000;
/// File type: character device.
pub const S_IFCHR: u32 = 0o020000;
/// File type: FIFO (named pipe, and pipes).
pub const S_IFIFO: u32 = 0o010000;
/// Set-user-id on execution.
pub const S_ISUID: u32 = 0o4000;
/// Set-group-id on execution.
pub const S_ISGID: u32 = 0o2000;
/// Sticky bit (restricted deletion in directories).
pub const S_ISVTX: u32 = 0o1000;
/// Owner: read, write, execute.
pub const S_IRWXU: u32 = 0o700;
/// Owner: read.
pub const S_IRUSR: u32 = 0o400;
/// Owner: write.
pub const S_IWUSR: u32 = 0o200;
/// Owner: execute (search, for a directory).
pub const S_IXUSR: u32 = 0o100;
/// Group: read, write, execute.
pub const S_IRWXG: u32 = 0o070;
/// Group: read.
pub const S_IRGRP: u32 = 0o040;
/// Group: write.
pub const S_IWGRP: u32 = 0o020;
/// Group: execute.
pub const S_IXGRP: u32 = 0o010;
/// Others: read, write, execute.
pub const S_IRWXO: u32 = 0o007;
/// Others: read.
pub const S_IROTH: u32 = 0o004;
/// Others: write.
pub const S_IWOTH: u32 = 0o002;
/// Others: execute.
pub const S_IXOTH: u32 = 0o001;

// --- STATX_ (statx `mask` bits and `stx_attributes` bits) --- `include/uapi/linux/stat.h`.
// The attribute bits are `int` like libc's (the kernel's `stx_attributes` is a `__u64`).

/// Want/got `stx_mode & S_IFMT`.
pub const STATX_TYPE: u32 = 0x1;
/// Want/got `stx_mode & !S_IFMT`.
pub const STATX_MODE: u32 = 0x2;
/// Want/got `stx_nlink`.
pub const STATX_NLINK: u32 = 0x4;
/// Want/got `stx_uid`.
pub const STATX_UID: u32 = 0x8;
/// Want/got `stx_gid`.
pub const STATX_GID: u32 = 0x10;
/// Want/got `stx_atime`.
pub const STATX_ATIME: u32 = 0x20;
/// Want/got `stx_mtime`.
pub const STATX_MTIME: u32 = 0x40;
/// Want/got `stx_ctime`.
pub const STATX_CTIME: u32 = 0x80;
/// Want/got `stx_ino`.
pub const STATX_INO: u32 = 0x100;
/// Want/got `stx_size`.
pub const STATX_SIZE: u32 = 0x200;
/// Want/got `stx_blocks`.
pub const STATX_BLOCKS: u32 = 0x400;
/// Everything of `struct stat` (`STATX_TYPE` … `STATX_BLOCKS`).
pub const STATX_BASIC_STATS: u32 = 0x7ff;
/// Want/got `stx_btime` (creation time).
pub const STATX_BTIME: u32 = 0x800;
/// `STATX_BASIC_STATS | STATX_BTIME` (deprecated by the kernel: ask for what you need).
pub const STATX_ALL: u32 = 0xfff;
/// Got `stx_mnt_id` (Linux 5.8).
pub const STATX_MNT_ID: u32 = 0x1000;
/// Want/got the direct-I/O alignment fields (Linux 6.1).
pub const STATX_DIOALIGN: u32 = 0x2000;
/// Want/got the unique 64-bit mount id in `stx_mnt_id` (Linux 6.8).
pub const STATX_MNT_ID_UNIQUE: u32 = 0x4000;
/// Want/got `stx_subvol` (Linux 6.10).
pub const STATX_SUBVOL: u32 = 0x8000;
/// Want/got the atomic-write fields (Linux 6.11).
pub const STATX_WRITE_ATOMIC: u32 = 0x10000;
/// Want/got `stx_dio_read_offset_align` (Linux 6.14).
pub const STATX_DIO_READ_ALIGN: u32 = 0x20000;
/// `stx_attributes`: the file is compressed by the filesystem.
pub const STATX_ATTR_COMPRESSED: i32 = 0x4;
/// `stx_attributes`: the file is immutable.
pub const STATX_ATTR_IMMUTABLE: i32 = 0x10;
/// `stx_attributes`: the file is append-only.
pub const STATX_ATTR_APPEND: i32 = 0x20;
/// `stx_attributes`: the file is not to be dumped.
pub const STATX_ATTR_NODUMP: i32 = 0x40;
/// `stx_attributes`: the file is encrypted.
pub const STATX_ATTR_ENCRYPTED: i32 = 0x800;
/// `stx_attributes`: a directory that is an automount trigger.
pub const STATX_ATTR_AUTOMOUNT: i32 = 0x1000;
/// `stx_attributes`: the root of a mount.
pub const STATX_ATTR_MOUNT_ROOT: i32 = 0x2000;
/// `stx_attributes`: fs-verity protected.
pub const STATX_ATTR_VERITY: i32 = 0x100000;
/// `stx_attributes`: in DAX state.
pub const STATX_ATTR_DAX: i32 = 0x200000;
/// `stx_attributes`: supports atomic writes.
pub const STATX_ATTR_WRITE_ATOMIC: i32 = 0x400000;

// --- AT_ (statx synchronisation flags, AT_RECURSIVE) --- `include/uapi/linux/fcntl.h`.

/// `statx`: mask of the synchronisation type bits.
pub const AT_STATX_SYNC_TYPE: i32 = 0x6000;
/// `statx`: do what `stat` does (the default).
pub const AT_STATX_SYNC_AS_STAT: i32 = 0x0000;
/// `statx`: force the attributes to be synchronised with a network filesystem's server.
pub const AT_STATX_FORCE_SYNC: i32 = 0x2000;
/// `statx`: do not synchronise, use what is cached.
pub const AT_STATX_DONT_SYNC: i32 = 0x4000;
/// Apply to the entire subtree (`open_tree`, `mount_setattr`).
pub const AT_RECURSIVE: i32 = 0x8000;

// --- F_ (more fcntl) --- `include/uapi/linux/fcntl.h` (Linux 6.3).

/// Prevent `chmod` from setting execute bits (and the memfd from being executed).
pub const F_SEAL_EXEC: i32 = 0x20;

// --- SEEK_ (lseek `whence`) --- `include/uapi/linux/fs.h`.

/// Seek from the start of the file.
pub const SEEK_SET: i32 = 0;
/// Seek from the current position.
pub const SEEK_CUR: i32 = 1;
/// Seek from the end of the file.
pub const SEEK_END: i32 = 2;
/// Seek to the next data at or after the offset (`ENXIO` past the end).
pub const SEEK_DATA: i32 = 3;
/// Seek to the next hole at or after the offset (the end of the file counts as one).
pub const SEEK_HOLE: i32 = 4;

// --- CLOSE_RANGE_ (close_range flags) --- `include/uapi/linux/close_range.h`.

/// Unshare the fd table before closing (the caller's table becomes private).
pub const CLOSE_RANGE_UNSHARE: u32 = 1 << 1;
/// Set close-on-exec on the range instead of closing it (Linux 5.11).
pub const CLOSE_RANGE_CLOEXEC: u32 = 1 << 2;

// --- RLIMIT_ (prlimit64 `resource`, the kernel's `unsigned int`) ---
// `include/uapi/asm-generic/resource.h` (x86_64's `asm/resource.h` includes it unchanged);
// mips64's `arch/mips/include/uapi/asm/resource.h` has RLIMIT_NOFILE 5, RLIMIT_AS 6,
// RLIMIT_RSS 7, RLIMIT_NPROC 8, RLIMIT_MEMLOCK 9.

/// CPU time in seconds.
pub const RLIMIT_CPU: u32 = 0;
/// Largest file size.
pub const RLIMIT_FSIZE: u32 = 1;
/// Data segment size.
pub const RLIMIT_DATA: u32 = 2;
/// Stack size.
pub const RLIMIT_STACK: u32 = 3;
/// Core file size.
pub const RLIMIT_CORE: u32 = 4;
/// Resident set size (no effect since Linux 2.6).
#[cfg(not(target_arch = "mips64"))]
pub const RLIMIT_RSS: u32 = 5;
/// Resident set size (no effect since Linux 2.6).
#[cfg(target_arch = "mips64")]
pub const RLIMIT_RSS: u32 = 7;
/// Number of processes (threads) of the real user id.
#[cfg(not(target_arch = "mips64"))]
pub const RLIMIT_NPROC: u32 = 6;
/// Number of processes (threads) of the real user id.
#[cfg(target_arch = "mips64")]
pub const RLIMIT_NPROC: u32 = 8;
/// One more than the largest fd number that may be opened.
#[cfg(not(target_arch = "mips64"))]
pub const RLIMIT_NOFILE: u32 = 7;
/// One more than the largest fd number that may be opened.
#[cfg(target_arch = "mips64")]
pub const RLIMIT_NOFILE: u32 = 5;
/// Bytes of memory that may be locked (`mlock`, io_uring buffers on older kernels).
#[cfg(not(target_arch = "mips64"))]
pub const RLIMIT_MEMLOCK: u32 = 8;
/// Bytes of memory that may be locked (`mlock`, io_uring buffers on older kernels).
#[cfg(target_arch = "mips64")]
pub const RLIMIT_MEMLOCK: u32 = 9;
/// Address space size.
#[cfg(not(target_arch = "mips64"))]
pub const RLIMIT_AS: u32 = 9;
/// Address space size.
#[cfg(target_arch = "mips64")]
pub const RLIMIT_AS: u32 = 6;
/// File locks (no effect).
pub const RLIMIT_LOCKS: u32 = 10;
/// Pending signals.
pub const RLIMIT_SIGPENDING: u32 = 11;
/// Bytes in POSIX message queues.
pub const RLIMIT_MSGQUEUE: u32 = 12;
/// Ceiling of the nice value (as `20 - limit`).
pub const RLIMIT_NICE: u32 = 13;
/// Ceiling of the real-time priority.
pub const RLIMIT_RTPRIO: u32 = 14;
/// Real-time CPU time without a blocking call, in microseconds.
pub const RLIMIT_RTTIME: u32 = 15;
/// Number of resources.
pub const RLIM_NLIMITS: u32 = 16;
/// No limit (`rlim_cur`/`rlim_max`).
pub const RLIM_INFINITY: u64 = !0;

// --- FIO (ioctl requests on any fd; the kernel's `unsigned int cmd`) ---
// `include/uapi/asm-generic/ioctls.h`; FIOSETOWN/FIOGETOWN `include/uapi/linux/sockios.h`.
// mips64: `arch/mips/include/uapi/asm/ioctls.h` (Linux 6.1.192) spells FIOCLEX 0x6601,
// FIONCLEX 0x6602, FIOASYNC 0x667d, FIONBIO 0x667e, FIOQSIZE 0x667f, FIONREAD 0x467f out,
// and `asm/sockios.h` FIOGETOWN `_IOR('f', 123, int)`, FIOSETOWN `_IOW('f', 124, int)` in
// mips' `_IOC` (`asm/ioctl.h`: 13 size bits, direction NONE 1, READ 2, WRITE 4 at bit 29).
// arm's and s390's `asm/ioctls.h` (Linux 6.1.192) have FIOQSIZE 0x545E (then include the
// asm-generic header for the rest); powerpc's defines them with its
// own `_IO`/`_IOR`/`_IOW` (`arch/powerpc/include/uapi/asm/ioctl.h`: 13 size bits, direction
// bits NONE 1, READ 2, WRITE 4 at bit 29): FIOCLEX `_IO('f', 1)`, FIONCLEX `_IO('f', 2)`,
// FIOASYNC `_IOW('f', 125, int)`, FIONBIO `_IOW('f', 126, int)`, FIONREAD
// `_IOR('f', 127, int)`, FIOQSIZE `_IOR('f', 128, loff_t)` (the same on 64-bit powerpc:
// neither header has a `__powerpc64__` branch, and `int`/`loff_t` keep their sizes).

/// `int *`: bytes ready to read (pipes, sockets, ttys; regular files: up to the end).
#[cfg(not(any(
    target_arch = "powerpc",
    target_arch = "powerpc64",
    target_arch = "mips64"
)))]
pub const FIONREAD: u32 = 0x541B;
/// `int *`: bytes ready to read (pipes, sockets, ttys; regular files: up to the end).
#[cfg(any(target_arch = "powerpc", target_arch = "powerpc64"))]
pub const FIONREAD: u32 = 0x4004_667F;
/// `int *`: bytes ready to read (pipes, sockets, ttys; regular files: up to the end).
#[cfg(target_arch = "mips64")]
pub const FIONREAD: u32 = 0x467F;
/// `const int *`: non-zero sets `O_NONBLOCK`, zero clears it.
#[cfg(not(any(
    target_arch = "powerpc",
    target_arch = "powerpc64",
    target_arch = "mips64"
)))]
pub const FIONBIO: u32 = 0x5421;
/// `const int *`: non-zero sets `O_NONBLOCK`, zero clears it.
#[cfg(any(target_arch = "powerpc", target_arch = "powerpc64"))]
pub const FIONBIO: u32 = 0x8004_667E;
/// `const int *`: non-zero sets `O_NONBLOCK`, zero clears it.
#[cfg(target_arch = "mips64")]
pub const FIONBIO: u32 = 0x667E;
/// No argument: clear close-on-exec.
#[cfg(not(any(
    target_arch = "powerpc",
    target_arch = "powerpc64",
    target_arch = "mips64"
)))]
pub const FIONCLEX: u32 = 0x5450;
/// No argument: clear close-on-exec.
#[cfg(any(target_arch = "powerpc", target_arch = "powerpc64"))]
pub const FIONCLEX: u32 = 0x2000_6602;
/// No argument: clear close-on-exec.
#[cfg(target_arch = "mips64")]
pub const FIONCLEX: u32 = 0x6602;
/// No argument: set close-on-exec.
#[cfg(not(any(
    target_arch = "powerpc",
    target_arch = "powerpc64",
    target_arch = "mips64"
)))]
pub const FIOCLEX: u32 = 0x5451;
/// No argument: set close-on-exec.
#[cfg(any(target_arch = "powerpc", target_arch = "powerpc64"))]
pub const FIOCLEX: u32 = 0x2000_6601;
/// No argument: set close-on-exec.
#[cfg(target_arch = "mips64")]
pub const FIOCLEX: u32 = 0x6601;
/// `const int *`: non-zero sets `O_ASYNC`, zero clears it.
#[cfg(not(any(
    target_arch = "powerpc",
    target_arch = "powerpc64",
    target_arch = "mips64"
)))]
pub const FIOASYNC: u32 = 0x5452;
/// `const int *`: non-zero sets `O_ASYNC`, zero clears it.
#[cfg(any(target_arch = "powerpc", target_arch = "powerpc64"))]
pub const FIOASYNC: u32 = 0x8004_667D;
/// `const int *`: non-zero sets `O_ASYNC`, zero clears it.
#[cfg(target_arch = "mips64")]
pub const FIOASYNC: u32 = 0x667D;
/// `loff_t *`: the size of a file or directory.
#[cfg(not(any(
    target_arch = "powerpc",
    target_arch = "powerpc64",
    target_arch = "arm",
    target_arch = "s390x",
    target_arch = "mips64"
)))]
pub const FIOQSIZE: u32 = 0x5460;
/// `loff_t *`: the size of a file or directory.
#[cfg(any(target_arch = "arm", target_arch = "s390x"))]
pub const FIOQSIZE: u32 = 0x545E;
/// `loff_t *`: the size of a file or directory.
#[cfg(any(target_arch = "powerpc", target_arch = "powerpc64"))]
pub const FIOQSIZE: u32 = 0x4008_6680;
/// `loff_t *`: the size of a file or directory.
#[cfg(target_arch = "mips64")]
pub const FIOQSIZE: u32 = 0x667F;
/// `const int *`: a socket's owner for SIGIO/SIGURG.
#[cfg(not(target_arch = "mips64"))]
pub const FIOSETOWN: u32 = 0x8901;
/// `const int *`: a socket's owner for SIGIO/SIGURG.
#[cfg(target_arch = "mips64")]
pub const FIOSETOWN: u32 = 0x8004_667C;
/// `int *`: a socket's owner for SIGIO/SIGURG.
#[cfg(not(target_arch = "mips64"))]
pub const FIOGETOWN: u32 = 0x8903;
/// `int *`: a socket's owner for SIGIO/SIGURG.
#[cfg(target_arch = "mips64")]
pub const FIOGETOWN: u32 = 0x4004_667B;

// --- SIOC (socket ioctl requests; the kernel's `unsigned int cmd`) ---
// `include/uapi/linux/sockios.h` (SIOCOUTQ = TIOCOUTQ: `include/uapi/asm-generic/ioctls.h`;
// powerpc's `asm/ioctls.h`: `_IOR('t', 115, int)`; mips64's `asm/ioctls.h`: TIOCOUTQ
// 0x7472, and `asm/sockios.h` SIOCATMARK `_IOR('s', 7, int)`).

/// `int *`: bytes in the receive queue (= `FIONREAD`).
pub const SIOCINQ: u32 = FIONREAD;
/// `int *`: bytes in the send queue not yet sent or acknowledged.
#[cfg(not(any(
    target_arch = "powerpc",
    target_arch = "powerpc64",
    target_arch = "mips64"
)))]
pub const SIOCOUTQ: u32 = 0x5411;
/// `int *`: bytes in the send queue not yet sent or acknowledged.
#[cfg(any(target_arch = "powerpc", target_arch = "powerpc64"))]
pub const SIOCOUTQ: u32 = 0x4004_7473;
/// `int *`: bytes in the send queue not yet sent or acknowledged.
#[cfg(target_arch = "mips64")]
pub const SIOCOUTQ: u32 = 0x7472;
/// `int *`: whether the read pointer is at the urgent mark.
#[cfg(not(target_arch = "mips64"))]
pub const SIOCATMARK: u32 = 0x8905;
/// `int *`: whether the read pointer is at the urgent mark.
#[cfg(target_arch = "mips64")]
pub const SIOCATMARK: u32 = 0x4004_7307;
/// `struct ifreq *`: interface name of `ifr_ifindex`.
pub const SIOCGIFNAME: u32 = 0x8910;
/// `struct ifconf *`: list of interface addresses.
pub const SIOCGIFCONF: u32 = 0x8912;
/// `struct ifreq *`: interface flags (`ifr_flags`).
pub const SIOCGIFFLAGS: u32 = 0x8913;
/// `struct ifreq *`: set interface flags.
pub const SIOCSIFFLAGS: u32 = 0x8914;
/// `struct ifreq *`: interface address.
pub const SIOCGIFADDR: u32 = 0x8915;
/// `struct ifreq *`: MTU (`ifr_mtu`).
pub const SIOCGIFMTU: u32 = 0x8921;
/// `struct ifreq *`: set the MTU.
pub const SIOCSIFMTU: u32 = 0x8922;
/// `struct ifreq *`: hardware address.
pub const SIOCGIFHWADDR: u32 = 0x8927;
/// `struct ifreq *`: interface index of `ifr_name` (`ifr_ifindex`).
pub const SIOCGIFINDEX: u32 = 0x8933;

// --- IFNAMSIZ --- `include/uapi/linux/if.h`.

/// Size of an interface name buffer, NUL included (`ifr_name`).
pub const IFNAMSIZ: usize = 16;
