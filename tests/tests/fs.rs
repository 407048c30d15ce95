//! Files and fds against the real kernel: openat, fstat, fstatat, statx, ftruncate, fsync,
//! fdatasync, lseek, pread, pwrite, fcntl (raw and typed), dup, dup3, close_range,
//! unlinkat, mkdirat, prlimit64 and ioctl (raw, FIONREAD, FIONBIO, SIOCGIFINDEX).
//!
//! Every result is cross-checked with what std or libc sees of the same object (metadata,
//! `libc::fcntl`, `libc::getrlimit`, `libc::if_nametoindex` …), and every error case is one
//! the kernel reports for the input given.
#![cfg(target_os = "linux")]

mod common;
use common::{bad_fd, NoAccessPage};

use std::ffi::{CStr, CString};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, IntoRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use zcall::consts::*;
use zcall::types::{Ifreq, Rlimit, Stat, Statx};
use zcall::Errno;

// ------------------------------------------------------------------------------ helpers

/// `zcall::fstat` into a fresh `Stat`.
fn fstat(fd: BorrowedFd<'_>) -> Result<Stat, Errno> {
    let mut st = Stat::default();
    zcall::fstat(fd, &mut st).map(|()| st)
}

/// `zcall::fstatat` into a fresh `Stat`.
fn fstatat(dirfd: Option<BorrowedFd<'_>>, path: &CStr, flags: i32) -> Result<Stat, Errno> {
    let mut st = Stat::default();
    zcall::fstatat(dirfd, path, &mut st, flags).map(|()| st)
}

/// `zcall::statx` into a fresh `Statx`.
fn statx(
    dirfd: Option<BorrowedFd<'_>>,
    path: &CStr,
    flags: i32,
    mask: u32,
) -> Result<Statx, Errno> {
    let mut stx = Statx::default();
    zcall::statx(dirfd, path, flags, mask, &mut stx).map(|()| stx)
}

/// A fresh directory under the system's temporary directory, removed with its contents on
/// drop.
struct TempDir {
    path: PathBuf,
}

impl TempDir {
    fn new(tag: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "zcall-fs-{}-{tag}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir(&path).unwrap_or_else(|e| panic!("mkdir {}: {e}", path.display()));
        TempDir { path }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.path.join(name)
    }

