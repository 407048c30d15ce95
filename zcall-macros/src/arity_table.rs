//! PLACEHOLDER (helper regenerates)
pub const LINUX_X86_64: &[(&str, u8)] = &[
    ("CLOSE", 1),
    ("GETPID", 0),
    ("MMAP", 6),
    ("PREADV2", 6),
    ("READ", 3),
    ("WRITE", 3),
];
pub const LINUX_GENERIC: &[(&str, u8)] = &[
    ("CLOSE", 1),
    ("GETPID", 0),
    ("MMAP", 6),
    ("PREADV2", 6),
    ("READ", 3),
    ("WRITE", 3),
];
pub const DARWIN_AARCH64: &[(&str, u8)] = &[("CLOSE", 1), ("GETPID", 0), ("READ", 3), ("WRITE", 3)];
pub const FREEBSD_X86_64: &[(&str, u8)] = &[("CLOSE", 1), ("GETPID", 0), ("READ", 3), ("WRITE", 3)];
