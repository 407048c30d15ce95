//! A program with no libc at all: its own `_start`, no C runtime, every syscall through
//! zcall (built without `std`), the clock through the vDSO found from the auxiliary vector
//! on its own stack.
//!
//! It prints a greeting, `argc`, `argv[1]` if given, `$ZCALL_GREETING` if set, and a clock
//! reading with the path it took (`vdso` or `syscall`), then exits with status `argc`
//! (through exit_group). `tests/tests/nolibc.rs` builds it, runs it and checks all that,
//! and that the file is static with no interpreter and no `DT_NEEDED`.
//!
//! # Building
//!
//! ```text
//! RUSTFLAGS="-C panic=abort -C relocation-model=static" \
//!     cargo build -p zcall-nolibc --features executable --target <triple> [--release]
//! ```
//!
//! and for a `*-linux-musl` triple, `-C link-self-contained=no` added to those RUSTFLAGS:
//!
//! ```text
//! RUSTFLAGS="-C panic=abort -C relocation-model=static -C link-self-contained=no" \
//!     cargo build -p zcall-nolibc --features executable --target x86_64-unknown-linux-musl
//! ```
//!
//! - `--target` is required: with it, RUSTFLAGS reach only the target's crates, not the
//!   host's build scripts and proc macros (zcall-macros).
//! - `-C panic=abort`: without std there is no unwinder, and a `no_std` binary built with
//!   `panic=unwind` (the default of the dev/test profiles) is rejected ("unwinding panics
//!   are not supported without std"). Profiles are workspace-wide and `panic` cannot be set
//!   per package, so the flag comes through RUSTFLAGS for this one build (the test puts it
//!   after the flags already in the environment, and uses its own target directory); the
//!   `executable` feature keeps the binary out of ordinary workspace builds (`cargo build`,
//!   `cargo test --workspace`, clippy), which use `panic=unwind`. The panic handler below
//!   writes the message to stderr and calls exit_group(101): nothing unwinds, so the
//!   `eh_personality` lang item is not needed.
//! - Linking (`build.rs`): `-nostartfiles -nostdlib -static -no-pie` — no crt objects, no
//!   libc or libgcc, a static non-PIE executable, so nothing needs a dynamic loader or
//!   relocating at start-up. `-C relocation-model=static` makes every crate this build
//!   compiles non-PIC (RUSTFLAGS reach the whole crate graph for the target: this crate
//!   and zcall); only the precompiled sysroot (`core`, `compiler_builtins`) stays PIC,
//!   which links fine into a non-PIE executable.
//! - `-C link-self-contained=no`, musl targets only: rustc links musl programs with its own
//!   copies of the C runtime start files (`crt1.o`, `crti.o` …), named on the linker's
//!   command line, where `-nostartfiles` does not remove them — `crt1.o` brings a second
//!   `_start` that calls into libc. `no` leaves them out. Not on gnu targets: there it also
//!   turns off the self-contained `rust-lld` rustc links with, and the link fails.
//! - Whole crate graph with `panic=abort`: passing the flag to this crate alone (`cargo
//!   rustc -- -C panic=abort`) leaves landing pads calling `_Unwind_Resume` in zcall.
//! - The C functions the compiler and `core` call (`memcpy`, `memmove`, `memset`, `memcmp`,
//!   `bcmp`, `strlen`) are defined below: with no libc, nobody else provides them (the
//!   precompiled `compiler_builtins` of `*-linux-*` targets leaves them to libc).
//!   The precompiled `core` was built with `panic=unwind`, so its unwind tables name
//!   `rust_eh_personality`; a stub satisfies the linker and is never called, because
//!   nothing unwinds.
#![no_std]
#![no_main]
// The C library functions below must not be compiled into calls of themselves.
#![no_builtins]
#![deny(unsafe_op_in_unsafe_fn)]
#![warn(clippy::undocumented_unsafe_blocks)]
// mips64: `global_asm!` (the `_start` below) is behind `asm_experimental_arch` there, as
// `asm!` is; zcall's own stubs need nothing here (zcall allows the feature in its macro).
#![cfg_attr(target_arch = "mips64", feature(asm_experimental_arch))]

#[cfg(not(all(
    target_os = "linux",
    any(
        target_arch = "x86_64",
        target_arch = "aarch64",
        target_arch = "riscv64",
        target_arch = "loongarch64",
        target_arch = "x86",
        target_arch = "arm",
        target_arch = "powerpc",
        target_arch = "s390x",
        all(target_arch = "powerpc64", target_endian = "little"),
        target_arch = "mips64"
    )
)))]
compile_error!(
    "zcall-nolibc has a _start for Linux on x86_64, aarch64, riscv64, loongarch64, x86, arm, \
     powerpc, s390x, powerpc64le and mips64 only"
);

