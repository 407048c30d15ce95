//! Sockets: socket, socketpair, bind, listen, accept, accept4, connect, shutdown,
//! setsockopt, getsockopt, getsockname, getpeername, send, sendto, recv, recvfrom, sendmsg,
//! recvmsg, and on Linux sendmmsg, recvmmsg and the typed options `setsockopt_timeout`,
//! `getsockopt_timeout`, `setsockopt_linger`, `getsockopt_linger` (plain names, not links:
//! these docs are built for macOS and FreeBSD too, where they do not exist).
//!
//! Addresses go to the kernel through the [`SockAddr`] trait, whose implementations
//! guarantee that the length handed to the kernel never exceeds the Rust object it
//! describes. Addresses come back from the kernel into a [`SockaddrStorage`] whose length
//! the wrappers set themselves, so the kernel can never write past it; they return the
//! length the kernel reported, and `(storage, len)` can be passed straight back as an
//! address.
//!
//! The `ty` argument of [`socket`]/[`socketpair`] and the flags of `accept4` may include
//! `SOCK_NONBLOCK`/`SOCK_CLOEXEC` on Linux and FreeBSD. Darwin has no `accept4`, and its
//! `socket(2)` does not implement these flags (set them with `fcntl` after creating the
//! socket there).

use core::mem::{offset_of, size_of};

use crate::consts::{AF_INET, AF_INET6, AF_UNIX};
use crate::fd::{BorrowedFd, FromRawFd, OwnedFd, RawFd};
#[cfg(target_os = "linux")]
use crate::types::{Mmsghdr, Timespec};
use crate::types::{Msghdr, SockaddrIn, SockaddrIn6, SockaddrStorage, SockaddrUn};
use crate::{nr, syscall, Errno};

/// A socket address that [`bind`], [`connect`] and [`sendto`] can pass to the kernel:
/// a pointer to the address bytes and their length (`socklen_t`).
///
/// Implemented for [`SockaddrIn`], [`SockaddrIn6`], [`SockaddrUn`] and for the
/// `(address, length)` pairs `(SockaddrUn, u32)` (what [`SockaddrUn::new`] returns) and
/// `(SockaddrStorage, u32)` (what [`getsockname`], [`getpeername`], [`accept_with_addr`]
/// and [`recvfrom`] fill in and return). The length of a pair is clamped to the size of
/// the address struct, so a wrong length gives an error from the kernel, never a read
/// past the object.
///
/// ```
/// # #[cfg(target_os = "linux")] {
/// use std::os::fd::AsFd;
/// use zcall::consts::{AF_INET, SOCK_CLOEXEC, SOCK_DGRAM};
/// use zcall::types::{SockaddrIn, SockaddrStorage};
///
/// let a = zcall::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0)?;
/// zcall::bind(a.as_fd(), &SockaddrIn::new([127, 0, 0, 1], 0))?;
/// let mut name = SockaddrStorage::default();
/// let len = zcall::getsockname(a.as_fd(), &mut name)?;
/// // The (storage, length) pair the kernel filled in is an address too.
/// let b = zcall::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0)?;
/// zcall::sendto(b.as_fd(), b"hi", 0, &(name, len))?;
/// let mut buf = [0u8; 8];
/// assert_eq!(zcall::recvfrom(a.as_fd(), &mut buf, 0, None)?, (2, 0));
/// # }
/// # Ok::<(), zcall::Errno>(())
/// ```
///
/// # Safety
///
/// Implementations must return from [`as_ptr`](SockAddr::as_ptr) a pointer to at least
/// [`addr_len`](SockAddr::addr_len) bytes that are part of `self` (or otherwise readable
/// for as long as `self` is borrowed), and `addr_len` must return the same value for as
/// long as `self` is not mutated. The kernel reads that many bytes; it never writes them.
pub unsafe trait SockAddr {
    /// Start of the address bytes (`const struct sockaddr *`).
    fn as_ptr(&self) -> *const u8;
    /// Number of address bytes the kernel may read (`socklen_t addrlen`).
    fn addr_len(&self) -> u32;
}

/// `size_of::<T>()` as a `socklen_t`; every address struct is far below `u32::MAX`.
const fn len_of<T>() -> u32 {
    size_of::<T>() as u32
}

// SAFETY: the pointer is to `self`, which is `size_of::<SockaddrIn>()` bytes long.
unsafe impl SockAddr for SockaddrIn {
    #[inline(always)]
    fn as_ptr(&self) -> *const u8 {
        (self as *const SockaddrIn).cast()
    }
    #[inline(always)]
    fn addr_len(&self) -> u32 {
        len_of::<SockaddrIn>()
    }
}

// SAFETY: the pointer is to `self`, which is `size_of::<SockaddrIn6>()` bytes long.
unsafe impl SockAddr for SockaddrIn6 {
    #[inline(always)]
    fn as_ptr(&self) -> *const u8 {
        (self as *const SockaddrIn6).cast()
    }
    #[inline(always)]
    fn addr_len(&self) -> u32 {
        len_of::<SockaddrIn6>()
    }
}

