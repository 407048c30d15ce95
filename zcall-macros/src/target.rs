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
//!   reported cleared on the return path (odin-lang/Odin#1309), so they are clobbered;
//! - macOS x86_64: XNU `osfmk/i386/bsd_i386.c` `unix_syscall64` (`code = regs->rax &
//!   SYSCALL_NUMBER_MASK`, arguments from rdi rsi rdx r10 r8 r9, on error `regs->rax =
//!   error` and `regs->isf.rflags |= EFL_CF`, on success rax/rdx the two results with the
//!   carry cleared). Unlike arm64 the number carries the BSD class: the `syscall` entry
//!   (`osfmk/x86_64/idt64.s` `hndl_syscall`) dispatches on `eax & SYSCALL_CLASS_MASK`
//!   (`SYSCALL_CLASS_UNIX << SYSCALL_CLASS_SHIFT` goes to `unix_syscall64`, an unknown class
//!   raises `EXC_SYSCALL`), with `SYSCALL_CLASS_SHIFT` 24 and `SYSCALL_CLASS_UNIX` 2
//!   (`osfmk/mach/i386/syscall_sw.h`), so a BSD call passes `0x2000000 | nr`, as Apple's own stubs
//!   do (`libsyscall/custom/SYS.h`, x86_64 `UNIX_SYSCALL`: `movl $
//!   SYSCALL_CONSTRUCT_UNIX(SYS_##name), %eax`, `syscall`, then `jnb` past the error path:
//!   carry clear is success). rcx and r11 are the `syscall` instruction's;
//!   the rest is restored from the saved state;
//! - FreeBSD aarch64: `sys/arm64/arm64/trap.c` `cpu_fetch_syscall_args` (`sa->code =
//!   td->td_frame->tf_x[8]`, arguments copied from `tf_x[0..8]`) and
//!   `sys/arm64/arm64/vm_machdep.c` `cpu_set_syscall_retval` (success: `tf_x[0]`/`tf_x[1]`
//!   the two results, `tf_spsr &= ~PSR_C`; error: `tf_spsr |= PSR_C`, `tf_x[0]` the positive
//!   errno); every other general register comes back from the trap frame:
//!   `sys/arm64/arm64/exception.S` (read at freebsd/freebsd-src @ 957e7993, an older copy)
//!   `handle_el0_sync` saves x0–x29, lr and sp (`save_registers 0`) and reloads all of them
//!   (`restore_registers 0`) before `eret`. The carry is read with `cset` as on macOS
//!   aarch64. SVE: not checked in FreeBSD's sources; the Linux rule (Z/P state beyond the
//!   Neon view not kept across a syscall) is assumed here too, conservatively, through the
//!   same `sve` feature variant as the Linux aarch64 row;
//! - linux x86 (i686, `int 0x80`): `arch/x86/entry/entry_32.S` (Linux 6.1.192, Debian
//!   `linux-source-6.1`): "eax system call number, ebx arg1, ecx arg2, edx arg3, esi arg4,
//!   edi arg5, ebp arg6", the result in eax, every other register restored by `iret`
//!   (EFLAGS included); rustix `backend/linux_raw/arch/x86.rs` (`int $$0x80`, no clobbers,
//!   `preserves_flags`; esi through `xchg`, six words through memory). rustc 1.96 refuses
//!   `esi` ("used internally by LLVM") and `ebp` (the frame pointer) as operands: the row's
//!   `refused` column says how its macro reaches them. `__kernel_vsyscall` (AT_SYSINFO) is
//!   not used: qemu-user 7.2 gives i386 guests no AT_SYSINFO (shared
//!   `cross-arch-2.md`), and `int 0x80` is the entry every i386 kernel has;
//! - linux arm (EABI): `arch/arm/kernel/entry-common.S` (Linux 6.1.192): `vector_swi` takes
//!   the number from r7 (`scno .req r7`, EABI) and arguments from r0–r6, saves and restores
//!   every register but r0 (the result), CPSR from SPSR; rustix `arch/arm.rs` (`svc 0`, no
//!   clobbers, `preserves_flags`) and `arch/thumb.rs` (r7 through a temporary: in Thumb mode
//!   r7 is the frame pointer, which rustc refuses as an operand);
//! - linux powerpc (32-bit, big-endian): `Documentation/powerpc/syscall64-abi.rst` (Linux
//!   6.1.192; the 32-bit `sc` path is the same code): number in r0, arguments r3–r8, result
//!   r3, "cr0.SO is the error condition" with the positive errno in r3, r0 and r3–r12, ctr,
//!   xer and cr0 volatile (the ELF ABI's volatile set, cr1 and cr5–7 excepted); rustix
//!   `arch/powerpc.rs` clobbers the same (r0, r4–r12, cr0, ctr, xer);
//! - linux powerpc64 (ppc64le, ELFv2): the same document, which is the 64-bit ABI's own
//!   ("Power Architecture 64-bit Linux system call ABI": `sc`, number in r0, arguments r3–r8,
//!   cr0.SO the error condition with r3 the error value; `scv 0`, which reports `-errno`
//!   instead, is optional, announced by PPC_FEATURE2_SCV in AT_HWCAP2, and not used); rustix
//!   `arch/powerpc64.rs` clobbers r0, r4–r12, cr0, ctr and xer. rustc 1.96 refuses r1 (the
//!   stack pointer), r2 (the TOC), r13 (the thread pointer), r30 and r31 as operands on
//!   ppc64 (r29 is accepted), none of them a syscall register (shared `cross-arch-2.md`);
//! - linux s390x (64-bit, big-endian): `arch/s390/kernel/entry.S` (Linux 6.1.192, Debian
//!   `linux-source-6.1`) `system_call`: `svc 0` with the number in r1 (`do_syscall` in
//!   `arch/s390/kernel/syscall.c` takes `regs->gprs[1] & 0xffff` when the instruction's own
//!   number is 0), arguments r2–r7 (`stmg %r0,%r7` into `pt_regs`, the entry points unpack
//!   `gprs[2..=7]`), the result in r2 (`regs->gprs[2]`); on the way out `lmg %r0,%r15` reloads
//!   every general register from `pt_regs` (only `gprs[2]` was written) and `lpswe` reloads the
//!   PSW saved at entry (`regs->psw = S390_lowcore.svc_old_psw`), condition code included, so
//!   nothing is clobbered and the flags survive (`preserves_flags`). Floating-point and vector
//!   registers are saved and restored by the kernel (`save_fpu_regs`/`load_fpu_regs`). rustix
//!   `arch/s390x.rs` agrees: `svc 0`, `in("r1")`, `r2`–`r7`, no clobbers, `options(nostack,
//!   preserves_flags)`, and `j .+2` after a call that does not return (a branch into the
//!   second halfword of itself, an invalid opcode: GCC's and LLVM's `__builtin_trap` on s390).
//!   rustc refuses `r11` (frame pointer) and `r15` (stack pointer) as operands, neither of
//!   which the row uses; `r6` and `r7` (callee-saved in the ELF ABI) are accepted, the
//!   compiler saving them around the block. `asm!` on s390x is stable from Rust 1.84
//!   (rust-lang/rust#131258);
//! - linux mips64 (n64; `target_arch = "mips64"`, checked little-endian,
//!   `mips64el-unknown-linux-gnuabi64`): `arch/mips/kernel/scall64-n64.S` (Linux 6.1.192,
//!   Debian `linux-source-6.1`) `handle_sys64`: the number in $2 (v0, `dsubu t2, v0,
//!   __NR_64_Linux` indexes `sys_call_table`: numbers from 5000), arguments $4–$9 (a0–a5),
//!   the result in $2. After the call `li t0, -EMAXERRNO - 1; sltu t0, t0, v0; sd t0,
//!   PT_R7(sp)`: the saved $7 (a3) becomes exactly 1 when the entry returned -4095..=-1 and
//!   0 otherwise, and `dnegu v0` makes the errno positive; a number outside the table
//!   (`illegal_syscall`) stores ENOSYS (89 on MIPS) with $7 = 1. So the row's error
//!   convention is a flag register (`ErrorConv::FlagReg`, $7 non-zero), decoded as
//!   powerpc's `cr0.SO`. The return path (`syscall_exit_partial` → `restore_partial` in
//!   `arch/mips/kernel/entry.S`) reloads only what `RESTORE_SOME`
//!   (`arch/mips/include/asm/stackframe.h`) names: $2–$7, $8/$9 (`CONFIG_64BIT`), $25, $28,
//!   $31, then sp; $1, $10–$15, $24 and hi/lo keep whatever the kernel left there, and on
//!   the full path (`restore_all`, after signal or trace work) `RESTORE_TEMP`/`RESTORE_AT`
//!   reload them from frame slots the syscall entry (`SAVE_SOME` only) never wrote. $3 is
//!   reloaded, but `sysm_pipe` returns its second fd there (`regs[3] = fd[1]`,
//!   `arch/mips/kernel/syscall.c`). The row clobbers $3, $8–$15, $24 and $25 — glibc's
//!   and musl's lists with $3, rustix `arch/mips64.rs`'s ($8–$15, $24, $25) with $3; $8, $9
//!   and $25 are reloaded on both paths, kept as clobbers all the same. Two things the
//!   kernel changes cannot be declared: rustc refuses `$1` (the assembler temporary) as an
//!   operand, and has no name for hi/lo (`asm!` register classes on MIPS: `reg` $2–$25,
//!   `freg`); clang adds `~{$1}` to every MIPS inline asm by itself, rustc adds no implicit
//!   MIPS clobber (`rustc_codegen_llvm` `asm.rs`: `InlineAsmArch::Mips |
//!   InlineAsmArch::Mips64 => {}`), which rustix's stubs live with. LLVM does allocate `$1`
//!   (the disassembly of this repository's mips64 test binaries has it as an ordinary
//!   register: `li at,-16`, `$gp` set-ups through `at`), so the row keeps it itself: the
//!   template (`asm_bracket`) is `.set noat`, `move $25, $1`, `syscall`, `move $1, $25`,
//!   `.set at` — `$25` is one of the registers `SAVE_SOME`/`RESTORE_SOME` save and reload
//!   on every return path (and a signal frame keeps it), and the row declares it clobbered,
//!   so the compiler keeps nothing there. hi/lo stay undeclared: the kernel's own user-side
//!   syscall (`arch/mips/include/asm/vdso/gettimeofday.h`, the vDSO's fallback) lists "$1",
//!   "$3", "$8"–"$15", "$24", "$25" and, before R6, "hi", "lo" (`VDSO_SYSCALL_CLOBBERS`) as
//!   clobbers; in LLVM's code hi/lo hold a value only from a `mult`/`div` to the
//!   `mflo`/`mfhi` that reads it, and no such pair was found around a `syscall` in the
//!   test binaries, but nothing in `asm!` can promise it — an open risk, shared by every
//!   Rust MIPS syscall stub. `asm!` on MIPS needs `#![feature(asm_experimental_arch)]` (nightly; the target is
//!   tier 3, std only through build-std): `asm_gate` names it, the row's macro carries
//!   `#[allow_internal_unstable(asm_experimental_arch)]`, and zcall enables both features
//!   at its root on this row only (shared `cross-arch-2.md`, "mips64el n64").
//!
//! Two consumers: expansion in `expand`, and zcall's guard against other targets in `guard`
//! (the crate's one list of supported targets); adding a target is adding a row.

