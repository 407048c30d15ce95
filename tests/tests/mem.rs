//! Memory against the real kernel: mmap, munmap, memfd_create.
#![cfg(target_os = "linux")]

mod common;
use common::bad_fd;

use std::io::IoSlice;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd};

use zcall::consts::{
    MAP_ANONYMOUS, MAP_FIXED, MAP_PRIVATE, MAP_SHARED, MFD_ALLOW_SEALING, MFD_CLOEXEC, PROT_READ,
    PROT_WRITE,
};
use zcall::Errno;

fn page_size() -> usize {
    // SAFETY: sysconf has no memory side effects.
    unsafe { libc::sysconf(libc::_SC_PAGESIZE) as usize }
}

fn ftruncate(fd: BorrowedFd<'_>, len: usize) {
    // SAFETY: ftruncate on an open fd, no memory involved.
    assert_eq!(
        unsafe { libc::ftruncate64(fd.as_raw_fd(), len as libc::off64_t) },
        0
    );
}

fn seek(fd: BorrowedFd<'_>, to: i64) {
    // SAFETY: lseek on an open fd, no memory involved.
    let p = unsafe { libc::lseek64(fd.as_raw_fd(), to, libc::SEEK_SET) };
    assert_eq!(p, to, "lseek: {}", std::io::Error::last_os_error());
}

/// An anonymous private read-write mapping of `len` bytes where the kernel chooses.
fn anon(len: usize) -> *mut u8 {
    // SAFETY: no MAP_FIXED: the kernel picks a free range and replaces nothing.
    let p = unsafe {
        zcall::mmap(
            std::ptr::null_mut(),
            len,
            PROT_READ | PROT_WRITE,
            MAP_PRIVATE | MAP_ANONYMOUS,
            None,
            0,
        )
    }
    .expect("mmap");
    assert!(!p.is_null());
    assert_eq!(p as usize % page_size(), 0, "mappings are page-aligned");
    p
}

/// F_ADD_SEALS(F_SEAL_WRITE): EBUSY while a writable shared mapping of the memfd exists.
fn seal_write(fd: BorrowedFd<'_>) -> Result<(), i32> {
    // SAFETY: F_ADD_SEALS takes an integer argument.
    let r = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_ADD_SEALS, libc::F_SEAL_WRITE) };
    if r == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error().raw_os_error().unwrap())
    }
}

#[test]
fn anonymous_mapping_is_zeroed_writable_and_unmapped() {
    let page = page_size();
    let len = 2 * page + 1; // rounded up to three pages by the kernel
    let p = anon(len);
    // SAFETY: our fresh mapping is readable and writable for at least `len` bytes, and
    // nothing else refers to it.
    let mem = unsafe { std::slice::from_raw_parts_mut(p, len) };
    assert!(
        mem.iter().all(|&b| b == 0),
        "anonymous memory is zero-filled"
    );
    mem[0] = 1;
    mem[page] = 2;
    mem[len - 1] = 3;
    assert_eq!((mem[0], mem[page], mem[len - 1]), (1, 2, 3));
    // SAFETY: our own mapping; `mem` is not used after this.
    assert_eq!(unsafe { zcall::munmap(p, len) }, Ok(()));
}

#[test]
fn memfd_create_gives_an_open_named_read_write_file() {
    let f = zcall::memfd_create(c"zcall-memfd", MFD_CLOEXEC).expect("memfd_create");
    // SAFETY: F_GETFD takes no argument.
    let fdflags = unsafe { libc::fcntl(f.as_raw_fd(), libc::F_GETFD) };
    assert_eq!(fdflags & libc::FD_CLOEXEC, libc::FD_CLOEXEC);
    let link = std::fs::read_link(format!("/proc/self/fd/{}", f.as_raw_fd())).unwrap();
    assert!(
        link.to_string_lossy().starts_with("/memfd:zcall-memfd"),
        "{link:?}"
    );
    // Read-write, starting empty.
    assert_eq!(zcall::read(f.as_fd(), &mut [0u8; 4]), Ok(0));
    assert_eq!(zcall::write(f.as_fd(), b"memfd"), Ok(5));
    seek(f.as_fd(), 0);
    let mut buf = [0u8; 8];
    assert_eq!(zcall::read(f.as_fd(), &mut buf), Ok(5));
    assert_eq!(&buf[..5], b"memfd");

    // Without MFD_CLOEXEC the fd is inherited across exec.
    let g = zcall::memfd_create(c"", 0).expect("memfd_create without flags");
    // SAFETY: F_GETFD takes no argument.
    assert_eq!(
        unsafe { libc::fcntl(g.as_raw_fd(), libc::F_GETFD) } & libc::FD_CLOEXEC,
        0
    );
    // Sealing refused unless MFD_ALLOW_SEALING.
    assert_eq!(seal_write(g.as_fd()), Err(libc::EPERM));
}

