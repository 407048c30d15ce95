//! eventfd2 and signalfd4 against the real kernel.
#![cfg(target_os = "linux")]

mod common;
use common::bad_fd;

use std::os::fd::{AsFd, AsRawFd, BorrowedFd};

use zcall::consts::{
    EFD_CLOEXEC, EFD_NONBLOCK, EFD_SEMAPHORE, SFD_CLOEXEC, SFD_NONBLOCK, SIGUSR1, SIGUSR2,
    SIG_BLOCK, SIG_SETMASK,
};
use zcall::types::{SignalfdSiginfo, Sigset};
use zcall::{eventfd2, getpid, gettid, rt_sigprocmask, signalfd4, signalfd4_update, tgkill, Errno};

/// `SI_TKILL`: the `si_code` of a signal sent with tgkill/tkill (`asm-generic/siginfo.h`).
const SI_TKILL: i32 = -6;

fn read_u64(fd: BorrowedFd<'_>) -> Result<u64, Errno> {
    let mut buf = [0u8; 8];
    assert_eq!(zcall::read(fd, &mut buf)?, 8);
    Ok(u64::from_ne_bytes(buf))
}

fn write_u64(fd: BorrowedFd<'_>, v: u64) -> Result<usize, Errno> {
    zcall::write(fd, &v.to_ne_bytes())
}

fn fd_flags(fd: BorrowedFd<'_>) -> (i32, i32) {
    // SAFETY: fcntl queries on an fd we hold open.
    unsafe {
        (
            libc::fcntl(fd.as_raw_fd(), libc::F_GETFD),
            libc::fcntl(fd.as_raw_fd(), libc::F_GETFL),
        )
    }
}

#[test]
fn eventfd_writes_add_and_a_read_takes_the_sum() {
    let fd = eventfd2(3, EFD_CLOEXEC | EFD_NONBLOCK).expect("eventfd2");
    let (fdfl, fl) = fd_flags(fd.as_fd());
    assert_eq!(fdfl & libc::FD_CLOEXEC, libc::FD_CLOEXEC);
    assert_eq!(fl & libc::O_NONBLOCK, libc::O_NONBLOCK);

    assert_eq!(write_u64(fd.as_fd(), 5), Ok(8));
    assert_eq!(write_u64(fd.as_fd(), 7), Ok(8));
    assert_eq!(
        read_u64(fd.as_fd()),
        Ok(3 + 5 + 7),
        "initval plus both writes"
    );
    assert_eq!(
        read_u64(fd.as_fd()),
        Err(Errno::EAGAIN),
        "the read reset the counter"
    );
    assert_eq!(write_u64(fd.as_fd(), 1), Ok(8));
    assert_eq!(read_u64(fd.as_fd()), Ok(1));
}

#[test]
fn eventfd_semaphore_reads_one_at_a_time() {
    let fd = eventfd2(2, EFD_SEMAPHORE | EFD_NONBLOCK | EFD_CLOEXEC).expect("eventfd2");
    assert_eq!(read_u64(fd.as_fd()), Ok(1));
    assert_eq!(read_u64(fd.as_fd()), Ok(1));
    assert_eq!(read_u64(fd.as_fd()), Err(Errno::EAGAIN));
    // Without EFD_SEMAPHORE the same counter is taken whole: the flag reached the kernel.
    let plain = eventfd2(2, EFD_NONBLOCK | EFD_CLOEXEC).expect("eventfd2");
    assert_eq!(read_u64(plain.as_fd()), Ok(2));
}

