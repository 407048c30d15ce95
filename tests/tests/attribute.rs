//! The attribute, end to end: stubs declared here, the way a user would, really enter the
//! kernel and return what it did.
#![cfg(target_os = "linux")]

mod common;

use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, IntoRawFd, OwnedFd, RawFd};
use zcall::{nr, syscall, Errno, RawResult};

#[syscall(nr = nr::GETPID)]
fn getpid() -> Result<u32, Errno>;

/// Undecoded: getpid cannot fail.
#[syscall(nr = nr::GETPID)]
fn getpid_word() -> usize;

#[syscall(nr = nr::WRITE)]
fn write(fd: BorrowedFd<'_>, buf: &[u8]) -> Result<usize, Errno>;

#[syscall(nr = nr::READ)]
fn read(fd: BorrowedFd<'_>, buf: &mut [u8]) -> Result<usize, Errno>;

/// A raw fd that may be anything: closing it is the caller's promise.
#[syscall(nr = nr::CLOSE)]
unsafe fn close(fd: RawFd) -> Result<(), Errno>;

#[syscall(nr = nr::PIPE2)]
fn pipe2(fds: &mut [RawFd; 2], flags: i32) -> Result<(), Errno>;

#[cfg(all(target_pointer_width = "64", not(target_arch = "s390x")))]
#[syscall(nr = nr::MMAP)]
unsafe fn mmap(
    addr: *mut u8,
    len: usize,
    prot: i32,
    flags: i32,
    fd: RawFd,
    off: i64,
) -> Result<*mut u8, Errno>;

/// s390x's `mmap` (90) is `sys_old_mmap`: one pointer to the six words (a six-word
/// declaration of it does not compile there: ui-tests/cross-fail `mmap6`).
#[cfg(target_arch = "s390x")]
#[syscall(nr = nr::MMAP)]
unsafe fn old_mmap(args: *const [usize; 6]) -> Result<*mut u8, Errno>;

/// mmap(2) through the one-pointer form.
#[cfg(target_arch = "s390x")]
unsafe fn mmap(
    addr: *mut u8,
    len: usize,
    prot: i32,
    flags: i32,
    fd: RawFd,
    off: i64,
) -> Result<*mut u8, Errno> {
    let args = [
        addr as usize,
        len,
        prot as usize,
        flags as usize,
        fd as usize,
        off as usize,
    ];
    // SAFETY: the caller's promise, forwarded; `args` lives for the call.
    unsafe { old_mmap(&args) }
}

/// 32-bit targets have no six-word mmap with a byte offset: mmap2's sixth word is the offset
/// in 4096-byte units.
#[cfg(target_pointer_width = "32")]
#[syscall(nr = nr::MMAP2)]
unsafe fn mmap2(
    addr: *mut u8,
    len: usize,
    prot: i32,
    flags: i32,
    fd: RawFd,
    pgoff: usize,
) -> Result<*mut u8, Errno>;

/// mmap(2) through mmap2 (a misaligned offset cannot be said in pages: EINVAL here, as the
/// kernel answers it on 64-bit).
#[cfg(target_pointer_width = "32")]
unsafe fn mmap(
    addr: *mut u8,
    len: usize,
    prot: i32,
    flags: i32,
    fd: RawFd,
    off: i64,
) -> Result<*mut u8, Errno> {
    if off % 4096 != 0 {
        return Err(Errno::EINVAL);
    }
    // SAFETY: the caller's promise, forwarded.
    unsafe { mmap2(addr, len, prot, flags, fd, (off / 4096) as usize) }
}

#[syscall(nr = nr::MUNMAP)]
unsafe fn munmap(addr: *mut u8, len: usize) -> Result<(), Errno>;

/// The number as a parameter: a dynamic-number stub of the user's own.
#[syscall(nr = number)]
unsafe fn dyn_call1(number: usize, a: usize) -> RawResult;

/// A renamed crate path works (here the ordinary one, spelled out).
#[syscall(crate = ::zcall, nr = nr::GETPID)]
fn getpid_via_crate_path() -> Result<i32, Errno>;

fn pipe() -> (OwnedFd, OwnedFd) {
    let mut fds = [-1; 2];
    pipe2(&mut fds, libc::O_CLOEXEC).expect("pipe2");
    assert!(fds[0] >= 0 && fds[1] >= 0 && fds[0] != fds[1]);
    // SAFETY: pipe2 succeeded, so both fds are new and owned by us.
    unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) }
}

#[test]
fn getpid_is_the_process_id() {
    assert_eq!(getpid(), Ok(std::process::id()));
    assert_eq!(getpid_word(), std::process::id() as usize);
    assert_eq!(getpid_via_crate_path(), Ok(std::process::id() as i32));
}

