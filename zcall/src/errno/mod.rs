//! [`Errno`]: the kernel's error number, returned directly — no thread-local `errno`.
//!
//! The constants, names and messages are the target OS's own, generated from its errno
//! header into `linux.rs`, `darwin.rs` and `freebsd.rs` by `scripts/gen_tables.py`.

use core::fmt;

/// An error number, as the kernel returned it (always positive: Linux's `-errno` return is
/// negated when decoded).
///
/// The constants are those of the target OS: `Errno::EBADF` is 9 on every supported target,
/// but `Errno::EAGAIN` is 11 on Linux and 35 on Darwin and FreeBSD.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(transparent)]
pub struct Errno(i32);

/// Declares the per-OS table: a constant per value, aliases, and the name/message lookups.
macro_rules! errno_table {
    (
        values { $($name:ident = $value:literal, $msg:literal;)* }
        aliases { $($alias:ident = $target:ident;)* }
    ) => {
        impl $crate::Errno {
            $(
                #[doc = concat!("`", stringify!($name), "` (", stringify!($value), "): ", $msg, ".")]
                pub const $name: $crate::Errno = $crate::Errno::from_raw($value);
            )*
            $(
                #[doc = concat!("`", stringify!($alias), "`: the same value as `", stringify!($target), "`.")]
                pub const $alias: $crate::Errno = $crate::Errno::$target;
            )*
        }

        /// Every `(value, name, message)` of this OS, ascending.
        pub(super) const TABLE: &[(i32, &str, &str)] = &[
            $(($value, stringify!($name), $msg),)*
        ];

        /// Every `(alias, value)` of this OS.
        #[allow(dead_code)]
        pub(super) const ALIASES: &[(&str, i32)] = &[
            $((stringify!($alias), $crate::Errno::$target.raw()),)*
        ];
    };
}

#[cfg(target_os = "linux")]
#[path = "linux.rs"]
mod table;
#[cfg(target_os = "macos")]
#[path = "darwin.rs"]
mod table;
#[cfg(target_os = "freebsd")]
#[path = "freebsd.rs"]
mod table;

impl Errno {
    /// Wraps a raw (positive) error number.
    #[inline(always)]
    pub const fn from_raw(raw: i32) -> Errno {
        Errno(raw)
    }

    /// The raw error number.
    #[inline(always)]
    pub const fn raw(self) -> i32 {
        self.0
    }

    const fn entry(self) -> Option<(&'static str, &'static str)> {
        // A binary search would need the table sorted; it is, but the tables are short
        // and this is never on a hot path.
        let mut i = 0;
        while i < table::TABLE.len() {
            let (value, name, msg) = table::TABLE[i];
            if value == self.0 {
                return Some((name, msg));
            }
            i += 1;
        }
        None
    }

    /// The symbolic name, `"EBADF"`, or `None` for a value this OS does not define.
    /// Aliases (`EWOULDBLOCK`) report their primary name (`EAGAIN`).
    ///
    /// 0 is not an error number and no errno header names it, so its name is `None` (its
    /// [`message`](Errno::message) is `"Success"`, its `Debug` form `Errno(0)`, and
    /// [`all`](Errno::all) does not list it).
    pub const fn name(self) -> Option<&'static str> {
        match self.entry() {
            Some((name, _)) => Some(name),
            None => None,
        }
    }

    /// The OS's message, `"Bad file descriptor"`, or `None` for an unknown value.
    ///
    /// 0 gives `"Success"` on every OS: glibc's `strerror(0)`, the text users know from a
    /// call that did not fail (the tables hold error numbers only, from 1; macOS's libc
    /// says "Undefined error: 0" and FreeBSD's "No error: 0").
    pub const fn message(self) -> Option<&'static str> {
        if self.0 == 0 {
            return Some("Success");
        }
        match self.entry() {
            Some((_, msg)) => Some(msg),
            None => None,
        }
    }

    /// A condition that may go away by retrying: `EAGAIN`/`EWOULDBLOCK`, `EINTR`,
    /// `EINPROGRESS`.
    pub const fn is_temporary(self) -> bool {
        self.0 == Errno::EAGAIN.0
            || self.0 == Errno::EWOULDBLOCK.0
            || self.0 == Errno::EINTR.0
            || self.0 == Errno::EINPROGRESS.0
    }

    /// A timeout: `EAGAIN`/`EWOULDBLOCK` (a non-blocking call or `SO_RCVTIMEO`),
    /// `ETIMEDOUT`.
    pub const fn is_timeout(self) -> bool {
        self.0 == Errno::EAGAIN.0 || self.0 == Errno::EWOULDBLOCK.0 || self.0 == Errno::ETIMEDOUT.0
    }

    /// Every error number this OS defines, ascending, with its name and message.
    pub fn all() -> impl Iterator<Item = (Errno, &'static str, &'static str)> {
        table::TABLE
            .iter()
            .map(|&(value, name, msg)| (Errno(value), name, msg))
    }
}

