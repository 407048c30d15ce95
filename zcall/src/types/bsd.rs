//! Kernel structures of the BSD family: macOS (Darwin, aarch64) and FreeBSD (x86_64),
//! whose layouts agree for everything here except where a `cfg` says otherwise.
//!
//! Sources: xnu `bsd/sys/socket.h` (`msghdr`, `cmsghdr`, `sockaddr_storage`, `CMSG_*`),
//! `bsd/sys/_types/_timespec.h`, `bsd/netinet/in.h`, `bsd/netinet6/in6.h`, `bsd/sys/un.h`;
//! freebsd-src `sys/sys/socket.h`, `sys/sys/_timespec.h`, `sys/sys/timespec.h`,
//! `sys/netinet/in.h`, `sys/netinet6/in6.h`, `sys/sys/un.h`. Unlike Linux, `msg_iovlen` is
//! an `int` and `msg_controllen` a `socklen_t`, and every socket address starts with a
//! one-byte length (`sa_len`) followed by a one-byte family.

use core::ffi::c_void;
use core::mem::{align_of, size_of};

use super::Iovec;

/// `struct msghdr` for `sendmsg`/`recvmsg`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Msghdr {
    /// Optional socket address (e.g. a `SockaddrIn`), or null.
    pub msg_name: *mut c_void,
    /// Size of the buffer at `msg_name`; on return, the address length.
    pub msg_namelen: u32,
    /// Array of buffers.
    pub msg_iov: *mut Iovec,
    /// Number of entries in `msg_iov` (a C `int` on the BSDs).
    pub msg_iovlen: i32,
    /// Ancillary data buffer (a sequence of `Cmsghdr`), or null.
    pub msg_control: *mut c_void,
    /// Length of the ancillary data buffer (`socklen_t`).
    pub msg_controllen: u32,
    /// Flags of the received message (`MSG_*`); ignored by `sendmsg`.
    pub msg_flags: i32,
}

const _: () = assert!(size_of::<Msghdr>() == 48);
const _: () = assert!(align_of::<Msghdr>() == 8);

impl Default for Msghdr {
    /// No address, no buffers, no ancillary data.
    fn default() -> Self {
        Msghdr {
            msg_name: core::ptr::null_mut(),
            msg_namelen: 0,
            msg_iov: core::ptr::null_mut(),
            msg_iovlen: 0,
            msg_control: core::ptr::null_mut(),
            msg_controllen: 0,
            msg_flags: 0,
        }
    }
}

/// `struct timespec`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Timespec {
    /// Seconds (`time_t`).
    pub tv_sec: i64,
    /// Nanoseconds, `0..1_000_000_000` (`long`).
    pub tv_nsec: i64,
}

const _: () = assert!(size_of::<Timespec>() == 16);
const _: () = assert!(align_of::<Timespec>() == 8);

impl Timespec {
    /// A `Timespec` of `sec` seconds and `nsec` nanoseconds.
    pub const fn new(sec: i64, nsec: i64) -> Timespec {
        Timespec {
            tv_sec: sec,
            tv_nsec: nsec,
        }
    }
}

/// `struct itimerspec` for timerfd (FreeBSD 14; macOS has no timerfd).
#[cfg(target_os = "freebsd")]
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Itimerspec {
    /// Period of the timer; zero for a one-shot timer.
    pub it_interval: Timespec,
    /// Time until the first expiration; zero disarms the timer.
    pub it_value: Timespec,
}

#[cfg(target_os = "freebsd")]
const _: () = assert!(size_of::<Itimerspec>() == 32);
#[cfg(target_os = "freebsd")]
const _: () = assert!(align_of::<Itimerspec>() == 8);

/// `struct in_addr`: an IPv4 address.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct InAddr {
    /// The address in network byte order (its memory bytes are the octets in order).
    pub s_addr: u32,
}

const _: () = assert!(size_of::<InAddr>() == 4);
const _: () = assert!(align_of::<InAddr>() == 4);

