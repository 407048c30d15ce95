//! FreeBSD (x86_64) constants.
//!
//! The values are FreeBSD's, from the headers named at each family (paths in
//! freebsd/freebsd-src). They are the ones the `libc` crate has in
//! `src/unix/bsd/freebsdlike/mod.rs`, `src/unix/bsd/freebsdlike/freebsd/mod.rs`
//! and `src/unix/bsd/mod.rs`, which were the source used here. Types follow
//! `libc`. Besides libc, `tests/tests/abi_libc.rs` compares every value with
//! FreeBSD 15's headers as bundled by Zig (saved in `scripts/data/headers/`), an
//! independent source; the differences are noted at the constants.
//!
//! FreeBSD has no signalfd, pidfd (it has process descriptors instead), splice
//! or io_uring; eventfd, timerfd and memfd_create exist as libc functions over
//! other syscalls, and their flags are included for those.

// --- AF_ (address families) --- `sys/sys/socket.h`.

/// Unspecified address family.
pub const AF_UNSPEC: i32 = 0;
/// Local (Unix-domain) sockets.
pub const AF_UNIX: i32 = 1;
/// Same as `AF_UNIX`.
pub const AF_LOCAL: i32 = 1;
/// IPv4.
pub const AF_INET: i32 = 2;
/// Routing sockets.
pub const AF_ROUTE: i32 = 17;
/// Link-layer interface addresses.
pub const AF_LINK: i32 = 18;
/// IPv6 (28 on FreeBSD, unlike Linux's 10).
pub const AF_INET6: i32 = 28;
/// Bluetooth sockets.
pub const AF_BLUETOOTH: i32 = 36;

// --- SOCK_ (socket types and flags) --- `sys/sys/socket.h`.

/// Byte stream socket.
pub const SOCK_STREAM: i32 = 1;
/// Datagram socket.
pub const SOCK_DGRAM: i32 = 2;
/// Raw protocol interface.
pub const SOCK_RAW: i32 = 3;
/// Reliably-delivered messages.
pub const SOCK_RDM: i32 = 4;
/// Sequenced packet socket.
pub const SOCK_SEQPACKET: i32 = 5;
/// Set close-on-exec on the new socket (or-ed into the type argument).
pub const SOCK_CLOEXEC: i32 = 0x10000000;
/// Set `O_NONBLOCK` on the new socket (or-ed into the type argument).
pub const SOCK_NONBLOCK: i32 = 0x20000000;

// --- IPPROTO_ --- `sys/netinet/in.h`.

/// Dummy protocol / default for the socket type.
pub const IPPROTO_IP: i32 = 0;
/// IPv6 hop-by-hop options header.
pub const IPPROTO_HOPOPTS: i32 = 0;
/// ICMP.
pub const IPPROTO_ICMP: i32 = 1;
/// IGMP.
pub const IPPROTO_IGMP: i32 = 2;
/// TCP.
pub const IPPROTO_TCP: i32 = 6;
/// UDP.
pub const IPPROTO_UDP: i32 = 17;
/// IPv6 (also the IPv6 socket-option level).
pub const IPPROTO_IPV6: i32 = 41;
/// IPv6 routing header.
pub const IPPROTO_ROUTING: i32 = 43;
/// IPv6 fragmentation header.
pub const IPPROTO_FRAGMENT: i32 = 44;
/// GRE.
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
/// SCTP.
pub const IPPROTO_SCTP: i32 = 132;
/// UDP-Lite.
pub const IPPROTO_UDPLITE: i32 = 136;
/// Raw IP packets.
pub const IPPROTO_RAW: i32 = 255;
/// Divert sockets (ipfw).
pub const IPPROTO_DIVERT: i32 = 258;

// --- SOL_ --- `sys/sys/socket.h`.

/// Socket-level options (`SO_*`); 0xffff on the BSDs, 1 on Linux.
pub const SOL_SOCKET: i32 = 0xffff;

// --- SO_ (SOL_SOCKET options) --- `sys/sys/socket.h`.

