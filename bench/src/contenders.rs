//! The contenders: the same eight operations written with each API.
//!
//! Every operation is `#[inline(always)]` into one `#[inline(never)]` loop function per
//! (contender, workload), exported under the symbol `zb_loop__<contender>__<workload>`
//! so that callgrind can count exactly that loop (`--toggle-collect`) and `objdump
//! --disassemble=<symbol>` can show it. Each loop folds every result into an accumulator
//! with [`Fold`](crate::workloads::Fold): the same few instructions for every contender.
//!
//! Results are normalised to what a caller would hold: `u32` for getpid, and
//! `Result<usize, i32>` (the error number as a plain integer) for everything else; the
//! clock workload's `Ok` value is [`clock_check`] of the
//! time read.

use std::os::fd::AsRawFd;

use crate::workloads::{clock_check, Ctx};

/// One loop: `n` iterations of a workload, returning the folded results.
pub type LoopFn = fn(&Ctx, u64) -> u64;

/// Generates `loops::ALL`: one exported, never-inlined loop per workload of a contender.
macro_rules! loops {
    ($contender:literal; $($w:ident),* $(,)?) => {
        /// The loops of this contender.
        pub mod loops {
            use crate::workloads::{Ctx, Fold};
            $(
                #[inline(never)]
                #[export_name = concat!("zb_loop__", $contender, "__", stringify!($w))]
                pub fn $w(ctx: &Ctx, n: u64) -> u64 {
                    let mut acc = 0u64;
                    for _ in 0..n {
                        acc = acc.wrapping_add(Fold::fold(super::$w(ctx)));
                    }
                    acc
                }
            )*
            /// (workload, loop) pairs.
            pub const ALL: &[(&str, super::super::LoopFn)] = &[$((stringify!($w), $w as super::super::LoopFn)),*];
        }
    };
}

/// Every contender, in table order: (name, its loops).
pub const CONTENDERS: &[(&str, &[(&str, LoopFn)])] = &[
    ("floor", floor::loops::ALL),
    ("zcall", zc::loops::ALL),
    ("libc", glibc::loops::ALL),
    ("rustix", rx::loops::ALL),
    ("syscalls", sc::loops::ALL),
];

