//! Linux kernel structures, laid out as each target's kernel has them: 64-bit (x86_64,
//! aarch64, riscv64, loongarch64) and 32-bit (x86, arm, powerpc: pointers, `size_t` and
//! `long` of 4 bytes; `long long`/`__u64` 4-aligned on x86 only).
//!
//! Sources: `include/uapi/linux/socket.h` and `include/linux/socket.h`
//! (`user_msghdr`, `mmsghdr`, `cmsghdr`), `include/uapi/linux/time_types.h`
//! (`__kernel_timespec`, `__kernel_itimerspec`), `include/uapi/linux/in.h`,
//! `include/uapi/linux/in6.h`, `include/uapi/linux/un.h`,
//! `include/uapi/linux/signalfd.h`, `include/uapi/asm-generic/signal.h` and
//! `include/uapi/linux/io_uring.h`.

use core::ffi::c_void;
use core::mem::{align_of, size_of};

use super::Iovec;

/// `struct msghdr` (the kernel's `struct user_msghdr`) for `sendmsg`/`recvmsg`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Msghdr {
    /// Optional socket address (e.g. a `SockaddrIn`), or null.
    pub msg_name: *mut c_void,
    /// Size of the buffer at `msg_name`; on return, the address length.
    pub msg_namelen: u32,
    /// Array of buffers.
    pub msg_iov: *mut Iovec,
    /// Number of entries in `msg_iov`.
    pub msg_iovlen: usize,
    /// Ancillary data buffer (a sequence of `Cmsghdr`), or null.
    pub msg_control: *mut c_void,
    /// Length of the ancillary data buffer.
    pub msg_controllen: usize,
    /// Flags of the received message (`MSG_*`); ignored by `sendmsg`.
    pub msg_flags: i32,
}

// 64-bit: 56 bytes; 32-bit: seven 4-byte fields.
const _: () = assert!(size_of::<Msghdr>() == 7 * size_of::<usize>());
const _: () = assert!(align_of::<Msghdr>() == align_of::<usize>());

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

/// `struct mmsghdr` for `sendmmsg`/`recvmmsg`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct Mmsghdr {
    /// The message.
    pub msg_hdr: Msghdr,
    /// Number of bytes transferred for this message.
    pub msg_len: u32,
}

// The header and a `u32`, padded to the header's alignment: 64 bytes, or 32 on 32-bit.
const _: () = assert!(size_of::<Mmsghdr>() == size_of::<Msghdr>() + align_of::<Msghdr>());
const _: () = assert!(align_of::<Mmsghdr>() == align_of::<usize>());

/// `struct timespec` (the kernel's `struct __kernel_timespec`).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Timespec {
    /// Seconds.
    pub tv_sec: i64,
    /// Nanoseconds, `0..1_000_000_000`.
    pub tv_nsec: i64,
}

const _: () = assert!(size_of::<Timespec>() == 16);
// 8, and 4 on i686, where the kernel's `__kernel_timespec` (two `long long`s) is 4-aligned too.
const _: () = assert!(align_of::<Timespec>() == align_of::<i64>());

impl Timespec {
    /// A `Timespec` of `sec` seconds and `nsec` nanoseconds.
    pub const fn new(sec: i64, nsec: i64) -> Timespec {
        Timespec {
            tv_sec: sec,
            tv_nsec: nsec,
        }
    }
}

/// `struct itimerspec` (the kernel's `struct __kernel_itimerspec`) for timerfd.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Itimerspec {
    /// Period of the timer; zero for a one-shot timer.
    pub it_interval: Timespec,
    /// Time until the first expiration; zero disarms the timer.
    pub it_value: Timespec,
}

const _: () = assert!(size_of::<Itimerspec>() == 32);
const _: () = assert!(align_of::<Itimerspec>() == align_of::<i64>());

/// `struct timeval` (the kernel's `struct __kernel_old_timeval`, 64-bit): the result of
/// [`vdso::gettimeofday`](crate::vdso::gettimeofday). Source:
/// `include/uapi/linux/time_types.h`. On 32-bit targets, where the kernel's is two 32-bit
/// `long`s, zcall computes it from `clock_gettime` and keeps 64-bit seconds.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Timeval {
    /// Seconds.
    pub tv_sec: i64,
    /// Microseconds, `0..1_000_000`.
    pub tv_usec: i64,
}

const _: () = assert!(size_of::<Timeval>() == 16);
const _: () = assert!(align_of::<Timeval>() == align_of::<i64>());

impl Timeval {
    /// A `Timespec` in microseconds (truncated).
    pub const fn from_timespec(ts: Timespec) -> Timeval {
        Timeval {
            tv_sec: ts.tv_sec,
            tv_usec: ts.tv_nsec / 1000,
        }
    }
}

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
    /// `AF_INET`.
    pub sin_family: u16,
    /// Port in network byte order; see [`SockaddrIn::port`].
    pub sin_port: u16,
    /// Address in network byte order.
    pub sin_addr: InAddr,
    /// Padding to the size of `struct sockaddr`; should be zero.
    pub sin_zero: [u8; 8],
}

const _: () = assert!(size_of::<SockaddrIn>() == 16);
const _: () = assert!(align_of::<SockaddrIn>() == 4);

