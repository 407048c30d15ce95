//! Basic and vectored I/O against the real kernel: read, write, close, close_owned, readv,
//! writev, preadv, pwritev, preadv2, pwritev2.
#![cfg(target_os = "linux")]

mod common;
use common::{bad_fd, skip_on_enosys, unblock_if_stuck, NoAccessPage, PREADV2};

use std::io::{IoSlice, IoSliceMut};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, IntoRawFd, OwnedFd};

use zcall::consts::{MFD_CLOEXEC, O_CLOEXEC, O_NONBLOCK, RWF_APPEND, RWF_NOAPPEND, RWF_NOWAIT};
use zcall::Errno;

fn memfd() -> OwnedFd {
    zcall::memfd_create(c"zcall-io-test", MFD_CLOEXEC).expect("memfd_create")
}

fn pipe(flags: i32) -> (OwnedFd, OwnedFd) {
    zcall::pipe2(O_CLOEXEC | flags).expect("pipe2")
}

/// The file position, through libc.
fn position(fd: BorrowedFd<'_>) -> i64 {
    // SAFETY: lseek on an open fd, no memory involved.
    let p = unsafe { libc::lseek64(fd.as_raw_fd(), 0, libc::SEEK_CUR) };
    assert!(p >= 0, "lseek: {}", std::io::Error::last_os_error());
    p
}

fn seek(fd: BorrowedFd<'_>, to: i64) {
    // SAFETY: lseek on an open fd, no memory involved.
    let p = unsafe { libc::lseek64(fd.as_raw_fd(), to, libc::SEEK_SET) };
    assert_eq!(p, to, "lseek: {}", std::io::Error::last_os_error());
}

fn file_size(fd: BorrowedFd<'_>) -> i64 {
    // SAFETY: fstat writes one `struct stat` into `st`, a live local.
    let mut st: libc::stat64 = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    assert_eq!(unsafe { libc::fstat64(fd.as_raw_fd(), &mut st) }, 0);
    st.st_size
}

/// The file's bytes at `offset`, read with libc's pread (the cross-check).
fn pread_libc(fd: BorrowedFd<'_>, offset: i64, len: usize) -> Vec<u8> {
    let mut buf = vec![0u8; len];
    // SAFETY: pread writes at most `len` bytes into `buf`, which has `len` bytes.
    let n = unsafe { libc::pread64(fd.as_raw_fd(), buf.as_mut_ptr().cast(), len, offset) };
    assert!(n >= 0, "pread: {}", std::io::Error::last_os_error());
    buf.truncate(n as usize);
    buf
}

/// The whole file from offset 0, through libc.
fn contents(fd: BorrowedFd<'_>) -> Vec<u8> {
    pread_libc(fd, 0, file_size(fd) as usize)
}

#[test]
fn read_and_write_move_bytes_through_a_pipe() {
    let (r, w) = pipe(0);
    assert_eq!(zcall::write(w.as_fd(), b"through the kernel"), Ok(18));
    let mut buf = [0u8; 64];
    assert_eq!(zcall::read(r.as_fd(), &mut buf), Ok(18));
    assert_eq!(&buf[..18], b"through the kernel");
    // A short read: the length limits it, the rest stays in the pipe.
    assert_eq!(zcall::write(w.as_fd(), b"abcdef"), Ok(6));
    assert_eq!(zcall::read(r.as_fd(), &mut buf[..4]), Ok(4));
    assert_eq!(&buf[..4], b"abcd");
    assert_eq!(zcall::read(r.as_fd(), &mut buf), Ok(2));
    assert_eq!(&buf[..2], b"ef");
    // End of file once the write end is gone.
    drop(w);
    assert_eq!(zcall::read(r.as_fd(), &mut buf), Ok(0));
}