/// The name a table shows for `contender` on `workload`: the floor's clock loop is the raw
/// clock_gettime syscall (the kernel entry, not the vDSO the others call), so it is shown
/// as `syscall`.
pub fn label(contender: &'static str, workload: &str) -> &'static str {
    if contender == "floor" && workload == "clock" {
        "syscall"
    } else {
        contender
    }
}

/// The loop of `contender` for `workload`, if that contender can express it.
pub fn find(contender: &str, workload: &str) -> Option<LoopFn> {
    CONTENDERS
        .iter()
        .find(|(c, _)| *c == contender)?
        .1
        .iter()
        .find(|(w, _)| *w == workload)
        .map(|&(_, f)| f)
}

/// The physical limit: a hand-written `asm!` stub per workload and the minimal Linux
/// error decode (one unsigned compare). Clobbers are the kernel's (rcx/r11 on x86_64,
/// nothing on aarch64) plus memory, like any stub that cannot know what the call
/// touches; getpid is not decoded at all (it cannot fail).
pub mod floor {
    use super::*;
    use std::arch::asm;

    /// The minimal decode: `-4095..=-1` is `-errno`.
    #[inline(always)]
    fn decode(r: usize) -> Result<usize, i32> {
        if r > (-4096isize) as usize {
            Err(r.wrapping_neg() as i32)
        } else {
            Ok(r)
        }
    }

    #[cfg(target_arch = "x86_64")]
    mod stub {
        use super::asm;
        pub const GETPID: usize = 39;
        pub const READ: usize = 0;
        pub const WRITE: usize = 1;
        pub const IO_URING_ENTER: usize = 426;
        pub const CLOCK_GETTIME: usize = 228;

        #[inline(always)]
        pub unsafe fn sc0(nr: usize) -> usize {
            let r;
            // SAFETY: the caller passes a syscall that takes no arguments.
            unsafe {
                asm!("syscall", inlateout("rax") nr => r, lateout("rcx") _,
                     lateout("r11") _, options(nostack, preserves_flags))
            };
            r
        }

        #[inline(always)]
        pub unsafe fn sc2(nr: usize, a: usize, b: usize) -> usize {
            let r;
            // SAFETY: the caller's arguments are valid for `nr`.
            unsafe {
                asm!("syscall", inlateout("rax") nr => r, in("rdi") a, in("rsi") b,
                     lateout("rcx") _, lateout("r11") _, options(nostack, preserves_flags))
            };
            r
        }

        #[inline(always)]
        pub unsafe fn sc3(nr: usize, a: usize, b: usize, c: usize) -> usize {
            let r;
            // SAFETY: the caller's arguments are valid for `nr`.
            unsafe {
                asm!("syscall", inlateout("rax") nr => r, in("rdi") a, in("rsi") b,
                     in("rdx") c, lateout("rcx") _, lateout("r11") _,
                     options(nostack, preserves_flags))
            };
            r
        }

        #[inline(always)]
        #[allow(clippy::too_many_arguments)]
        pub unsafe fn sc6(
            nr: usize,
            a: usize,
            b: usize,
            c: usize,
            d: usize,
            e: usize,
            f: usize,
        ) -> usize {
            let r;
            // SAFETY: the caller's arguments are valid for `nr`.
            unsafe {
                asm!("syscall", inlateout("rax") nr => r, in("rdi") a, in("rsi") b,
                     in("rdx") c, in("r10") d, in("r8") e, in("r9") f,
                     lateout("rcx") _, lateout("r11") _, options(nostack, preserves_flags))
            };
            r
        }
    }

    #[cfg(target_arch = "aarch64")]
    mod stub {
        use super::asm;
        pub const GETPID: usize = 172;
        pub const READ: usize = 63;
        pub const WRITE: usize = 64;
        pub const IO_URING_ENTER: usize = 426;
        pub const CLOCK_GETTIME: usize = 113;

        #[inline(always)]
        pub unsafe fn sc0(nr: usize) -> usize {
            let r;
            // SAFETY: the caller passes a syscall that takes no arguments.
            unsafe {
                asm!("svc 0", in("x8") nr, lateout("x0") r, options(nostack, preserves_flags))
            };
            r
        }

        #[inline(always)]
        pub unsafe fn sc2(nr: usize, a: usize, b: usize) -> usize {
            let r;
            // SAFETY: the caller's arguments are valid for `nr`.
            unsafe {
                asm!("svc 0", in("x8") nr, inlateout("x0") a => r, in("x1") b,
                     options(nostack, preserves_flags))
            };
            r
        }

        #[inline(always)]
        pub unsafe fn sc3(nr: usize, a: usize, b: usize, c: usize) -> usize {
            let r;
            // SAFETY: the caller's arguments are valid for `nr`.
            unsafe {
                asm!("svc 0", in("x8") nr, inlateout("x0") a => r, in("x1") b, in("x2") c,
                     options(nostack, preserves_flags))
            };
            r
        }

        #[inline(always)]
        #[allow(clippy::too_many_arguments)]
        pub unsafe fn sc6(
            nr: usize,
            a: usize,
            b: usize,
            c: usize,
            d: usize,
            e: usize,
            f: usize,
        ) -> usize {
            let r;
            // SAFETY: the caller's arguments are valid for `nr`.
            unsafe {
                asm!("svc 0", in("x8") nr, inlateout("x0") a => r, in("x1") b, in("x2") c,
                     in("x3") d, in("x4") e, in("x5") f, options(nostack, preserves_flags))
            };
            r
        }
    }

    use stub::*;

    #[inline(always)]
    pub fn getpid(_: &Ctx) -> u32 {
        // SAFETY: getpid takes nothing and touches no memory.
        unsafe { sc0(GETPID) as u32 }
    }

    #[inline(always)]
    pub fn write(ctx: &Ctx) -> Result<usize, i32> {
        let buf = [b'x'; 1];
        let fd = ctx.null.as_raw_fd() as usize;
        // SAFETY: `buf` is readable for its length.
        decode(unsafe { sc3(WRITE, fd, buf.as_ptr() as usize, buf.len()) })
    }

    #[inline(always)]
    pub fn read(ctx: &Ctx) -> Result<usize, i32> {
        let mut buf = [0u8; 1];
        let fd = ctx.zero.as_raw_fd() as usize;
        // SAFETY: `buf` is writable for its length.
        decode(unsafe { sc3(READ, fd, buf.as_mut_ptr() as usize, buf.len()) })
    }

    #[inline(always)]
    pub fn enter6(ctx: &Ctx) -> Result<usize, i32> {
        let fd = ctx.ring().fd().as_raw_fd() as usize;
        // SAFETY: nothing to submit, nothing to wait for, no argument pointer.
        let r = decode(unsafe { sc6(IO_URING_ENTER, fd, 0, 0, 0, 0, 0) });
        // io_uring_enter(2) returns a count of type `int`/`u32`, as zcall and rustix
        // declare it: the floor hands back the same type (the 32-bit truncation costs a
        // `mov %eax,%ecx` when the loop widens it again, for everyone who returns u32).
        r.map(|n| n as u32 as usize)
    }

    #[inline(always)]
    pub fn ebadf(ctx: &Ctx) -> Result<usize, i32> {
        let buf = [b'x'; 1];
        // SAFETY: `buf` is readable; the fd is closed, so the kernel answers EBADF.
        decode(unsafe {
            sc3(
                WRITE,
                ctx.closed.as_raw_fd() as usize,
                buf.as_ptr() as usize,
                1,
            )
        })
    }

    #[inline(always)]
    pub fn syscall6(ctx: &Ctx) -> Result<usize, i32> {
        let fd = ctx.ring().fd().as_raw_fd() as usize;
        // SAFETY: `dyn_nr` is io_uring_enter's number: as in `enter6`.
        decode(unsafe { sc6(ctx.dyn_nr, fd, 0, 0, 0, 0, 0) })
    }

    #[inline(always)]
    pub fn uring_nop(ctx: &Ctx) -> Result<usize, i32> {
        let ring = ctx.ring();
        let fd = ring.fd().as_raw_fd() as usize;
        ring.nop_round_trip(|s, m, f| {
            // SAFETY: the only SQE queued is a NOP, which names no memory.
            let r = unsafe { sc6(IO_URING_ENTER, fd, s as usize, m as usize, f as usize, 0, 0) };
            decode(r)
        })
    }

    /// The raw clock_gettime syscall: the kernel entry every vDSO-less path ends in
    /// (shown as `syscall` in the tables, see [`label`]).
    #[inline(always)]
    pub fn clock(_: &Ctx) -> Result<usize, i32> {
        // `struct __kernel_timespec`: seconds, nanoseconds.
        let mut ts = [0i64; 2];
        // SAFETY: `ts` is a writable timespec; CLOCK_MONOTONIC (1) always exists.
        decode(unsafe { sc2(CLOCK_GETTIME, 1, ts.as_mut_ptr() as usize) })
            .map(|_| clock_check(ts[1]))
    }

    /// A read whose count is 0: what a correct hand-written call without a count passes.
    #[inline(always)]
    pub fn short(ctx: &Ctx) -> Result<usize, i32> {
        let mut buf = [0u8; 1];
        let fd = ctx.zero.as_raw_fd() as usize;
        // SAFETY: `buf` is writable; a count of 0 writes nothing.
        decode(unsafe { sc3(READ, fd, buf.as_mut_ptr() as usize, 0) })
    }

    loops!("floor"; getpid, write, read, enter6, ebadf, short, syscall6, uring_nop, clock);
}

/// zcall: its public wrappers and primitives, as a user calls them.
pub mod zc {
    use super::*;
    use zcall::Errno;

    #[inline(always)]
    pub fn getpid(_: &Ctx) -> u32 {
        zcall::getpid()
    }

    #[inline(always)]
    pub fn write(ctx: &Ctx) -> Result<usize, i32> {
        let buf = [b'x'; 1];
        zcall::write(ctx.null, &buf).map_err(Errno::raw)
    }

    #[inline(always)]
    pub fn read(ctx: &Ctx) -> Result<usize, i32> {
        let mut buf = [0u8; 1];
        zcall::read(ctx.zero, &mut buf).map_err(Errno::raw)
    }

    #[inline(always)]
    pub fn enter6(ctx: &Ctx) -> Result<usize, i32> {
        // SAFETY: nothing to submit, nothing to wait for, no argument pointer.
        unsafe { zcall::io_uring_enter(ctx.ring().fd(), 0, 0, 0, std::ptr::null(), 0) }
            .map(|n| n as usize)
            .map_err(Errno::raw)
    }

    #[inline(always)]
    pub fn ebadf(ctx: &Ctx) -> Result<usize, i32> {
        let buf = [b'x'; 1];
        zcall::write(ctx.closed, &buf).map_err(Errno::raw)
    }

    #[inline(always)]
    pub fn syscall6(ctx: &Ctx) -> Result<usize, i32> {
        let fd = ctx.ring().fd().as_raw_fd() as usize;
        // SAFETY: `dyn_nr` is io_uring_enter's number: as in `enter6`.
        unsafe { zcall::syscall6(ctx.dyn_nr, fd, 0, 0, 0, 0, 0) }.map_err(Errno::raw)
    }

    #[inline(always)]
    pub fn uring_nop(ctx: &Ctx) -> Result<usize, i32> {
        let ring = ctx.ring();
        ring.nop_round_trip(|s, m, f| {
            // SAFETY: the only SQE queued is a NOP, which names no memory.
            unsafe { zcall::io_uring_enter(ring.fd(), s, m, f, std::ptr::null(), 0) }
                .map(|n| n as usize)
                .map_err(Errno::raw)
        })
    }

    /// The vDSO clock (its syscall fallback where the process has no vDSO).
    #[inline(always)]
    pub fn clock(_: &Ctx) -> Result<usize, i32> {
        zcall::vdso::clock_gettime(zcall::consts::CLOCK_MONOTONIC)
            .map(|ts| clock_check(ts.tv_nsec))
            .map_err(Errno::raw)
    }

    /// read(2) declared without its count: `short` passes 0 in the count register.
    #[zcall::syscall(nr = zcall::nr::READ, short)]
    fn read_short(fd: std::os::fd::BorrowedFd<'_>, buf: &mut [u8; 1]) -> Result<usize, Errno>;

    #[inline(always)]
    pub fn short(ctx: &Ctx) -> Result<usize, i32> {
        let mut buf = [0u8; 1];
        read_short(ctx.zero, &mut buf).map_err(Errno::raw)
    }

    loops!("zcall"; getpid, write, read, enter6, ebadf, short, syscall6, uring_nop, clock);
}

/// glibc: its wrappers (`getpid`, `write`, `read`: calls into libc.so through the PLT,
/// cancellation points for read/write) and `syscall(2)` for what it does not wrap.
/// The error number is read from the thread-local `errno`, as C code does.
pub mod glibc {
    use super::*;

    #[inline(always)]
    fn result(r: isize) -> Result<usize, i32> {
        if r < 0 {
            // SAFETY: `__errno_location` returns this thread's errno.
            Err(unsafe { *libc::__errno_location() })
        } else {
            Ok(r as usize)
        }
    }

    #[inline(always)]
    pub fn getpid(_: &Ctx) -> u32 {
        // SAFETY: getpid has no preconditions.
        unsafe { libc::getpid() as u32 }
    }

    #[inline(always)]
    pub fn write(ctx: &Ctx) -> Result<usize, i32> {
        let buf = [b'x'; 1];
        // SAFETY: `buf` is readable for its length.
        result(unsafe { libc::write(ctx.null.as_raw_fd(), buf.as_ptr().cast(), buf.len()) })
    }

    #[inline(always)]
    pub fn read(ctx: &Ctx) -> Result<usize, i32> {
        let mut buf = [0u8; 1];
        // SAFETY: `buf` is writable for its length.
        result(unsafe { libc::read(ctx.zero.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) })
    }

    #[inline(always)]
    pub fn enter6(ctx: &Ctx) -> Result<usize, i32> {
        let fd = ctx.ring().fd().as_raw_fd();
        // SAFETY: nothing to submit, nothing to wait for, no argument pointer.
        result(unsafe {
            libc::syscall(
                libc::SYS_io_uring_enter,
                fd,
                0u32,
                0u32,
                0u32,
                std::ptr::null::<u8>(),
                0usize,
            )
        } as isize)
    }

    #[inline(always)]
    pub fn ebadf(ctx: &Ctx) -> Result<usize, i32> {
        let buf = [b'x'; 1];
        // SAFETY: `buf` is readable; the fd is closed, so the kernel answers EBADF.
        result(unsafe { libc::write(ctx.closed.as_raw_fd(), buf.as_ptr().cast(), 1) })
    }

    #[inline(always)]
    pub fn syscall6(ctx: &Ctx) -> Result<usize, i32> {
        let fd = ctx.ring().fd().as_raw_fd();
        // SAFETY: `dyn_nr` is io_uring_enter's number: as in `enter6`.
        result(unsafe {
            libc::syscall(
                ctx.dyn_nr as libc::c_long,
                fd,
                0u32,
                0u32,
                0u32,
                std::ptr::null::<u8>(),
                0usize,
            )
        } as isize)
    }

    #[inline(always)]
    pub fn uring_nop(ctx: &Ctx) -> Result<usize, i32> {
        let ring = ctx.ring();
        let fd = ring.fd().as_raw_fd();
        ring.nop_round_trip(|s, m, f| {
            // SAFETY: the only SQE queued is a NOP, which names no memory.
            result(unsafe {
                libc::syscall(
                    libc::SYS_io_uring_enter,
                    fd,
                    s,
                    m,
                    f,
                    std::ptr::null::<u8>(),
                    0usize,
                )
            } as isize)
        })
    }

    /// glibc's clock_gettime: the vDSO through its own cached pointer (the syscall where
    /// the process has no vDSO).
    #[inline(always)]
    pub fn clock(_: &Ctx) -> Result<usize, i32> {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a writable timespec.
        result(unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) } as isize)
            .map(|_| clock_check(ts.tv_nsec))
    }

    #[inline(always)]
    pub fn short(ctx: &Ctx) -> Result<usize, i32> {
        let mut buf = [0u8; 1];
        // SAFETY: `buf` is writable; a count of 0 writes nothing.
        result(unsafe { libc::read(ctx.zero.as_raw_fd(), buf.as_mut_ptr().cast(), 0) })
    }

    loops!("libc"; getpid, write, read, enter6, ebadf, short, syscall6, uring_nop, clock);
}

