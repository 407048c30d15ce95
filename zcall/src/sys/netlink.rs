//! The network link table through rtnetlink (Linux): [`links`], [`link_by_name`],
//! [`link_by_index`], [`if_name_to_index`] (with `std`), on a `no_std` core —
//! [`RouteSocket`], [`LinkDump`], [`DumpParser`], [`find_link`] — that works in a buffer the
//! caller provides.
//!
//! ```
//! # #[cfg(feature = "std")] {
//! # // qemu-user 7.2 leaves attributes it does not know unconverted for a big-endian guest.
//! # if cfg!(target_endian = "big") && std::env::var_os("ZCALL_QEMU").is_some() {
//! #     return Ok(());
//! # }
//! let lo = zcall::link_by_name("lo")?;
//! assert!(lo.flags() & zcall::consts::IFF_LOOPBACK != 0);
//! assert_eq!(zcall::if_name_to_index("lo")?, lo.index());
//! for link in zcall::links()? {
//!     println!("{} {:?} mtu {}", link.index(), link.name(), link.mtu());
//! }
//! # }
//! # Ok::<(), zcall::NetlinkError>(())
//! ```
//!
//! Everything goes through zcall's own calls: `socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC,
//! NETLINK_ROUTE)`, `bind` to a [`SockaddrNl`] of port 0 (the kernel picks the socket's port
//! id), `getsockname` for that port id, one `sendto` of an `RTM_GETLINK` request with
//! `NLM_F_REQUEST | NLM_F_DUMP` to the kernel (port 0), then `recvfrom` (with `MSG_TRUNC`, to
//! learn a datagram's real size) until `NLMSG_DONE`.
//!
//! # Every reply is hostile
//!
//! The parser reads a datagram as bytes (any alignment of the buffer), checks every length
//! against what was received before reading past a header, and never panics or reads out of
//! bounds, whatever the bytes; `fuzz/fuzz_targets/netlink.rs` and the property tests in
//! `tests/tests/netlink_proptest.rs` hold it to that. Each way a reply can be wrong is its
//! own [`NetlinkError`]:
//! - a header or fixed part cut short: [`Truncated`](NetlinkError::Truncated); a length
//!   field smaller than its header or past the received bytes:
//!   [`BadLength`](NetlinkError::BadLength); a message or attribute whose 4-byte padding
//!   is missing at the end of the data: [`Misaligned`](NetlinkError::Misaligned);
//! - a sequence number or port id that is not the request's:
//!   [`WrongSequence`](NetlinkError::WrongSequence), [`WrongPort`](NetlinkError::WrongPort);
//!   a datagram from a netlink port other than the kernel's:
//!   [`NotFromKernel`](NetlinkError::NotFromKernel);
//! - `NLMSG_ERROR` (or an `NLMSG_DONE` carrying an error): the kernel's errno,
//!   [`Os`](NetlinkError::Os); one whose code is not a negative errno:
//!   [`BadErrorCode`](NetlinkError::BadErrorCode);
//! - a datagram larger than the buffer: [`TooLarge`](NetlinkError::TooLarge) (with the size
//!   needed); a message type a link dump does not have:
//!   [`UnexpectedType`](NetlinkError::UnexpectedType); a malformed `IFLA_IFNAME`,
//!   `IFLA_MTU` or `IFLA_ADDRESS`: [`BadAttribute`](NetlinkError::BadAttribute); a link
//!   without a name: [`MissingName`](NetlinkError::MissingName); an index that is not
//!   positive: [`BadIndex`](NetlinkError::BadIndex);
//! - `NLM_F_DUMP_INTR` (the table changed during the dump):
//!   [`Interrupted`](NetlinkError::Interrupted); the `std` functions dump again.
//!
//! A name or index that matches no link is `Os(ENODEV)`. [`NetlinkError::errno`] maps
//! every error to an [`Errno`] (malformed replies: `EBADMSG`).

use core::fmt;

use crate::consts::{
    AF_NETLINK, AF_UNSPEC, IFLA_ADDRESS, IFLA_IFNAME, IFLA_MTU, MSG_TRUNC, NETLINK_ROUTE,
    NLMSG_DONE, NLMSG_ERROR, NLMSG_NOOP, NLM_F_DUMP, NLM_F_DUMP_INTR, NLM_F_REQUEST, RTM_GETLINK,
    RTM_NEWLINK, SOCK_CLOEXEC, SOCK_RAW,
};
use crate::fd::{AsFd, BorrowedFd, OwnedFd};
use crate::types::{SockaddrNl, SockaddrStorage};
use crate::{Errno, SockAddr};

