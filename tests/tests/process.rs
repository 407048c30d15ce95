//! getpid, getppid, gettid, kill, tgkill, rt_sigprocmask, exit_group and the pidfd calls
//! against the real kernel.
#![cfg(target_os = "linux")]

mod common;
use common::{bad_fd, pipe, skip_on_enosys, PIDFD_GETFD, PIDFD_OPEN};

use std::os::fd::{AsFd, AsRawFd};
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, Command, Stdio};

use zcall::consts::{
    PIDFD_NONBLOCK, SIGKILL, SIGUSR1, SIGUSR2, SIG_BLOCK, SIG_SETMASK, SIG_UNBLOCK,
};
use zcall::types::Sigset;
use zcall::{
    exit_group, getpid, getppid, gettid, kill, pidfd_getfd, pidfd_open, pidfd_send_signal,
    rt_sigprocmask, tgkill, Errno,
};

/// Environment variable telling a re-executed test binary which child role to play.
const CHILD_ROLE: &str = "ZCALL_PROCESS_TEST_CHILD";

/// Re-executes this test binary running only `test`, with `role` in the environment.
fn spawn_self(test: &str, role: &str) -> Child {
    let exe = std::env::current_exe().expect("current_exe");
    Command::new(exe)
        .args(["--exact", test, "--test-threads=1"])
        .env(CHILD_ROLE, role)
        .stdout(Stdio::null())
        .spawn()
        .expect("spawn self")
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
            let ids = (gettid(), libc_gettid());
            barrier.wait();
            ids
        })
    };
    let (ta, tb) = (spawn(), spawn());
    let (a, a_libc) = ta.join().unwrap();
    let (b, b_libc) = tb.join().unwrap();
    assert_eq!(a as i32, a_libc);
    assert_eq!(b as i32, b_libc);
    assert_ne!(a, b);
    assert_ne!(a, here);
    assert_ne!(b, here);
    // A spawned thread is never the main thread: its id is not the process id.
    assert_ne!(a, getpid());
    // The main thread's id is the process id: it is listed under /proc/self/task.
    assert!(std::path::Path::new(&format!("/proc/self/task/{}", getpid())).exists());
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
    let status = child.wait().expect("wait");
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
    assert_eq!(
        orig.bits[0] & visible,
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
    let status = spawn_self(TEST, "exit37").wait().expect("wait");
    assert_eq!(status.code(), Some(37), "{status:?}");
    let status = spawn_self(TEST, "exit261").wait().expect("wait");
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
    assert_eq!(fl & libc::O_NONBLOCK, libc::O_NONBLOCK);

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
    let status = child.wait().expect("wait");
    assert_eq!(status.signal(), Some(SIGKILL), "{status:?}");
    // Reaped: the pidfd now refers to a process that is gone.
    assert_eq!(pidfd_send_signal(cfd.as_fd(), 0, 0), Err(Errno::ESRCH));
}