#[test]
fn empty_buffers_are_ok_0_without_entering_the_kernel() {
    // Even on an fd that is not open: the kernel is never asked.
    assert_eq!(zcall::read(bad_fd(), &mut []), Ok(0));
    assert_eq!(zcall::write(bad_fd(), &[]), Ok(0));
    // With a byte to move, the kernel is asked and says EBADF.
    assert_eq!(zcall::read(bad_fd(), &mut [0u8; 1]), Err(Errno::EBADF));
    assert_eq!(zcall::write(bad_fd(), b"x"), Err(Errno::EBADF));
    // The vectored calls always enter the kernel, even when they move no bytes. (One empty
    // buffer rather than none: qemu-user answers a zero-length iovec array with 0 itself.)
    assert_eq!(
        zcall::readv(bad_fd(), &mut [IoSliceMut::new(&mut [])]),
        Err(Errno::EBADF)
    );
    assert_eq!(
        zcall::writev(bad_fd(), &[IoSlice::new(&[])]),
        Err(Errno::EBADF)
    );
}

#[test]
fn read_of_an_empty_nonblocking_pipe_is_eagain() {
    let (r, _w) = pipe(O_NONBLOCK);
    let mut buf = [0u8; 8];
    assert_eq!(zcall::read(r.as_fd(), &mut buf), Err(Errno::EAGAIN));
    assert_eq!(
        zcall::readv(r.as_fd(), &mut [IoSliceMut::new(&mut buf)]),
        Err(Errno::EAGAIN)
    );
}

#[test]
fn write_to_a_pipe_without_reader_is_epipe() {
    // Writing to a widowed pipe raises SIGPIPE before returning EPIPE. std's runtime sets
    // SIGPIPE to SIG_IGN at start-up, test binaries included (libtest's main goes through
    // the same `lang_start`); check that, rather than change a process-wide setting.
    // SAFETY: sigaction with a null new action only writes the current one into `old`.
    let mut old: common::Sigaction = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    let rc = unsafe { common::sigaction(libc::SIGPIPE, std::ptr::null(), &mut old) };
    assert_eq!(rc, 0);
    assert_eq!(old.sa_sigaction, libc::SIG_IGN, "SIGPIPE must be ignored");

    let (r, w) = pipe(0);
    drop(r);
    assert_eq!(zcall::write(w.as_fd(), b"lost"), Err(Errno::EPIPE));
    assert_eq!(
        zcall::writev(w.as_fd(), &[IoSlice::new(b"lost")]),
        Err(Errno::EPIPE)
    );
}

#[test]
fn read_and_write_on_the_wrong_end_are_ebadf() {
    let (r, w) = pipe(0);
    assert_eq!(zcall::write(r.as_fd(), b"x"), Err(Errno::EBADF));
    assert_eq!(zcall::read(w.as_fd(), &mut [0u8; 1]), Err(Errno::EBADF));
}

#[test]
fn close_owned_really_closes_and_close_of_a_bad_fd_is_ebadf() {
    let (r, w) = pipe(0);
    let raw = w.as_raw_fd();
    // SAFETY: fcntl(F_GETFD) on our own open fd, no memory involved.
    assert!(unsafe { libc::fcntl(raw, libc::F_GETFD) } >= 0);
    assert_eq!(zcall::close_owned(w), Ok(()));
    // The only write end is gone: the reader sees end of file.
    assert_eq!(zcall::read(r.as_fd(), &mut [0u8; 4]), Ok(0));

    // The raw form, on a number we own.
    let raw = r.into_raw_fd();
    // SAFETY: `raw` came out of its OwnedFd, so we own it; it is closed exactly once and
    // not used afterwards.
    assert_eq!(unsafe { zcall::close(raw) }, Ok(()));
    // SAFETY: i32::MAX is never an open fd: close touches nothing and fails.
    assert_eq!(unsafe { zcall::close(i32::MAX) }, Err(Errno::EBADF));
}