/// `IFNAMSIZ` (`include/uapi/linux/if.h`): an interface name is at most 15 bytes and a NUL.
const IFNAMSIZ: usize = 16;
/// `MAX_ADDR_LEN` (`include/linux/netdevice.h`): the longest hardware address.
pub const MAX_ADDR_LEN: usize = 32;
/// `NLMSG_HDRLEN`: `NLMSG_ALIGN(sizeof(struct nlmsghdr))`.
const NLMSG_HDRLEN: usize = 16;
/// `NLMSG_ALIGN(sizeof(struct ifinfomsg))`: where a link's attributes start.
const IFINFOMSG_LEN: usize = 16;
/// `RTA_LENGTH(0)`: an attribute's header.
const RTA_HDRLEN: usize = 4;
/// `NLA_TYPE_MASK`: an attribute type without `NLA_F_NESTED`/`NLA_F_NET_BYTEORDER`.
const NLA_TYPE_MASK: u16 = !(1 << 15 | 1 << 14);
/// The size of the link dump request: a header and an `ifinfomsg`.
const REQUEST_LEN: usize = NLMSG_HDRLEN + IFINFOMSG_LEN;

/// `NLMSG_ALIGN` / `RTA_ALIGN`: `len` rounded up to the 4-byte boundary the next message or
/// attribute starts at (`None` past `usize::MAX`).
pub const fn nlmsg_align(len: usize) -> Option<usize> {
    match len.checked_add(3) {
        Some(l) => Some(l & !3),
        None => None,
    }
}

/// One network link (interface), as a link dump reports it: index, name, MTU, hardware
/// address, `IFF_*` flags and `ARPHRD_*` type. Fixed-size (no allocation): the name is at
/// most 15 bytes, the address at most [`MAX_ADDR_LEN`].
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Link {
    index: u32,
    flags: u32,
    mtu: u32,
    link_type: u16,
    name_len: u8,
    addr_len: u8,
    name: [u8; IFNAMSIZ],
    addr: [u8; MAX_ADDR_LEN],
}

impl Link {
    /// The interface index (`ifi_index`, positive; what `if_nametoindex` returns).
    pub const fn index(&self) -> u32 {
        self.index
    }

    /// The name's bytes (`IFLA_IFNAME` without its NUL: 1 to 15 bytes). The kernel allows
    /// any bytes but `/`, `:`, whitespace and NUL, so a name need not be UTF-8.
    pub fn name_bytes(&self) -> &[u8] {
        &self.name[..self.name_len as usize]
    }

    /// The name, if it is UTF-8 (it is for every name `ip link` can create from a shell).
    pub fn name(&self) -> Option<&str> {
        core::str::from_utf8(self.name_bytes()).ok()
    }

    /// The MTU (`IFLA_MTU`; 0 if the reply had none).
    pub const fn mtu(&self) -> u32 {
        self.mtu
    }

    /// The hardware address (`IFLA_ADDRESS`; empty for links without one, such as a tun
    /// device; six zero bytes for `lo`).
    pub fn hardware_addr(&self) -> &[u8] {
        &self.addr[..self.addr_len as usize]
    }

    /// The `IFF_*` flags (`ifi_flags`): `IFF_UP`, `IFF_BROADCAST`, `IFF_LOOPBACK`,
    /// `IFF_POINTOPOINT`, `IFF_RUNNING`, `IFF_MULTICAST`, `IFF_LOWER_UP` …
    pub const fn flags(&self) -> u32 {
        self.flags
    }

    /// The device type (`ifi_type`: `ARPHRD_ETHER` 1, `ARPHRD_LOOPBACK` 772 …).
    pub const fn link_type(&self) -> u16 {
        self.link_type
    }
}

impl fmt::Debug for Link {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Bytes<'a>(&'a [u8], bool);
        impl fmt::Debug for Bytes<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                if self.1 {
                    if let Ok(s) = core::str::from_utf8(self.0) {
                        return fmt::Debug::fmt(s, f);
                    }
                }
                for (i, b) in self.0.iter().enumerate() {
                    if i > 0 {
                        f.write_str(":")?;
                    }
                    write!(f, "{b:02x}")?;
                }
                Ok(())
            }
        }
        f.debug_struct("Link")
            .field("index", &self.index)
            .field("name", &Bytes(self.name_bytes(), true))
            .field("mtu", &self.mtu)
            .field("hardware_addr", &Bytes(self.hardware_addr(), false))
            .field("flags", &format_args!("{:#x}", self.flags))
            .field("link_type", &self.link_type)
            .finish()
    }
}