#[test]
fn eventfd_error_paths() {
    let fd = eventfd2(0, EFD_NONBLOCK | EFD_CLOEXEC).expect("eventfd2");
    assert_eq!(
        read_u64(fd.as_fd()),
        Err(Errno::EAGAIN),
        "empty, non-blocking"
    );
    assert_eq!(
        write_u64(fd.as_fd(), u64::MAX),
        Err(Errno::EINVAL),
        "u64::MAX is reserved"
    );
    let mut short = [0u8; 4];
    assert_eq!(
        zcall::read(fd.as_fd(), &mut short),
        Err(Errno::EINVAL),
        "short buffer"
    );
    assert_eq!(
        zcall::write(fd.as_fd(), &[1, 0, 0, 0]),
        Err(Errno::EINVAL),
        "short write"
    );
    // Overflow: u64::MAX - 1 is the largest count; adding more would block.
    assert_eq!(write_u64(fd.as_fd(), u64::MAX - 1), Ok(8));
    assert_eq!(write_u64(fd.as_fd(), 1), Err(Errno::EAGAIN));
    assert_eq!(eventfd2(0, 0x40).err(), Some(Errno::EINVAL), "unknown flag");
    assert_eq!(read_u64(bad_fd()), Err(Errno::EBADF));
}

/// Blocks `set` in the calling thread for the guard's life, restoring the old mask after.
struct MaskGuard(Sigset);

impl MaskGuard {
    fn block(set: &Sigset) -> MaskGuard {
        let mut old = Sigset::empty();
        rt_sigprocmask(SIG_BLOCK, Some(set), Some(&mut old)).expect("block");
        MaskGuard(old)
    }
}

impl Drop for MaskGuard {
    fn drop(&mut self) {
        rt_sigprocmask(SIG_SETMASK, Some(&self.0), None).expect("restore mask");
    }
}

fn read_siginfo(fd: BorrowedFd<'_>) -> Result<SignalfdSiginfo, Errno> {
    let mut info = SignalfdSiginfo::default();
    // SAFETY: SignalfdSiginfo is a 128-byte plain-old-data struct: any bytes are a valid
    // value, and the slice covers exactly it while `info` is borrowed mutably.
    let bytes = unsafe {
        std::slice::from_raw_parts_mut(
            (&mut info as *mut SignalfdSiginfo).cast::<u8>(),
            size_of::<SignalfdSiginfo>(),
        )
    };
    assert_eq!(zcall::read(fd, bytes)?, 128);
    Ok(info)
}

/// Sends `sig` to the calling thread only (other test threads never see it).
fn raise_here(sig: i32) {
    tgkill(getpid() as i32, gettid() as i32, sig).expect("tgkill");
}

/// Takes `sig` off this thread's pending set if it is there (so restoring the mask cannot
/// deliver it). Used only on the failure path.
fn drain(sig: i32) {
    // SAFETY: plain libc calls on local, initialised sigset_t/timespec values.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, sig);
        let zero = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        while libc::sigtimedwait(&set, std::ptr::null_mut(), &zero) == sig {}
    }
}

#[test]
fn signalfd_receives_a_signal_sent_to_this_thread() {
    let set = Sigset::empty().with(SIGUSR1);
    let _guard = MaskGuard::block(&set);
    let fd = signalfd4(&set, SFD_NONBLOCK | SFD_CLOEXEC).expect("signalfd4");
    let (fdfl, fl) = fd_flags(fd.as_fd());
    assert_eq!(fdfl & libc::FD_CLOEXEC, libc::FD_CLOEXEC);
    assert_eq!(fl & libc::O_NONBLOCK, libc::O_NONBLOCK);
    assert_eq!(
        read_siginfo(fd.as_fd()),
        Err(Errno::EAGAIN),
        "nothing pending yet"
    );

    raise_here(SIGUSR1);
    // tgkill queued the (blocked) signal on this thread before returning: no waiting.
    let got = read_siginfo(fd.as_fd());
    if got.is_err() {
        drain(SIGUSR1);
    }
    let info = got.expect("signalfd read after tgkill");
    assert_eq!(info.ssi_signo, SIGUSR1 as u32);
    assert_eq!(info.ssi_pid, std::process::id());
    assert_eq!(info.ssi_code, SI_TKILL);
    assert_eq!(info.ssi_uid, uid());
    assert_eq!(
        read_siginfo(fd.as_fd()),
        Err(Errno::EAGAIN),
        "the read consumed it"
    );
}

