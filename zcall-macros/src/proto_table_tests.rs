//! Checks of the generated Linux prototype table (`proto_table.rs`, written by
//! `scripts/gen_tables.py`) against the arity table and against what the kernel declares.

use crate::arity_table;
use crate::proto_table;
use crate::table::{self, Params};

type Table = Vec<(&'static str, Params)>;
type Arity = Vec<(&'static str, usize)>;

/// A prototype table's rows: (name, parameters).
fn rows(text: &'static str) -> Table {
    table::lines(text)
        .map(|l| (table::key(l), table::params(l)))
        .collect()
}

/// An arity table's rows: (name, count).
fn arity_rows(text: &'static str) -> Arity {
    table::lines(text)
        .map(|l| (table::key(l), table::count(l).expect(l)))
        .collect()
}

/// The variants' rows: (name, arch, parameters).
fn variants() -> Vec<(&'static str, &'static str, Params)> {
    table::lines(proto_table::LINUX_GENERIC_ARCH_VARIANTS)
        .map(|l| {
            let (name, arch) = table::variant_of(l).expect(l);
            (name, arch, table::params(l))
        })
        .collect()
}

fn tables() -> [(&'static str, Table, Arity); 2] {
    [
        (
            "LINUX_X86_64",
            rows(proto_table::LINUX_X86_64),
            arity_rows(arity_table::LINUX_X86_64),
        ),
        (
            "LINUX_GENERIC",
            rows(proto_table::LINUX_GENERIC),
            arity_rows(arity_table::LINUX_GENERIC),
        ),
    ]
}

/// Through `table::find`, the binary search the macro uses.
fn lookup(text: &'static str, name: &str) -> Params {
    table::params(table::find(text, name).unwrap_or_else(|| panic!("{name} is not in the table")))
}

fn variant(name: &str, arch: &str) -> Option<Params> {
    variants()
        .into_iter()
        .find(|v| v.0 == name && v.1 == arch)
        .map(|v| v.2)
}

const LINUX_X86_64: &str = proto_table::LINUX_X86_64;
const LINUX_GENERIC: &str = proto_table::LINUX_GENERIC;

#[test]
fn tables_are_sorted_by_name_without_duplicates() {
    for (what, table, _) in tables() {
        for pair in table.windows(2) {
            assert!(
                pair[0].0.as_bytes() < pair[1].0.as_bytes(),
                "{what}: {} then {}",
                pair[0].0,
                pair[1].0
            );
        }
    }
    for pair in variants().windows(2) {
        let (a, b) = ((pair[0].0, pair[0].1), (pair[1].0, pair[1].1));
        assert!(a < b, "LINUX_GENERIC_ARCH_VARIANTS: {a:?} then {b:?}");
    }
}

#[test]
fn every_parameter_count_equals_the_arity_table() {
    for (what, table, arity) in tables() {
        let names: Vec<&str> = table.iter().map(|row| row.0).collect();
        let arity_names: Vec<&str> = arity.iter().map(|row| row.0).collect();
        assert_eq!(
            names, arity_names,
            "{what}: not the same names as the arity table"
        );
        for ((name, params), (_, count)) in table.iter().zip(&arity) {
            assert_eq!(params.len(), *count, "{what}: {name}");
        }
        // Every row is found by the macro's binary search.
        for (name, params) in &table {
            assert_eq!(&lookup(table_text(what), name), params, "{what}: {name}");
        }
    }
    for (name, arch, params) in variants() {
        assert!(
            matches!(arch, "aarch64" | "riscv64" | "loongarch64"),
            "{name}: unknown arch {arch}"
        );
        assert_eq!(
            params.len(),
            lookup(LINUX_GENERIC, name).len(),
            "{name} on {arch}"
        );
        assert_ne!(
            params,
            lookup(LINUX_GENERIC, name),
            "{name} on {arch}: not a variant"
        );
    }
}

#[test]
fn the_user_flag_is_the_word_user_in_the_normalized_type() {
    let variants = variants().into_iter().map(|v| (v.0, v.2));
    for (name, params) in rows(LINUX_X86_64)
        .into_iter()
        .chain(rows(LINUX_GENERIC))
        .chain(variants)
    {
        for (ty, param, user) in &params {
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
    let want: Params = vec![
        ("unsigned int", "fd", false),
        ("char __user *", "buf", true),
        ("size_t", "count", false),
    ];
    for table in [LINUX_X86_64, LINUX_GENERIC] {
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

fn table_text(what: &str) -> &'static str {
    match what {
        "LINUX_X86_64" => LINUX_X86_64,
        _ => LINUX_GENERIC,
    }
}

/// `table::find` on a small table: every row, and names before, between and after them.
#[test]
fn find_is_a_binary_search_over_the_lines() {
    let text = "B 1\nD 2 # note\nF 3\n";
    for (name, want) in [
        ("B", Some("B 1")),
        ("D", Some("D 2 # note")),
        ("F", Some("F 3")),
    ] {
        assert_eq!(table::find(text, name), want);
    }
    for absent in ["A", "C", "E", "G", "", "B 1"] {
        assert_eq!(table::find(text, absent), None, "{absent}");
    }
    assert_eq!(table::find("", "A"), None);
    assert_eq!(table::count("D 2 # note"), Some(2));
    assert_eq!(
        table::params("X\tint|fd\tchar __user *|\t# note"),
        vec![("int", "fd", false), ("char __user *", "", true)]
    );
}