impl SockaddrIn {
    /// An `AF_INET` address for the octets `ip` (e.g. `[127, 0, 0, 1]`) and
    /// `port` in host byte order.
    pub const fn new(ip: [u8; 4], port: u16) -> SockaddrIn {
        SockaddrIn {
            sin_family: crate::consts::AF_INET as u16,
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

/// `struct in6_addr`: an IPv6 address (4-aligned like the kernel's union,
/// which also has `__u32` members).
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
    /// `AF_INET6`.
    pub sin6_family: u16,
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
            sin6_family: crate::consts::AF_INET6 as u16,
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

/// Size of `SockaddrUn::sun_path` (`UNIX_PATH_MAX`).
pub const UNIX_PATH_MAX: usize = 108;

/// `struct sockaddr_un`: a Unix-domain socket address.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct SockaddrUn {
    /// `AF_UNIX`.
    pub sun_family: u16,
    /// Path name; for abstract addresses a leading NUL then the name.
    pub sun_path: [u8; UNIX_PATH_MAX],
}

const _: () = assert!(size_of::<SockaddrUn>() == 110);
const _: () = assert!(align_of::<SockaddrUn>() == 2);

impl Default for SockaddrUn {
    /// `AF_UNIX` with an all-zero path.
    fn default() -> Self {
        SockaddrUn {
            sun_family: crate::consts::AF_UNIX as u16,
            sun_path: [0; UNIX_PATH_MAX],
        }
    }
}

impl SockaddrUn {
    /// An `AF_UNIX` address and the address length to pass to `bind`/`connect`.
    ///
    /// - A `path` starting with a NUL byte is an abstract name: the length
    ///   counts exactly `path` (at most 108 bytes).
    /// - Otherwise it is a file system path without NUL bytes, shorter than
    ///   108 bytes; the length includes the terminating NUL.
    /// - An empty `path` gives the unnamed address (length 2), for autobind.
    ///
    /// Returns `None` if `path` does not fit or has an interior NUL.
    pub fn new(path: &[u8]) -> Option<(SockaddrUn, u32)> {
        let base = core::mem::offset_of!(SockaddrUn, sun_path);
        let mut addr = SockaddrUn::default();
        let len = match path.first() {
            None => base,
            Some(0) => {
                if path.len() > UNIX_PATH_MAX {
                    return None;
                }
                base + path.len()
            }
            Some(_) => {
                if path.len() >= UNIX_PATH_MAX || path.contains(&0) {
                    return None;
                }
                base + path.len() + 1
            }
        };
        addr.sun_path[..path.len()].copy_from_slice(path);
        Some((addr, len as u32))
    }
}

/// `struct sockaddr_storage` (`__kernel_sockaddr_storage`): room for any socket
/// address, 128 bytes, aligned as a pointer (its union's `void *__align`: 8 on 64-bit
/// targets, 4 on 32-bit ones).
#[cfg_attr(target_pointer_width = "64", repr(C, align(8)))]
#[cfg_attr(target_pointer_width = "32", repr(C, align(4)))]
#[derive(Clone, Copy, Debug)]
pub struct SockaddrStorage {
    /// Address family (`AF_*`) of the stored address.
    pub ss_family: u16,
    /// The rest of the address.
    pub ss_data: [u8; 126],
}

const _: () = assert!(size_of::<SockaddrStorage>() == 128);
const _: () = assert!(align_of::<SockaddrStorage>() == align_of::<usize>());

impl Default for SockaddrStorage {
    /// All zero (`AF_UNSPEC`).
    fn default() -> Self {
        SockaddrStorage {
            ss_family: 0,
            ss_data: [0; 126],
        }
    }
}

/// The kernel's `sigset_t` for `rt_sigprocmask`, `rt_sigaction`, `signalfd4`,
/// `io_uring_enter` etc.: one bit per signal, 64 signals on every Linux target but mips64
/// (`_NSIG` = 64), in `unsigned long` words (`include/uapi/asm-generic/signal.h`: `unsigned
/// long sig[_NSIG_WORDS]`): one `u64` on 64-bit targets, two `u32` on 32-bit ones (word 0
/// holds signals 1–32, so the layout differs from one `u64` on big-endian PowerPC). mips64
/// has 128 signals (`arch/mips/include/uapi/asm/signal.h`: `_NSIG` 128, the same `unsigned
/// long sig[_NSIG_WORDS]`): two `u64`. This is not glibc's 1024-bit `sigset_t`; pass
/// [`Sigset::SIZE`] (8; 16 on mips64) as the `sigsetsize` argument.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Sigset {
    /// Bit `(n - 1) % W` of word `(n - 1) / W` stands for signal `n` (`W` the word's
    /// bits).
    pub bits: [SigsetWord; SIGSET_WORDS],
}

/// A word of [`Sigset`]: the kernel's `unsigned long`.
#[cfg(target_pointer_width = "64")]
pub type SigsetWord = u64;
/// A word of [`Sigset`]: the kernel's `unsigned long`.
#[cfg(target_pointer_width = "32")]
pub type SigsetWord = u32;
/// The kernel's `_NSIG`: 128 on mips64 (`arch/mips/include/uapi/asm/signal.h`), 64 elsewhere.
#[cfg(target_arch = "mips64")]
const NSIG: i32 = 128;
#[cfg(not(target_arch = "mips64"))]
const NSIG: i32 = 64;

/// Words of a [`Sigset`]: 64 signals (128 on mips64).
pub const SIGSET_WORDS: usize = NSIG as usize / SigsetWord::BITS as usize;

const _: () = assert!(size_of::<Sigset>() == NSIG as usize / 8);
const _: () = assert!(align_of::<Sigset>() == align_of::<usize>());

impl Sigset {
    /// Size of the set in bytes, the `sigsetsize` argument of the syscalls.
    pub const SIZE: usize = size_of::<Sigset>();

    /// The empty set.
    pub const fn empty() -> Sigset {
        Sigset {
            bits: [0; SIGSET_WORDS],
        }
    }

    /// The set of all 64 signals (128 on mips64).
    pub const fn full() -> Sigset {
        Sigset {
            bits: [!0; SIGSET_WORDS],
        }
    }

    /// `(word, bit)` of `sig`, if it is in `1..=64` (`1..=128` on mips64).
    const fn place(sig: i32) -> Option<(usize, SigsetWord)> {
        if sig >= 1 && sig <= NSIG {
            let i = (sig - 1) as u32;
            Some(((i / SigsetWord::BITS) as usize, 1 << (i % SigsetWord::BITS)))
        } else {
            None
        }
    }

    /// This set plus `sig` (signals outside `1..=64`, `1..=128` on mips64, are ignored).
    pub const fn with(self, sig: i32) -> Sigset {
        let mut out = self;
        if let Some((w, bit)) = Sigset::place(sig) {
            out.bits[w] |= bit;
        }
        out
    }

    /// Adds `sig` (signals outside `1..=64`, `1..=128` on mips64, are ignored).
    pub fn add(&mut self, sig: i32) {
        if let Some((w, bit)) = Sigset::place(sig) {
            self.bits[w] |= bit;
        }
    }

