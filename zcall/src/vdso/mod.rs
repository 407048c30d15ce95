//! Clocks through the kernel's vDSO, found without libc.
//!
//! The kernel maps a small shared object, the vDSO, into every process and puts its address
//! in the auxiliary vector (`AT_SYSINFO_EHDR`). Its `clock_gettime`, `gettimeofday` … read
//! the time from a page the kernel keeps current, without entering the kernel. This module
//! finds those functions itself — it reads the auxiliary vector (from the initial stack
//! through [`init_from_auxv`], or lazily from `/proc/self/auxv` with zcall's own syscalls),
//! walks the image's dynamic symbol table checking each symbol's name **and** version (the
//! bounds-checked parser is [`elf`]), and caches the entry points in atomics: no libc, no
//! allocation, no lock. Two threads racing through the first call may both resolve; a
//! cached entry only ever goes from unresolved to its value, or from "syscall" to the
//! vDSO's address, never back, so a resolution that found nothing (or failed) cannot undo
//! one that found the vDSO, whichever finishes last.
//!
//! ```
//! use zcall::consts::CLOCK_MONOTONIC;
//!
//! let a = zcall::vdso::clock_gettime(CLOCK_MONOTONIC)?;
//! let b = zcall::vdso::clock_gettime(CLOCK_MONOTONIC)?;
//! assert!((b.tv_sec, b.tv_nsec) >= (a.tv_sec, a.tv_nsec));
//! // "vdso", or "syscall" where there is no vDSO (qemu-user, some sandboxes).
//! println!("clock_gettime through {}", zcall::vdso::clock_gettime_source());
//! # Ok::<(), zcall::Errno>(())
//! ```
//!
//! # Symbols
//! Name and version per architecture, from the kernel's vDSO linker scripts
//! (`arch/x86/entry/vdso/vdso.lds.S`, `arch/arm64/kernel/vdso/vdso.lds.S`,
//! `arch/riscv/kernel/vdso/vdso.lds.S`, `arch/loongarch/vdso/vdso.lds.S`; mips64 n64:
//! `arch/mips/vdso/vdso.lds.S`, version `LINUX_2.6`, the three `__vdso_*` time functions
//! of the x86_64 column, no getcpu and no time):
//!
//! | | x86_64 | aarch64 | riscv64 | loongarch64 |
//! |---|---|---|---|---|
//! | version | `LINUX_2.6` | `LINUX_2.6.39` | `LINUX_4.15` | `LINUX_5.10` |
//! | clock_gettime | `__vdso_clock_gettime` | `__kernel_clock_gettime` | `__vdso_clock_gettime` | `__vdso_clock_gettime` |
//! | clock_getres | `__vdso_clock_getres` | `__kernel_clock_getres` | `__vdso_clock_getres` | `__vdso_clock_getres` |
//! | gettimeofday | `__vdso_gettimeofday` | `__kernel_gettimeofday` | `__vdso_gettimeofday` | `__vdso_gettimeofday` |
//! | getcpu | `__vdso_getcpu` | — | `__vdso_getcpu` | `__vdso_getcpu` |
//! | time | `__vdso_time` | — | — | — |
//!
//! # Fallback
//! Every function falls back to the real syscall when the vDSO is absent (qemu-user 7.2
//! gives its guests none), unreadable, malformed, or lacks the symbol: the answer is then
//! the kernel's, only slower — never a crash, never a wrong time. Where there is no `time`
//! syscall (every architecture but x86_64), [`time`] is `clock_gettime(CLOCK_REALTIME)`'s
//! seconds. [`source`] tells which path a function takes. The vDSO functions themselves
//! enter the kernel for clocks they cannot serve (the CPU-time clocks, invalid ids), and
//! return its result.
//!
//! # Discovery
//! The first call of any function here resolves the vDSO for the process: it **opens
//! `/proc/self/auxv`** and reads `AT_SYSINFO_EHDR` from it (openat/fstatfs/pread64/close,
//! see [`auxv::read_self_procfs`]), only if fstatfs(2) says the file is procfs's — any
//! other file there (a chroot's, a bind mount's, valgrind's copy) is not trusted, and the
//! syscalls are used. So a program that installs a seccomp filter (or drops access to
//! `/proc`) should make its first call here before, or hand its auxiliary vector to
//! [`init_from_auxv`], which needs no `/proc`; a program with its own entry point should
//! do the latter before anything else.
//!
//! When the file cannot be read for a reason that may pass — `/proc` not mounted yet, no
//! file descriptor or memory to spare (`EMFILE`, `ENFILE`, `ENOMEM` …) — the call uses its
//! syscall and the next call tries again (so, until `/proc` is mounted, each call makes one
//! or two failing syscalls before its own). Any other outcome is final: no
//! `AT_SYSINFO_EHDR`, a file that is not procfs's, another error, or an image that is
//! rejected leave every function on its syscall, until [`init_from_auxv`] finds a vDSO.
//! Nothing here takes a lock or allocates, so every function may be called from a signal
//! handler, even one that interrupted the first resolution.
//!
//! The cached addresses stay valid for the life of the process, as long as the vDSO mapping
//! is not moved or unmapped (which only `unsafe` code can do: `munmap`, `mremap`,
//! `arch_prctl(ARCH_MAP_VDSO_*)`).

