//! Syscall numbers, per target, generated from the kernels' own tables by
//! `scripts/gen_tables.py` (each file names its source and version).
//!
//! The names at this module's root are the numbers of the target being compiled for; every
//! target's table is also available by name (for tracers, seccomp filters, tests).
//! Darwin numbers are the bare BSD numbers (arm64 XNU reads the low 16 bits of x16; no class):
//! the x86_64 stubs OR in the BSD class `0x2000000` themselves. `darwin` serves macOS aarch64
//! and x86_64, `freebsd` FreeBSD x86_64 and aarch64 (each kernel has one `syscalls.master`
//! for every arch).
//! The 32-bit Linux modules (`linux_x86`, `linux_arm`, `linux_powerpc`) come from Linux 6.1's
//! tables (syscalls up to 450), and their hidden argument counts are in words (a 64-bit
//! argument takes two). `linux_s390x` (64-bit) comes from Linux 6.1's s390 table too; its
//! `MMAP` takes one pointer to the six words (`sys_old_mmap`). `linux_powerpc64` comes from
//! the same Linux 6.1 powerpc table (its `64` rows), one word per parameter. `linux_mips64`
//! (n64) comes from Linux 6.1's `syscall_n64.tbl`, its numbers from 5000 (the n64
//! `__NR_Linux`).

#[path = "darwin.rs"]
pub mod darwin;
#[path = "freebsd.rs"]
pub mod freebsd;
#[path = "linux_arm.rs"]
pub mod linux_arm;
#[path = "linux_generic.rs"]
pub mod linux_generic;
#[path = "linux_mips64.rs"]
pub mod linux_mips64;
#[path = "linux_powerpc.rs"]
pub mod linux_powerpc;
#[path = "linux_powerpc64.rs"]
pub mod linux_powerpc64;
#[path = "linux_s390x.rs"]
pub mod linux_s390x;
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

#[cfg(all(target_os = "linux", target_arch = "mips64"))]
pub use linux_mips64::*;
#[cfg(all(target_os = "linux", target_arch = "powerpc64"))]
pub use linux_powerpc64::*;
#[cfg(all(target_os = "linux", target_arch = "s390x"))]
pub use linux_s390x::*;

#[cfg(all(
    target_os = "macos",
    any(target_arch = "aarch64", target_arch = "x86_64")
))]
pub use darwin::*;

#[cfg(all(
    target_os = "freebsd",
    any(target_arch = "x86_64", target_arch = "aarch64")
))]
pub use freebsd::*;