/// Enable socket debugging.
pub const SO_DEBUG: i32 = 0x00000001;
/// Whether the socket is listening.
pub const SO_ACCEPTCONN: i32 = 0x00000002;
/// Allow reuse of local addresses.
pub const SO_REUSEADDR: i32 = 0x00000004;
/// Keep connections alive.
pub const SO_KEEPALIVE: i32 = 0x00000008;
/// Bypass routing, use direct interface.
pub const SO_DONTROUTE: i32 = 0x00000010;
/// Permit sending of broadcast messages.
pub const SO_BROADCAST: i32 = 0x00000020;
/// Bypass hardware when possible.
pub const SO_USELOOPBACK: i32 = 0x00000040;
/// Linger on close if data present (`struct linger`, seconds).
pub const SO_LINGER: i32 = 0x00000080;
/// Leave received out-of-band data inline.
pub const SO_OOBINLINE: i32 = 0x00000100;
/// Allow local address and port reuse.
pub const SO_REUSEPORT: i32 = 0x00000200;
/// Receive `SCM_TIMESTAMP` with datagrams.
pub const SO_TIMESTAMP: i32 = 0x00000400;
/// Do not raise SIGPIPE on EPIPE.
pub const SO_NOSIGPIPE: i32 = 0x00000800;
/// An accept filter is installed.
pub const SO_ACCEPTFILTER: i32 = 0x00001000;
/// Receive `SCM_BINTIME` with datagrams.
pub const SO_BINTIME: i32 = 0x00002000;
/// Load-balancing `SO_REUSEPORT`.
pub const SO_REUSEPORT_LB: i32 = 0x00010000;
/// Send buffer size.
pub const SO_SNDBUF: i32 = 0x1001;
/// Receive buffer size.
pub const SO_RCVBUF: i32 = 0x1002;
/// Send low-water mark.
pub const SO_SNDLOWAT: i32 = 0x1003;
/// Receive low-water mark.
pub const SO_RCVLOWAT: i32 = 0x1004;
/// Send timeout (`struct timeval`).
pub const SO_SNDTIMEO: i32 = 0x1005;
/// Receive timeout (`struct timeval`).
pub const SO_RCVTIMEO: i32 = 0x1006;
/// Get and clear the pending socket error.
pub const SO_ERROR: i32 = 0x1007;
/// Get the socket type.
pub const SO_TYPE: i32 = 0x1008;
/// Routing table (FIB) of the socket.
pub const SO_SETFIB: i32 = 0x1014;
/// User cookie (like Linux's `SO_MARK`).
pub const SO_USER_COOKIE: i32 = 0x1015;
/// Get the socket protocol.
pub const SO_PROTOCOL: i32 = 0x1016;
/// Clock used by `SO_TIMESTAMP`.
pub const SO_TS_CLOCK: i32 = 0x1017;
/// Get the socket domain (address family).
pub const SO_DOMAIN: i32 = 0x1019;

// --- SCM_ (ancillary message types) --- `sys/sys/socket.h`.

/// Pass file descriptors (payload: array of `i32`).
pub const SCM_RIGHTS: i32 = 0x01;
/// Timestamp (`struct timeval`).
pub const SCM_TIMESTAMP: i32 = 0x02;
/// Process credentials (`struct cmsgcred`).
pub const SCM_CREDS: i32 = 0x03;
/// Timestamp (`struct bintime`).
pub const SCM_BINTIME: i32 = 0x04;
/// Timestamp (`struct timespec`, CLOCK_REALTIME).
pub const SCM_REALTIME: i32 = 0x05;
/// Timestamp (`struct timespec`, CLOCK_MONOTONIC).
pub const SCM_MONOTONIC: i32 = 0x06;

// --- TCP_ (IPPROTO_TCP options) --- `sys/netinet/tcp.h`.

/// Disable Nagle's algorithm.
pub const TCP_NODELAY: i32 = 1;
/// Maximum segment size.
pub const TCP_MAXSEG: i32 = 2;
/// Do not push the last block of a write.
pub const TCP_NOPUSH: i32 = 4;
/// Do not use TCP options.
pub const TCP_NOOPT: i32 = 8;
/// Connection information (`struct tcp_info`).
pub const TCP_INFO: i32 = 32;
/// Congestion control algorithm name.
pub const TCP_CONGESTION: i32 = 64;
/// Connection establishment timeout (seconds).
pub const TCP_KEEPINIT: i32 = 128;
/// Idle time before keepalive probes start (seconds).
pub const TCP_KEEPIDLE: i32 = 256;
/// Interval between keepalive probes (seconds).
pub const TCP_KEEPINTVL: i32 = 512;
/// Number of keepalive probes before dropping the connection.
pub const TCP_KEEPCNT: i32 = 1024;
/// Enable TCP Fast Open.
pub const TCP_FASTOPEN: i32 = 1025;