pub mod auxv;
pub mod elf;

use core::mem::MaybeUninit;
use core::sync::atomic::{AtomicU8, AtomicUsize, Ordering};

use crate::types::{Timespec, Timeval};
use crate::{nr, syscall, Errno};

/// The functions this module takes from the vDSO.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Function {
    /// `clock_gettime`.
    ClockGettime,
    /// `clock_getres`.
    ClockGetres,
    /// `gettimeofday`.
    Gettimeofday,
    /// `getcpu`.
    Getcpu,
    /// `time`.
    Time,
}

const COUNT: usize = 5;

impl Function {
    /// Every function, in declaration order.
    pub const ALL: [Function; COUNT] = [
        Function::ClockGettime,
        Function::ClockGetres,
        Function::Gettimeofday,
        Function::Getcpu,
        Function::Time,
    ];

    /// The vDSO symbol name and version of this function on the target being compiled
    /// for, or `None` where the target's vDSO does not export it.
    pub const fn symbol(self) -> Option<(&'static str, &'static str)> {
        // Versions and names: the kernels' vDSO linker scripts (x86_64 `vdso.lds.S`, arm64
        // `vdso.lds.S`, riscv `vdso.lds.S`, loongarch `vdso.lds.S`; Linux 6.1.192
        // `arch/x86/entry/vdso/vdso32/vdso32.lds.S`, `arch/arm/vdso/vdso.lds.S` and
        // `arch/powerpc/kernel/vdso/vdso32.lds.S` and `vdso64.lds.S` with
        // `VDSO_VERSION_STRING` LINUX_2.6.15 from `arch/powerpc/include/asm/vdso.h`;
        // `arch/s390/kernel/vdso64/vdso64.lds.S` with `VDSO_VERSION_STRING` LINUX_2.6.29
        // from `arch/s390/include/asm/vdso.h`; mips64: Linux 6.1.192
        // `arch/mips/vdso/vdso.lds.S`, `LINUX_2.6` with `__vdso_clock_gettime`,
        // `__vdso_gettimeofday` and `__vdso_clock_getres` — `__vdso_clock_gettime64` only
        // where `_MIPS_SIM != _MIPS_SIM_ABI64`, no getcpu, no time).
        #[cfg(target_arch = "x86_64")]
        const V: &str = "LINUX_2.6";
        #[cfg(target_arch = "aarch64")]
        const V: &str = "LINUX_2.6.39";
        #[cfg(target_arch = "riscv64")]
        const V: &str = "LINUX_4.15";
        #[cfg(target_arch = "loongarch64")]
        const V: &str = "LINUX_5.10";
        #[cfg(any(target_arch = "x86", target_arch = "arm"))]
        const V: &str = "LINUX_2.6";
        #[cfg(any(target_arch = "powerpc", target_arch = "powerpc64"))]
        const V: &str = "LINUX_2.6.15";
        #[cfg(target_arch = "s390x")]
        const V: &str = "LINUX_2.6.29";
        #[cfg(target_arch = "mips64")]
        const V: &str = "LINUX_2.6";

        #[cfg(target_arch = "aarch64")]
        let name = match self {
            Function::ClockGettime => Some("__kernel_clock_gettime"),
            Function::ClockGetres => Some("__kernel_clock_getres"),
            Function::Gettimeofday => Some("__kernel_gettimeofday"),
            Function::Getcpu | Function::Time => None,
        };
        // s390x: `__kernel_*` names, and getcpu too (`vdso64.lds.S`; C functions behind
        // `vdso_user_wrapper.S`, which only sets up a stack frame).
        #[cfg(target_arch = "s390x")]
        let name = match self {
            Function::ClockGettime => Some("__kernel_clock_gettime"),
            Function::ClockGetres => Some("__kernel_clock_getres"),
            Function::Gettimeofday => Some("__kernel_gettimeofday"),
            Function::Getcpu => Some("__kernel_getcpu"),
            Function::Time => None,
        };
        #[cfg(target_arch = "mips64")]
        let name = match self {
            Function::ClockGettime => Some("__vdso_clock_gettime"),
            Function::ClockGetres => Some("__vdso_clock_getres"),
            Function::Gettimeofday => Some("__vdso_gettimeofday"),
            Function::Getcpu | Function::Time => None,
        };
        #[cfg(target_pointer_width = "64")]
        #[cfg(not(any(
            target_arch = "aarch64",
            target_arch = "powerpc64",
            target_arch = "s390x",
            target_arch = "mips64"
        )))]
        let name = match self {
            Function::ClockGettime => Some("__vdso_clock_gettime"),
            Function::ClockGetres => Some("__vdso_clock_getres"),
            Function::Gettimeofday => Some("__vdso_gettimeofday"),
            Function::Getcpu => Some("__vdso_getcpu"),
            Function::Time if cfg!(target_arch = "x86_64") => Some("__vdso_time"),
            Function::Time => None,
        };
        // 32-bit: only clock_gettime has a 64-bit-time vDSO function (`*_clock_gettime64`);
        // the others there take the old 32-bit `time_t`/`long` structs, so they are not
        // used (clock_getres goes to `clock_getres_time64`, gettimeofday and time are
        // computed from clock_gettime, getcpu is its syscall).
        #[cfg(any(target_arch = "x86", target_arch = "arm"))]
        let name = match self {
            Function::ClockGettime => Some("__vdso_clock_gettime64"),
            _ => None,
        };
        #[cfg(target_arch = "powerpc")]
        let name = match self {
            Function::ClockGettime => Some("__kernel_clock_gettime64"),
            _ => None,
        };
        // powerpc64 (`vdso64.lds.S`): `__kernel_*`, 64-bit time. Only where function pointers
        // are code addresses (ELFv2, every little-endian powerpc64 target): on big-endian
        // ELFv1 an indirect call goes through a function descriptor, which the vDSO's symbols
        // are not, so there every function is its syscall. `__kernel_time` is not used (time
        // comes from clock_gettime, as on every arch but x86_64).
        #[cfg(target_arch = "powerpc64")]
        let name = match self {
            _ if cfg!(target_endian = "big") => None,
            Function::ClockGettime => Some("__kernel_clock_gettime"),
            Function::ClockGetres => Some("__kernel_clock_getres"),
            Function::Gettimeofday => Some("__kernel_gettimeofday"),
            Function::Getcpu => Some("__kernel_getcpu"),
            Function::Time => None,
        };
        match name {
            Some(n) => Some((n, V)),
            None => None,
        }
    }

    /// The function's name, `"clock_gettime"` ….
    pub const fn name(self) -> &'static str {
        match self {
            Function::ClockGettime => "clock_gettime",
            Function::ClockGetres => "clock_getres",
            Function::Gettimeofday => "gettimeofday",
            Function::Getcpu => "getcpu",
            Function::Time => "time",
        }
    }

    const fn index(self) -> usize {
        self as usize
    }
}

