//! The syscall convention of every supported target, as data: one row per target.
//!
//! Sources for the registers and clobbers, per row:
//! - linux x86_64 and aarch64: the kernel's entry code (`arch/x86/entry/entry_64.S`: the
//!   `syscall` instruction saves rip in rcx and rflags in r11; `arch/arm64/kernel/entry.S`)
//!   and rustix's `backend/linux_raw/arch/{x86_64,aarch64}.rs`, which use exactly these
//!   registers with `options(nostack, preserves_flags)`;
//! - linux riscv64: `Documentation/arch/riscv/vector.rst` (vector state is not preserved
//!   across syscalls) and rustix PR #1570 (clobber v0–v31, no `preserves_flags`, since the
//!   Rust reference counts `vtype`/`vl` among riscv's flags);
//! - linux loongarch64: `arch/loongarch/kernel/entry.S` and the `syscalls` crate's
//!   `syscall/loongarch64.rs` (every temporary `$t0`–`$t8` clobbered);
//! - macOS aarch64: XNU `bsd/dev/arm/systemcalls.c` (number in x16, arguments from x0, on
//!   error `x0 = errno, x1 = 0` and the carry flag set, on success x0/x1 the two results).
//!   The number is the bare BSD number, no class bits: xnu @ e3723e1f (xnu-11417.101.15)
//!   `osfmk/arm64/sleh.c` `handle_svc` dispatches on `(int)x16` (negative: Mach trap,
//!   `0x80000000`: platform call, else `unix_syscall`), and `arm_get_syscall_number` returns
//!   `(unsigned short)x16` — the x86_64 class `0x2000000` would be truncated away; Apple's
//!   own arm64 stubs (`libsyscall/custom/SYS.h`, `DO_SYSCALL`) load the bare number;
//! - FreeBSD x86_64: `sys/amd64/amd64/trap.c` (carry flag on error, rax/rdx results), as
//!   Go's and D's runtimes found (golang/go#43106, kubo39/syscall-d#7); r8–r10 are
//!   reported cleared on the return path (odin-lang/Odin#1309), so they are clobbered.
//!
//! Two consumers: expansion in `expand`, and zcall's guard against other targets in `guard`
//! (the crate's one list of supported targets); adding a target is adding a row.

use proc_macro2::TokenStream;
use quote::quote;

use crate::{arity_table, proto_table};

/// How a target reports a failed syscall.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorConv {
    /// Linux: the result word is `-errno` in `-4095..=-1`; decoded in the runtime crate.
    NegativeWord,
    /// BSD family: the carry flag is set on error and the result register holds the
    /// (positive) errno. `read` is the instruction that copies the carry into the
    /// `{carry}` operand, of register class `class` and Rust type `ty`.
    Carry {
        read: &'static str,
        class: &'static str,
        ty: &'static str,
    },
}

/// One target's convention.
///
/// The registers, instructions and error convention are rendered into the runtime crate's
/// per-target macros (`arch`, under `cfg(test)`: `zcall/src/arch.rs` is checked in); the
/// attribute itself reads the `cfg`, the arity and the prototypes.
#[derive(Debug)]
#[cfg_attr(not(test), allow(dead_code))]
pub struct Target {
    /// `target_os` value.
    pub os: &'static str,
    /// `target_arch` value.
    pub arch: &'static str,
    /// The trap instruction.
    pub insn: &'static str,
    /// The instruction placed after a call that must never return (`-> !`).
    pub trap: &'static str,
    /// Register holding the syscall number.
    pub nr_reg: &'static str,
    /// OR-ed into the number before the call (a BSD syscall class, as macOS x86_64 has;
    /// 0 where the kernel takes the bare number).
    pub nr_class: u32,
    /// Argument registers, in order.
    pub args: [&'static str; 6],
    /// Register holding the result.
    pub ret: &'static str,
    /// Register holding the second result word, if the target has one (Darwin `pipe`).
    pub second: Option<&'static str>,
    /// Registers the call may change besides the result registers.
    pub clobbers: &'static [&'static str],
    /// Registers the call changes only where a target feature is enabled, as
    /// `(target_feature, registers)`: the stub gets one `asm!` block with them under
    /// `cfg(target_feature = …)` and one without (aarch64 SVE).
    pub feature_clobbers: &'static [(&'static str, &'static [&'static str])],
    /// May the `asm!` block claim `preserves_flags`?
    pub preserves_flags: bool,
    pub errors: ErrorConv,
    /// The kernel's argument count per syscall constant name, sorted by name
    /// (generated: `arity_table.rs`).
    pub arity: &'static [(&'static str, u8)],
    /// The kernel's prototype of every syscall constant: `(name, [(C type, parameter name,
    /// is a `__user` pointer)])`, sorted by name (generated: `proto_table.rs`). Empty where
    /// zcall has no prototypes (macOS, FreeBSD).
    pub protos: &'static [Proto],
    /// Prototypes that differ on this row's arch from `protos` (which serves several
    /// arches): `(name, arch, parameters)`; the entry for `arch` wins.
    pub proto_variants: &'static [(&'static str, &'static str, ProtoParams)],
}