    /// The directory itself, opened `O_DIRECTORY`.
    fn open(&self) -> OwnedFd {
        zcall::openat(None, &c(&self.path), O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
            .expect("open the temporary directory")
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

fn c(path: &Path) -> CString {
    CString::new(path.as_os_str().as_bytes()).expect("no NUL in the path")
}

/// The process's umask, read from /proc (setting it to read it would race with the other
/// tests creating files).
fn umask() -> u32 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let line = status
        .lines()
        .find_map(|l| l.strip_prefix("Umask:"))
        .expect("Umask: line (Linux 4.7)");
    u32::from_str_radix(line.trim(), 8).expect("octal umask")
}

/// `libc::fcntl(fd, cmd)` with no argument: libc's view of the fd.
fn libc_fcntl(fd: BorrowedFd<'_>, cmd: i32) -> i32 {
    // SAFETY: the commands used here (F_GETFD, F_GETFL, F_GET_SEALS) take no argument and
    // touch no memory.
    let r = unsafe { libc::fcntl(fd.as_raw_fd(), cmd) };
    assert!(
        r >= 0,
        "libc fcntl({cmd}): {}",
        std::io::Error::last_os_error()
    );
    r
}

/// Whether the fd number is open, asked through libc.
fn is_open(fd: i32) -> bool {
    // SAFETY: F_GETFD on any number touches no memory.
    unsafe { libc::fcntl(fd, libc::F_GETFD) >= 0 }
}

/// The file position through libc.
fn position(fd: BorrowedFd<'_>) -> i64 {
    // SAFETY: lseek on an open fd touches no memory.
    let p = unsafe { libc::lseek64(fd.as_raw_fd(), 0, libc::SEEK_CUR) };
    assert!(p >= 0, "lseek: {}", std::io::Error::last_os_error());
    p
}

fn create(dir: &TempDir, name: &str, data: &[u8]) -> PathBuf {
    let p = dir.path(name);
    std::fs::write(&p, data).unwrap_or_else(|e| panic!("write {}: {e}", p.display()));
    p
}

fn open_ro(path: &Path) -> OwnedFd {
    zcall::openat(None, &c(path), O_RDONLY | O_CLOEXEC, 0)
        .unwrap_or_else(|e| panic!("open {}: {e}", path.display()))
}

/// qemu-user 7.2 writes no nanoseconds into s390x's `struct stat` from `fstat`: its s390x
/// `target_stat` has the fields but the target does not define `TARGET_STAT_HAVE_NSEC`
/// (`linux-user/syscall_defs.h`), so `host_to_target_stat` leaves them 0 (the kernel fills
/// them; qemu's `newfstatat` path does too). There, a `Stat` from `fstat`/`fstatat` whose three nanosecond fields are all 0
/// takes them from `nsec` (atime, mtime, ctime of another reading), after a SKIP line; the
/// seconds and every other field are still compared. Elsewhere it is left as it is.
fn qemu_s390x_stat_nsec(what: &str, st: &mut Stat, nsec: [i64; 3]) {
    let zero = (st.st_atime_nsec, st.st_mtime_nsec, st.st_ctime_nsec) == (0, 0, 0);
    if cfg!(target_arch = "s390x") && common::under_qemu() && zero && nsec != [0; 3] {
        eprintln!(
            "SKIP {what}: stat nanoseconds: qemu-user 7.2 leaves them 0 in s390x's struct stat \
             (no TARGET_STAT_HAVE_NSEC)"
        );
        [st.st_atime_nsec, st.st_mtime_nsec, st.st_ctime_nsec] = nsec;
    }
}

/// The fields of `Stat` that std's metadata also has, compared; times only when `times`
/// (a device or procfs file may be touched by others between the two calls).
#[allow(clippy::unnecessary_cast)] // st_nlink is u64 on x86_64, u32 elsewhere
fn assert_stat_is_metadata(what: &str, st: &Stat, m: &std::fs::Metadata, times: bool) {
    let mut st = *st;
    qemu_s390x_stat_nsec(
        what,
        &mut st,
        [m.atime_nsec(), m.mtime_nsec(), m.ctime_nsec()],
    );
    let st = &st;
    assert_eq!(st.st_dev, m.dev(), "{what}: st_dev");
    assert_eq!(st.st_ino, m.ino(), "{what}: st_ino");
    assert_eq!(st.st_mode, m.mode(), "{what}: st_mode");
    assert_eq!(st.st_nlink as u64, m.nlink(), "{what}: st_nlink");
    assert_eq!(st.st_uid, m.uid(), "{what}: st_uid");
    assert_eq!(st.st_gid, m.gid(), "{what}: st_gid");
    assert_eq!(st.st_rdev, m.rdev(), "{what}: st_rdev");
    assert_eq!(st.st_size as u64, m.size(), "{what}: st_size");
    assert_eq!(st.st_blksize as u64, m.blksize(), "{what}: st_blksize");
    assert_eq!(st.st_blocks as u64, m.blocks(), "{what}: st_blocks");
    if times {
        assert_eq!(
            (st.st_mtime, st.st_mtime_nsec),
            (m.mtime(), m.mtime_nsec()),
            "{what}: mtime"
        );
        assert_eq!(
            (st.st_ctime, st.st_ctime_nsec),
            (m.ctime(), m.ctime_nsec()),
            "{what}: ctime"
        );
        assert_eq!(
            (st.st_atime, st.st_atime_nsec),
            (m.atime(), m.atime_nsec()),
            "{what}: atime"
        );
    }
}

/// The objects the stat tests look at: (name, path, whether their times are stable).
fn stat_subjects(dir: &TempDir) -> Vec<(&'static str, PathBuf, bool)> {
    let file = create(dir, "regular", &[7u8; 5000]);
    std::fs::create_dir(dir.path("directory")).unwrap();
    vec![
        ("regular file", file, true),
        ("directory", dir.path("directory"), true),
        (
            "character device /dev/null",
            PathBuf::from("/dev/null"),
            false,
        ),
        ("procfs file", PathBuf::from("/proc/self/status"), false),
    ]
}

// ------------------------------------------------------------------------------ stat

#[test]
fn fstat_matches_std_metadata() {
    let dir = TempDir::new("fstat");
    for (what, path, times) in stat_subjects(&dir) {
        let fd = open_ro(&path);
        let st = fstat(fd.as_fd()).unwrap_or_else(|e| panic!("{what}: fstat: {e}"));
        let m = std::fs::metadata(&path).unwrap();
        assert_stat_is_metadata(what, &st, &m, times);
    }
    // The file types std cannot open by path.
    let (r, _w) = common::pipe();
    assert_eq!(fstat(r.as_fd()).unwrap().st_mode & S_IFMT, S_IFIFO);
    let (a, _b) = zcall::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0).unwrap();
    assert_eq!(fstat(a.as_fd()).unwrap().st_mode & S_IFMT, S_IFSOCK);
    // Known values: /dev/null is the character device 1:3, a directory is S_IFDIR.
    let null = fstat(open_ro(Path::new("/dev/null")).as_fd()).unwrap();
    assert_eq!(null.st_mode & S_IFMT, S_IFCHR);
    assert_eq!(null.st_rdev, zcall::types::makedev(1, 3));
    assert_eq!(null.st_rdev, libc::makedev(1, 3));
    assert_eq!(fstat(dir.open().as_fd()).unwrap().st_mode & S_IFMT, S_IFDIR);
}

#[test]
fn fstatat_matches_std_metadata_and_follows_links_as_told() {
    let dir = TempDir::new("fstatat");
    let dfd = dir.open();
    for (what, path, times) in stat_subjects(&dir) {
        let st = fstatat(None, &c(&path), 0).unwrap_or_else(|e| panic!("{what}: fstatat: {e}"));
        assert_stat_is_metadata(what, &st, &std::fs::metadata(&path).unwrap(), times);
    }
    // Relative to the directory fd, and to the current directory (cargo runs the tests in
    // the package's directory, which holds Cargo.toml).
    let st = fstatat(Some(dfd.as_fd()), c"regular", 0).unwrap();
    assert_stat_is_metadata(
        "dirfd-relative",
        &st,
        &dir.path("regular").metadata().unwrap(),
        true,
    );
    let st = fstatat(None, c"Cargo.toml", 0).unwrap();
    assert_stat_is_metadata(
        "cwd-relative",
        &st,
        &Path::new("Cargo.toml").metadata().unwrap(),
        true,
    );
    // AT_EMPTY_PATH: the fd itself.
    let fd = open_ro(&dir.path("regular"));
    let at = fstatat(Some(fd.as_fd()), c"", AT_EMPTY_PATH).unwrap();
    let mut plain = fstat(fd.as_fd()).unwrap();
    // (qemu-user 7.2 fills s390x's nanoseconds through newfstatat but not through fstat.)
    let nsec = [at.st_atime_nsec, at.st_mtime_nsec, at.st_ctime_nsec];
    qemu_s390x_stat_nsec("AT_EMPTY_PATH", &mut plain, nsec);
    assert_eq!(at, plain);
    // A symbolic link: followed by default, itself with AT_SYMLINK_NOFOLLOW.
    std::os::unix::fs::symlink("regular", dir.path("link")).unwrap();
    let followed = fstatat(Some(dfd.as_fd()), c"link", 0).unwrap();
    assert_eq!(followed.st_mode & S_IFMT, S_IFREG);
    assert_eq!(followed.st_size, 5000);
    let link = fstatat(Some(dfd.as_fd()), c"link", AT_SYMLINK_NOFOLLOW).unwrap();
    assert_stat_is_metadata(
        "symlink",
        &link,
        &std::fs::symlink_metadata(dir.path("link")).unwrap(),
        true,
    );
    assert_eq!(link.st_mode & S_IFMT, S_IFLNK);
    assert_eq!(link.st_size, "regular".len() as i64);
}

#[test]
fn statx_matches_std_metadata_and_fstat() {
    let dir = TempDir::new("statx");
    for (what, path, times) in stat_subjects(&dir) {
        let fd = open_ro(&path);
        let stx = statx(
            Some(fd.as_fd()),
            c"",
            AT_EMPTY_PATH,
            STATX_BASIC_STATS | STATX_BTIME,
        )
        .unwrap_or_else(|e| panic!("{what}: statx: {e}"));
        let m = std::fs::metadata(&path).unwrap();
        assert_eq!(
            stx.stx_mask & STATX_BASIC_STATS,
            STATX_BASIC_STATS,
            "{what}: every basic field filled"
        );
        assert_eq!(stx.stx_mode as u32, m.mode(), "{what}: mode");
        assert_eq!(stx.stx_ino, m.ino(), "{what}: ino");
        assert_eq!(stx.stx_nlink as u64, m.nlink(), "{what}: nlink");
        assert_eq!(
            (stx.stx_uid, stx.stx_gid),
            (m.uid(), m.gid()),
            "{what}: owner"
        );
        assert_eq!(stx.stx_size, m.size(), "{what}: size");
        assert_eq!(stx.stx_blocks, m.blocks(), "{what}: blocks");
        assert_eq!(stx.stx_blksize as u64, m.blksize(), "{what}: blksize");
        assert_eq!(
            (stx.stx_dev_major, stx.stx_dev_minor),
            (libc::major(m.dev()), libc::minor(m.dev())),
            "{what}: dev"
        );
        assert_eq!(
            (stx.stx_rdev_major, stx.stx_rdev_minor),
            (libc::major(m.rdev()), libc::minor(m.rdev())),
            "{what}: rdev"
        );
        if times {
            assert_eq!(
                (stx.stx_mtime.tv_sec, stx.stx_mtime.tv_nsec as i64),
                (m.mtime(), m.mtime_nsec()),
                "{what}: mtime"
            );
            // std reports a birth time where it stats with statx itself (glibc targets).
            if let (true, Ok(created)) = (stx.stx_mask & STATX_BTIME != 0, m.created()) {
                let since = created.duration_since(std::time::UNIX_EPOCH).unwrap();
                assert_eq!(
                    (stx.stx_btime.tv_sec as u64, stx.stx_btime.tv_nsec),
                    (since.as_secs(), since.subsec_nanos()),
                    "{what}: btime"
                );
            }
        }
        // The `Stat` built from the statx result is what the kernel's own fstat reports
        // (on loongarch64, zcall's fstat is built this way: there it checks statx twice).
        let mut st = fstat(fd.as_fd()).unwrap();
        let mut from = Stat::from_statx(&stx);
        let nsec = [from.st_atime_nsec, from.st_mtime_nsec, from.st_ctime_nsec];
        qemu_s390x_stat_nsec(what, &mut st, nsec);
        if !times {
            (from.st_atime, from.st_atime_nsec) = (st.st_atime, st.st_atime_nsec);
            (from.st_mtime, from.st_mtime_nsec) = (st.st_mtime, st.st_mtime_nsec);
            (from.st_ctime, from.st_ctime_nsec) = (st.st_ctime, st.st_ctime_nsec);
        }
        assert_eq!(
            from, st,
            "{what}: Stat::from_statx vs fstat (times: {times})"
        );
        // Path-based, relative to nothing (absolute), and with only one field asked for.
        let by_path = statx(None, &c(&path), 0, STATX_INO).unwrap();
        assert_eq!(by_path.stx_ino, m.ino(), "{what}: statx by path");
        assert_ne!(by_path.stx_mask & STATX_INO, 0);
    }
    // AT_SYMLINK_NOFOLLOW.
    std::os::unix::fs::symlink("regular", dir.path("link")).unwrap();
    let dfd = dir.open();
    let l = statx(Some(dfd.as_fd()), c"link", AT_SYMLINK_NOFOLLOW, STATX_TYPE).unwrap();
    assert_eq!(l.stx_mode as u32 & S_IFMT, S_IFLNK);
    let f = statx(Some(dfd.as_fd()), c"link", 0, STATX_TYPE).unwrap();
    assert_eq!(f.stx_mode as u32 & S_IFMT, S_IFREG);
}

#[test]
fn stat_errors() {
    let dir = TempDir::new("staterr");
    create(&dir, "file", b"x");
    let dfd = dir.open();
    let ffd = open_ro(&dir.path("file"));
    std::os::unix::fs::symlink("loop", dir.path("loop")).unwrap();
    let long = CString::new(vec![b'n'; 300]).unwrap();
    let very_long = CString::new(vec![b'd'; 5000]).unwrap(); // over PATH_MAX (4096)
    for (what, fstatat_r, statx_r, want) in [
        (
            "missing",
            fstatat(Some(dfd.as_fd()), c"missing", 0).map(drop),
            statx(Some(dfd.as_fd()), c"missing", 0, STATX_TYPE).map(drop),
            Errno::ENOENT,
        ),
        (
            "through a file",
            fstatat(Some(dfd.as_fd()), c"file/x", 0).map(drop),
            statx(Some(dfd.as_fd()), c"file/x", 0, STATX_TYPE).map(drop),
            Errno::ENOTDIR,
        ),
        (
            "relative to a file fd",
            fstatat(Some(ffd.as_fd()), c"x", 0).map(drop),
            statx(Some(ffd.as_fd()), c"x", 0, STATX_TYPE).map(drop),
            Errno::ENOTDIR,
        ),
        (
            "symlink loop",
            fstatat(Some(dfd.as_fd()), c"loop", 0).map(drop),
            statx(Some(dfd.as_fd()), c"loop", 0, STATX_TYPE).map(drop),
            Errno::ELOOP,
        ),
        (
            "name over NAME_MAX",
            fstatat(Some(dfd.as_fd()), &long, 0).map(drop),
            statx(Some(dfd.as_fd()), &long, 0, STATX_TYPE).map(drop),
            Errno::ENAMETOOLONG,
        ),
        (
            "path over PATH_MAX",
            fstatat(None, &very_long, 0).map(drop),
            statx(None, &very_long, 0, STATX_TYPE).map(drop),
            Errno::ENAMETOOLONG,
        ),
        (
            "bad dirfd",
            fstatat(Some(bad_fd()), c"x", 0).map(drop),
            statx(Some(bad_fd()), c"x", 0, STATX_TYPE).map(drop),
            Errno::EBADF,
        ),
        (
            "unknown flag",
            fstatat(Some(dfd.as_fd()), c"file", 0x1).map(drop),
            statx(Some(dfd.as_fd()), c"file", 0x1, STATX_TYPE).map(drop),
            Errno::EINVAL,
        ),
        (
            "empty path without AT_EMPTY_PATH",
            fstatat(Some(ffd.as_fd()), c"", 0).map(drop),
            statx(Some(ffd.as_fd()), c"", 0, STATX_TYPE).map(drop),
            Errno::ENOENT,
        ),
    ] {
        assert_eq!(fstatat_r, Err(want), "fstatat: {what}");
        assert_eq!(statx_r, Err(want), "statx: {what}");
    }
    // statx's own: both sync modes, and the reserved mask bit.
    assert_eq!(
        statx(
            Some(dfd.as_fd()),
            c"file",
            AT_STATX_FORCE_SYNC | AT_STATX_DONT_SYNC,
            STATX_TYPE
        ),
        Err(Errno::EINVAL)
    );
    assert_eq!(
        statx(Some(dfd.as_fd()), c"file", 0, 0x8000_0000),
        Err(Errno::EINVAL)
    );
    assert_eq!(fstat(bad_fd()), Err(Errno::EBADF));
}

#[test]
fn makedev_major_minor_are_libcs() {
    for (major, minor) in [
        (0, 0),
        (1, 3),
        (8, 1),
        (259, 0),
        (0xfff, 0xfffff),
        (0x1234, 0x56789),
    ] {
        let dev = zcall::types::makedev(major, minor);
        assert_eq!(
            dev,
            libc::makedev(major, minor),
            "makedev({major}, {minor})"
        );
        assert_eq!(zcall::types::major(dev), libc::major(dev));
        assert_eq!(zcall::types::minor(dev), libc::minor(dev));
        assert_eq!(
            (zcall::types::major(dev), zcall::types::minor(dev)),
            (major, minor)
        );
    }
}

// ------------------------------------------------------------------------------ openat, mkdirat, unlinkat

#[test]
fn openat_mkdirat_unlinkat_do_what_they_say() {
    let dir = TempDir::new("open");
    let dfd = dir.open();
    let mask = umask();

    // O_CREAT | O_EXCL relative to the directory fd, with a mode.
    let f = zcall::openat(
        Some(dfd.as_fd()),
        c"new",
        O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC,
        0o640,
    )
    .unwrap();
    let m = std::fs::metadata(dir.path("new")).unwrap();
    assert!(m.is_file());
    assert_eq!(m.permissions().mode() & 0o7777, 0o640 & !mask);
    assert_eq!(
        libc_fcntl(f.as_fd(), libc::F_GETFD) & libc::FD_CLOEXEC,
        libc::FD_CLOEXEC
    );
    assert_eq!(zcall::write(f.as_fd(), b"written by zcall"), Ok(16));
    assert_eq!(std::fs::read(dir.path("new")).unwrap(), b"written by zcall");
    // It is the file std sees at that path.
    assert_eq!(fstat(f.as_fd()).unwrap().st_ino, m.ino());

    // Without O_CLOEXEC there is none; O_TRUNC empties; O_APPEND appends.
    let g = zcall::openat(Some(dfd.as_fd()), c"new", O_WRONLY | O_APPEND, 0).unwrap();
    assert_eq!(libc_fcntl(g.as_fd(), libc::F_GETFD) & libc::FD_CLOEXEC, 0);
    zcall::write(g.as_fd(), b"+").unwrap();
    assert_eq!(
        std::fs::read(dir.path("new")).unwrap(),
        b"written by zcall+"
    );
    drop(g);
    let t = zcall::openat(Some(dfd.as_fd()), c"new", O_WRONLY | O_TRUNC | O_CLOEXEC, 0).unwrap();
    assert_eq!(std::fs::metadata(dir.path("new")).unwrap().len(), 0);
    drop(t);

    // Relative to the current directory (`None`): the package's Cargo.toml.
    let cargo = zcall::openat(None, c"Cargo.toml", O_RDONLY | O_CLOEXEC, 0).unwrap();
    let want = std::fs::read("Cargo.toml").unwrap();
    let mut got = vec![0u8; want.len() + 16];
    assert_eq!(zcall::read(cargo.as_fd(), &mut got), Ok(want.len()));
    assert_eq!(&got[..want.len()], &want[..]);

    // mkdirat, relative and absolute; the mode reaches the kernel.
    zcall::mkdirat(Some(dfd.as_fd()), c"sub", 0o750).unwrap();
    let m = std::fs::metadata(dir.path("sub")).unwrap();
    assert!(m.is_dir());
    assert_eq!(m.permissions().mode() & 0o7777, 0o750 & !mask);
    zcall::mkdirat(None, &c(&dir.path("abs")), 0o700).unwrap();
    assert!(dir.path("abs").is_dir());
    // A file inside the new directory, through a path with a slash.
    drop(
        zcall::openat(
            Some(dfd.as_fd()),
            c"sub/inner",
            O_CREAT | O_WRONLY | O_CLOEXEC,
            0o600,
        )
        .unwrap(),
    );
    assert!(dir.path("sub/inner").is_file());

    // unlinkat: a file, then the emptied directory with AT_REMOVEDIR.
    zcall::unlinkat(Some(dfd.as_fd()), c"sub/inner", 0).unwrap();
    assert!(!dir.path("sub/inner").exists());
    zcall::unlinkat(Some(dfd.as_fd()), c"sub", AT_REMOVEDIR).unwrap();
    assert!(!dir.path("sub").exists());
    zcall::unlinkat(None, &c(&dir.path("abs")), AT_REMOVEDIR).unwrap();
    assert!(!dir.path("abs").exists());
    // The open file survives its name.
    zcall::unlinkat(Some(dfd.as_fd()), c"new", 0).unwrap();
    assert!(!dir.path("new").exists());
    assert_eq!(fstat(f.as_fd()).unwrap().st_nlink, 0);
}

#[test]
fn openat_mkdirat_unlinkat_errors() {
    let dir = TempDir::new("openerr");
    create(&dir, "file", b"x");
    std::fs::create_dir(dir.path("full")).unwrap();
    create(&dir, "full/inside", b"y");
    std::os::unix::fs::symlink("file", dir.path("link")).unwrap();
    std::os::unix::fs::symlink("loop", dir.path("loop")).unwrap();
    let dfd = dir.open();
    let ffd = open_ro(&dir.path("file"));
    let d = Some(dfd.as_fd());
    let long = CString::new(vec![b'n'; 300]).unwrap();
    let very_long = CString::new(vec![b'd'; 5000]).unwrap();
    let ro = O_RDONLY | O_CLOEXEC;
    let open = |dirfd, path: &CStr, flags| zcall::openat(dirfd, path, flags, 0o600).map(drop);

    for (what, r, want) in [
        ("open missing", open(d, c"missing", ro), Errno::ENOENT),
        (
            "open in a missing dir",
            open(d, c"nodir/x", ro | O_CREAT),
            Errno::ENOENT,
        ),
        (
            "open through a file",
            open(d, c"file/x", ro),
            Errno::ENOTDIR,
        ),
        (
            "O_DIRECTORY on a file",
            open(d, c"file", ro | O_DIRECTORY),
            Errno::ENOTDIR,
        ),
        (
            "relative to a file fd",
            open(Some(ffd.as_fd()), c"x", ro),
            Errno::ENOTDIR,
        ),
        (
            "O_CREAT|O_EXCL existing",
            open(d, c"file", ro | O_CREAT | O_EXCL),
            Errno::EEXIST,
        ),
        (
            "O_NOFOLLOW on a link",
            open(d, c"link", ro | O_NOFOLLOW),
            Errno::ELOOP,
        ),
        ("symlink loop", open(d, c"loop", ro), Errno::ELOOP),
        (
            "name over NAME_MAX",
            open(d, &long, ro),
            Errno::ENAMETOOLONG,
        ),
        (
            "path over PATH_MAX",
            open(None, &very_long, ro),
            Errno::ENAMETOOLONG,
        ),
        ("bad dirfd", open(Some(bad_fd()), c"file", ro), Errno::EBADF),
        (
            "directory for writing",
            open(d, c"full", O_WRONLY | O_CLOEXEC),
            Errno::EISDIR,
        ),
        (
            "O_TMPFILE read-only",
            open(d, c".", O_TMPFILE | O_RDONLY),
            Errno::EINVAL,
        ),
        (
            "mkdirat existing",
            zcall::mkdirat(d, c"file", 0o700),
            Errno::EEXIST,
        ),
        (
            "mkdirat over a dangling link",
            zcall::mkdirat(d, c"loop", 0o700),
            Errno::EEXIST,
        ),
        (
            "mkdirat in a missing dir",
            zcall::mkdirat(d, c"nodir/x", 0o700),
            Errno::ENOENT,
        ),
        (
            "mkdirat through a file",
            zcall::mkdirat(d, c"file/x", 0o700),
            Errno::ENOTDIR,
        ),
        (
            "mkdirat name over NAME_MAX",
            zcall::mkdirat(d, &long, 0o700),
            Errno::ENAMETOOLONG,
        ),
        (
            "mkdirat bad dirfd",
            zcall::mkdirat(Some(bad_fd()), c"x", 0o700),
            Errno::EBADF,
        ),
        (
            "unlinkat missing",
            zcall::unlinkat(d, c"missing", 0),
            Errno::ENOENT,
        ),
        (
            "unlinkat a directory",
            zcall::unlinkat(d, c"full", 0),
            Errno::EISDIR,
        ),
        (
            "AT_REMOVEDIR on a file",
            zcall::unlinkat(d, c"file", AT_REMOVEDIR),
            Errno::ENOTDIR,
        ),
        (
            "AT_REMOVEDIR non-empty",
            zcall::unlinkat(d, c"full", AT_REMOVEDIR),
            Errno::ENOTEMPTY,
        ),
        (
            "unlinkat unknown flag",
            zcall::unlinkat(d, c"file", 0x1),
            Errno::EINVAL,
        ),
        (
            "unlinkat name over NAME_MAX",
            zcall::unlinkat(d, &long, 0),
            Errno::ENAMETOOLONG,
        ),
        (
            "unlinkat through a link loop",
            zcall::unlinkat(d, c"loop/x", 0),
            Errno::ELOOP,
        ),
        (
            "unlinkat bad dirfd",
            zcall::unlinkat(Some(bad_fd()), c"file", 0),
            Errno::EBADF,
        ),
    ] {
        assert_eq!(r, Err(want), "{what}");
    }
    // Nothing was created or removed by the failed calls.
    let mut names: Vec<_> = std::fs::read_dir(&dir.path)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["file", "full", "link", "loop"]);
    assert!(dir.path("full/inside").is_file());
    // An absolute path ignores dirfd, even a bad one.
    let abs = c(&dir.path("file"));
    assert!(zcall::openat(Some(bad_fd()), &abs, ro, 0).is_ok());
}

