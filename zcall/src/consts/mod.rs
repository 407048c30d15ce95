//! Constants of the kernel ABI: address families, socket options, open/mmap
//! flags, io_uring opcodes and flags, signal numbers, ...
//!
//! The values come from the kernel's own headers of the target OS (each
//! family in the OS module names its source) and are checked against the
//! `libc` crate. Only the target OS's module is compiled; its items are
//! re-exported here, so `zcall::consts::AF_INET` is the value for the target.
//! Linux values that differ between x86_64, aarch64, riscv64 and loongarch64
//! are selected by `target_arch`.

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "linux")]
pub use linux::*;

#[cfg(target_os = "macos")]
mod darwin;
#[cfg(target_os = "macos")]
pub use darwin::*;

#[cfg(target_os = "freebsd")]
mod freebsd;
#[cfg(target_os = "freebsd")]
pub use freebsd::*;