use core::fmt::Write;

use zcall::consts::{CLOCK_MONOTONIC, CLOCK_REALTIME};
use zcall_nolibc::{exit_group, InitialStack, Out};

// The entry point. The kernel starts the process here with the initial stack at sp (see
// `InitialStack`) and nothing else set up: clear the frame pointer (and return address)
// so backtraces end here, pass sp as the first argument, align the stack to 16 bytes as
// the C ABI requires at a call, and call into Rust, which never returns.
#[cfg(target_arch = "x86_64")]
core::arch::global_asm!(
    ".globl _start",
    ".type _start, @function",
    "_start:",
    "xor ebp, ebp",
    "mov rdi, rsp",
    "and rsp, -16",
    "call {entry}",
    "ud2",
    ".size _start, . - _start",
    entry = sym start_rust,
);

#[cfg(target_arch = "aarch64")]
core::arch::global_asm!(
    ".globl _start",
    ".type _start, %function",
    "_start:",
    "mov x29, xzr",
    "mov x30, xzr",
    "mov x0, sp",
    "and sp, x0, #-16",
    "bl {entry}",
    "brk #0",
    ".size _start, . - _start",
    entry = sym start_rust,
);

// riscv64 also sets gp: the linker relaxes accesses near `__global_pointer$` into
// gp-relative ones, which the C runtime's start-up code would otherwise have set up.
#[cfg(target_arch = "riscv64")]
core::arch::global_asm!(
    ".globl _start",
    ".type _start, @function",
    "_start:",
    ".option push",
    ".option norelax",
    "lla gp, __global_pointer$",
    ".option pop",
    "li fp, 0",
    "li ra, 0",
    "mv a0, sp",
    "andi sp, sp, -16",
    "call {entry}",
    "unimp",
    ".size _start, . - _start",
    entry = sym start_rust,
);

#[cfg(target_arch = "loongarch64")]
core::arch::global_asm!(
    ".globl _start",
    ".type _start, @function",
    "_start:",
    "move $fp, $zero",
    "move $ra, $zero",
    "move $a0, $sp",
    "bstrins.d $sp, $zero, 3, 0",
    "bl {entry}",
    "break 0",
    ".size _start, . - _start",
    entry = sym start_rust,
);

// i386: the argument goes on the stack, which must be 16-aligned at the call (the i386
// psABI's rule since GCC 4.5): align, then 12 bytes and the pushed argument.
#[cfg(target_arch = "x86")]
core::arch::global_asm!(
    ".globl _start",
    ".type _start, @function",
    "_start:",
    "xor ebp, ebp",
    "mov eax, esp",
    "and esp, -16",
    "sub esp, 12",
    "push eax",
    "call {entry}",
    "ud2",
    ".size _start, . - _start",
    entry = sym start_rust,
);

// arm (A32): fp (r11) and lr cleared, the stack 8-aligned as AAPCS requires (16 here).
#[cfg(target_arch = "arm")]
core::arch::global_asm!(
    ".globl _start",
    ".type _start, %function",
    "_start:",
    "mov fp, #0",
    "mov lr, #0",
    "mov r0, sp",
    "bic r1, r0, #15",
    "mov sp, r1",
    "bl {entry}",
    "udf #16",
    ".size _start, . - _start",
    entry = sym start_rust,
);

// powerpc (32-bit): the argument in r3; a 16-aligned stack with an empty frame whose back
// chain word (0(r1)) is null, as the SysV PowerPC ABI's first frame has, and lr cleared.
#[cfg(target_arch = "powerpc")]
core::arch::global_asm!(
    ".globl _start",
    ".type _start, @function",
    "_start:",
    "mr 3, 1",
    "clrrwi 1, 1, 4",
    "li 0, 0",
    "stwu 1, -16(1)",
    "stw 0, 0(1)",
    "mtlr 0",
    "bl {entry}",
    "trap",
    ".size _start, . - _start",
    entry = sym start_rust,
);

// s390x: the initial stack pointer is r15; the argument goes in r2. The s390x ELF ABI
// wants an 8-aligned stack (16 here, as glibc's `_start` makes it) and, at a call, the
// caller's 160-byte register save area at 0(%r15), whose first word, the back chain, is
// null in the first frame; r14, the return address, is set by `brasl`.
#[cfg(target_arch = "s390x")]
core::arch::global_asm!(
    ".globl _start",
    ".type _start, @function",
    "_start:",
    "lgr %r2, %r15",
    "lghi %r0, -16",
    "ngr %r15, %r0",
    "aghi %r15, -160",
    "xc 0(8,%r15), 0(%r15)",
    "brasl %r14, {entry}",
    "j .+2",
    ".size _start, . - _start",
    entry = sym start_rust,
);

