//! getpid, getppid, gettid, kill, tgkill, rt_sigprocmask, exit_group and the pidfd calls
//! against the real kernel.
#![cfg(target_os = "linux")]

mod common;
use common::{bad_fd, pipe, skip_on_enosys, PIDFD_GETFD, PIDFD_OPEN};

use std::os::fd::{AsFd, AsRawFd};
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, Command, ExitStatus, Stdio};

use zcall::consts::{
    PIDFD_NONBLOCK, PIDFD_SIGNAL_THREAD, PIDFD_THREAD, SIGKILL, SIGUSR1, SIGUSR2, SIG_BLOCK,
    SIG_SETMASK, SIG_UNBLOCK,
};
use zcall::types::Sigset;
use zcall::{
    exit_group, getpid, getppid, gettid, kill, pidfd_getfd, pidfd_open, pidfd_send_signal,
    rt_sigprocmask, tgkill, Errno,
};

/// Environment variable telling a re-executed test binary which child role to play.
const CHILD_ROLE: &str = "ZCALL_PROCESS_TEST_CHILD";

/// A child process that is killed and reaped when the guard goes, unless it was waited
/// for: a failed assertion between spawn and wait never leaves one behind.
struct ChildGuard(Child);

impl ChildGuard {
    fn id(&self) -> u32 {
        self.0.id()
    }

    fn wait(&mut self) -> ExitStatus {
        self.0.wait().expect("wait")
    }
}