fn uid() -> u32 {
    // SAFETY: getuid has no preconditions.
    unsafe { libc::getuid() }
}

#[test]
fn signalfd4_update_changes_the_mask_of_the_same_fd() {
    let both = Sigset::empty().with(SIGUSR1).with(SIGUSR2);
    let _guard = MaskGuard::block(&both);
    let fd =
        signalfd4(&Sigset::empty().with(SIGUSR2), SFD_NONBLOCK | SFD_CLOEXEC).expect("signalfd4");
    assert_eq!(
        fdinfo_sigmask(fd.as_fd()),
        1 << (SIGUSR2 - 1),
        "the kernel's mask for this fd"
    );

    raise_here(SIGUSR1);
    let first = read_siginfo(fd.as_fd());
    if first.is_ok() {
        drain(SIGUSR1);
    }
    assert_eq!(
        first,
        Err(Errno::EAGAIN),
        "SIGUSR1 is not in the fd's mask yet"
    );

    let r = signalfd4_update(fd.as_fd(), &Sigset::empty().with(SIGUSR1), SFD_CLOEXEC);
    if r.is_err() {
        drain(SIGUSR1);
    }
    assert_eq!(r, Ok(()));
    // The kernel replaced the mask of this very fd (no new signalfd was made).
    let now = fdinfo_sigmask(fd.as_fd());
    if now != 1 << (SIGUSR1 - 1) {
        drain(SIGUSR1);
    }
    assert_eq!(
        now,
        1 << (SIGUSR1 - 1),
        "the kernel's mask for this fd after the update"
    );
    let got = read_siginfo(fd.as_fd());
    if got.is_err() {
        drain(SIGUSR1);
    }
    assert_eq!(
        got.expect("pending SIGUSR1 now readable").ssi_signo,
        SIGUSR1 as u32
    );

    // The mask was replaced, not extended: SIGUSR2 no longer goes to the fd.
    raise_here(SIGUSR2);
    let r = read_siginfo(fd.as_fd());
    drain(SIGUSR2);
    assert_eq!(r, Err(Errno::EAGAIN));
}

/// The signal mask of a signalfd as the kernel reports it in `/proc/self/fdinfo/<fd>`
/// (`sigmask:` in hex, bit `n - 1` for signal `n`).
fn fdinfo_sigmask(fd: BorrowedFd<'_>) -> u64 {
    let path = format!("/proc/self/fdinfo/{}", fd.as_raw_fd());
    let info = std::fs::read_to_string(&path).expect("fdinfo");
    let line = info
        .lines()
        .find_map(|l| l.strip_prefix("sigmask:"))
        .unwrap_or_else(|| panic!("no sigmask line in {path}: {info}"));
    u64::from_str_radix(line.trim(), 16).expect("hex sigmask")
}

#[test]
fn signalfd_error_paths() {
    let set = Sigset::empty().with(SIGUSR1);
    assert_eq!(
        signalfd4(&set, 0x40).err(),
        Some(Errno::EINVAL),
        "unknown flag"
    );
    let efd = eventfd2(0, EFD_CLOEXEC).expect("eventfd2");
    assert_eq!(
        signalfd4_update(efd.as_fd(), &set, 0),
        Err(Errno::EINVAL),
        "not a signalfd"
    );
    let sfd = signalfd4(&set, SFD_CLOEXEC).expect("signalfd4");
    assert_eq!(
        signalfd4_update(sfd.as_fd(), &set, 0x40),
        Err(Errno::EINVAL),
        "bad flag"
    );
    assert_eq!(signalfd4_update(bad_fd(), &set, 0), Err(Errno::EBADF));
    let mut short = [0u8; 64];
    assert_eq!(
        zcall::read(sfd.as_fd(), &mut short),
        Err(Errno::EINVAL),
        "short buffer"
    );
}
