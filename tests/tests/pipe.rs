//! Pipes and zero-copy against the real kernel: pipe2, splice, tee, vmsplice.
#![cfg(target_os = "linux")]

mod common;
use common::{bad_fd, unblock_if_stuck};

use std::io::{IoSlice, IoSliceMut};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};

use zcall::consts::{
    MFD_CLOEXEC, O_CLOEXEC, O_NONBLOCK, SPLICE_F_GIFT, SPLICE_F_MORE, SPLICE_F_MOVE,
    SPLICE_F_NONBLOCK,
};
use zcall::Errno;

fn pipe(flags: i32) -> (OwnedFd, OwnedFd) {
    zcall::pipe2(O_CLOEXEC | flags).expect("pipe2")
}

fn memfd() -> OwnedFd {
    zcall::memfd_create(c"zcall-pipe-test", MFD_CLOEXEC).expect("memfd_create")
}

fn fcntl(fd: BorrowedFd<'_>, cmd: i32) -> i32 {
    // SAFETY: F_GETFD/F_GETFL take no pointer argument.
    let r = unsafe { libc::fcntl(fd.as_raw_fd(), cmd) };
    assert!(r >= 0, "fcntl: {}", std::io::Error::last_os_error());
    r
}

/// The file position, through libc.
fn position(fd: BorrowedFd<'_>) -> i64 {
    // SAFETY: lseek on an open fd, no memory involved.
    let p = unsafe { libc::lseek64(fd.as_raw_fd(), 0, libc::SEEK_CUR) };
    assert!(p >= 0, "lseek: {}", std::io::Error::last_os_error());
    p
}

fn file_size(fd: BorrowedFd<'_>) -> i64 {
    // SAFETY: fstat writes one `struct stat` into `st`, a live local.
    let mut st: libc::stat64 = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    assert_eq!(unsafe { libc::fstat64(fd.as_raw_fd(), &mut st) }, 0);
    st.st_size
}

/// Reads exactly `len` bytes from a pipe (libc, as the cross-check).
fn read_exact_libc(fd: BorrowedFd<'_>, len: usize) -> Vec<u8> {
    let mut out = vec![0u8; len];
    let mut got = 0;
    while got < len {
        // SAFETY: read writes at most `len - got` bytes into the rest of `out`.
        let n = unsafe { libc::read(fd.as_raw_fd(), out[got..].as_mut_ptr().cast(), len - got) };
        assert!(n > 0, "read: {n} {}", std::io::Error::last_os_error());
        got += n as usize;
    }
    out
}

fn page_size() -> usize {
    // SAFETY: sysconf has no memory side effects.
    unsafe { libc::sysconf(libc::_SC_PAGESIZE) as usize }
}

#[test]
fn pipe2_creates_a_connected_pair_with_the_flags_asked_for() {
    let (r, w) = zcall::pipe2(O_CLOEXEC | O_NONBLOCK).expect("pipe2");
    assert_ne!(r.as_raw_fd(), w.as_raw_fd());
    for fd in [r.as_fd(), w.as_fd()] {
        assert_eq!(
            fcntl(fd, libc::F_GETFD) & libc::FD_CLOEXEC,
            libc::FD_CLOEXEC
        );
        assert_eq!(
            fcntl(fd, libc::F_GETFL) & libc::O_NONBLOCK,
            libc::O_NONBLOCK
        );
    }
    assert_eq!(
        fcntl(r.as_fd(), libc::F_GETFL) & libc::O_ACCMODE,
        libc::O_RDONLY
    );
    assert_eq!(
        fcntl(w.as_fd(), libc::F_GETFL) & libc::O_ACCMODE,
        libc::O_WRONLY
    );
    // Connected: bytes written with libc at one end come out of the other.
    // SAFETY: write reads 5 bytes from a live literal.
    let n = unsafe { libc::write(w.as_raw_fd(), b"piped".as_ptr().cast(), 5) };
    assert_eq!(n, 5);
    assert_eq!(read_exact_libc(r.as_fd(), 5), b"piped");

    // Without flags: neither close-on-exec nor non-blocking.
    let (r, w) = zcall::pipe2(0).expect("pipe2(0)");
    for fd in [r.as_fd(), w.as_fd()] {
        assert_eq!(fcntl(fd, libc::F_GETFD) & libc::FD_CLOEXEC, 0);
        assert_eq!(fcntl(fd, libc::F_GETFL) & libc::O_NONBLOCK, 0);
    }
    // Dropping the OwnedFds closes them: the reader then sees end of file.
    drop(w);
    assert_eq!(zcall::read(r.as_fd(), &mut [0u8; 1]), Ok(0));
}