/// A bare [`SockaddrUn`] is measured from its path: a file system path (first byte not
/// NUL) counts up to and including its terminating NUL (the whole array if it has none);
/// a path starting with NUL is an abstract name made of the WHOLE `sun_path` array,
/// trailing NULs included (what C code passing `sizeof(struct sockaddr_un)` gets). For an
/// abstract name of its own length, pass the `(SockaddrUn, u32)` pair that
/// [`SockaddrUn::new`] returns.
// SAFETY: the pointer is to `self`; the length is at most `size_of::<SockaddrUn>()`
// (`offset_of(sun_path) + sun_path.len()`, or less).
unsafe impl SockAddr for SockaddrUn {
    #[inline]
    fn as_ptr(&self) -> *const u8 {
        (self as *const SockaddrUn).cast()
    }
    #[inline]
    fn addr_len(&self) -> u32 {
        let base = offset_of!(SockaddrUn, sun_path);
        let path = &self.sun_path;
        let used = match path.iter().position(|&b| b == 0) {
            Some(0) | None => path.len(),
            Some(nul) => nul + 1,
        };
        let len = base + used;
        debug_assert!(len <= size_of::<SockaddrUn>());
        len as u32
    }
}

/// The address and its length, as returned by [`SockaddrUn::new`]; the length is
/// clamped to `size_of::<SockaddrUn>()`.
// SAFETY: the pointer is to `self.0`; the length is clamped to its size.
unsafe impl SockAddr for (SockaddrUn, u32) {
    #[inline(always)]
    fn as_ptr(&self) -> *const u8 {
        (&self.0 as *const SockaddrUn).cast()
    }
    #[inline(always)]
    fn addr_len(&self) -> u32 {
        if self.1 < len_of::<SockaddrUn>() {
            self.1
        } else {
            len_of::<SockaddrUn>()
        }
    }
}

/// An address filled in by the kernel and the length it reported (e.g. `(storage, n)`
/// after `let n = getsockname(fd, &mut storage)?`); the length is clamped to
/// `size_of::<SockaddrStorage>()`.
// SAFETY: the pointer is to `self.0`; the length is clamped to its size.
unsafe impl SockAddr for (SockaddrStorage, u32) {
    #[inline(always)]
    fn as_ptr(&self) -> *const u8 {
        (&self.0 as *const SockaddrStorage).cast()
    }
    #[inline(always)]
    fn addr_len(&self) -> u32 {
        if self.1 < len_of::<SockaddrStorage>() {
            self.1
        } else {
            len_of::<SockaddrStorage>()
        }
    }
}

// The conversions below read a smaller address struct out of a `SockaddrStorage`.
const _: () = assert!(size_of::<SockaddrIn>() <= size_of::<SockaddrStorage>());
const _: () = assert!(size_of::<SockaddrIn6>() <= size_of::<SockaddrStorage>());
const _: () = assert!(size_of::<SockaddrUn>() <= size_of::<SockaddrStorage>());
const _: () =
    assert!(core::mem::align_of::<SockaddrIn>() <= core::mem::align_of::<SockaddrStorage>());
const _: () =
    assert!(core::mem::align_of::<SockaddrIn6>() <= core::mem::align_of::<SockaddrStorage>());
const _: () =
    assert!(core::mem::align_of::<SockaddrUn>() <= core::mem::align_of::<SockaddrStorage>());

/// Reads a `T` from the start of `storage`.
///
/// # Safety
///
/// `T` must be one of the socket address structs: made only of integer fields (every bit
/// pattern valid), no larger and no more aligned than `SockaddrStorage` (asserted above).
#[inline(always)]
unsafe fn read_prefix<T>(storage: &SockaddrStorage) -> T {
    // SAFETY: `storage` is a live, fully initialized `SockaddrStorage` (integer fields
    // only, no padding); the caller promises `T` fits in it, is no more aligned, and is
    // valid for any initialized bytes.
    unsafe { core::ptr::read((storage as *const SockaddrStorage).cast::<T>()) }
}

/// The IPv4 address in `storage` (as filled in by [`getsockname`], [`accept_with_addr`],
/// [`recvfrom`] …), or `None` if its family is not `AF_INET`.
pub fn to_sockaddr_in(storage: &SockaddrStorage) -> Option<SockaddrIn> {
    if storage.ss_family as i32 != AF_INET {
        return None;
    }
    // SAFETY: `SockaddrIn` has integer fields only and fits (asserted above).
    Some(unsafe { read_prefix(storage) })
}

/// The IPv6 address in `storage`, or `None` if its family is not `AF_INET6`.
pub fn to_sockaddr_in6(storage: &SockaddrStorage) -> Option<SockaddrIn6> {
    if storage.ss_family as i32 != AF_INET6 {
        return None;
    }
    // SAFETY: `SockaddrIn6` has integer fields only and fits (asserted above).
    Some(unsafe { read_prefix(storage) })
}

/// The Unix-domain address in `storage` with the length `len` the kernel reported
/// (clamped to `size_of::<SockaddrUn>()`), or `None` if its family is not `AF_UNIX`.
/// The pair can be passed to [`connect`]/[`bind`] as it is.
pub fn to_sockaddr_un(storage: &SockaddrStorage, len: u32) -> Option<(SockaddrUn, u32)> {
    if storage.ss_family as i32 != AF_UNIX {
        return None;
    }
    // SAFETY: `SockaddrUn` has integer fields only and fits (asserted above).
    let addr: SockaddrUn = unsafe { read_prefix(storage) };
    Some((addr, len.min(len_of::<SockaddrUn>())))
}

/// The `socklen_t` value for an output buffer of `len` bytes: the kernel reads it as a
/// signed `int`, so it is capped at `i32::MAX` (a smaller value only lets the kernel
/// write less).
#[inline(always)]
fn out_len(len: usize) -> u32 {
    if len > i32::MAX as usize {
        i32::MAX as u32
    } else {
        len as u32
    }
}