#[test]
fn memfd_create_errors() {
    // An unknown flag: EINVAL (mm/memfd.c: `flags & ~MFD_ALL_FLAGS`).
    assert_eq!(
        zcall::memfd_create(c"x", 0x100).map(|_| ()),
        Err(Errno::EINVAL)
    );
    // A name longer than 249 bytes (MFD_NAME_MAX_LEN): EINVAL.
    let long = std::ffi::CString::new(vec![b'n'; 250]).unwrap();
    assert_eq!(
        zcall::memfd_create(&long, MFD_CLOEXEC).map(|_| ()),
        Err(Errno::EINVAL)
    );
    let longest = std::ffi::CString::new(vec![b'n'; 249]).unwrap();
    assert!(zcall::memfd_create(&longest, MFD_CLOEXEC).is_ok());
}

#[test]
fn shared_memfd_mapping_and_the_file_are_the_same_bytes() {
    let page = page_size();
    let f = zcall::memfd_create(c"zcall-shared", MFD_CLOEXEC | MFD_ALLOW_SEALING)
        .expect("memfd_create");
    ftruncate(f.as_fd(), 2 * page);
    // SAFETY: no MAP_FIXED; a shared mapping of our own memfd, which nobody else writes
    // while the test runs.
    let p = unsafe {
        zcall::mmap(
            std::ptr::null_mut(),
            2 * page,
            PROT_READ | PROT_WRITE,
            MAP_SHARED,
            Some(f.as_fd()),
            0,
        )
    }
    .expect("mmap shared");
    // Only raw-pointer accesses below: the file writes change the memory behind the
    // mapping, so no Rust reference into it is held across them.
    let mem = |i: usize| p.wrapping_add(i);

    // Mapping → file: write through the pointer, read() the bytes from the fd.
    // SAFETY: inside the mapping.
    unsafe { std::ptr::copy_nonoverlapping(b"via the mapping".as_ptr(), mem(10), 15) };
    seek(f.as_fd(), 10);
    let mut buf = [0u8; 15];
    assert_eq!(zcall::read(f.as_fd(), &mut buf), Ok(15));
    assert_eq!(&buf, b"via the mapping");

    // File → mapping: write() into the second page, see it in memory.
    seek(f.as_fd(), (page + 5) as i64);
    assert_eq!(zcall::write(f.as_fd(), b"via write"), Ok(9));
    let mut seen = [0u8; 9];
    // SAFETY: inside the mapping; the write has returned, nothing else changes the bytes.
    unsafe { std::ptr::copy_nonoverlapping(mem(page + 5), seen.as_mut_ptr(), 9) };
    assert_eq!(&seen, b"via write");

    // A second mapping at a non-zero file offset (one page in) sees the same bytes.
    // SAFETY: as above, a new shared read-only mapping of our memfd.
    let q = unsafe {
        zcall::mmap(
            std::ptr::null_mut(),
            page,
            PROT_READ,
            MAP_SHARED,
            Some(f.as_fd()),
            page as i64,
        )
    }
    .expect("mmap at an offset");
    // SAFETY: inside the read-only mapping.
    let at_offset = unsafe { std::slice::from_raw_parts(q.add(5), 9) };
    assert_eq!(at_offset, b"via write");

    // munmap really removes the mapping: the kernel refuses F_SEAL_WRITE while a writable
    // shared mapping exists (EBUSY) and accepts it once the mapping is gone.
    assert_eq!(seal_write(f.as_fd()), Err(libc::EBUSY));
    // SAFETY: our own mappings; no reference into them is used afterwards.
    unsafe {
        assert_eq!(zcall::munmap(q, page), Ok(()));
        assert_eq!(zcall::munmap(p, 2 * page), Ok(()));
    }
    assert_eq!(seal_write(f.as_fd()), Ok(()));
    // Sealed: the file can no longer be written.
    assert_eq!(
        zcall::pwritev(f.as_fd(), &[IoSlice::new(b"x")], 0),
        Err(Errno::EPERM)
    );
}