impl Drop for ChildGuard {
    fn drop(&mut self) {
        // After a successful wait std knows the child is gone and sends nothing (its pid
        // may have been reused).
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Re-executes this test binary running only `test`, with `role` in the environment.
fn spawn_self(test: &str, role: &str) -> ChildGuard {
    spawn_self_with(test, role, Stdio::null(), &[])
}

fn spawn_self_with(test: &str, role: &str, stdout: Stdio, extra: &[&str]) -> ChildGuard {
    let exe = std::env::current_exe().expect("current_exe");
    ChildGuard(
        Command::new(exe)
            .args(["--exact", test, "--test-threads=1"])
            .args(extra)
            .env(CHILD_ROLE, role)
            .stdout(stdout)
            .spawn()
            .expect("spawn self"),
    )
}

fn child_role() -> Option<String> {
    std::env::var(CHILD_ROLE).ok()
}

/// The child side of the kill tests: waits to be killed (exits 3 if it never is).
fn sleep_until_killed() -> ! {
    std::thread::sleep(std::time::Duration::from_secs(600));
    exit_group(3)
}

#[test]
fn getpid_and_getppid_match_the_process() {
    assert_eq!(getpid(), std::process::id());
    // SAFETY: getppid has no preconditions.
    assert_eq!(getppid(), unsafe { libc::getppid() } as u32);
    assert_eq!(getppid(), std::os::unix::process::parent_id());
}

#[test]
fn gettid_is_per_thread() {
    let here = gettid();
    assert_eq!(here as i32, libc_gettid());
    // Two threads alive at the same time (the barrier holds both until each has its id):
    // their ids must differ.
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(2));
    let spawn = || {
        let barrier = barrier.clone();
        std::thread::spawn(move || {
            let ids = (gettid(), libc_gettid(), thread_self());
            barrier.wait();
            ids
        })
    };
    let (ta, tb) = (spawn(), spawn());
    let (a, a_libc, a_proc) = ta.join().unwrap();
    let (b, b_libc, b_proc) = tb.join().unwrap();
    assert_eq!(a as i32, a_libc);
    assert_eq!(b as i32, b_libc);
    // The kernel's own name for each calling thread.
    assert_eq!(a, a_proc, "/proc/thread-self of thread a");
    assert_eq!(b, b_proc, "/proc/thread-self of thread b");
    assert_eq!(here, thread_self(), "/proc/thread-self of the test thread");
    assert_ne!(a, b);
    assert_ne!(a, here);
    assert_ne!(b, here);
    // A spawned thread is never the main thread: its id is not the process id.
    assert_ne!(a, getpid());
}

/// The calling thread's id as the kernel names it: `/proc/thread-self` links to
/// `<pid>/task/<tid>`. The pid part is checked too.
fn thread_self() -> u32 {
    let link = std::fs::read_link("/proc/thread-self").expect("readlink /proc/thread-self");
    let link = link.to_str().expect("ASCII link");
    let (pid, tid) = link.split_once("/task/").expect("<pid>/task/<tid>");
    assert_eq!(pid.parse::<u32>(), Ok(std::process::id()), "{link}");
    tid.parse().expect("tid")
}

fn libc_gettid() -> i32 {
    // SAFETY: gettid has no preconditions.
    unsafe { libc::syscall(libc::SYS_gettid) as i32 }
}

#[test]
fn kill_checks_and_really_signals() {
    if child_role().as_deref() == Some("kill") {
        sleep_until_killed();
    }
    assert_eq!(kill(getpid() as i32, 0), Ok(()), "signal 0 to ourselves");
    assert_eq!(kill(i32::MAX, 0), Err(Errno::ESRCH), "no such process");
    assert_eq!(
        kill(getpid() as i32, 12345),
        Err(Errno::EINVAL),
        "bad signal"
    );

    let mut child = spawn_self("kill_checks_and_really_signals", "kill");
    assert_eq!(kill(child.id() as i32, 0), Ok(()));
    assert_eq!(kill(child.id() as i32, SIGKILL), Ok(()));
    let status = child.wait();
    assert_eq!(
        status.signal(),
        Some(SIGKILL),
        "the child died of our SIGKILL: {status:?}"
    );
}

#[test]
fn tgkill_targets_a_thread_of_a_group() {
    let (pid, tid) = (getpid() as i32, gettid() as i32);
    assert_eq!(tgkill(pid, tid, 0), Ok(()));
    assert_eq!(
        tgkill(pid, i32::MAX, 0),
        Err(Errno::ESRCH),
        "no such thread"
    );
    // Our thread is not in another thread group (pid 1's).
    if pid != 1 {
        assert_eq!(
            tgkill(1, tid, 0),
            Err(Errno::ESRCH),
            "thread of another group"
        );
    }
    assert_eq!(tgkill(pid, tid, 12345), Err(Errno::EINVAL), "bad signal");
    assert_eq!(tgkill(0, tid, 0), Err(Errno::EINVAL), "tgid 0");

    // Real delivery to this thread alone: block SIGUSR2, send it, see it pending here.
    let set = Sigset::empty().with(SIGUSR2);
    let mut old = Sigset::empty();
    rt_sigprocmask(SIG_BLOCK, Some(&set), Some(&mut old)).unwrap();
    assert_eq!(tgkill(pid, tid, SIGUSR2), Ok(()));
    // SAFETY: plain libc calls on local, initialised sigset_t/timespec values.
    let taken = unsafe {
        let mut s: libc::sigset_t = std::mem::zeroed();
        let mut pending: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut s);
        libc::sigaddset(&mut s, SIGUSR2);
        libc::sigpending(&mut pending);
        let was_pending = libc::sigismember(&pending, SIGUSR2) == 1;
        let zero = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        (
            was_pending,
            libc::sigtimedwait(&s, std::ptr::null_mut(), &zero),
        )
    };
    rt_sigprocmask(SIG_SETMASK, Some(&old), None).unwrap();
    assert_eq!(taken, (true, SIGUSR2), "SIGUSR2 was pending on this thread");
}

/// The calling thread's mask as libc sees it, as the kernel's 64-bit set.
fn libc_mask() -> u64 {
    // SAFETY: a query (null new set) into a local sigset_t.
    unsafe {
        let mut cur: libc::sigset_t = std::mem::zeroed();
        assert_eq!(
            libc::pthread_sigmask(SIG_BLOCK, std::ptr::null(), &mut cur),
            0
        );
        (1..=64)
            .filter(|&s| libc::sigismember(&cur, s) == 1)
            .fold(0u64, |m, s| m | 1 << (s - 1))
    }
}