// ------------------------------------------------------------------------------ pread, pwrite, lseek

#[test]
fn pread_pwrite_beyond_4_gib_in_a_sparse_file() {
    let dir = TempDir::new("pread");
    let fd = zcall::openat(
        None,
        &c(&dir.path("sparse")),
        O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC,
        0o600,
    )
    .unwrap();
    let high: i64 = (5 << 32) + 0x1234; // above 4 GiB, bits set in both halves
    let low = high & 0xffff_ffff; // where a 32-bit truncation of `high` would land
    assert_eq!(zcall::pwrite(fd.as_fd(), b"HIGH-BYTES", high), Ok(10));
    assert_eq!(position(fd.as_fd()), 0, "pwrite leaves the position alone");
    let m = std::fs::metadata(dir.path("sparse")).unwrap();
    assert_eq!(
        m.len(),
        high as u64 + 10,
        "the file ends after the bytes written at `high`"
    );

    let mut buf = [0u8; 10];
    assert_eq!(zcall::pread(fd.as_fd(), &mut buf, high), Ok(10));
    assert_eq!(&buf, b"HIGH-BYTES");
    // The low 32 bits of the offset are another place: a hole, zeros.
    assert_eq!(zcall::pread(fd.as_fd(), &mut buf, low), Ok(10));
    assert_eq!(buf, [0; 10], "the bytes at the low half of the offset");
    // Bytes written at the low offset do not show at the high one, and std reads both
    // where they were written.
    assert_eq!(zcall::pwrite(fd.as_fd(), b"low-bytes!", low), Ok(10));
    assert_eq!(zcall::pread(fd.as_fd(), &mut buf, high), Ok(10));
    assert_eq!(&buf, b"HIGH-BYTES");
    {
        use std::io::{Read, Seek, SeekFrom};
        let mut f = std::fs::File::open(dir.path("sparse")).unwrap();
        for (at, want) in [(high, b"HIGH-BYTES"), (low, b"low-bytes!")] {
            f.seek(SeekFrom::Start(at as u64)).unwrap();
            let mut got = [0u8; 10];
            f.read_exact(&mut got).unwrap();
            assert_eq!(&got, want, "std at {at:#x}");
        }
    }
    // Short read at the end, Ok(0) past it.
    assert_eq!(zcall::pread(fd.as_fd(), &mut [0u8; 64], high + 4), Ok(6));
    assert_eq!(zcall::pread(fd.as_fd(), &mut buf, high + 10), Ok(0));
    assert_eq!(zcall::pread(fd.as_fd(), &mut buf, high << 8), Ok(0));
    // An offset whose end overflows the file offset type.
    assert_eq!(
        zcall::pread(fd.as_fd(), &mut buf, i64::MAX),
        Err(Errno::EINVAL)
    );
    assert_eq!(position(fd.as_fd()), 0, "pread leaves the position alone");

    // lseek: to the high offset, and to the end, as libc sees it.
    assert_eq!(zcall::lseek(fd.as_fd(), high, SEEK_SET), Ok(high as u64));
    assert_eq!(position(fd.as_fd()), high);
    assert_eq!(zcall::lseek(fd.as_fd(), 2, SEEK_CUR), Ok(high as u64 + 2));
    let mut two = [0u8; 2];
    assert_eq!(zcall::read(fd.as_fd(), &mut two), Ok(2));
    assert_eq!(&two, b"GH");
    assert_eq!(zcall::lseek(fd.as_fd(), -10, SEEK_END), Ok(high as u64));
    // SEEK_DATA/SEEK_HOLE: whatever the filesystem's granularity, libc's answer.
    for (whence, libc_whence) in [(SEEK_DATA, libc::SEEK_DATA), (SEEK_HOLE, libc::SEEK_HOLE)] {
        for from in [0, low + 10, high - 1] {
            let z = zcall::lseek(fd.as_fd(), from, whence).unwrap();
            // SAFETY: lseek on our fd touches no memory.
            let l = unsafe { libc::lseek64(fd.as_raw_fd(), from, libc_whence) };
            assert_eq!(z as i64, l, "lseek({from:#x}, {whence})");
        }
    }
    assert_eq!(
        zcall::lseek(fd.as_fd(), high + 10, SEEK_DATA),
        Err(Errno::ENXIO)
    );
}

