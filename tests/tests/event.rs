//! eventfd2 and signalfd4 against the real kernel.
#![cfg(target_os = "linux")]

mod common;
use common::bad_fd;

use std::os::fd::{AsFd, AsRawFd, BorrowedFd};

use zcall::consts::{
    CLOCK_MONOTONIC, EFD_CLOEXEC, EFD_NONBLOCK, EFD_SEMAPHORE, SFD_CLOEXEC, SFD_NONBLOCK, SIGUSR1,
    SIGUSR2, SIG_BLOCK, SIG_SETMASK, TFD_CLOEXEC,
};
use zcall::types::{SignalfdSiginfo, Sigset};
use zcall::{
    eventfd2, eventfd_read, eventfd_write, getpid, gettid, rt_sigprocmask, signalfd4,
    signalfd4_update, signalfd_read, tgkill, Errno,
};

/// `SI_TKILL`: the `si_code` of a signal sent with tgkill/tkill (`asm-generic/siginfo.h`).
const SI_TKILL: i32 = -6;

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

    assert_eq!(eventfd_write(fd.as_fd(), 5), Ok(()));
    assert_eq!(eventfd_write(fd.as_fd(), 7), Ok(()));
    assert_eq!(
        eventfd_read(fd.as_fd()),
        Ok(3 + 5 + 7),
        "initval plus both writes"
    );
    assert_eq!(
        eventfd_read(fd.as_fd()),
        Err(Errno::EAGAIN),
        "the read reset the counter"
    );
    assert_eq!(eventfd_write(fd.as_fd(), 1), Ok(()));
    assert_eq!(eventfd_read(fd.as_fd()), Ok(1));
}

#[test]
fn eventfd_semaphore_reads_one_at_a_time() {
    let fd = eventfd2(2, EFD_SEMAPHORE | EFD_NONBLOCK | EFD_CLOEXEC).expect("eventfd2");
    assert_eq!(eventfd_read(fd.as_fd()), Ok(1));
    assert_eq!(eventfd_read(fd.as_fd()), Ok(1));
    assert_eq!(eventfd_read(fd.as_fd()), Err(Errno::EAGAIN));
    // Without EFD_SEMAPHORE the same counter is taken whole: the flag reached the kernel.
    let plain = eventfd2(2, EFD_NONBLOCK | EFD_CLOEXEC).expect("eventfd2");
    assert_eq!(eventfd_read(plain.as_fd()), Ok(2));
}

#[test]
fn eventfd_error_paths() {
    let fd = eventfd2(0, EFD_NONBLOCK | EFD_CLOEXEC).expect("eventfd2");
    assert_eq!(
        eventfd_read(fd.as_fd()),
        Err(Errno::EAGAIN),
        "empty, non-blocking"
    );
    assert_eq!(
        eventfd_write(fd.as_fd(), u64::MAX),
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
    assert_eq!(eventfd_write(fd.as_fd(), u64::MAX - 1), Ok(()));
    assert_eq!(eventfd_write(fd.as_fd(), 1), Err(Errno::EAGAIN));
    assert_eq!(eventfd2(0, 0x40).err(), Some(Errno::EINVAL), "unknown flag");
    assert_eq!(eventfd_read(bad_fd()), Err(Errno::EBADF));
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

/// One record from the signalfd, through the typed reader.
fn read_siginfo(fd: BorrowedFd<'_>) -> Result<SignalfdSiginfo, Errno> {
    let mut info = [SignalfdSiginfo::default()];
    assert_eq!(signalfd_read(fd, &mut info)?, 1);
    Ok(info[0])
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
    if !common::qemu_mips64_host_numbers("signalfd fdinfo mask (host signal numbers)") {
        assert_eq!(
            fdinfo_sigmask(fd.as_fd()),
            1 << (SIGUSR2 - 1),
            "the kernel's mask for this fd"
        );
    }

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
    if !common::qemu_mips64_host_numbers("signalfd fdinfo mask after the update") {
        if now != 1 << (SIGUSR1 - 1) {
            drain(SIGUSR1);
        }
        assert_eq!(
            now,
            1 << (SIGUSR1 - 1),
            "the kernel's mask for this fd after the update"
        );
    }
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

#[test]
fn signalfd_read_takes_every_queued_record_that_fits() {
    let both = Sigset::empty().with(SIGUSR1).with(SIGUSR2);
    let _guard = MaskGuard::block(&both);
    let fd = signalfd4(&both, SFD_NONBLOCK | SFD_CLOEXEC).expect("signalfd4");
    raise_here(SIGUSR1);
    raise_here(SIGUSR2);
    let sentinel = SignalfdSiginfo {
        ssi_signo: 0xdead,
        ..Default::default()
    };
    let mut records = [sentinel; 4];
    let r = signalfd_read(fd.as_fd(), &mut records[..3]);
    if r != Ok(2) {
        drain(SIGUSR1);
        drain(SIGUSR2);
    }
    assert_eq!(r, Ok(2), "both queued signals, in one read");
    let mut signos = [records[0].ssi_signo, records[1].ssi_signo];
    signos.sort();
    assert_eq!(signos, [SIGUSR1 as u32, SIGUSR2 as u32]);
    assert!(records[0].ssi_pid == std::process::id() && records[1].ssi_code == SI_TKILL);
    assert_eq!(
        &records[2..],
        &[sentinel; 2],
        "nothing written past the records read"
    );
    assert_eq!(
        signalfd_read(fd.as_fd(), &mut records),
        Err(Errno::EAGAIN),
        "both consumed"
    );
    // An empty slice: the kernel's EINVAL for a buffer below one record.
    assert_eq!(signalfd_read(fd.as_fd(), &mut []), Err(Errno::EINVAL));
    assert_eq!(signalfd_read(bad_fd(), &mut records), Err(Errno::EBADF));
}

#[test]
fn record_readers_refuse_short_answers() {
    // A pipe is no eventfd/signalfd: it answers with what it holds. A short answer is
    // EINVAL, never a misread value.
    let (r, w) = common::pipe();
    zcall::write(w.as_fd(), b"abc").unwrap();
    assert_eq!(eventfd_read(r.as_fd()), Err(Errno::EINVAL), "3 bytes");
    zcall::write(w.as_fd(), &[7u8; 50]).unwrap();
    let mut records = [SignalfdSiginfo::default(); 2];
    assert_eq!(
        signalfd_read(r.as_fd(), &mut records),
        Err(Errno::EINVAL),
        "50 bytes: part of a record"
    );
    // A whole record's worth of bytes is a record (any bytes are a valid one).
    zcall::write(w.as_fd(), &[7u8; 128]).unwrap();
    assert_eq!(signalfd_read(r.as_fd(), &mut records), Ok(1));
    assert_eq!(records[0].ssi_signo, 0x0707_0707);
    drop(w);
    assert_eq!(eventfd_read(r.as_fd()), Err(Errno::EINVAL), "end of file");
    assert_eq!(
        signalfd_read(r.as_fd(), &mut records),
        Err(Errno::EINVAL),
        "end of file"
    );
    // A pipe that takes only part of the 8 bytes cannot be made without filling it to
    // within 8 bytes of its capacity; a full pipe gives EAGAIN, a wrong fd type EINVAL
    // from the kernel (timerfd refuses writes).
    let t = zcall::timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC).unwrap();
    assert_eq!(eventfd_write(t.as_fd(), 1), Err(Errno::EINVAL));
    assert_eq!(eventfd_write(bad_fd(), 1), Err(Errno::EBADF));
}