/// Why a link dump failed: a syscall's or the kernel's error, or what is wrong with the
/// reply. See the [module docs](self) for which reply defect gives which error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NetlinkError {
    /// A syscall failed, the kernel answered `NLMSG_ERROR` (or an `NLMSG_DONE` carrying an
    /// error) with this errno, or (`ENODEV`) no link has the name or index asked for.
    Os(Errno),
    /// A message header, an `ifinfomsg`, an error code or an attribute header is cut short
    /// (or a datagram is empty: the peer sent nothing, or closed, before `NLMSG_DONE`).
    Truncated,
    /// A message or attribute length is smaller than its header or runs past the received
    /// bytes.
    BadLength,
    /// A message or attribute ends at the end of the data without the padding to its 4-byte
    /// boundary (the kernel always pads).
    Misaligned,
    /// A message answers another request.
    WrongSequence {
        /// The request's sequence number.
        expected: u32,
        /// The message's.
        got: u32,
    },
    /// A message is addressed to another socket.
    WrongPort {
        /// This socket's port id.
        expected: u32,
        /// The message's `nlmsg_pid`.
        got: u32,
    },
    /// The datagram came from a netlink port other than the kernel's (0): another process.
    NotFromKernel {
        /// The sender's port id.
        port: u32,
    },
    /// A datagram larger than the buffer arrived (and is lost): dump again with a buffer of
    /// at least `needed` bytes.
    TooLarge {
        /// The datagram's size.
        needed: usize,
        /// The buffer's.
        buffer: usize,
    },
    /// A message of a type a link dump does not contain (`NLMSG_OVERRUN`, an unknown one).
    UnexpectedType(u16),
    /// An `NLMSG_ERROR` or `NLMSG_DONE` whose code is neither 0 (for `NLMSG_DONE`) nor a
    /// negative errno (`-4095..=-1`); an `NLMSG_ERROR` of 0, an acknowledgement, is not part
    /// of a dump either.
    BadErrorCode(i32),
    /// An attribute of this type (`IFLA_IFNAME`, `IFLA_MTU`, `IFLA_ADDRESS`) has a payload
    /// it cannot have: a name without its NUL, empty or longer than 15 bytes; an MTU that is
    /// not 4 bytes; an address longer than [`MAX_ADDR_LEN`].
    BadAttribute(u16),
    /// A link without `IFLA_IFNAME`.
    MissingName,
    /// A link whose index is not positive.
    BadIndex(i32),
    /// `NLM_F_DUMP_INTR`: the link table changed while it was dumped, so the dump may be
    /// inconsistent; dump again.
    Interrupted,
}

impl NetlinkError {
    /// The closest errno: the errno itself for [`Os`](NetlinkError::Os), `EMSGSIZE`
    /// for [`TooLarge`](NetlinkError::TooLarge), `EAGAIN` for
    /// [`Interrupted`](NetlinkError::Interrupted), `EBADMSG` for every malformed reply.
    pub const fn errno(self) -> Errno {
        match self {
            NetlinkError::Os(e) => e,
            NetlinkError::TooLarge { .. } => Errno::EMSGSIZE,
            NetlinkError::Interrupted => Errno::EAGAIN,
            _ => Errno::EBADMSG,
        }
    }
}

impl From<Errno> for NetlinkError {
    fn from(e: Errno) -> NetlinkError {
        NetlinkError::Os(e)
    }
}

impl From<NetlinkError> for Errno {
    fn from(e: NetlinkError) -> Errno {
        e.errno()
    }
}

#[cfg(feature = "std")]
impl From<NetlinkError> for std::io::Error {
    fn from(e: NetlinkError) -> std::io::Error {
        match e {
            NetlinkError::Os(e) => e.into(),
            other => std::io::Error::new(std::io::Error::from(other.errno()).kind(), other),
        }
    }
}