/// A set of resolved vDSO entry points: each is either an address inside the process's
/// vDSO or absent (then the syscall is used).
///
/// The process-wide set behind the free functions is [`Vdso::current`];
/// [`Vdso::syscalls_only`] is the set with nothing resolved, which runs the fallback path
/// — the same code the free functions run where there is no vDSO.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Vdso {
    // Invariant: each entry is 0 or the address of the vDSO function of `Function::ALL[i]`
    // of this process's mapped vDSO (so it has that function's C signature).
    entries: [usize; COUNT],
}

impl Vdso {
    /// No vDSO: every function makes its syscall.
    pub const fn syscalls_only() -> Vdso {
        Vdso {
            entries: [0; COUNT],
        }
    }

    /// The process's entry points, resolving them first if no call has yet (an entry
    /// still unresolved, after a failure that may pass, is the syscall).
    pub fn current() -> Vdso {
        ensure_ready();
        let mut entries = [0; COUNT];
        for (e, slot) in entries.iter_mut().zip(ENTRIES.iter()) {
            *e = resolved_or_syscall(slot.load(Ordering::Relaxed));
        }
        Vdso { entries }
    }

    /// Resolves the functions in `image`.
    ///
    /// Fails only when the image itself is rejected; missing symbols are left to the
    /// syscall.
    ///
    /// # Safety
    ///
    /// `image` must be this process's vDSO as the kernel mapped it (the bytes at
    /// `AT_SYSINFO_EHDR`), staying mapped and unmoved for as long as the returned value or
    /// a copy of it is used: its functions are called at the addresses found in it. A copy
    /// of the image elsewhere in memory, or any other bytes, must only be given to
    /// [`elf::Image::parse`], never here.
    pub unsafe fn from_image(image: &'static [u8]) -> Result<Vdso, elf::ElfError> {
        let parsed = elf::Image::parse(image)?;
        let base = image.as_ptr().expose_provenance();
        let mut entries = [0; COUNT];
        for f in Function::ALL {
            if let Some((name, version)) = f.symbol() {
                if let Some(off) = parsed.lookup(name, version) {
                    entries[f.index()] = base + off;
                }
            }
        }
        Ok(Vdso { entries })
    }

