//! The documented wrappers, one file per family, each syscall declared with the attribute.
//!
//! A wrapper that exists on several OSes is written once: the attribute picks each
//! target's registers and `nr` each target's number. Items that only some OSes have carry
//! a `#[cfg]`. Everything here is re-exported at the crate root.

pub mod fs;
pub mod io;
pub mod mem;
pub mod pipe;
pub mod process;
pub mod socket;

#[cfg(target_os = "linux")]
pub mod epoll;
#[cfg(target_os = "linux")]
pub mod event;
#[cfg(target_os = "linux")]
pub mod io_uring;
#[cfg(target_os = "linux")]
pub mod netlink;
#[cfg(target_os = "linux")]
pub mod poll;
#[cfg(target_os = "linux")]
pub mod timerfd;
