//! 64-bit arguments on every target: offsets above 4 GiB and times past 2038 reach the
//! kernel whole. On a 32-bit target a 64-bit value takes two registers, placed by the
//! attribute from the row's rules (i386: low, high; arm EABI: an even register pair after a
//! pad; 32-bit PowerPC: an even pair, high half first). Each test here fails if the halves
//! are swapped, misplaced or the high half dropped: the data at `HIGH` and at its low 32
//! bits (`LOW`) differ, and a read at the wrong one sees the other.
#![cfg(target_os = "linux")]

mod common;

use std::ffi::CStr;
use std::io::{IoSlice, IoSliceMut};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};

use zcall::consts::{
    CLOCK_REALTIME, MAP_SHARED, MFD_CLOEXEC, PROT_READ, TFD_CLOEXEC, TFD_TIMER_ABSTIME,
};
use zcall::types::{Itimerspec, Timespec};
use zcall::{syscall, Errno};

/// An offset above 4 GiB whose low 32 bits are a different, small offset.
const HIGH: i64 = 0x1_0000_3000;
/// `HIGH`'s low 32 bits.
const LOW: i64 = HIGH & 0xffff_ffff;

// Declared here the same way on every target: the attribute splits `i64` where it must.
/// pread64(2).
#[syscall(nr = zcall::nr::PREAD64)]
fn pread64(fd: BorrowedFd<'_>, buf: &mut [u8], offset: i64) -> Result<usize, Errno>;

/// pwrite64(2).
#[syscall(nr = zcall::nr::PWRITE64)]
fn pwrite64(fd: BorrowedFd<'_>, buf: &[u8], offset: i64) -> Result<usize, Errno>;

/// ftruncate(2): `ftruncate` on 64-bit targets, `ftruncate64` on 32-bit ones (where
/// `ftruncate` takes a 32-bit `long`).
#[cfg(target_pointer_width = "64")]
#[syscall(nr = zcall::nr::FTRUNCATE)]
fn ftruncate(fd: BorrowedFd<'_>, length: i64) -> Result<(), Errno>;

/// ftruncate(2): `ftruncate` on 64-bit targets, `ftruncate64` on 32-bit ones (where
/// `ftruncate` takes a 32-bit `long`).
#[cfg(target_pointer_width = "32")]
#[syscall(nr = zcall::nr::FTRUNCATE64)]
fn ftruncate(fd: BorrowedFd<'_>, length: i64) -> Result<(), Errno>;

fn memfd() -> OwnedFd {
    let name: &CStr = c"zcall-split64";
    zcall::memfd_create(name, MFD_CLOEXEC).expect("memfd_create")
}

/// The file's size, through libc (not zcall).
fn size_of_file(fd: BorrowedFd<'_>) -> i64 {
    // SAFETY: an all-zero stat64 is a valid value; fstat64 fills it.
    let mut st: libc::stat64 = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a live local of the right type.
    assert_eq!(unsafe { libc::fstat64(fd.as_raw_fd(), &mut st) }, 0);
    st.st_size as i64
}

/// A sparse file with `b"HIGH-DATA"` at `HIGH` and `b"low--data"` at `LOW`, written with
/// libc's pwrite64 (not zcall's).
fn sparse_file() -> OwnedFd {
    let fd = memfd();
    for (data, at) in [(&b"HIGH-DATA"[..], HIGH), (&b"low--data"[..], LOW)] {
        // SAFETY: `data` is readable for its length.
        let n = unsafe { libc::pwrite64(fd.as_raw_fd(), data.as_ptr().cast(), data.len(), at) };
        assert_eq!(n, data.len() as isize, "libc pwrite64 at {at:#x}");
    }
    fd
}

#[test]
fn pread64_above_4gib_reads_the_bytes_written_there() {
    let fd = sparse_file();
    let mut buf = [0u8; 9];
    assert_eq!(pread64(fd.as_fd(), &mut buf, HIGH), Ok(9));
    assert_eq!(&buf, b"HIGH-DATA", "read at {HIGH:#x}");
    assert_eq!(pread64(fd.as_fd(), &mut buf, LOW), Ok(9));
    assert_eq!(&buf, b"low--data", "read at the low half {LOW:#x}");
}

#[test]
fn pwrite64_above_4gib_lands_there() {
    let fd = memfd();
    assert_eq!(pwrite64(fd.as_fd(), b"far", HIGH), Ok(3));
    assert_eq!(
        size_of_file(fd.as_fd()),
        HIGH + 3,
        "the file grew past 4 GiB"
    );
    let mut buf = [0u8; 3];
    // SAFETY: `buf` is writable for its length.
    let n = unsafe { libc::pread64(fd.as_raw_fd(), buf.as_mut_ptr().cast(), 3, HIGH) };
    assert_eq!((n, &buf), (3, b"far"));
    // SAFETY: as above.
    let n = unsafe { libc::pread64(fd.as_raw_fd(), buf.as_mut_ptr().cast(), 3, LOW) };
    assert_eq!((n, &buf), (3, &[0u8; 3]), "nothing at the low half");
}

#[test]
fn preadv_and_pwritev_split_their_offset_in_pos_l_and_pos_h() {
    let fd = sparse_file();
    let mut a = [0u8; 4];
    let mut b = [0u8; 5];
    let mut bufs = [IoSliceMut::new(&mut a), IoSliceMut::new(&mut b)];
    assert_eq!(zcall::preadv(fd.as_fd(), &mut bufs, HIGH), Ok(9));
    assert_eq!((&a, &b), (b"HIGH", b"-DATA"));
    let mut c = [0u8; 9];
    assert_eq!(
        zcall::preadv(fd.as_fd(), &mut [IoSliceMut::new(&mut c)], LOW),
        Ok(9)
    );
    assert_eq!(&c, b"low--data");
    assert_eq!(
        zcall::pwritev(fd.as_fd(), &[IoSlice::new(b"HI")], HIGH + 20),
        Ok(2)
    );
    assert_eq!(pread64(fd.as_fd(), &mut c[..2], HIGH + 20), Ok(2));
    assert_eq!(&c[..2], b"HI");
}

#[test]
fn preadv2_above_4gib_reads_the_bytes_written_there() {
    let fd = sparse_file();
    let mut buf = [0u8; 9];
    let r = zcall::preadv2(fd.as_fd(), &mut [IoSliceMut::new(&mut buf)], HIGH, 0);
    if common::skip_on_enosys("preadv2_above_4gib", &common::PREADV2, &r) {
        return;
    }
    assert_eq!(r, Ok(9));
    assert_eq!(&buf, b"HIGH-DATA");
    let r = zcall::preadv2(fd.as_fd(), &mut [IoSliceMut::new(&mut buf)], LOW, 0);
    assert_eq!((r, &buf), (Ok(9), b"low--data"));
    let r = zcall::pwritev2(fd.as_fd(), &[IoSlice::new(b"v2")], HIGH + 40, 0);
    assert_eq!(r, Ok(2));
    assert_eq!(pread64(fd.as_fd(), &mut buf[..2], HIGH + 40), Ok(2));
    assert_eq!(&buf[..2], b"v2");
}

#[test]
fn ftruncate_past_4gib_sets_the_whole_length() {
    let fd = memfd();
    let len = HIGH + 5;
    assert_eq!(ftruncate(fd.as_fd(), len), Ok(()));
    assert_eq!(size_of_file(fd.as_fd()), len, "not cut to its low half");
    assert_eq!(ftruncate(fd.as_fd(), LOW), Ok(()));
    assert_eq!(size_of_file(fd.as_fd()), LOW);
}

/// Page size, for the mmap offsets (qemu-user and most kernels: 4096).
fn page() -> i64 {
    // SAFETY: sysconf has no memory side effects.
    unsafe { libc::sysconf(libc::_SC_PAGESIZE) as i64 }
}

#[test]
fn mmap_at_a_nonzero_file_offset_maps_that_page() {
    let fd = sparse_file();
    let p = page();
    // Page-aligned offsets: the page holding LOW and the one holding HIGH (above 4 GiB: on
    // 32-bit targets mmap2's page offset, beyond what a 32-bit byte offset can say).
    for (at, want) in [(LOW, &b"low--data"[..]), (HIGH, &b"HIGH-DATA"[..])] {
        let off = at - at % p;
        if at == HIGH && cfg!(target_pointer_width = "32") && common::under_qemu() {
            // qemu-user 7.2 keeps a 32-bit guest's mmap offset in an `abi_ulong`: mmap2's
            // page offset is shifted into 32 bits, and the mapping shows the low page.
            eprintln!(
                "SKIP mmap at {off:#x}: qemu-user 7.2 truncates a 32-bit guest's mmap2 offset \
                 to 32 bits (pread64/ftruncate64 above 4 GiB are checked instead)"
            );
            continue;
        }
        // SAFETY: a new shared mapping of the memfd where the kernel chooses; read only
        // below, unmapped before the fd goes away.
        let m = unsafe {
            zcall::mmap(
                std::ptr::null_mut(),
                p as usize,
                PROT_READ,
                MAP_SHARED,
                Some(fd.as_fd()),
                off,
            )
        }
        .unwrap_or_else(|e| panic!("mmap at {off:#x}: {e}"));
        // SAFETY: the mapping is `p` readable bytes; `at - off < p`.
        let got = unsafe { std::slice::from_raw_parts(m.add((at - off) as usize), want.len()) };
        assert_eq!(got, want, "mapping at file offset {off:#x}");
        // SAFETY: our own mapping, no reference into it is alive.
        unsafe { zcall::munmap(m, p as usize) }.expect("munmap");
    }
}

#[test]
fn mmap_rejects_a_misaligned_or_negative_offset() {
    let fd = sparse_file();
    // Misaligned: EINVAL; a negative (page-aligned) one overflows the page offset.
    for (off, want) in [(100, Errno::EINVAL), (-page(), Errno::EOVERFLOW)] {
        // SAFETY: must fail; if it maps, nothing else is there (the kernel chose).
        let r = unsafe {
            zcall::mmap(
                std::ptr::null_mut(),
                4096,
                PROT_READ,
                MAP_SHARED,
                Some(fd.as_fd()),
                off,
            )
        };
        assert_eq!(r.err(), Some(want), "offset {off}");
    }
}

#[test]
fn a_timer_set_past_2038_reads_back_intact() {
    let fd = zcall::timerfd_create(CLOCK_REALTIME, TFD_CLOEXEC).expect("timerfd_create");
    // 2106-02-07: past 2^32 seconds, so neither a 32-bit time_t nor a low half keeps it.
    let when = (1i64 << 32) + 5;
    let new = Itimerspec {
        it_interval: Timespec::new(1 << 31, 7),
        it_value: Timespec::new(when, 123),
    };
    zcall::timerfd_settime(fd.as_fd(), TFD_TIMER_ABSTIME, &new, None).expect("settime");
    let mut cur = Itimerspec::default();
    zcall::timerfd_gettime(fd.as_fd(), &mut cur).expect("gettime");
    assert_eq!(
        cur.it_interval,
        Timespec::new(1 << 31, 7),
        "interval past 2^31 s"
    );
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let left = cur.it_value.tv_sec;
    assert!(
        (when - now - 5..=when - now + 5).contains(&left),
        "time left {left} s, expected about {} s",
        when - now
    );
    // The old setting comes back through the same struct.
    let mut old = Itimerspec::default();
    let disarm = Itimerspec::default();
    zcall::timerfd_settime(fd.as_fd(), 0, &disarm, Some(&mut old)).expect("disarm");
    assert_eq!(old.it_interval, Timespec::new(1 << 31, 7));
    assert!(old.it_value.tv_sec > 1 << 31, "{old:?}");
}

#[test]
fn the_clocks_keep_64_bit_seconds() {
    // Through the vDSO where it has a 64-bit-time entry, else `clock_gettime(64)`.
    let t = zcall::vdso::clock_gettime(CLOCK_REALTIME).expect("clock_gettime");
    eprintln!(
        "clock_gettime source: {}",
        zcall::vdso::clock_gettime_source()
    );
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    assert!((t.tv_sec - now).abs() <= 60, "{t:?} vs {now}");
    assert!((0..1_000_000_000).contains(&t.tv_nsec));
}