    /// `"vdso"` when `f` is called through the vDSO, `"syscall"` when through its syscall.
    pub const fn source(&self, f: Function) -> &'static str {
        if self.entries[f.index()] != 0 {
            "vdso"
        } else {
            "syscall"
        }
    }

    /// clock_gettime(2) through this set's entry point: the time of clock `clockid`.
    #[inline]
    pub fn clock_gettime(&self, clockid: i32) -> Result<Timespec, Errno> {
        // SAFETY: the entry is 0 or this process's vDSO clock_gettime (type invariant).
        unsafe { call_clock_gettime(self.entries[Function::ClockGettime.index()], clockid) }
    }

    /// clock_getres(2) through this set's entry point: the resolution of clock `clockid`.
    #[inline]
    pub fn clock_getres(&self, clockid: i32) -> Result<Timespec, Errno> {
        // SAFETY: the entry is 0 or this process's vDSO clock_getres (type invariant).
        unsafe { call_clock_getres(self.entries[Function::ClockGetres.index()], clockid) }
    }

    /// gettimeofday(2) through this set's entry point (no time zone). On 32-bit targets,
    /// whose gettimeofday has a 32-bit `time_t`, [`Vdso::clock_gettime`]`(CLOCK_REALTIME)`
    /// in microseconds.
    #[inline]
    pub fn gettimeofday(&self) -> Result<Timeval, Errno> {
        #[cfg(target_pointer_width = "64")]
        // SAFETY: the entry is 0 or this process's vDSO gettimeofday (type invariant).
        return unsafe { call_gettimeofday(self.entries[Function::Gettimeofday.index()]) };
        #[cfg(not(target_pointer_width = "64"))]
        self.clock_gettime(crate::consts::CLOCK_REALTIME)
            .map(Timeval::from_timespec)
    }

    /// getcpu(2) through this set's entry point: `(cpu, numa_node)` of the calling thread.
    #[inline]
    pub fn getcpu(&self) -> Result<(u32, u32), Errno> {
        // SAFETY: the entry is 0 or this process's vDSO getcpu (type invariant).
        unsafe { call_getcpu(self.entries[Function::Getcpu.index()]) }
    }

    /// time(2) through this set's entry point: seconds since the Epoch (elsewhere than
    /// x86_64, the seconds of [`Vdso::clock_gettime`]`(CLOCK_REALTIME)`).
    #[inline]
    pub fn time(&self) -> Result<i64, Errno> {
        #[cfg(target_arch = "x86_64")]
        // SAFETY: the entry is 0 or this process's vDSO time (type invariant).
        return unsafe { call_time(self.entries[Function::Time.index()]) };
        #[cfg(not(target_arch = "x86_64"))]
        self.clock_gettime(crate::consts::CLOCK_REALTIME)
            .map(|ts| ts.tv_sec)
    }
}

// --- the process-wide cache -------------------------------------------------------------

const UNINIT: u8 = 0;
const READY: u8 = 1;

/// `READY` once a final resolution has published `ENTRIES`, `BASE` and `LEN` (Release);
/// readers of all entries at once ([`Vdso::current`]) load it with Acquire first. A
/// resolution that failed for a reason that may pass leaves it `UNINIT`.
static STATE: AtomicU8 = AtomicU8::new(UNINIT);
/// An entry not resolved yet. Never a resolved value: those are 0 or an address inside the
/// vDSO, which the kernel maps page-aligned above `mmap_min_addr`.
const UNRESOLVED: usize = 1;
/// Invariant: each entry is `UNRESOLVED` or a value as for `Vdso::entries`, and changes
/// only from `UNRESOLVED` to a value or from 0 to an address (`publish`). A call reads
/// only its own entry (one Relaxed load): the value alone is all it needs, as the vDSO's
/// code is mapped before the process starts.
static ENTRIES: [AtomicUsize; COUNT] = [
    AtomicUsize::new(UNRESOLVED),
    AtomicUsize::new(UNRESOLVED),
    AtomicUsize::new(UNRESOLVED),
    AtomicUsize::new(UNRESOLVED),
    AtomicUsize::new(UNRESOLVED),
];
/// The vDSO image, from `live_image`: base address and length in bytes, each 0 until an
/// image is accepted and then that image's, never changed again (`publish`). `LEN` is
/// stored first, `BASE` with Release, so a reader that loads a non-zero `BASE` with Acquire
/// finds `LEN` set.
static BASE: AtomicUsize = AtomicUsize::new(0);
static LEN: AtomicUsize = AtomicUsize::new(0);

/// Upper bound on an image's length from its headers (real ones are 8–32 KiB).
const MAX_IMAGE: usize = 1 << 20;

/// An entry as a call uses it: still `UNRESOLVED` means the syscall for now.
#[inline(always)]
fn resolved_or_syscall(e: usize) -> usize {
    if e == UNRESOLVED {
        0
    } else {
        e
    }
}