/// socket(2): creates a socket of `domain` (`AF_*`), type `ty` (`SOCK_*`, on Linux and
/// FreeBSD optionally OR-ed with `SOCK_NONBLOCK`/`SOCK_CLOEXEC`; Darwin does not honour
/// those two flags) and `protocol` (0 for the default).
///
/// Errors: `EAFNOSUPPORT` for an unknown domain, `EINVAL` for an unknown type or flags,
/// `EPROTONOSUPPORT`, `EMFILE` …
#[syscall(crate = crate, nr = nr::SOCKET)]
pub fn socket(domain: i32, ty: i32, protocol: i32) -> Result<OwnedFd, Errno>;

#[syscall(crate = crate, nr = nr::SOCKETPAIR)]
fn sys_socketpair(domain: i32, ty: i32, protocol: i32, fds: &mut [RawFd; 2]) -> Result<(), Errno>;

/// socketpair(2): a pair of connected sockets (`AF_UNIX` only on most systems; `ty` as
/// for [`socket`]). Returns both new fds, owned by the caller.
///
/// Errors: `EOPNOTSUPP` for a domain without socket pairs (e.g. `AF_INET`), `EAFNOSUPPORT`,
/// `EINVAL` …
#[inline(always)]
pub fn socketpair(domain: i32, ty: i32, protocol: i32) -> Result<(OwnedFd, OwnedFd), Errno> {
    let mut fds: [RawFd; 2] = [-1, -1];
    sys_socketpair(domain, ty, protocol, &mut fds)?;
    // SAFETY: socketpair succeeded, so both numbers are new fds that nothing else owns.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

#[syscall(crate = crate, nr = nr::BIND)]
unsafe fn sys_bind(fd: BorrowedFd<'_>, addr: *const u8, len: u32) -> Result<(), Errno>;

/// bind(2): gives the socket `fd` the local address `addr` (port 0 picks an ephemeral
/// port; read it back with [`getsockname`]).
///
/// Errors: `EADDRINUSE`, `EINVAL` (already bound, or wrong address length), `EAFNOSUPPORT`
/// (family does not match the socket), `EACCES`, `ENOTSOCK`, `EBADF` …
#[inline(always)]
pub fn bind<A: SockAddr>(fd: BorrowedFd<'_>, addr: &A) -> Result<(), Errno> {
    // SAFETY: `SockAddr` guarantees `addr_len()` readable bytes at `as_ptr()`, borrowed
    // from `addr` for the whole call; the kernel only reads them.
    unsafe { sys_bind(fd, addr.as_ptr(), addr.addr_len()) }
}

#[syscall(crate = crate, nr = nr::CONNECT)]
unsafe fn sys_connect(fd: BorrowedFd<'_>, addr: *const u8, len: u32) -> Result<(), Errno>;

/// connect(2): connects the socket `fd` to `addr` (for datagram sockets: sets the default
/// destination and the only accepted source).
///
/// On a non-blocking stream socket, `EINPROGRESS` means the connection is being made:
/// wait for writability, then read `SO_ERROR` with [`getsockopt_int`]. Errors:
/// `ECONNREFUSED`, `ETIMEDOUT`, `ENETUNREACH`, `EISCONN`, `EAFNOSUPPORT`, `ENOTSOCK` …
#[inline(always)]
pub fn connect<A: SockAddr>(fd: BorrowedFd<'_>, addr: &A) -> Result<(), Errno> {
    // SAFETY: `SockAddr` guarantees `addr_len()` readable bytes at `as_ptr()`, borrowed
    // from `addr` for the whole call; the kernel only reads them.
    unsafe { sys_connect(fd, addr.as_ptr(), addr.addr_len()) }
}

/// listen(2): marks the stream socket `fd` as accepting connections, with a queue of
/// about `backlog` pending ones (the kernel caps it at `somaxconn`).
///
/// Errors: `EOPNOTSUPP` on a datagram socket, `ENOTSOCK`, `EBADF` …
#[syscall(crate = crate, nr = nr::LISTEN)]
pub fn listen(fd: BorrowedFd<'_>, backlog: i32) -> Result<(), Errno>;

#[cfg(not(all(target_os = "linux", any(target_arch = "x86", target_arch = "s390x"))))]
#[syscall(crate = crate, nr = nr::ACCEPT)]
unsafe fn sys_accept(
    fd: BorrowedFd<'_>,
    addr: Option<&mut SockaddrStorage>,
    len: Option<&mut u32>,
) -> Result<OwnedFd, Errno>;

// i386 has no `accept` syscall of its own (only `socketcall`'s SYS_ACCEPT): `accept4`
// (364, a direct syscall since Linux 4.3, like every socket call zcall makes there) with no
// flags is accept(2) (`__sys_accept4(fd, addr, len, 0)` is what the kernel runs for both).
// s390x likewise has no `accept` row, only `socketcall` (102) and `accept4` (364, Linux 4.3):
// arch/s390/kernel/syscalls/syscall.tbl.
#[cfg(all(target_os = "linux", any(target_arch = "x86", target_arch = "s390x")))]
#[inline(always)]
unsafe fn sys_accept(
    fd: BorrowedFd<'_>,
    addr: Option<&mut SockaddrStorage>,
    len: Option<&mut u32>,
) -> Result<OwnedFd, Errno> {
    // SAFETY: as for accept(2): the caller's promise about `addr` and `len`.
    unsafe { sys_accept4(fd, addr, len, 0) }
}

/// accept(2): takes the next pending connection of the listening socket `fd` and returns
/// the new connected socket, owned by the caller.
///
/// On a non-blocking listener with nothing pending: `Err(EAGAIN)`. Errors: `EINVAL` (not
/// listening), `ENOTSOCK`, `EBADF`, `EMFILE`, `ECONNABORTED`, `EINTR` …
#[inline(always)]
pub fn accept(fd: BorrowedFd<'_>) -> Result<OwnedFd, Errno> {
    // SAFETY: null address and length: the kernel writes no address.
    unsafe { sys_accept(fd, None, None) }
}

/// accept(2) that also stores the peer's address in `addr` and returns its length
/// (as reported by the kernel; see [`SockAddr`] for passing `(addr, len)` on).
///
/// The wrapper sets the buffer length to `size_of::<SockaddrStorage>()` itself, so the
/// kernel cannot write past `addr`.
#[inline(always)]
pub fn accept_with_addr(
    fd: BorrowedFd<'_>,
    addr: &mut SockaddrStorage,
) -> Result<(OwnedFd, u32), Errno> {
    let mut len = len_of::<SockaddrStorage>();
    // SAFETY: `len` is the exact size of `*addr`, so the kernel writes at most that many
    // bytes into it; both pointers come from exclusive borrows live for the call.
    let fd = unsafe { sys_accept(fd, Some(addr), Some(&mut len)) }?;
    Ok((fd, len))
}

#[cfg(any(target_os = "linux", target_os = "freebsd"))]
#[syscall(crate = crate, nr = nr::ACCEPT4)]
unsafe fn sys_accept4(
    fd: BorrowedFd<'_>,
    addr: Option<&mut SockaddrStorage>,
    len: Option<&mut u32>,
    flags: i32,
) -> Result<OwnedFd, Errno>;

/// accept4(2) (Linux and FreeBSD; not Darwin): [`accept`] with `flags`
/// `SOCK_NONBLOCK`/`SOCK_CLOEXEC` applied to the new socket atomically.
///
/// Errors: as [`accept`], plus `EINVAL` for unknown flags.
#[cfg(any(target_os = "linux", target_os = "freebsd"))]
#[inline(always)]
pub fn accept4(fd: BorrowedFd<'_>, flags: i32) -> Result<OwnedFd, Errno> {
    // SAFETY: null address and length: the kernel writes no address.
    unsafe { sys_accept4(fd, None, None, flags) }
}

/// accept4(2) (Linux and FreeBSD) that also stores the peer's address in `addr` and
/// returns its length; the wrapper sets the buffer length itself, as
/// [`accept_with_addr`] does.
#[cfg(any(target_os = "linux", target_os = "freebsd"))]
#[inline(always)]
pub fn accept4_with_addr(
    fd: BorrowedFd<'_>,
    addr: &mut SockaddrStorage,
    flags: i32,
) -> Result<(OwnedFd, u32), Errno> {
    let mut len = len_of::<SockaddrStorage>();
    // SAFETY: `len` is the exact size of `*addr`, so the kernel writes at most that many
    // bytes into it; both pointers come from exclusive borrows live for the call.
    let fd = unsafe { sys_accept4(fd, Some(addr), Some(&mut len), flags) }?;
    Ok((fd, len))
}

/// shutdown(2): shuts down reading (`SHUT_RD`), writing (`SHUT_WR`: the peer reads end
/// of file) or both (`SHUT_RDWR`) of a connected socket. The fd stays open.
///
/// Errors: `ENOTCONN`, `EINVAL` (bad `how`), `ENOTSOCK`, `EBADF`.
#[syscall(crate = crate, nr = nr::SHUTDOWN)]
pub fn shutdown(fd: BorrowedFd<'_>, how: i32) -> Result<(), Errno>;

#[syscall(crate = crate, nr = nr::SETSOCKOPT)]
unsafe fn sys_setsockopt(
    fd: BorrowedFd<'_>,
    level: i32,
    name: i32,
    value: *const u8,
    len: u32,
) -> Result<(), Errno>;

/// setsockopt(2) of an `int` option (`SO_REUSEADDR`, `TCP_NODELAY`, `SO_RCVBUF` …):
/// sets option `name` at `level` to `value`, with `optlen = 4`.
///
/// Safe for every option: the kernel reads exactly four bytes from a local, and four bytes
/// cannot hold an address on a 64-bit target, so no option can make the kernel follow a
/// pointer out of them. Errors: `EINVAL` (e.g. an option whose value is a struct),
/// `ENOPROTOOPT` (unknown option), `ENOTSOCK`, `EBADF` …
#[inline(always)]
pub fn setsockopt_int(fd: BorrowedFd<'_>, level: i32, name: i32, value: i32) -> Result<(), Errno> {
    // SAFETY: `value` is a four-byte integer, which the kernel reads and cannot take for
    // an address (see above).
    unsafe { setsockopt(fd, level, name, &value) }
}

/// setsockopt(2): sets option `name` at `level` to the bytes of `value`, with
/// `optlen = size_of::<T>()` — a `struct linger`, a `Timeval`, a byte array …
/// ([`setsockopt_int`] is the safe form for `int` options).
///
/// The kernel reads `size_of::<T>()` bytes of `value` (padding bytes of `T` included, so
/// prefer types without padding). Errors: `EINVAL` (e.g. a value of the wrong size: `&0u8`
/// for an `int` option), `ENOPROTOOPT` (unknown option), `ENOTSOCK`, `EBADF` …
///
/// # Safety
///
/// Some options carry addresses inside their value, and the kernel follows them, during
/// the call or long after it: `SO_ATTACH_FILTER` reads the filter a `sock_fprog` points
/// to, `XDP_UMEM_REG` registers a user memory area the kernel writes packets into until
/// the socket is closed, the netfilter `*_SO_SET_*` options write counters back through
/// a pointer. For such an option every address in `value` must be valid for what the
/// option does with it, for as long as the kernel uses it. Values that hold no address
/// (integers, `linger`, `Timeval`, socket addresses) need nothing beyond the borrow.
#[inline(always)]
pub unsafe fn setsockopt<T: Copy>(
    fd: BorrowedFd<'_>,
    level: i32,
    name: i32,
    value: &T,
) -> Result<(), Errno> {
    // SAFETY: the kernel reads at most `size_of::<T>()` (capped) bytes from `value`, a
    // live shared borrow, and never writes through that pointer; addresses inside the
    // value are the caller's promise (see `# Safety`).
    unsafe {
        sys_setsockopt(
            fd,
            level,
            name,
            (value as *const T).cast(),
            out_len(size_of::<T>()),
        )
    }
}

#[syscall(crate = crate, nr = nr::GETSOCKOPT)]
unsafe fn sys_getsockopt(
    fd: BorrowedFd<'_>,
    level: i32,
    name: i32,
    value: *mut u8,
    len: &mut u32,
) -> Result<(), Errno>;

/// getsockopt(2): reads option `name` at `level` into `buf` and returns the length the
/// kernel reported (the bytes it wrote; at most `buf.len()` for the options that
/// truncate). [`getsockopt_int`] is the safe form for `int` options.
///
/// The wrapper sets `optlen` to `buf.len()` itself, so the kernel cannot write past `buf`.
/// Errors: `ENOPROTOOPT`, `EINVAL`, `ENOTSOCK`, `EBADF` …
///
/// # Safety
///
/// Some options read `buf` as input before they answer, and follow addresses in it:
/// `TCP_ZEROCOPY_RECEIVE` maps received pages at the address in its first field and copies
/// data to `copybuf_address`. For such an option every address in `buf` must be valid for
/// what the option does with it. Options that create an fd (`SO_PEERPIDFD`) write a new
/// fd into `buf`, which the caller then owns and must close. For options that only
/// answer (`SO_TYPE`, `SO_ERROR`, `TCP_INFO`, `SO_PEERCRED` …) `buf` needs nothing beyond
/// the borrow.
#[inline(always)]
pub unsafe fn getsockopt(
    fd: BorrowedFd<'_>,
    level: i32,
    name: i32,
    buf: &mut [u8],
) -> Result<u32, Errno> {
    let mut len = out_len(buf.len());
    // SAFETY: `len` is at most `buf.len()`, so the kernel writes at most that many bytes
    // into `buf`, an exclusive borrow live for the call; addresses inside `buf` are the
    // caller's promise (see `# Safety`).
    unsafe { sys_getsockopt(fd, level, name, buf.as_mut_ptr(), &mut len) }?;
    Ok(len)
}

/// getsockopt(2) of an `int` option (`SO_ERROR`, `SO_RCVBUF`, `TCP_NODELAY` …).
///
/// Safe for every option: the kernel gets a four-byte buffer, too small to hold an
/// address, so no option can make it follow a pointer; options that need more answer
/// `EINVAL`. An option that creates an fd (`SO_PEERPIDFD`) returns its number, which the
/// caller then owns (wrap it with `OwnedFd::from_raw_fd`). If the kernel answers with
/// fewer than 4 bytes, the remaining bytes of the value are zero (the value itself on the
/// little-endian targets zcall supports).
#[inline(always)]
pub fn getsockopt_int(fd: BorrowedFd<'_>, level: i32, name: i32) -> Result<i32, Errno> {
    let mut buf = [0u8; 4];
    // SAFETY: a four-byte buffer of zeros holds no address the kernel could follow (see
    // above); the kernel writes at most four bytes into it.
    unsafe { getsockopt(fd, level, name, &mut buf) }?;
    Ok(i32::from_ne_bytes(buf))
}

#[syscall(crate = crate, nr = nr::GETSOCKNAME)]
unsafe fn sys_getsockname(
    fd: BorrowedFd<'_>,
    addr: &mut SockaddrStorage,
    len: &mut u32,
) -> Result<(), Errno>;

/// getsockname(2): stores the local address of `fd` in `addr` and returns its length.
///
/// The wrapper sets the buffer length to `size_of::<SockaddrStorage>()` itself. Errors:
/// `ENOTSOCK`, `EBADF`.
#[inline(always)]
pub fn getsockname(fd: BorrowedFd<'_>, addr: &mut SockaddrStorage) -> Result<u32, Errno> {
    let mut len = len_of::<SockaddrStorage>();
    // SAFETY: `len` is the exact size of `*addr`, an exclusive borrow live for the call.
    unsafe { sys_getsockname(fd, addr, &mut len) }?;
    Ok(len)
}

#[syscall(crate = crate, nr = nr::GETPEERNAME)]
unsafe fn sys_getpeername(
    fd: BorrowedFd<'_>,
    addr: &mut SockaddrStorage,
    len: &mut u32,
) -> Result<(), Errno>;

/// getpeername(2): stores the address of the peer of the connected socket `fd` in `addr`
/// and returns its length.
///
/// The wrapper sets the buffer length to `size_of::<SockaddrStorage>()` itself. Errors:
/// `ENOTCONN`, `ENOTSOCK`, `EBADF`.
#[inline(always)]
pub fn getpeername(fd: BorrowedFd<'_>, addr: &mut SockaddrStorage) -> Result<u32, Errno> {
    let mut len = len_of::<SockaddrStorage>();
    // SAFETY: `len` is the exact size of `*addr`, an exclusive borrow live for the call.
    unsafe { sys_getpeername(fd, addr, &mut len) }?;
    Ok(len)
}

#[syscall(crate = crate, nr = nr::SENDTO)]
unsafe fn sys_sendto(
    fd: BorrowedFd<'_>,
    buf: &[u8],
    flags: i32,
    addr: *const u8,
    len: u32,
) -> Result<usize, Errno>;

/// sendto(2) without an address (what `send(2)` is): sends `buf` on the connected socket
/// `fd` with `MSG_*` `flags`; returns the bytes sent.
///
/// On a stream socket whose peer is gone this raises `SIGPIPE` unless `flags` has
/// `MSG_NOSIGNAL` (Linux) or the socket has `SO_NOSIGPIPE` (Darwin, FreeBSD). With
/// `MSG_ZEROCOPY` (Linux, after `SO_ZEROCOPY`) the kernel may go on reading `buf` after
/// the call returns, until its completion notification: bytes changed before then may be
/// what is sent (stale data on the wire, not undefined behaviour).
/// Errors: `EAGAIN`, `EPIPE`, `ECONNRESET`, `EDESTADDRREQ`, `EMSGSIZE`, `ENOTSOCK` …
#[inline(always)]
pub fn send(fd: BorrowedFd<'_>, buf: &[u8], flags: i32) -> Result<usize, Errno> {
    // SAFETY: a null address with length 0: the kernel reads no address.
    unsafe { sys_sendto(fd, buf, flags, core::ptr::null(), 0) }
}

/// sendto(2): sends `buf` to `addr` (datagram sockets; ignored or `EISCONN` on connected
/// stream sockets) with `MSG_*` `flags`; returns the bytes sent.
///
/// Errors: `EMSGSIZE` (a datagram too large for the protocol), `EAGAIN`, `EACCES`,
/// `EAFNOSUPPORT`, `ENOTSOCK` …
#[inline(always)]
pub fn sendto<A: SockAddr>(
    fd: BorrowedFd<'_>,
    buf: &[u8],
    flags: i32,
    addr: &A,
) -> Result<usize, Errno> {
    // SAFETY: `SockAddr` guarantees `addr_len()` readable bytes at `as_ptr()`, borrowed
    // from `addr` for the whole call; the kernel only reads them and `buf`.
    unsafe { sys_sendto(fd, buf, flags, addr.as_ptr(), addr.addr_len()) }
}

#[syscall(crate = crate, nr = nr::RECVFROM)]
unsafe fn sys_recvfrom(
    fd: BorrowedFd<'_>,
    buf: &mut [u8],
    flags: i32,
    addr: Option<&mut SockaddrStorage>,
    len: Option<&mut u32>,
) -> Result<usize, Errno>;

/// recvfrom(2): receives into `buf` with `MSG_*` `flags`; with `Some(addr)`, stores the
/// sender's address there. Returns the bytes received and the address length the kernel
/// reported (0 with `None`, and for senders without an address, e.g. on a connected
/// stream socket on Linux).
///
/// The byte count can exceed `buf.len()` with `MSG_TRUNC` on a datagram socket (Linux:
/// the real datagram length); the kernel still wrote at most `buf.len()` bytes. `Ok((0,
/// _))` on a stream socket is end of file. The wrapper sets the address buffer length
/// itself. Errors: `EAGAIN` (non-blocking, nothing queued), `ENOTCONN`, `ENOTSOCK` …
#[inline(always)]
pub fn recvfrom(
    fd: BorrowedFd<'_>,
    buf: &mut [u8],
    flags: i32,
    addr: Option<&mut SockaddrStorage>,
) -> Result<(usize, u32), Errno> {
    match addr {
        None => {
            // SAFETY: null address and length: the kernel writes only into `buf`, whose
            // length the slice gives.
            let n = unsafe { sys_recvfrom(fd, buf, flags, None, None) }?;
            Ok((n, 0))
        }
        Some(addr) => {
            let mut len = len_of::<SockaddrStorage>();
            // SAFETY: `len` is the exact size of `*addr`; `buf`, `addr` and `len` are
            // exclusive borrows live for the call.
            let n = unsafe { sys_recvfrom(fd, buf, flags, Some(addr), Some(&mut len)) }?;
            Ok((n, len))
        }
    }
}

/// recv(2) (recvfrom(2) without an address, which is what Linux's C libraries call):
/// receives into `buf` with `MSG_*` `flags` and returns the bytes received.
///
/// `Ok(0)` on a stream socket is end of file; on a datagram socket it is an empty datagram
/// (or, with an empty `buf`, a datagram consumed: unlike [`read`](crate::read), this always
/// enters the kernel). With `MSG_TRUNC` on a datagram socket (Linux) the count can exceed
/// `buf.len()`: it is the datagram's real length, of which `buf.len()` bytes were written.
/// Errors: `EAGAIN` (non-blocking, nothing queued, or an `SO_RCVTIMEO` timeout),
/// `ENOTCONN`, `ECONNRESET`, `ENOTSOCK`, `EBADF`, `EINTR` …
#[inline(always)]
pub fn recv(fd: BorrowedFd<'_>, buf: &mut [u8], flags: i32) -> Result<usize, Errno> {
    // SAFETY: null address and length: the kernel writes only into `buf`, whose length the
    // slice gives.
    unsafe { sys_recvfrom(fd, buf, flags, None, None) }
}

/// sendmsg(2): sends the message `msg` describes (destination address, gathered buffers,
/// ancillary data such as `SCM_RIGHTS` fds) with `MSG_*` `flags`; returns the bytes sent.
///
/// # Safety
///
/// `msg` carries raw pointers that the kernel reads during the call; each must be valid
/// for reads of the given length:
/// - `msg_name`: null, or `msg_namelen` readable bytes (a socket address);
/// - `msg_iov`: `msg_iovlen` consecutive [`Iovec`](crate::types::Iovec)s (null is allowed
///   only with `msg_iovlen == 0`), each `iov_base` pointing to `iov_len` readable bytes;
/// - `msg_control`: null, or `msg_controllen` readable bytes of well-formed `Cmsghdr`
///   messages (build them with `cmsg_space`/`cmsg_len`).
///
/// The kernel writes nothing through them. Fds passed with `SCM_RIGHTS` are duplicated
/// into the receiver; the sender keeps its own. Errors: `EFAULT` for a bad pointer the
/// kernel noticed (not a guarantee), `EBADF` for a bad fd in `SCM_RIGHTS`, `EMSGSIZE`,
/// `EAGAIN`, `ENOTSOCK` …
#[syscall(crate = crate, nr = nr::SENDMSG)]
pub unsafe fn sendmsg(fd: BorrowedFd<'_>, msg: &Msghdr, flags: i32) -> Result<usize, Errno>;

/// recvmsg(2): receives a message into the buffers `msg` describes, with `MSG_*` `flags`;
/// returns the bytes received. The kernel updates `msg_namelen`, `msg_controllen` and
/// `msg_flags` (`MSG_TRUNC`, `MSG_CTRUNC` …).
///
/// # Safety
///
/// `msg` carries raw pointers that the kernel writes through during the call; each must
/// be valid for writes of the given length and not aliased by anything live:
/// - `msg_name`: null, or `msg_namelen` writable bytes (the sender's address goes there);
/// - `msg_iov`: `msg_iovlen` consecutive [`Iovec`](crate::types::Iovec)s (readable; null
///   only with `msg_iovlen == 0`), each `iov_base` pointing to `iov_len` writable bytes;
/// - `msg_control`: null, or `msg_controllen` writable bytes, aligned for `Cmsghdr`.
///
/// Fds received with `SCM_RIGHTS` are NEW fds owned by the caller (close them, e.g. by
/// wrapping each in `OwnedFd`; `MSG_CMSG_CLOEXEC` on Linux sets close-on-exec on them).
/// Errors: `EAGAIN`, `EFAULT`, `ENOTCONN`, `ENOTSOCK` …
#[syscall(crate = crate, nr = nr::RECVMSG)]
pub unsafe fn recvmsg(fd: BorrowedFd<'_>, msg: &mut Msghdr, flags: i32) -> Result<usize, Errno>;

#[cfg(target_os = "linux")]
#[syscall(crate = crate, nr = nr::SENDMMSG)]
unsafe fn sys_sendmmsg(
    fd: BorrowedFd<'_>,
    msgs: *mut Mmsghdr,
    vlen: u32,
    flags: i32,
) -> Result<usize, Errno>;

/// sendmmsg(2) (Linux): sends the messages of `msgs` in order, as by [`sendmsg`] each,
/// and returns how many were sent; the kernel stores each one's byte count in its
/// `msg_len`. At most `UIO_MAXIOV` (1024) are sent per call.
///
/// An error is returned only if the first message fails; a later failure ends the batch
/// with the count so far.
///
/// # Safety
///
/// Every `msg_hdr` of `msgs` must satisfy the requirements of [`sendmsg`].
#[cfg(target_os = "linux")]
#[inline(always)]
pub unsafe fn sendmmsg(
    fd: BorrowedFd<'_>,
    msgs: &mut [Mmsghdr],
    flags: i32,
) -> Result<usize, Errno> {
    let vlen = if msgs.len() > u32::MAX as usize {
        u32::MAX
    } else {
        msgs.len() as u32
    };
    // SAFETY: the kernel reads and writes (`msg_len`) at most `vlen <= msgs.len()`
    // entries of `msgs`, an exclusive borrow live for the call; the pointers inside them
    // are the caller's promise.
    unsafe { sys_sendmmsg(fd, msgs.as_mut_ptr(), vlen, flags) }
}

#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
#[syscall(crate = crate, nr = nr::RECVMMSG)]
unsafe fn sys_recvmmsg(
    fd: BorrowedFd<'_>,
    msgs: *mut Mmsghdr,
    vlen: u32,
    flags: i32,
    timeout: Option<&mut Timespec>,
) -> Result<usize, Errno>;

// 32-bit targets: `recvmmsg` takes the old 32-bit `struct old_timespec32`;
// `recvmmsg_time64` (Linux 5.1) takes `struct __kernel_timespec`, as `Timespec` is.
#[cfg(all(target_os = "linux", target_pointer_width = "32"))]
#[syscall(crate = crate, nr = nr::RECVMMSG_TIME64)]
unsafe fn sys_recvmmsg(
    fd: BorrowedFd<'_>,
    msgs: *mut Mmsghdr,
    vlen: u32,
    flags: i32,
    timeout: Option<&mut Timespec>,
) -> Result<usize, Errno>;

/// recvmmsg(2) (Linux): receives up to `msgs.len()` messages, each as by [`recvmsg`] with
/// its `msg_len` set to its byte count, and returns how many were received.
///
/// `MSG_WAITFORONE` blocks for the first message only. `timeout` (updated by the kernel
/// to the time left) is checked only after each message arrives — it does not bound the
/// wait for the first one; use a non-blocking socket or `SO_RCVTIMEO` for that.
///
/// # Safety
///
/// Every `msg_hdr` of `msgs` must satisfy the requirements of [`recvmsg`].
#[cfg(target_os = "linux")]
#[inline(always)]
pub unsafe fn recvmmsg(
    fd: BorrowedFd<'_>,
    msgs: &mut [Mmsghdr],
    flags: i32,
    timeout: Option<&mut Timespec>,
) -> Result<usize, Errno> {
    let vlen = if msgs.len() > u32::MAX as usize {
        u32::MAX
    } else {
        msgs.len() as u32
    };
    // SAFETY: the kernel reads and writes at most `vlen <= msgs.len()` entries of `msgs`,
    // an exclusive borrow live for the call, and `timeout` if given (an exclusive
    // borrow); the pointers inside the entries are the caller's promise.
    unsafe { sys_recvmmsg(fd, msgs.as_mut_ptr(), vlen, flags, timeout) }
}

// Typed socket options (Linux): the option is fixed by the function, so the kernel reads or
// writes exactly one value of a plain type with no address in it.

#[cfg(target_os = "linux")]
use crate::types::{Linger, Timeval};

/// Which timeout [`setsockopt_timeout`]/[`getsockopt_timeout`] act on: `SO_RCVTIMEO` or
/// `SO_SNDTIMEO` (at `SOL_SOCKET`, with the 64-bit `struct timeval` these names mean on the
/// 64-bit Linux targets).
#[cfg(target_os = "linux")]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SockTimeout {
    /// `SO_RCVTIMEO`: how long a blocking receive (`recv`, `read`, `accept` …) waits before
    /// `EAGAIN`.
    Recv,
    /// `SO_SNDTIMEO`: how long a blocking send waits for buffer space before `EAGAIN` (or a
    /// partial count).
    Send,
}

#[cfg(target_os = "linux")]
impl SockTimeout {
    /// The option name (`SO_RCVTIMEO` or `SO_SNDTIMEO`).
    pub const fn name(self) -> i32 {
        match self {
            SockTimeout::Recv => crate::consts::SO_RCVTIMEO,
            SockTimeout::Send => crate::consts::SO_SNDTIMEO,
        }
    }
}

/// setsockopt(2) of `SO_RCVTIMEO`/`SO_SNDTIMEO` (Linux): the socket's receive or send
/// timeout; zero means none (wait for ever).
///
/// Safe: the option is fixed to one that reads a `Timeval`, two integers. A `tv_usec`
/// outside `0..1_000_000` is `EDOM`; a negative `tv_sec` sets no timeout (the kernel treats
/// it as zero). Errors: `ENOTSOCK`, `EBADF`.
#[cfg(target_os = "linux")]
#[inline(always)]
pub fn setsockopt_timeout(
    fd: BorrowedFd<'_>,
    which: SockTimeout,
    value: &Timeval,
) -> Result<(), Errno> {
    // SAFETY: SO_RCVTIMEO/SO_SNDTIMEO read one `struct timeval` (two 64-bit integers, no
    // address) from `value`, a live shared borrow of exactly that size.
    unsafe { setsockopt(fd, crate::consts::SOL_SOCKET, which.name(), value) }
}

/// getsockopt(2) of `SO_RCVTIMEO`/`SO_SNDTIMEO` (Linux): the socket's receive or send
/// timeout (zero: none), as the kernel rounds it (to its clock ticks).
#[cfg(target_os = "linux")]
#[inline(always)]
pub fn getsockopt_timeout(fd: BorrowedFd<'_>, which: SockTimeout) -> Result<Timeval, Errno> {
    let mut v = Timeval::default();
    let mut len = len_of::<Timeval>();
    // SAFETY: the option writes one `struct timeval` (plain integers) into `v`, at most
    // `len` bytes, the exact size of `v`; it reads nothing from it.
    unsafe {
        sys_getsockopt(
            fd,
            crate::consts::SOL_SOCKET,
            which.name(),
            (&mut v as *mut Timeval).cast(),
            &mut len,
        )
    }?;
    Ok(v)
}

/// setsockopt(2) of `SO_LINGER` (Linux): with `l_onoff != 0`, `close` of the socket waits up
/// to `l_linger` seconds for unsent data (in the background for a non-blocking one), or
/// with `l_linger == 0` resets the connection at once; `l_onoff == 0` restores the default
/// (the kernel keeps the last `l_linger`, which [`getsockopt_linger`] goes on reporting).
///
/// Safe: the option is fixed to one that reads a `Linger`, two integers. Errors:
/// `ENOTSOCK`, `EBADF`.
#[cfg(target_os = "linux")]
#[inline(always)]
pub fn setsockopt_linger(fd: BorrowedFd<'_>, value: &Linger) -> Result<(), Errno> {
    // SAFETY: SO_LINGER reads one `struct linger` (two ints, no address) from `value`, a
    // live shared borrow of exactly that size.
    unsafe {
        setsockopt(
            fd,
            crate::consts::SOL_SOCKET,
            crate::consts::SO_LINGER,
            value,
        )
    }
}

/// getsockopt(2) of `SO_LINGER` (Linux).
#[cfg(target_os = "linux")]
#[inline(always)]
pub fn getsockopt_linger(fd: BorrowedFd<'_>) -> Result<Linger, Errno> {
    let mut v = Linger::default();
    let mut len = len_of::<Linger>();
    // SAFETY: SO_LINGER writes one `struct linger` (plain integers) into `v`, at most `len`
    // bytes, the exact size of `v`; it reads nothing from it.
    unsafe {
        sys_getsockopt(
            fd,
            crate::consts::SOL_SOCKET,
            crate::consts::SO_LINGER,
            (&mut v as *mut Linger).cast(),
            &mut len,
        )
    }?;
    Ok(v)
}