#[test]
fn rt_sigprocmask_round_trip() {
    let mut orig = Sigset::full();
    rt_sigprocmask(SIG_BLOCK, None, Some(&mut orig)).expect("query");
    // The C library hides its internal signals from pthread_sigmask (glibc: 32 and 33;
    // musl: 32 to 34): compare the rest.
    let visible = !(7u64 << 31);
    // The set as one 64-bit mask, bit n - 1 for signal n, whatever the kernel's word size.
    let mask = (1..=64)
        .filter(|&s| orig.contains(s))
        .fold(0u64, |m, s| m | 1 << (s - 1));
    assert_eq!(
        mask & visible,
        libc_mask() & visible,
        "same mask as libc sees"
    );

    let add = Sigset::empty().with(SIGUSR1).with(SIGUSR2).with(SIGKILL);
    let mut old = Sigset::full();
    rt_sigprocmask(SIG_BLOCK, Some(&add), Some(&mut old)).expect("block");
    assert_eq!(old, orig, "old mask returned");
    let mut now = Sigset::empty();
    rt_sigprocmask(SIG_BLOCK, None, Some(&mut now)).expect("query");
    assert!(now.contains(SIGUSR1) && now.contains(SIGUSR2));
    assert!(!now.contains(SIGKILL), "SIGKILL cannot be blocked");
    assert_eq!(
        libc_mask() & (1 << (SIGUSR1 - 1)),
        1 << (SIGUSR1 - 1),
        "libc agrees"
    );

    rt_sigprocmask(SIG_UNBLOCK, Some(&Sigset::empty().with(SIGUSR2)), None).expect("unblock");
    rt_sigprocmask(SIG_BLOCK, None, Some(&mut now)).expect("query");
    assert!(now.contains(SIGUSR1) && !now.contains(SIGUSR2));

    rt_sigprocmask(SIG_SETMASK, Some(&orig), None).expect("restore");
    rt_sigprocmask(SIG_BLOCK, None, Some(&mut now)).expect("query");
    assert_eq!(now, orig);

    assert_eq!(
        rt_sigprocmask(99, Some(&add), None),
        Err(Errno::EINVAL),
        "bad how"
    );
    rt_sigprocmask(SIG_BLOCK, None, Some(&mut now)).expect("query");
    assert_eq!(now, orig, "the failed call changed nothing");
}

#[test]
fn exit_group_ends_the_whole_process_with_the_code() {
    const TEST: &str = "exit_group_ends_the_whole_process_with_the_code";
    match child_role().as_deref() {
        // From a test thread, with the harness's main thread still alive: only exiting
        // the whole group ends the process with this status.
        Some("exit37") => exit_group(37),
        Some("exit261") => exit_group(261),
        _ => {}
    }
    let status = spawn_self(TEST, "exit37").wait();
    assert_eq!(status.code(), Some(37), "{status:?}");
    let status = spawn_self(TEST, "exit261").wait();
    assert_eq!(
        status.code(),
        Some(261 & 0xff),
        "the status is the low byte: {status:?}"
    );
}

#[test]
fn pidfd_open_on_ourselves() {
    let r = pidfd_open(getpid() as i32, 0);
    if skip_on_enosys("pidfd_open_on_ourselves", &PIDFD_OPEN, &r) {
        return;
    }
    let pidfd = r.expect("pidfd_open");
    // SAFETY: fcntl query on our own open fd.
    let fdfl = unsafe { libc::fcntl(pidfd.as_raw_fd(), libc::F_GETFD) };
    assert_eq!(
        fdfl & libc::FD_CLOEXEC,
        libc::FD_CLOEXEC,
        "pidfds are close-on-exec"
    );
    assert_eq!(pidfd_send_signal(pidfd.as_fd(), 0, 0), Ok(()));
    // /proc shows what the fd is.
    let link = std::fs::read_link(format!("/proc/self/fd/{}", pidfd.as_raw_fd())).unwrap();
    assert!(link.to_string_lossy().contains("pidfd"), "{link:?}");

    let nb = pidfd_open(getpid() as i32, PIDFD_NONBLOCK).expect("PIDFD_NONBLOCK");
    // SAFETY: fcntl query on our own open fd.
    let fl = unsafe { libc::fcntl(nb.as_raw_fd(), libc::F_GETFL) };
    if !common::qemu_mips64_host_numbers("PIDFD_NONBLOCK (flags reach the host unmapped)") {
        assert_eq!(fl & libc::O_NONBLOCK, libc::O_NONBLOCK);
    }

    assert_eq!(pidfd_open(-1, 0).err(), Some(Errno::EINVAL), "pid -1");
    assert_eq!(
        pidfd_open(getpid() as i32, 0x1).err(),
        Some(Errno::EINVAL),
        "bad flag"
    );
    assert_eq!(
        pidfd_open(i32::MAX, 0).err(),
        Some(Errno::ESRCH),
        "no such process"
    );
}