#[test]
fn readv_writev_scatter_gather_and_advance_the_position() {
    let f = memfd();
    let bufs = [
        IoSlice::new(b"scatter"),
        IoSlice::new(b""),
        IoSlice::new(b"-"),
        IoSlice::new(b"gather"),
    ];
    assert_eq!(zcall::writev(f.as_fd(), &bufs), Ok(14));
    assert_eq!(position(f.as_fd()), 14);
    assert_eq!(contents(f.as_fd()), b"scatter-gather");

    seek(f.as_fd(), 2);
    let (mut a, mut b, mut c) = ([0u8; 3], [0u8; 0], [0u8; 20]);
    let n = zcall::readv(
        f.as_fd(),
        &mut [
            IoSliceMut::new(&mut a),
            IoSliceMut::new(&mut b),
            IoSliceMut::new(&mut c),
        ],
    );
    assert_eq!(n, Ok(12));
    assert_eq!(&a, b"att");
    assert_eq!(&c[..9], b"er-gather");
    assert_eq!(position(f.as_fd()), 14);
    // At end of file.
    assert_eq!(
        zcall::readv(f.as_fd(), &mut [IoSliceMut::new(&mut c)]),
        Ok(0)
    );
}

#[test]
fn readv_writev_errors() {
    let f = memfd();
    assert_eq!(
        zcall::writev(f.as_fd(), &[IoSlice::new(b"0123456789")]),
        Ok(10)
    );
    // More than IOV_MAX (1024) buffers: EINVAL.
    let mut storage = vec![[0u8; 1]; 1025];
    let mut many: Vec<IoSliceMut<'_>> = storage.iter_mut().map(|b| IoSliceMut::new(b)).collect();
    assert_eq!(zcall::readv(f.as_fd(), &mut many), Err(Errno::EINVAL));
    let many: Vec<IoSlice<'_>> = many.iter().map(|b| IoSlice::new(b)).collect();
    assert_eq!(zcall::writev(f.as_fd(), &many), Err(Errno::EINVAL));

    // A buffer the kernel cannot access: EFAULT, and nothing was moved.
    let page = NoAccessPage::new();
    seek(f.as_fd(), 0);
    // SAFETY: the iovecs point into our PROT_NONE page; only the kernel sees them.
    let (bad_mut, bad) = unsafe { (page.io_slice_mut(), page.io_slice()) };
    assert_eq!(zcall::readv(f.as_fd(), &mut [bad_mut]), Err(Errno::EFAULT));
    assert_eq!(position(f.as_fd()), 0);
    assert_eq!(zcall::writev(f.as_fd(), &[bad]), Err(Errno::EFAULT));
    assert_eq!(contents(f.as_fd()), b"0123456789");

    let (r, w) = pipe(0);
    assert_eq!(zcall::writev(w.as_fd(), &[bad]), Err(Errno::EFAULT));
    assert_eq!(zcall::write(w.as_fd(), b"kept"), Ok(4));
    // SAFETY: as above.
    let bad_mut = unsafe { page.io_slice_mut() };
    assert_eq!(zcall::readv(r.as_fd(), &mut [bad_mut]), Err(Errno::EFAULT));
    // The failed read consumed nothing.
    let mut buf = [0u8; 8];
    assert_eq!(zcall::read(r.as_fd(), &mut buf), Ok(4));
    assert_eq!(&buf[..4], b"kept");
}