// --- IP_ (IPPROTO_IP options) --- `sys/netinet/in.h`.

/// The application supplies the IP header.
pub const IP_HDRINCL: i32 = 2;
/// Type of service.
pub const IP_TOS: i32 = 3;
/// Time to live.
pub const IP_TTL: i32 = 4;
/// Receive the destination address as ancillary data.
pub const IP_RECVDSTADDR: i32 = 7;
/// Send from this source address (ancillary data; same value as `IP_RECVDSTADDR`).
pub const IP_SENDSRCADDR: i32 = 7;
/// Multicast interface.
pub const IP_MULTICAST_IF: i32 = 9;
/// Multicast TTL.
pub const IP_MULTICAST_TTL: i32 = 10;
/// Multicast loopback.
pub const IP_MULTICAST_LOOP: i32 = 11;
/// Join a multicast group.
pub const IP_ADD_MEMBERSHIP: i32 = 12;
/// Leave a multicast group.
pub const IP_DROP_MEMBERSHIP: i32 = 13;
/// Receive the interface as ancillary data.
pub const IP_RECVIF: i32 = 20;
/// Bind to any address (transparent proxying; like Linux's `IP_TRANSPARENT`).
pub const IP_BINDANY: i32 = 24;
/// Allow several sockets to bind the same address and port. (Not in FreeBSD
/// 15's `netinet/in.h` as bundled by Zig.)
pub const IP_BINDMULTI: i32 = 25;
/// Receive the original destination address.
pub const IP_ORIGDSTADDR: i32 = 27;
/// Same as `IP_ORIGDSTADDR`.
pub const IP_RECVORIGDSTADDR: i32 = 27;
/// Receive the TTL as ancillary data.
pub const IP_RECVTTL: i32 = 65;
/// Minimum TTL of accepted packets.
pub const IP_MINTTL: i32 = 66;
/// Do not fragment.
pub const IP_DONTFRAG: i32 = 67;
/// Receive the TOS as ancillary data.
pub const IP_RECVTOS: i32 = 68;
/// Join a source-specific multicast group.
pub const IP_ADD_SOURCE_MEMBERSHIP: i32 = 70;
/// Leave a source-specific multicast group.
pub const IP_DROP_SOURCE_MEMBERSHIP: i32 = 71;
/// Block a multicast source.
pub const IP_BLOCK_SOURCE: i32 = 72;
/// Unblock a multicast source.
pub const IP_UNBLOCK_SOURCE: i32 = 73;

// --- IPV6_ (IPPROTO_IPV6 options) --- `sys/netinet6/in6.h`.

/// Unicast hop limit.
pub const IPV6_UNICAST_HOPS: i32 = 4;
/// Multicast interface.
pub const IPV6_MULTICAST_IF: i32 = 9;
/// Multicast hop limit.
pub const IPV6_MULTICAST_HOPS: i32 = 10;
/// Multicast loopback.
pub const IPV6_MULTICAST_LOOP: i32 = 11;
/// Join a multicast group.
pub const IPV6_JOIN_GROUP: i32 = 12;
/// Leave a multicast group.
pub const IPV6_LEAVE_GROUP: i32 = 13;
/// Checksum offset for raw sockets.
pub const IPV6_CHECKSUM: i32 = 26;
/// Restrict the socket to IPv6 only.
pub const IPV6_V6ONLY: i32 = 27;
/// Receive `IPV6_PKTINFO` ancillary data.
pub const IPV6_RECVPKTINFO: i32 = 36;
/// Receive the hop limit as ancillary data.
pub const IPV6_RECVHOPLIMIT: i32 = 37;
/// Packet info (`struct in6_pktinfo`).
pub const IPV6_PKTINFO: i32 = 46;
/// Hop limit ancillary data.
pub const IPV6_HOPLIMIT: i32 = 47;
/// Receive the traffic class.
pub const IPV6_RECVTCLASS: i32 = 57;
/// Traffic class.
pub const IPV6_TCLASS: i32 = 61;
/// Do not fragment.
pub const IPV6_DONTFRAG: i32 = 62;
/// Bind to any address (transparent proxying).
pub const IPV6_BINDANY: i32 = 64;
/// Receive the original destination address.
pub const IPV6_ORIGDSTADDR: i32 = 72;
/// Same as `IPV6_ORIGDSTADDR`.
pub const IPV6_RECVORIGDSTADDR: i32 = 72;