impl fmt::Display for NetlinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            NetlinkError::Os(e) => write!(f, "netlink: {e}"),
            NetlinkError::Truncated => {
                f.write_str("netlink reply: a header or fixed part is cut short")
            }
            NetlinkError::BadLength => {
                f.write_str("netlink reply: a length is below its header or past the data received")
            }
            NetlinkError::Misaligned => {
                f.write_str("netlink reply: a message or attribute lacks its 4-byte padding")
            }
            NetlinkError::WrongSequence { expected, got } => {
                write!(
                    f,
                    "netlink reply: sequence number {got}, the request's is {expected}"
                )
            }
            NetlinkError::WrongPort { expected, got } => {
                write!(
                    f,
                    "netlink reply: addressed to port {got}, this socket is {expected}"
                )
            }
            NetlinkError::NotFromKernel { port } => {
                write!(f, "netlink reply: sent by port {port}, not by the kernel")
            }
            NetlinkError::TooLarge { needed, buffer } => write!(
                f,
                "netlink reply: a datagram of {needed} bytes does not fit the {buffer}-byte buffer"
            ),
            NetlinkError::UnexpectedType(t) => {
                write!(
                    f,
                    "netlink reply: message type {t} has no place in a link dump"
                )
            }
            NetlinkError::BadErrorCode(c) => {
                write!(f, "netlink reply: error code {c} is not a negative errno")
            }
            NetlinkError::BadAttribute(t) => {
                write!(f, "netlink reply: attribute {t} has an impossible payload")
            }
            NetlinkError::MissingName => f.write_str("netlink reply: a link without a name"),
            NetlinkError::BadIndex(i) => write!(f, "netlink reply: link index {i}"),
            NetlinkError::Interrupted => {
                f.write_str("netlink dump interrupted: the link table changed during it")
            }
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for NetlinkError {}

// ---------------------------------------------------------------- the parser

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_ne_bytes([b[at], b[at + 1]])
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_ne_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// An errno from a netlink error code: `-4095..=-1`.
fn errno_of(code: i32) -> Result<Errno, NetlinkError> {
    if (-4095..=-1).contains(&code) {
        Ok(Errno::from_raw(-code))
    } else {
        Err(NetlinkError::BadErrorCode(code))
    }
}

/// What one message of a link dump is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DumpMessage {
    /// An `RTM_NEWLINK`: one link.
    Link(Link),
    /// `NLMSG_DONE`: the end of the dump.
    Done,
    /// `NLMSG_NOOP`: nothing.
    Noop,
}

/// The messages of one received datagram of a link dump, each checked (see the
/// [module docs](self)). Stops after the first error, and after `NLMSG_DONE`.
///
/// ```
/// use zcall::{DumpMessage, DumpParser, NetlinkError};
/// // An NLMSG_DONE (type 3, flags NLM_F_MULTI) for sequence 7, port 99: 20 bytes, error
/// // code 0. (nlmsg_len u32, nlmsg_type u16, nlmsg_flags u16, seq u32, pid u32, error i32.)
/// let mut done = Vec::new();
/// done.extend_from_slice(&20u32.to_ne_bytes());
/// done.extend_from_slice(&3u16.to_ne_bytes());
/// done.extend_from_slice(&2u16.to_ne_bytes());
/// for w in [7u32, 99, 0] {
///     done.extend_from_slice(&w.to_ne_bytes());
/// }
/// let all: Vec<_> = DumpParser::new(&done, 7, 99).collect();
/// assert_eq!(all, [Ok(DumpMessage::Done)]);
/// let wrong: Vec<_> = DumpParser::new(&done, 8, 99).collect();
/// assert_eq!(wrong, [Err(NetlinkError::WrongSequence { expected: 8, got: 7 })]);
/// ```
#[derive(Clone, Debug)]
pub struct DumpParser<'a> {
    data: &'a [u8],
    pos: usize,
    seq: u32,
    port: u32,
    finished: bool,
}