/// `struct sockaddr_in`: an IPv4 socket address.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SockaddrIn {
    /// Length of the structure (16).
    pub sin_len: u8,
    /// `AF_INET`.
    pub sin_family: u8,
    /// Port in network byte order; see [`SockaddrIn::port`].
    pub sin_port: u16,
    /// Address in network byte order.
    pub sin_addr: InAddr,
    /// Padding; should be zero.
    pub sin_zero: [u8; 8],
}

const _: () = assert!(size_of::<SockaddrIn>() == 16);
const _: () = assert!(align_of::<SockaddrIn>() == 4);

impl SockaddrIn {
    /// An `AF_INET` address for the octets `ip` (e.g. `[127, 0, 0, 1]`) and
    /// `port` in host byte order.
    pub const fn new(ip: [u8; 4], port: u16) -> SockaddrIn {
        SockaddrIn {
            sin_len: size_of::<SockaddrIn>() as u8,
            sin_family: crate::consts::AF_INET as u8,
            sin_port: port.to_be(),
            sin_addr: InAddr {
                s_addr: u32::from_ne_bytes(ip),
            },
            sin_zero: [0; 8],
        }
    }

    /// The port in host byte order.
    pub const fn port(&self) -> u16 {
        u16::from_be(self.sin_port)
    }

    /// The address octets.
    pub const fn ip(&self) -> [u8; 4] {
        self.sin_addr.s_addr.to_ne_bytes()
    }
}

/// `struct in6_addr`: an IPv6 address (4-aligned like the BSDs' union, which
/// also has 32-bit members).
#[repr(C, align(4))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct In6Addr {
    /// The 16 address bytes in network order.
    pub s6_addr: [u8; 16],
}

const _: () = assert!(size_of::<In6Addr>() == 16);
const _: () = assert!(align_of::<In6Addr>() == 4);

/// `struct sockaddr_in6`: an IPv6 socket address.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SockaddrIn6 {
    /// Length of the structure (28).
    pub sin6_len: u8,
    /// `AF_INET6`.
    pub sin6_family: u8,
    /// Port in network byte order; see [`SockaddrIn6::port`].
    pub sin6_port: u16,
    /// Flow information in network byte order.
    pub sin6_flowinfo: u32,
    /// The address.
    pub sin6_addr: In6Addr,
    /// Scope id (interface index for link-local addresses), host byte order.
    pub sin6_scope_id: u32,
}

const _: () = assert!(size_of::<SockaddrIn6>() == 28);
const _: () = assert!(align_of::<SockaddrIn6>() == 4);

impl SockaddrIn6 {
    /// An `AF_INET6` address for the bytes `ip` and `port` in host byte order,
    /// with zero flow info and scope id.
    pub const fn new(ip: [u8; 16], port: u16) -> SockaddrIn6 {
        SockaddrIn6 {
            sin6_len: size_of::<SockaddrIn6>() as u8,
            sin6_family: crate::consts::AF_INET6 as u8,
            sin6_port: port.to_be(),
            sin6_flowinfo: 0,
            sin6_addr: In6Addr { s6_addr: ip },
            sin6_scope_id: 0,
        }
    }

    /// The port in host byte order.
    pub const fn port(&self) -> u16 {
        u16::from_be(self.sin6_port)
    }

    /// The address bytes.
    pub const fn ip(&self) -> [u8; 16] {
        self.sin6_addr.s6_addr
    }
}

/// Size of `SockaddrUn::sun_path`.
pub const SUN_PATH_LEN: usize = 104;

/// `struct sockaddr_un`: a Unix-domain socket address.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct SockaddrUn {
    /// Length of the address actually used.
    pub sun_len: u8,
    /// `AF_UNIX`.
    pub sun_family: u8,
    /// NUL-terminated path name.
    pub sun_path: [u8; SUN_PATH_LEN],
}

const _: () = assert!(size_of::<SockaddrUn>() == 106);
const _: () = assert!(align_of::<SockaddrUn>() == 1);

impl Default for SockaddrUn {
    /// `AF_UNIX` with an all-zero path.
    fn default() -> Self {
        SockaddrUn {
            sun_len: size_of::<SockaddrUn>() as u8,
            sun_family: crate::consts::AF_UNIX as u8,
            sun_path: [0; SUN_PATH_LEN],
        }
    }
}