impl fmt::Debug for Errno {
    /// `EBADF`, or `Errno(1234)` for an unknown value.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "Errno({})", self.0),
        }
    }
}

impl fmt::Display for Errno {
    /// The message, `Bad file descriptor` (`Success` for 0), or `errno 1234` for an
    /// unknown value.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.message() {
            Some(msg) => f.write_str(msg),
            None => write!(f, "errno {}", self.0),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for Errno {}

#[cfg(feature = "std")]
impl From<Errno> for std::io::Error {
    /// An OS error with this number: `raw_os_error()` gives it back.
    fn from(e: Errno) -> Self {
        std::io::Error::from_raw_os_error(e.0)
    }
}

#[cfg(feature = "std")]
impl From<std::io::Error> for Errno {
    /// The error's OS number, when it carries one (`raw_os_error()`).
    ///
    /// An `io::Error` without one (made from an [`ErrorKind`](std::io::ErrorKind), or a
    /// custom error) maps by its kind to the errno that std decodes to that kind
    /// (`decode_error_kind` of std's Unix platform code), so that
    /// `Errno::from(io::Error::from(io::Error::from(e).kind()))` gives `e` back:
    ///
    /// - one errno per kind, on Linux, macOS and FreeBSD alike: `NotFound` → `ENOENT`,
    ///   `ConnectionRefused` → `ECONNREFUSED`, `ConnectionReset` → `ECONNRESET`,
    ///   `HostUnreachable` → `EHOSTUNREACH`, `NetworkUnreachable` → `ENETUNREACH`,
    ///   `ConnectionAborted` → `ECONNABORTED`, `NotConnected` → `ENOTCONN`, `AddrInUse` →
    ///   `EADDRINUSE`, `AddrNotAvailable` → `EADDRNOTAVAIL`, `NetworkDown` → `ENETDOWN`,
    ///   `BrokenPipe` → `EPIPE`, `AlreadyExists` → `EEXIST`, `WouldBlock` → `EAGAIN`
    ///   (= `EWOULDBLOCK`), `NotADirectory` → `ENOTDIR`, `IsADirectory` → `EISDIR`,
    ///   `DirectoryNotEmpty` → `ENOTEMPTY`, `ReadOnlyFilesystem` → `EROFS`,
    ///   `StaleNetworkFileHandle` → `ESTALE`, `InvalidInput` → `EINVAL`, `TimedOut` →
    ///   `ETIMEDOUT`, `StorageFull` → `ENOSPC`, `NotSeekable` → `ESPIPE`, `QuotaExceeded` →
    ///   `EDQUOT`, `FileTooLarge` → `EFBIG`, `ResourceBusy` → `EBUSY`, `ExecutableFileBusy`
    ///   → `ETXTBSY`, `Deadlock` → `EDEADLK`, `CrossesDevices` → `EXDEV`, `TooManyLinks` →
    ///   `EMLINK`, `ArgumentListTooLong` → `E2BIG`, `Interrupted` → `EINTR`, `OutOfMemory`
    ///   → `ENOMEM`;
    /// - several errnos, one chosen, that every std version decodes back to the same kind:
    ///   `PermissionDenied` (`EACCES`, `EPERM`) → `EACCES`, and `Unsupported` → `ENOSYS`
    ///   (std decodes `ENOSYS` as `Unsupported` in every version; `EOPNOTSUPP` only from
    ///   Rust 1.88, rust-lang/rust#139822, and as `Uncategorized` before; Apple's distinct
    ///   `ENOTSUP`, 45, is later still);
    /// - a kind not stable at zcall's minimum Rust (1.85), so not named here
    ///   (`InvalidFilename`, stable since 1.87; the unstable `FilesystemLoop` and
    ///   `InProgress`): the one errno of this OS that the running std decodes to it
    ///   (`ENAMETOOLONG`, `ELOOP`, `EINPROGRESS`), found by asking std;
    /// - `EIO` for the kinds no single errno decodes to: `Other`, `InvalidData`,
    ///   `WriteZero` and `UnexpectedEof` (no errno: they describe data, not a syscall
    ///   failure), and std's `Uncategorized` (every errno std has no kind for).
    fn from(e: std::io::Error) -> Self {
        use std::io::ErrorKind as K;
        if let Some(n) = e.raw_os_error() {
            return Errno(n);
        }
        match e.kind() {
            K::NotFound => Errno::ENOENT,
            K::PermissionDenied => Errno::EACCES,
            K::ConnectionRefused => Errno::ECONNREFUSED,
            K::ConnectionReset => Errno::ECONNRESET,
            K::HostUnreachable => Errno::EHOSTUNREACH,
            K::NetworkUnreachable => Errno::ENETUNREACH,
            K::ConnectionAborted => Errno::ECONNABORTED,
            K::NotConnected => Errno::ENOTCONN,
            K::AddrInUse => Errno::EADDRINUSE,
            K::AddrNotAvailable => Errno::EADDRNOTAVAIL,
            K::NetworkDown => Errno::ENETDOWN,
            K::BrokenPipe => Errno::EPIPE,
            K::AlreadyExists => Errno::EEXIST,
            K::WouldBlock => Errno::EAGAIN,
            K::NotADirectory => Errno::ENOTDIR,
            K::IsADirectory => Errno::EISDIR,
            K::DirectoryNotEmpty => Errno::ENOTEMPTY,
            K::ReadOnlyFilesystem => Errno::EROFS,
            K::StaleNetworkFileHandle => Errno::ESTALE,
            K::InvalidInput => Errno::EINVAL,
            K::TimedOut => Errno::ETIMEDOUT,
            K::StorageFull => Errno::ENOSPC,
            K::NotSeekable => Errno::ESPIPE,
            K::QuotaExceeded => Errno::EDQUOT,
            K::FileTooLarge => Errno::EFBIG,
            K::ResourceBusy => Errno::EBUSY,
            K::ExecutableFileBusy => Errno::ETXTBSY,
            K::Deadlock => Errno::EDEADLK,
            K::CrossesDevices => Errno::EXDEV,
            K::TooManyLinks => Errno::EMLINK,
            K::ArgumentListTooLong => Errno::E2BIG,
            K::Interrupted => Errno::EINTR,
            K::Unsupported => Errno::ENOSYS,
            K::OutOfMemory => Errno::ENOMEM,
            K::Other | K::InvalidData | K::WriteZero | K::UnexpectedEof => Errno::EIO,
            kind => Errno::only_errno_of(kind).unwrap_or(Errno::EIO),
        }
    }
}

#[cfg(feature = "std")]
impl Errno {
    /// The one errno of this OS that std decodes to `kind`, or `None` when there are
    /// none or several.
    fn only_errno_of(kind: std::io::ErrorKind) -> Option<Errno> {
        let mut found = None;
        for &(value, _, _) in table::TABLE {
            if std::io::Error::from_raw_os_error(value).kind() == kind {
                if found.is_some() {
                    return None;
                }
                found = Some(Errno(value));
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        let t = table::TABLE;
        assert!(!t.is_empty());
        for w in t.windows(2) {
            assert!(w[0].0 < w[1].0, "{:?} then {:?}", w[0], w[1]);
        }
        for (alias, value) in table::ALIASES {
            assert!(
                t.iter().any(|e| e.0 == *value),
                "alias {alias} points nowhere"
            );
        }
    }

    #[test]
    fn names_messages_and_unknowns() {
        assert_eq!(Errno::EBADF.raw(), 9);
        assert_eq!(Errno::EBADF.name(), Some("EBADF"));
        assert_eq!(Errno::EWOULDBLOCK.name(), Some("EAGAIN"));
        assert_eq!(Errno::from_raw(4000).name(), None);
        assert!(Errno::EINTR.is_temporary() && !Errno::EINTR.is_timeout());
        assert!(Errno::ETIMEDOUT.is_timeout() && !Errno::ETIMEDOUT.is_temporary());
        assert!(Errno::EAGAIN.is_timeout() && Errno::EAGAIN.is_temporary());
        assert!(!Errno::EBADF.is_temporary() && !Errno::EBADF.is_timeout());
    }

    #[cfg(feature = "std")]
    #[test]
    fn formatting_and_io_round_trip() {
        extern crate std;
        use std::format;
        assert_eq!(format!("{}", Errno::EBADF), "Bad file descriptor");
        assert_eq!(format!("{:?}", Errno::EBADF), "EBADF");
        assert_eq!(format!("{}", Errno::from_raw(4000)), "errno 4000");
        assert_eq!(format!("{:?}", Errno::from_raw(4000)), "Errno(4000)");
        let io: std::io::Error = Errno::ENOENT.into();
        assert_eq!(io.kind(), std::io::ErrorKind::NotFound);
        assert_eq!(Errno::from(io), Errno::ENOENT);
    }

    /// The kinds `From<io::Error>` names, each with its errno.
    #[cfg(feature = "std")]
    fn named_kinds() -> std::vec::Vec<(std::io::ErrorKind, Errno)> {
        extern crate std;
        use std::io::ErrorKind as K;
        std::vec![
            (K::NotFound, Errno::ENOENT),
            (K::PermissionDenied, Errno::EACCES),
            (K::ConnectionRefused, Errno::ECONNREFUSED),
            (K::ConnectionReset, Errno::ECONNRESET),
            (K::HostUnreachable, Errno::EHOSTUNREACH),
            (K::NetworkUnreachable, Errno::ENETUNREACH),
            (K::ConnectionAborted, Errno::ECONNABORTED),
            (K::NotConnected, Errno::ENOTCONN),
            (K::AddrInUse, Errno::EADDRINUSE),
            (K::AddrNotAvailable, Errno::EADDRNOTAVAIL),
            (K::NetworkDown, Errno::ENETDOWN),
            (K::BrokenPipe, Errno::EPIPE),
            (K::AlreadyExists, Errno::EEXIST),
            (K::WouldBlock, Errno::EAGAIN),
            (K::NotADirectory, Errno::ENOTDIR),
            (K::IsADirectory, Errno::EISDIR),
            (K::DirectoryNotEmpty, Errno::ENOTEMPTY),
            (K::ReadOnlyFilesystem, Errno::EROFS),
            (K::StaleNetworkFileHandle, Errno::ESTALE),
            (K::InvalidInput, Errno::EINVAL),
            (K::TimedOut, Errno::ETIMEDOUT),
            (K::StorageFull, Errno::ENOSPC),
            (K::NotSeekable, Errno::ESPIPE),
            (K::QuotaExceeded, Errno::EDQUOT),
            (K::FileTooLarge, Errno::EFBIG),
            (K::ResourceBusy, Errno::EBUSY),
            (K::ExecutableFileBusy, Errno::ETXTBSY),
            (K::Deadlock, Errno::EDEADLK),
            (K::CrossesDevices, Errno::EXDEV),
            (K::TooManyLinks, Errno::EMLINK),
            (K::ArgumentListTooLong, Errno::E2BIG),
            (K::Interrupted, Errno::EINTR),
            (K::Unsupported, Errno::ENOSYS),
            (K::OutOfMemory, Errno::ENOMEM),
        ]
    }

    /// How many of this OS's errnos std decodes to `kind`.
    #[cfg(feature = "std")]
    fn errnos_of(kind: std::io::ErrorKind) -> std::vec::Vec<Errno> {
        extern crate std;
        Errno::all()
            .map(|(e, _, _)| e)
            .filter(|e| std::io::Error::from(*e).kind() == kind)
            .collect()
    }

    #[cfg(feature = "std")]
    #[test]
    fn named_kinds_round_trip() {
        extern crate std;
        use std::io;
        let named = named_kinds();
        assert_eq!(named.len(), 34);
        for (kind, e) in named {
            // Errno -> io::Error -> kind -> io::Error (no OS number) -> Errno
            let decoded = io::Error::from(e).kind();
            assert_eq!(decoded, kind, "std decodes {e:?} as {decoded:?}");
            let bare = io::Error::from(decoded);
            assert_eq!(bare.raw_os_error(), None);
            assert_eq!(Errno::from(bare), e, "{kind:?}");
            // A custom error of that kind maps the same way.
            assert_eq!(Errno::from(io::Error::new(kind, "x")), e, "custom {kind:?}");
            // Exactly one errno of this OS is that kind, apart from the documented two.
            let all = errnos_of(kind);
            match kind {
                io::ErrorKind::PermissionDenied => {
                    assert_eq!(all, [Errno::EPERM, Errno::EACCES])
                }
                // ENOSYS on every std; EOPNOTSUPP from 1.88, ENOTSUP later where distinct.
                io::ErrorKind::Unsupported => {
                    assert!(all.contains(&Errno::ENOSYS), "{all:?}");
                    assert!(
                        all.iter()
                            .all(|x| [Errno::ENOSYS, Errno::EOPNOTSUPP, Errno::ENOTSUP]
                                .contains(x)),
                        "{all:?}"
                    );
                }
                _ => assert_eq!(all, [e], "{kind:?}"),
            }
        }
    }

    #[cfg(feature = "std")]
    #[test]
    fn kinds_without_one_errno_are_eio() {
        extern crate std;
        use std::io::{self, ErrorKind as K};
        for kind in [K::Other, K::InvalidData, K::WriteZero, K::UnexpectedEof] {
            assert_eq!(errnos_of(kind), [], "{kind:?}");
            assert_eq!(Errno::from(io::Error::from(kind)), Errno::EIO, "{kind:?}");
        }
        assert_eq!(Errno::from(io::Error::other("x")), Errno::EIO);
        // std's Uncategorized (unstable, so reached through an errno it has no kind for):
        // many errnos, so EIO.
        let uncategorized = io::Error::from(Errno::EBADF).kind();
        assert_eq!(std::format!("{uncategorized:?}"), "Uncategorized");
        assert!(errnos_of(uncategorized).len() > 10);
        assert_eq!(Errno::from(io::Error::from(uncategorized)), Errno::EIO);
    }

    /// Every errno of this OS, through its kind and back: itself when it is the only errno
    /// of its kind (this covers kinds newer than the MSRV, which are not named in the
    /// match), else an errno of the same kind.
    #[cfg(feature = "std")]
    #[test]
    fn every_errno_round_trips_through_its_kind() {
        extern crate std;
        use std::{format, io, string::String, vec::Vec};
        let mut unnamed: Vec<String> = Vec::new();
        for (e, _, _) in Errno::all() {
            let kind = io::Error::from(e).kind();
            let back = Errno::from(io::Error::from(kind));
            if errnos_of(kind).len() == 1 {
                assert_eq!(back, e, "{e:?} as {kind:?}");
                if !named_kinds().iter().any(|&(k, _)| k == kind) {
                    unnamed.push(format!("{kind:?}={e:?}"));
                }
            } else {
                assert_eq!(io::Error::from(back).kind(), kind, "{e:?} as {kind:?}");
            }
        }
        // The kinds after 1.85 that std (1.95 here) has: reached without naming them.
        unnamed.sort();
        if format!("{:?}", io::Error::from(Errno::ENAMETOOLONG).kind()) == "InvalidFilename" {
            assert!(
                unnamed.contains(&"InvalidFilename=ENAMETOOLONG".into()),
                "{unnamed:?}"
            );
        }
        for u in &unnamed {
            assert!(
                ["InvalidFilename=", "FilesystemLoop=", "InProgress="]
                    .iter()
                    .any(|p| u.starts_with(p)),
                "a kind std decodes from one errno that the match does not name: {u}"
            );
        }
    }

    #[test]
    fn zero_is_success() {
        let zero = Errno::from_raw(0);
        assert_eq!(zero.message(), Some("Success"));
        assert_eq!(zero.name(), None);
        assert!(Errno::all().all(|(e, _, _)| e.raw() != 0));
        assert!(!zero.is_temporary() && !zero.is_timeout());
    }

    #[cfg(feature = "std")]
    #[test]
    fn zero_formats() {
        extern crate std;
        use std::format;
        assert_eq!(format!("{}", Errno::from_raw(0)), "Success");
        assert_eq!(format!("{:?}", Errno::from_raw(0)), "Errno(0)");
    }
}