#[test]
fn pread_pwrite_lseek_errors() {
    let dir = TempDir::new("preaderr");
    let path = create(&dir, "file", b"0123456789");
    let ro = open_ro(&path);
    let wo = zcall::openat(None, &c(&path), O_WRONLY | O_CLOEXEC, 0).unwrap();
    let dfd = dir.open();
    let (r, w) = common::pipe();
    let mut buf = [0u8; 4];
    assert_eq!(zcall::pread(ro.as_fd(), &mut buf, -1), Err(Errno::EINVAL));
    assert_eq!(zcall::pwrite(wo.as_fd(), b"x", -1), Err(Errno::EINVAL));
    assert_eq!(zcall::pread(r.as_fd(), &mut buf, 0), Err(Errno::ESPIPE));
    assert_eq!(zcall::pwrite(w.as_fd(), b"x", 0), Err(Errno::ESPIPE));
    assert_eq!(zcall::pread(wo.as_fd(), &mut buf, 0), Err(Errno::EBADF));
    assert_eq!(zcall::pwrite(ro.as_fd(), b"x", 0), Err(Errno::EBADF));
    assert_eq!(zcall::pread(dfd.as_fd(), &mut buf, 0), Err(Errno::EISDIR));
    assert_eq!(zcall::pread(bad_fd(), &mut buf, 0), Err(Errno::EBADF));
    assert_eq!(zcall::pwrite(bad_fd(), b"x", 0), Err(Errno::EBADF));
    // An empty buffer still reaches the kernel.
    assert_eq!(zcall::pread(bad_fd(), &mut [], 0), Err(Errno::EBADF));
    assert_eq!(zcall::pread(ro.as_fd(), &mut [], 0), Ok(0));
    assert_eq!(
        std::fs::read(&path).unwrap(),
        b"0123456789",
        "nothing was written"
    );

    assert_eq!(zcall::lseek(ro.as_fd(), 0, 99), Err(Errno::EINVAL));
    assert_eq!(zcall::lseek(ro.as_fd(), -1, SEEK_SET), Err(Errno::EINVAL));
    assert_eq!(zcall::lseek(ro.as_fd(), -11, SEEK_END), Err(Errno::EINVAL));
    assert_eq!(zcall::lseek(ro.as_fd(), 10, SEEK_DATA), Err(Errno::ENXIO));
    assert_eq!(zcall::lseek(r.as_fd(), 0, SEEK_CUR), Err(Errno::ESPIPE));
    assert_eq!(zcall::lseek(bad_fd(), 0, SEEK_SET), Err(Errno::EBADF));
    assert_eq!(position(ro.as_fd()), 0, "failed seeks do not move");
}