#[test]
fn write_to_a_pipe_and_read_the_bytes_back() {
    let (r, w) = pipe();
    assert_eq!(write(w.as_fd(), b"hello, kernel"), Ok(13));
    let mut buf = [0u8; 64];
    let n = read(r.as_fd(), &mut buf).expect("read");
    assert_eq!(&buf[..n], b"hello, kernel");
}

#[test]
fn close_of_a_bad_fd_is_ebadf() {
    // SAFETY: -1 is never an open fd; closing it touches nothing.
    assert_eq!(unsafe { close(-1) }, Err(Errno::EBADF));
    // A real close: the kernel really closes the fd, so the pipe's read end sees EOF.
    let (r, w) = pipe();
    let raw = std::os::fd::IntoRawFd::into_raw_fd(w);
    // SAFETY: we own `raw` (taken out of its OwnedFd) and close it exactly once.
    assert_eq!(unsafe { close(raw) }, Ok(()));
    let mut buf = [0u8; 1];
    assert_eq!(read(r.as_fd(), &mut buf), Ok(0));
}

/// exit_group(2) never returns: `-> !`.
#[syscall(nr = nr::EXIT_GROUP)]
fn exit_group(status: i32) -> !;

#[test]
fn never_returning_call_exits_the_process() {
    if std::env::var_os("ZCALL_TEST_EXIT_CHILD").is_some() {
        exit_group(42);
    }
    let exe = std::env::current_exe().unwrap();
    let status = std::process::Command::new(exe)
        .args([
            "--exact",
            "never_returning_call_exits_the_process",
            "--nocapture",
        ])
        .env("ZCALL_TEST_EXIT_CHILD", "1")
        .output()
        .expect("spawn self");
    assert_eq!(status.status.code(), Some(42));
}

fn page_size() -> usize {
    // SAFETY: sysconf has no memory side effects.
    unsafe { libc::sysconf(libc::_SC_PAGESIZE) as usize }
}

/// A memfd of two pages: the first all 0x11, the second a pattern that differs at every
/// offset from its neighbours (`second_page()`).
fn two_page_file() -> OwnedFd {
    let page = page_size();
    let f = zcall::memfd_create(c"zcall-attribute", zcall::consts::MFD_CLOEXEC).expect("memfd");
    let mut bytes = vec![0x11u8; page];
    bytes.extend(second_page());
    // SAFETY: pwrite reads `bytes.len()` bytes from a live buffer.
    let n = unsafe { libc::pwrite64(f.as_raw_fd(), bytes.as_ptr().cast(), bytes.len(), 0) };
    assert_eq!(n, bytes.len() as isize);
    f
}

fn second_page() -> Vec<u8> {
    (0..page_size()).map(|i| (i % 251) as u8 ^ 0xA5).collect()
}

/// The file's bytes at `offset`, read with libc's pread (the cross-check).
fn pread_libc(fd: BorrowedFd<'_>, offset: usize, len: usize) -> Vec<u8> {
    let mut buf = vec![0u8; len];
    // SAFETY: pread writes at most `len` bytes into `buf`.
    let n = unsafe { libc::pread64(fd.as_raw_fd(), buf.as_mut_ptr().cast(), len, offset as _) };
    assert!(n >= 0, "pread: {}", std::io::Error::last_os_error());
    buf.truncate(n as usize);
    buf
}

#[test]
fn six_argument_call_maps_a_file_at_an_offset() {
    let page = page_size();
    let f = two_page_file();
    // All six words matter: the fd (5th) and the offset (6th) pick the file's second
    // page, which is what the mapping shows.
    // SAFETY: a new shared mapping of our memfd where the kernel chooses (null hint).
    let p = unsafe {
        mmap(
            core::ptr::null_mut(),
            page,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_SHARED,
            f.as_raw_fd(),
            page as i64,
        )
    }
    .expect("mmap");
    assert!(!p.is_null());
    {
        // SAFETY: the mapping is ours, readable and writable for `page` bytes, and is
        // unmapped only after this borrow ends.
        let mem = unsafe { core::slice::from_raw_parts_mut(p, page) };
        assert!(
            mem == second_page(),
            "the mapping shows the file's second page"
        );
        // MAP_SHARED (the 4th word): a store through the mapping is in the file.
        mem[1] = 0xEE;
    }
    assert_eq!(pread_libc(f.as_fd(), page, 2), [second_page()[0], 0xEE]);
    assert_eq!(
        pread_libc(f.as_fd(), 0, 1),
        [0x11],
        "the first page is untouched"
    );
    // SAFETY: unmapping our own mapping; nothing refers to it any more.
    assert_eq!(unsafe { munmap(p, page) }, Ok(()));

    // An offset that is not a multiple of the page size is EINVAL.
    // SAFETY: the call fails before mapping anything.
    let r = unsafe {
        mmap(
            core::ptr::null_mut(),
            page,
            libc::PROT_READ,
            libc::MAP_SHARED,
            f.as_raw_fd(),
            1,
        )
    };
    assert_eq!(r, Err(Errno::EINVAL));
}