// --- MSG_ (send/recv flags) --- `sys/sys/socket.h`.

/// Out-of-band data.
pub const MSG_OOB: i32 = 0x00000001;
/// Peek at incoming data without removing it.
pub const MSG_PEEK: i32 = 0x00000002;
/// Send without using routing tables.
pub const MSG_DONTROUTE: i32 = 0x00000004;
/// End of record.
pub const MSG_EOR: i32 = 0x00000008;
/// Data was truncated.
pub const MSG_TRUNC: i32 = 0x00000010;
/// Control data was truncated.
pub const MSG_CTRUNC: i32 = 0x00000020;
/// Wait for the full request.
pub const MSG_WAITALL: i32 = 0x00000040;
/// Nonblocking operation.
pub const MSG_DONTWAIT: i32 = 0x00000080;
/// Data completes the connection.
pub const MSG_EOF: i32 = 0x00000100;
/// SCTP notification.
pub const MSG_NOTIFICATION: i32 = 0x00002000;
/// Nonblocking operation (for use inside the kernel).
pub const MSG_NBIO: i32 = 0x00004000;
/// Used in sendit().
pub const MSG_COMPAT: i32 = 0x00008000;
/// Do not raise SIGPIPE.
pub const MSG_NOSIGNAL: i32 = 0x00020000;
/// Set close-on-exec on fds received via `SCM_RIGHTS`.
pub const MSG_CMSG_CLOEXEC: i32 = 0x00040000;
/// `recvmmsg`: block for the first message only.
pub const MSG_WAITFORONE: i32 = 0x00080000;

// --- SHUT_ --- `sys/sys/socket.h`.

/// Shut down the receiving side.
pub const SHUT_RD: i32 = 0;
/// Shut down the sending side.
pub const SHUT_WR: i32 = 1;
/// Shut down both sides.
pub const SHUT_RDWR: i32 = 2;

// --- O_ (open flags) --- `sys/sys/fcntl.h`.

/// Open for reading only.
pub const O_RDONLY: i32 = 0x0000;
/// Open for writing only.
pub const O_WRONLY: i32 = 0x0001;
/// Open for reading and writing.
pub const O_RDWR: i32 = 0x0002;
/// Mask for the access mode.
pub const O_ACCMODE: i32 = 0x0003;
/// Nonblocking I/O.
pub const O_NONBLOCK: i32 = 0x0004;
/// Same as `O_NONBLOCK`.
pub const O_NDELAY: i32 = 0x0004;
/// Append on each write.
pub const O_APPEND: i32 = 0x0008;
/// Open with a shared lock.
pub const O_SHLOCK: i32 = 0x0010;
/// Open with an exclusive lock.
pub const O_EXLOCK: i32 = 0x0020;
/// Signal-driven I/O.
pub const O_ASYNC: i32 = 0x0040;
/// Synchronized I/O file integrity.
pub const O_SYNC: i32 = 0x0080;
/// Same as `O_SYNC`.
pub const O_FSYNC: i32 = 0x0080;
/// Do not follow a symbolic link in the last component.
pub const O_NOFOLLOW: i32 = 0x0100;
/// Create the file if it does not exist.
pub const O_CREAT: i32 = 0x0200;
/// Truncate to zero length.
pub const O_TRUNC: i32 = 0x0400;
/// With `O_CREAT`: fail if the file exists.
pub const O_EXCL: i32 = 0x0800;
/// Do not make the terminal the controlling terminal.
pub const O_NOCTTY: i32 = 0x8000;
/// Direct I/O, minimizing cache effects.
pub const O_DIRECT: i32 = 0x00010000;
/// Fail if the path is not a directory.
pub const O_DIRECTORY: i32 = 0x00020000;
/// Open for execute only.
pub const O_EXEC: i32 = 0x00040000;
/// Open a directory for search only (same as `O_EXEC`).
pub const O_SEARCH: i32 = 0x00040000;
/// Restore the default terminal attributes.
pub const O_TTY_INIT: i32 = 0x00080000;
/// Set close-on-exec on the new descriptor.
pub const O_CLOEXEC: i32 = 0x00100000;
/// Open only after verification.
pub const O_VERIFY: i32 = 0x00200000;
/// Obtain a path-only descriptor.
pub const O_PATH: i32 = 0x00400000;
/// Fail if the path escapes the directory.
pub const O_RESOLVE_BENEATH: i32 = 0x00800000;
/// Synchronized I/O data integrity.
pub const O_DSYNC: i32 = 0x01000000;
/// Allow an empty path (open the `dirfd` itself).
pub const O_EMPTY_PATH: i32 = 0x02000000;

