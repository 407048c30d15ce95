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
    pub const fn name(self) -> Option<&'static str> {
        match self.entry() {
            Some((name, _)) => Some(name),
            None => None,
        }
    }

    /// The OS's message, `"Bad file descriptor"`, or `None` for an unknown value.
    pub const fn message(self) -> Option<&'static str> {
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
    /// The message, `Bad file descriptor`, or `errno 1234` for an unknown value.
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
    /// The error's OS number. An `io::Error` that carries none (a custom or simple error)
    /// maps by its kind to the errno std would report that kind for (`WouldBlock` →
    /// `EAGAIN`, `NotFound` → `ENOENT`, `TimedOut` → `ETIMEDOUT` …); a kind with no
    /// errno counterpart becomes `EIO`.
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
            K::ConnectionAborted => Errno::ECONNABORTED,
            K::NotConnected => Errno::ENOTCONN,
            K::AddrInUse => Errno::EADDRINUSE,
            K::AddrNotAvailable => Errno::EADDRNOTAVAIL,
            K::BrokenPipe => Errno::EPIPE,
            K::AlreadyExists => Errno::EEXIST,
            K::WouldBlock => Errno::EAGAIN,
            K::InvalidInput => Errno::EINVAL,
            K::TimedOut => Errno::ETIMEDOUT,
            K::Interrupted => Errno::EINTR,
            K::Unsupported => Errno::ENOTSUP,
            K::OutOfMemory => Errno::ENOMEM,
            _ => Errno::EIO,
        }
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
        let custom = std::io::Error::other("x");
        assert_eq!(Errno::from(custom), Errno::EIO);
        // Without an OS number the kind decides, and std agrees on the way back.
        for e in [
            Errno::ENOENT,
            Errno::EACCES,
            Errno::ECONNREFUSED,
            Errno::ECONNRESET,
            Errno::ECONNABORTED,
            Errno::ENOTCONN,
            Errno::EADDRINUSE,
            Errno::EADDRNOTAVAIL,
            Errno::EPIPE,
            Errno::EEXIST,
            Errno::EAGAIN,
            Errno::EINVAL,
            Errno::ETIMEDOUT,
            Errno::EINTR,
            Errno::ENOMEM,
        ] {
            let kind = std::io::Error::from(e).kind();
            assert_eq!(
                Errno::from(std::io::Error::from(kind)),
                e,
                "{e:?} as {kind:?}"
            );
        }
        let unsupported = std::io::Error::from(std::io::ErrorKind::Unsupported);
        assert_eq!(Errno::from(unsupported), Errno::ENOTSUP);
    }
}