#[cfg(test)]
use proc_macro2::TokenStream;
#[cfg(test)]
use quote::quote;

use crate::{arity_table, proto_table, table};

/// How a target reports a failed syscall.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorConv {
    /// A condition bit set on error, the result register then holding the positive errno
    /// (32-bit PowerPC: `cr0.SO`). `read` copies the condition register into `reg` right
    /// after the trap (Rust type `ty`), and `mask` selects the bit. `reg` is one of the
    /// row's clobbers (a register the kernel may change anyway, not an argument), so the
    /// copy costs no register of the caller's: with any register chosen by the compiler
    /// (`lateout(reg)`) it took a callee-saved one, saved and restored around every call. The runtime crate's `RawResult` keeps the flag and the positive
    /// errno (`RawResult::__from_flag`, as the BSD rows' carry), so a success is never
    /// taken for an error whatever its value, and a call that cannot fail never tests it.
    CondBit {
        read: &'static str,
        reg: &'static str,
        ty: &'static str,
        mask: u32,
    },
    /// A general register the kernel sets non-zero on error and zero on success, the result
    /// register then holding the positive errno (MIPS: `$7`, a3). `reg` is also an argument
    /// register on MIPS (the fourth): an input where a call passes four words or more, and
    /// an output (the flag) of every call that returns. As with `CondBit`, `RawResult` keeps
    /// the flag and the positive errno (`RawResult::__from_flag`).
    FlagReg { reg: &'static str },
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

/// How a 64-bit integer parameter (spelled `u64` or `i64`) travels on a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pair64 {
    /// Two 32-bit words (a 32-bit row) instead of one.
    pub split: bool,
    /// The pair starts at an even argument index: a zero word pads an odd one (ARM EABI's
    /// and 32-bit PowerPC's even register pairs).
    pub even: bool,
    /// The high half comes first (big-endian).
    pub hi_first: bool,
}

