//! Raw semantics: a blocking call interrupted by a signal whose handler was installed
//! without SA_RESTART returns EINTR; zcall never retries behind the caller's back.
#![cfg(target_os = "linux")]

mod common;

use std::os::fd::{AsFd, FromRawFd, OwnedFd};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use zcall::Errno;

static HANDLED: AtomicUsize = AtomicUsize::new(0);

extern "C" fn on_signal(_: libc::c_int) {
    HANDLED.fetch_add(1, Ordering::SeqCst);
}

#[test]
fn blocking_read_interrupted_without_sa_restart_is_eintr() {
    // SAFETY: installs a handler that only touches an atomic, for SIGUSR2, which no other
    // test in this binary uses; sa_flags = 0 means no SA_RESTART.
    unsafe {
        let mut sa: common::Sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_signal as *const () as usize;
        sa.sa_flags = 0;
        libc::sigemptyset(&mut sa.sa_mask);
        assert_eq!(
            common::sigaction(zcall::consts::SIGUSR2, &sa, std::ptr::null_mut()),
            0
        );
    }
    let mut fds = [0; 2];
    // SAFETY: pipe2 writes two fds into the array.
    assert_eq!(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) }, 0);
    // SAFETY: both fds are new and owned here.
    let (r, w) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };

    let (tid_tx, tid_rx) = mpsc::channel();
    let result = std::thread::scope(|s| {
        let reader = s.spawn(|| {
            // SAFETY: gettid has no preconditions.
            tid_tx.send(unsafe { libc::gettid() }).unwrap();
            let mut buf = [0u8; 8];
            // Blocks: nobody writes to the pipe until the read has returned.
            zcall::read(r.as_fd(), &mut buf)
        });
        let tid = tid_rx.recv().unwrap();
        // The signal may land before the read blocks (then the handler runs and the read
        // blocks anyway), so keep signalling, boundedly, until the reader returns.
        for _ in 0..1000 {
            if reader.is_finished() {
                break;
            }
            // SAFETY: signals one thread of this process with a handled signal.
            unsafe {
                libc::syscall(
                    libc::SYS_tgkill,
                    libc::getpid(),
                    tid,
                    zcall::consts::SIGUSR2,
                )
            };
            std::thread::sleep(Duration::from_millis(5));
        }
        // Still blocked (the wrapper retried EINTR, or the signal never came): give the
        // read a byte so it returns, and the assertion below fails instead of the scope
        // waiting forever for the reader.
        let unblocked = !reader.is_finished();
        if unblocked {
            assert_eq!(zcall::write(w.as_fd(), b"u"), Ok(1), "unblocking write");
        }
        (reader.join().unwrap(), unblocked)
    });
    let (result, unblocked) = result;
    if unblocked && result == Err(Errno::EINTR) {
        // Interrupted after all, just as the unblocking byte went in: take that byte
        // back out so the check below sees only its own.
        let mut buf = [0u8; 1];
        assert_eq!(zcall::read(r.as_fd(), &mut buf), Ok(1));
    }
    assert_eq!(
        result,
        Err(Errno::EINTR),
        "the read was not interrupted (a byte written after 1000 signals ended it)"
    );
    assert!(Errno::EINTR.is_temporary());
    assert!(HANDLED.load(Ordering::SeqCst) >= 1);
    // Nothing was consumed or lost: a byte written now is the next one read.
    assert_eq!(zcall::write(w.as_fd(), b"z"), Ok(1));
    let mut buf = [0u8; 8];
    assert_eq!(zcall::read(r.as_fd(), &mut buf), Ok(1));
    assert_eq!(buf[0], b'z');
}