#[test]
fn map_fixed_replaces_part_of_our_own_mapping() {
    let page = page_size();
    let base = anon(3 * page);
    // SAFETY: our mapping, 3 pages, read-write.
    unsafe { std::ptr::write_bytes(base, 0xAA, 3 * page) };
    let f = zcall::memfd_create(c"zcall-fixed", MFD_CLOEXEC).expect("memfd_create");
    ftruncate(f.as_fd(), page);
    assert_eq!(zcall::write(f.as_fd(), b"file page"), Ok(9));
    let middle = base.wrapping_add(page);
    // SAFETY: MAP_FIXED over the middle page of our own anonymous mapping, which holds no
    // Rust object and is referenced by nothing but the raw pointers here.
    let got = unsafe {
        zcall::mmap(
            middle,
            page,
            PROT_READ | PROT_WRITE,
            MAP_SHARED | MAP_FIXED,
            Some(f.as_fd()),
            0,
        )
    };
    assert_eq!(got, Ok(middle));
    // SAFETY: all three pages are mapped read-write; nothing else touches them.
    let mem = unsafe { std::slice::from_raw_parts(base, 3 * page) };
    assert_eq!(&mem[page..page + 9], b"file page");
    assert!(mem[page + 9..2 * page].iter().all(|&b| b == 0));
    assert!(
        mem[..page].iter().all(|&b| b == 0xAA),
        "the first page is untouched"
    );
    assert!(
        mem[2 * page..].iter().all(|&b| b == 0xAA),
        "the last page is untouched"
    );
    // SAFETY: our own mappings; `mem` is not used afterwards.
    assert_eq!(unsafe { zcall::munmap(base, 3 * page) }, Ok(()));
}

#[test]
fn mmap_and_munmap_errors() {
    let page = page_size();
    let null = std::ptr::null_mut();
    let rw = PROT_READ | PROT_WRITE;
    // SAFETY (whole block): no call below uses MAP_FIXED or unmaps anything but our own
    // mapping `p`, and each either fails before touching memory or maps a fresh range.
    unsafe {
        // Length 0: EINVAL.
        assert_eq!(
            zcall::mmap(null, 0, rw, MAP_PRIVATE | MAP_ANONYMOUS, None, 0),
            Err(Errno::EINVAL)
        );
        // Neither MAP_SHARED nor MAP_PRIVATE: EINVAL.
        assert_eq!(
            zcall::mmap(null, page, rw, MAP_ANONYMOUS, None, 0),
            Err(Errno::EINVAL)
        );
        // A file mapping of an fd that is not open: EBADF; of no fd at all (-1): EBADF.
        assert_eq!(
            zcall::mmap(null, page, PROT_READ, MAP_SHARED, Some(bad_fd()), 0),
            Err(Errno::EBADF)
        );
        assert_eq!(
            zcall::mmap(null, page, PROT_READ, MAP_SHARED, None, 0),
            Err(Errno::EBADF)
        );
        // An offset that is not page-aligned: EINVAL.
        let f = zcall::memfd_create(c"zcall-err", MFD_CLOEXEC).expect("memfd_create");
        ftruncate(f.as_fd(), 2 * page);
        assert_eq!(
            zcall::mmap(null, page, PROT_READ, MAP_SHARED, Some(f.as_fd()), 1),
            Err(Errno::EINVAL)
        );
        // A pipe cannot be mapped: ENODEV.
        let (r, _w) = zcall::pipe2(libc::O_CLOEXEC).expect("pipe2");
        let got = zcall::mmap(null, page, PROT_READ, MAP_PRIVATE, Some(r.as_fd()), 0);
        if got == Err(Errno::EINVAL) && common::under_qemu() && cfg!(target_arch = "loongarch64") {
            // qemu-user 7.2's loongarch64 mmap emulation rejects the request itself.
            eprintln!("SKIP mmap of a pipe: EINVAL from qemu-user on loongarch64");
        } else {
            assert_eq!(got, Err(Errno::ENODEV));
        }

        let p = anon(page);
        // munmap of an unaligned address, or of length 0: EINVAL, and nothing unmapped.
        assert_eq!(zcall::munmap(p.wrapping_add(1), page), Err(Errno::EINVAL));
        assert_eq!(zcall::munmap(p, 0), Err(Errno::EINVAL));
        p.write(0x42);
        assert_eq!(p.read(), 0x42, "still mapped");
        assert_eq!(zcall::munmap(p, page), Ok(()));
    }
}
