//! zcall::vdso: clocks through the vDSO (or their syscalls) against libc and the raw
//! syscall; the forced fallback path; the auxiliary-vector reader; the lazy discovery in
//! fresh processes (a chroot with an ordinary file at /proc/self/auxv, one without /proc,
//! no file descriptor to spare); and the ELF parser on hand-built and corrupted images (it
//! must reject or ignore, never panic, never point outside the image).
//!
//! Which path is active is printed (to the real stderr, so it shows in `cargo test` output):
//! `vdso`, or `syscall` where there is no vDSO (qemu-user 7.2 gives its guests none).
#![cfg(target_os = "linux")]

mod common;

use std::io::Write;
use std::sync::Mutex;

use zcall::consts::*;
use zcall::types::Timespec;
use zcall::vdso::{self, auxv, elf, Function, Vdso};
use zcall::Errno;

/// Writes a line to the process's stderr, past libtest's capture.
fn report(msg: &str) {
    let _ = writeln!(std::io::stderr(), "{msg}");
}

const CLOCKS: [(i32, &str); 9] = [
    (CLOCK_REALTIME, "REALTIME"),
    (CLOCK_MONOTONIC, "MONOTONIC"),
    (CLOCK_PROCESS_CPUTIME_ID, "PROCESS_CPUTIME_ID"),
    (CLOCK_THREAD_CPUTIME_ID, "THREAD_CPUTIME_ID"),
    (CLOCK_MONOTONIC_RAW, "MONOTONIC_RAW"),
    (CLOCK_REALTIME_COARSE, "REALTIME_COARSE"),
    (CLOCK_MONOTONIC_COARSE, "MONOTONIC_COARSE"),
    (CLOCK_BOOTTIME, "BOOTTIME"),
    (CLOCK_TAI, "TAI"),
];

/// Clock ids no kernel knows. (Not 16: Linux 6.17 made 16..=23 the auxiliary clocks.)
const INVALID_CLOCKS: [i32; 3] = [100, 12345, i32::MAX];

/// Clocks that never go backwards: every reading, by any path, is >= every earlier one.
fn is_monotonic(clock: i32) -> bool {
    !matches!(clock, CLOCK_REALTIME | CLOCK_REALTIME_COARSE | CLOCK_TAI)
}

fn nanos(ts: Timespec) -> i128 {
    ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
}

fn valid(ts: Timespec) -> bool {
    (0..1_000_000_000).contains(&ts.tv_nsec)
}

fn libc_gettime(clock: i32) -> Result<Timespec, i32> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    let r = unsafe { libc::clock_gettime(clock as libc::clockid_t, &mut ts) };
    if r == 0 {
        Ok(common::from_libc(ts))
    } else {
        Err(std::io::Error::last_os_error().raw_os_error().unwrap())
    }
}

fn libc_getres(clock: i32) -> Result<Timespec, i32> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    let r = unsafe { libc::clock_getres(clock as libc::clockid_t, &mut ts) };
    if r == 0 {
        Ok(common::from_libc(ts))
    } else {
        Err(std::io::Error::last_os_error().raw_os_error().unwrap())
    }
}

/// The raw syscall, through zcall's numbered primitive.
fn raw_gettime(clock: i32) -> Result<Timespec, Errno> {
    let mut ts = Timespec::default();
    // SAFETY: clock_gettime(clock, &ts): the kernel writes one timespec into `ts`.
    unsafe {
        zcall::syscall2(
            common::CLOCK_GETTIME,
            clock as isize as usize,
            &mut ts as *mut Timespec as usize,
        )
    }
    .map(|_| ts)
}

fn raw_getres(clock: i32) -> Result<Timespec, Errno> {
    let mut ts = Timespec::default();
    // SAFETY: clock_getres(clock, &ts): the kernel writes one timespec into `ts`.
    unsafe {
        zcall::syscall2(
            common::CLOCK_GETRES,
            clock as isize as usize,
            &mut ts as *mut Timespec as usize,
        )
    }
    .map(|_| ts)
}

#[test]
fn reports_the_active_path() {
    let image = vdso::image();
    let lines: Vec<String> = Function::ALL
        .iter()
        .map(|&f| format!("{}={}", f.name(), vdso::source(f)))
        .collect();
    report(&format!(
        "vdso: clock_gettime source = {} ({}); image: {}",
        vdso::clock_gettime_source(),
        lines.join(", "),
        match image {
            Some(i) => format!("{} bytes at {:#x}", i.len(), i.as_ptr() as usize),
            None => "none (every function uses its syscall)".into(),
        }
    ));
    // The image is the one libc's getauxval reports, when there is one.
    // SAFETY: getauxval only reads the process's auxiliary vector.
    let ehdr = unsafe { libc::getauxval(auxv::AT_SYSINFO_EHDR as libc::c_ulong) } as usize;
    match image {
        Some(i) => {
            assert_eq!(i.as_ptr() as usize, ehdr);
            // Every source is "vdso" exactly when the image has the symbol.
            let parsed = elf::Image::parse(i).expect("live image parses");
            for f in Function::ALL {
                let has = f.symbol().and_then(|(n, v)| parsed.lookup(n, v)).is_some();
                let want = if has { "vdso" } else { "syscall" };
                assert_eq!(vdso::source(f), want, "{f:?}");
            }
        }
        None => {
            report("vdso: no vDSO in this process (qemu-user, valgrind?): the syscall fallback is tested");
            for f in Function::ALL {
                assert_eq!(vdso::source(f), "syscall", "{f:?}");
            }
            if ehdr != 0 {
                // The kernel gave a vDSO and it was not taken. Either the parser rejects
                // it (a bug on a real kernel: say which), or the lazy discovery could not
                // read a procfs /proc/self/auxv (documented: the syscalls are used).
                let live = kernel_vdso(ehdr).unwrap_or_else(|e| {
                    panic!("the kernel's vDSO at {ehdr:#x} is rejected by the parser: {e}")
                });
                // SAFETY: `live` is this process's vDSO mapping.
                if let Err(e) = unsafe { Vdso::from_image(live) } {
                    panic!("the kernel's vDSO at {ehdr:#x} is rejected by the parser: {e}");
                }
                match auxv::read_self_procfs(auxv::AT_SYSINFO_EHDR) {
                    Err(e) => report(&format!(
                        "vdso: the kernel's vDSO at {ehdr:#x} parses, but /proc/self/auxv \
                         gives {e:?}: not found lazily, so the syscalls are used"
                    )),
                    Ok(v) => panic!(
                        "the kernel's vDSO at {ehdr:#x} parses and /proc/self/auxv (procfs) \
                         gives AT_SYSINFO_EHDR {v:x?}, yet it was not resolved"
                    ),
                }
            }
        }
    }
    assert_eq!(
        Vdso::current().source(Function::ClockGettime),
        vdso::clock_gettime_source()
    );
    assert_eq!(
        Vdso::syscalls_only().source(Function::ClockGettime),
        "syscall"
    );
}

#[test]
fn every_clock_agrees_with_libc_and_the_raw_syscall() {
    let fallback = Vdso::syscalls_only();
    for (clock, name) in CLOCKS {
        let a = libc_gettime(clock).unwrap_or_else(|e| panic!("libc {name}: errno {e}"));
        let b = vdso::clock_gettime(clock).unwrap_or_else(|e| panic!("vdso {name}: {e:?}"));
        let c = raw_gettime(clock).unwrap_or_else(|e| panic!("raw {name}: {e:?}"));
        let d = fallback
            .clock_gettime(clock)
            .unwrap_or_else(|e| panic!("fallback {name}: {e:?}"));
        let e = libc_gettime(clock).unwrap();
        for (path, t) in [("vdso", b), ("raw", c), ("fallback", d)] {
            assert!(valid(t), "{name} via {path}: {t:?}");
        }
        if is_monotonic(clock) {
            // Read in this order on one thread: never backwards, whatever the path.
            let seq = [a, b, c, d, e].map(nanos);
            assert!(
                seq.windows(2).all(|w| w[0] <= w[1]),
                "{name} went backwards: libc, vdso, raw, fallback, libc = {seq:?}"
            );
        } else {
            // Wall clocks may be stepped: within a bound of libc's readings.
            for (path, t) in [("vdso", b), ("raw", c), ("fallback", d)] {
                let lo = nanos(a) - 5_000_000_000;
                let hi = nanos(e) + 5_000_000_000;
                assert!(
                    (lo..=hi).contains(&nanos(t)),
                    "{name} via {path} = {t:?}, libc said {a:?} then {e:?}"
                );
            }
        }
        // Resolutions are constants: all paths agree exactly.
        let res = libc_getres(clock).unwrap();
        assert_eq!(vdso::clock_getres(clock), Ok(res), "{name}");
        assert_eq!(raw_getres(clock), Ok(res), "{name}");
        assert_eq!(fallback.clock_getres(clock), Ok(res), "{name}");
    }
}