/// rustix with its linux_raw backend (inline `asm!`, no libc; its own vDSO lookup for
/// the clock). It has no raw dynamic-number call, so `syscall6` is absent.
pub mod rx {
    use super::*;
    use rustix::io_uring::{io_uring_enter, IoringEnterFlags};

    #[inline(always)]
    pub fn getpid(_: &Ctx) -> u32 {
        rustix::process::getpid().as_raw_nonzero().get() as u32
    }

    #[inline(always)]
    pub fn write(ctx: &Ctx) -> Result<usize, i32> {
        let buf = [b'x'; 1];
        rustix::io::write(ctx.null, &buf).map_err(|e| e.raw_os_error())
    }

    #[inline(always)]
    pub fn read(ctx: &Ctx) -> Result<usize, i32> {
        let mut buf = [0u8; 1];
        rustix::io::read(ctx.zero, &mut buf).map_err(|e| e.raw_os_error())
    }

    #[inline(always)]
    pub fn enter6(ctx: &Ctx) -> Result<usize, i32> {
        // SAFETY: nothing to submit, nothing to wait for (rustix passes NULL, 0).
        unsafe { io_uring_enter(ctx.ring().fd(), 0, 0, IoringEnterFlags::empty()) }
            .map(|n| n as usize)
            .map_err(|e| e.raw_os_error())
    }