// --- F_ / FD_ (fcntl commands) --- `sys/sys/fcntl.h`.

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
/// Get the owner receiving SIGIO/SIGURG.
pub const F_GETOWN: i32 = 5;
/// Set the owner receiving SIGIO/SIGURG.
pub const F_SETOWN: i32 = 6;
/// `F_DUPFD` and set close-on-exec.
pub const F_DUPFD_CLOEXEC: i32 = 17;
/// Add file seals (`F_SEAL_*`).
pub const F_ADD_SEALS: i32 = 19;
/// Get file seals (`F_SEAL_*`).
pub const F_GET_SEALS: i32 = 20;
/// Prevent further seals from being set.
pub const F_SEAL_SEAL: i32 = 0x0001;
/// Prevent the file from shrinking.
pub const F_SEAL_SHRINK: i32 = 0x0002;
/// Prevent the file from growing.
pub const F_SEAL_GROW: i32 = 0x0004;
/// Prevent writes.
pub const F_SEAL_WRITE: i32 = 0x0008;
/// Close-on-exec descriptor flag (for `F_GETFD`/`F_SETFD`).
pub const FD_CLOEXEC: i32 = 1;

// --- AT_ --- `sys/sys/fcntl.h`.

/// Use the current working directory as the `dirfd`.
pub const AT_FDCWD: i32 = -100;
/// `faccessat`: use the effective ids.
pub const AT_EACCESS: i32 = 0x0100;
/// Do not follow symbolic links.
pub const AT_SYMLINK_NOFOLLOW: i32 = 0x0200;
/// Follow symbolic links.
pub const AT_SYMLINK_FOLLOW: i32 = 0x0400;
/// `unlinkat`: remove a directory.
pub const AT_REMOVEDIR: i32 = 0x0800;
/// Fail if the path escapes the directory.
pub const AT_RESOLVE_BENEATH: i32 = 0x2000;
/// Allow an empty path (operate on `dirfd` itself).
pub const AT_EMPTY_PATH: i32 = 0x4000;

// --- EFD_ (eventfd flags) --- `sys/sys/eventfd.h` (eventfd is a libc function
// over `__specialfd`).

/// Semaphore-like semantics for reads.
pub const EFD_SEMAPHORE: i32 = 0x00000001;
/// Nonblocking.
pub const EFD_NONBLOCK: i32 = 0x00000004;
/// Set close-on-exec.
pub const EFD_CLOEXEC: i32 = 0x00100000;

// --- TFD_ (timerfd flags) --- `sys/sys/timerfd.h` (FreeBSD 14).

/// `timerfd_create`: set close-on-exec.
pub const TFD_CLOEXEC: i32 = O_CLOEXEC;
/// `timerfd_create`: nonblocking.
pub const TFD_NONBLOCK: i32 = O_NONBLOCK;
/// `timerfd_settime`: the value is an absolute time.
pub const TFD_TIMER_ABSTIME: i32 = 0x01;
/// `timerfd_settime`: cancel on discontinuous changes of CLOCK_REALTIME.
pub const TFD_TIMER_CANCEL_ON_SET: i32 = 0x02;

// --- MFD_ (memfd_create flags) --- `sys/sys/mman.h` (memfd_create is a libc
// function over `shm_open2`).

/// Set close-on-exec.
pub const MFD_CLOEXEC: u32 = 0x00000001;
/// Allow sealing (`F_ADD_SEALS`).
pub const MFD_ALLOW_SEALING: u32 = 0x00000002;
/// Back the file with huge pages.
pub const MFD_HUGETLB: u32 = 0x00000004;