#[test]
fn invalid_clock_is_einval_on_every_path() {
    let fallback = Vdso::syscalls_only();
    for clock in INVALID_CLOCKS {
        assert_eq!(vdso::clock_gettime(clock), Err(Errno::EINVAL), "{clock}");
        assert_eq!(vdso::clock_getres(clock), Err(Errno::EINVAL), "{clock}");
        assert_eq!(fallback.clock_gettime(clock), Err(Errno::EINVAL), "{clock}");
        assert_eq!(fallback.clock_getres(clock), Err(Errno::EINVAL), "{clock}");
        assert_eq!(raw_gettime(clock), Err(Errno::EINVAL), "{clock}");
        assert_eq!(libc_gettime(clock), Err(libc::EINVAL), "{clock}");
    }
}

#[test]
fn monotonic_never_goes_backwards_across_calls_and_threads() {
    // Each thread reads the last value any thread published, then the clock: its reading
    // happens after that publication, so it may not be smaller.
    // A mutex, not an AtomicI64: 32-bit PowerPC has no 64-bit atomics.
    static LAST: Mutex<i64> = Mutex::new(0);
    const THREADS: usize = 4;
    const READS: usize = 5_000;
    let fallback = Vdso::syscalls_only();
    std::thread::scope(|s| {
        for t in 0..THREADS {
            s.spawn(move || {
                let mut own = 0i64;
                for i in 0..READS {
                    let seen = *LAST.lock().unwrap();
                    // Mix the paths: the vDSO one and the forced syscall.
                    let ts = if (i + t) % 4 == 0 {
                        fallback.clock_gettime(CLOCK_MONOTONIC)
                    } else {
                        vdso::clock_gettime(CLOCK_MONOTONIC)
                    }
                    .expect("clock_gettime");
                    let now = nanos(ts) as i64;
                    assert!(now >= own, "thread {t} read {i}: {now} < its own {own}");
                    assert!(now >= seen, "thread {t} read {i}: {now} < published {seen}");
                    own = now;
                    {
                        let mut last = LAST.lock().unwrap();
                        *last = (*last).max(now);
                    }
                }
            });
        }
    });
}

#[test]
fn gettimeofday_and_time_agree_with_realtime() {
    for v in [Vdso::current(), Vdso::syscalls_only()] {
        let before = libc_gettime(CLOCK_REALTIME).unwrap();
        let tv = v.gettimeofday().expect("gettimeofday");
        let t = v.time().expect("time");
        let after = libc_gettime(CLOCK_REALTIME).unwrap();
        assert!((0..1_000_000).contains(&tv.tv_usec), "{tv:?}");
        let us = tv.tv_sec as i128 * 1_000_000 + tv.tv_usec as i128;
        assert!(
            us >= nanos(before) / 1000 - 5_000_000 && us <= nanos(after) / 1000 + 5_000_000,
            "gettimeofday {tv:?} vs realtime {before:?}..{after:?}"
        );
        assert!(
            t >= before.tv_sec - 5 && t <= after.tv_sec + 5,
            "time {t} vs realtime {before:?}..{after:?}"
        );
    }
    // The free functions are the cached set's.
    let tv = vdso::gettimeofday().expect("gettimeofday");
    // SAFETY: time(NULL) only returns a value.
    let libc_t = unsafe { libc::time(std::ptr::null_mut()) } as i64;
    assert!((tv.tv_sec - libc_t).abs() <= 5, "{tv:?} vs {libc_t}");
    assert!((vdso::time().unwrap() - libc_t).abs() <= 5);
}

#[test]
fn getcpu_names_the_cpu_the_thread_is_pinned_to() {
    std::thread::spawn(|| {
        // Pin this thread to the CPU it is on, then every path must name that CPU.
        let (cpu, _) = Vdso::syscalls_only().getcpu().expect("getcpu syscall");
        // SAFETY: a zeroed cpu_set_t is an empty set; CPU_SET stays inside it for a
        // cpu number the kernel just gave us (< CPU_SETSIZE on any machine this runs).
        let r = unsafe {
            let mut set: libc::cpu_set_t = std::mem::zeroed();
            libc::CPU_SET(cpu as usize, &mut set);
            libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set)
        };
        assert_eq!(
            r,
            0,
            "sched_setaffinity: {}",
            std::io::Error::last_os_error()
        );
        let (mut c, mut n) = (0u32, 0u32);
        // SAFETY: getcpu writes one unsigned each into `c` and `n`; the cache may be null.
        let r = unsafe {
            libc::syscall(
                libc::SYS_getcpu,
                &mut c as *mut u32,
                &mut n as *mut u32,
                std::ptr::null_mut::<u8>(),
            )
        };
        assert_eq!(r, 0);
        assert_eq!(c, cpu);
        assert_eq!(vdso::getcpu(), Ok((cpu, n)));
        assert_eq!(Vdso::current().getcpu(), Ok((cpu, n)));
        assert_eq!(Vdso::syscalls_only().getcpu(), Ok((cpu, n)));
    })
    .join()
    .unwrap();
}

/// The kernel's vDSO mapping at `ehdr` (AT_SYSINFO_EHDR from getauxval), its length from
/// its headers; the parser's error if it rejects the headers.
fn kernel_vdso(ehdr: usize) -> Result<&'static [u8], elf::ElfError> {
    // SAFETY: AT_SYSINFO_EHDR is the page-aligned vDSO mapping, at least one 4 KiB page,
    // mapped read-only for the life of the process.
    let head = unsafe { std::slice::from_raw_parts(ehdr as *const u8, 4096) };
    let len = elf::image_len(head)?;
    // SAFETY: the kernel maps every PT_LOAD's file contents (which `image_len` measured)
    // contiguously from AT_SYSINFO_EHDR.
    Ok(unsafe { std::slice::from_raw_parts(ehdr as *const u8, len) })
}

#[test]
fn cached_set_is_the_live_image_resolved_again() {
    let Some(image) = vdso::image() else {
        report("SKIP cached_set_is_the_live_image_resolved_again: no vDSO in this process");
        return;
    };
    // SAFETY: `image` is this process's vDSO mapping, alive for the process.
    let again = unsafe { Vdso::from_image(image) }.expect("live image resolves");
    assert_eq!(again, Vdso::current());
    assert_ne!(again, Vdso::syscalls_only());
    assert_eq!(elf::image_len(image), Ok(image.len()));
}

#[test]
fn init_from_the_real_auxv_is_idempotent() {
    let before = Vdso::current();
    let before_image = vdso::image();
    let words = words(&read_proc_self_auxv());
    // SAFETY: `words` is this process's auxiliary vector.
    let found = unsafe { vdso::init_from_auxv(&words) };
    assert_eq!(found, vdso::image().is_some());
    if before != Vdso::syscalls_only() || before_image.is_some() {
        assert!(found, "entry points without an image");
    }
    if before_image.is_some() || !found {
        assert_eq!(Vdso::current(), before);
        assert_eq!(vdso::image(), before_image);
    } else {
        // The lazy discovery found nothing (no procfs auxv: qemu-user's own, say), this
        // vector's vDSO is now taken.
        let img = vdso::image().unwrap();
        // SAFETY: `img` is this process's vDSO mapping.
        assert_eq!(Vdso::current(), unsafe { Vdso::from_image(img) }.unwrap());
    }
}