// powerpc64le (ELFv2): the TOC pointer r2 first (the code reaches its data through it),
// from this code's own address (`bcl 20, 31` is the get-the-PC idiom: lr = the next
// instruction; r12 is not relied on at process entry) and the linker's `.TOC.`; then, as
// on powerpc, the argument in r3 and a 16-aligned stack with an empty frame, here the ELFv2
// minimum of 32 bytes, whose back chain word is null, and lr cleared. The `nop` after the
// call is the slot the linker may turn into a TOC restore.
#[cfg(all(target_arch = "powerpc64", target_endian = "little"))]
core::arch::global_asm!(
    ".globl _start",
    ".type _start, @function",
    "_start:",
    "bcl 20, 31, 1f",
    "1:",
    "mflr 12",
    "addis 2, 12, (.TOC. - 1b)@ha",
    "addi 2, 2, (.TOC. - 1b)@l",
    "mr 3, 1",
    "clrrdi 1, 1, 4",
    "li 0, 0",
    "stdu 0, -32(1)",
    "mtlr 0",
    "bl {entry}",
    "nop",
    "trap",
    ".size _start, . - _start",
    entry = sym start_rust,
);

// mips64 (n64): the argument in $4 (a0), $30 (fp) and $31 (ra) cleared, the stack 16-aligned
// (the n64 ABI's alignment; n64 callers reserve no argument save area), and the call made
// through $25 (t9), the register a MIPS function's own `$gp` set-up reads its address from
// where it is position-independent (the precompiled `core` is). The program is linked
// non-PIE (build.rs), so `dla` loads the absolute address.
// `.text` first: LLVM's MIPS module-level assembly starts in the section its file prologue
// left current (`.mdebug.abi64`, not allocated), where `_start` would be dropped. GNU ld's
// default entry on MIPS is `__start` (not `_start`): the same address carries both names,
// or the linker, with nothing reachable from its entry, collects every section.
#[cfg(target_arch = "mips64")]
core::arch::global_asm!(
    ".text",
    ".globl _start",
    ".globl __start",
    ".type _start, @function",
    "_start:",
    "__start:",
    "move $30, $zero",
    "move $31, $zero",
    "move $4, $sp",
    "daddiu $12, $zero, -16",
    "and $sp, $sp, $12",
    "dla $25, {entry}",
    "jalr $25",
    "teq $zero, $zero",
    ".size _start, . - _start",
    entry = sym start_rust,
);

/// Called by `_start` with the kernel's initial stack pointer.
///
/// # Safety
///
/// `sp` is the initial stack pointer of the process (only `_start` calls this).
unsafe extern "C" fn start_rust(sp: *const usize) -> ! {
    // SAFETY: `_start` passes the kernel's initial stack pointer, and nothing ever writes
    // to the words or strings above it.
    let stack = unsafe { InitialStack::from_sp(sp) };
    exit_group(main(&stack))
}

/// The program: returns the exit status.
fn main(stack: &InitialStack) -> i32 {
    let mut out = Out::stdout();
    // Output errors (a closed stdout) cannot be reported anywhere better: ignore them,
    // the exit status still tells.
    let _ = run(stack, &mut out);
    stack.argc() as i32
}

fn run(stack: &InitialStack, out: &mut Out) -> core::fmt::Result {
    writeln!(
        out,
        "hello from zcall-nolibc: no libc, no C runtime, only zcall"
    )?;
    writeln!(out, "argc={}", stack.argc())?;
    if let Some(arg) = stack.arg(1) {
        out.write_str("argv[1]=")?;
        out.write_bytes(arg.to_bytes())
            .map_err(|_| core::fmt::Error)?;
        out.write_str("\n")?;
    }
    match stack.var(b"ZCALL_GREETING") {
        Some(v) => {
            out.write_str("ZCALL_GREETING=")?;
            out.write_bytes(v).map_err(|_| core::fmt::Error)?;
            out.write_str("\n")?;
        }
        None => writeln!(out, "ZCALL_GREETING is not set")?,
    }

    // SAFETY: the auxiliary vector is this process's own, from the kernel's stack.
    let found = unsafe { zcall::vdso::init_from_auxv(stack.auxv()) };
    let source = zcall::vdso::clock_gettime_source();
    let (t1, t2) = (
        zcall::vdso::clock_gettime(CLOCK_MONOTONIC),
        zcall::vdso::clock_gettime(CLOCK_MONOTONIC),
    );
    let monotonic_ok =
        matches!((t1, t2), (Ok(a), Ok(b)) if (b.tv_sec, b.tv_nsec) >= (a.tv_sec, a.tv_nsec));
    writeln!(
        out,
        "vdso={} clock_gettime source={source} monotonic_ok={monotonic_ok}",
        if found { "found" } else { "absent" },
    )?;
    match zcall::vdso::clock_gettime(CLOCK_REALTIME) {
        Ok(t) => writeln!(out, "realtime={}.{:09}", t.tv_sec, t.tv_nsec),
        Err(e) => writeln!(out, "realtime error {}", e.raw()),
    }
}