    #[inline(always)]
    pub fn ebadf(ctx: &Ctx) -> Result<usize, i32> {
        let buf = [b'x'; 1];
        rustix::io::write(ctx.closed, &buf).map_err(|e| e.raw_os_error())
    }

    #[inline(always)]
    pub fn uring_nop(ctx: &Ctx) -> Result<usize, i32> {
        let ring = ctx.ring();
        ring.nop_round_trip(|s, m, f| {
            // SAFETY: the only SQE queued is a NOP, which names no memory.
            unsafe { io_uring_enter(ring.fd(), s, m, IoringEnterFlags::from_bits_retain(f)) }
                .map(|n| n as usize)
                .map_err(|e| e.raw_os_error())
        })
    }

    /// rustix's vDSO clock (it asserts success: `ClockId`'s clocks cannot fail).
    #[inline(always)]
    pub fn clock(_: &Ctx) -> Result<usize, i32> {
        let ts = rustix::time::clock_gettime(rustix::time::ClockId::Monotonic);
        Ok(clock_check(ts.tv_nsec))
    }

    loops!("rustix"; getpid, write, read, enter6, ebadf, uring_nop, clock);
}

/// The `syscalls` crate: `syscall!` (decoded `Result`), `raw_syscall!` for getpid (its
/// documented idiom for calls that cannot fail), `syscall6` with a run-time `Sysno`. It has
/// no vDSO, so no `clock` (its clock_gettime would be the floor's raw syscall).
pub mod sc {
    use super::*;
    use syscalls::{raw_syscall, syscall, Sysno};