#[test]
fn a_resolution_that_finds_nothing_keeps_what_was_found() {
    let before = Vdso::current();
    let image = vdso::image();
    // Vectors with no vDSO in them: empty, only AT_NULL, and this process's own up to (not
    // including) its AT_SYSINFO_EHDR.
    let words = words(&read_proc_self_auxv());
    let at = words
        .chunks_exact(2)
        .position(|p| p[0] == auxv::AT_SYSINFO_EHDR || p[0] == auxv::AT_NULL)
        .unwrap_or(words.len() / 2);
    let prefix = &words[..2 * at];
    for v in [&[][..], &[auxv::AT_NULL, 0][..], prefix] {
        // SAFETY: each is a prefix of this process's auxiliary vector, or has no vDSO.
        let found = unsafe { vdso::init_from_auxv(v) };
        assert!(!found, "{v:x?}");
        assert_eq!(Vdso::current(), before, "entries changed by {v:x?}");
        assert_eq!(vdso::image(), image, "image changed by {v:x?}");
    }
    report(&format!(
        "vdso: three resolutions without a vDSO left {} in place",
        if image.is_some() {
            "the vDSO found before"
        } else {
            "the syscall path (no vDSO here)"
        }
    ));
}

#[test]
fn read_self_procfs_reads_only_procfs() {
    assert_eq!(auxv::PROC_SUPER_MAGIC, libc::PROC_SUPER_MAGIC as u64);
    // What the file at /proc/self/auxv is, asked through libc.
    use std::os::fd::AsRawFd;
    let file = std::fs::File::open("/proc/self/auxv").expect("open /proc/self/auxv");
    // SAFETY: statfs is plain data; fstatfs fills it in.
    let mut st: libc::statfs = unsafe { std::mem::zeroed() };
    // SAFETY: `file` is open and `st` is a valid, writable statfs.
    assert_eq!(unsafe { libc::fstatfs(file.as_raw_fd(), &mut st) }, 0);
    let f_type = st.f_type as u64;
    for key in [
        auxv::AT_PAGESZ,
        auxv::AT_UID,
        auxv::AT_RANDOM,
        auxv::AT_SYSINFO_EHDR,
        0x7fff_fff0, // never present
    ] {
        let got = auxv::read_self_procfs(key);
        if f_type == auxv::PROC_SUPER_MAGIC {
            // SAFETY: getauxval only reads the process's auxiliary vector.
            let want = unsafe { libc::getauxval(key as libc::c_ulong) } as usize;
            // (getauxval's 0 is "absent" or a value 0: AT_UID of root.)
            assert_eq!(got.map(|v| v.unwrap_or(0)), Ok(want), "key {key}");
            if key == 0x7fff_fff0 {
                assert_eq!(got, Ok(None));
            }
        } else {
            // valgrind answers the open with a temporary file of its own, qemu-user with
            // its own too: not read.
            assert_eq!(
                got,
                Err(auxv::ProcAuxvError::NotProcfs(f_type)),
                "key {key}"
            );
        }
    }
    report(&format!(
        "vdso: /proc/self/auxv has f_type {f_type:#x} ({})",
        if f_type == auxv::PROC_SUPER_MAGIC {
            "procfs: read"
        } else {
            "not procfs: not read"
        }
    ));
    use auxv::ProcAuxvError::*;
    assert!(ProcNotMounted.is_transient());
    assert!(Sys(Errno::EMFILE).is_transient() && Sys(Errno::ENFILE).is_transient());
    assert!(!NotProcfs(0xef53).is_transient());
    assert!(!Sys(Errno::ENOENT).is_transient() && !Sys(Errno::EACCES).is_transient());
}

// --- the lazy discovery in a fresh process ----------------------------------------------
//
// The process-wide cache resolves once; these tests need it unresolved. Each runs itself
// again as a new process (this test binary, `--exact <name>`, with FRESH set), which does
// the work and checks it; the parent checks that the child passed and shows its report.

const FRESH: &str = "ZCALL_VDSO_FRESH_PROCESS";

/// In the parent: runs test `name` in a new process and returns `false` (the caller
/// returns). In that new process: `true` (the caller does the work).
fn in_fresh_process(name: &str) -> bool {
    if std::env::var(FRESH).as_deref() == Ok(name) {
        return true;
    }
    // SAFETY: getauxval only reads the process's auxiliary vector.
    let ehdr = unsafe { libc::getauxval(auxv::AT_SYSINFO_EHDR as libc::c_ulong) };
    if ehdr == 0 {
        report(&format!(
            "SKIP {name}: no vDSO in this process (qemu-user, valgrind?)"
        ));
        return false;
    }
    if !matches!(proc_auxv_f_type(), Some(auxv::PROC_SUPER_MAGIC)) {
        report(&format!(
            "SKIP {name}: /proc/self/auxv is not procfs's here"
        ));
        return false;
    }
    alone_in_a_process(name)
}