/// A row whose `asm!` template needs no lines around it.
pub const NO_BRACKET: (&str, &str) = ("", "");

/// A 64-bit row: a 64-bit integer is one word.
pub const ONE_WORD: Pair64 = Pair64 {
    split: false,
    even: false,
    hi_first: false,
};

/// Argument registers (or the number register) that `asm!` refuses as operands on a row,
/// and how the row's macro puts a word there instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Every register of the row is an operand.
    None,
    /// x86 `int 0x80`: word `swap.0` goes in `swap.1` (`esi`), exchanged with a scratch
    /// operand around the trap (`xchg`, restored after it); when word `frame.0` (in
    /// `frame.1`, `ebp`) is passed too, the two words and the number go in memory, whose
    /// address is passed in the number register, and both registers are saved on the stack
    /// around the trap (`push`/`pop`: that block is not `nostack`).
    XchgOrStack {
        swap: (usize, &'static str),
        frame: (usize, &'static str),
    },
    /// The number register is refused where target feature `feature` is on (Thumb mode:
    /// r7 is the frame pointer): there the number goes through a scratch operand, and the
    /// register is saved in another one and restored after the trap. A second variant of
    /// the row, without the feature, names the register directly.
    NumberViaScratch { feature: &'static str },
}

/// One `asm!` form of a row (`Target::variants`): its `cfg`, clobbers, and whether the
/// number register is reached through a scratch operand (`Refused::NumberViaScratch`).
#[derive(Clone, Debug)]
#[cfg_attr(not(test), allow(dead_code))]
#[cfg(test)]
pub struct Variant {
    pub cfg: TokenStream,
    pub clobbers: Vec<&'static str>,
    pub nr_scratch: bool,
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
    /// How a 64-bit integer parameter becomes words: one on 64-bit rows, a pair placed by
    /// the ABI's rules on 32-bit ones.
    pub pair64: Pair64,
    /// Registers `asm!` refuses as operands and how the macro reaches them.
    pub refused: Refused,
    /// The oldest Rust whose stable `asm!` supports the row (`asm!` on PowerPC is stable
    /// from 1.95: rust-lang/rust#147996), as `(major, minor)`.
    pub min_rust: (u32, u32),
    /// The feature gate the row's `asm!` needs, where it is not stable (MIPS:
    /// `asm_experimental_arch`, a nightly compiler): the row's macro carries
    /// `#[allow_internal_unstable(<gate>)]`, so the `asm!` it expands into a user's crate
    /// needs no gate there, and the runtime crate enables the gate (and
    /// `allow_internal_unstable`) at its root for the row's `cfg` only — a test checks
    /// `zcall/src/lib.rs` says so for every gated row.
    pub asm_gate: Option<&'static str>,
    /// Template lines before and after everything else in the row's `asm!` block (MIPS:
    /// `.set noat`, `move $25, $1` … `move $1, $25`, `.set at`: the assembler accepts `$1`,
    /// and `$1`, which the kernel does not keep and `asm!` cannot name, is carried across
    /// the trap in `$25`, which the kernel restores and the row declares clobbered);
    /// `NO_BRACKET` elsewhere.
    pub asm_bracket: (&'static str, &'static str),
    /// The kernel's argument count per syscall constant name: lines `NAME COUNT`, sorted
    /// by name (generated: `arity_table.rs`; read by `table`).
    pub arity: &'static str,
    /// The kernel's prototype of every syscall constant: one line per name, its parameters
    /// as `TYPE|NAME` fields (generated: `proto_table.rs`; read by `table`). Empty where
    /// zcall has no prototypes (macOS, FreeBSD).
    pub protos: &'static str,
    /// Prototypes that differ on this row's arch from `protos` (which serves several
    /// arches): lines `NAME ARCH` then the parameters; the line for `arch` wins.
    pub proto_variants: &'static str,
}

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
        pair64: ONE_WORD,
        refused: Refused::None,
        min_rust: (1, 85),
        asm_gate: None,
        asm_bracket: NO_BRACKET,
        arity: arity_table::LINUX_X86_64,
        protos: proto_table::LINUX_X86_64,
        proto_variants: "",
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
        pair64: ONE_WORD,
        refused: Refused::None,
        min_rust: (1, 85),
        asm_gate: None,
        asm_bracket: NO_BRACKET,
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
        pair64: ONE_WORD,
        refused: Refused::None,
        min_rust: (1, 85),
        asm_gate: None,
        asm_bracket: NO_BRACKET,
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
        pair64: ONE_WORD,
        refused: Refused::None,
        min_rust: (1, 85),
        asm_gate: None,
        asm_bracket: NO_BRACKET,
        arity: arity_table::LINUX_GENERIC,
        protos: proto_table::LINUX_GENERIC,
        proto_variants: proto_table::LINUX_GENERIC_ARCH_VARIANTS,
    },
    Target {
        os: "linux",
        arch: "x86",
        insn: "int 0x80",
        trap: "ud2",
        nr_reg: "eax",
        nr_class: 0,
        // The kernel's order; `esi` and `ebp` are never operands (`refused`).
        args: ["ebx", "ecx", "edx", "esi", "edi", "ebp"],
        ret: "eax",
        second: None,
        // `iret` restores every register but eax, and EFLAGS.
        clobbers: &[],
        feature_clobbers: &[],
        preserves_flags: true,
        errors: ErrorConv::NegativeWord,
        // i386 passes a 64-bit value as two consecutive words, low half first, unpadded:
        // `sys_ia32_pread64(fd, buf, count, poslo, poshi)` (arch/x86/kernel/sys_ia32.c).
        pair64: Pair64 {
            split: true,
            even: false,
            hi_first: false,
        },
        refused: Refused::XchgOrStack {
            swap: (3, "esi"),
            frame: (5, "ebp"),
        },
        min_rust: (1, 85),
        asm_gate: None,
        asm_bracket: NO_BRACKET,
        arity: arity_table::LINUX_X86,
        protos: proto_table::LINUX_X86,
        proto_variants: "",
    },
    Target {
        os: "linux",
        arch: "arm",
        insn: "svc 0",
        // rustix's `arch/arm.rs` trap after `exit`: a permanently undefined instruction.
        trap: "udf #16",
        nr_reg: "r7",
        nr_class: 0,
        args: ["r0", "r1", "r2", "r3", "r4", "r5"],
        ret: "r0",
        second: None,
        clobbers: &[],
        feature_clobbers: &[],
        preserves_flags: true,
        errors: ErrorConv::NegativeWord,
        // EABI: a 64-bit value sits in an even/odd register pair, low half in the even
        // register (little-endian): `pread64(fd, buf, count, <pad>, lo, hi)`.
        pair64: Pair64 {
            split: true,
            even: true,
            hi_first: false,
        },
        refused: Refused::NumberViaScratch {
            feature: "thumb-mode",
        },
        min_rust: (1, 85),
        asm_gate: None,
        asm_bracket: NO_BRACKET,
        arity: arity_table::LINUX_ARM,
        protos: proto_table::LINUX_ARM,
        proto_variants: "",
    },
    Target {
        os: "linux",
        arch: "powerpc",
        insn: "sc",
        trap: "trap",
        nr_reg: "r0",
        nr_class: 0,
        args: ["r3", "r4", "r5", "r6", "r7", "r8"],
        ret: "r3",
        second: None,
        // The ELF ABI's volatile registers that the kernel may change (r3 is the result).
        clobbers: &[
            "r0", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "cr0", "ctr", "xer",
        ],
        feature_clobbers: &[],
        // cr0 holds the error bit.
        preserves_flags: false,
        errors: ErrorConv::CondBit {
            // r12: volatile, never an argument (`mfcr` takes a bare register number).
            read: "mfcr 12",
            reg: "r12",
            ty: "u32",
            // cr0 is the top nibble of the condition register: LT, GT, EQ, SO.
            mask: 0x1000_0000,
        },
        // The 32-bit ABI's register pairs start at an odd register (r3, r5, r7: an even
        // argument index), high half first (big-endian): `sys_ppc_pread64(fd, buf, count,
        // reg6, pos1, pos2)` (arch/powerpc/include/asm/syscalls.h).
        pair64: Pair64 {
            split: true,
            even: true,
            hi_first: true,
        },
        refused: Refused::None,
        min_rust: (1, 95),
        asm_gate: None,
        asm_bracket: NO_BRACKET,
        arity: arity_table::LINUX_POWERPC,
        protos: proto_table::LINUX_POWERPC,
        proto_variants: "",
    },
    Target {
        os: "linux",
        arch: "powerpc64",
        insn: "sc",
        trap: "trap",
        nr_reg: "r0",
        nr_class: 0,
        args: ["r3", "r4", "r5", "r6", "r7", "r8"],
        ret: "r3",
        second: None,
        // The ELF ABI's volatile registers that the kernel may change (r3 is the result);
        // rustix's `arch/powerpc64.rs` list.
        clobbers: &[
            "r0", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "cr0", "ctr", "xer",
        ],
        feature_clobbers: &[],
        // cr0 holds the error bit.
        preserves_flags: false,
        // The 32-bit row's convention: `mfcr` copies the 32-bit condition register into the
        // low word of r12 (the high word zero), cr0 its top nibble.
        errors: ErrorConv::CondBit {
            read: "mfcr 12",
            reg: "r12",
            ty: "u32",
            mask: 0x1000_0000,
        },
        pair64: ONE_WORD,
        refused: Refused::None,
        min_rust: (1, 95),
        asm_gate: None,
        asm_bracket: NO_BRACKET,
        arity: arity_table::LINUX_POWERPC64,
        protos: proto_table::LINUX_POWERPC64,
        proto_variants: "",
    },
    Target {
        os: "linux",
        arch: "s390x",
        insn: "svc 0",
        // GCC's and LLVM's trap on s390: a branch into its own second halfword, an invalid
        // opcode (rustix `arch/s390x.rs` after `exit`).
        trap: "j .+2",
        nr_reg: "r1",
        nr_class: 0,
        args: ["r2", "r3", "r4", "r5", "r6", "r7"],
        ret: "r2",
        second: None,
        // `lmg %r0,%r15` from `pt_regs` on the way out: every register but r2 comes back.
        clobbers: &[],
        feature_clobbers: &[],
        // The PSW (condition code included) is the one saved by `svc`.
        preserves_flags: true,
        errors: ErrorConv::NegativeWord,
        pair64: ONE_WORD,
        refused: Refused::None,
        min_rust: (1, 84),
        asm_gate: None,
        asm_bracket: NO_BRACKET,
        arity: arity_table::LINUX_S390X,
        protos: proto_table::LINUX_S390X,
        proto_variants: "",
    },
    Target {
        os: "linux",
        arch: "mips64",
        insn: "syscall",
        // rustix's `arch/mips64.rs` trap after `exit`: a trap-if-equal that always traps.
        trap: "teq $zero, $zero",
        nr_reg: "$2",
        nr_class: 0,
        args: ["$4", "$5", "$6", "$7", "$8", "$9"],
        ret: "$2",
        second: None,
        // $3 (`sysm_pipe`'s second fd), $8-$15, $24, $25: see the module docs.
        clobbers: &[
            "$3", "$8", "$9", "$10", "$11", "$12", "$13", "$14", "$15", "$24", "$25",
        ],
        feature_clobbers: &[],
        // MIPS has no flags register (the Rust reference lists none for MIPS).
        preserves_flags: true,
        // scall64-n64.S: `sd t0, PT_R7(sp)`, t0 = 1 for an errno, 0 for success.
        errors: ErrorConv::FlagReg { reg: "$7" },
        pair64: ONE_WORD,
        refused: Refused::None,
        min_rust: (1, 85),
        asm_gate: Some("asm_experimental_arch"),
        // $1 kept in $25 across the trap: see the module docs.
        asm_bracket: (".set noat\nmove $25, $1", "move $1, $25\n.set at"),
        arity: arity_table::LINUX_MIPS64,
        protos: proto_table::LINUX_MIPS64,
        proto_variants: "",
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
        pair64: ONE_WORD,
        refused: Refused::None,
        min_rust: (1, 85),
        asm_gate: None,
        asm_bracket: NO_BRACKET,
        arity: arity_table::DARWIN,
        protos: "",
        proto_variants: "",
    },
    Target {
        os: "macos",
        arch: "x86_64",
        insn: "syscall",
        trap: "ud2",
        nr_reg: "rax",
        // XNU x86_64 takes the syscall class from rax: SYSCALL_CLASS_UNIX (2) << 24.
        nr_class: 0x200_0000,
        args: ["rdi", "rsi", "rdx", "r10", "r8", "r9"],
        ret: "rax",
        // `uu_rval[1]` on success (`pipe`'s second fd).
        second: Some("rdx"),
        // The instruction itself saves rip in rcx and rflags in r11.
        clobbers: &["rcx", "r11"],
        feature_clobbers: &[],
        // Carry set on error.
        preserves_flags: false,
        errors: ErrorConv::Carry {
            read: "setc {carry}",
            class: "reg_byte",
            ty: "u8",
        },
        pair64: ONE_WORD,
        refused: Refused::None,
        min_rust: (1, 85),
        asm_gate: None,
        asm_bracket: NO_BRACKET,
        arity: arity_table::DARWIN,
        protos: "",
        proto_variants: "",
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
        pair64: ONE_WORD,
        refused: Refused::None,
        min_rust: (1, 85),
        asm_gate: None,
        asm_bracket: NO_BRACKET,
        arity: arity_table::FREEBSD,
        protos: "",
        proto_variants: "",
    },
    Target {
        os: "freebsd",
        arch: "aarch64",
        insn: "svc 0",
        trap: "brk #0x1",
        nr_reg: "x8",
        nr_class: 0,
        args: ["x0", "x1", "x2", "x3", "x4", "x5"],
        ret: "x0",
        // `tf_x[1]` = `td_retval[1]` on success (`pipe`-style second result).
        second: Some("x1"),
        // The trap frame restores every other general register.
        clobbers: &[],
        feature_clobbers: &[("sve", AARCH64_SVE)],
        // NZCV: carry set on error.
        preserves_flags: false,
        errors: ErrorConv::Carry {
            read: "cset {carry:w}, cs",
            class: "reg",
            ty: "u32",
        },
        pair64: ONE_WORD,
        refused: Refused::None,
        min_rust: (1, 85),
        asm_gate: None,
        asm_bracket: NO_BRACKET,
        arity: arity_table::FREEBSD,
        protos: "",
        proto_variants: "",
    },
];