#[test]
fn pipe2_with_a_bad_flag_is_einval() {
    // fs/pipe.c: anything but O_CLOEXEC | O_NONBLOCK | O_DIRECT | O_NOTIFICATION_PIPE.
    assert_eq!(zcall::pipe2(libc::O_TRUNC).map(|_| ()), Err(Errno::EINVAL));
}

#[test]
fn splice_moves_pipe_bytes_into_a_file_at_an_offset_and_back() {
    let (r, w) = pipe(0);
    let f = memfd();
    assert_eq!(zcall::write(w.as_fd(), b"spliced bytes"), Ok(13));

    // Pipe → file at offset 100: the kernel advances `off`, not the file position.
    let mut off = 100i64;
    let n = zcall::splice(
        r.as_fd(),
        None,
        f.as_fd(),
        Some(&mut off),
        64,
        SPLICE_F_MOVE,
    );
    assert_eq!(n, Ok(13));
    assert_eq!(off, 113);
    assert_eq!(position(f.as_fd()), 0);
    assert_eq!(file_size(f.as_fd()), 113);
    let mut got = [0u8; 13];
    assert_eq!(
        zcall::preadv(f.as_fd(), &mut [IoSliceMut::new(&mut got)], 100),
        Ok(13)
    );
    assert_eq!(&got, b"spliced bytes");
    let mut hole = [0xFFu8; 100];
    assert_eq!(
        zcall::preadv(f.as_fd(), &mut [IoSliceMut::new(&mut hole)], 0),
        Ok(100)
    );
    assert!(
        hole.iter().all(|&b| b == 0),
        "nothing written before the offset"
    );

    // File at offset 108 → pipe, 5 bytes: "bytes".
    let mut off_in = 108i64;
    let n = zcall::splice(
        f.as_fd(),
        Some(&mut off_in),
        w.as_fd(),
        None,
        5,
        SPLICE_F_MORE,
    );
    assert_eq!(n, Ok(5));
    assert_eq!(off_in, 113);
    assert_eq!(position(f.as_fd()), 0);
    assert_eq!(read_exact_libc(r.as_fd(), 5), b"bytes");

    // Without an offset the file position is used and advanced.
    assert_eq!(zcall::write(w.as_fd(), b"at pos"), Ok(6));
    assert_eq!(zcall::splice(r.as_fd(), None, f.as_fd(), None, 6, 0), Ok(6));
    assert_eq!(position(f.as_fd()), 6);
    let mut head = [0u8; 6];
    assert_eq!(
        zcall::preadv(f.as_fd(), &mut [IoSliceMut::new(&mut head)], 0),
        Ok(6)
    );
    assert_eq!(&head, b"at pos");

    // End of input: the writer is gone and the pipe is empty.
    drop(w);
    assert_eq!(zcall::splice(r.as_fd(), None, f.as_fd(), None, 6, 0), Ok(0));
}

#[test]
fn splice_errors() {
    let (r, w) = pipe(0);
    let f = memfd();
    let mut off = 0i64;
    // An offset for the pipe side: ESPIPE.
    assert_eq!(
        zcall::splice(r.as_fd(), Some(&mut off), f.as_fd(), None, 1, 0),
        Err(Errno::ESPIPE)
    );
    // An unknown flag: EINVAL (fs/splice.c: `flags & ~SPLICE_F_ALL`), checked before the
    // empty pipe is waited on. Were the flags lost, the splice would wait for a writer: a
    // byte then unblocks it and the assertion fails (Ok(1)) instead of the test hanging.
    let unblock = || {
        let _ = zcall::write(w.as_fd(), b"!");
    };
    assert_eq!(
        unblock_if_stuck(unblock, || {
            zcall::splice(r.as_fd(), None, f.as_fd(), None, 1, 0x100)
        }),
        Err(Errno::EINVAL)
    );
    // Neither side a pipe: EINVAL.
    let g = memfd();
    assert_eq!(
        zcall::splice(f.as_fd(), None, g.as_fd(), None, 1, 0),
        Err(Errno::EINVAL)
    );
    // A negative file offset: EINVAL.
    let mut neg = -1i64;
    assert_eq!(zcall::write(w.as_fd(), b"x"), Ok(1));
    assert_eq!(
        zcall::splice(r.as_fd(), None, f.as_fd(), Some(&mut neg), 1, 0),
        Err(Errno::EINVAL)
    );
    assert_eq!(neg, -1, "the kernel left the offset alone");
    assert_eq!(read_exact_libc(r.as_fd(), 1), b"x", "nothing was moved");
    // An empty pipe with a live writer and SPLICE_F_NONBLOCK: EAGAIN instead of waiting
    // (a lost flag would wait: unblocked as above, it fails with Ok(1)).
    assert_eq!(
        unblock_if_stuck(unblock, || {
            zcall::splice(r.as_fd(), None, f.as_fd(), None, 1, SPLICE_F_NONBLOCK)
        }),
        Err(Errno::EAGAIN)
    );
    // Not open.
    assert_eq!(
        zcall::splice(bad_fd(), None, w.as_fd(), None, 1, 0),
        Err(Errno::EBADF)
    );
    assert_eq!(
        zcall::splice(r.as_fd(), None, bad_fd(), None, 1, 0),
        Err(Errno::EBADF)
    );
}

