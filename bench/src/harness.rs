//! Wall time: every (contender, workload) loop run in rounds inside one process, the
//! order shuffled each round, in several processes; the parent merges the samples.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::process::Command;
use std::time::Instant;

use crate::contenders::{find, label, LoopFn, CONTENDERS};
use crate::workloads::{needs_ring, Ctx, WORKLOADS};

/// Options of a wall-time run.
#[derive(Clone, Debug)]
pub struct Opts {
    /// Processes per table.
    pub procs: usize,
    /// Rounds per process (each round runs every loop once).
    pub rounds: usize,
    /// Target duration of one sample (one loop call), in microseconds.
    pub sample_us: u64,
    /// Pin each process to this CPU (`None`: the last CPU it may run on; `Some(-1)`: no
    /// pinning).
    pub cpu: Option<i64>,
}

impl Default for Opts {
    fn default() -> Opts {
        Opts {
            procs: 3,
            rounds: 60,
            sample_us: 400,
            cpu: None,
        }
    }
}

/// What a loop of `workload` must return for `n = 1`: a contender that does something
/// else is not measured.
pub fn expected(workload: &str) -> u64 {
    match workload {
        "getpid" => std::process::id() as u64,
        "write" | "read" => 1,
        "ebadf" => libc::EBADF as u64,
        "enter6" | "syscall6" | "uring_nop" | "clock" | "short" => 0,
        _ => unreachable!("unknown workload {workload}"),
    }
}

/// Every (contender, workload, loop) this process can run, in table order; workloads
/// that need a ring are left out (with a note on stderr) when there is none.
pub fn pairs(ctx: &Ctx, quiet: bool) -> Vec<(&'static str, &'static str, LoopFn)> {
    let mut out = Vec::new();
    for &(w, _) in WORKLOADS {
        if needs_ring(w) && ctx.ring_error.is_some() {
            if !quiet {
                eprintln!(
                    "SKIP {w}: no io_uring ({})",
                    ctx.ring_error.as_deref().unwrap_or("?")
                );
            }
            continue;
        }
        for &(c, _) in CONTENDERS {
            if let Some(f) = find(c, w) {
                out.push((c, w, f));
            }
        }
    }
    out
}

/// Runs every loop once and checks its result.
pub fn check(ctx: &Ctx, pairs: &[(&str, &str, LoopFn)]) -> Result<(), String> {
    for &(c, w, f) in pairs {
        let got = f(ctx, 1);
        if got != expected(w) {
            return Err(format!(
                "{c} {w}: one call gave {got}, expected {}",
                expected(w)
            ));
        }
    }
    Ok(())
}

/// Keeps a second thread alive (parked) for the rest of the process: glibc then takes
/// its multi-threaded paths (cancellation bookkeeping around read/write).
pub fn start_second_thread() {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        tx.send(()).unwrap();
        loop {
            std::thread::park();
        }
    });
    rx.recv().unwrap();
}

/// Pins the calling thread to one CPU; returns the CPU, or None when left unpinned.
fn pin(cpu: Option<i64>) -> Option<usize> {
    // SAFETY: plain libc calls on a zeroed, properly sized cpu_set_t.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        if libc::sched_getaffinity(0, size_of::<libc::cpu_set_t>(), &mut set) != 0 {
            return None;
        }
        let cpu = match cpu {
            Some(c) if c < 0 => return None,
            Some(c) => c as usize,
            None => (0..libc::CPU_SETSIZE as usize)
                .rev()
                .find(|&c| libc::CPU_ISSET(c, &set))?,
        };
        libc::CPU_ZERO(&mut set);
        libc::CPU_SET(cpu, &mut set);
        if libc::sched_setaffinity(0, size_of::<libc::cpu_set_t>(), &set) != 0 {
            return None;
        }
        Some(cpu)
    }
}

/// A small xorshift generator: the shuffle needs no quality, only a new order per round.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Nanoseconds per call of one loop run of `n` iterations.
fn time(ctx: &Ctx, f: LoopFn, n: u64) -> f64 {
    let t = Instant::now();
    black_box(f(black_box(ctx), black_box(n)));
    t.elapsed().as_nanos() as f64 / n as f64
}

/// The child process: calibrates, warms up, runs the rounds, prints one line per sample
/// (`sample <contender> <workload> <ns/call>`) and a few `info` lines.
pub fn child(opts: &Opts, threaded: bool) -> Result<(), String> {
    if threaded {
        start_second_thread();
    }
    let cpu = pin(opts.cpu);
    let ctx = Ctx::new();
    let pairs = pairs(&ctx, true);
    check(&ctx, &pairs)?;

    // Iterations per sample, per workload: what takes `sample_us` for the floor (its
    // fastest of five tries, so that a preempted try does not shrink the samples).
    let mut iters = BTreeMap::new();
    let target = opts.sample_us as f64 * 1000.0;
    for &(c, w, f) in &pairs {
        if c != "floor" {
            continue;
        }
        let mut n = 16u64;
        while time(&ctx, f, n) * (n as f64) < target / 8.0 {
            n *= 2;
        }
        let ns = (0..5)
            .map(|_| time(&ctx, f, n))
            .fold(f64::INFINITY, f64::min);
        iters.insert(w, ((target / ns) as u64).max(16));
    }

    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let seed = (std::process::id() as u64).rotate_left(32) ^ now;
    let mut rng = Rng(seed | 1);
    let mut order: Vec<usize> = (0..pairs.len()).collect();
    // One discarded round warms caches, branch predictors and the CPU's clock.
    for round in 0..=opts.rounds {
        rng.shuffle(&mut order);
        for &i in &order {
            let (c, w, f) = pairs[i];
            let ns = time(&ctx, f, iters[w]);
            if round > 0 {
                println!("sample {c} {w} {ns:.3}");
            }
        }
    }
    for (w, n) in &iters {
        println!("info iters {w} {n}");
    }
    println!(
        "info cpu {}",
        cpu.map_or("unpinned".to_string(), |c| c.to_string())
    );
    println!("info clock {}", clock_source());
    Ok(())
}

