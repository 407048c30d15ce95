//! The attribute, end to end: stubs declared here, the way a user would, really enter the
//! kernel and return what it did.
#![cfg(target_os = "linux")]

use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd, RawFd};
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

#[syscall(nr = nr::MMAP)]
unsafe fn mmap(
    addr: *mut u8,
    len: usize,
    prot: i32,
    flags: i32,
    fd: RawFd,
    off: i64,
) -> Result<*mut u8, Errno>;

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

#[test]
fn six_argument_call_anonymous_mmap() {
    let len = 4096 * 2;
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
    // SAFETY: the mapping is ours, readable and writable for `len` bytes.
    let mem = unsafe { core::slice::from_raw_parts_mut(p, len) };
    assert!(mem.iter().all(|&b| b == 0), "anonymous memory is zeroed");
    mem[0] = 0xAB;
    mem[len - 1] = 0xCD;
    assert_eq!((mem[0], mem[len - 1]), (0xAB, 0xCD));
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
    assert_eq!(raw.word(), -(libc::EBADF as isize) as usize);
    assert_eq!(raw.decode(), Err(Errno::EBADF));
    // SAFETY: as above, through a user's own dynamic-number stub.
    let raw = unsafe { dyn_call1(nr::CLOSE, -1i32 as usize) };
    assert_eq!(raw.decode(), Err(Errno::EBADF));

    let (r, w) = pipe();
    let msg = b"six";
    // SAFETY: write(2) reads `msg.len()` bytes from a live buffer; the fd is open.
    let n = unsafe {
        zcall::syscall6(
            nr::WRITE,
            w.as_raw_fd() as usize,
            msg.as_ptr() as usize,
            msg.len(),
            0,
            0,
            0,
        )
    };
    assert_eq!(n, Ok(3));
    let mut buf = [0u8; 8];
    assert_eq!(read(r.as_fd(), &mut buf), Ok(3));
    assert_eq!(&buf[..3], msg);
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