// --- PROT_ --- `sys/sys/mman.h`.

/// Pages may not be accessed.
pub const PROT_NONE: i32 = 0x00;
/// Pages may be read.
pub const PROT_READ: i32 = 0x01;
/// Pages may be written.
pub const PROT_WRITE: i32 = 0x02;
/// Pages may be executed.
pub const PROT_EXEC: i32 = 0x04;

// --- MAP_ --- `sys/sys/mman.h`.

/// Share changes.
pub const MAP_SHARED: i32 = 0x0001;
/// Changes are private (copy-on-write).
pub const MAP_PRIVATE: i32 = 0x0002;
/// Place the mapping exactly at `addr`.
pub const MAP_FIXED: i32 = 0x0010;
/// The region may contain semaphores.
pub const MAP_HASSEMAPHORE: i32 = 0x0200;
/// Region grows down, like a stack.
pub const MAP_STACK: i32 = 0x0400;
/// Pages are not flushed to disk periodically.
pub const MAP_NOSYNC: i32 = 0x0800;
/// Mapped from a file (the default).
pub const MAP_FILE: i32 = 0x0000;
/// Anonymous mapping (no file).
pub const MAP_ANON: i32 = 0x1000;
/// Same as `MAP_ANON`.
pub const MAP_ANONYMOUS: i32 = 0x1000;
/// Reserve address space only (guard region).
pub const MAP_GUARD: i32 = 0x00002000;
/// With `MAP_FIXED`: fail instead of replacing existing mappings.
pub const MAP_EXCL: i32 = 0x00004000;
/// Do not include the pages in core dumps.
pub const MAP_NOCORE: i32 = 0x00020000;
/// Prefault the mapping for reading.
pub const MAP_PREFAULT_READ: i32 = 0x00040000;
/// amd64: map into the first 2 GiB.
pub const MAP_32BIT: i32 = 0x00080000;
/// Shift of the alignment (log2) in the flags.
pub const MAP_ALIGNMENT_SHIFT: i32 = 24;
/// Align to the superpage size.
pub const MAP_ALIGNED_SUPER: i32 = 1 << 24;

// --- POLL --- `sys/sys/poll.h` (`short` events).

/// Data to read.
pub const POLLIN: i16 = 0x0001;
/// Urgent data to read.
pub const POLLPRI: i16 = 0x0002;
/// Writing possible.
pub const POLLOUT: i16 = 0x0004;
/// Normal data to read.
pub const POLLRDNORM: i16 = 0x0040;
/// Normal data may be written (same as `POLLOUT`).
pub const POLLWRNORM: i16 = 0x0004;
/// Priority band data to read.
pub const POLLRDBAND: i16 = 0x0080;
/// Priority data may be written.
pub const POLLWRBAND: i16 = 0x0100;
/// Like `POLLIN`, but ignore EOF.
pub const POLLINIGNEOF: i16 = 0x2000;
/// Peer closed its writing half (stream sockets).
pub const POLLRDHUP: i16 = 0x4000;
/// Error condition (output only).
pub const POLLERR: i16 = 0x0008;
/// Hang up (output only).
pub const POLLHUP: i16 = 0x0010;
/// Invalid descriptor (output only).
pub const POLLNVAL: i16 = 0x0020;

// --- CLOCK_ --- `sys/sys/_clock_id.h`.

