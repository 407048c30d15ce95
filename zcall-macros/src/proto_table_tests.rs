//! Checks of the generated Linux prototype table (`proto_table.rs`, written by
//! `scripts/gen_tables.py`) against the arity table and against what the kernel declares.

use crate::arity_table;
use crate::proto_table::{LINUX_GENERIC, LINUX_GENERIC_ARCH_VARIANTS, LINUX_X86_64};

type Params = &'static [(&'static str, &'static str, bool)];
type Table = &'static [(&'static str, Params)];
type Arity = &'static [(&'static str, u8)];

const TABLES: [(&str, Table, Arity); 2] = [
    ("LINUX_X86_64", LINUX_X86_64, arity_table::LINUX_X86_64),
    ("LINUX_GENERIC", LINUX_GENERIC, arity_table::LINUX_GENERIC),
];

fn lookup(table: Table, name: &str) -> Params {
    let i = table
        .binary_search_by(|row| row.0.as_bytes().cmp(name.as_bytes()))
        .unwrap_or_else(|_| panic!("{name} is not in the table"));
    table[i].1
}

fn variant(name: &str, arch: &str) -> Option<Params> {
    LINUX_GENERIC_ARCH_VARIANTS
        .iter()
        .find(|v| v.0 == name && v.1 == arch)
        .map(|v| v.2)
}

#[test]
fn tables_are_sorted_by_name_without_duplicates() {
    for (what, table, _) in TABLES {
        for pair in table.windows(2) {
            assert!(
                pair[0].0.as_bytes() < pair[1].0.as_bytes(),
                "{what}: {} then {}",
                pair[0].0,
                pair[1].0
            );
        }
    }
    for pair in LINUX_GENERIC_ARCH_VARIANTS.windows(2) {
        let (a, b) = ((pair[0].0, pair[0].1), (pair[1].0, pair[1].1));
        assert!(a < b, "LINUX_GENERIC_ARCH_VARIANTS: {a:?} then {b:?}");
    }
}

#[test]
fn every_parameter_count_equals_the_arity_table() {
    for (what, table, arity) in TABLES {
        let names: Vec<&str> = table.iter().map(|row| row.0).collect();
        let arity_names: Vec<&str> = arity.iter().map(|row| row.0).collect();
        assert_eq!(
            names, arity_names,
            "{what}: not the same names as the arity table"
        );
        for ((name, params), (_, count)) in table.iter().zip(arity) {
            assert_eq!(params.len(), usize::from(*count), "{what}: {name}");
        }
    }
    for (name, arch, params) in LINUX_GENERIC_ARCH_VARIANTS {
        assert!(
            matches!(*arch, "aarch64" | "riscv64" | "loongarch64"),
            "{name}: unknown arch {arch}"
        );
        assert_eq!(
            params.len(),
            lookup(LINUX_GENERIC, name).len(),
            "{name} on {arch}"
        );
        assert_ne!(
            *params,
            lookup(LINUX_GENERIC, name),
            "{name} on {arch}: not a variant"
        );
    }
}

#[test]
fn the_user_flag_is_the_word_user_in_the_normalized_type() {
    let variants = LINUX_GENERIC_ARCH_VARIANTS.iter().map(|v| (v.0, v.2));
    for (name, params) in LINUX_X86_64
        .iter()
        .chain(LINUX_GENERIC)
        .copied()
        .chain(variants)
    {
        for (ty, param, user) in params {
            assert_eq!(*user, ty.contains("__user"), "{name}({ty} {param})");
            assert_eq!(
                ty.split_whitespace().collect::<Vec<_>>().join(" "),
                *ty,
                "{name}: type not normalized"
            );
            assert!(
                param.is_empty() || param.chars().all(|c| c == '_' || c.is_ascii_alphanumeric()),
                "{name}: parameter name {param:?}"
            );
        }
    }
}

#[test]
fn read_takes_its_buffer_as_a_user_pointer() {
    // include/linux/syscalls.h: sys_read(unsigned int fd, char __user *buf, size_t count).
    let want: Params = &[
        ("unsigned int", "fd", false),
        ("char __user *", "buf", true),
        ("size_t", "count", false),
    ];
    for (_, table, _) in TABLES {
        assert_eq!(lookup(table, "READ"), want);
        assert!(lookup(table, "READ")[1].2);
    }
}

#[test]
fn mmap_flags_no_parameter_as_a_user_pointer() {
    // Every arch's SYSCALL_DEFINE6(mmap, unsigned long, addr, ...): the address is a plain
    // `unsigned long`, not a `void __user *`, and no other parameter is a pointer.
    let mut all = vec![lookup(LINUX_X86_64, "MMAP"), lookup(LINUX_GENERIC, "MMAP")];
    all.extend(variant("MMAP", "riscv64"));
    all.extend(variant("MMAP", "loongarch64"));
    for params in all {
        assert_eq!(params.len(), 6);
        assert_eq!(params[0], ("unsigned long", "addr", false));
        assert!(params.iter().all(|p| !p.2), "{params:?}");
    }
}

#[test]
fn clone_follows_each_arch_clone_backwards_setting() {
    // x86_64 and loongarch64: flags, newsp, parent_tid, child_tid, tls.
    // aarch64 and riscv64 (CONFIG_CLONE_BACKWARDS): flags, newsp, parent_tid, tls, child_tid.
    let plain = [false, false, true, true, false];
    let backwards = [false, false, true, false, true];
    let flags = |p: Params| p.iter().map(|x| x.2).collect::<Vec<_>>();
    assert_eq!(flags(lookup(LINUX_X86_64, "CLONE")), plain);
    assert_eq!(flags(lookup(LINUX_GENERIC, "CLONE")), backwards);
    assert_eq!(variant("CLONE", "riscv64"), None);
    assert_eq!(flags(variant("CLONE", "loongarch64").unwrap()), plain);
}