impl Target {
    /// The kernel's prototype of the syscall constant `name` on this row, if known.
    pub fn proto(&self, name: &str) -> Option<table::Params> {
        let variant = self
            .proto_variants
            .lines()
            .find(|l| table::variant_of(l) == Some((name, self.arch)));
        variant
            .or_else(|| table::find(self.protos, name))
            .map(table::params)
    }

    /// `all(target_os = "…", target_arch = "…")`: the `cfg` that selects this row.
    #[cfg(test)]
    pub fn cfg(&self) -> TokenStream {
        let (os, arch) = (self.os, self.arch);
        quote!(all(target_os = #os, target_arch = #arch))
    }

    /// The row's `asm!` variants: one per target feature in `feature_clobbers` (the row's
    /// clobbers plus that feature's) and one for none of them; or, for a row whose number
    /// register is refused under a target feature (`Refused::NumberViaScratch`), one with
    /// that feature (number through a scratch operand) and one without. A row with neither
    /// has one variant, its own `cfg`.
    #[cfg(test)]
    pub fn variants(&self) -> Vec<Variant> {
        let row = self.cfg();
        let plain = |cfg: TokenStream, clobbers: Vec<&'static str>| Variant {
            cfg,
            clobbers,
            nr_scratch: false,
        };
        if let Refused::NumberViaScratch { feature } = self.refused {
            return vec![
                Variant {
                    cfg: quote!(all(#row, target_feature = #feature)),
                    clobbers: self.clobbers.to_vec(),
                    nr_scratch: true,
                },
                plain(
                    quote!(all(#row, not(target_feature = #feature))),
                    self.clobbers.to_vec(),
                ),
            ];
        }
        if self.feature_clobbers.is_empty() {
            return vec![plain(row, self.clobbers.to_vec())];
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
            out.push(plain(cfg, clobbers));
        }
        out.push(plain(
            quote!(all(#row, not(any(#(target_feature = #features),*)))),
            self.clobbers.to_vec(),
        ));
        out
    }

    /// Where the declaration's parameters land on this row: one slot per argument
    /// register, in order. `params` are the parameters' word kinds.
    pub fn layout(&self, params: &[crate::ast::Words]) -> Vec<Slot> {
        use crate::ast::Words;
        let mut out = Vec::new();
        for (i, w) in params.iter().enumerate() {
            match w {
                Words::One => out.push(Slot::Word(i)),
                Words::Slice => {
                    out.push(Slot::Word(i));
                    out.push(Slot::Len(i));
                }
                Words::Pair if !self.pair64.split => out.push(Slot::Whole(i)),
                Words::Pair => {
                    if self.pair64.even && out.len() % 2 == 1 {
                        out.push(Slot::Pad);
                    }
                    if self.pair64.hi_first {
                        out.extend([Slot::Hi(i), Slot::Lo(i)]);
                    } else {
                        out.extend([Slot::Lo(i), Slot::Hi(i)]);
                    }
                }
            }
        }
        out
    }

    /// `linux arm`: the row's name in messages.
    pub fn name(&self) -> String {
        format!("{} {}", self.os, self.arch)
    }
}

/// One argument register of a declaration's layout on a row (`Target::layout`); the index
/// is the parameter's, among the passed ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// A one-word parameter, or a slice's pointer.
    Word(usize),
    /// A slice's length.
    Len(usize),
    /// A 64-bit integer in one word (64-bit rows).
    Whole(usize),
    /// The low half of a 64-bit integer (32-bit rows).
    Lo(usize),
    /// The high half of a 64-bit integer.
    Hi(usize),
    /// A zero word that aligns a pair to an even register.
    Pad,
}

/// `not(any(…))` over every row: the `cfg` of a target without a syscall convention.
#[cfg(test)] // rendered into zcall/src/arch.rs
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