    /// Removes `sig` (signals outside `1..=64`, `1..=128` on mips64, are ignored).
    pub fn remove(&mut self, sig: i32) {
        if let Some((w, bit)) = Sigset::place(sig) {
            self.bits[w] &= !bit;
        }
    }

    /// Whether `sig` is in the set (`false` for signals outside `1..=64`, `1..=128` on mips64).
    pub const fn contains(&self, sig: i32) -> bool {
        match Sigset::place(sig) {
            Some((w, bit)) => self.bits[w] & bit != 0,
            None => false,
        }
    }
}

/// `struct signalfd_siginfo`: what `read` returns from a signalfd (128 bytes).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SignalfdSiginfo {
    /// Signal number.
    pub ssi_signo: u32,
    /// Error number (unused).
    pub ssi_errno: i32,
    /// Signal code (`SI_*`, `CLD_*`, ...).
    pub ssi_code: i32,
    /// PID of the sender.
    pub ssi_pid: u32,
    /// Real UID of the sender.
    pub ssi_uid: u32,
    /// File descriptor (SIGIO).
    pub ssi_fd: i32,
    /// Kernel timer id (POSIX timers).
    pub ssi_tid: u32,
    /// Band event (SIGIO).
    pub ssi_band: u32,
    /// Timer overrun count (POSIX timers).
    pub ssi_overrun: u32,
    /// Trap number that caused the signal.
    pub ssi_trapno: u32,
    /// Exit status or signal (SIGCHLD).
    pub ssi_status: i32,
    /// Integer sent by `sigqueue`.
    pub ssi_int: i32,
    /// Pointer sent by `sigqueue`.
    pub ssi_ptr: u64,
    /// User CPU time consumed (SIGCHLD).
    pub ssi_utime: u64,
    /// System CPU time consumed (SIGCHLD).
    pub ssi_stime: u64,
    /// Address that generated the signal (hardware-generated signals).
    pub ssi_addr: u64,
    /// Least significant bit of the address (SIGBUS).
    pub ssi_addr_lsb: u16,
    /// Padding.
    pub __pad2: u16,
    /// System call number (SIGSYS from seccomp).
    pub ssi_syscall: i32,
    /// Address of the system call instruction (SIGSYS).
    pub ssi_call_addr: u64,
    /// Audit architecture of the system call (SIGSYS).
    pub ssi_arch: u32,
    /// Padding to 128 bytes.
    pub __pad: [u8; 28],
}

const _: () = assert!(size_of::<SignalfdSiginfo>() == 128);
const _: () = assert!(align_of::<SignalfdSiginfo>() == align_of::<u64>());

/// `struct cmsghdr`: header of one ancillary-data message in `msg_control`.
/// The data follows at offset [`cmsg_len(0)`](cmsg_len).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Cmsghdr {
    /// Length of header plus data, i.e. `cmsg_len(data_len)`.
    pub cmsg_len: usize,
    /// Originating protocol (e.g. `SOL_SOCKET`).
    pub cmsg_level: i32,
    /// Protocol-specific type (e.g. `SCM_RIGHTS`).
    pub cmsg_type: i32,
}

// A `size_t` and two `int`s: 16 bytes on 64-bit, 12 on 32-bit.
const _: () = assert!(size_of::<Cmsghdr>() == size_of::<usize>() + 8);
const _: () = assert!(align_of::<Cmsghdr>() == align_of::<usize>());

/// `CMSG_ALIGN`: rounds `len` up to the alignment of ancillary data
/// (`size_of::<usize>()`, 8).
pub const fn cmsg_align(len: usize) -> usize {
    (len + size_of::<usize>() - 1) & !(size_of::<usize>() - 1)
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

/// `struct io_sqring_offsets`: offsets of the SQ ring fields in its mmap.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct IoSqringOffsets {
    /// Offset of the head index.
    pub head: u32,
    /// Offset of the tail index.
    pub tail: u32,
    /// Offset of the ring mask.
    pub ring_mask: u32,
    /// Offset of the number of entries.
    pub ring_entries: u32,
    /// Offset of the flags word (`IORING_SQ_*`).
    pub flags: u32,
    /// Offset of the dropped counter.
    pub dropped: u32,
    /// Offset of the SQE index array.
    pub array: u32,
    /// Reserved.
    pub resv1: u32,
    /// With `IORING_SETUP_NO_MMAP`: user address of the ring.
    pub user_addr: u64,
}

const _: () = assert!(size_of::<IoSqringOffsets>() == 40);
const _: () = assert!(align_of::<IoSqringOffsets>() == align_of::<u64>());

/// `struct io_cqring_offsets`: offsets of the CQ ring fields in its mmap.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct IoCqringOffsets {
    /// Offset of the head index.
    pub head: u32,
    /// Offset of the tail index.
    pub tail: u32,
    /// Offset of the ring mask.
    pub ring_mask: u32,
    /// Offset of the number of entries.
    pub ring_entries: u32,
    /// Offset of the overflow counter.
    pub overflow: u32,
    /// Offset of the CQE array.
    pub cqes: u32,
    /// Offset of the flags word (`IORING_CQ_*`).
    pub flags: u32,
    /// Reserved.
    pub resv1: u32,
    /// With `IORING_SETUP_NO_MMAP`: user address of the ring.
    pub user_addr: u64,
}

const _: () = assert!(size_of::<IoCqringOffsets>() == 40);
const _: () = assert!(align_of::<IoCqringOffsets>() == align_of::<u64>());

/// `struct io_uring_params`: passed to `io_uring_setup`, filled in by it.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct IoUringParams {
    /// Number of SQ entries (output).
    pub sq_entries: u32,
    /// Number of CQ entries (input with `IORING_SETUP_CQSIZE`, output).
    pub cq_entries: u32,
    /// `IORING_SETUP_*` flags.
    pub flags: u32,
    /// CPU of the SQ poll thread (with `IORING_SETUP_SQ_AFF`).
    pub sq_thread_cpu: u32,
    /// Idle time of the SQ poll thread in milliseconds.
    pub sq_thread_idle: u32,
    /// `IORING_FEAT_*` flags (output).
    pub features: u32,
    /// Ring whose io-wq to share (with `IORING_SETUP_ATTACH_WQ`).
    pub wq_fd: u32,
    /// Reserved, must be zero.
    pub resv: [u32; 3],
    /// SQ ring offsets (output).
    pub sq_off: IoSqringOffsets,
    /// CQ ring offsets (output).
    pub cq_off: IoCqringOffsets,
}