/// In the parent: runs test `name` in a new process, checks that it passed, and returns
/// `false`. In that process: `true`. Unlike [`in_fresh_process`] it runs anywhere.
fn alone_in_a_process(name: &str) -> bool {
    if std::env::var(FRESH).as_deref() == Ok(name) {
        return true;
    }
    let exe = std::env::current_exe().expect("current_exe");
    let out = std::process::Command::new(exe)
        .args([name, "--exact", "--nocapture", "--test-threads=1"])
        .env(FRESH, name)
        .output()
        .expect("running the test binary again");
    let stderr = String::from_utf8_lossy(&out.stderr);
    for line in stderr
        .lines()
        .filter(|l| l.starts_with("vdso") || l.starts_with("SKIP"))
    {
        report(line);
    }
    assert!(
        out.status.success(),
        "{name} in a fresh process failed ({}):\n{}\n{stderr}",
        out.status,
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("1 passed"),
        "{name} did not run in the fresh process:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
    false
}

/// `f_type` of the file at /proc/self/auxv, asked through libc.
fn proc_auxv_f_type() -> Option<u64> {
    use std::os::fd::AsRawFd;
    let file = std::fs::File::open("/proc/self/auxv").ok()?;
    // SAFETY: statfs is plain data; fstatfs fills it in.
    let mut st: libc::statfs = unsafe { std::mem::zeroed() };
    // SAFETY: `file` is open and `st` is a valid, writable statfs.
    (unsafe { libc::fstatfs(file.as_raw_fd(), &mut st) } == 0).then_some(st.f_type as u64)
}

/// A new empty directory under the temporary directory.
fn fresh_dir(what: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("zcall-vdso-{what}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create a temporary directory");
    dir
}

/// Runs `f` with the process's root directory at `dir`, then puts the root back (through
/// a descriptor of the old root: fchdir + chroot(".")); `None` when chroot(2) is not
/// allowed here.
fn chrooted<T>(dir: &std::path::Path, f: impl FnOnce() -> T) -> Option<T> {
    use std::os::fd::AsRawFd;
    let old_root = std::fs::File::open("/").expect("open /");
    match std::os::unix::fs::chroot(dir) {
        Ok(()) => {}
        Err(e) if e.raw_os_error() == Some(libc::EPERM) => return None,
        Err(e) => panic!("chroot {}: {e}", dir.display()),
    }
    std::env::set_current_dir("/").expect("chdir /");
    let r = f();
    // SAFETY: fchdir on an open directory descriptor.
    assert_eq!(unsafe { libc::fchdir(old_root.as_raw_fd()) }, 0, "fchdir");
    std::os::unix::fs::chroot(".").expect("chroot back");
    std::env::set_current_dir("/").expect("chdir /");
    Some(r)
}

/// What the module says in a process: (clock_gettime's path, image address, whether the
/// clock could be read).
fn module_state() -> (&'static str, Option<usize>, bool) {
    let clock_ok = vdso::clock_gettime(CLOCK_MONOTONIC).is_ok();
    (
        vdso::clock_gettime_source(),
        vdso::image().map(|i| i.as_ptr() as usize),
        clock_ok,
    )
}

#[test]
fn lazy_discovery_trusts_no_auxv_file_but_procfs() {
    if !in_fresh_process("lazy_discovery_trusts_no_auxv_file_but_procfs") {
        return;
    }
    // SAFETY: getauxval only reads the process's auxiliary vector.
    let ehdr = unsafe { libc::getauxval(libc::AT_SYSINFO_EHDR) } as usize;
    let real = words(&read_proc_self_auxv());
    // A root whose /proc/self/auxv is an ordinary file, holding the real AT_SYSINFO_EHDR:
    // trusted, it would resolve the vDSO.
    let root = fresh_dir("fake-proc");
    std::fs::create_dir_all(root.join("proc/self")).unwrap();
    let fake: Vec<u8> = [6, 4096, auxv::AT_SYSINFO_EHDR, ehdr, auxv::AT_NULL, 0]
        .iter()
        .flat_map(|w| w.to_ne_bytes())
        .collect();
    std::fs::write(root.join("proc/self/auxv"), fake).unwrap();
    let Some((plain, checked, inside)) = chrooted(&root, || {
        (
            auxv::read_self(auxv::AT_SYSINFO_EHDR),
            auxv::read_self_procfs(auxv::AT_SYSINFO_EHDR),
            module_state(),
        )
    }) else {
        report("SKIP lazy_discovery_trusts_no_auxv_file_but_procfs: chroot not permitted");
        return;
    };
    let _ = std::fs::remove_dir_all(&root);
    assert_eq!(plain, Ok(Some(ehdr)), "the fake file was there to read");
    assert!(
        matches!(checked, Err(auxv::ProcAuxvError::NotProcfs(t)) if t != auxv::PROC_SUPER_MAGIC),
        "{checked:?}"
    );
    assert_eq!(inside, ("syscall", None, true), "in the chroot");
    // Final: back at the real root the answer stays the syscall…
    assert_eq!(module_state(), ("syscall", None, true), "after the chroot");
    // …until init_from_auxv finds the vDSO, which replaces the syscall path.
    // SAFETY: `real` is this process's auxiliary vector.
    assert!(unsafe { vdso::init_from_auxv(&real) });
    assert_eq!(
        module_state(),
        ("vdso", Some(ehdr), true),
        "after init_from_auxv"
    );
    // SAFETY: an empty vector has no vDSO.
    assert!(!unsafe { vdso::init_from_auxv(&[]) });
    assert_eq!(
        module_state(),
        ("vdso", Some(ehdr), true),
        "after an empty vector"
    );
    report("vdso: a non-procfs /proc/self/auxv in a chroot was not read (syscall path, final); init_from_auxv then found the vDSO");
}

#[test]
fn lazy_discovery_retries_until_proc_is_there() {
    if !in_fresh_process("lazy_discovery_retries_until_proc_is_there") {
        return;
    }
    // SAFETY: getauxval only reads the process's auxiliary vector.
    let ehdr = unsafe { libc::getauxval(libc::AT_SYSINFO_EHDR) } as usize;
    // A root without /proc: not mounted (yet).
    let root = fresh_dir("no-proc");
    let Some((checked, inside)) = chrooted(&root, || {
        (
            auxv::read_self_procfs(auxv::AT_SYSINFO_EHDR),
            module_state(),
        )
    }) else {
        report("SKIP lazy_discovery_retries_until_proc_is_there: chroot not permitted");
        return;
    };
    let _ = std::fs::remove_dir_all(&root);
    assert_eq!(checked, Err(auxv::ProcAuxvError::ProcNotMounted));
    assert_eq!(inside, ("syscall", None, true), "in the chroot");
    // Back with /proc: the next call resolves.
    assert_eq!(
        module_state(),
        ("vdso", Some(ehdr), true),
        "after the chroot"
    );
    report(
        "vdso: without /proc the syscalls were used, with /proc back the next call found the vDSO",
    );
}

#[test]
fn lazy_discovery_retries_after_emfile() {
    if !in_fresh_process("lazy_discovery_retries_after_emfile") {
        return;
    }
    // SAFETY: getauxval only reads the process's auxiliary vector.
    let ehdr = unsafe { libc::getauxval(libc::AT_SYSINFO_EHDR) } as usize;
    let mut old = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: `old` is a valid, writable rlimit.
    assert_eq!(unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut old) }, 0);
    // The lowest free descriptor: a limit of that many makes the next open fail (EMFILE).
    // SAFETY: dup of stdin; the new fd is closed at once.
    let lowest = unsafe { libc::dup(0) };
    assert!(lowest > 0);
    // SAFETY: closing the fd just made.
    unsafe { libc::close(lowest) };
    let low = libc::rlimit {
        rlim_cur: lowest as libc::rlim_t,
        rlim_max: old.rlim_max,
    };
    // SAFETY: valid rlimit values (soft <= hard).
    assert_eq!(unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &low) }, 0);
    let checked = auxv::read_self_procfs(auxv::AT_SYSINFO_EHDR);
    let inside = module_state();
    // SAFETY: the limits read above.
    assert_eq!(unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &old) }, 0);
    assert_eq!(checked, Err(auxv::ProcAuxvError::Sys(Errno::EMFILE)));
    assert_eq!(inside, ("syscall", None, true), "out of descriptors");
    assert_eq!(
        module_state(),
        ("vdso", Some(ehdr), true),
        "with descriptors again"
    );
    report("vdso: out of descriptors the syscalls were used (EMFILE), with descriptors back the next call found the vDSO");
}

/// All of `/proc/self/auxv`, read at explicit offsets: under valgrind every open of it is
/// a `dup` of one descriptor, so a plain `read` would share its position with any other
/// test reading the file at the same time.
fn read_proc_self_auxv() -> Vec<u8> {
    use std::os::unix::fs::FileExt;
    let file = std::fs::File::open("/proc/self/auxv").expect("open /proc/self/auxv");
    let mut bytes = Vec::new();
    let mut chunk = [0u8; 512];
    loop {
        let n = file
            .read_at(&mut chunk, bytes.len() as u64)
            .expect("read /proc/self/auxv");
        if n == 0 {
            return bytes;
        }
        bytes.extend_from_slice(&chunk[..n]);
    }
}

#[test]
fn auxv_from_proc_matches_getauxval() {
    for key in [
        auxv::AT_PAGESZ,
        auxv::AT_UID,
        auxv::AT_RANDOM,
        auxv::AT_SYSINFO_EHDR,
    ] {
        // SAFETY: getauxval only reads the process's auxiliary vector.
        let want = unsafe { libc::getauxval(key as libc::c_ulong) } as usize;
        let got = auxv::read_self(key).expect("read /proc/self/auxv");
        assert_eq!(got.unwrap_or(0), want, "key {key}");
    }
    // SAFETY: as above.
    let page = unsafe { libc::getauxval(libc::AT_PAGESZ) } as usize;
    assert!(page.is_power_of_two() && page >= 4096);
    // A key that is never present ends at AT_NULL.
    assert_eq!(auxv::read_self(0x7fff_fff0), Ok(None));
}

#[test]
fn read_self_leaves_every_file_position_alone() {
    // Under valgrind every open of /proc/self/auxv is a dup of one descriptor, and each open
    // rewinds it (see read_proc_self_auxv); natively each open has its own position. Either
    // way, a read_self between our open and our read must not move where our read starts.
    // Alone in its process, so no other test's open rewinds the file during our read.
    if !alone_in_a_process("read_self_leaves_every_file_position_alone") {
        return;
    }
    use std::io::Read;
    let whole = read_proc_self_auxv();
    let mut file = std::fs::File::open("/proc/self/auxv").expect("open /proc/self/auxv");
    let page = auxv::read_self(auxv::AT_PAGESZ).expect("read_self");
    assert_eq!(page, auxv::find(&words(&whole), auxv::AT_PAGESZ));
    let mut after = Vec::new();
    file.read_to_end(&mut after).expect("read /proc/self/auxv");
    assert_eq!(after, whole);
}