/// A syscall's kernel prototype: `(constant name, [(C type, parameter name, `__user`?)])`.
pub type Proto = (&'static str, ProtoParams);
/// A prototype's parameters: `[(C type, parameter name, is a `__user` pointer)]`.
pub type ProtoParams = &'static [(&'static str, &'static str, bool)];

/// riscv64: the kernel does not preserve vector state across syscalls
/// (Documentation/arch/riscv/vector.rst), so every vector register is clobbered.
const RISCV_VECTOR: &[&str] = &[
    "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14",
    "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25", "v26", "v27",
    "v28", "v29", "v30", "v31",
];

/// aarch64 with SVE: a syscall zeroes P0–P15, FFR and the bits of Z0–Z31 above 128
/// (kernel `Documentation/arch/arm64/sve.rst`, "System call behaviour"). Stable `asm!`
/// names the predicate registers as clobbers (`preg`, clobber-only) and the vector
/// registers as `v0`–`v31`, whose SVE view Z0–Z31 the compiler uses only where the `sve`
/// target feature is on; without it nothing lives in those bits. FFR is left out: LLVM
/// reserves it (never keeps a value there across an `asm!` block) and warns "inline asm
/// clobber list contains reserved registers: FFR" for every block that names it — measured
/// with rustc 1.96 and `-C target-feature=+sve`.
const AARCH64_SVE: &[&str] = &[
    "p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p10", "p11", "p12", "p13", "p14",
    "p15", "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13",
    "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25", "v26",
    "v27", "v28", "v29", "v30", "v31",
];

/// Every supported target. On any other, zcall itself fails to compile (`guard`), and so
/// does each stub (`expand`), with a `compile_error!` listing these.
pub const TARGETS: &[Target] = &[
    Target {
        os: "linux",
        arch: "x86_64",
        insn: "syscall",
        trap: "ud2",
        nr_reg: "rax",
        nr_class: 0,
        args: ["rdi", "rsi", "rdx", "r10", "r8", "r9"],
        ret: "rax",
        second: None,
        // The instruction itself saves rip in rcx and rflags in r11.
        clobbers: &["rcx", "r11"],
        feature_clobbers: &[],
        preserves_flags: true,
        errors: ErrorConv::NegativeWord,
        arity: arity_table::LINUX_X86_64,
        protos: proto_table::LINUX_X86_64,
        proto_variants: &[],
    },
    Target {
        os: "linux",
        arch: "aarch64",
        insn: "svc 0",
        trap: "brk #0x1",
        nr_reg: "x8",
        nr_class: 0,
        args: ["x0", "x1", "x2", "x3", "x4", "x5"],
        ret: "x0",
        second: None,
        clobbers: &[],
        feature_clobbers: &[("sve", AARCH64_SVE)],
        preserves_flags: true,
        errors: ErrorConv::NegativeWord,
        arity: arity_table::LINUX_GENERIC,
        protos: proto_table::LINUX_GENERIC,
        proto_variants: proto_table::LINUX_GENERIC_ARCH_VARIANTS,
    },
    Target {
        os: "linux",
        arch: "riscv64",
        insn: "ecall",
        trap: "unimp",
        nr_reg: "a7",
        nr_class: 0,
        args: ["a0", "a1", "a2", "a3", "a4", "a5"],
        ret: "a0",
        second: None,
        clobbers: RISCV_VECTOR,
        // vl/vtype count as flags for riscv in asm! rules and are not preserved.
        feature_clobbers: &[],
        preserves_flags: false,
        errors: ErrorConv::NegativeWord,
        arity: arity_table::LINUX_GENERIC,
        protos: proto_table::LINUX_GENERIC,
        proto_variants: proto_table::LINUX_GENERIC_ARCH_VARIANTS,
    },
    Target {
        os: "linux",
        arch: "loongarch64",
        insn: "syscall 0",
        trap: "break 0",
        nr_reg: "$a7",
        nr_class: 0,
        args: ["$a0", "$a1", "$a2", "$a3", "$a4", "$a5"],
        ret: "$a0",
        second: None,
        // The kernel's syscall path does not preserve the temporaries.
        clobbers: &[
            "$t0", "$t1", "$t2", "$t3", "$t4", "$t5", "$t6", "$t7", "$t8",
        ],
        feature_clobbers: &[],
        preserves_flags: true,
        errors: ErrorConv::NegativeWord,
        arity: arity_table::LINUX_GENERIC,
        protos: proto_table::LINUX_GENERIC,
        proto_variants: proto_table::LINUX_GENERIC_ARCH_VARIANTS,
    },
    Target {
        os: "macos",
        arch: "aarch64",
        insn: "svc 0x80",
        trap: "brk #0x1",
        nr_reg: "x16",
        // XNU reads the low 16 bits of x16 (see the module docs): no class bits.
        nr_class: 0,
        args: ["x0", "x1", "x2", "x3", "x4", "x5"],
        ret: "x0",
        // Written on success, zeroed on error.
        second: Some("x1"),
        clobbers: &[],
        // NZCV: carry set on error.
        feature_clobbers: &[],
        preserves_flags: false,
        errors: ErrorConv::Carry {
            read: "cset {carry:w}, cs",
            class: "reg",
            ty: "u32",
        },
        arity: arity_table::DARWIN_AARCH64,
        protos: &[],
        proto_variants: &[],
    },
    Target {
        os: "freebsd",
        arch: "x86_64",
        insn: "syscall",
        trap: "ud2",
        nr_reg: "rax",
        nr_class: 0,
        args: ["rdi", "rsi", "rdx", "r10", "r8", "r9"],
        ret: "rax",
        second: Some("rdx"),
        // rcx/r11 by the instruction; r8–r10 are cleared on the kernel's return path.
        clobbers: &["rcx", "r11", "r8", "r9", "r10"],
        feature_clobbers: &[],
        preserves_flags: false,
        errors: ErrorConv::Carry {
            read: "setc {carry}",
            class: "reg_byte",
            ty: "u8",
        },
        arity: arity_table::FREEBSD_X86_64,
        protos: &[],
        proto_variants: &[],
    },
];

impl Target {
    /// The kernel's prototype of the syscall constant `name` on this row, if known.
    pub fn proto(&self, name: &str) -> Option<ProtoParams> {
        if let Some((_, _, p)) = self
            .proto_variants
            .iter()
            .find(|(n, arch, _)| *n == name && *arch == self.arch)
        {
            return Some(p);
        }
        let i = self.protos.binary_search_by(|(n, _)| (*n).cmp(name)).ok()?;
        Some(self.protos[i].1)
    }

    /// `all(target_os = "…", target_arch = "…")`: the `cfg` that selects this row.
    pub fn cfg(&self) -> TokenStream {
        let (os, arch) = (self.os, self.arch);
        quote!(all(target_os = #os, target_arch = #arch))
    }

    /// The row's `asm!` variants: `(cfg, clobbers)`, one per target feature in
    /// `feature_clobbers` (the row's clobbers plus that feature's) and one for none of them.
    /// A row without feature clobbers has one variant, its own `cfg`.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn variants(&self) -> Vec<(TokenStream, Vec<&'static str>)> {
        let row = self.cfg();
        if self.feature_clobbers.is_empty() {
            return vec![(row, self.clobbers.to_vec())];
        }
        let mut out = Vec::new();
        let features: Vec<&str> = self.feature_clobbers.iter().map(|(f, _)| *f).collect();
        for (i, (feature, regs)) in self.feature_clobbers.iter().enumerate() {
            // Earlier features exclude later ones, so exactly one variant is selected.
            let earlier = &features[..i];
            let cfg = if earlier.is_empty() {
                quote!(all(#row, target_feature = #feature))
            } else {
                quote!(all(#row, target_feature = #feature,
                           not(any(#(target_feature = #earlier),*))))
            };
            let mut clobbers = self.clobbers.to_vec();
            clobbers.extend_from_slice(regs);
            out.push((cfg, clobbers));
        }
        out.push((
            quote!(all(#row, not(any(#(target_feature = #features),*)))),
            self.clobbers.to_vec(),
        ));
        out
    }
}

/// `not(any(…))` over every row: the `cfg` of a target without a syscall convention.
#[cfg_attr(not(test), allow(dead_code))] // rendered into zcall/src/arch.rs
pub fn unsupported_cfg() -> TokenStream {
    let each = TARGETS.iter().map(Target::cfg);
    quote!(not(any(#(#each),*)))
}

/// The supported targets for error messages: `linux x86_64, linux aarch64, …`.
#[cfg_attr(not(test), allow(dead_code))] // rendered into zcall/src/arch.rs
pub fn supported_list() -> String {
    TARGETS
        .iter()
        .map(|t| format!("{} {}", t.os, t.arch))
        .collect::<Vec<_>>()
        .join(", ")
}