impl SockaddrUn {
    /// An `AF_UNIX` address for the file system `path` and the address length
    /// to pass to `bind`/`connect` (which includes the terminating NUL; it is
    /// also stored in `sun_len`). An empty `path` gives length 2.
    ///
    /// Returns `None` if `path` has a NUL byte or is not shorter than 104 bytes
    /// (the BSDs have no abstract namespace).
    pub fn new(path: &[u8]) -> Option<(SockaddrUn, u32)> {
        if path.len() >= SUN_PATH_LEN || path.contains(&0) {
            return None;
        }
        let base = core::mem::offset_of!(SockaddrUn, sun_path);
        let len = if path.is_empty() {
            base
        } else {
            base + path.len() + 1
        };
        let mut addr = SockaddrUn::default();
        addr.sun_path[..path.len()].copy_from_slice(path);
        addr.sun_len = len as u8;
        Some((addr, len as u32))
    }
}

/// `struct sockaddr_storage`: room for any socket address, 128 bytes, 8-aligned.
#[repr(C, align(8))]
#[derive(Clone, Copy, Debug)]
pub struct SockaddrStorage {
    /// Length of the stored address.
    pub ss_len: u8,
    /// Address family (`AF_*`) of the stored address.
    pub ss_family: u8,
    /// The rest of the address.
    pub ss_data: [u8; 126],
}

const _: () = assert!(size_of::<SockaddrStorage>() == 128);
const _: () = assert!(align_of::<SockaddrStorage>() == 8);

impl Default for SockaddrStorage {
    /// All zero (`AF_UNSPEC`).
    fn default() -> Self {
        SockaddrStorage {
            ss_len: 0,
            ss_family: 0,
            ss_data: [0; 126],
        }
    }
}

/// `struct cmsghdr`: header of one ancillary-data message in `msg_control`.
/// The data follows at offset [`cmsg_len(0)`](cmsg_len).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Cmsghdr {
    /// Length of header plus data, i.e. `cmsg_len(data_len)` (`socklen_t`).
    pub cmsg_len: u32,
    /// Originating protocol (e.g. `SOL_SOCKET`).
    pub cmsg_level: i32,
    /// Protocol-specific type (e.g. `SCM_RIGHTS`).
    pub cmsg_type: i32,
}

const _: () = assert!(size_of::<Cmsghdr>() == 12);
const _: () = assert!(align_of::<Cmsghdr>() == 4);

/// The alignment of ancillary data: Darwin's `__DARWIN_ALIGN32` is 4 bytes (also on
/// 64-bit); FreeBSD's `_ALIGN` is `sizeof(long)`, 8 on x86_64.
#[cfg(target_os = "macos")]
const CMSG_ALIGNMENT: usize = 4;
#[cfg(target_os = "freebsd")]
const CMSG_ALIGNMENT: usize = size_of::<usize>();

/// `CMSG_ALIGN`: rounds `len` up to the alignment of ancillary data on this OS.
pub const fn cmsg_align(len: usize) -> usize {
    (len + CMSG_ALIGNMENT - 1) & !(CMSG_ALIGNMENT - 1)
}

/// `CMSG_SPACE`: bytes a message with `len` data bytes takes in the control
/// buffer, padding included (e.g. `cmsg_space(4 * n)` for `n` fds).
pub const fn cmsg_space(len: usize) -> usize {
    cmsg_align(len) + cmsg_align(size_of::<Cmsghdr>())
}

/// `CMSG_LEN`: the `cmsg_len` value for `len` data bytes; `cmsg_len(0)` is the
/// offset of the data from the header.
pub const fn cmsg_len(len: usize) -> usize {
    cmsg_align(size_of::<Cmsghdr>()) + len
}

// ==================================================================================
// Files and fds (zcall::sys::fs): `struct stat`. Sources: xnu `bsd/sys/stat.h` (the
// 64-bit-inode `struct stat64` that `fstat64`/`fstatat64` fill, which is the C library's
// `struct stat` on arm64), freebsd-src `sys/sys/stat.h` (the FreeBSD 12+ `struct stat` of
// the `fstat`/`fstatat` syscalls 551/552).