// ------------------------------------------------------------------------------ ftruncate, fsync

#[test]
fn ftruncate_fsync_fdatasync() {
    let dir = TempDir::new("trunc");
    let path = create(&dir, "file", b"0123456789");
    let fd = zcall::openat(None, &c(&path), O_RDWR | O_CLOEXEC, 0).unwrap();
    zcall::ftruncate(fd.as_fd(), 3 << 32).unwrap(); // 12 GiB, sparse
    assert_eq!(std::fs::metadata(&path).unwrap().len(), 3 << 32);
    zcall::ftruncate(fd.as_fd(), 4).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"0123");
    assert_eq!(position(fd.as_fd()), 0);
    zcall::fsync(fd.as_fd()).unwrap();
    zcall::fdatasync(fd.as_fd()).unwrap();
    zcall::fsync(dir.open().as_fd()).unwrap();

    let ro = open_ro(&path);
    let (r, _w) = common::pipe();
    assert_eq!(zcall::ftruncate(fd.as_fd(), -1), Err(Errno::EINVAL));
    assert_eq!(
        zcall::ftruncate(ro.as_fd(), 0),
        Err(Errno::EINVAL),
        "not open for writing"
    );
    assert_eq!(zcall::ftruncate(r.as_fd(), 0), Err(Errno::EINVAL), "a pipe");
    assert_eq!(zcall::ftruncate(bad_fd(), 0), Err(Errno::EBADF));
    assert_eq!(
        std::fs::read(&path).unwrap(),
        b"0123",
        "the failed calls changed nothing"
    );
    assert_eq!(
        zcall::fsync(r.as_fd()),
        Err(Errno::EINVAL),
        "a pipe cannot be synced"
    );
    assert_eq!(zcall::fdatasync(r.as_fd()), Err(Errno::EINVAL));
    assert_eq!(zcall::fsync(bad_fd()), Err(Errno::EBADF));
    assert_eq!(zcall::fdatasync(bad_fd()), Err(Errno::EBADF));
}

// ------------------------------------------------------------------------------ fcntl

#[test]
fn fcntl_fd_and_status_flags_as_libc_sees_them() {
    let dir = TempDir::new("fcntl");
    let path = create(&dir, "file", b"abcdef");
    let fd = zcall::openat(None, &c(&path), O_RDWR | O_CLOEXEC, 0).unwrap();
    let f = fd.as_fd();

    assert_eq!(zcall::fcntl_getfd(f), Ok(FD_CLOEXEC));
    assert_eq!(zcall::fcntl_getfd(f), Ok(libc_fcntl(f, libc::F_GETFD)));
    zcall::fcntl_setfd(f, 0).unwrap();
    assert_eq!(libc_fcntl(f, libc::F_GETFD), 0);
    assert_eq!(zcall::fcntl_getfd(f), Ok(0));
    zcall::fcntl_setfd(f, FD_CLOEXEC).unwrap();
    assert_eq!(libc_fcntl(f, libc::F_GETFD), libc::FD_CLOEXEC);

    let fl = zcall::fcntl_getfl(f).unwrap();
    assert_eq!(fl, libc_fcntl(f, libc::F_GETFL));
    assert_eq!(fl & O_ACCMODE, O_RDWR);
    assert_eq!(fl & (O_APPEND | O_NONBLOCK), 0);
    zcall::fcntl_setfl(f, fl | O_APPEND | O_NONBLOCK).unwrap();
    let now = libc_fcntl(f, libc::F_GETFL);
    assert_eq!(now & (O_APPEND | O_NONBLOCK), O_APPEND | O_NONBLOCK);
    assert_eq!(zcall::fcntl_getfl(f), Ok(now));
    // O_APPEND is real: a write lands at the end, whatever the position.
    zcall::write(f, b"+").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"abcdef+");
    // FIONBIO clears and sets O_NONBLOCK alone.
    zcall::ioctl_fionbio(f, false).unwrap();
    assert_eq!(
        libc_fcntl(f, libc::F_GETFL) & (O_APPEND | O_NONBLOCK),
        O_APPEND
    );
    zcall::ioctl_fionbio(f, true).unwrap();
    assert_eq!(libc_fcntl(f, libc::F_GETFL) & O_NONBLOCK, O_NONBLOCK);
    zcall::fcntl_setfl(f, fl).unwrap();
    assert_eq!(libc_fcntl(f, libc::F_GETFL), fl);

    // F_DUPFD_CLOEXEC: at or above the minimum, close-on-exec, the same open file (a
    // shared position).
    let dup = zcall::fcntl_dupfd_cloexec(f, 100).unwrap();
    assert!(dup.as_raw_fd() >= 100, "{}", dup.as_raw_fd());
    assert_eq!(libc_fcntl(dup.as_fd(), libc::F_GETFD), libc::FD_CLOEXEC);
    zcall::lseek(dup.as_fd(), 3, SEEK_SET).unwrap();
    assert_eq!(position(f), 3);
    assert_eq!(
        zcall::fcntl_dupfd_cloexec(f, -1).map(drop),
        Err(Errno::EINVAL)
    );
    assert_eq!(
        zcall::fcntl_dupfd_cloexec(f, i32::MAX).map(drop),
        Err(Errno::EINVAL)
    );

    // The raw form: F_GETLK with a real `struct flock`, then with an inaccessible one.
    let mut lock: libc::flock = unsafe { std::mem::zeroed() };
    lock.l_type = libc::F_WRLCK as i16;
    lock.l_whence = libc::SEEK_SET as i16;
    // SAFETY: F_GETLK reads and writes one `struct flock`: a live local.
    let r = unsafe { zcall::fcntl(f, libc::F_GETLK, &mut lock as *mut libc::flock as usize) };
    assert_eq!(r, Ok(0));
    assert_eq!(lock.l_type, libc::F_UNLCK as i16, "no lock is held");
    let page = NoAccessPage::new();
    // SAFETY: the address is inaccessible: the kernel fails with EFAULT and writes nothing.
    let r = unsafe { zcall::fcntl(f, libc::F_GETLK, page.ptr() as usize) };
    assert_eq!(r, Err(Errno::EFAULT));
    // SAFETY: an unknown command touches nothing.
    assert_eq!(
        unsafe { zcall::fcntl(f, 0x7fff_0000, 0) },
        Err(Errno::EINVAL)
    );

    assert_eq!(zcall::fcntl_getfd(bad_fd()), Err(Errno::EBADF));
    assert_eq!(zcall::fcntl_setfd(bad_fd(), 0), Err(Errno::EBADF));
    assert_eq!(zcall::fcntl_getfl(bad_fd()), Err(Errno::EBADF));
    assert_eq!(zcall::fcntl_setfl(bad_fd(), 0), Err(Errno::EBADF));
    assert_eq!(
        zcall::fcntl_dupfd_cloexec(bad_fd(), 0).map(drop),
        Err(Errno::EBADF)
    );
}