/// The kernel's vDSO mapping at `base` as a slice, its length taken from its headers.
///
/// # Safety
///
/// `base` must be `AT_SYSINFO_EHDR` of this process (or 0).
unsafe fn live_image(base: usize) -> Option<&'static [u8]> {
    if base == 0 || base % elf::MIN_PAGE != 0 {
        return None;
    }
    // The address comes from the kernel, not from a Rust allocation.
    let ptr = core::ptr::with_exposed_provenance::<u8>(base);
    // SAFETY: the kernel maps the vDSO page-aligned at AT_SYSINFO_EHDR, readable, for the
    // life of the process, so at least its first page (4 KiB or more on every target) is
    // readable and never written.
    let head = unsafe { core::slice::from_raw_parts(ptr, elf::MIN_PAGE) };
    let len = elf::image_len(head).ok()?;
    if len > MAX_IMAGE {
        return None;
    }
    // SAFETY: the kernel maps the vDSO's whole file image (every PT_LOAD's file contents,
    // which is what `image_len` measured) contiguously from `base`, read-only, for the
    // life of the process.
    Some(unsafe { core::slice::from_raw_parts(ptr, len) })
}

/// Publishes a resolution: `vdso`'s entries, and the accepted image (`None` for none).
///
/// Only ever adds: an `UNRESOLVED` entry takes its value, an entry 0 (syscall) takes an
/// address, any other entry is left as it is; `BASE`/`LEN` are only set from 0. Every
/// non-zero value published is the same for the process (there is one vDSO), so racing
/// resolutions agree on every value they set, and one that found nothing cannot undo one
/// that found the vDSO, nor leave `BASE` and `LEN` of different outcomes.
fn publish(vdso: &Vdso, image: Option<&'static [u8]>) {
    for (slot, e) in ENTRIES.iter().zip(vdso.entries) {
        let _ = slot.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |cur| {
            (cur == UNRESOLVED || (cur == 0 && e != 0)).then_some(e)
        });
    }
    if let Some(img) = image {
        let _ = LEN.compare_exchange(0, img.len(), Ordering::Relaxed, Ordering::Relaxed);
        let base = img.as_ptr().expose_provenance();
        let _ = BASE.compare_exchange(0, base, Ordering::Release, Ordering::Relaxed);
    }
    STATE.store(READY, Ordering::Release);
}

/// Resolves the vDSO at `base` (`AT_SYSINFO_EHDR`, 0 for none) and publishes the result;
/// whether an image was found and accepted.
///
/// # Safety
///
/// As for [`live_image`].
unsafe fn resolve_and_publish(base: usize) -> bool {
    // SAFETY: forwarded.
    let image = unsafe { live_image(base) };
    // SAFETY: `image` is the kernel's mapping, alive for the process.
    let resolved = image.and_then(|img| Some((img, unsafe { Vdso::from_image(img) }.ok()?)));
    match resolved {
        Some((img, vdso)) => {
            publish(&vdso, Some(img));
            true
        }
        None => {
            publish(&Vdso::syscalls_only(), None);
            false
        }
    }
}

#[cold]
#[inline(never)]
fn init_lazy() {
    match auxv::read_self_procfs(auxv::AT_SYSINFO_EHDR) {
        Ok(base) => {
            // SAFETY: `base` is AT_SYSINFO_EHDR of this process as the kernel reports it
            // in /proc/self/auxv (the file was checked to be procfs's), or 0.
            unsafe { resolve_and_publish(base.unwrap_or(0)) };
        }
        // Left unresolved: the next call tries again.
        Err(e) if e.is_transient() => {}
        Err(_) => publish(&Vdso::syscalls_only(), None),
    }
}

#[inline(always)]
fn ensure_ready() {
    if STATE.load(Ordering::Acquire) != READY {
        init_lazy();
    }
}

/// `f`'s entry point: 0 (make the syscall) or its address in the vDSO.
#[inline(always)]
fn entry(f: Function) -> usize {
    let e = ENTRIES[f.index()].load(Ordering::Relaxed);
    if e == UNRESOLVED {
        return entry_after_init(f);
    }
    e
}

#[cold]
#[inline(never)]
fn entry_after_init(f: Function) -> usize {
    init_lazy();
    // Still UNRESOLVED after a failure that may pass: this call makes the syscall.
    resolved_or_syscall(ENTRIES[f.index()].load(Ordering::Relaxed))
}

/// Resolves the vDSO from the auxiliary vector `auxv` (`(type, value)` word pairs up to
/// `AT_NULL`, as above `envp` on the initial stack) and caches it for the process. Returns
/// whether this vector's vDSO image was found and accepted; without one, every function
/// not already resolved to the vDSO uses its syscall.
///
/// The cache is only ever added to: entries not resolved yet are set, entries on the
/// syscall get the vDSO's address, and a vector without a vDSO leaves a vDSO found before
/// in place (then [`image`] stays `Some` though this returns `false`).
///
/// No `/proc` access: this is how a program with its own `_start` (no libc) sets the module
/// up, and how a program that will lose access to `/proc` (a seccomp filter, a chroot)
/// sets it up first. Calling it is optional; without it the first call reads
/// `/proc/self/auxv`.
///
/// # Safety
///
/// `auxv` must be this process's auxiliary vector (or a prefix of it, or contain no
/// `AT_SYSINFO_EHDR`): its `AT_SYSINFO_EHDR` value is dereferenced, and code found through
/// it is run.
pub unsafe fn init_from_auxv(auxv: &[usize]) -> bool {
    let base = auxv::find(auxv, auxv::AT_SYSINFO_EHDR).unwrap_or(0);
    // SAFETY: the caller promises `base` is this process's AT_SYSINFO_EHDR (or absent).
    unsafe { resolve_and_publish(base) }
}

