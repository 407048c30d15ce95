use zcall::{nr, syscall, Errno};

// preadv2 takes 6 words on 64-bit Linux: (fd, iov, iovcnt, pos_l, pos_h, flags). The
// reference design's old bug — the offset in one word and flags in pos_h — is caught.
#[syscall(nr = nr::PREADV2)]
unsafe fn preadv2(fd: i32, iov: *const u8, iovcnt: i32, offset: i64, flags: i32) -> Result<usize, Errno>;

// mmap takes 6.
#[syscall(nr = nr::MMAP)]
unsafe fn mmap(addr: *mut u8, len: usize) -> Result<*mut u8, Errno>;

fn main() {}