#[test]
fn preadv_pwritev_at_an_offset_leave_the_position_alone() {
    let f = memfd();
    assert_eq!(zcall::write(f.as_fd(), b"0123456789"), Ok(10));
    seek(f.as_fd(), 3);

    let n = zcall::pwritev(f.as_fd(), &[IoSlice::new(b"abc"), IoSlice::new(b"de")], 100);
    assert_eq!(n, Ok(5));
    assert_eq!(position(f.as_fd()), 3, "pwritev must not move the position");
    assert_eq!(file_size(f.as_fd()), 105);
    assert_eq!(pread_libc(f.as_fd(), 100, 5), b"abcde");
    assert_eq!(
        pread_libc(f.as_fd(), 10, 90),
        vec![0u8; 90],
        "a hole before"
    );

    let (mut a, mut b) = ([0u8; 2], [0u8; 8]);
    let n = zcall::preadv(
        f.as_fd(),
        &mut [IoSliceMut::new(&mut a), IoSliceMut::new(&mut b)],
        101,
    );
    assert_eq!(n, Ok(4));
    assert_eq!((&a, &b[..2]), (b"bc", &b"de"[..]));
    // Overwrite inside the file.
    assert_eq!(zcall::pwritev(f.as_fd(), &[IoSlice::new(b"XY")], 4), Ok(2));
    assert_eq!(pread_libc(f.as_fd(), 0, 10), b"0123XY6789");
    assert_eq!(
        position(f.as_fd()),
        3,
        "preadv/pwritev must not move the position"
    );

    // An offset above 4 GiB: the whole 64 bits must reach the kernel (low half in pos_l).
    // A memfd is sparse, so this costs one page.
    let far = (1i64 << 32) + 7;
    assert_eq!(
        zcall::pwritev(f.as_fd(), &[IoSlice::new(b"far")], far),
        Ok(3)
    );
    assert_eq!(file_size(f.as_fd()), far + 3);
    assert_eq!(pread_libc(f.as_fd(), far, 3), b"far");
    assert_eq!(
        pread_libc(f.as_fd(), 0, 10),
        b"0123XY6789",
        "the low bytes are untouched"
    );
    let mut buf = [0u8; 3];
    assert_eq!(
        zcall::preadv(f.as_fd(), &mut [IoSliceMut::new(&mut buf)], far),
        Ok(3)
    );
    assert_eq!(&buf, b"far");
    // At end of file.
    assert_eq!(
        zcall::preadv(f.as_fd(), &mut [IoSliceMut::new(&mut buf)], far + 3),
        Ok(0)
    );
    assert_eq!(position(f.as_fd()), 3);
}

#[test]
fn preadv_pwritev_errors() {
    let f = memfd();
    let mut buf = [0u8; 4];
    // A negative offset: EINVAL (even -1, which only the *v2 calls give a meaning).
    for off in [-1, -4096, i64::MIN] {
        assert_eq!(
            zcall::preadv(f.as_fd(), &mut [IoSliceMut::new(&mut buf)], off),
            Err(Errno::EINVAL)
        );
        assert_eq!(
            zcall::pwritev(f.as_fd(), &[IoSlice::new(b"x")], off),
            Err(Errno::EINVAL)
        );
    }
    // More than UIO_MAXIOV (1024) buffers: EINVAL, and nothing moved.
    let mut storage = vec![[0u8; 1]; 1025];
    let mut many: Vec<IoSliceMut<'_>> = storage.iter_mut().map(|b| IoSliceMut::new(b)).collect();
    assert_eq!(zcall::preadv(f.as_fd(), &mut many, 0), Err(Errno::EINVAL));
    let many: Vec<IoSlice<'_>> = many.iter().map(|b| IoSlice::new(b)).collect();
    assert_eq!(zcall::pwritev(f.as_fd(), &many, 0), Err(Errno::EINVAL));
    assert_eq!(file_size(f.as_fd()), 0, "the refused pwritev wrote nothing");
    // Exactly UIO_MAXIOV is fine: all 1024 one-byte buffers are written.
    assert_eq!(zcall::pwritev(f.as_fd(), &many[..1024], 0), Ok(1024));
    assert_eq!(file_size(f.as_fd()), 1024);
    // A pipe cannot be positioned: ESPIPE.
    let (r, w) = pipe(0);
    assert_eq!(
        zcall::pwritev(w.as_fd(), &[IoSlice::new(b"x")], 0),
        Err(Errno::ESPIPE)
    );
    assert_eq!(
        zcall::preadv(r.as_fd(), &mut [IoSliceMut::new(&mut buf)], 0),
        Err(Errno::ESPIPE)
    );
    // Not open.
    assert_eq!(
        zcall::pwritev(bad_fd(), &[IoSlice::new(b"x")], 0),
        Err(Errno::EBADF)
    );
    assert_eq!(
        zcall::preadv(bad_fd(), &mut [IoSliceMut::new(&mut buf)], 0),
        Err(Errno::EBADF)
    );
    // A buffer the kernel cannot access.
    let page = NoAccessPage::new();
    // SAFETY: the iovecs point into our PROT_NONE page; only the kernel sees them.
    let (bad_mut, bad) = unsafe { (page.io_slice_mut(), page.io_slice()) };
    assert_eq!(zcall::pwritev(f.as_fd(), &[bad], 8), Err(Errno::EFAULT));
    // Nothing was copied (shmem may still have grown the file up to the offset: it holds
    // only the zeros of the hole).
    assert!(contents(f.as_fd()).iter().all(|&b| b == 0));
    assert_eq!(
        zcall::pwritev(f.as_fd(), &[IoSlice::new(b"data")], 0),
        Ok(4)
    );
    assert_eq!(
        zcall::preadv(f.as_fd(), &mut [bad_mut], 0),
        Err(Errno::EFAULT)
    );
}