/// The process's vDSO image (its ELF file bytes, as mapped), if one was found and accepted.
pub fn image() -> Option<&'static [u8]> {
    ensure_ready();
    let base = BASE.load(Ordering::Acquire);
    let len = LEN.load(Ordering::Relaxed);
    if base == 0 || len == 0 {
        return None;
    }
    // SAFETY: BASE and LEN are 0 or the base and length `live_image` gave for this
    // process's single vDSO mapping (set once, never changed: `publish`; LEN is visible
    // once BASE is), which stays mapped read-only for the life of the process.
    Some(unsafe { core::slice::from_raw_parts(core::ptr::with_exposed_provenance(base), len) })
}

/// `"vdso"` or `"syscall"`: the path `f` takes in this process.
pub fn source(f: Function) -> &'static str {
    Vdso::current().source(f)
}

/// `"vdso"` or `"syscall"`: the path [`clock_gettime`] takes in this process.
pub fn clock_gettime_source() -> &'static str {
    source(Function::ClockGettime)
}

/// clock_gettime(2) through the vDSO: the current time of clock `clockid`
/// (`CLOCK_REALTIME`, `CLOCK_MONOTONIC` …). An unknown clock is `Err(Errno::EINVAL)`.
#[inline]
pub fn clock_gettime(clockid: i32) -> Result<Timespec, Errno> {
    // SAFETY: the cached entry is 0 or this process's vDSO clock_gettime.
    unsafe { call_clock_gettime(entry(Function::ClockGettime), clockid) }
}

/// clock_getres(2) through the vDSO: the resolution of clock `clockid`.
/// An unknown clock is `Err(Errno::EINVAL)`.
#[inline]
pub fn clock_getres(clockid: i32) -> Result<Timespec, Errno> {
    // SAFETY: the cached entry is 0 or this process's vDSO clock_getres.
    unsafe { call_clock_getres(entry(Function::ClockGetres), clockid) }
}

/// gettimeofday(2) through the vDSO: the wall-clock time in microseconds (the obsolete
/// time-zone argument is passed as null).
#[inline]
pub fn gettimeofday() -> Result<Timeval, Errno> {
    #[cfg(target_pointer_width = "64")]
    // SAFETY: the cached entry is 0 or this process's vDSO gettimeofday.
    return unsafe { call_gettimeofday(entry(Function::Gettimeofday)) };
    // 32-bit: the kernel's gettimeofday has a 32-bit `time_t`.
    #[cfg(not(target_pointer_width = "64"))]
    clock_gettime(crate::consts::CLOCK_REALTIME).map(Timeval::from_timespec)
}

/// getcpu(2) through the vDSO where it has it (x86_64, riscv64, loongarch64):
/// `(cpu, numa_node)` the calling thread was running on.
#[inline]
pub fn getcpu() -> Result<(u32, u32), Errno> {
    // SAFETY: the cached entry is 0 or this process's vDSO getcpu.
    unsafe { call_getcpu(entry(Function::Getcpu)) }
}

/// time(2) through the vDSO on x86_64: seconds since the Epoch. Elsewhere (no `time`
/// syscall) the seconds of [`clock_gettime`]`(CLOCK_REALTIME)`.
#[inline]
pub fn time() -> Result<i64, Errno> {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: the cached entry is 0 or this process's vDSO time.
    return unsafe { call_time(entry(Function::Time)) };
    #[cfg(not(target_arch = "x86_64"))]
    clock_gettime(crate::consts::CLOCK_REALTIME).map(|ts| ts.tv_sec)
}

// --- calls: vDSO entry point or syscall ---------------------------------------------------

type ClockFn = unsafe extern "C" fn(clockid: i32, ts: *mut Timespec) -> i32;
#[cfg(target_pointer_width = "64")]
type GettimeofdayFn = unsafe extern "C" fn(tv: *mut Timeval, tz: *mut Timezone) -> i32;
type GetcpuFn = unsafe extern "C" fn(cpu: *mut u32, node: *mut u32, cache: *mut u8) -> i32;
#[cfg(target_arch = "x86_64")]
type TimeFn = unsafe extern "C" fn(t: *mut i64) -> i64;

// The fallbacks return the kernel's undecoded word: these four calls return 0 or `-errno`,
// like their vDSO functions, and both are decoded with the same `ret < 0` test (time(2),
// which returns a value, is decoded by its declaration; on 32-bit PowerPC both return 0 or
// the positive errno, on mips64 the syscall does, see `decode_vdso`). Each path decodes on its own:
// merged into one test after the branch, the vDSO path measured 1.4 ns a call slower
// (bench/RESULTS.md, *vDSO clock*).