#[test]
fn six_argument_call_anonymous_mmap() {
    let len = page_size() * 2;
    // SAFETY: a fresh anonymous private mapping at an address the kernel chooses.
    let p = unsafe {
        mmap(
            core::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    }
    .expect("mmap");
    assert!(!p.is_null());
    {
        // SAFETY: the mapping is ours, readable for `len` bytes, unmapped after this.
        let mem = unsafe { core::slice::from_raw_parts(p, len) };
        assert!(mem.iter().all(|&b| b == 0), "anonymous memory is zeroed");
    }
    // SAFETY: unmapping our own mapping; `mem` is not used afterwards.
    assert_eq!(unsafe { munmap(p, len) }, Ok(()));
    // An unaligned address is EINVAL.
    // SAFETY: the call fails before touching anything.
    assert_eq!(
        unsafe { munmap(p.wrapping_add(1), len) },
        Err(Errno::EINVAL)
    );
}

#[test]
fn a_bad_mmap_fd_is_ebadf() {
    // SAFETY: a file mapping of fd -1 fails before mapping anything.
    let r = unsafe {
        mmap(
            core::ptr::null_mut(),
            4096,
            libc::PROT_READ,
            libc::MAP_PRIVATE,
            -1,
            0,
        )
    };
    assert_eq!(r, Err(Errno::EBADF));
}

#[test]
fn dynamic_number_primitives() {
    // SAFETY: getpid takes no arguments and touches no memory.
    let pid = unsafe { zcall::syscall0(nr::GETPID) };
    assert_eq!(pid, Ok(std::process::id() as usize));
    // SAFETY: close(-1) fails with EBADF and touches nothing.
    let r = unsafe { zcall::syscall1(nr::CLOSE, -1i32 as usize) };
    assert_eq!(r, Err(Errno::EBADF));
    // SAFETY: as above; the raw form keeps the undecoded word.
    let raw = unsafe { zcall::syscall1_raw(nr::CLOSE, -1i32 as usize) };
    assert!(raw.is_err());
    assert_eq!(raw.word(), err_word(Errno::EBADF));
    assert_eq!(raw.decode(), Err(Errno::EBADF));
    // SAFETY: as above, through a user's own dynamic-number stub.
    let raw = unsafe { dyn_call1(nr::CLOSE, -1i32 as usize) };
    assert_eq!(raw.decode(), Err(Errno::EBADF));
}

/// A successful call whose value is large is a value, not an error, whatever the target's
/// error convention: `lseek` of a memfd (whose largest offset is `MAX_LFS_FILESIZE`,
/// `i64::MAX`) returns the offset it set, here ones whose low 32 bits read as `-9` (EBADF's
/// `-errno` to a decoder that looked at 32 bits) and one just below 2^63. On PowerPC, where
/// `cr0.SO` alone says "failed", this fails if the flag is read wrongly; with `-errno` words
/// it fails if the range check is too wide.
#[cfg(target_pointer_width = "64")]
#[test]
fn a_large_successful_value_is_not_an_error() {
    let name = c"zcall-large-offset";
    // SAFETY: a new memfd; the name is a C string; the fd is taken into an OwnedFd.
    let fd = unsafe { libc::memfd_create(name.as_ptr(), libc::MFD_CLOEXEC) };
    assert!(fd >= 0, "memfd_create: {}", std::io::Error::last_os_error());
    // SAFETY: memfd_create succeeded: the fd is new and ours.
    let fd = unsafe { OwnedFd::from_raw_fd(fd) };
    for off in [
        0x1_ffff_fff7usize,
        0xffff_fff7_ffff_fff7,
        0x7fff_ffff_ffff_fff7,
    ] {
        let want = off & (i64::MAX as usize);
        // SAFETY: lseek on our own fd, no memory involved.
        let raw = unsafe {
            zcall::syscall3_raw(
                nr::LSEEK,
                fd.as_raw_fd() as usize,
                want,
                libc::SEEK_SET as usize,
            )
        };
        assert_eq!(raw_ok(raw), want, "lseek to {want:#x}");
        // SAFETY: lseek on our own fd, no memory involved.
        assert_eq!(
            unsafe { libc::lseek64(fd.as_raw_fd(), 0, libc::SEEK_CUR) } as usize,
            want
        );
    }
    // And a failure right after: an offset past MAX_LFS_FILESIZE (negative) is EINVAL.
    // SAFETY: as above.
    let raw = unsafe {
        zcall::syscall3_raw(
            nr::LSEEK,
            fd.as_raw_fd() as usize,
            -1isize as usize,
            libc::SEEK_SET as usize,
        )
    };
    raw_err(raw, Errno::EINVAL);
}

/// A `RawResult` of a successful call: not an error, the word is the value, and decoding
/// gives it back.
fn raw_ok(raw: RawResult) -> usize {
    assert!(!raw.is_err(), "{raw:?}");
    assert_eq!(raw.decode(), Ok(raw.word()));
    raw.word()
}

/// The result word of a call that failed with `e`: `-errno` on Linux, the positive errno
/// where the kernel reports failure in a flag (PowerPC's `cr0.SO`, mips64's `$7`, as the
/// BSDs).
fn err_word(e: Errno) -> usize {
    if cfg!(any(
        target_arch = "powerpc",
        target_arch = "powerpc64",
        target_arch = "mips64"
    )) {
        e.raw() as usize
    } else {
        (-(e.raw() as isize)) as usize
    }
}

/// A `RawResult` of a failed call: an error, the word is `-errno` (the errno where a flag
/// reports the failure), and decoding gives the errno.
fn raw_err(raw: RawResult, e: Errno) {
    assert!(raw.is_err(), "{raw:?}");
    assert_eq!(raw.word(), err_word(e));
    assert_eq!(raw.decode(), Err(e));
}

fn fd_flags(fd: RawFd) -> i32 {
    // SAFETY: F_GETFD takes no pointer.
    let r = unsafe { libc::fcntl(fd, libc::F_GETFD) };
    assert!(r >= 0, "fcntl: {}", std::io::Error::last_os_error());
    r
}

/// Every primitive, decoded and raw, through a call whose every argument matters, with
/// what the kernel did checked independently.
#[test]
fn every_primitive_has_a_real_effect() {
    let page = page_size();
    let (r, w) = pipe();
    // syscall0_raw: getpid.
    // SAFETY: getpid takes no arguments and touches no memory.
    let pid = raw_ok(unsafe { zcall::syscall0_raw(nr::GETPID) });
    assert_eq!(pid, std::process::id() as usize);

    // syscall1_raw: dup(w) is a new fd for the same pipe.
    // SAFETY: dup of our own open fd; the new fd is taken into an OwnedFd below.
    let dup = raw_ok(unsafe { zcall::syscall1_raw(nr::DUP, w.as_raw_fd() as usize) });
    // SAFETY: dup succeeded: the fd is new and ours.
    let dup = unsafe { OwnedFd::from_raw_fd(dup as RawFd) };
    assert_ne!(dup.as_raw_fd(), w.as_raw_fd());

    // syscall3: write 2 of the 3 bytes (the length word matters) through the dup.
    let msg = b"dupX";
    // SAFETY: write(2) reads 3 bytes from a live buffer of 4; the fd is ours.
    let n = unsafe {
        zcall::syscall3(
            nr::WRITE,
            dup.as_raw_fd() as usize,
            msg.as_ptr() as usize,
            3,
        )
    };
    assert_eq!(n, Ok(3));
    let mut buf = [0u8; 8];
    assert_eq!(read(r.as_fd(), &mut buf), Ok(3));
    assert_eq!(&buf[..3], b"dup");

    // syscall2_raw: pipe2 with O_CLOEXEC: two connected fds, both close-on-exec.
    let mut fds = [-1 as RawFd; 2];
    // SAFETY: pipe2 writes two fds into the live array.
    raw_ok(unsafe {
        zcall::syscall2_raw(
            nr::PIPE2,
            fds.as_mut_ptr() as usize,
            libc::O_CLOEXEC as usize,
        )
    });
    // SAFETY: pipe2 succeeded: both fds are new and ours.
    let (r2, w2) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
    for fd in [r2.as_raw_fd(), w2.as_raw_fd()] {
        assert_eq!(fd_flags(fd) & libc::FD_CLOEXEC, libc::FD_CLOEXEC);
    }
    assert_eq!(write(w2.as_fd(), b"p2"), Ok(2));
    assert_eq!(read(r2.as_fd(), &mut buf), Ok(2));

    // syscall3_raw: dup3(w, <r2's number>, O_CLOEXEC) makes that number our first pipe's
    // write end (r2's file is closed by the kernel: the number is ours to replace).
    let target = r2.into_raw_fd();
    // SAFETY: `target` is our own fd (taken out of its OwnedFd); dup3 replaces it
    // atomically and it is owned again just below.
    let got = raw_ok(unsafe {
        zcall::syscall3_raw(
            nr::DUP3,
            w.as_raw_fd() as usize,
            target as usize,
            libc::O_CLOEXEC as usize,
        )
    });
    assert_eq!(got, target as usize);
    // SAFETY: dup3 succeeded: `target` is an open fd of ours again.
    let target = unsafe { OwnedFd::from_raw_fd(target) };
    assert_eq!(
        fd_flags(target.as_raw_fd()) & libc::FD_CLOEXEC,
        libc::FD_CLOEXEC
    );
    assert_eq!(write(target.as_fd(), b"3r"), Ok(2));
    assert_eq!(read(r.as_fd(), &mut buf), Ok(2));
    assert_eq!(&buf[..2], b"3r");

    // syscall2: clock_gettime(CLOCK_MONOTONIC) lies between two readings of libc's.
    #[allow(clippy::useless_conversion)] // libc's time_t is i64 on 64-bit targets, i32 on 32-bit
    let libc_now = || {
        let mut t = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: clock_gettime writes one timespec into a live local.
        assert_eq!(
            unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut t) },
            0
        );
        (i64::from(t.tv_sec), i64::from(t.tv_nsec))
    };
    let before = libc_now();
    let mut ts = [0i64; 2];
    // SAFETY: clock_gettime writes one 16-byte timespec into `ts`.
    let r0 = unsafe {
        zcall::syscall2(
            common::CLOCK_GETTIME,
            libc::CLOCK_MONOTONIC as usize,
            ts.as_mut_ptr() as usize,
        )
    };
    let after = libc_now();
    assert_eq!(r0, Ok(0));
    assert!(
        before <= (ts[0], ts[1]) && (ts[0], ts[1]) <= after,
        "{before:?} {ts:?} {after:?}"
    );

    // syscall4: pread64 of 5 bytes at offset page + 7 (all four words matter). On 32-bit
    // targets the offset is two words, placed as each ABI says (the primitives take words,
    // not typed parameters): i386 `lo, hi`; arm `<pad>, lo, hi`; powerpc `<pad>, hi, lo`.
    let f = two_page_file();
    let mut five = [0u8; 5];
    let (fd, dst) = (f.as_raw_fd() as usize, five.as_mut_ptr() as usize);
    // SAFETY: pread64 writes at most 5 bytes into `five`; the fd is ours.
    #[cfg(target_pointer_width = "64")]
    let n = unsafe { zcall::syscall4(nr::PREAD64, fd, dst, 5, page + 7) };
    // SAFETY: as above.
    #[cfg(target_arch = "x86")]
    let n = unsafe { zcall::syscall5(nr::PREAD64, fd, dst, 5, page + 7, 0) };
    // SAFETY: as above.
    #[cfg(target_arch = "arm")]
    let n = unsafe { zcall::syscall6(nr::PREAD64, fd, dst, 5, 0, page + 7, 0) };
    // SAFETY: as above.
    #[cfg(target_arch = "powerpc")]
    let n = unsafe { zcall::syscall6(nr::PREAD64, fd, dst, 5, 0, 0, page + 7) };
    assert_eq!(n, Ok(5));
    assert_eq!(five[..], second_page()[7..12]);
    // syscall4_raw: pwrite64 of 2 bytes at offset 3.
    let (fd, src) = (f.as_raw_fd() as usize, b"XYZ".as_ptr() as usize);
    // SAFETY: pwrite64 reads 2 bytes from a live literal; the fd is ours.
    #[cfg(target_pointer_width = "64")]
    let n = raw_ok(unsafe { zcall::syscall4_raw(nr::PWRITE64, fd, src, 2, 3) });
    // SAFETY: as above.
    #[cfg(target_arch = "x86")]
    let n = raw_ok(unsafe { zcall::syscall5_raw(nr::PWRITE64, fd, src, 2, 3, 0) });
    // SAFETY: as above.
    #[cfg(target_arch = "arm")]
    let n = raw_ok(unsafe { zcall::syscall6_raw(nr::PWRITE64, fd, src, 2, 0, 3, 0) });
    // SAFETY: as above.
    #[cfg(target_arch = "powerpc")]
    let n = raw_ok(unsafe { zcall::syscall6_raw(nr::PWRITE64, fd, src, 2, 0, 0, 3) });
    assert_eq!(n, 2);
    assert_eq!(pread_libc(f.as_fd(), 2, 4), [0x11, b'X', b'Y', 0x11]);

    // syscall5: statx(fd, "", AT_EMPTY_PATH, STATX_SIZE, buf): the file itself (without
    // AT_EMPTY_PATH an empty path is ENOENT).
    const STATX_SIZE: usize = 0x200;
    let mut stx = [0u64; 32]; // struct statx, 256 bytes; stx_size at byte 40
    let statx = |flags: usize, out: &mut [u64; 32]| {
        // SAFETY: the path is a live empty C string; the kernel writes at most 256 bytes
        // of struct statx into `out`.
        unsafe {
            zcall::syscall5(
                nr::STATX,
                f.as_raw_fd() as usize,
                c"".as_ptr() as usize,
                flags,
                STATX_SIZE,
                out.as_mut_ptr() as usize,
            )
        }
    };
    assert_eq!(statx(libc::AT_EMPTY_PATH as usize, &mut stx), Ok(0));
    assert_eq!(
        // stx_mask, the first `u32` (in `stx[0]`'s first bytes whatever the byte order).
        u32::from_ne_bytes(stx[0].to_ne_bytes()[..4].try_into().unwrap()) as usize & STATX_SIZE,
        STATX_SIZE,
        "stx_mask has the size"
    );
    assert_eq!(stx[5], 2 * page as u64, "stx_size");
    assert_eq!(statx(0, &mut stx), Err(Errno::ENOENT));

    // syscall5_raw: ppoll on a pipe with data, a zero timeout and this thread's own mask.
    assert_eq!(write(w.as_fd(), b"!"), Ok(1));
    let mut pfd = libc::pollfd {
        fd: r.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    let mut zero = [0i64; 2];
    let mut mask = zcall::types::Sigset::empty();
    zcall::rt_sigprocmask(zcall::consts::SIG_BLOCK, None, Some(&mut mask)).expect("current mask");
    let mut ppoll = |sigsetsize: usize, pfd: &mut libc::pollfd| {
        // SAFETY: one live pollfd, a live zero timespec (the kernel writes the time left
        // back: zero), and the thread's current mask (so no signal is unblocked).
        unsafe {
            zcall::syscall5_raw(
                nr::PPOLL,
                pfd as *mut libc::pollfd as usize,
                1,
                zero.as_mut_ptr() as usize,
                &mask as *const zcall::types::Sigset as usize,
                sigsetsize,
            )
        }
    };
    assert_eq!(raw_ok(ppoll(zcall::types::Sigset::SIZE, &mut pfd)), 1);
    assert_eq!(pfd.revents & libc::POLLIN, libc::POLLIN);
    raw_err(ppoll(4, &mut pfd), Errno::EINVAL);
    assert_eq!(read(r.as_fd(), &mut buf), Ok(1));

    // syscall6: copy_file_range(f, &in_off, g, &out_off, 4, 0): all six words matter; the
    // kernel advances both offsets, not the file positions.
    let g = zcall::memfd_create(c"zcall-attribute-out", zcall::consts::MFD_CLOEXEC).expect("memfd");
    let (mut in_off, mut out_off) = ((page + 10) as i64, 3i64);
    let copy = |flags: usize, in_off: &mut i64, out_off: &mut i64| {
        // SAFETY: both offsets are live i64s the kernel reads and updates; both fds are ours.
        unsafe {
            zcall::syscall6(
                nr::COPY_FILE_RANGE,
                f.as_raw_fd() as usize,
                in_off as *mut i64 as usize,
                g.as_raw_fd() as usize,
                out_off as *mut i64 as usize,
                4,
                flags,
            )
        }
    };
    assert_eq!(copy(0, &mut in_off, &mut out_off), Ok(4));
    assert_eq!((in_off, out_off), ((page + 14) as i64, 7));
    let mut expect = vec![0u8; 3];
    expect.extend_from_slice(&second_page()[10..14]);
    assert_eq!(pread_libc(g.as_fd(), 0, 16), expect);
    assert_eq!(
        copy(1, &mut in_off, &mut out_off),
        Err(Errno::EINVAL),
        "flags must be 0"
    );
    // SAFETY: lseek on our own fd, no memory involved.
    assert_eq!(
        unsafe { libc::lseek64(g.as_raw_fd(), 0, libc::SEEK_CUR) },
        0
    );

    // syscall6_raw: mmap of the file's second page (mmap2 on 32-bit targets, its offset in
    // 4096-byte units; on s390x one pointer to the six words, below).
    #[cfg(all(target_pointer_width = "64", not(target_arch = "s390x")))]
    let (mmap_nr, offset_word) = (nr::MMAP, page);
    #[cfg(target_pointer_width = "32")]
    let (mmap_nr, offset_word) = (nr::MMAP2, page / 4096);
    #[cfg(not(target_arch = "s390x"))]
    // SAFETY: a new read-only shared mapping of our memfd where the kernel chooses.
    let addr = raw_ok(unsafe {
        zcall::syscall6_raw(
            mmap_nr,
            0,
            page,
            libc::PROT_READ as usize,
            libc::MAP_SHARED as usize,
            f.as_raw_fd() as usize,
            offset_word,
        )
    });
    // s390x: `mmap` (90) is `sys_old_mmap`, which reads the six words through the pointer in
    // r2: the six-register form of the other 64-bit targets is a null pointer there
    // (EFAULT), and the same words behind a pointer map the page.
    #[cfg(target_arch = "s390x")]
    let addr = {
        let words = [
            0,
            page,
            libc::PROT_READ as usize,
            libc::MAP_SHARED as usize,
            f.as_raw_fd() as usize,
            page,
        ];
        let six = |w0: usize| {
            // SAFETY: w0 is null or the address of `words`, live for the call; a new
            // read-only shared mapping of our memfd where the kernel chooses.
            unsafe {
                zcall::syscall6_raw(
                    nr::MMAP,
                    w0,
                    words[1],
                    words[2],
                    words[3],
                    words[4],
                    words[5],
                )
            }
        };
        raw_err(six(0), Errno::EFAULT);
        raw_ok(six(words.as_ptr() as usize))
    };
    {
        // SAFETY: the mapping is readable for `page` bytes, unmapped after this borrow.
        let mem = unsafe { core::slice::from_raw_parts(addr as *const u8, page) };
        assert!(mem == second_page(), "the mapping shows the second page");
    }
    // SAFETY: our own mapping; nothing refers to it any more.
    assert_eq!(unsafe { munmap(addr as *mut u8, page) }, Ok(()));
}