#[test]
fn preadv2_pwritev2_at_an_offset_with_flags() {
    let f = memfd();
    let first = zcall::pwritev2(f.as_fd(), &[IoSlice::new(b"hello")], 0, 0);
    if skip_on_enosys("preadv2_pwritev2_at_an_offset_with_flags", &PREADV2, &first) {
        return;
    }
    assert_eq!(first, Ok(5));
    assert_eq!(position(f.as_fd()), 0);

    // Plain, at a non-zero offset: the position does not move.
    seek(f.as_fd(), 1);
    assert_eq!(
        zcall::pwritev2(f.as_fd(), &[IoSlice::new(b"LL")], 2, 0),
        Ok(2)
    );
    assert_eq!(contents(f.as_fd()), b"heLLo");
    let (mut a, mut b) = ([0u8; 1], [0u8; 2]);
    assert_eq!(
        zcall::preadv2(
            f.as_fd(),
            &mut [IoSliceMut::new(&mut a), IoSliceMut::new(&mut b)],
            2,
            0
        ),
        Ok(3)
    );
    assert_eq!((&a, &b), (b"L", b"Lo"));
    assert_eq!(position(f.as_fd()), 1);

    // RWF_APPEND: the data goes to the end whatever the offset says (this fails if the
    // flags word were dropped or passed in the wrong register: the bytes would land at 0),
    // and the position stays.
    assert_eq!(
        zcall::pwritev2(
            f.as_fd(),
            &[IoSlice::new(b", "), IoSlice::new(b"world")],
            0,
            RWF_APPEND
        ),
        Ok(7)
    );
    assert_eq!(contents(f.as_fd()), b"heLLo, world");
    assert_eq!(position(f.as_fd()), 1);

    // offset -1: at the file position, which then advances.
    let mut c = [0u8; 4];
    assert_eq!(
        zcall::preadv2(f.as_fd(), &mut [IoSliceMut::new(&mut c)], -1, 0),
        Ok(4)
    );
    assert_eq!(&c, b"eLLo");
    assert_eq!(position(f.as_fd()), 5);
    assert_eq!(
        zcall::pwritev2(f.as_fd(), &[IoSlice::new(b";")], -1, 0),
        Ok(1)
    );
    assert_eq!(position(f.as_fd()), 6);
    assert_eq!(contents(f.as_fd()), b"heLLo; world");

    // RWF_NOWAIT on a memfd: `kiocb_set_rw_flags` answers EOPNOTSUPP for a file without
    // FMODE_NOWAIT, which memfds (shmem, opened through alloc_file_pseudo) lack — Linux
    // 6.18 says EOPNOTSUPP. Should a kernel give shmem FMODE_NOWAIT, the read succeeds
    // (the data is in memory) or says EAGAIN (would block). Accept exactly those answers,
    // and check the bytes when it reads; the pipe test below is the strict one.
    let mut d = [0u8; 5];
    let r = zcall::preadv2(f.as_fd(), &mut [IoSliceMut::new(&mut d)], 7, RWF_NOWAIT);
    eprintln!("preadv2(memfd, RWF_NOWAIT) = {r:?}");
    match r {
        Ok(n) => {
            assert_eq!(n, 5);
            assert_eq!(&d, b"world");
        }
        Err(e) => assert!(
            e == Errno::EOPNOTSUPP || e == Errno::EAGAIN,
            "RWF_NOWAIT on a memfd: {e:?}"
        ),
    }
    assert_eq!(position(f.as_fd()), 6);
}