fn words(bytes: &[u8]) -> Vec<usize> {
    bytes
        .chunks_exact(std::mem::size_of::<usize>())
        .map(|c| usize::from_ne_bytes(c.try_into().unwrap()))
        .collect()
}

#[test]
fn auxv_find_stops_at_at_null() {
    let v = [6, 4096, 33, 0x1000, 0, 0, 11, 5];
    assert_eq!(auxv::find(&v, 6), Some(4096));
    assert_eq!(auxv::find(&v, 33), Some(0x1000));
    assert_eq!(auxv::find(&v, 11), None, "after AT_NULL");
    assert_eq!(auxv::find(&v[..3], 33), None, "odd tail ignored");
    assert_eq!(auxv::find(&[], 33), None);
}

// --- the ELF parser on byte buffers ------------------------------------------------------

/// The version the target's vDSO uses, and a function name it exports.
fn target_symbol() -> (&'static str, &'static str) {
    Function::ClockGettime.symbol().unwrap()
}

const WRONG_VERSION: &str = "LINUX_0.0";

/// A small vDSO-like image: ELF header, PT_LOAD (R+X) + PT_DYNAMIC, a SysV or GNU hash
/// table, dynsym, dynstr, versym, verdef, dynamic, text. Linked at `link` (file offset 0).
struct Built {
    bytes: Vec<u8>,
    link: u64,
    symtab: usize,
    strtab: usize,
    versym: usize,
    verdef: usize,
    dynamic: usize,
    hash: usize,
    text: usize,
}

/// The symbols: (name, st_info, st_shndx, text offset, version index).
/// Version 1 = base, 2 = the target's version, 3 = WRONG_VERSION.
fn symbols() -> Vec<(&'static str, u8, u16, u64, u16)> {
    let (name, _) = target_symbol();
    vec![
        (name, 0x12, 12, 0x10, 2),                  // GLOBAL FUNC, right version
        ("__vdso_weak", 0x22, 12, 0x20, 2),         // WEAK FUNC
        ("__vdso_wrongver", 0x12, 12, 0x30, 3),     // the wrong version
        ("__vdso_object", 0x11, 12, 0x40, 2),       // GLOBAL OBJECT: not a function
        ("__vdso_undef", 0x12, 0, 0, 2),            // undefined
        ("__vdso_outside", 0x12, 12, 0x10_0000, 2), // address outside every PT_LOAD
    ]
}

struct Opts {
    link: u64,
    gnu_hash: bool,
    versions: bool,
    machine: u16,
}

impl Default for Opts {
    fn default() -> Self {
        Opts {
            link: 0,
            gnu_hash: false,
            versions: true,
            machine: elf::MACHINE,
        }
    }
}

fn put16(b: &mut [u8], o: usize, v: u16) {
    b[o..o + 2].copy_from_slice(&v.to_le_bytes());
}
fn put32(b: &mut [u8], o: usize, v: u32) {
    b[o..o + 4].copy_from_slice(&v.to_le_bytes());
}
fn put64(b: &mut [u8], o: usize, v: u64) {
    b[o..o + 8].copy_from_slice(&v.to_le_bytes());
}
fn align(x: usize, a: usize) -> usize {
    x.div_ceil(a) * a
}

fn gnu_hash(name: &str) -> u32 {
    name.bytes()
        .fold(5381u32, |h, c| h.wrapping_mul(33).wrapping_add(c as u32))
}

fn build(o: &Opts) -> Built {
    let syms = symbols();
    let nsyms = syms.len() + 1;
    let (_, version) = target_symbol();

    // dynstr: "\0" + names + soname + versions.
    let mut strtab_bytes = vec![0u8];
    let mut name_off = vec![];
    for (n, ..) in &syms {
        name_off.push(strtab_bytes.len() as u32);
        strtab_bytes.extend_from_slice(n.as_bytes());
        strtab_bytes.push(0);
    }
    let mut add_str = |s: &str| {
        let off = strtab_bytes.len() as u32;
        strtab_bytes.extend_from_slice(s.as_bytes());
        strtab_bytes.push(0);
        off
    };
    let soname = add_str("linux-vdso.so.1");
    let v_right = add_str(version);
    let v_wrong = add_str(WRONG_VERSION);

    let phdrs = 64;
    let hash = phdrs + 2 * 56;
    let hash_len = if o.gnu_hash {
        16 + 8 + 4 + 4 * (nsyms - 1)
    } else {
        4 * (2 + 1 + nsyms)
    };
    let symtab = align(hash + hash_len, 8);
    let strtab = symtab + 24 * nsyms;
    let versym = align(strtab + strtab_bytes.len(), 2);
    let verdef = align(versym + 2 * nsyms, 4);
    let verdef_len = 3 * (20 + 8);
    let dynamic = align(verdef + verdef_len, 8);
    let ndyn = 10;
    let text = align(dynamic + 16 * ndyn, 16);
    let len = text + 0x80;
    let mut b = vec![0u8; len];
    let va = |off: usize| o.link + off as u64;

    // ELF header.
    b[0..4].copy_from_slice(b"\x7fELF");
    b[4] = 2; // ELFCLASS64
    b[5] = 1; // little-endian
    b[6] = 1; // EV_CURRENT
    put16(&mut b, 16, 3); // ET_DYN
    put16(&mut b, 18, o.machine);
    put32(&mut b, 20, 1);
    put64(&mut b, 32, phdrs as u64);
    put16(&mut b, 52, 64);
    put16(&mut b, 54, 56);
    put16(&mut b, 56, 2);
    // PT_LOAD: the whole file, R+X.
    put32(&mut b, phdrs, 1);
    put32(&mut b, phdrs + 4, 5);
    put64(&mut b, phdrs + 8, 0);
    put64(&mut b, phdrs + 16, va(0));
    put64(&mut b, phdrs + 24, va(0));
    put64(&mut b, phdrs + 32, len as u64);
    put64(&mut b, phdrs + 40, len as u64);
    // PT_DYNAMIC.
    let p = phdrs + 56;
    put32(&mut b, p, 2);
    put32(&mut b, p + 4, 4);
    put64(&mut b, p + 8, dynamic as u64);
    put64(&mut b, p + 16, va(dynamic));
    put64(&mut b, p + 24, va(dynamic));
    put64(&mut b, p + 32, (16 * ndyn) as u64);
    put64(&mut b, p + 40, (16 * ndyn) as u64);

    // Hash table.
    if o.gnu_hash {
        put32(&mut b, hash, 1); // nbuckets
        put32(&mut b, hash + 4, 1); // symoffset
        put32(&mut b, hash + 8, 1); // bloom words
        put32(&mut b, hash + 12, 6);
        put64(&mut b, hash + 16, u64::MAX);
        put32(&mut b, hash + 24, 1); // bucket 0 → symbol 1
        for (i, (n, ..)) in syms.iter().enumerate() {
            let last = (i == syms.len() - 1) as u32;
            put32(&mut b, hash + 28 + 4 * i, (gnu_hash(n) & !1) | last);
        }
    } else {
        put32(&mut b, hash, 1); // nbucket
        put32(&mut b, hash + 4, nsyms as u32); // nchain
        put32(&mut b, hash + 8, 1);
        for i in 1..nsyms - 1 {
            put32(&mut b, hash + 12 + 4 * i, (i + 1) as u32);
        }
    }
    // Symbols.
    for (i, (_, info, shndx, value, ver)) in syms.iter().enumerate() {
        let s = symtab + 24 * (i + 1);
        put32(&mut b, s, name_off[i]);
        b[s + 4] = *info;
        put16(&mut b, s + 6, *shndx);
        let v = if *shndx == 0 { 0 } else { va(text) + value };
        put64(&mut b, s + 8, v);
        put64(&mut b, s + 16, 8);
        put16(&mut b, versym + 2 * (i + 1), *ver);
    }
    b[strtab..strtab + strtab_bytes.len()].copy_from_slice(&strtab_bytes);
    // Version definitions: base (1), right (2), wrong (3), each with one aux.
    for (k, (flags, ndx, name)) in [(1u16, 1u16, soname), (0, 2, v_right), (0, 3, v_wrong)]
        .into_iter()
        .enumerate()
    {
        let d = verdef + 28 * k;
        put16(&mut b, d, 1);
        put16(&mut b, d + 2, flags);
        put16(&mut b, d + 4, ndx);
        put16(&mut b, d + 6, 1);
        put32(&mut b, d + 12, 20);
        put32(&mut b, d + 16, if k == 2 { 0 } else { 28 });
        put32(&mut b, d + 20, name);
    }
    // Dynamic entries.
    let mut entries = vec![
        (if o.gnu_hash { 0x6fff_fef5 } else { 4 }, va(hash)),
        (5, va(strtab)),
        (6, va(symtab)),
        (10, strtab_bytes.len() as u64),
        (11, 24),
    ];
    if o.versions {
        entries.push((0x6fff_fff0, va(versym)));
        entries.push((0x6fff_fffc, va(verdef)));
        entries.push((0x6fff_fffd, 3));
    }
    entries.push((0, 0));
    for (k, (tag, val)) in entries.into_iter().enumerate() {
        put64(&mut b, dynamic + 16 * k, tag);
        put64(&mut b, dynamic + 16 * k + 8, val);
    }
    Built {
        bytes: b,
        link: o.link,
        symtab,
        strtab,
        versym,
        verdef,
        dynamic,
        hash,
        text,
    }
}