#[test]
fn seals_on_a_memfd_as_libc_sees_them() {
    let fd = zcall::memfd_create(c"zcall-seals", MFD_CLOEXEC | MFD_ALLOW_SEALING).unwrap();
    let f = fd.as_fd();
    let r = zcall::fcntl_get_seals(f);
    if r == Err(Errno::EINVAL) && common::under_qemu() {
        eprintln!("SKIP seals_on_a_memfd_as_libc_sees_them: qemu-user does not pass F_GET_SEALS");
        return;
    }
    assert_eq!(r, Ok(0));
    assert_eq!(libc_fcntl(f, libc::F_GET_SEALS), 0);
    zcall::write(f, b"0123456789").unwrap();
    zcall::fcntl_add_seals(f, F_SEAL_SHRINK | F_SEAL_GROW).unwrap();
    assert_eq!(
        libc_fcntl(f, libc::F_GET_SEALS),
        F_SEAL_SHRINK | F_SEAL_GROW
    );
    assert_eq!(zcall::fcntl_get_seals(f), Ok(F_SEAL_SHRINK | F_SEAL_GROW));
    // The seals are enforced.
    assert_eq!(zcall::ftruncate(f, 5), Err(Errno::EPERM));
    assert_eq!(zcall::ftruncate(f, 50), Err(Errno::EPERM));
    assert_eq!(zcall::pwrite(f, b"x", 10), Err(Errno::EPERM));
    assert_eq!(
        zcall::pwrite(f, b"A", 0),
        Ok(1),
        "writing inside the size is allowed"
    );
    assert_eq!(fstat(f).unwrap().st_size, 10);
    // An unknown bit, then F_SEAL_SEAL closing the set.
    assert_eq!(zcall::fcntl_add_seals(f, 0x4000), Err(Errno::EINVAL));
    zcall::fcntl_add_seals(f, F_SEAL_SEAL).unwrap();
    assert_eq!(zcall::fcntl_add_seals(f, F_SEAL_WRITE), Err(Errno::EPERM));
    assert_eq!(
        libc_fcntl(f, libc::F_GET_SEALS),
        F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL
    );

    // A memfd made without MFD_ALLOW_SEALING starts with F_SEAL_SEAL.
    let plain = zcall::memfd_create(c"zcall-noseal", MFD_CLOEXEC).unwrap();
    assert_eq!(zcall::fcntl_get_seals(plain.as_fd()), Ok(F_SEAL_SEAL));
    assert_eq!(
        zcall::fcntl_add_seals(plain.as_fd(), F_SEAL_WRITE),
        Err(Errno::EPERM)
    );
    // Not a sealable file at all (the write end: the read end is not writable, EPERM).
    let (p, w) = common::pipe();
    assert_eq!(zcall::fcntl_get_seals(p.as_fd()), Err(Errno::EINVAL));
    assert_eq!(
        zcall::fcntl_add_seals(w.as_fd(), F_SEAL_SEAL),
        Err(Errno::EINVAL)
    );
    assert_eq!(
        zcall::fcntl_add_seals(p.as_fd(), F_SEAL_SEAL),
        Err(Errno::EPERM)
    );
    assert_eq!(zcall::fcntl_get_seals(bad_fd()), Err(Errno::EBADF));
}

// ------------------------------------------------------------------------------ dup, dup3

#[test]
fn dup_and_dup3() {
    let dir = TempDir::new("dup");
    let path = create(&dir, "file", b"0123456789");
    let fd = zcall::openat(None, &c(&path), O_RDONLY | O_CLOEXEC, 0).unwrap();
    let ino = fstat(fd.as_fd()).unwrap().st_ino;

    // dup: a new number, no close-on-exec, the same open file (shared position).
    let d = zcall::dup(fd.as_fd()).unwrap();
    assert_ne!(d.as_raw_fd(), fd.as_raw_fd());
    assert_eq!(libc_fcntl(d.as_fd(), libc::F_GETFD), 0);
    zcall::lseek(d.as_fd(), 4, SEEK_SET).unwrap();
    assert_eq!(position(fd.as_fd()), 4);
    assert_eq!(zcall::dup(bad_fd()).map(drop), Err(Errno::EBADF));

    // dup3 onto an owned fd: it keeps its number, now names our file, with the flag asked.
    for (flags, cloexec) in [(O_CLOEXEC, libc::FD_CLOEXEC), (0, 0)] {
        let mut target = open_ro(Path::new("/dev/null"));
        let number = target.as_raw_fd();
        zcall::dup3_owned(fd.as_fd(), &mut target, flags).unwrap();
        assert_eq!(target.as_raw_fd(), number);
        assert_eq!(fstat(target.as_fd()).unwrap().st_ino, ino);
        assert_eq!(libc_fcntl(target.as_fd(), libc::F_GETFD), cloexec);
        assert_eq!(position(target.as_fd()), 4, "the same open file");
    }
    let mut target = open_ro(Path::new("/dev/null"));
    let null_ino = fstat(target.as_fd()).unwrap().st_ino;
    assert_eq!(
        zcall::dup3_owned(fd.as_fd(), &mut target, O_NONBLOCK),
        Err(Errno::EINVAL)
    );
    assert_eq!(
        zcall::dup3_owned(bad_fd(), &mut target, 0),
        Err(Errno::EBADF)
    );
    assert_eq!(
        fstat(target.as_fd()).unwrap().st_ino,
        null_ino,
        "a failed dup3 leaves the target alone"
    );

    // The raw form onto a free number, which we then own. A high one: fds are handed out
    // lowest first, so no other test thread gets it meanwhile (a number just closed could
    // be reused by one, and dup3 would then close that test's fd).
    let mut lim = Rlimit::default();
    zcall::prlimit64(0, RLIMIT_NOFILE, None, Some(&mut lim)).unwrap();
    let free = lim.rlim_cur.min(1024) as i32 - 100;
    assert!(free > 100 && !is_open(free), "fd {free} is free");
    // SAFETY: `free` is not open, so the kernel closes nothing; the new fd is ours.
    let n = unsafe { zcall::dup3(fd.as_fd(), free, O_CLOEXEC) }.unwrap();
    assert_eq!(n, free);
    // SAFETY: dup3 created fd `n`; nothing else owns it.
    let owned = unsafe { OwnedFd::from_raw_fd(n) };
    assert_eq!(fstat(owned.as_fd()).unwrap().st_ino, ino);
    assert_eq!(libc_fcntl(owned.as_fd(), libc::F_GETFD), libc::FD_CLOEXEC);
    // Onto a number we own that is open: its file is replaced.
    let mine = open_ro(Path::new("/dev/null")).into_raw_fd();
    // SAFETY: `mine` is ours (taken from an OwnedFd): the kernel closes its /dev/null.
    let m = unsafe { zcall::dup3(fd.as_fd(), mine, 0) }.unwrap();
    // SAFETY: `mine` stays ours, now naming the file.
    let mine = unsafe { OwnedFd::from_raw_fd(m) };
    assert_eq!(fstat(mine.as_fd()).unwrap().st_ino, ino);
    // SAFETY: oldfd == newfd: EINVAL, nothing is closed.
    let same = unsafe { zcall::dup3(owned.as_fd(), owned.as_raw_fd(), 0) };
    assert_eq!(same, Err(Errno::EINVAL));
    // SAFETY: a number far above RLIMIT_NOFILE: EBADF, nothing is closed.
    let far = unsafe { zcall::dup3(fd.as_fd(), i32::MAX, 0) };
    assert_eq!(far, Err(Errno::EBADF));
    assert!(is_open(owned.as_raw_fd()));
}