#[cfg(target_pointer_width = "64")]
#[syscall(crate = crate, nr = nr::CLOCK_GETTIME)]
unsafe fn sys_clock_gettime(clockid: i32, tp: *mut Timespec) -> usize;

#[cfg(target_pointer_width = "64")]
#[syscall(crate = crate, nr = nr::CLOCK_GETRES)]
unsafe fn sys_clock_getres(clockid: i32, res: *mut Timespec) -> usize;

// 32-bit targets: the `*_time64` calls (Linux 5.1), whose `struct __kernel_timespec` has a
// 64-bit `tv_sec` like `Timespec`; `clock_gettime`/`clock_getres` there take the old
// 32-bit `struct old_timespec32`.
#[cfg(not(target_pointer_width = "64"))]
#[syscall(crate = crate, nr = nr::CLOCK_GETTIME64)]
unsafe fn sys_clock_gettime(clockid: i32, tp: *mut Timespec) -> usize;

#[cfg(not(target_pointer_width = "64"))]
#[syscall(crate = crate, nr = nr::CLOCK_GETRES_TIME64)]
unsafe fn sys_clock_getres(clockid: i32, res: *mut Timespec) -> usize;

#[cfg(target_pointer_width = "64")]
#[syscall(crate = crate, nr = nr::GETTIMEOFDAY)]
unsafe fn sys_gettimeofday(tv: *mut Timeval, tz: *mut Timezone) -> usize;

#[syscall(crate = crate, nr = nr::GETCPU)]
unsafe fn sys_getcpu(cpu: *mut u32, node: *mut u32, cache: *mut GetcpuCache) -> usize;

#[cfg(target_arch = "x86_64")]
#[syscall(crate = crate, nr = nr::TIME)]
fn sys_time(tloc: Option<&mut i64>) -> Result<i64, Errno>;

/// The code at `addr`, an entry point: a pointer with the provenance `from_image` exposed.
#[inline(always)]
fn code(addr: usize) -> *const () {
    core::ptr::with_exposed_provenance(addr)
}

/// The result of a call that returns 0 or `-errno` (a vDSO function's `int`, sign-extended,
/// or the syscall's word): `Ok` when it is not negative.
#[inline(always)]
fn decode(ret: isize) -> Result<(), Errno> {
    if ret < 0 {
        Err(Errno::from_raw(ret.wrapping_neg() as i32))
    } else {
        Ok(())
    }
}

/// The result of a vDSO function or of its fallback syscall's undecoded word: as
/// [`decode`], except on PowerPC (32- and 64-bit), whose vDSO functions return like its syscalls,
/// `cr0.SO` set and the *positive* errno in r3 (`arch/powerpc/kernel/vdso/gettimeofday.S`,
/// `cvdso_call`: `crset so; neg r3, r3`), which a C call cannot see, and whose syscall word
/// is the positive errno too (`RawResult` keeps the flag): there anything but 0 is an error.
/// On mips64 the vDSO functions return 0 or `-errno` (their fallback,
/// `arch/mips/include/asm/vdso/gettimeofday.h`, turns the `$7` flag into `-ret`), but the
/// syscall's undecoded word is the positive errno (the flag is in `$7`): positive is an
/// error there too.
#[inline(always)]
fn decode_vdso(ret: isize) -> Result<(), Errno> {
    #[cfg(any(
        target_arch = "powerpc",
        target_arch = "powerpc64",
        target_arch = "mips64"
    ))]
    if ret > 0 {
        return Err(Errno::from_raw(ret as i32));
    }
    decode(ret)
}

/// # Safety
/// `f` is 0 or the address of the vDSO's clock_gettime.
#[inline(always)]
unsafe fn call_clock_gettime(f: usize, clockid: i32) -> Result<Timespec, Errno> {
    let mut ts = MaybeUninit::<Timespec>::uninit();
    if f == 0 {
        // SAFETY: `ts` is valid for writes of a timespec.
        let ret = unsafe { sys_clock_gettime(clockid, ts.as_mut_ptr()) as isize };
        // SAFETY: on success the kernel wrote the whole timespec (put_timespec64).
        return decode_vdso(ret).map(|()| unsafe { ts.assume_init() });
    }
    // SAFETY: `f` is the address of the vDSO's clock_gettime,
    // `int (clockid_t, struct __kernel_timespec *)` in the platform's C ABI.
    let clock_gettime = unsafe { core::mem::transmute::<*const (), ClockFn>(code(f)) };
    // SAFETY: as above; `ts` is valid for writes of a timespec.
    let ret = unsafe { clock_gettime(clockid, ts.as_mut_ptr()) };
    // SAFETY: on success the vDSO function wrote both fields (or, for a clock it does not
    // serve, made the syscall, which did).
    decode_vdso(ret as isize).map(|()| unsafe { ts.assume_init() })
}