#[test]
fn tee_duplicates_bytes_that_both_pipes_then_read() {
    let (ar, aw) = pipe(0);
    let (br, bw) = pipe(0);
    assert_eq!(zcall::write(aw.as_fd(), b"tee'd data"), Ok(10));
    assert_eq!(zcall::tee(ar.as_fd(), bw.as_fd(), 64, 0), Ok(10));
    // Only part of it, a second time: `len` limits the copy.
    assert_eq!(zcall::tee(ar.as_fd(), bw.as_fd(), 3, 0), Ok(3));
    // Both pipes hold the bytes: tee did not consume the source.
    assert_eq!(read_exact_libc(ar.as_fd(), 10), b"tee'd data");
    assert_eq!(read_exact_libc(br.as_fd(), 13), b"tee'd datatee");
    // Source empty, writer gone: Ok(0).
    drop(aw);
    assert_eq!(zcall::tee(ar.as_fd(), bw.as_fd(), 64, 0), Ok(0));
}

#[test]
fn tee_errors() {
    let (ar, aw) = pipe(0);
    let (_br, bw) = pipe(0);
    // Empty source with a live writer and SPLICE_F_NONBLOCK: EAGAIN. Were the flag lost,
    // tee would wait for data: a byte written after a grace period ends the wait, and the
    // assertion fails (Ok(1)) instead of the test hanging.
    let unblock = || {
        let _ = zcall::write(aw.as_fd(), b"!");
    };
    assert_eq!(
        unblock_if_stuck(unblock, || {
            zcall::tee(ar.as_fd(), bw.as_fd(), 8, SPLICE_F_NONBLOCK)
        }),
        Err(Errno::EAGAIN)
    );
    // The same pipe on both sides: EINVAL.
    assert_eq!(zcall::tee(ar.as_fd(), aw.as_fd(), 8, 0), Err(Errno::EINVAL));
    // Not a pipe: EINVAL.
    let f = memfd();
    assert_eq!(zcall::tee(f.as_fd(), bw.as_fd(), 8, 0), Err(Errno::EINVAL));
    // An unknown flag: EINVAL, before the empty source is waited on (a lost flag word
    // would wait: unblocked as above).
    assert_eq!(
        unblock_if_stuck(unblock, || zcall::tee(ar.as_fd(), bw.as_fd(), 8, 0x100)),
        Err(Errno::EINVAL)
    );
    // Not open.
    assert_eq!(zcall::tee(bad_fd(), bw.as_fd(), 8, 0), Err(Errno::EBADF));
}

#[test]
fn vmsplice_puts_user_memory_into_a_pipe() {
    let (r, w) = pipe(0);
    // Three pieces, one of them spanning pages.
    let big: Vec<u8> = (0..2 * page_size() + 17).map(|i| (i % 251) as u8).collect();
    let bufs = [
        IoSlice::new(b"head:"),
        IoSlice::new(&big),
        IoSlice::new(b":tail"),
    ];
    let total = 5 + big.len() + 5;
    // SAFETY: `w` is the pipe's write end, so the kernel only reads the buffers; no
    // SPLICE_F_GIFT. `big` and the literals stay alive and unchanged until read back below.
    let n = unsafe { zcall::vmsplice(w.as_fd(), &bufs, 0) };
    assert_eq!(n, Ok(total));
    let got = read_exact_libc(r.as_fd(), total);
    assert_eq!(&got[..5], b"head:");
    assert_eq!(&got[5..5 + big.len()], &big[..]);
    assert_eq!(&got[total - 5..], b":tail");

    // SPLICE_F_GIFT with whole, page-aligned pages we never modify afterwards (the
    // leaked, never-written page below): the bytes arrive the same way.
    let page = page_size();
    let layout = std::alloc::Layout::from_size_align(page, page).unwrap();
    // SAFETY: a non-zero-size layout.
    let mem = unsafe { std::alloc::alloc(layout) };
    assert!(!mem.is_null());
    // SAFETY: `mem` is a fresh allocation of `page` bytes.
    unsafe { std::ptr::write_bytes(mem, 0x5A, page) };
    // SAFETY: as above; the slice is only read from now on (and the allocation is leaked,
    // so the memory is never modified or reused: the gift rule).
    let gift: &'static [u8] = unsafe { std::slice::from_raw_parts(mem, page) };
    // SAFETY: write end; the gifted memory is page-aligned whole pages, never modified again.
    let n = unsafe { zcall::vmsplice(w.as_fd(), &[IoSlice::new(gift)], SPLICE_F_GIFT) };
    assert_eq!(n, Ok(page));
    assert_eq!(read_exact_libc(r.as_fd(), page), vec![0x5Au8; page]);
}