const _: () = assert!(size_of::<IoUringParams>() == 120);
const _: () = assert!(align_of::<IoUringParams>() == align_of::<u64>());

/// `struct io_uring_sqe`: a submission queue entry (64 bytes).
///
/// The kernel struct has unions; each is modelled as one plain field named
/// after its most-used member, with the other members listed in its doc. All
/// members of a union have the same offset, so write the value meant for the
/// alias into this field (two-`u32` aliases: the first `u32` is the low half on
/// little-endian targets).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct IoUringSqe {
    /// Operation (`IORING_OP_*`).
    pub opcode: u8,
    /// `IOSQE_*` flags.
    pub flags: u8,
    /// I/O priority; for send/recv/accept the `IORING_RECVSEND_*`/`IORING_ACCEPT_*` flags.
    pub ioprio: u16,
    /// File descriptor (or fixed-file index with `IOSQE_FIXED_FILE`).
    pub fd: i32,
    /// File offset. Aliases: `addr2`; `cmd_op` (low `u32`) + `__pad1`.
    pub off: u64,
    /// Buffer or iovec array address. Aliases: `splice_off_in`; `level` (low
    /// `u32`) + `optname`.
    pub addr: u64,
    /// Buffer length or number of iovecs.
    pub len: u32,
    /// Per-opcode flags. Aliases: `rw_flags` (`RWF_*`), `fsync_flags`,
    /// `poll_events` (`u16`), `poll32_events`, `sync_range_flags`, `msg_flags`,
    /// `timeout_flags`, `accept_flags`, `cancel_flags`, `open_flags`,
    /// `statx_flags`, `fadvise_advice`, `splice_flags`, `rename_flags`,
    /// `unlink_flags`, `hardlink_flags`, `xattr_flags`, `msg_ring_flags`,
    /// `uring_cmd_flags`, `waitid_flags`, `futex_flags`, `install_fd_flags`,
    /// `nop_flags`, `pipe_flags`.
    pub op_flags: u32,
    /// Passed back unchanged in the CQE.
    pub user_data: u64,
    /// Registered buffer index. Alias: `buf_group` (with `IOSQE_BUFFER_SELECT`).
    pub buf_index: u16,
    /// Personality (registered credentials) to use, or 0.
    pub personality: u16,
    /// Splice input fd. Aliases: `file_index` (`u32`), `zcrx_ifq_idx`, `optlen`,
    /// `addr_len` (low `u16`) + `__pad3`, `write_stream` (low `u8`) + `__pad4`.
    pub splice_fd_in: i32,
    /// Third address. Aliases: `attr_ptr`; `optval`; start of `cmd` (80 bytes of
    /// command data with `IORING_SETUP_SQE128`).
    pub addr3: u64,
    /// Padding. Alias: `attr_type_mask`.
    pub __pad2: [u64; 1],
}

const _: () = assert!(size_of::<IoUringSqe>() == 64);
const _: () = assert!(align_of::<IoUringSqe>() == align_of::<u64>());

/// `struct io_uring_cqe`: a completion queue entry (16 bytes; 32 with
/// `IORING_SETUP_CQE32`, where 16 bytes of `big_cqe` follow).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct IoUringCqe {
    /// `user_data` of the SQE.
    pub user_data: u64,
    /// Result: what the syscall would return, or `-errno`.
    pub res: i32,
    /// `IORING_CQE_F_*` flags.
    pub flags: u32,
}

const _: () = assert!(size_of::<IoUringCqe>() == 16);
const _: () = assert!(align_of::<IoUringCqe>() == align_of::<u64>());

// ---- Readiness, socket options and rtnetlink (epoll, poll, linger, the link table) ----
// Sources: `include/uapi/linux/eventpoll.h`, `include/uapi/asm-generic/poll.h`,
// `include/uapi/linux/socket.h` + glibc `bits/socket.h` (`struct linger`),
// `include/uapi/linux/netlink.h`, `include/uapi/linux/rtnetlink.h`.

/// `struct epoll_event`: one registration's event mask and user data, given to
/// `epoll_ctl` and returned by `epoll_pwait`.
///
/// The kernel declares it `EPOLL_PACKED`: packed (12 bytes, alignment 1) on x86_64 only,
/// so that 32-bit and 64-bit x86 programs share one layout — i686 has the same 12 bytes
/// unpacked, its `u64` being 4-aligned; glibc packs it on both x86 widths
/// (`sysdeps/unix/sysv/linux/x86/bits/epoll.h`), and so does this struct (alignment 1, the
/// kernel's offsets). On aarch64, riscv64, loongarch64, arm and powerpc `data` is 8-aligned
/// (16 bytes). This struct follows the target, so a slice of it always has the kernel's
/// stride. On x86_64 its fields cannot be borrowed (`&ev.data`
/// is an error for a packed struct); read them by value (`ev.data`, [`EpollEvent::data`]).
#[repr(C)]
#[cfg_attr(any(target_arch = "x86_64", target_arch = "x86"), repr(packed))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct EpollEvent {
    /// `EPOLL*` bits: what to wait for (`epoll_ctl`), or what happened (`epoll_pwait`).
    pub events: u32,
    /// The caller's value, returned unchanged with each event (the kernel never follows it).
    pub data: u64,
}

#[cfg(any(target_arch = "x86_64", target_arch = "x86"))]
const _: () = assert!(size_of::<EpollEvent>() == 12 && align_of::<EpollEvent>() == 1);
#[cfg(not(any(target_arch = "x86_64", target_arch = "x86")))]
const _: () = assert!(size_of::<EpollEvent>() == 16 && align_of::<EpollEvent>() == 8);