// ------------------------------------------------------------------------------ close_range

#[test]
fn close_range_cloexec_then_close() {
    let mut lim = Rlimit::default();
    zcall::prlimit64(0, RLIMIT_NOFILE, None, Some(&mut lim)).unwrap();
    let base = lim.rlim_cur.min(1024) as i32 - 64;
    assert!(base > 64, "RLIMIT_NOFILE {} leaves no room", lim.rlim_cur);
    // Four fds at consecutive high numbers, without close-on-exec (F_DUPFD).
    let (src, _w) = common::pipe();
    let fds: Vec<i32> = (0..4)
        .map(|_| {
            // SAFETY: F_DUPFD duplicates our own fd; the new number is ours.
            unsafe { libc::fcntl(src.as_raw_fd(), libc::F_DUPFD, base) }
        })
        .collect();
    assert_eq!(
        fds,
        [base, base + 1, base + 2, base + 3],
        "consecutive free numbers"
    );
    for &n in &fds {
        // SAFETY: F_GETFD on our fd.
        assert_eq!(unsafe { libc::fcntl(n, libc::F_GETFD) }, 0);
    }
    let first = base as u32;
    let last = first + 2;
    let r = zcall::close_range_cloexec(first, last);
    if r == Err(Errno::EINVAL) && common::kernel_version() < (5, 11) {
        eprintln!("SKIP close_range_cloexec: CLOSE_RANGE_CLOEXEC arrived in Linux 5.11");
    } else {
        r.unwrap();
        for &n in &fds[..3] {
            // SAFETY: F_GETFD on our fd.
            assert_eq!(
                unsafe { libc::fcntl(n, libc::F_GETFD) },
                libc::FD_CLOEXEC,
                "fd {n}"
            );
            assert!(is_open(n), "CLOSE_RANGE_CLOEXEC closes nothing");
        }
        // SAFETY: F_GETFD on our fd.
        assert_eq!(
            unsafe { libc::fcntl(fds[3], libc::F_GETFD) },
            0,
            "outside the range"
        );
    }
    // SAFETY: `first..=last` holds exactly fds[0..3], which are ours and used no more.
    unsafe { zcall::close_range(first, last, 0) }.unwrap();
    for &n in &fds[..3] {
        assert!(!is_open(n), "fd {n} closed");
    }
    assert!(is_open(fds[3]), "the fd after the range stays open");
    // SAFETY: first > last: EINVAL, nothing is closed.
    assert_eq!(
        unsafe { zcall::close_range(last, first, 0) },
        Err(Errno::EINVAL)
    );
    // SAFETY: an unknown flag: EINVAL, nothing is closed.
    assert_eq!(
        unsafe { zcall::close_range(fds[3] as u32, fds[3] as u32, 1 << 30) },
        Err(Errno::EINVAL)
    );
    assert!(is_open(fds[3]));
    // SAFETY: fds[3] is ours and used no more.
    unsafe { zcall::close(fds[3]) }.unwrap();
}

// ------------------------------------------------------------------------------ prlimit64

#[test]
fn prlimit64_reads_what_getrlimit_reads_and_sets_limits() {
    for resource in 0..RLIM_NLIMITS {
        let mut z = Rlimit::default();
        zcall::prlimit64(0, resource, None, Some(&mut z)).unwrap();
        let mut l = libc::rlimit64 {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit writes one rlimit into a live local.
        assert_eq!(unsafe { libc::getrlimit64(resource as _, &mut l) }, 0);
        assert_eq!(
            (z.rlim_cur, z.rlim_max),
            (l.rlim_cur, l.rlim_max),
            "resource {resource}"
        );
        // By pid too.
        let mut p = Rlimit::default();
        zcall::prlimit64(zcall::getpid() as i32, resource, None, Some(&mut p)).unwrap();
        assert_eq!(p, z, "resource {resource} by pid");
    }
    // Set RLIMIT_CORE's soft limit (harmless to the other tests) and back; the old value
    // comes back from the same call.
    let mut old = Rlimit::default();
    zcall::prlimit64(0, RLIMIT_CORE, None, Some(&mut old)).unwrap();
    let new = Rlimit {
        rlim_cur: if old.rlim_cur == 0 {
            old.rlim_max.min(4096)
        } else {
            0
        },
        rlim_max: old.rlim_max,
    };
    let mut prev = Rlimit::default();
    zcall::prlimit64(0, RLIMIT_CORE, Some(&new), Some(&mut prev)).unwrap();
    assert_eq!(prev, old);
    let mut l = libc::rlimit64 {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes one rlimit into a live local.
    assert_eq!(unsafe { libc::getrlimit64(libc::RLIMIT_CORE, &mut l) }, 0);
    assert_eq!((l.rlim_cur, l.rlim_max), (new.rlim_cur, new.rlim_max));
    zcall::prlimit64(0, RLIMIT_CORE, Some(&old), None).unwrap();
    // SAFETY: as above.
    assert_eq!(unsafe { libc::getrlimit64(libc::RLIMIT_CORE, &mut l) }, 0);
    assert_eq!((l.rlim_cur, l.rlim_max), (old.rlim_cur, old.rlim_max));

    // Errors, none of which changes anything.
    let bad = Rlimit {
        rlim_cur: 2,
        rlim_max: 1,
    };
    assert_eq!(
        zcall::prlimit64(0, RLIMIT_CORE, Some(&bad), None),
        Err(Errno::EINVAL)
    );
    assert_eq!(
        zcall::prlimit64(0, 999, None, Some(&mut prev)),
        Err(Errno::EINVAL)
    );
    assert_eq!(
        zcall::prlimit64(i32::MAX, RLIMIT_CORE, None, Some(&mut prev)),
        Err(Errno::ESRCH)
    );
    // SAFETY: geteuid has no side effects.
    if unsafe { libc::geteuid() } != 0 && old.rlim_max != RLIM_INFINITY {
        let up = Rlimit {
            rlim_cur: old.rlim_cur,
            rlim_max: old.rlim_max + 1,
        };
        assert_eq!(
            zcall::prlimit64(0, RLIMIT_CORE, Some(&up), None),
            Err(Errno::EPERM)
        );
    }
    let mut after = Rlimit::default();
    zcall::prlimit64(0, RLIMIT_CORE, None, Some(&mut after)).unwrap();
    assert_eq!(after, old);
}

// ------------------------------------------------------------------------------ ioctl

/// FIONREAD through libc, to compare.
fn libc_fionread(fd: BorrowedFd<'_>) -> usize {
    let mut n: libc::c_int = -1;
    // SAFETY: FIONREAD writes one int into a live local.
    assert_eq!(
        unsafe { libc::ioctl(fd.as_raw_fd(), libc::FIONREAD, &mut n) },
        0
    );
    n as usize
}

#[test]
fn fionread_counts_bytes_in_pipes_sockets_and_files() {
    // A pipe.
    let (r, w) = common::pipe();
    assert_eq!(zcall::ioctl_fionread(r.as_fd()), Ok(0));
    zcall::write(w.as_fd(), b"hello").unwrap();
    assert_eq!(zcall::ioctl_fionread(r.as_fd()), Ok(5));
    zcall::write(w.as_fd(), &[1u8; 100]).unwrap();
    assert_eq!(zcall::ioctl_fionread(r.as_fd()), Ok(105));
    zcall::read(r.as_fd(), &mut [0u8; 3]).unwrap();
    assert_eq!(zcall::ioctl_fionread(r.as_fd()), Ok(102));
    assert_eq!(libc_fionread(r.as_fd()), 102);

    // A stream socket: the bytes queued.
    let (a, b) = zcall::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0).unwrap();
    zcall::write(a.as_fd(), b"1234567").unwrap();
    zcall::write(a.as_fd(), b"89").unwrap();
    assert_eq!(zcall::ioctl_fionread(b.as_fd()), Ok(9));
    assert_eq!(libc_fionread(b.as_fd()), 9);
    // A datagram socket: the size of the next datagram.
    let (a, b) = zcall::socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0).unwrap();
    zcall::write(a.as_fd(), &[0u8; 10]).unwrap();
    zcall::write(a.as_fd(), &[0u8; 20]).unwrap();
    assert_eq!(zcall::ioctl_fionread(b.as_fd()), Ok(10));
    assert_eq!(libc_fionread(b.as_fd()), 10);
    zcall::read(b.as_fd(), &mut [0u8; 64]).unwrap();
    assert_eq!(zcall::ioctl_fionread(b.as_fd()), Ok(20));
    // A regular file: from the position to the end.
    let dir = TempDir::new("fionread");
    let f = open_ro(&create(&dir, "file", &[0u8; 1000]));
    assert_eq!(zcall::ioctl_fionread(f.as_fd()), Ok(1000));
    zcall::lseek(f.as_fd(), 300, SEEK_SET).unwrap();
    assert_eq!(zcall::ioctl_fionread(f.as_fd()), Ok(700));
    assert_eq!(libc_fionread(f.as_fd()), 700);

    // Errors: a directory has no FIONREAD; a bad fd; the raw form with a bad address.
    assert_eq!(
        zcall::ioctl_fionread(dir.open().as_fd()),
        Err(Errno::ENOTTY)
    );
    assert_eq!(zcall::ioctl_fionread(bad_fd()), Err(Errno::EBADF));
    assert_eq!(zcall::ioctl_fionbio(bad_fd(), true), Err(Errno::EBADF));
    let page = NoAccessPage::new();
    // SAFETY: the kernel's write of the count to an inaccessible page fails with EFAULT.
    let efault = unsafe { zcall::ioctl(r.as_fd(), FIONREAD, page.ptr() as usize) };
    assert_eq!(efault, Err(Errno::EFAULT));
    // SAFETY: FIONBIO reads an int from an inaccessible page: EFAULT.
    let efault = unsafe { zcall::ioctl(r.as_fd(), FIONBIO, page.ptr() as usize) };
    assert_eq!(efault, Err(Errno::EFAULT));
    assert_eq!(
        libc_fcntl(r.as_fd(), libc::F_GETFL) & O_NONBLOCK,
        0,
        "unchanged"
    );
    // The raw form with a good address counts like the typed one.
    let mut n: i32 = -1;
    // SAFETY: FIONREAD writes one int into a live local.
    let ok = unsafe { zcall::ioctl(r.as_fd(), FIONREAD, &mut n as *mut i32 as usize) };
    assert_eq!((ok, n), (Ok(0), 102));
    // SAFETY: an unknown request on a pipe touches nothing.
    let unknown = unsafe { zcall::ioctl(r.as_fd(), 0x7a7a, 0) };
    if unknown == Err(Errno::ENOSYS) && common::under_qemu() {
        // qemu-user translates every ioctl itself and answers ENOSYS to one it does not
        // know, without asking the kernel (which says ENOTTY).
        eprintln!("SKIP ioctl of an unknown request: qemu-user answers ENOSYS itself");
    } else {
        assert_eq!(unknown, Err(Errno::ENOTTY));
    }
}