#[test]
fn vmsplice_errors() {
    let (r, w) = pipe(O_NONBLOCK);
    // Not a pipe: EBADF (fs/splice.c: get_pipe_info fails).
    let f = memfd();
    // SAFETY: the memfd is open read-write, so vmsplice would only read the buffer; it
    // fails first anyway.
    assert_eq!(
        unsafe { zcall::vmsplice(f.as_fd(), &[IoSlice::new(b"x")], 0) },
        Err(Errno::EBADF)
    );
    // SAFETY: the call fails before any transfer: nothing is open at that number.
    assert_eq!(
        unsafe { zcall::vmsplice(bad_fd(), &[IoSlice::new(b"x")], 0) },
        Err(Errno::EBADF)
    );
    // An unknown flag: EINVAL.
    // SAFETY: write end; only read from the buffer (and it fails first).
    assert_eq!(
        unsafe { zcall::vmsplice(w.as_fd(), &[IoSlice::new(b"x")], 0x100) },
        Err(Errno::EINVAL)
    );
    // More than UIO_MAXIOV (1024) segments: EINVAL, before anything is taken.
    let bytes = [b'v'; 1025];
    let many: Vec<IoSlice<'_>> = bytes.chunks(1).map(IoSlice::new).collect();
    // SAFETY: write end; the kernel only reads the buffers (and refuses the call first).
    assert_eq!(
        unsafe { zcall::vmsplice(w.as_fd(), &many, SPLICE_F_NONBLOCK) },
        Err(Errno::EINVAL)
    );
    let mut probe = [0u8; 1];
    assert_eq!(
        zcall::read(r.as_fd(), &mut probe),
        Err(Errno::EAGAIN),
        "nothing went into the pipe"
    );
    // A full pipe with SPLICE_F_NONBLOCK: EAGAIN. Shrink the pipe to one page, fill it.
    let page = page_size();
    // SAFETY: F_SETPIPE_SZ takes an integer.
    let size = unsafe { libc::fcntl(w.as_raw_fd(), libc::F_SETPIPE_SZ, page as libc::c_int) };
    assert!(
        size >= page as i32,
        "F_SETPIPE_SZ: {}",
        std::io::Error::last_os_error()
    );
    let chunk = vec![7u8; page];
    let mut filled = 0usize;
    loop {
        match zcall::write(w.as_fd(), &chunk) {
            Ok(n) => filled += n,
            Err(Errno::EAGAIN) => break,
            Err(e) => panic!("filling the pipe: {e:?}"),
        }
        assert!(filled <= 1 << 20, "the pipe never filled");
    }
    // vmsplice waits for room whatever O_NONBLOCK says (fs/splice.c `wait_for_space`
    // looks at SPLICE_F_NONBLOCK only), so a lost flag would wait here: after a grace
    // period a page is read out to make room, the call then succeeds and the assertion
    // fails instead of the test hanging.
    let unblock = || {
        let mut page_buf = vec![0u8; page];
        // SAFETY: read writes at most `page` bytes into `page_buf`.
        unsafe { libc::read(r.as_raw_fd(), page_buf.as_mut_ptr().cast(), page) };
    };
    let full = unblock_if_stuck(unblock, || {
        // SAFETY: write end; the kernel only reads the buffer (and takes nothing: it is
        // full).
        unsafe { zcall::vmsplice(w.as_fd(), &[IoSlice::new(b"more")], SPLICE_F_NONBLOCK) }
    });
    assert_eq!(full, Err(Errno::EAGAIN));
    // Drained, the pipe takes the bytes again.
    assert_eq!(read_exact_libc(r.as_fd(), filled), vec![7u8; filled]);
    // SAFETY: write end; the kernel only reads the literal.
    assert_eq!(
        unsafe { zcall::vmsplice(w.as_fd(), &[IoSlice::new(b"more")], SPLICE_F_NONBLOCK) },
        Ok(4)
    );
    assert_eq!(read_exact_libc(r.as_fd(), 4), b"more");
}