#[test]
fn pidfd_getfd_duplicates_our_own_pipe_end() {
    let r = pidfd_open(getpid() as i32, 0);
    if skip_on_enosys("pidfd_getfd_duplicates_our_own_pipe_end", &PIDFD_OPEN, &r) {
        return;
    }
    let pidfd = r.unwrap();
    let (rd, wr) = pipe();
    assert_eq!(zcall::write(wr.as_fd(), b"through the copy"), Ok(16));
    let r = pidfd_getfd(pidfd.as_fd(), rd.as_raw_fd(), 0);
    if skip_on_enosys("pidfd_getfd_duplicates_our_own_pipe_end", &PIDFD_GETFD, &r) {
        return;
    }
    let copy = r.expect("pidfd_getfd");
    assert_ne!(copy.as_raw_fd(), rd.as_raw_fd(), "a new fd number");
    drop(rd);
    let mut buf = [0u8; 32];
    let n = zcall::read(copy.as_fd(), &mut buf).expect("read through the copy");
    assert_eq!(&buf[..n], b"through the copy");

    assert_eq!(
        pidfd_getfd(pidfd.as_fd(), i32::MAX, 0).err(),
        Some(Errno::EBADF),
        "target fd not open"
    );
    assert_eq!(
        pidfd_getfd(pidfd.as_fd(), copy.as_raw_fd(), 1).err(),
        Some(Errno::EINVAL),
        "flags must be 0"
    );
    assert_eq!(
        pidfd_getfd(wr.as_fd(), copy.as_raw_fd(), 0).err(),
        Some(Errno::EBADF),
        "not a pidfd"
    );
    assert_eq!(pidfd_getfd(bad_fd(), 0, 0).err(), Some(Errno::EBADF));
}

#[test]
fn pidfd_send_signal_checks_and_kills() {
    if child_role().as_deref() == Some("pidfd") {
        sleep_until_killed();
    }
    let r = pidfd_open(getpid() as i32, 0);
    if skip_on_enosys("pidfd_send_signal_checks_and_kills", &PIDFD_OPEN, &r) {
        return;
    }
    let me = r.unwrap();
    assert_eq!(pidfd_send_signal(me.as_fd(), 0, 0), Ok(()));
    assert_eq!(
        pidfd_send_signal(me.as_fd(), 0, 0x100),
        Err(Errno::EINVAL),
        "bad flag"
    );
    assert_eq!(
        pidfd_send_signal(me.as_fd(), 12345, 0),
        Err(Errno::EINVAL),
        "bad signal"
    );
    assert_eq!(pidfd_send_signal(bad_fd(), 0, 0), Err(Errno::EBADF));
    let (rd, _wr) = pipe();
    assert_eq!(
        pidfd_send_signal(rd.as_fd(), 0, 0),
        Err(Errno::EBADF),
        "not a pidfd"
    );

    let mut child = spawn_self("pidfd_send_signal_checks_and_kills", "pidfd");
    let cfd = pidfd_open(child.id() as i32, 0).expect("pidfd_open child");
    assert_eq!(pidfd_send_signal(cfd.as_fd(), SIGKILL, 0), Ok(()));
    let status = child.wait();
    assert_eq!(status.signal(), Some(SIGKILL), "{status:?}");
    // Reaped: the pidfd now refers to a process that is gone.
    assert_eq!(pidfd_send_signal(cfd.as_fd(), 0, 0), Err(Errno::ESRCH));
}

/// `siginfo_t` as the kernel copies it in for a queued signal (the `_rt` member of the
/// union: sender pid and uid, then the value, a `sigval` of a pointer's size): 128 bytes,
/// the union after `__ARCH_SI_PREAMBLE_SIZE` (`include/uapi/asm-generic/siginfo.h`: four
/// ints on 64-bit targets, so 8-aligned at 16; three on 32-bit ones, at 12).
#[repr(C)]
struct QueuedSiginfo {
    signo: i32,
    errno: i32,
    code: i32,
    #[cfg(target_pointer_width = "64")]
    _pad: i32,
    pid: i32,
    uid: u32,
    value: usize,
    _rest: [usize; SIGINFO_REST],
}

/// Words after the value, to 128 bytes.
const SIGINFO_REST: usize =
    (128 - (if cfg!(target_pointer_width = "64") {
        16
    } else {
        12
    }) - 8
        - size_of::<usize>())
        / size_of::<usize>();