#[test]
fn preadv2_rwf_nowait_on_an_empty_blocking_pipe_is_eagain() {
    // A blocking pipe with a live writer: a plain read would wait. Pipes are FMODE_NOWAIT
    // (`create_pipe_files`), so RWF_NOWAIT turns the wait into EAGAIN. If the flag were lost
    // on the way, the read would block: a helper then writes one byte after a long grace
    // period so the test fails (Ok(1)) instead of hanging. No timing is asserted.
    let (r, w) = pipe(0);
    let mut buf = [0u8; 4];
    let got = unblock_if_stuck(
        || {
            let _ = zcall::write(w.as_fd(), b"!");
        },
        || zcall::preadv2(r.as_fd(), &mut [IoSliceMut::new(&mut buf)], -1, RWF_NOWAIT),
    );
    if skip_on_enosys(
        "preadv2_rwf_nowait_on_an_empty_blocking_pipe_is_eagain",
        &PREADV2,
        &got,
    ) {
        return;
    }
    assert_eq!(got, Err(Errno::EAGAIN));
    // With data there, the same call reads it.
    assert_eq!(zcall::write(w.as_fd(), b"now"), Ok(3));
    assert_eq!(
        zcall::preadv2(r.as_fd(), &mut [IoSliceMut::new(&mut buf)], -1, RWF_NOWAIT),
        Ok(3)
    );
    assert_eq!(&buf[..3], b"now");
}