/// Every name the tests look up, with the version asked.
fn probes() -> Vec<(&'static str, &'static str)> {
    let (name, version) = target_symbol();
    let mut v = vec![(name, version), (name, WRONG_VERSION)];
    for (n, ..) in symbols() {
        v.push((n, version));
        v.push((n, WRONG_VERSION));
    }
    for f in Function::ALL {
        if let Some(s) = f.symbol() {
            v.push(s);
        }
    }
    v
}

/// Parses a hand-built image: 64-bit little-endian whatever the target, so through
/// `parse_for`, which takes the class and byte order the header says (`Image::parse` takes
/// only the target's: on a 32-bit or big-endian target it rejects these, see
/// `parser_rejects_bad_headers`).
fn parse_built(b: &[u8]) -> Result<elf::Image<'_>, elf::ElfError> {
    elf::Image::parse_for(b, elf::MACHINE)
}

/// Parses and looks everything up: whatever the bytes, no panic, and any offset returned
/// is inside the buffer.
fn parse_never_escapes(bytes: &[u8]) -> Result<usize, elf::ElfError> {
    let _ = elf::image_len(bytes);
    let img = parse_built(bytes)?;
    let mut found = 0;
    for (n, v) in probes() {
        if let Some(off) = img.lookup(n, v) {
            assert!(
                off < bytes.len(),
                "{n}@{v} at {off} outside {} bytes",
                bytes.len()
            );
            found += 1;
        }
    }
    Ok(found)
}

#[test]
fn parser_resolves_a_built_image_with_either_hash_and_any_link_address() {
    let (name, version) = target_symbol();
    for gnu_hash in [false, true] {
        for link in [0u64, 0x7000_0000, 0xffff_ffff_ff70_0000] {
            let b = build(&Opts {
                link,
                gnu_hash,
                ..Opts::default()
            });
            let img = parse_built(&b.bytes).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(img.symbol_count(), symbols().len() + 1);
            assert_eq!(elf::image_len(&b.bytes), Ok(b.bytes.len()));
            // The offset is the address minus the link address: the load bias applied.
            assert_eq!(img.lookup(name, version), Some(b.text + 0x10), "{link:#x}");
            assert_eq!(img.lookup("__vdso_weak", version), Some(b.text + 0x20));
            assert_eq!(
                img.lookup("__vdso_wrongver", WRONG_VERSION),
                Some(b.text + 0x30)
            );
        }
    }
}

#[test]
fn parser_takes_no_symbol_of_another_version_or_kind() {
    let (name, version) = target_symbol();
    let b = build(&Opts::default());
    let img = parse_built(&b.bytes).unwrap();
    assert_eq!(
        img.lookup(name, WRONG_VERSION),
        None,
        "right name, wrong version"
    );
    assert_eq!(
        img.lookup("__vdso_wrongver", version),
        None,
        "wrong version"
    );
    assert_eq!(img.lookup("__vdso_object", version), None, "not STT_FUNC");
    assert_eq!(img.lookup("__vdso_undef", version), None, "undefined");
    assert_eq!(
        img.lookup("__vdso_outside", version),
        None,
        "outside PT_LOAD"
    );
    assert_eq!(img.lookup("__vdso_missing", version), None, "no such name");
    assert_eq!(
        img.lookup(name, "linux-vdso.so.1"),
        None,
        "the base definition"
    );
    // Prefixes of names do not match.
    assert_eq!(img.lookup(&name[..name.len() - 1], version), None);

    // Without version tables, nothing is taken.
    let b = build(&Opts {
        versions: false,
        ..Opts::default()
    });
    let img = parse_built(&b.bytes).expect("parses without versions");
    assert_eq!(img.lookup(name, version), None, "missing versions");

    // The symbol's version index pointing at no definition.
    let mut b = build(&Opts::default());
    put16(&mut b.bytes, b.versym + 2, 9);
    assert_eq!(parse_built(&b.bytes).unwrap().lookup(name, version), None);
    // The same index, hidden bit set: still version 2.
    let mut b = build(&Opts::default());
    put16(&mut b.bytes, b.versym + 2, 0x8002);
    assert!(parse_built(&b.bytes)
        .unwrap()
        .lookup(name, version)
        .is_some());
}

#[test]
fn parser_rejects_bad_headers() {
    use elf::ElfError::*;
    let good = build(&Opts::default()).bytes;
    let case = |f: &dyn Fn(&mut Vec<u8>)| {
        let mut b = good.clone();
        f(&mut b);
        parse_built(&b).map(|_| ())
    };
    assert_eq!(case(&|b| b[0] = 0x7e), Err(BadMagic));
    assert_eq!(case(&|b| b[1..4].copy_from_slice(b"ELG")), Err(BadMagic));
    // The built image is 64-bit little-endian: `Image::parse` takes only the target's class
    // and byte order.
    let native = cfg!(all(target_pointer_width = "64", target_endian = "little"));
    if native {
        let strict = |f: &dyn Fn(&mut Vec<u8>)| {
            let mut b = good.clone();
            f(&mut b);
            elf::Image::parse(&b).map(|_| ())
        };
        assert_eq!(strict(&|b| b[4] = 1), Err(BadClass), "ELFCLASS32");
        assert_eq!(strict(&|b| b[5] = 2), Err(BadEncoding), "big-endian");
    } else {
        let want = if cfg!(target_pointer_width = "64") {
            BadEncoding
        } else {
            BadClass
        };
        assert_eq!(elf::Image::parse(&good).map(|_| ()), Err(want));
    }
    assert_eq!(case(&|b| b[4] = 3), Err(BadClass), "no such class");
    assert_eq!(case(&|b| b[5] = 3), Err(BadEncoding), "no such encoding");
    assert_eq!(case(&|b| b[6] = 0), Err(BadVersion));
    assert_eq!(case(&|b| put16(b, 16, 2)), Err(NotSharedObject), "ET_EXEC");
    // A machine that is not the target's.
    let other_machine = if elf::MACHINE == elf::EM_386 {
        elf::EM_X86_64
    } else {
        elf::EM_386
    };
    assert_eq!(
        case(&|b| put16(b, 18, other_machine)),
        Err(WrongMachine),
        "another machine"
    );
    assert_eq!(case(&|b| put16(b, 54, 32)), Err(BadProgramHeaders));
    assert_eq!(case(&|b| put16(b, 56, 0)), Err(BadProgramHeaders));
    assert_eq!(
        case(&|b| put64(b, 32, u64::MAX - 8)),
        Err(BadProgramHeaders)
    );
    assert_eq!(case(&|b| put64(b, 32, 1 << 20)), Err(Truncated));
    assert_eq!(case(&|b| put16(b, 56, 1000)), Err(Truncated));
    // Another machine is accepted when asked for.
    let other = build(&Opts {
        machine: other_machine,
        ..Opts::default()
    });
    assert_eq!(parse_built(&other.bytes).map(|_| ()), Err(WrongMachine));
    assert!(elf::Image::parse_for(&other.bytes, other_machine).is_ok());
    assert_eq!(
        elf::image_len_for(&other.bytes, other_machine),
        Ok(other.bytes.len())
    );
    assert_eq!(elf::image_len(&other.bytes), Err(WrongMachine));
}