#[test]
fn slice_parameter_passes_pointer_and_length() {
    let (r, w) = pipe();
    let data: Vec<u8> = (0..=255u8).cycle().take(3000).collect();
    assert_eq!(write(w.as_fd(), &data), Ok(3000));
    let mut got = vec![0u8; 4000];
    let n = read(r.as_fd(), &mut got[..1000]).unwrap();
    assert_eq!(n, 1000, "the length word limits the read");
    let m = read(r.as_fd(), &mut got[1000..]).unwrap();
    assert_eq!(n + m, 3000);
    assert_eq!(&got[..3000], &data[..]);
}

#[test]
fn nonblocking_empty_pipe_is_eagain() {
    let mut fds = [-1; 2];
    pipe2(&mut fds, libc::O_NONBLOCK | libc::O_CLOEXEC).unwrap();
    // SAFETY: both fds are new and ours.
    let (r, _w) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
    let mut buf = [0u8; 4];
    let e = read(r.as_fd(), &mut buf).unwrap_err();
    assert_eq!(e, Errno::EAGAIN);
    assert!(e.is_temporary());
    let io: std::io::Error = e.into();
    assert_eq!(io.kind(), std::io::ErrorKind::WouldBlock);
}

#[test]
fn a_bad_buffer_pointer_is_efault() {
    #[syscall(nr = nr::WRITE)]
    unsafe fn write_raw(fd: RawFd, buf: *const u8, len: usize) -> Result<usize, Errno>;
    let (_r, w) = pipe();
    // SAFETY: the kernel validates the address and fails with EFAULT; nothing is read.
    let e = unsafe { write_raw(w.as_raw_fd(), 8 as *const u8, 4) };
    assert_eq!(e, Err(Errno::EFAULT));
}

