//! zcall-bench: zcall against a hand-written `asm!` floor, glibc, rustix (linux_raw) and
//! the `syscalls` crate, on the same eight workloads, in one binary.
//!
//! ```text
//! zcall-bench                       wall-time tables (single-threaded, then with a
//!                                   second thread alive); ~15 s
//! zcall-bench --procs P --rounds R --sample-us U --cpu C
//!                                   the same, longer or shorter (ZCALL_BENCH_SCALE=k
//!                                   multiplies the rounds); --cpu -1: no pinning
//! zcall-bench --single | --threaded only one of the two tables
//! zcall-bench --list                the (contender, workload) pairs, one a line
//! zcall-bench --clock-source        which clock_gettime path this process takes (vDSO
//!                                   or syscall; under valgrind there is no vDSO)
//! zcall-bench --loop C W N [--threaded]
//!                                   runs loop zb_loop__C__W once with N iterations
//!                                   (bench/instructions.sh counts it with callgrind)
//! ```
//!
//! `bench/run.sh` builds it with every function aligned to a page, then runs it.

#[cfg(all(
    target_os = "linux",
    any(target_arch = "x86_64", target_arch = "aarch64")
))]
mod contenders;
#[cfg(all(
    target_os = "linux",
    any(target_arch = "x86_64", target_arch = "aarch64")
))]
mod harness;
#[cfg(all(
    target_os = "linux",
    any(target_arch = "x86_64", target_arch = "aarch64")
))]
mod workloads;

#[cfg(not(all(
    target_os = "linux",
    any(target_arch = "x86_64", target_arch = "aarch64")
)))]
fn main() {
    println!("zcall-bench: the floor contender exists for linux x86_64 and aarch64 only");
}

#[cfg(all(
    target_os = "linux",
    any(target_arch = "x86_64", target_arch = "aarch64")
))]
fn main() {
    if let Err(e) = run() {
        eprintln!("zcall-bench: {e}");
        std::process::exit(1);
    }
}

#[cfg(all(
    target_os = "linux",
    any(target_arch = "x86_64", target_arch = "aarch64")
))]
fn run() -> Result<(), String> {
    use harness::Opts;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut opts = Opts::default();
    if let Ok(k) = std::env::var("ZCALL_BENCH_SCALE") {
        let k: usize = k.parse().map_err(|_| "ZCALL_BENCH_SCALE: not a number")?;
        opts.rounds *= k.max(1);
    }
    let (mut child, mut threaded, mut single, mut list) = (false, false, false, false);
    let mut clock_source = false;
    let mut lp: Option<(String, String, u64)> = None;
    let mut it = args.iter();
    let num = |v: Option<&String>, what: &str| -> Result<i64, String> {
        v.and_then(|s| s.parse().ok())
            .ok_or_else(|| format!("{what}: expected a number"))
    };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--child" => child = true,
            "--threaded" => threaded = true,
            "--single" => single = true,
            "--list" => list = true,
            "--clock-source" => clock_source = true,
            "--procs" => opts.procs = num(it.next(), a)?.max(1) as usize,
            "--rounds" => opts.rounds = num(it.next(), a)?.max(1) as usize,
            "--sample-us" => opts.sample_us = num(it.next(), a)?.max(1) as u64,
            "--cpu" => opts.cpu = Some(num(it.next(), a)?),
            "--loop" => {
                let c = it.next().ok_or("--loop CONTENDER WORKLOAD N")?.clone();
                let w = it.next().ok_or("--loop CONTENDER WORKLOAD N")?.clone();
                let n = num(it.next(), "--loop N")? as u64;
                lp = Some((c, w, n));
            }
            "-h" | "--help" => {
                println!("see the crate docs in bench/src/main.rs");
                return Ok(());
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }

    if clock_source {
        println!("{}", harness::clock_source());
        return Ok(());
    }
    if list {
        let ctx = workloads::Ctx::new();
        for (c, w, _) in harness::pairs(&ctx, false) {
            println!("{c} {w}");
        }
        return Ok(());
    }
    if let Some((c, w, n)) = lp {
        if threaded {
            harness::start_second_thread();
        }
        let ctx = workloads::Ctx::new();
        let f = contenders::find(&c, &w).ok_or(format!("no loop for {c} {w}"))?;
        if workloads::needs_ring(&w) && ctx.ring_error.is_some() {
            return Err(format!("{w} needs io_uring: {:?}", ctx.ring_error));
        }
        let acc = measure(f, &ctx, n);
        let want = harness::expected(&w).wrapping_mul(n);
        if acc != want {
            return Err(format!("{c} {w}: accumulated {acc}, expected {want}"));
        }
        println!("{c} {w} {n} ok");
        return Ok(());
    }
    if child {
        return harness::child(&opts, threaded);
    }

    print_machine();
    if !harness::loops_page_aligned() {
        println!(
            "note: the loop functions are NOT page-aligned in this build; code placement \
             alone can move these numbers by tens of percent. bench/run.sh builds with \
             -C llvm-args=-align-all-functions=12."
        );
    } else {
        println!("loop functions: every one page-aligned");
    }
    if !threaded {
        harness::wall_table(&opts, false)?;
    }
    if !single {
        harness::wall_table(&opts, true)?;
    }
    Ok(())
}

/// The one function `bench/instructions.sh` counts (`--toggle-collect=zb_measure`): the
/// loop it calls and everything that loop calls, nothing else. Counting this frame rather
/// than the loop's own symbol keeps working when LLVM merges byte-identical loops into
/// one function with two names (it can: zcall's getpid loop is byte-identical to the
/// floor's, and merging happens when both land in the same codegen unit).
#[cfg(all(
    target_os = "linux",
    any(target_arch = "x86_64", target_arch = "aarch64")
))]
#[inline(never)]
#[export_name = "zb_measure"]
fn measure(f: contenders::LoopFn, ctx: &workloads::Ctx, n: u64) -> u64 {
    std::hint::black_box(f)(ctx, n)
}

/// CPU, kernel and C library: the lines RESULTS.md quotes.
#[cfg(all(
    target_os = "linux",
    any(target_arch = "x86_64", target_arch = "aarch64")
))]
fn print_machine() {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|s| s.trim().to_string())
        })
        .unwrap_or_else(|| "?".into());
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|_| "?".into());
    // SAFETY: gnu_get_libc_version returns a static NUL-terminated string.
    let glibc = unsafe { std::ffi::CStr::from_ptr(gnu_get_libc_version()) }
        .to_string_lossy()
        .into_owned();
    println!("cpu: {cpu}; kernel: {kernel}; glibc: {glibc}");
    println!("clock_gettime: {}", harness::clock_source());
}

#[cfg(all(
    target_os = "linux",
    any(target_arch = "x86_64", target_arch = "aarch64")
))]
extern "C" {
    fn gnu_get_libc_version() -> *const std::ffi::c_char;
}