/// # Safety
/// `f` is 0 or the address of the vDSO's clock_getres.
#[inline(always)]
unsafe fn call_clock_getres(f: usize, clockid: i32) -> Result<Timespec, Errno> {
    let mut ts = MaybeUninit::<Timespec>::uninit();
    if f == 0 {
        // SAFETY: `ts` is valid for writes of a timespec.
        let ret = unsafe { sys_clock_getres(clockid, ts.as_mut_ptr()) as isize };
        // SAFETY: on success, with a non-null pointer, the kernel wrote the whole timespec.
        return decode_vdso(ret).map(|()| unsafe { ts.assume_init() });
    }
    // SAFETY: `f` is the address of the vDSO's clock_getres,
    // `int (clockid_t, struct __kernel_timespec *)`.
    let clock_getres = unsafe { core::mem::transmute::<*const (), ClockFn>(code(f)) };
    // SAFETY: as above; `ts` is valid for writes of a timespec.
    let ret = unsafe { clock_getres(clockid, ts.as_mut_ptr()) };
    // SAFETY: on success, with a non-null pointer, the vDSO wrote the whole timespec.
    decode_vdso(ret as isize).map(|()| unsafe { ts.assume_init() })
}

/// # Safety
/// `f` is 0 or the address of the vDSO's gettimeofday.
#[cfg(target_pointer_width = "64")]
#[inline(always)]
unsafe fn call_gettimeofday(f: usize) -> Result<Timeval, Errno> {
    let mut tv = MaybeUninit::<Timeval>::uninit();
    let tz = core::ptr::null_mut();
    if f == 0 {
        // SAFETY: `tv` is valid for writes of a timeval; a null time zone is allowed.
        let ret = unsafe { sys_gettimeofday(tv.as_mut_ptr(), tz) as isize };
        // SAFETY: on success, with a non-null pointer, the kernel wrote the whole timeval.
        return decode_vdso(ret).map(|()| unsafe { tv.assume_init() });
    }
    // SAFETY: `f` is the address of the vDSO's gettimeofday,
    // `int (struct __kernel_old_timeval *, struct timezone *)`.
    let gettimeofday = unsafe { core::mem::transmute::<*const (), GettimeofdayFn>(code(f)) };
    // SAFETY: as above; `tv` is valid for writes of a timeval, a null time zone is allowed.
    let ret = unsafe { gettimeofday(tv.as_mut_ptr(), tz) };
    // SAFETY: on success, with a non-null pointer, the vDSO wrote the whole timeval.
    decode_vdso(ret as isize).map(|()| unsafe { tv.assume_init() })
}

/// # Safety
/// `f` is 0 or the address of the vDSO's getcpu.
#[inline(always)]
unsafe fn call_getcpu(f: usize) -> Result<(u32, u32), Errno> {
    let (mut cpu, mut node) = (0u32, 0u32);
    if f == 0 {
        // SAFETY: both pointers are valid for writes of a u32; the unused cache may be null.
        let ret = unsafe { sys_getcpu(&mut cpu, &mut node, core::ptr::null_mut()) as isize };
        return decode_vdso(ret).map(|()| (cpu, node));
    }
    // SAFETY: `f` is the vDSO's getcpu, `long/int (unsigned *, unsigned *, void *)` (the low
    // 32 bits of x86_64's `long` are the same small value); as above.
    let getcpu = unsafe { core::mem::transmute::<*const (), GetcpuFn>(code(f)) };
    // SAFETY: as above.
    let ret = unsafe { getcpu(&mut cpu, &mut node, core::ptr::null_mut()) };
    decode_vdso(ret as isize).map(|()| (cpu, node))
}

/// # Safety
/// `f` is 0 or the address of the vDSO's time.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn call_time(f: usize) -> Result<i64, Errno> {
    if f == 0 {
        // With a null pointer time(2) has nothing to fail on, but its word is decoded like
        // any other: -4095..=-1 would be an error, not a time.
        return sys_time(None);
    }
    // SAFETY: `f` is the address of the vDSO's time, `time_t (time_t *)`.
    let time = unsafe { core::mem::transmute::<*const (), TimeFn>(code(f)) };
    // SAFETY: as above; a null pointer is allowed (the time is only returned).
    Ok(unsafe { time(core::ptr::null_mut()) })
}

// --- C types only ever passed as null ----------------------------------------------------

/// `struct timezone` (`include/uapi/linux/time.h`): gettimeofday(2)'s obsolete second
/// argument, only ever passed as null here.
#[cfg(target_pointer_width = "64")]
#[allow(dead_code)] // never built: the argument is always null
#[repr(C)]
struct Timezone {
    tz_minuteswest: i32,
    tz_dsttime: i32,
}

/// `struct getcpu_cache` (`include/linux/getcpu.h`): unused by the kernel since 2.6.24,
/// only ever passed as null here.
#[allow(dead_code)] // never built: the argument is always null
#[repr(C)]
struct GetcpuCache {
    blob: [usize; 128 / core::mem::size_of::<usize>()],
}