/// Wall-clock time.
pub const CLOCK_REALTIME: i32 = 0;
/// Virtual (user) CPU time of the process.
pub const CLOCK_VIRTUAL: i32 = 1;
/// User and system CPU time of the process.
pub const CLOCK_PROF: i32 = 2;
/// Monotonic time.
pub const CLOCK_MONOTONIC: i32 = 4;
/// Time since boot, excluding suspend.
pub const CLOCK_UPTIME: i32 = 5;
/// Same as `CLOCK_UPTIME` (libc's definition). FreeBSD 15's `sys/_clock_id.h`
/// (as bundled by Zig) defines it as `CLOCK_MONOTONIC` (4) instead.
pub const CLOCK_BOOTTIME: i32 = 5;
/// Precise `CLOCK_UPTIME`.
pub const CLOCK_UPTIME_PRECISE: i32 = 7;
/// Fast, less precise `CLOCK_UPTIME`.
pub const CLOCK_UPTIME_FAST: i32 = 8;
/// Precise `CLOCK_REALTIME`.
pub const CLOCK_REALTIME_PRECISE: i32 = 9;
/// Fast, less precise `CLOCK_REALTIME`.
pub const CLOCK_REALTIME_FAST: i32 = 10;
/// Same as `CLOCK_REALTIME_FAST`.
pub const CLOCK_REALTIME_COARSE: i32 = 10;
/// Precise `CLOCK_MONOTONIC`.
pub const CLOCK_MONOTONIC_PRECISE: i32 = 11;
/// Fast, less precise `CLOCK_MONOTONIC`.
pub const CLOCK_MONOTONIC_FAST: i32 = 12;
/// Same as `CLOCK_MONOTONIC_FAST`.
pub const CLOCK_MONOTONIC_COARSE: i32 = 12;
/// Seconds, updated once a second.
pub const CLOCK_SECOND: i32 = 13;
/// CPU time of the thread.
pub const CLOCK_THREAD_CPUTIME_ID: i32 = 14;
/// CPU time of the process.
pub const CLOCK_PROCESS_CPUTIME_ID: i32 = 15;

// --- SIG (signal numbers) --- `sys/sys/signal.h`.

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
/// EMT instruction.
pub const SIGEMT: i32 = 7;
/// Floating-point exception.
pub const SIGFPE: i32 = 8;
/// Kill (cannot be caught or ignored).
pub const SIGKILL: i32 = 9;
/// Bus error.
pub const SIGBUS: i32 = 10;
/// Invalid memory reference.
pub const SIGSEGV: i32 = 11;
/// Bad system call.
pub const SIGSYS: i32 = 12;
/// Write to a pipe with no readers.
pub const SIGPIPE: i32 = 13;
/// Timer signal from `alarm`.
pub const SIGALRM: i32 = 14;
/// Termination.
pub const SIGTERM: i32 = 15;
/// Urgent condition on a socket.
pub const SIGURG: i32 = 16;
/// Stop process (cannot be caught or ignored).
pub const SIGSTOP: i32 = 17;
/// Stop typed at terminal.
pub const SIGTSTP: i32 = 18;
/// Continue if stopped.
pub const SIGCONT: i32 = 19;
/// Child stopped or terminated.
pub const SIGCHLD: i32 = 20;
/// Terminal input for a background process.
pub const SIGTTIN: i32 = 21;
/// Terminal output for a background process.
pub const SIGTTOU: i32 = 22;
/// I/O now possible.
pub const SIGIO: i32 = 23;
/// CPU time limit exceeded.
pub const SIGXCPU: i32 = 24;
/// File size limit exceeded.
pub const SIGXFSZ: i32 = 25;
/// Virtual alarm clock.
pub const SIGVTALRM: i32 = 26;
/// Profiling timer expired.
pub const SIGPROF: i32 = 27;
/// Window resize.
pub const SIGWINCH: i32 = 28;
/// Status request from keyboard.
pub const SIGINFO: i32 = 29;
/// User-defined signal 1.
pub const SIGUSR1: i32 = 30;
/// User-defined signal 2.
pub const SIGUSR2: i32 = 31;
/// Reserved for the thread library.
pub const SIGTHR: i32 = 32;
/// Reserved for the real-time library.
pub const SIGLIBRT: i32 = 33;

// --- SIG_ (sigprocmask `how`) --- `sys/sys/signal.h`.

/// Add the set to the blocked signals.
pub const SIG_BLOCK: i32 = 1;
/// Remove the set from the blocked signals.
pub const SIG_UNBLOCK: i32 = 2;
/// Replace the blocked signals with the set.
pub const SIG_SETMASK: i32 = 3;

// --- SA_ (sigaction flags) --- `sys/sys/signal.h`.

/// Run the handler on the alternate signal stack.
pub const SA_ONSTACK: i32 = 0x0001;
/// Restart interrupted system calls.
pub const SA_RESTART: i32 = 0x0002;
/// Reset the handler to the default on entry.
pub const SA_RESETHAND: i32 = 0x0004;
/// Do not send SIGCHLD when children stop.
pub const SA_NOCLDSTOP: i32 = 0x0008;
/// Do not block the signal while its handler runs.
pub const SA_NODEFER: i32 = 0x0010;
/// Do not create zombies on child death.
pub const SA_NOCLDWAIT: i32 = 0x0020;
/// The handler takes three arguments (`siginfo_t`).
pub const SA_SIGINFO: i32 = 0x0040;