impl EpollEvent {
    /// An event mask and the value to get back with its events.
    pub const fn new(events: u32, data: u64) -> EpollEvent {
        EpollEvent { events, data }
    }

    /// The `EPOLL*` bits (by value: the field may be unaligned).
    pub const fn events(&self) -> u32 {
        self.events
    }

    /// The user data (by value: the field may be unaligned).
    pub const fn data(&self) -> u64 {
        self.data
    }
}

/// `struct pollfd`: one fd for `ppoll`/`poll`, the events to wait for and, after the call,
/// the events that happened.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct PollFd {
    /// The fd; a negative one is skipped (its `revents` set to 0). A closed fd reports
    /// `POLLNVAL`: the number is only looked up, never followed.
    pub fd: i32,
    /// `POLL*` bits to wait for (`POLLERR`, `POLLHUP` and `POLLNVAL` are always reported).
    pub events: i16,
    /// `POLL*` bits that happened, written by the kernel.
    pub revents: i16,
}

const _: () = assert!(size_of::<PollFd>() == 8);
const _: () = assert!(align_of::<PollFd>() == 4);

impl PollFd {
    /// Waits for `events` on `fd`; `revents` starts at 0.
    pub fn new(fd: crate::fd::BorrowedFd<'_>, events: i16) -> PollFd {
        use crate::fd::AsRawFd;
        PollFd::from_raw(fd.as_raw_fd(), events)
    }

    /// Waits for `events` on the fd number `fd` (negative: the entry is skipped).
    pub const fn from_raw(fd: i32, events: i16) -> PollFd {
        PollFd {
            fd,
            events,
            revents: 0,
        }
    }
}

/// `struct linger`: the `SO_LINGER` value.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Linger {
    /// Non-zero: `close` waits (up to `l_linger` seconds) for unsent data to go out, or
    /// resets the connection at once with `l_linger == 0`.
    pub l_onoff: i32,
    /// The time to linger, in seconds.
    pub l_linger: i32,
}

const _: () = assert!(size_of::<Linger>() == 8);
const _: () = assert!(align_of::<Linger>() == 4);

/// `struct sockaddr_nl`: a netlink socket address.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SockaddrNl {
    /// `AF_NETLINK`.
    pub nl_family: u16,
    /// Zero.
    pub nl_pad: u16,
    /// Port id: 0 is the kernel; `bind` with 0 lets the kernel pick the socket's own.
    pub nl_pid: u32,
    /// Multicast group mask.
    pub nl_groups: u32,
}

const _: () = assert!(size_of::<SockaddrNl>() == 12);
const _: () = assert!(align_of::<SockaddrNl>() == 4);

impl SockaddrNl {
    /// An `AF_NETLINK` address of port `pid` (0: the kernel, or "pick one" for `bind`) and
    /// multicast groups `groups`.
    pub const fn new(pid: u32, groups: u32) -> SockaddrNl {
        SockaddrNl {
            nl_family: crate::consts::AF_NETLINK as u16,
            nl_pad: 0,
            nl_pid: pid,
            nl_groups: groups,
        }
    }
}

/// `struct nlmsghdr`: the header of every netlink message (16 bytes, then the payload at
/// the next 4-byte boundary).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Nlmsghdr {
    /// Length of the message, header included (not counting the padding after it).
    pub nlmsg_len: u32,
    /// Message type: `NLMSG_*` control messages, or the family's (`RTM_*`).
    pub nlmsg_type: u16,
    /// `NLM_F_*` flags.
    pub nlmsg_flags: u16,
    /// Sequence number, echoed in replies.
    pub nlmsg_seq: u32,
    /// Port id of the sender (replies from the kernel: the requesting socket's).
    pub nlmsg_pid: u32,
}

const _: () = assert!(size_of::<Nlmsghdr>() == 16);
const _: () = assert!(align_of::<Nlmsghdr>() == 4);

/// `struct ifinfomsg`: the fixed part of an `RTM_*LINK` message; `rtattr` attributes
/// (`IFLA_*`) follow.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Ifinfomsg {
    /// Address family (`AF_UNSPEC`).
    pub ifi_family: u8,
    /// Padding.
    pub __ifi_pad: u8,
    /// Device type (`ARPHRD_*`).
    pub ifi_type: u16,
    /// Interface index.
    pub ifi_index: i32,
    /// `IFF_*` device flags.
    pub ifi_flags: u32,
    /// Flags to change (requests); 0 in replies.
    pub ifi_change: u32,
}

const _: () = assert!(size_of::<Ifinfomsg>() == 16);
const _: () = assert!(align_of::<Ifinfomsg>() == 4);

/// `struct rtattr`: the header of one routing attribute (4 bytes, then the payload; the
/// next attribute starts at the next 4-byte boundary).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Rtattr {
    /// Length, header included (not the padding after it).
    pub rta_len: u16,
    /// Attribute type (`IFLA_*` in link messages).
    pub rta_type: u16,
}

const _: () = assert!(size_of::<Rtattr>() == 4);
const _: () = assert!(align_of::<Rtattr>() == 2);
// ==================================================================================
// Files and fds (zcall::sys::fs): `struct stat`, `struct statx`, `struct rlimit64`,
// `struct ifreq`. Sources: `arch/x86/include/uapi/asm/stat.h` (x86_64's `struct stat`),
// `include/uapi/asm-generic/stat.h` (aarch64, riscv64, loongarch64),
// `include/uapi/linux/stat.h` (`statx`), `include/uapi/linux/resource.h` (`rlimit64`),
// `include/uapi/linux/if.h` (`ifreq`).

/// A file mode (`umode_t`/`mode_t`: type and permission bits, `S_*`), as `openat` and
/// `mkdirat` take it and `Stat::st_mode` holds it: 32 bits on Linux, 16 on macOS and
/// FreeBSD.
pub type Mode = u32;

/// An ioctl request number: the kernel's `unsigned int cmd` (`FIONREAD`, `SIOCGIFINDEX` …).
/// 32 bits on Linux; macOS and FreeBSD take an `unsigned long`.
pub type Ioctl = u32;

