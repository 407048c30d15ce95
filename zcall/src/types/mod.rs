//! `#[repr(C)]` kernel structures passed to and from the raw syscalls.
//!
//! The layouts are the kernel's for the 64-bit targets zcall supports (Linux
//! x86_64, aarch64, riscv64 and loongarch64; macOS aarch64; FreeBSD x86_64).
//! Every struct carries compile-time assertions of its size and alignment.
//! Multi-byte address and port fields of the socket address structures are in
//! network byte order (big-endian) unless a method says otherwise.
//!
//! [`Iovec`] has the same layout on every supported OS and is defined here; the
//! rest comes from the module of the target OS and is re-exported from here.

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "linux")]
pub use linux::*;

#[cfg(any(target_os = "macos", target_os = "freebsd"))]
mod bsd;
#[cfg(any(target_os = "macos", target_os = "freebsd"))]
pub use bsd::*;

/// `struct iovec`: one buffer of a vectored I/O call (`readv`, `sendmsg`, ...).
///
/// The layout is the same on Linux, macOS and FreeBSD: a pointer followed by a
/// `size_t` length (16 bytes on 64-bit targets, 8 on 32-bit ones).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Iovec {
    /// Start of the buffer.
    pub iov_base: *mut u8,
    /// Length of the buffer in bytes.
    pub iov_len: usize,
}

const _: () = assert!(core::mem::size_of::<Iovec>() == 2 * core::mem::size_of::<usize>());
const _: () = assert!(core::mem::align_of::<Iovec>() == core::mem::align_of::<usize>());

impl Default for Iovec {
    /// An empty buffer: null pointer, length 0.
    fn default() -> Self {
        Iovec {
            iov_base: core::ptr::null_mut(),
            iov_len: 0,
        }
    }
}

impl Iovec {
    /// An `Iovec` describing `buf`, for calls that only read the buffer
    /// (`writev`, `sendmsg`). The kernel must not write through it.
    pub fn from_slice(buf: &[u8]) -> Iovec {
        Iovec {
            iov_base: buf.as_ptr() as *mut u8,
            iov_len: buf.len(),
        }
    }

    /// An `Iovec` describing `buf`, for calls that fill the buffer (`readv`,
    /// `recvmsg`).
    pub fn from_mut_slice(buf: &mut [u8]) -> Iovec {
        Iovec {
            iov_base: buf.as_mut_ptr(),
            iov_len: buf.len(),
        }
    }

    /// Views a slice of [`std::io::IoSlice`] as a slice of `Iovec`, without copying.
    #[cfg(feature = "std")]
    pub fn from_io_slices<'a>(s: &'a [std::io::IoSlice<'a>]) -> &'a [Iovec] {
        // SAFETY: std documents `IoSlice` as "guaranteed to be ABI compatible with
        // the `iovec` type on Unix platforms", and `Iovec` is `#[repr(C)]` with
        // exactly the fields of `struct iovec`, so the element types have the same
        // size, alignment and field layout. The returned slice borrows `s` for
        // `'a`, so the memory stays valid and is only read through it.
        unsafe { core::slice::from_raw_parts(s.as_ptr().cast::<Iovec>(), s.len()) }
    }

    /// Views a slice of [`std::io::IoSliceMut`] as a mutable slice of `Iovec`,
    /// without copying.
    #[cfg(feature = "std")]
    pub fn from_io_slices_mut<'a>(s: &'a mut [std::io::IoSliceMut<'a>]) -> &'a mut [Iovec] {
        // SAFETY: std documents `IoSliceMut` as "guaranteed to be ABI compatible
        // with the `iovec` type on Unix platforms"; `Iovec` is `#[repr(C)]` with
        // the fields of `struct iovec`, so size, alignment and layout agree. The
        // result mutably borrows `s` for `'a`, so nothing else accesses the
        // elements meanwhile. Writes through the `Iovec` view cannot break
        // `IoSliceMut`'s invariant for safe code: `&'a mut [IoSliceMut<'a>]` is
        // invariant in `'a`, so `s` stays borrowed for the whole remaining life of
        // the `IoSliceMut<'a>` values and they can never be read again as slices.
        unsafe { core::slice::from_raw_parts_mut(s.as_mut_ptr().cast::<Iovec>(), s.len()) }
    }
}

/// `unsafe impl Plain` for kernel structs made only of integers (and arrays and structs of
/// them): any bytes the kernel writes make a valid value, and no field is an address.
macro_rules! plain_structs {
    ($($t:ty),* $(,)?) => {$(
        // SAFETY: `#[repr(C)]`, every field an integer or a plain struct or array of
        // integers (see the definition), none an address the kernel follows; not zero-sized.
        unsafe impl crate::Plain for $t {}
    )*};
}

plain_structs!(
    Timespec,
    InAddr,
    SockaddrIn,
    In6Addr,
    SockaddrIn6,
    SockaddrUn,
    SockaddrStorage,
    Cmsghdr,
);
// Not `Plain`: `Msghdr`, `Mmsghdr` and `Iovec` hold pointers; `IoUringParams` and its
// `IoSqringOffsets`/`IoCqringOffsets` hold `user_addr`, which the kernel follows under
// `IORING_SETUP_NO_MMAP`; `IoUringSqe` holds `addr`, which the kernel follows.
#[cfg(any(target_os = "linux", target_os = "freebsd"))]
plain_structs!(Itimerspec);
#[cfg(target_os = "linux")]
plain_structs!(Timeval, Sigset, SignalfdSiginfo, IoUringCqe);
// Readiness, socket options and rtnetlink. `EpollEvent::data` is the caller's number,
// returned as it was given; the kernel never follows it.
#[cfg(target_os = "linux")]
plain_structs!(EpollEvent, PollFd, Linger, SockaddrNl, Nlmsghdr, Ifinfomsg, Rtattr);

// Files and fds (zcall::sys::fs): `Stat`, `Statx`, `StatxTimestamp` and `Rlimit` are
// integers only (their padding fields included). Not `Plain`: `Ifreq`, whose union holds
// `ifr_data`, an address the kernel follows for some requests (`SIOCETHTOOL` …).
plain_structs!(Stat);
#[cfg(target_os = "linux")]
plain_structs!(Statx, StatxTimestamp, Rlimit);