/// openat with its mode: the fourth argument register holds 0o777 after it.
#[syscall(nr = nr::OPENAT)]
fn openat4(dirfd: RawFd, path: &std::ffi::CStr, flags: i32, mode: u32) -> Result<OwnedFd, Errno>;

/// openat without a mode: `short` passes 0 in the register the kernel reads the mode from.
#[syscall(nr = nr::OPENAT, short)]
fn openat3(dirfd: RawFd, path: &std::ffi::CStr, flags: i32) -> Result<OwnedFd, Errno>;

#[test]
fn short_declarations_pass_zero_in_the_registers_they_leave_out() {
    use std::os::unix::fs::PermissionsExt;
    let dir = std::env::temp_dir().join(format!("zcall-short-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = |name: &str| {
        std::ffi::CString::new(dir.join(name).into_os_string().into_encoded_bytes()).unwrap()
    };
    let (full, short) = (path("full"), path("short"));
    let flags = zcall::consts::O_CREAT | zcall::consts::O_EXCL | zcall::consts::O_WRONLY;
    let cwd = zcall::consts::AT_FDCWD;
    // Right before the short call, the mode register held 0o777: without the zeroing, the
    // second file would most likely get that mode (less the umask) too.
    let a = openat4(cwd, &full, flags, 0o777).unwrap();
    let b = openat3(cwd, &short, flags).unwrap();
    drop((a, b));
    let mode = |name: &str| {
        std::fs::metadata(dir.join(name))
            .unwrap()
            .permissions()
            .mode()
    };
    // The umask can only clear bits (and leaves the owner's alone unless set oddly).
    assert_eq!(mode("full") & 0o700, 0o700, "the mode reached the kernel");
    assert_eq!(
        mode("short") & 0o7777,
        0,
        "the short openat created a file with mode 0"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// mips64 (n64): the kernel reports a failure in `$7` (a3: exactly 1, `sltu` in
/// `arch/mips/kernel/scall64-n64.S`) with the positive errno in `$2`, and a success with
/// `$7` = 0 and the value in `$2`. `RawResult` keeps `$2` and the flag as the kernel left
/// them, so these fail if the stub read the wrong register, took `$7` for unchanged after
/// passing an argument in it, or decoded the word as `-errno`.
#[cfg(target_arch = "mips64")]
mod mips64_error_flag {
    use super::*;

    #[syscall(nr = nr::CLOSE)]
    unsafe fn close_raw(fd: RawFd) -> RawResult;

    /// Four words: the offset goes in `$7`, which the kernel then overwrites with the flag.
    #[syscall(nr = nr::PREAD64)]
    fn pread_raw(fd: BorrowedFd<'_>, buf: &mut [u8], offset: i64) -> RawResult;

    #[syscall(nr = nr::LSEEK)]
    fn lseek(fd: BorrowedFd<'_>, offset: i64, whence: i32) -> Result<u64, Errno>;

    fn sparse_memfd(offset: i64, data: &[u8]) -> OwnedFd {
        // SAFETY: a NUL-terminated name; the new fd is taken into an OwnedFd.
        let fd = unsafe { libc::memfd_create(c"zcall-mips64".as_ptr(), 0) };
        assert!(fd >= 0, "memfd_create: {}", std::io::Error::last_os_error());
        // SAFETY: `fd` is new and ours.
        let fd = unsafe { OwnedFd::from_raw_fd(fd) };
        // SAFETY: `data` is valid for its length.
        let n = unsafe { libc::pwrite(fd.as_raw_fd(), data.as_ptr().cast(), data.len(), offset) };
        assert_eq!(n, data.len() as isize, "pwrite");
        fd
    }

    #[test]
    fn a_failure_is_a3_set_and_the_positive_errno_in_v0() {
        // SAFETY: -1 is never an open fd; closing it touches nothing.
        let raw = unsafe { close_raw(-1) };
        assert!(raw.is_err(), "{raw:?}");
        // EBADF is 9 on MIPS too (asm-generic/errno-base.h, which mips' errno.h includes).
        assert_eq!(Errno::EBADF.raw(), 9);
        assert_eq!(raw.word(), 9, "{raw:?}");
        assert_eq!(raw.decode(), Err(Errno::EBADF));
        // A number outside the table: `illegal_syscall` stores ENOSYS (89 on MIPS) and 1.
        // SAFETY: an unassigned number does nothing.
        let raw = unsafe { zcall::syscall0_raw(5999) };
        assert!(raw.is_err(), "{raw:?}");
        assert_eq!((raw.word(), Errno::ENOSYS.raw()), (89, 89));
    }

    #[test]
    fn a_success_after_a_nonzero_fourth_argument_clears_a3() {
        let offset = 0x1_0000_1234_i64;
        let fd = sparse_memfd(offset, b"n64");
        let mut buf = [0u8; 8];
        let raw = pread_raw(fd.as_fd(), &mut buf, offset);
        assert!(!raw.is_err(), "{raw:?}");
        assert_eq!(raw.word(), 3, "{raw:?}");
        assert_eq!(&buf[..3], b"n64");
        // The high word of the offset arrived: 0x1234 is a hole.
        let raw = pread_raw(fd.as_fd(), &mut buf, 0x1234);
        assert_eq!((raw.is_err(), raw.word(), buf[0]), (false, 8, 0));
        // And a failure with four words: a negative offset is EINVAL.
        let raw = pread_raw(fd.as_fd(), &mut buf, -1);
        assert_eq!(
            (raw.is_err(), raw.word()),
            (true, Errno::EINVAL.raw() as usize)
        );
    }

    #[test]
    fn a_large_success_value_is_not_an_error() {
        // lseek returns the new offset in $2: a value with bits far above 32, success.
        let fd = sparse_memfd(0, b"x");
        let far = 0x7fff_ffff_ffff_f000_i64;
        assert_eq!(lseek(fd.as_fd(), far, libc::SEEK_SET), Ok(far as u64));
        // A mapping's address: success whatever its value.
        let len = page_size();
        // SAFETY: a fresh anonymous private mapping at an address the kernel chooses.
        let p = unsafe {
            mmap(
                core::ptr::null_mut(),
                len,
                libc::PROT_READ,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        }
        .expect("mmap");
        // SAFETY: our own mapping.
        assert_eq!(unsafe { munmap(p, len) }, Ok(()));
    }
}