#[test]
fn siocgifindex_of_lo_is_if_nametoindex() {
    let sock = zcall::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0).unwrap();
    let mut ifr = Ifreq::new(b"lo").unwrap();
    assert_eq!(ifr.name(), b"lo");
    zcall::ioctl_siocgifindex(sock.as_fd(), &mut ifr).unwrap();
    // SAFETY: a NUL-terminated name.
    let want = unsafe { libc::if_nametoindex(c"lo".as_ptr()) };
    assert_ne!(want, 0, "libc finds lo");
    assert_eq!(ifr.ifindex(), want as i32);
    assert_eq!(ifr.name(), b"lo", "the name is left alone");
    // The same through an AF_UNIX socket.
    let unix = zcall::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0).unwrap();
    let mut again = Ifreq::new(b"lo").unwrap();
    zcall::ioctl_siocgifindex(unix.as_fd(), &mut again).unwrap();
    assert_eq!(again.ifindex(), want as i32);

    // Errors.
    let mut none = Ifreq::new(b"zcall-none0").unwrap();
    assert_eq!(
        zcall::ioctl_siocgifindex(sock.as_fd(), &mut none),
        Err(Errno::ENODEV)
    );
    let (p, _w) = common::pipe();
    assert_eq!(
        zcall::ioctl_siocgifindex(p.as_fd(), &mut ifr),
        Err(Errno::ENOTTY)
    );
    assert_eq!(
        zcall::ioctl_siocgifindex(bad_fd(), &mut ifr),
        Err(Errno::EBADF)
    );
    assert_eq!(
        Ifreq::new(b"sixteen-bytes-xx"),
        Err(Errno::EINVAL),
        "IFNAMSIZ bytes"
    );
    assert_eq!(Ifreq::new(b"l\0o"), Err(Errno::EINVAL), "a NUL inside");
    assert!(Ifreq::new(b"fifteen-bytes-x").is_ok());
    let page = NoAccessPage::new();
    // SAFETY: the kernel's copy of the ifreq from an inaccessible page fails with EFAULT.
    let efault = unsafe { zcall::ioctl(sock.as_fd(), SIOCGIFINDEX, page.ptr() as usize) };
    assert_eq!(efault, Err(Errno::EFAULT));
}

// ------------------------------------------------------------------------------ EBADF

#[test]
fn every_fd_taking_wrapper_reports_ebadf() {
    let bad = bad_fd();
    let mut ifr = Ifreq::new(b"lo").unwrap();
    let cases: Vec<(&str, Result<(), Errno>)> = vec![
        (
            "openat",
            zcall::openat(Some(bad), c"x", O_RDONLY, 0).map(drop),
        ),
        ("fstat", fstat(bad).map(drop)),
        ("fstatat", fstatat(Some(bad), c"", AT_EMPTY_PATH).map(drop)),
        (
            "statx",
            statx(Some(bad), c"", AT_EMPTY_PATH, STATX_TYPE).map(drop),
        ),
        ("ftruncate", zcall::ftruncate(bad, 0)),
        ("fsync", zcall::fsync(bad)),
        ("fdatasync", zcall::fdatasync(bad)),
        ("lseek", zcall::lseek(bad, 0, SEEK_SET).map(drop)),
        ("pread", zcall::pread(bad, &mut [0u8; 1], 0).map(drop)),
        ("pwrite", zcall::pwrite(bad, b"x", 0).map(drop)),
        ("fcntl_getfd", zcall::fcntl_getfd(bad).map(drop)),
        ("fcntl_setfd", zcall::fcntl_setfd(bad, 0)),
        ("fcntl_getfl", zcall::fcntl_getfl(bad).map(drop)),
        ("fcntl_setfl", zcall::fcntl_setfl(bad, 0)),
        (
            "fcntl_dupfd_cloexec",
            zcall::fcntl_dupfd_cloexec(bad, 0).map(drop),
        ),
        ("fcntl_add_seals", zcall::fcntl_add_seals(bad, 0)),
        ("fcntl_get_seals", zcall::fcntl_get_seals(bad).map(drop)),
        ("dup", zcall::dup(bad).map(drop)),
        ("unlinkat", zcall::unlinkat(Some(bad), c"x", 0)),
        ("mkdirat", zcall::mkdirat(Some(bad), c"x", 0o700)),
        ("ioctl_fionread", zcall::ioctl_fionread(bad).map(drop)),
        ("ioctl_fionbio", zcall::ioctl_fionbio(bad, false)),
        (
            "ioctl_siocgifindex",
            zcall::ioctl_siocgifindex(bad, &mut ifr),
        ),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(_, r)| *r != Err(Errno::EBADF))
        .map(|(n, r)| format!("{n}: {r:?}"))
        .collect();
    assert!(wrong.is_empty(), "expected EBADF:\n{}", wrong.join("\n"));
    // SAFETY: raw forms on a number that is never open: EBADF, nothing happens.
    unsafe {
        assert_eq!(zcall::fcntl(bad, F_GETFD, 0), Err(Errno::EBADF));
        assert_eq!(zcall::ioctl(bad, FIONREAD, 0), Err(Errno::EBADF));
    }
    let mut target = open_ro(Path::new("/dev/null"));
    assert_eq!(zcall::dup3_owned(bad, &mut target, 0), Err(Errno::EBADF));
    eprintln!("{} fd-taking wrappers checked for EBADF", cases.len() + 5);
}