impl<'a> DumpParser<'a> {
    /// The messages in `data` (one datagram), expected to answer request `seq` to the socket
    /// of port id `port`.
    pub const fn new(data: &'a [u8], seq: u32, port: u32) -> DumpParser<'a> {
        DumpParser {
            data,
            pos: 0,
            seq,
            port,
            finished: false,
        }
    }

    /// The offset of the next message in the datagram (its length once every message is
    /// read).
    pub const fn position(&self) -> usize {
        self.pos
    }

    fn message(&mut self) -> Result<DumpMessage, NetlinkError> {
        let rest = &self.data[self.pos..];
        if rest.len() < NLMSG_HDRLEN {
            return Err(NetlinkError::Truncated);
        }
        let len = u32_at(rest, 0) as usize;
        let ty = u16_at(rest, 4);
        let flags = u16_at(rest, 6);
        let seq = u32_at(rest, 8);
        let pid = u32_at(rest, 12);
        if len < NLMSG_HDRLEN || len > rest.len() {
            return Err(NetlinkError::BadLength);
        }
        match nlmsg_align(len) {
            Some(padded) if padded <= rest.len() => self.pos += padded,
            _ => return Err(NetlinkError::Misaligned),
        }
        if seq != self.seq {
            return Err(NetlinkError::WrongSequence {
                expected: self.seq,
                got: seq,
            });
        }
        if pid != self.port {
            return Err(NetlinkError::WrongPort {
                expected: self.port,
                got: pid,
            });
        }
        if flags & NLM_F_DUMP_INTR != 0 {
            return Err(NetlinkError::Interrupted);
        }
        let payload = &rest[NLMSG_HDRLEN..len];
        match ty {
            NLMSG_NOOP => Ok(DumpMessage::Noop),
            NLMSG_ERROR => {
                if payload.len() < 4 {
                    return Err(NetlinkError::Truncated);
                }
                Err(NetlinkError::Os(errno_of(u32_at(payload, 0) as i32)?))
            }
            NLMSG_DONE => {
                // Since Linux 2.6.x the kernel puts the dump's result, an int, in NLMSG_DONE.
                if payload.len() >= 4 {
                    let code = u32_at(payload, 0) as i32;
                    if code != 0 {
                        return Err(NetlinkError::Os(errno_of(code)?));
                    }
                }
                Ok(DumpMessage::Done)
            }
            RTM_NEWLINK => parse_link(payload).map(DumpMessage::Link),
            other => Err(NetlinkError::UnexpectedType(other)),
        }
    }
}

impl Iterator for DumpParser<'_> {
    type Item = Result<DumpMessage, NetlinkError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.finished || self.pos >= self.data.len() {
            return None;
        }
        let r = self.message();
        if matches!(r, Err(_) | Ok(DumpMessage::Done)) {
            self.finished = true;
        }
        Some(r)
    }
}

impl core::iter::FusedIterator for DumpParser<'_> {}

/// An `RTM_NEWLINK` payload: an `ifinfomsg`, then `rtattr` attributes.
fn parse_link(payload: &[u8]) -> Result<Link, NetlinkError> {
    if payload.len() < IFINFOMSG_LEN {
        return Err(NetlinkError::Truncated);
    }
    let link_type = u16_at(payload, 2);
    let index = u32_at(payload, 4) as i32;
    let flags = u32_at(payload, 8);
    if index <= 0 {
        return Err(NetlinkError::BadIndex(index));
    }
    let mut link = Link {
        index: index as u32,
        flags,
        mtu: 0,
        link_type,
        name_len: 0,
        addr_len: 0,
        name: [0; IFNAMSIZ],
        addr: [0; MAX_ADDR_LEN],
    };
    let mut attrs = &payload[IFINFOMSG_LEN..];
    while !attrs.is_empty() {
        if attrs.len() < RTA_HDRLEN {
            return Err(NetlinkError::Truncated);
        }
        let len = u16_at(attrs, 0) as usize;
        let ty = u16_at(attrs, 2) & NLA_TYPE_MASK;
        if len < RTA_HDRLEN || len > attrs.len() {
            return Err(NetlinkError::BadLength);
        }
        let padded = match nlmsg_align(len) {
            Some(p) if p <= attrs.len() => p,
            _ => return Err(NetlinkError::Misaligned),
        };
        let value = &attrs[RTA_HDRLEN..len];
        match ty {
            IFLA_IFNAME => {
                let n = match value.iter().position(|&b| b == 0) {
                    Some(n) if (1..IFNAMSIZ).contains(&n) => n,
                    _ => return Err(NetlinkError::BadAttribute(ty)),
                };
                link.name[..n].copy_from_slice(&value[..n]);
                link.name[n..].fill(0);
                link.name_len = n as u8;
            }
            IFLA_MTU => {
                if value.len() != 4 {
                    return Err(NetlinkError::BadAttribute(ty));
                }
                link.mtu = u32_at(value, 0);
            }
            IFLA_ADDRESS => {
                if value.len() > MAX_ADDR_LEN {
                    return Err(NetlinkError::BadAttribute(ty));
                }
                link.addr[..value.len()].copy_from_slice(value);
                link.addr[value.len()..].fill(0);
                link.addr_len = value.len() as u8;
            }
            _ => {}
        }
        attrs = &attrs[padded..];
    }
    if link.name_len == 0 {
        return Err(NetlinkError::MissingName);
    }
    Ok(link)
}