/// `struct stat` of `fstat`/`fstatat` on x86_64 (`arch/x86/include/uapi/asm/stat.h`, 144
/// bytes) and powerpc64 (`arch/powerpc/include/uapi/asm/stat.h` under `__powerpc64__`:
/// the same fields at the same offsets, a 64-bit `st_nlink` before `st_mode`, padding before
/// `st_rdev` and three unused words at the end): not the layout of the other arches (see
/// below). Times are seconds and nanoseconds since the epoch (the kernel's fields are
/// unsigned; the bits are an `i64`'s).
#[cfg(any(target_arch = "x86_64", target_arch = "powerpc64"))]
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Stat {
    /// Device of the filesystem (encoded as [`makedev`] does).
    pub st_dev: u64,
    /// Inode number.
    pub st_ino: u64,
    /// Number of hard links.
    pub st_nlink: u64,
    /// File type and mode (`S_IF*`, permission bits).
    pub st_mode: u32,
    /// Owner's user id.
    pub st_uid: u32,
    /// Owner's group id.
    pub st_gid: u32,
    __pad0: u32,
    /// Device number of a character or block device file.
    pub st_rdev: u64,
    /// Size in bytes.
    pub st_size: i64,
    /// Preferred I/O block size.
    pub st_blksize: i64,
    /// Allocated 512-byte blocks.
    pub st_blocks: i64,
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
    __unused: [i64; 3],
}

#[cfg(any(target_arch = "x86_64", target_arch = "powerpc64"))]
const _: () = assert!(size_of::<Stat>() == 144);

/// `struct stat` of `fstat`/`fstatat` on s390x (`arch/s390/include/uapi/asm/stat.h`, the
/// `__s390x__` branch, Linux 6.1; glibc's s390x `struct stat` is the same, 144 bytes): the
/// x86_64 field types (`st_nlink`, `st_blksize` and `st_blocks` 64-bit) in another order,
/// the times before `st_blksize` and `st_blocks`.
#[cfg(target_arch = "s390x")]
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Stat {
    /// Device of the filesystem (encoded as [`makedev`] does).
    pub st_dev: u64,
    /// Inode number.
    pub st_ino: u64,
    /// Number of hard links.
    pub st_nlink: u64,
    /// File type and mode (`S_IF*`, permission bits).
    pub st_mode: u32,
    /// Owner's user id.
    pub st_uid: u32,
    /// Owner's group id.
    pub st_gid: u32,
    __pad1: u32,
    /// Device number of a character or block device file.
    pub st_rdev: u64,
    /// Size in bytes.
    pub st_size: i64,
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
    /// Preferred I/O block size.
    pub st_blksize: i64,
    /// Allocated 512-byte blocks.
    pub st_blocks: i64,
    __unused: [i64; 3],
}

#[cfg(target_arch = "s390x")]
const _: () = assert!(size_of::<Stat>() == 144);

/// `struct stat` of `fstat`/`fstatat` on aarch64, riscv64 and loongarch64
/// (`include/uapi/asm-generic/stat.h`, 128 bytes: `st_mode` before a 32-bit `st_nlink`, a
/// 32-bit `st_blksize`). On loongarch64, zcall fills it from `statx` (the kernel has no
/// `fstat`/`newfstatat` there before Linux 6.11): see [`Stat::from_statx`].
///
/// On the 32-bit targets (x86, arm, powerpc) zcall keeps this same layout, filled from
/// `statx` too: the kernels' own `struct stat` and `struct stat64` there have 32-bit
/// seconds (`stat64` also 32-bit `st_ino` words and per-arch padding), and zcall keeps
/// 64-bit times and sizes everywhere. It is then not a kernel struct (never passed to the
/// kernel), and its 8-byte fields are 4-aligned on x86. So on mips64 (n64), whose own
/// `struct stat` (`arch/mips/include/uapi/asm/stat.h`, `_MIPS_SIM_ABI64`, Linux 6.1.192:
/// "the same as of struct stat64 of the 32-bit kernel") has a 32-bit `st_dev` and
/// `st_rdev` each followed by three pad words, `unsigned int` seconds and nanoseconds, and
/// `st_blksize` after the times (104 bytes): zcall fills this layout from `statx` there.
#[cfg(not(any(
    target_arch = "x86_64",
    target_arch = "powerpc64",
    target_arch = "s390x"
)))]
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Stat {
    /// Device of the filesystem (encoded as [`makedev`] does).
    pub st_dev: u64,
    /// Inode number.
    pub st_ino: u64,
    /// File type and mode (`S_IF*`, permission bits).
    pub st_mode: u32,
    /// Number of hard links.
    pub st_nlink: u32,
    /// Owner's user id.
    pub st_uid: u32,
    /// Owner's group id.
    pub st_gid: u32,
    /// Device number of a character or block device file.
    pub st_rdev: u64,
    __pad1: u64,
    /// Size in bytes.
    pub st_size: i64,
    /// Preferred I/O block size.
    pub st_blksize: i32,
    __pad2: i32,
    /// Allocated 512-byte blocks.
    pub st_blocks: i64,
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
    __unused4: u32,
    __unused5: u32,
}

#[cfg(not(any(
    target_arch = "x86_64",
    target_arch = "powerpc64",
    target_arch = "s390x"
)))]
const _: () = assert!(size_of::<Stat>() == 128);
const _: () = assert!(align_of::<Stat>() == align_of::<u64>());

