//! PLACEHOLDER until scripts/gen_tables.py generates it: a few prototypes for development.

/// Linux x86_64 prototypes.
pub const LINUX_X86_64: &[(&str, &[(&str, &str, bool)])] = &[
    (
        "READ",
        &[
            ("unsigned int", "fd", false),
            ("char __user *", "buf", true),
            ("size_t", "count", false),
        ],
    ),
    (
        "WRITE",
        &[
            ("unsigned int", "fd", false),
            ("const char __user *", "buf", true),
            ("size_t", "count", false),
        ],
    ),
];
/// Linux generic prototypes.
pub const LINUX_GENERIC: &[(&str, &[(&str, &str, bool)])] = LINUX_X86_64;