// ---------------------------------------------------------------- the socket

// SAFETY: the pointer is to `self`, which is `size_of::<SockaddrNl>()` (12) bytes long.
unsafe impl SockAddr for SockaddrNl {
    #[inline(always)]
    fn as_ptr(&self) -> *const u8 {
        (self as *const SockaddrNl).cast()
    }
    #[inline(always)]
    fn addr_len(&self) -> u32 {
        core::mem::size_of::<SockaddrNl>() as u32
    }
}

/// The netlink address in `storage` with the length `len` the kernel reported, or `None`
/// if it is not a whole `AF_NETLINK` address.
pub fn to_sockaddr_nl(storage: &SockaddrStorage, len: u32) -> Option<SockaddrNl> {
    if storage.ss_family as i32 != AF_NETLINK || (len as usize) < core::mem::size_of::<SockaddrNl>()
    {
        return None;
    }
    let d = &storage.ss_data;
    Some(SockaddrNl {
        nl_family: storage.ss_family,
        nl_pad: u16_at(d, 0),
        nl_pid: u32_at(d, 2),
        nl_groups: u32_at(d, 6),
    })
}

/// The `RTM_GETLINK` dump request for sequence number `seq`: an `nlmsghdr` (`NLM_F_REQUEST
/// | NLM_F_DUMP`, port 0) and an `ifinfomsg` of family `AF_UNSPEC`, in the kernel's byte
/// order.
pub fn link_dump_request(seq: u32) -> [u8; REQUEST_LEN] {
    let mut m = [0u8; REQUEST_LEN];
    m[0..4].copy_from_slice(&(REQUEST_LEN as u32).to_ne_bytes());
    m[4..6].copy_from_slice(&RTM_GETLINK.to_ne_bytes());
    m[6..8].copy_from_slice(&(NLM_F_REQUEST | NLM_F_DUMP).to_ne_bytes());
    m[8..12].copy_from_slice(&seq.to_ne_bytes());
    // nlmsg_pid 0; ifinfomsg: family AF_UNSPEC (0), the rest 0.
    m[NLMSG_HDRLEN] = AF_UNSPEC as u8;
    m
}

/// A `NETLINK_ROUTE` socket bound to a port id of its own (`no_std`).
#[derive(Debug)]
pub struct RouteSocket {
    fd: OwnedFd,
    port: u32,
    seq: u32,
}

impl RouteSocket {
    /// `socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE)`, bound to the port id
    /// the kernel picks (read back with `getsockname`).
    pub fn open() -> Result<RouteSocket, NetlinkError> {
        let fd = crate::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE)?;
        crate::bind(fd.as_fd(), &SockaddrNl::new(0, 0))?;
        let mut st = SockaddrStorage::default();
        let len = crate::getsockname(fd.as_fd(), &mut st)?;
        let port = match to_sockaddr_nl(&st, len) {
            Some(a) => a.nl_pid,
            None => return Err(NetlinkError::Os(Errno::EAFNOSUPPORT)),
        };
        Ok(RouteSocket { fd, port, seq: 0 })
    }

    /// This socket's port id.
    pub const fn port(&self) -> u32 {
        self.port
    }

    /// The sequence number of the last request sent (0 before the first).
    pub const fn seq(&self) -> u32 {
        self.seq
    }

    /// Sends an `RTM_GETLINK` dump request and returns the reader of its reply, which
    /// receives each datagram into `buf`. A buffer of 32 KiB holds any datagram the kernel
    /// sends unless a single link's message is larger (many SR-IOV VFs); a smaller one
    /// may get [`NetlinkError::TooLarge`].
    ///
    /// Read the whole reply before the next request on this socket: the kernel runs one
    /// dump per socket at a time (`EBUSY`).
    pub fn dump_links<'s, 'b>(
        &'s mut self,
        buf: &'b mut [u8],
    ) -> Result<LinkDump<'s, 'b>, NetlinkError> {
        self.seq = self.seq.wrapping_add(1);
        if self.seq == 0 {
            self.seq = 1;
        }
        let request = link_dump_request(self.seq);
        let sent = crate::sendto(self.fd.as_fd(), &request, 0, &SockaddrNl::new(0, 0))?;
        if sent != request.len() {
            return Err(NetlinkError::Os(Errno::EMSGSIZE));
        }
        Ok(LinkDump::new(self.fd.as_fd(), self.seq, self.port, buf))
    }
}