const _: () = assert!(size_of::<QueuedSiginfo>() == size_of::<libc::siginfo_t>());

/// `SI_QUEUE` and `SI_USER` (`asm-generic/siginfo.h`).
const SI_QUEUE: i32 = -1;
const SI_USER: i32 = 0;

const QUEUED_VALUE: u64 = 0x5eed_cafe;

fn queued(sig: i32, code: i32) -> QueuedSiginfo {
    QueuedSiginfo {
        signo: sig,
        errno: 0,
        code,
        #[cfg(target_pointer_width = "64")]
        _pad: 0,
        pid: getpid() as i32,
        // SAFETY: getuid has no preconditions.
        uid: unsafe { libc::getuid() },
        value: QUEUED_VALUE as usize,
        _rest: [0; SIGINFO_REST],
    }
}

/// What the child's SIGUSR1 handler saw (written only by the handler, then `GOT`).
static GOT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
static GOT_CODE: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(0);
static GOT_PID: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(0);
static GOT_VALUE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

extern "C" fn record_siginfo(_: libc::c_int, info: *mut libc::siginfo_t, _: *mut libc::c_void) {
    use std::sync::atomic::Ordering::SeqCst;
    // SAFETY: the kernel hands an SA_SIGINFO handler a valid siginfo_t; reading it and
    // storing atomics is async-signal-safe.
    unsafe {
        GOT_CODE.store((*info).si_code, SeqCst);
        GOT_PID.store((*info).si_pid(), SeqCst);
        GOT_VALUE.store((*info).si_value().sival_ptr as usize, SeqCst);
    }
    GOT.store(true, SeqCst);
}