// ==================================================================================
// Files and fds: the constants of openat, fstat/fstatat, lseek and ioctl (zcall::sys::fs).

// --- S_ (file type and permission bits of `st_mode`, a 16-bit `mode_t`) --- `sys/sys/stat.h`.

/// Mask of the file type bits.
pub const S_IFMT: u16 = 0o170000;
/// File type: named pipe (FIFO).
pub const S_IFIFO: u16 = 0o010000;
/// File type: character device.
pub const S_IFCHR: u16 = 0o020000;
/// File type: directory.
pub const S_IFDIR: u16 = 0o040000;
/// File type: block device.
pub const S_IFBLK: u16 = 0o060000;
/// File type: regular file.
pub const S_IFREG: u16 = 0o100000;
/// File type: symbolic link.
pub const S_IFLNK: u16 = 0o120000;
/// File type: socket.
pub const S_IFSOCK: u16 = 0o140000;
/// Set-user-id on execution.
pub const S_ISUID: u16 = 0o4000;
/// Set-group-id on execution.
pub const S_ISGID: u16 = 0o2000;
/// Sticky bit (restricted deletion in directories).
pub const S_ISVTX: u16 = 0o1000;
/// Owner: read, write, execute.
pub const S_IRWXU: u16 = 0o700;
/// Owner: read.
pub const S_IRUSR: u16 = 0o400;
/// Owner: write.
pub const S_IWUSR: u16 = 0o200;
/// Owner: execute (search, for a directory).
pub const S_IXUSR: u16 = 0o100;
/// Group: read, write, execute.
pub const S_IRWXG: u16 = 0o070;
/// Group: read.
pub const S_IRGRP: u16 = 0o040;
/// Group: write.
pub const S_IWGRP: u16 = 0o020;
/// Group: execute.
pub const S_IXGRP: u16 = 0o010;
/// Others: read, write, execute.
pub const S_IRWXO: u16 = 0o007;
/// Others: read.
pub const S_IROTH: u16 = 0o004;
/// Others: write.
pub const S_IWOTH: u16 = 0o002;
/// Others: execute.
pub const S_IXOTH: u16 = 0o001;

// --- SEEK_ (lseek `whence`) --- `sys/sys/unistd.h`.

/// Seek from the start of the file.
pub const SEEK_SET: i32 = 0;
/// Seek from the current position.
pub const SEEK_CUR: i32 = 1;
/// Seek from the end of the file.
pub const SEEK_END: i32 = 2;
/// Seek to the next hole at or after the offset.
pub const SEEK_HOLE: i32 = 4;
/// Seek to the next data at or after the offset.
pub const SEEK_DATA: i32 = 3;

// --- FIO (ioctl requests on any fd; the kernel's `u_long` command) --- `sys/sys/filio.h` (`_IO*` of `sys/sys/ioccom.h`).

/// `_IO('f', 1)`: set close-on-exec.
pub const FIOCLEX: u64 = 0x20006601;
/// `_IO('f', 2)`: clear close-on-exec.
pub const FIONCLEX: u64 = 0x20006602;
/// `_IOR('f', 127, int)`: bytes ready to read.
pub const FIONREAD: u64 = 0x4004667f;
/// `_IOW('f', 126, int)`: non-zero sets non-blocking I/O, zero clears it.
pub const FIONBIO: u64 = 0x8004667e;
/// `_IOW('f', 125, int)`: set/clear asynchronous I/O.
pub const FIOASYNC: u64 = 0x8004667d;
/// `_IOW('f', 124, int)`: set the owner.
pub const FIOSETOWN: u64 = 0x8004667c;
/// `_IOR('f', 123, int)`: get the owner.
pub const FIOGETOWN: u64 = 0x4004667b;

// --- IFNAMSIZ --- `sys/net/if.h`.

/// Size of an interface name buffer, NUL included.
pub const IFNAMSIZ: usize = 16;

// --- CLOSE_RANGE_ (close_range flags) --- `sys/sys/unistd.h`.

/// Set close-on-exec on the range instead of closing it (FreeBSD 13.1).
pub const CLOSE_RANGE_CLOEXEC: u32 = 1 << 2;