/// Which clock_gettime path this process takes: zcall's own answer and whether the kernel
/// gave the process a vDSO (`AT_SYSINFO_EHDR`, which glibc and rustix look up too).
pub fn clock_source() -> String {
    // SAFETY: getauxval only reads the auxiliary vector.
    let ehdr = unsafe { libc::getauxval(libc::AT_SYSINFO_EHDR) };
    format!(
        "zcall::vdso::clock_gettime_source()={} AT_SYSINFO_EHDR={}",
        zcall::vdso::clock_gettime_source(),
        if ehdr != 0 { "present" } else { "absent" }
    )
}

/// Are all loop functions aligned to a page (the bench built by `bench/run.sh`)?
pub fn loops_page_aligned() -> bool {
    CONTENDERS
        .iter()
        .flat_map(|(_, loops)| loops.iter())
        .all(|&(_, f)| f as usize % 4096 == 0)
}

/// The 1-minute load average: how busy the (shared) machine was.
fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// The parent: runs `opts.procs` child processes one after the other and prints the
/// merged table.
pub fn wall_table(opts: &Opts, threaded: bool) -> Result<(), String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let load_before = loadavg();
    let mut samples: BTreeMap<(String, String), Vec<f64>> = BTreeMap::new();
    let mut iters = BTreeMap::new();
    let mut cpus = Vec::new();
    let mut clocks = Vec::new();
    for _ in 0..opts.procs {
        let mut cmd = Command::new(&exe);
        cmd.arg("--child")
            .args(["--rounds", &opts.rounds.to_string()])
            .args(["--sample-us", &opts.sample_us.to_string()]);
        if let Some(c) = opts.cpu {
            cmd.args(["--cpu", &c.to_string()]);
        }
        if threaded {
            cmd.arg("--threaded");
        }
        let out = cmd.output().map_err(|e| e.to_string())?;
        if !out.status.success() {
            return Err(format!(
                "child failed: {}\n{}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        for line in String::from_utf8_lossy(&out.stdout).lines() {
            let f: Vec<&str> = line.split_whitespace().collect();
            match f.as_slice() {
                ["sample", c, w, ns] => samples
                    .entry((c.to_string(), w.to_string()))
                    .or_default()
                    .push(ns.parse().map_err(|_| format!("bad line {line}"))?),
                ["info", "iters", w, n] => {
                    iters.insert(w.to_string(), n.to_string());
                }
                ["info", "cpu", c] => cpus.push(c.to_string()),
                ["info", "clock", rest @ ..] => clocks.push(rest.join(" ")),
                _ => {}
            }
        }
    }

    println!(
        "\n== wall time, {} ({} processes x {} rounds, order shuffled each round, cpu {}; \
         load average before: {}, after: {}) ==",
        if threaded {
            "a second thread alive (parked)"
        } else {
            "single-threaded"
        },
        opts.procs,
        opts.rounds,
        cpus.first().map_or("?", |s| s.as_str()),
        load_before,
        loadavg(),
    );
    clocks.dedup();
    println!(
        "clock: {} in {} ({}); its floor row, `syscall`, is the raw clock_gettime syscall",
        clocks.join(" / "),
        if clocks.len() == 1 {
            "every measuring process"
        } else {
            "the measuring processes, NOT ALL ALIKE"
        },
        if clocks.iter().all(|c| c.contains("source()=vdso")) {
            "zcall, glibc and rustix call the vDSO"
        } else {
            "some contenders fall back to the syscall"
        },
    );
    println!(
        "{:<10} {:<9} {:>10} {:>20} {:>8}   calls/sample",
        "workload", "contender", "median ns", "min-max ns", "x floor"
    );
    for &(w, _) in WORKLOADS {
        let floor = samples
            .get_mut(&("floor".to_string(), w.to_string()))
            .map(|v| median(v));
        let Some(floor) = floor else { continue };
        for &(c, _) in CONTENDERS {
            let key = (c.to_string(), w.to_string());
            let c = label(c, w);
            let Some(v) = samples.get_mut(&key) else {
                println!("{:<10} {:<9} {:>10}", w, c, "-");
                continue;
            };
            let med = median(v);
            let (lo, hi) = (v[0], v[v.len() - 1]);
            println!(
                "{:<10} {:<9} {:>10.1} {:>20} {:>8.3}   {}",
                w,
                c,
                med,
                format!("{lo:.1}-{hi:.1}"),
                med / floor,
                iters.get(w).map_or("?", |s| s.as_str()),
            );
        }
    }
    Ok(())
}