impl Stat {
    /// The `Stat` that `fstat`/`fstatat` report for the file `stx` describes, built from a
    /// `statx` result holding at least `STATX_BASIC_STATS` (fields the kernel did not fill
    /// are taken as they are). Device numbers are encoded with [`makedev`], times keep their
    /// nanoseconds; padding is zero, as the kernel leaves it.
    ///
    /// This is how [`fstat`](crate::fstat) and [`fstatat`](crate::fstatat) work on
    /// loongarch64, where the kernel has no `fstat`/`newfstatat` before Linux 6.11 (musl does
    /// the same); the tests compare it with the kernel's own `fstat` on the other arches.
    pub const fn from_statx(stx: &Statx) -> Stat {
        Stat {
            st_dev: makedev(stx.stx_dev_major, stx.stx_dev_minor),
            st_ino: stx.stx_ino,
            // The two fields whose width differs between the layouts.
            #[cfg(any(
                target_arch = "x86_64",
                target_arch = "powerpc64",
                target_arch = "s390x"
            ))]
            st_nlink: stx.stx_nlink as u64,
            #[cfg(not(any(
                target_arch = "x86_64",
                target_arch = "powerpc64",
                target_arch = "s390x"
            )))]
            st_nlink: stx.stx_nlink,
            st_mode: stx.stx_mode as u32,
            st_uid: stx.stx_uid,
            st_gid: stx.stx_gid,
            st_rdev: makedev(stx.stx_rdev_major, stx.stx_rdev_minor),
            st_size: stx.stx_size as i64,
            #[cfg(any(
                target_arch = "x86_64",
                target_arch = "powerpc64",
                target_arch = "s390x"
            ))]
            st_blksize: stx.stx_blksize as i64,
            #[cfg(not(any(
                target_arch = "x86_64",
                target_arch = "powerpc64",
                target_arch = "s390x"
            )))]
            st_blksize: stx.stx_blksize as i32,
            st_blocks: stx.stx_blocks as i64,
            st_atime: stx.stx_atime.tv_sec,
            st_atime_nsec: stx.stx_atime.tv_nsec as i64,
            st_mtime: stx.stx_mtime.tv_sec,
            st_mtime_nsec: stx.stx_mtime.tv_nsec as i64,
            st_ctime: stx.stx_ctime.tv_sec,
            st_ctime_nsec: stx.stx_ctime.tv_nsec as i64,
            ..Stat::ZERO
        }
    }

    /// All zero (what `Default` gives, usable in `const` code).
    #[cfg(any(target_arch = "x86_64", target_arch = "powerpc64"))]
    pub const ZERO: Stat = Stat {
        st_dev: 0,
        st_ino: 0,
        st_nlink: 0,
        st_mode: 0,
        st_uid: 0,
        st_gid: 0,
        __pad0: 0,
        st_rdev: 0,
        st_size: 0,
        st_blksize: 0,
        st_blocks: 0,
        st_atime: 0,
        st_atime_nsec: 0,
        st_mtime: 0,
        st_mtime_nsec: 0,
        st_ctime: 0,
        st_ctime_nsec: 0,
        __unused: [0; 3],
    };

    /// All zero (what `Default` gives, usable in `const` code).
    #[cfg(target_arch = "s390x")]
    pub const ZERO: Stat = Stat {
        st_dev: 0,
        st_ino: 0,
        st_nlink: 0,
        st_mode: 0,
        st_uid: 0,
        st_gid: 0,
        __pad1: 0,
        st_rdev: 0,
        st_size: 0,
        st_atime: 0,
        st_atime_nsec: 0,
        st_mtime: 0,
        st_mtime_nsec: 0,
        st_ctime: 0,
        st_ctime_nsec: 0,
        st_blksize: 0,
        st_blocks: 0,
        __unused: [0; 3],
    };

    /// All zero (what `Default` gives, usable in `const` code).
    #[cfg(not(any(
        target_arch = "x86_64",
        target_arch = "powerpc64",
        target_arch = "s390x"
    )))]
    pub const ZERO: Stat = Stat {
        st_dev: 0,
        st_ino: 0,
        st_mode: 0,
        st_nlink: 0,
        st_uid: 0,
        st_gid: 0,
        st_rdev: 0,
        __pad1: 0,
        st_size: 0,
        st_blksize: 0,
        __pad2: 0,
        st_blocks: 0,
        st_atime: 0,
        st_atime_nsec: 0,
        st_mtime: 0,
        st_mtime_nsec: 0,
        st_ctime: 0,
        st_ctime_nsec: 0,
        __unused4: 0,
        __unused5: 0,
    };
}

/// A device number from its major and minor numbers, as the kernel encodes `st_dev` and
/// `st_rdev` (`new_encode_dev`: `minor & 0xff | major << 8 | (minor & !0xff) << 12` for the
/// kernel's 12-bit majors and 20-bit minors), extended like glibc's `makedev` to 32-bit
/// majors and minors.
pub const fn makedev(major: u32, minor: u32) -> u64 {
    let (major, minor) = (major as u64, minor as u64);
    ((major & 0xffff_f000) << 32)
        | ((major & 0x0000_0fff) << 8)
        | ((minor & 0xffff_ff00) << 12)
        | (minor & 0x0000_00ff)
}

/// The major number of a device number made by [`makedev`].
pub const fn major(dev: u64) -> u32 {
    (((dev >> 32) & 0xffff_f000) | ((dev >> 8) & 0x0000_0fff)) as u32
}

/// The minor number of a device number made by [`makedev`].
pub const fn minor(dev: u64) -> u32 {
    (((dev >> 12) & 0xffff_ff00) | (dev & 0x0000_00ff)) as u32
}

/// `struct statx_timestamp`: a time in a [`Statx`].
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct StatxTimestamp {
    /// Seconds since the epoch.
    pub tv_sec: i64,
    /// Nanoseconds, `0..1_000_000_000`.
    pub tv_nsec: u32,
    __reserved: i32,
}

const _: () = assert!(size_of::<StatxTimestamp>() == 16);
const _: () = assert!(align_of::<StatxTimestamp>() == align_of::<u64>());