/// The child side: a SIGUSR1 handler that records the siginfo (a process-wide change,
/// made in a child that runs this one test only), `ready` on stdout, then what arrived.
fn report_queued_signal() -> ! {
    use std::io::Write;
    use std::sync::atomic::Ordering::SeqCst;
    // SAFETY: installs a handler that only reads its siginfo and stores atomics; this
    // child process runs nothing else.
    unsafe {
        let mut sa: common::Sigaction = std::mem::zeroed();
        sa.sa_sigaction = record_siginfo as *const () as usize;
        sa.sa_flags = zcall::consts::SA_SIGINFO;
        libc::sigemptyset(&mut sa.sa_mask);
        assert_eq!(common::sigaction(SIGUSR1, &sa, std::ptr::null_mut()), 0);
    }
    let mut out = std::io::stdout();
    // A newline first: the harness has just printed "test … ... " without one.
    writeln!(out, "\nchild: ready").unwrap();
    out.flush().unwrap();
    // Bounded: a signal that never comes ends the child (status 4), not the test run.
    for _ in 0..6000 {
        if GOT.load(SeqCst) {
            writeln!(
                out,
                "child: got code={} pid={} value={}",
                GOT_CODE.load(SeqCst),
                GOT_PID.load(SeqCst),
                GOT_VALUE.load(SeqCst)
            )
            .unwrap();
            out.flush().unwrap();
            exit_group(0);
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    writeln!(out, "child: no signal").unwrap();
    out.flush().unwrap();
    exit_group(4)
}

#[test]
fn pidfd_send_signal_info_queues_our_siginfo_in_a_child() {
    const TEST: &str = "pidfd_send_signal_info_queues_our_siginfo_in_a_child";
    use std::io::BufRead;
    if child_role().as_deref() == Some("siginfo") {
        report_queued_signal();
    }
    let r = pidfd_open(getpid() as i32, 0);
    if skip_on_enosys(TEST, &PIDFD_OPEN, &r) {
        return;
    }
    let mut child = spawn_self_with(TEST, "siginfo", Stdio::piped(), &["--nocapture"]);
    let mut lines = std::io::BufReader::new(child.0.stdout.take().unwrap()).lines();
    // The harness prints its own lines too: ours start with "child: ".
    let mut next_line = || {
        lines
            .by_ref()
            .map(|l| l.expect("child stdout"))
            .find_map(|l| l.strip_prefix("child: ").map(str::to_owned))
            .expect("the child ended without a line")
    };
    assert_eq!(next_line(), "ready");
    if common::qemu_mips64_host_numbers("pidfd_send_signal_info to a child (si_signo unmapped)") {
        let _ = child.0.kill();
        child.wait();
        return;
    }
    let cfd = pidfd_open(child.id() as i32, 0).expect("pidfd_open child");

    // The kernel reads the siginfo: si_signo must be the signal sent (EINVAL), and another
    // process may not be sent a kernel-style si_code >= 0 (EPERM). Neither sends anything
    // (SIGUSR2 would kill the child; a SIGUSR1 would be reported below).
    let info = queued(SIGUSR1, SI_QUEUE);
    // SAFETY: `info` is 128 readable bytes laid out as siginfo_t; the child's handler
    // only records what it reads.
    let r =
        unsafe { zcall::pidfd_send_signal_info(cfd.as_fd(), SIGUSR2, (&raw const info).cast(), 0) };
    assert_eq!(r, Err(Errno::EINVAL), "si_signo differs from the signal");
    let fake = queued(SIGUSR1, SI_USER);
    // SAFETY: as above.
    let r =
        unsafe { zcall::pidfd_send_signal_info(cfd.as_fd(), SIGUSR1, (&raw const fake).cast(), 0) };
    assert_eq!(r, Err(Errno::EPERM), "SI_USER to another process");

    // SI_QUEUE with a value: allowed, and delivered as written.
    // SAFETY: as above.
    let r =
        unsafe { zcall::pidfd_send_signal_info(cfd.as_fd(), SIGUSR1, (&raw const info).cast(), 0) };
    assert_eq!(r, Ok(()));
    assert_eq!(
        next_line(),
        format!("got code={SI_QUEUE} pid={} value={QUEUED_VALUE}", getpid()),
        "the child's handler saw our siginfo"
    );
    assert!(child.wait().success());
}

#[test]
fn pidfd_send_signal_info_to_our_own_thread() {
    const TEST: &str = "pidfd_send_signal_info_to_our_own_thread";
    let r = pidfd_open(getpid() as i32, 0);
    if skip_on_enosys(TEST, &PIDFD_OPEN, &r) {
        return;
    }
    // A pidfd for this thread alone (PIDFD_THREAD, Linux 6.9), so the signal can go to
    // this thread, which blocks it, and to no other thread of the test harness.
    let tfd = match pidfd_open(gettid() as i32, PIDFD_THREAD) {
        Err(Errno::EINVAL) if common::under_qemu() || common::kernel_version() < (6, 9) => {
            eprintln!("SKIP {TEST}: PIDFD_THREAD arrived in Linux 6.9 (EINVAL here)");
            return;
        }
        r => r.expect("pidfd_open(PIDFD_THREAD)"),
    };
    let set = Sigset::empty().with(SIGUSR1);
    let mut old = Sigset::empty();
    rt_sigprocmask(SIG_BLOCK, Some(&set), Some(&mut old)).expect("block SIGUSR1");
    let info = queued(SIGUSR1, SI_QUEUE);
    // SAFETY: `info` is 128 readable bytes laid out as siginfo_t; the signal goes to this
    // thread, which has it blocked and takes it with sigtimedwait below.
    let sent = unsafe {
        zcall::pidfd_send_signal_info(
            tfd.as_fd(),
            SIGUSR1,
            (&raw const info).cast(),
            PIDFD_SIGNAL_THREAD,
        )
    };
    // SAFETY: plain libc calls on local, initialised sigset_t/timespec/siginfo_t values.
    let (taken, got) = unsafe {
        let mut s: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut s);
        libc::sigaddset(&mut s, SIGUSR1);
        let zero = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        let mut got: libc::siginfo_t = std::mem::zeroed();
        (libc::sigtimedwait(&s, &mut got, &zero), got)
    };
    rt_sigprocmask(SIG_SETMASK, Some(&old), None).expect("restore mask");
    assert_eq!(sent, Ok(()));
    assert_eq!(taken, SIGUSR1, "SIGUSR1 was pending on this thread");
    // SAFETY: sigtimedwait filled `got` for SIGUSR1, a queued signal: the _rt fields.
    let (pid, value) = unsafe { (got.si_pid(), got.si_value().sival_ptr as usize as u64) };
    assert_eq!(
        (got.si_code, pid, value),
        (SI_QUEUE, getpid() as i32, QUEUED_VALUE)
    );
}