// --- what libc would provide -------------------------------------------------------------

/// memcpy(3), for the compiler and `core`.
///
/// # Safety
///
/// `src` and `dst` are valid for `n` bytes and do not overlap.
#[no_mangle]
unsafe extern "C" fn memcpy(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    for i in 0..n {
        // SAFETY: i < n, inside both buffers (caller's promise).
        unsafe { *dst.add(i) = *src.add(i) };
    }
    dst
}

/// memmove(3): like memcpy, the buffers may overlap.
///
/// # Safety
///
/// `src` and `dst` are valid for `n` bytes.
#[no_mangle]
unsafe extern "C" fn memmove(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    if (dst as usize) <= (src as usize) {
        for i in 0..n {
            // SAFETY: i < n; going up, each source byte is read before it is overwritten.
            unsafe { *dst.add(i) = *src.add(i) };
        }
    } else {
        for i in (0..n).rev() {
            // SAFETY: i < n; going down, each source byte is read before it is overwritten.
            unsafe { *dst.add(i) = *src.add(i) };
        }
    }
    dst
}

/// memset(3).
///
/// # Safety
///
/// `dst` is valid for `n` bytes.
#[no_mangle]
unsafe extern "C" fn memset(dst: *mut u8, c: i32, n: usize) -> *mut u8 {
    for i in 0..n {
        // SAFETY: i < n, inside the buffer.
        unsafe { *dst.add(i) = c as u8 };
    }
    dst
}

/// memcmp(3).
///
/// # Safety
///
/// `a` and `b` are valid for `n` bytes.
#[no_mangle]
unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    for i in 0..n {
        // SAFETY: i < n, inside both buffers.
        let (x, y) = unsafe { (*a.add(i), *b.add(i)) };
        if x != y {
            return i32::from(x) - i32::from(y);
        }
    }
    0
}

/// bcmp(3): zero when equal.
///
/// # Safety
///
/// `a` and `b` are valid for `n` bytes.
#[no_mangle]
unsafe extern "C" fn bcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    // SAFETY: forwarded.
    unsafe { memcmp(a, b, n) }
}

/// strlen(3), for `CStr::from_ptr`.
///
/// # Safety
///
/// `s` is a NUL-terminated string.
#[no_mangle]
unsafe extern "C" fn strlen(s: *const u8) -> usize {
    let mut n = 0;
    // SAFETY: every byte up to the NUL is part of the string.
    while unsafe { *s.add(n) } != 0 {
        n += 1;
    }
    n
}

/// Named by the unwind tables of the precompiled `core` (built with `panic=unwind`); never
/// called, since with `panic=abort` nothing unwinds. Ends the process if it ever were.
#[no_mangle]
extern "C" fn rust_eh_personality() {
    exit_group(134)
}

/// ARM EHABI's personality routines, named by the `.ARM.exidx` unwind index entries the
/// compiler emits even with `panic=abort` (ARM IHI 0038, "Exception Handling ABI for the
/// Arm Architecture", §6: `__aeabi_unwind_cpp_pr0`–`pr2`); libgcc would provide them.
/// Never called, since nothing unwinds; each ends the process if it ever were.
#[cfg(target_arch = "arm")]
#[no_mangle]
extern "C" fn __aeabi_unwind_cpp_pr0() {
    exit_group(134)
}

/// See [`__aeabi_unwind_cpp_pr0`].
#[cfg(target_arch = "arm")]
#[no_mangle]
extern "C" fn __aeabi_unwind_cpp_pr1() {
    exit_group(134)
}

/// See [`__aeabi_unwind_cpp_pr0`].
#[cfg(target_arch = "arm")]
#[no_mangle]
extern "C" fn __aeabi_unwind_cpp_pr2() {
    exit_group(134)
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo<'_>) -> ! {
    let _ = writeln!(Out::stderr(), "zcall-nolibc: {info}");
    exit_group(101)
}