/// `struct statx` (`include/uapi/linux/stat.h`, Linux 6.16 fields; 256 bytes on every
/// arch): what [`statx`](crate::statx) fills. Only the fields whose `STATX_*` bit is set in
/// `stx_mask` were filled; the kernel zeroes the others (and the spare space).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Statx {
    /// `STATX_*` bits of the fields that were filled.
    pub stx_mask: u32,
    /// Preferred I/O block size.
    pub stx_blksize: u32,
    /// `STATX_ATTR_*` bits.
    pub stx_attributes: u64,
    /// Number of hard links.
    pub stx_nlink: u32,
    /// Owner's user id.
    pub stx_uid: u32,
    /// Owner's group id.
    pub stx_gid: u32,
    /// File type and mode (`S_IF*`, permission bits).
    pub stx_mode: u16,
    __spare0: [u16; 1],
    /// Inode number.
    pub stx_ino: u64,
    /// Size in bytes.
    pub stx_size: u64,
    /// Allocated 512-byte blocks.
    pub stx_blocks: u64,
    /// The `STATX_ATTR_*` bits this filesystem supports.
    pub stx_attributes_mask: u64,
    /// Last access.
    pub stx_atime: StatxTimestamp,
    /// Creation (`STATX_BTIME`).
    pub stx_btime: StatxTimestamp,
    /// Last status change.
    pub stx_ctime: StatxTimestamp,
    /// Last modification.
    pub stx_mtime: StatxTimestamp,
    /// Major number of a device file.
    pub stx_rdev_major: u32,
    /// Minor number of a device file.
    pub stx_rdev_minor: u32,
    /// Major number of the filesystem's device.
    pub stx_dev_major: u32,
    /// Minor number of the filesystem's device.
    pub stx_dev_minor: u32,
    /// Mount id (`STATX_MNT_ID`, `STATX_MNT_ID_UNIQUE`).
    pub stx_mnt_id: u64,
    /// Memory alignment for direct I/O (`STATX_DIOALIGN`).
    pub stx_dio_mem_align: u32,
    /// File offset alignment for direct I/O (`STATX_DIOALIGN`).
    pub stx_dio_offset_align: u32,
    /// Subvolume id (`STATX_SUBVOL`).
    pub stx_subvol: u64,
    /// Smallest atomic write unit in bytes (`STATX_WRITE_ATOMIC`).
    pub stx_atomic_write_unit_min: u32,
    /// Largest atomic write unit in bytes (`STATX_WRITE_ATOMIC`).
    pub stx_atomic_write_unit_max: u32,
    /// Most segments of an atomic write (`STATX_WRITE_ATOMIC`).
    pub stx_atomic_write_segments_max: u32,
    /// File offset alignment for direct-I/O reads (`STATX_DIO_READ_ALIGN`).
    pub stx_dio_read_offset_align: u32,
    /// Optimised largest atomic write unit in bytes (`STATX_WRITE_ATOMIC`).
    pub stx_atomic_write_unit_max_opt: u32,
    __spare2: [u32; 1],
    __spare3: [u64; 8],
}

const _: () = assert!(size_of::<Statx>() == 256);
const _: () = assert!(align_of::<Statx>() == align_of::<u64>());

/// `struct rlimit64` of `prlimit64` (the C library's `struct rlimit` on 64-bit targets):
/// a soft and a hard limit, [`RLIM_INFINITY`](crate::consts::RLIM_INFINITY) for none.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Rlimit {
    /// Soft limit: what the kernel enforces.
    pub rlim_cur: u64,
    /// Hard limit: the ceiling for `rlim_cur` (raising it needs `CAP_SYS_RESOURCE`).
    pub rlim_max: u64,
}

const _: () = assert!(size_of::<Rlimit>() == 16);
const _: () = assert!(align_of::<Rlimit>() == align_of::<u64>());

/// `struct ifreq` (`include/uapi/linux/if.h`, 40 bytes; 32 on 32-bit targets): an
/// interface name and a 24-byte (16-byte) union whose meaning depends on the ioctl request,
/// for the `SIOC*` requests on a socket (see
/// [`ioctl_siocgifindex`](crate::ioctl_siocgifindex)).
///
/// Not [`Plain`](crate::Plain): for some requests (`SIOCETHTOOL`, `SIOCWANDEV`,
/// `SIOCDEVPRIVATE` …) the kernel follows an address stored in the union (`ifr_data`).
#[cfg_attr(target_pointer_width = "64", repr(C, align(8)))]
#[cfg_attr(target_pointer_width = "32", repr(C, align(4)))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Ifreq {
    /// Interface name, NUL-terminated (at most `IFNAMSIZ - 1` bytes before the NUL).
    pub ifr_name: [u8; crate::consts::IFNAMSIZ],
    /// The kernel's `union ifr_ifru` as bytes (the union is 24 bytes, 8-aligned, on 64-bit
    /// targets: its largest member is `struct ifmap`, two `unsigned long`s and four bytes,
    /// and `ifr_data` is a pointer; 16 bytes, 4-aligned, on 32-bit ones, where `struct
    /// sockaddr` and `struct ifmap` are both 16): `ifr_ifindex`, `ifr_mtu`, `ifr_metric` are
    /// an `int` at its start, `ifr_flags` a `short`, `ifr_addr` … a `struct sockaddr`.
    pub ifr_ifru: [u8; IFRU_SIZE],
}

/// Size of [`Ifreq`]'s union: 24 bytes on 64-bit targets, 16 on 32-bit ones.
pub const IFRU_SIZE: usize = if cfg!(target_pointer_width = "64") {
    24
} else {
    16
};

const _: () = assert!(size_of::<Ifreq>() == 16 + IFRU_SIZE);
const _: () = assert!(align_of::<Ifreq>() == align_of::<usize>());

impl Ifreq {
    /// An `Ifreq` naming the interface `name` (without NUL), the union zeroed. `EINVAL` when
    /// `name` holds a NUL or is `IFNAMSIZ` bytes or longer (the kernel would cut it).
    pub fn new(name: &[u8]) -> Result<Ifreq, crate::Errno> {
        if name.len() >= crate::consts::IFNAMSIZ || name.contains(&0) {
            return Err(crate::Errno::EINVAL);
        }
        let mut ifr = Ifreq::default();
        ifr.ifr_name[..name.len()].copy_from_slice(name);
        Ok(ifr)
    }

    /// The name: the bytes of `ifr_name` before the first NUL.
    pub fn name(&self) -> &[u8] {
        let end = self
            .ifr_name
            .iter()
            .position(|&b| b == 0)
            .unwrap_or(self.ifr_name.len());
        &self.ifr_name[..end]
    }

    /// The `int` at the start of the union: `ifr_ifindex` after `SIOCGIFINDEX` (also
    /// `ifr_mtu`, `ifr_metric`).
    pub fn ifindex(&self) -> i32 {
        let b = &self.ifr_ifru;
        i32::from_ne_bytes([b[0], b[1], b[2], b[3]])
    }
}