#[test]
fn parser_rejects_out_of_range_offsets() {
    use elf::ElfError::*;
    let (name, version) = target_symbol();
    let b0 = build(&Opts::default());
    let len = b0.bytes.len() as u64;
    let dv = |k: usize| b0.dynamic + 16 * k + 8;
    let case = |f: &dyn Fn(&mut Built)| {
        let mut b = build(&Opts::default());
        f(&mut b);
        parse_built(&b.bytes).map(|i| i.lookup(name, version))
    };
    // PT_LOAD larger than the image; PT_DYNAMIC outside it.
    assert_eq!(
        case(&|b| put64(&mut b.bytes, 64 + 32, len + 1)),
        Err(BadLoadSegment)
    );
    assert_eq!(
        case(&|b| put32(&mut b.bytes, 64, 6)),
        Err(BadLoadSegment),
        "no PT_LOAD"
    );
    assert_eq!(case(&|b| put64(&mut b.bytes, 120 + 8, len)), Err(NoDynamic));
    assert_eq!(
        case(&|b| put64(&mut b.bytes, 120 + 8, u64::MAX)),
        Err(NoDynamic)
    );
    assert_eq!(
        case(&|b| put32(&mut b.bytes, 120, 6)),
        Err(NoDynamic),
        "no PT_DYNAMIC"
    );
    // Dynamic entries pointing outside the image, or missing.
    assert_eq!(
        case(&|b| put64(&mut b.bytes, dv(1), b.link + len + 100)),
        Err(TableOutOfBounds),
        "DT_STRTAB"
    );
    assert_eq!(
        case(&|b| put64(&mut b.bytes, dv(3), len)),
        Err(TableOutOfBounds),
        "DT_STRSZ"
    );
    assert_eq!(
        case(&|b| put64(&mut b.bytes, dv(2), b.link + len - 8)),
        Err(TableOutOfBounds),
        "DT_SYMTAB near the end"
    );
    assert_eq!(
        case(&|b| put64(&mut b.bytes, dv(2), b.link.wrapping_sub(24))),
        Err(TableOutOfBounds),
        "DT_SYMTAB below the segment"
    );
    assert_eq!(
        case(&|b| put64(&mut b.bytes, dv(4), 16)),
        Err(MissingTable),
        "DT_SYMENT"
    );
    assert_eq!(
        case(&|b| put64(&mut b.bytes, b.dynamic + 16, 0x7000_0000)),
        Err(MissingTable)
    );
    assert_eq!(
        case(&|b| put64(&mut b.bytes, b.dynamic, 0x7000_0000)),
        Err(BadHashTable)
    );
    assert_eq!(
        case(&|b| put32(&mut b.bytes, b.hash + 4, u32::MAX)),
        Err(TableOutOfBounds),
        "nchain"
    );
    assert_eq!(
        case(&|b| put64(&mut b.bytes, dv(5), b.link + len - 2)),
        Err(TableOutOfBounds),
        "DT_VERSYM"
    );
    // Entries inside the tables pointing outside: the lookup misses, parsing is fine.
    assert_eq!(
        case(&|b| put32(&mut b.bytes, b.symtab + 24, u32::MAX)),
        Ok(None),
        "st_name"
    );
    assert_eq!(
        case(&|b| put64(&mut b.bytes, b.symtab + 24 + 8, u64::MAX)),
        Ok(None),
        "st_value"
    );
    assert_eq!(
        case(&|b| put32(&mut b.bytes, b.verdef + 28 + 12, u32::MAX - 4)),
        Ok(None),
        "vd_aux"
    );
    assert_eq!(
        case(&|b| put32(&mut b.bytes, b.verdef + 28 + 20, u32::MAX)),
        Ok(None),
        "vda_name"
    );
    assert_eq!(
        case(&|b| put64(&mut b.bytes, dv(6), b.link + len - 4)),
        Ok(None),
        "DT_VERDEF at the end"
    );
    // Version definitions: DT_VERDEFNUM absent still resolves (the walk follows vd_next
    // to its end); a bad vd_version, another vd_ndx, or the BASE flag do not.
    assert_eq!(
        case(&|b| put64(&mut b.bytes, b.dynamic + 16 * 7, 0)),
        Ok(Some(b0.text + 0x10)),
        "no DT_VERDEFNUM"
    );
    assert_eq!(
        case(&|b| put16(&mut b.bytes, b.verdef + 28, 2)),
        Ok(None),
        "vd_version"
    );
    assert_eq!(
        case(&|b| put16(&mut b.bytes, b.verdef + 28 + 4, 5)),
        Ok(None),
        "vd_ndx"
    );
    assert_eq!(
        case(&|b| put16(&mut b.bytes, b.verdef + 28 + 2, 1)),
        Ok(None),
        "BASE"
    );
    // A string running past DT_STRSZ is not read: cut the table inside the version name.
    assert_eq!(
        case(&|b| {
            let pat = version.as_bytes();
            let at = (b.strtab..b.bytes.len() - pat.len())
                .find(|&i| &b.bytes[i..i + pat.len()] == pat)
                .unwrap();
            put64(&mut b.bytes, dv(3), (at + 2 - b.strtab) as u64);
        }),
        Ok(None),
        "version name cut by DT_STRSZ"
    );
}

#[test]
fn parser_takes_whichever_hash_table_is_usable() {
    use elf::ElfError::*;
    let (name, version) = target_symbol();
    let count = symbols().len() + 1;
    // A built image with a GNU hash table, plus a DT_HASH entry in the dynamic section's
    // spare slot (the DT_NULL moves down one) pointing at `at`, a link-time address.
    let with_sysv_too = |at: &dyn Fn(&Built) -> u64, edit: &dyn Fn(&mut Built)| {
        let mut b = build(&Opts {
            gnu_hash: true,
            link: 0x1000,
            ..Opts::default()
        });
        let null = (0..10)
            .find(|k| b.bytes[b.dynamic + 16 * k..b.dynamic + 16 * k + 16] == [0; 16])
            .expect("DT_NULL");
        let addr = at(&b);
        put64(&mut b.bytes, b.dynamic + 16 * null, 4); // DT_HASH
        put64(&mut b.bytes, b.dynamic + 16 * null + 8, addr);
        edit(&mut b);
        // The count, and whether the target's symbol is found where it was put.
        parse_built(&b.bytes).map(|i| {
            (
                i.symbol_count(),
                i.lookup(name, version) == Some(b.text + 0x10),
            )
        })
    };
    let spare = |b: &Built| b.link + (b.text + 0x60) as u64; // unused text bytes
    let resolved = Ok((count, true));
    // DT_HASH outside the image, or sizing a symbol table past its end: DT_GNU_HASH counts.
    let outside = |b: &Built| b.link + b.bytes.len() as u64 + 0x100;
    assert_eq!(
        with_sysv_too(&outside, &|_| {}),
        resolved,
        "DT_HASH outside"
    );
    let huge_nchain = |b: &mut Built| put32(&mut b.bytes, b.text + 0x64, u32::MAX);
    assert_eq!(with_sysv_too(&spare, &huge_nchain), resolved, "nchain");
    // Both usable: DT_HASH's nchain is the count.
    let nchain = |n: u32| move |b: &mut Built| put32(&mut b.bytes, b.text + 0x64, n);
    assert_eq!(with_sysv_too(&spare, &nchain(count as u32)), resolved);
    assert_eq!(with_sysv_too(&spare, &nchain(3)).map(|r| r.0), Ok(3));
    // Neither usable: the error of DT_HASH, the first.
    let both_bad = |b: &mut Built| {
        huge_nchain(b);
        put32(&mut b.bytes, b.hash, u32::MAX); // GNU nbuckets
    };
    assert_eq!(with_sysv_too(&spare, &both_bad), Err(TableOutOfBounds));
    assert_eq!(with_sysv_too(&outside, &both_bad), Err(TableOutOfBounds));
    // A malformed GNU table alone is still BadHashTable.
    let mut b = build(&Opts {
        gnu_hash: true,
        ..Opts::default()
    });
    put32(&mut b.bytes, b.hash, u32::MAX);
    assert_eq!(parse_built(&b.bytes).map(|_| ()), Err(BadHashTable));
}