#[test]
fn preadv2_pwritev2_errors() {
    let f = memfd();
    let mut buf = [0u8; 4];
    let first = zcall::pwritev2(f.as_fd(), &[IoSlice::new(b"data")], 0, 0);
    if skip_on_enosys("preadv2_pwritev2_errors", &PREADV2, &first) {
        return;
    }
    // An unknown RWF_ bit: EOPNOTSUPP (include/linux/fs.h `kiocb_set_rw_flags`:
    // `flags & ~RWF_SUPPORTED` → -EOPNOTSUPP; the man page: "EOPNOTSUPP An unknown flag is
    // specified in flags").
    let unknown = 1 << 30;
    assert_eq!(
        zcall::preadv2(f.as_fd(), &mut [IoSliceMut::new(&mut buf)], 0, unknown),
        Err(Errno::EOPNOTSUPP)
    );
    assert_eq!(
        zcall::pwritev2(f.as_fd(), &[IoSlice::new(b"x")], 0, unknown),
        Err(Errno::EOPNOTSUPP)
    );
    // RWF_APPEND with RWF_NOAPPEND: EINVAL where the kernel knows RWF_NOAPPEND (Linux
    // 6.9); before, RWF_NOAPPEND is itself an unknown bit: EOPNOTSUPP. Which kernel this
    // is, RWF_NOAPPEND alone says, on a scratch file.
    let scratch = memfd();
    let knows_noappend =
        match zcall::pwritev2(scratch.as_fd(), &[IoSlice::new(b"p")], 0, RWF_NOAPPEND) {
            Ok(1) => true,
            Err(Errno::EOPNOTSUPP) => false,
            other => panic!("pwritev2(RWF_NOAPPEND) alone: {other:?}"),
        };
    let both = zcall::pwritev2(
        f.as_fd(),
        &[IoSlice::new(b"x")],
        0,
        RWF_APPEND | RWF_NOAPPEND,
    );
    if knows_noappend {
        assert_eq!(both, Err(Errno::EINVAL), "RWF_APPEND | RWF_NOAPPEND");
    } else {
        assert_eq!(both, Err(Errno::EOPNOTSUPP), "RWF_NOAPPEND unknown here");
    }
    assert_eq!(contents(f.as_fd()), b"data", "failed calls wrote nothing");
    // Negative offsets other than -1: EINVAL.
    assert_eq!(
        zcall::preadv2(f.as_fd(), &mut [IoSliceMut::new(&mut buf)], -2, 0),
        Err(Errno::EINVAL)
    );
    assert_eq!(
        zcall::pwritev2(f.as_fd(), &[IoSlice::new(b"x")], i64::MIN, 0),
        Err(Errno::EINVAL)
    );
    // A pipe with an offset: ESPIPE; with -1 it is an ordinary readv/writev.
    let (r, w) = pipe(0);
    assert_eq!(
        zcall::pwritev2(w.as_fd(), &[IoSlice::new(b"x")], 0, 0),
        Err(Errno::ESPIPE)
    );
    assert_eq!(
        zcall::preadv2(r.as_fd(), &mut [IoSliceMut::new(&mut buf)], 0, 0),
        Err(Errno::ESPIPE)
    );
    assert_eq!(
        zcall::pwritev2(w.as_fd(), &[IoSlice::new(b"pipe")], -1, 0),
        Ok(4)
    );
    assert_eq!(
        zcall::preadv2(r.as_fd(), &mut [IoSliceMut::new(&mut buf)], -1, 0),
        Ok(4)
    );
    assert_eq!(&buf, b"pipe");
    // A buffer the kernel cannot access: EFAULT, and nothing moved.
    let page = NoAccessPage::new();
    // SAFETY: the iovecs point into our PROT_NONE page; only the kernel sees them.
    let (bad_mut, bad) = unsafe { (page.io_slice_mut(), page.io_slice()) };
    assert_eq!(
        zcall::pwritev2(f.as_fd(), &[bad], 0, 0),
        Err(Errno::EFAULT),
        "pwritev2 from an inaccessible buffer"
    );
    assert_eq!(contents(f.as_fd()), b"data");
    assert_eq!(
        zcall::preadv2(f.as_fd(), &mut [bad_mut], 0, 0),
        Err(Errno::EFAULT),
        "preadv2 into an inaccessible buffer"
    );
    // More than UIO_MAXIOV (1024) buffers: EINVAL.
    let mut storage = vec![[0u8; 1]; 1025];
    let mut many: Vec<IoSliceMut<'_>> = storage.iter_mut().map(|b| IoSliceMut::new(b)).collect();
    assert_eq!(
        zcall::preadv2(f.as_fd(), &mut many, 0, 0),
        Err(Errno::EINVAL)
    );
    let many: Vec<IoSlice<'_>> = many.iter().map(|b| IoSlice::new(b)).collect();
    assert_eq!(zcall::pwritev2(f.as_fd(), &many, 0, 0), Err(Errno::EINVAL));
    assert_eq!(contents(f.as_fd()), b"data");
    // Not open.
    assert_eq!(
        zcall::pwritev2(bad_fd(), &[IoSlice::new(b"x")], 0, 0),
        Err(Errno::EBADF)
    );
    assert_eq!(
        zcall::preadv2(bad_fd(), &mut [IoSliceMut::new(&mut buf)], 0, 0),
        Err(Errno::EBADF)
    );
}
