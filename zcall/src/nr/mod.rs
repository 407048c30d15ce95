//! Syscall numbers, per target, generated from the kernels' own tables by
//! `scripts/gen_tables.py` (each file names its source and version).
//!
//! The names at this module's root are the numbers of the target being compiled for; every
//! target's table is also available by name (for tracers, seccomp filters, tests).
//! Darwin numbers are the bare BSD numbers (arm64 XNU reads the low 16 bits of x16; no class).
//! The 32-bit Linux modules (`linux_x86`, `linux_arm`, `linux_powerpc`) come from Linux 6.1's
//! tables (syscalls up to 450), and their hidden argument counts are in words (a 64-bit
//! argument takes two).

#[path = "darwin_aarch64.rs"]
pub mod darwin_aarch64;
#[path = "freebsd_x86_64.rs"]
pub mod freebsd_x86_64;
#[path = "linux_arm.rs"]
pub mod linux_arm;
#[path = "linux_generic.rs"]
pub mod linux_generic;
#[path = "linux_powerpc.rs"]
pub mod linux_powerpc;
#[path = "linux_x86.rs"]
pub mod linux_x86;
#[path = "linux_x86_64.rs"]
pub mod linux_x86_64;

#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
pub use linux_x86_64::*;

#[cfg(all(
    target_os = "linux",
    any(
        target_arch = "aarch64",
        target_arch = "riscv64",
        target_arch = "loongarch64"
    )
))]
pub use linux_generic::*;

#[cfg(all(target_os = "linux", target_arch = "x86"))]
pub use linux_x86::*;

#[cfg(all(target_os = "linux", target_arch = "arm"))]
pub use linux_arm::*;

#[cfg(all(target_os = "linux", target_arch = "powerpc"))]
pub use linux_powerpc::*;

#[cfg(all(target_os = "macos", target_arch = "aarch64"))]
pub use darwin_aarch64::*;

#[cfg(all(target_os = "freebsd", target_arch = "x86_64"))]
pub use freebsd_x86_64::*;