impl AsFd for RouteSocket {
    fn as_fd(&self) -> BorrowedFd<'_> {
        self.fd.as_fd()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Reading,
    Done,
    Failed,
}

/// The links of a dump reply, received from `fd` datagram by datagram into a buffer of the
/// caller's (`no_std`). Ends (`None`) after `NLMSG_DONE`, and after an error; `EINTR` and
/// `EAGAIN` from `recvfrom` are returned without ending it, so `next` may be called again.
///
/// [`RouteSocket::dump_links`] makes one; [`LinkDump::new`] reads any socket (a test can
/// feed crafted replies through a socketpair).
#[derive(Debug)]
pub struct LinkDump<'f, 'b> {
    fd: BorrowedFd<'f>,
    seq: u32,
    port: u32,
    buf: &'b mut [u8],
    len: usize,
    pos: usize,
    state: State,
}

/// `recvfrom` errors after which a dump can go on.
fn is_transient(e: Errno) -> bool {
    e == Errno::EINTR || e == Errno::EAGAIN
}

impl<'f, 'b> LinkDump<'f, 'b> {
    /// The reply to request `seq` for the socket of port id `port`, read from `fd`.
    ///
    /// A datagram from an `AF_NETLINK` sender other than the kernel (port 0) is
    /// [`NetlinkError::NotFromKernel`]; the sender of a datagram of another family (a Unix
    /// socketpair) is not checked.
    pub fn new(fd: BorrowedFd<'f>, seq: u32, port: u32, buf: &'b mut [u8]) -> LinkDump<'f, 'b> {
        LinkDump {
            fd,
            seq,
            port,
            buf,
            len: 0,
            pos: 0,
            state: State::Reading,
        }
    }

    fn fail(&mut self, e: NetlinkError) -> Option<Result<Link, NetlinkError>> {
        self.state = State::Failed;
        Some(Err(e))
    }

    /// Whether the dump ended with `NLMSG_DONE`.
    pub fn is_done(&self) -> bool {
        self.state == State::Done
    }
}

impl Iterator for LinkDump<'_, '_> {
    type Item = Result<Link, NetlinkError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.state != State::Reading {
                return None;
            }
            if self.pos < self.len {
                let mut p = DumpParser::new(&self.buf[..self.len], self.seq, self.port);
                p.pos = self.pos;
                let r = p.message();
                self.pos = p.pos;
                match r {
                    Ok(DumpMessage::Link(l)) => return Some(Ok(l)),
                    Ok(DumpMessage::Noop) => continue,
                    Ok(DumpMessage::Done) => {
                        self.state = State::Done;
                        return None;
                    }
                    Err(e) => return self.fail(e),
                }
            }
            let mut from = SockaddrStorage::default();
            let (n, alen) = match crate::recvfrom(self.fd, self.buf, MSG_TRUNC, Some(&mut from)) {
                Ok(r) => r,
                Err(e) if is_transient(e) => return Some(Err(NetlinkError::Os(e))),
                Err(e) => return self.fail(NetlinkError::Os(e)),
            };
            if n > self.buf.len() {
                let buffer = self.buf.len();
                return self.fail(NetlinkError::TooLarge { needed: n, buffer });
            }
            if n == 0 {
                return self.fail(NetlinkError::Truncated);
            }
            if from.ss_family as i32 == AF_NETLINK {
                match to_sockaddr_nl(&from, alen) {
                    Some(a) if a.nl_pid == 0 => {}
                    Some(a) => return self.fail(NetlinkError::NotFromKernel { port: a.nl_pid }),
                    None => return self.fail(NetlinkError::Truncated),
                }
            }
            self.len = n;
            self.pos = 0;
        }
    }
}

impl core::iter::FusedIterator for LinkDump<'_, '_> {}