#[test]
fn image_debug_shows_the_tables_not_the_bytes() {
    let b = build(&Opts::default());
    let img = parse_built(&b.bytes).unwrap();
    let s = format!("{img:?}");
    assert!(s.starts_with("Image {"), "{s}");
    for part in [
        format!("len: {}", b.bytes.len()),
        format!("symbols: {}", symbols().len() + 1),
        format!("symtab: {}", b.symtab),
        format!("versym: Some({})", b.versym),
        format!("verdef: Some({})", b.verdef),
    ] {
        assert!(s.contains(&part), "{part:?} not in {s}");
    }
    assert!(s.len() < 300, "{} bytes of Debug: {s}", s.len());
}

#[test]
fn parser_survives_every_truncation_and_byte_flip() {
    for gnu_hash in [false, true] {
        let b = build(&Opts {
            gnu_hash,
            link: 0x1000,
            ..Opts::default()
        });
        // name@version (twice: as the target's function too), __vdso_weak, __vdso_wrongver@its
        // own version.
        assert_eq!(parse_never_escapes(&b.bytes), Ok(5));
        for n in 0..b.bytes.len() {
            let r = parse_never_escapes(&b.bytes[..n]);
            assert!(r.is_err(), "prefix {n} of {} parsed: {r:?}", b.bytes.len());
        }
        for i in 0..b.bytes.len() {
            for mask in [0xff, 0x80, 0x01, 0x10] {
                let mut c = b.bytes.clone();
                c[i] ^= mask;
                let _ = parse_never_escapes(&c);
            }
        }
    }
}

#[test]
fn parser_on_copies_of_the_live_image() {
    let Some(live) = vdso::image() else {
        report("SKIP parser_on_copies_of_the_live_image: no vDSO (the built-image tests ran)");
        return;
    };
    let copy = live.to_vec();
    let img = elf::Image::parse(&copy).expect("copy parses");
    let live_img = elf::Image::parse(live).unwrap();
    for f in Function::ALL {
        if let Some((n, v)) = f.symbol() {
            assert_eq!(img.lookup(n, v), live_img.lookup(n, v), "{n}");
        }
    }
    let (name, version) = target_symbol();
    assert!(
        img.lookup(name, version).is_some(),
        "the live vDSO has {name}@{version}"
    );

    // Rename the version string in the copy: the symbol is no longer taken.
    let mut renamed = copy.clone();
    let pat = version.as_bytes();
    let hits: Vec<usize> = (0..renamed.len() - pat.len())
        .filter(|&i| &renamed[i..i + pat.len()] == pat && renamed[i + pat.len()] == 0)
        .collect();
    assert!(!hits.is_empty(), "{version} not in the image's strings");
    for i in hits {
        renamed[i + pat.len() - 1] ^= 0x01; // LINUX_2.6 → LINUX_2.7 …
    }
    let img = elf::Image::parse(&renamed).expect("still an image");
    for f in Function::ALL {
        if let Some((n, v)) = f.symbol() {
            assert_eq!(img.lookup(n, v), None, "{n} taken with a renamed version");
        }
    }

    // Headers: wrong class, wrong magic, truncated.
    let mut c = copy.clone();
    c[4] ^= 3; // ELFCLASS64 <-> ELFCLASS32
    assert_eq!(
        elf::Image::parse(&c).map(|_| ()),
        Err(elf::ElfError::BadClass)
    );
    let mut c = copy.clone();
    c[0] = 0;
    assert_eq!(
        elf::Image::parse(&c).map(|_| ()),
        Err(elf::ElfError::BadMagic)
    );
    for n in [0, 10, 63, 64, 100, copy.len() / 2, copy.len() - 1] {
        assert!(parse_never_escapes(&copy[..n]).is_err(), "prefix {n}");
    }
    // Flip every byte of the headers and the dynamic tables, once each way.
    let scan = copy.len().min(4096);
    for i in 0..scan {
        for mask in [0xff, 0x01] {
            let mut c = copy.clone();
            c[i] ^= mask;
            let _ = parse_never_escapes(&c);
        }
    }
}

/// The parser's 32-bit paths (`Elf32_*` structures, and big-endian ones on powerpc) and
/// its big-endian `Elf64_*` path (s390x) against a real shared object of the target: its C
/// library's dynamic symbols and versions, since qemu-user gives these guests no vDSO to
/// read.
#[cfg(any(target_pointer_width = "32", target_arch = "s390x"))]
#[test]
fn parser_reads_the_targets_own_c_library() {
    let prefix = std::env::var("QEMU_LD_PREFIX").unwrap_or_default();
    let paths = [
        format!("{prefix}/lib/libc.so.6"),
        "/lib/libc.so.6".to_string(),
        "/usr/lib/libc.so.6".to_string(),
    ];
    let Some((path, bytes)) = paths
        .iter()
        .find_map(|p| std::fs::read(p).ok().map(|b| (p, b)))
    else {
        report("SKIP parser_reads_the_targets_own_c_library: no libc.so.6 found");
        return;
    };
    let img = elf::Image::parse(&bytes)
        .unwrap_or_else(|e| panic!("{path} as the target's class and byte order: {e}"));
    // glibc's oldest version of each arch (arm EABI starts at 2.4, s390x at 2.2), and 2.34,
    // which moved the 64-bit-time functions in (32-bit), or 2.17, which moved
    // clock_gettime into libc (s390x, where it is also at 2.2).
    let base = if cfg!(target_arch = "arm") {
        "GLIBC_2.4"
    } else if cfg!(target_arch = "s390x") {
        "GLIBC_2.2"
    } else {
        "GLIBC_2.0"
    };
    assert!(
        img.lookup("getpid", base).is_some(),
        "getpid@{base} in {path}"
    );
    assert!(img.lookup("getpid", "GLIBC_9.9").is_none());
    assert!(img.lookup("zcall_no_such_function", base).is_none());
    let (clock, clock_version) = if cfg!(target_pointer_width = "32") {
        ("__clock_gettime64", "GLIBC_2.34")
    } else {
        ("clock_gettime", "GLIBC_2.17")
    };
    assert!(
        img.lookup(clock, clock_version).is_some(),
        "{clock}@{clock_version} in {path}"
    );
    report(&format!(
        "parsed {path}: {} symbols, ELF{} {}",
        img.symbol_count(),
        if cfg!(target_pointer_width = "32") {
            "32"
        } else {
            "64"
        },
        if cfg!(target_endian = "big") {
            "big-endian"
        } else {
            "little-endian"
        }
    ));
}