    #[inline(always)]
    pub fn getpid(_: &Ctx) -> u32 {
        // SAFETY: getpid has no preconditions.
        unsafe { raw_syscall!(Sysno::getpid) as u32 }
    }

    #[inline(always)]
    pub fn write(ctx: &Ctx) -> Result<usize, i32> {
        let buf = [b'x'; 1];
        let fd = ctx.null.as_raw_fd();
        // SAFETY: `buf` is readable for its length.
        unsafe { syscall!(Sysno::write, fd, buf.as_ptr(), buf.len()) }.map_err(|e| e.into_raw())
    }

    #[inline(always)]
    pub fn read(ctx: &Ctx) -> Result<usize, i32> {
        let mut buf = [0u8; 1];
        let fd = ctx.zero.as_raw_fd();
        // SAFETY: `buf` is writable for its length.
        unsafe { syscall!(Sysno::read, fd, buf.as_mut_ptr(), buf.len()) }.map_err(|e| e.into_raw())
    }

    #[inline(always)]
    pub fn enter6(ctx: &Ctx) -> Result<usize, i32> {
        let fd = ctx.ring().fd().as_raw_fd();
        // SAFETY: nothing to submit, nothing to wait for, no argument pointer.
        unsafe { syscall!(Sysno::io_uring_enter, fd, 0, 0, 0, 0, 0) }.map_err(|e| e.into_raw())
    }