/// The first link of a fresh dump for which `pred` is true, received into `buf`
/// (`no_std`; opens and closes its own socket). `Os(ENODEV)` when no link matches.
///
/// ```
/// # // qemu-user 7.2 leaves attributes it does not know unconverted for a big-endian guest.
/// # if cfg!(target_endian = "big") && std::env::var_os("ZCALL_QEMU").is_some() {
/// #     return Ok(());
/// # }
/// let mut buf = [0u8; 32 * 1024];
/// let lo = zcall::find_link(&mut buf, |l| l.name_bytes() == b"lo")?;
/// assert!(lo.index() > 0);
/// # Ok::<(), zcall::NetlinkError>(())
/// ```
pub fn find_link(
    buf: &mut [u8],
    mut pred: impl FnMut(&Link) -> bool,
) -> Result<Link, NetlinkError> {
    let mut sock = RouteSocket::open()?;
    let mut dump = sock.dump_links(buf)?;
    loop {
        match dump.next() {
            None => return Err(NetlinkError::Os(Errno::ENODEV)),
            Some(Ok(l)) if pred(&l) => return Ok(l),
            Some(Ok(_)) => {}
            Some(Err(NetlinkError::Os(e))) if is_transient(e) && !dump.is_done() => {}
            Some(Err(e)) => return Err(e),
        }
    }
}

// ---------------------------------------------------------------- std conveniences

/// The buffer the `std` functions start with; a [`NetlinkError::TooLarge`] datagram makes
/// them dump again with one that fits it.
#[cfg(feature = "std")]
const STD_BUFFER: usize = 64 * 1024;

/// How many dumps the `std` functions try before returning `Interrupted` or `TooLarge`.
#[cfg(feature = "std")]
const STD_ATTEMPTS: usize = 4;

/// Runs a whole dump into `out` (until `NLMSG_DONE`, or `stop` says so), on a fresh
/// socket, again when the table changed during it or a datagram did not fit.
#[cfg(feature = "std")]
fn dump_with_retries(
    mut stop: impl FnMut(&Link) -> bool,
) -> Result<std::vec::Vec<Link>, NetlinkError> {
    use std::vec::Vec;
    let mut size = STD_BUFFER;
    let mut last = NetlinkError::Interrupted;
    for _ in 0..STD_ATTEMPTS {
        let mut buf = std::vec![0u8; size];
        let mut sock = RouteSocket::open()?;
        let mut dump = sock.dump_links(&mut buf)?;
        let mut out = Vec::new();
        let r = loop {
            match dump.next() {
                None => break Ok(()),
                Some(Ok(l)) => {
                    let done = stop(&l);
                    out.push(l);
                    if done {
                        break Ok(());
                    }
                }
                Some(Err(NetlinkError::Os(e))) if is_transient(e) && !dump.is_done() => {}
                Some(Err(e)) => break Err(e),
            }
        };
        match r {
            Ok(()) => return Ok(out),
            Err(NetlinkError::Interrupted) => last = NetlinkError::Interrupted,
            Err(NetlinkError::TooLarge { needed, buffer }) => {
                last = NetlinkError::TooLarge { needed, buffer };
                size = needed.max(buffer).saturating_add(4096);
            }
            Err(e) => return Err(e),
        }
    }
    Err(last)
}

/// Every network link (`std`): one `RTM_GETLINK` dump, in the kernel's order (by index
/// within each namespace hash bucket; not sorted).
///
/// A dump the kernel reports as inconsistent (links added or removed during it) or whose
/// datagram did not fit the buffer is made again, up to 4 times.
#[cfg(feature = "std")]
pub fn links() -> Result<std::vec::Vec<Link>, NetlinkError> {
    dump_with_retries(|_| false)
}

/// The link named `name` (`std`), or `Os(ENODEV)`.
#[cfg(feature = "std")]
pub fn link_by_name(name: &str) -> Result<Link, NetlinkError> {
    let name = name.as_bytes();
    if name.is_empty() || name.len() >= IFNAMSIZ || name.contains(&0) {
        return Err(NetlinkError::Os(Errno::ENODEV));
    }
    dump_with_retries(|l| l.name_bytes() == name)?
        .pop()
        .filter(|l| l.name_bytes() == name)
        .ok_or(NetlinkError::Os(Errno::ENODEV))
}

/// The link with index `index` (`std`), or `Os(ENODEV)`.
#[cfg(feature = "std")]
pub fn link_by_index(index: u32) -> Result<Link, NetlinkError> {
    if index == 0 || index > i32::MAX as u32 {
        return Err(NetlinkError::Os(Errno::ENODEV));
    }
    dump_with_retries(|l| l.index() == index)?
        .pop()
        .filter(|l| l.index() == index)
        .ok_or(NetlinkError::Os(Errno::ENODEV))
}

/// if_nametoindex(3) through netlink (`std`): the index of the link named `name`, or
/// `Os(ENODEV)`.
#[cfg(feature = "std")]
pub fn if_name_to_index(name: &str) -> Result<u32, NetlinkError> {
    link_by_name(name).map(|l| l.index())
}