/// A file mode (`mode_t`: type and permission bits, `S_*`): 16 bits on macOS and FreeBSD,
/// 32 on Linux.
pub type Mode = u16;

/// An ioctl request number: the kernel's `u_long` command (`FIONREAD` …); 32 bits on Linux.
pub type Ioctl = u64;

/// `struct stat` of macOS's `fstat64`/`fstatat64` (64-bit inode numbers, 144 bytes). Times
/// are seconds and nanoseconds since the epoch.
#[cfg(target_os = "macos")]
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Stat {
    /// Device of the filesystem.
    pub st_dev: i32,
    /// File type and mode (`S_IF*`, permission bits).
    pub st_mode: u16,
    /// Number of hard links.
    pub st_nlink: u16,
    /// Inode number.
    pub st_ino: u64,
    /// Owner's user id.
    pub st_uid: u32,
    /// Owner's group id.
    pub st_gid: u32,
    /// Device number of a character or block device file.
    pub st_rdev: i32,
    /// Last access: seconds.
    pub st_atime: i64,
    /// Last access: nanoseconds.
    pub st_atime_nsec: i64,
    /// Last modification: seconds.
    pub st_mtime: i64,
    /// Last modification: nanoseconds.
    pub st_mtime_nsec: i64,
    /// Last status change: seconds.
    pub st_ctime: i64,
    /// Last status change: nanoseconds.
    pub st_ctime_nsec: i64,
    /// Creation: seconds.
    pub st_birthtime: i64,
    /// Creation: nanoseconds.
    pub st_birthtime_nsec: i64,
    /// Size in bytes.
    pub st_size: i64,
    /// Allocated 512-byte blocks.
    pub st_blocks: i64,
    /// Preferred I/O block size.
    pub st_blksize: i32,
    /// User-defined flags (`chflags`).
    pub st_flags: u32,
    /// File generation number.
    pub st_gen: u32,
    /// Reserved.
    pub st_lspare: i32,
    /// Reserved.
    pub st_qspare: [i64; 2],
}

#[cfg(target_os = "macos")]
const _: () = assert!(size_of::<Stat>() == 144);

/// `struct stat` of FreeBSD's `fstat`/`fstatat` (FreeBSD 12+: 64-bit inode numbers, 224
/// bytes). Times are seconds and nanoseconds since the epoch.
#[cfg(target_os = "freebsd")]
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Stat {
    /// Device of the filesystem.
    pub st_dev: u64,
    /// Inode number.
    pub st_ino: u64,
    /// Number of hard links.
    pub st_nlink: u64,
    /// File type and mode (`S_IF*`, permission bits).
    pub st_mode: u16,
    st_padding0: i16,
    /// Owner's user id.
    pub st_uid: u32,
    /// Owner's group id.
    pub st_gid: u32,
    st_padding1: i32,
    /// Device number of a character or block device file.
    pub st_rdev: u64,
    /// Last access: seconds.
    pub st_atime: i64,
    /// Last access: nanoseconds.
    pub st_atime_nsec: i64,
    /// Last modification: seconds.
    pub st_mtime: i64,
    /// Last modification: nanoseconds.
    pub st_mtime_nsec: i64,
    /// Last status change: seconds.
    pub st_ctime: i64,
    /// Last status change: nanoseconds.
    pub st_ctime_nsec: i64,
    /// Creation: seconds.
    pub st_birthtime: i64,
    /// Creation: nanoseconds.
    pub st_birthtime_nsec: i64,
    /// Size in bytes.
    pub st_size: i64,
    /// Allocated 512-byte blocks.
    pub st_blocks: i64,
    /// Preferred I/O block size.
    pub st_blksize: i32,
    /// User-defined flags (`chflags`).
    pub st_flags: u32,
    /// File generation number.
    pub st_gen: u64,
    /// Reserved (FreeBSD 15 names the first word `st_filerev`).
    pub st_spare: [u64; 10],
}

#[cfg(target_os = "freebsd")]
const _: () = assert!(size_of::<Stat>() == 224);
const _: () = assert!(align_of::<Stat>() == 8);