    #[inline(always)]
    pub fn ebadf(ctx: &Ctx) -> Result<usize, i32> {
        let buf = [b'x'; 1];
        // SAFETY: `buf` is readable; the fd is closed, so the kernel answers EBADF.
        unsafe { syscall!(Sysno::write, ctx.closed.as_raw_fd(), buf.as_ptr(), 1) }
            .map_err(|e| e.into_raw())
    }

    #[inline(always)]
    pub fn syscall6(ctx: &Ctx) -> Result<usize, i32> {
        let fd = ctx.ring().fd().as_raw_fd() as usize;
        // SAFETY: `dyn_sysno` is io_uring_enter: as in `enter6`.
        unsafe { syscalls::syscall6(ctx.dyn_sysno, fd, 0, 0, 0, 0, 0) }.map_err(|e| e.into_raw())
    }

    #[inline(always)]
    pub fn uring_nop(ctx: &Ctx) -> Result<usize, i32> {
        let ring = ctx.ring();
        let fd = ring.fd().as_raw_fd();
        ring.nop_round_trip(|s, m, f| {
            // SAFETY: the only SQE queued is a NOP, which names no memory.
            unsafe { syscall!(Sysno::io_uring_enter, fd, s, m, f, 0, 0) }.map_err(|e| e.into_raw())
        })
    }

    loops!("syscalls"; getpid, write, read, enter6, ebadf, syscall6, uring_nop);
}
