//! Codegen check: zcall's stubs really are inlined.
//!
//! Builds `bench/codegen-fixture` (a cdylib of `#[no_mangle]` functions, each calling one
//! zcall wrapper or primitive) in release mode into this test's own target directory,
//! disassembles it with binutils' `objdump`, and asserts for every `zcg_*` function that
//! its own code holds the trap instruction and calls no function at all (no call, no
//! tail-call jump to another symbol). A `zcg_control_*` function built with an
//! `#[inline(never)]` helper must be rejected by the same checker, so the check is known
//! to be able to fail.
//!
//! The machine checked is the host's, linux x86_64 (`syscall`), or with
//! `ZCALL_CODEGEN_TARGET=<triple>` a cross Linux target built by the host's cargo with
//! build-std (`RUSTC_BOOTSTRAP=1`, the target's linker from the environment, as
//! `scripts/cross.sh` sets it up) and disassembled by that target's binutils objdump
//! (`ZCALL_CODEGEN_OBJDUMP` overrides the name): i686 (`int $0x80`), armv7 (`svc 0`),
//! powerpc and powerpc64le (`sc`). Anywhere else every test prints `SKIP …` and returns.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

const HOST_SUPPORTED: bool = cfg!(all(target_os = "linux", target_arch = "x86_64"));

/// The instruction set whose disassembly is read: what the trap is, what a call and a
/// branch look like in objdump's output for it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Isa {
    X86_64,
    X86,
    Arm,
    PowerPc,
    /// powerpc64le (ELFv2): PowerPC's mnemonics, its own binutils.
    PowerPc64,
}

/// ARM condition codes: `bl<cc>` is a conditional call (while `ble`, `blt`, `bls` are
/// `b<cc>`, conditional branches).
const ARM_CONDS: &[&str] = &[
    "eq", "ne", "cs", "hs", "cc", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le",
    "al",
];

impl Isa {
    /// From a target triple's architecture; `None` for one the checker cannot read.
    fn of_triple(triple: &str) -> Option<Isa> {
        let arch = triple.split('-').next().unwrap_or("");
        Some(match arch {
            "x86_64" => Isa::X86_64,
            "i686" | "i586" => Isa::X86,
            a if a.starts_with("armv7") || a.starts_with("thumbv7") => Isa::Arm,
            "powerpc" => Isa::PowerPc,
            "powerpc64le" => Isa::PowerPc64,
            _ => return None,
        })
    }

    /// objdump's default name for the target's binutils.
    fn objdump(self) -> &'static str {
        match self {
            Isa::X86_64 => "objdump",
            Isa::X86 => "i686-linux-gnu-objdump",
            Isa::Arm => "arm-linux-gnueabihf-objdump",
            Isa::PowerPc => "powerpc-linux-gnu-objdump",
            Isa::PowerPc64 => "powerpc64le-linux-gnu-objdump",
        }
    }

    /// The trap into the kernel, as the rows of zcall-macros/src/target.rs emit it.
    fn trap(self) -> &'static str {
        match self {
            Isa::X86_64 => "syscall",
            Isa::X86 => "int $0x80",
            Isa::Arm => "svc 0",
            Isa::PowerPc | Isa::PowerPc64 => "sc",
        }
    }

    fn is_trap(self, m: &str, ops: &str) -> bool {
        match self {
            Isa::X86_64 => m == "syscall",
            Isa::X86 => m == "int" && ops == "$0x80",
            // objdump prints the immediate as `0x00000000`
            Isa::Arm => {
                m == "svc"
                    && ops
                        .trim_start_matches("0x")
                        .trim_start_matches('0')
                        .is_empty()
            }
            Isa::PowerPc | Isa::PowerPc64 => m == "sc",
        }
    }

    /// The mnemonic without Thumb's width suffix or PowerPC's branch-prediction hint.
    fn base(self, m: &str) -> &str {
        match self {
            Isa::Arm => m
                .strip_suffix(".w")
                .or_else(|| m.strip_suffix(".n"))
                .unwrap_or(m),
            Isa::PowerPc | Isa::PowerPc64 => m.trim_end_matches(['+', '-']),
            _ => m,
        }
    }

    /// A call: it returns here, so anything it names is code outside this function
    /// (unless it names this function itself: i686's and PowerPC's get-the-PC idioms).
    fn is_call(self, m: &str) -> bool {
        let m = self.base(m);
        match self {
            Isa::X86_64 | Isa::X86 => m.starts_with("call"),
            Isa::Arm => {
                m == "bl"
                    || m.starts_with("blx")
                    || (m.len() == 4 && m.starts_with("bl") && ARM_CONDS.contains(&&m[2..]))
            }
            // the link forms: bl, bla, bctrl, bcl, blrl, bnel …
            Isa::PowerPc | Isa::PowerPc64 => m.starts_with('b') && m.ends_with('l'),
        }
    }

    /// A jump (any branch that is not a call): it leaves the function if it names another
    /// symbol.
    fn is_jump(self, m: &str) -> bool {
        let m = self.base(m);
        match self {
            Isa::X86_64 | Isa::X86 => m.starts_with('j'),
            Isa::Arm => {
                m.starts_with('b')
                    && !self.is_call(m)
                    && !matches!(m, "bic" | "bics" | "bfi" | "bfc" | "bkpt")
            }
            Isa::PowerPc | Isa::PowerPc64 => m.starts_with('b') && !self.is_call(m),
        }
    }

    /// A compare or conditional branch (what an error decode is made of).
    fn is_decode(self, m: &str) -> bool {
        let m = self.base(m);
        match self {
            Isa::X86_64 | Isa::X86 => m.starts_with("cmp") || (m.starts_with('j') && m != "jmp"),
            Isa::Arm => {
                m.starts_with("cmp")
                    || m.starts_with("cmn")
                    || (self.is_jump(m) && m != "b" && !m.starts_with("bx"))
            }
            // (`mfcr`, which copies cr0.SO out right after `sc`, is the row's trap sequence,
            // as `setc` is FreeBSD's; only what tests the copy decodes.)
            Isa::PowerPc | Isa::PowerPc64 => {
                m.starts_with("cmp")
                    || m.starts_with("rlwinm")
                    || m.starts_with("andis")
                    || (self.is_jump(m) && m != "b" && m != "blr")
            }
        }
    }
}

/// Where the check looks: the triple built for (`None`: the host) and its ISA.
struct Machine {
    triple: Option<String>,
    isa: Isa,
}

/// The machine to check, or why there is none here.
fn machine() -> Result<Machine, String> {
    if !HOST_SUPPORTED {
        return Err(
            "the codegen check runs on a linux x86_64 host (ZCALL_CODEGEN_TARGET \
                    names a cross target); this is not one"
                .into(),
        );
    }
    match std::env::var("ZCALL_CODEGEN_TARGET") {
        Ok(t) if !t.is_empty() => match Isa::of_triple(&t) {
            Some(isa) => Ok(Machine {
                triple: Some(t),
                isa,
            }),
            None => Err(format!(
                "ZCALL_CODEGEN_TARGET={t}: no reader for its disassembly"
            )),
        },
        _ => Ok(Machine {
            triple: None,
            isa: Isa::X86_64,
        }),
    }
}

/// A call from a fixture function that is expected, with the reason: (ISAs it applies
/// to, function, callee substring, why). Only these are tolerated, and each must actually
/// be present — if zcall stops needing one, the test says so.
const KNOWN_CALLS: &[(&[Isa], &str, &str, &str)] = &[
    // On x86_64 every checked wrapper is fully inlined. (`Result<OwnedFd, Errno>` returns
    // once kept std's cold `fd != -1` check, a call into the panic machinery; zcall's
    // `FromWord for OwnedFd` now tells the compiler a valid fd is never -1.)
    (
        &[Isa::Arm, Isa::PowerPc],
        "zcg_fstat",
        "memset",
        "fstat is statx on 32-bit targets, into a zeroed 256-byte `Statx` (`Statx::default()`), \
         which LLVM clears with a call to memset here (i686 inlines it); the syscall is inline",
    ),
];

/// One disassembled function: (mnemonic, operands) per instruction.
type Func = Vec<(String, String)>;

struct Disasm {
    isa: Isa,
    funcs: HashMap<String, Func>,
    /// GOT slot address -> name of what it points to (from the dynamic relocations and
    /// the symbol table), to name the target of `call *slot(%rip)`.
    got: HashMap<u64, String>,
}

fn skip(test: &str) -> bool {
    match machine() {
        Ok(_) => false,
        Err(why) => {
            eprintln!("SKIP {test}: {why}");
            true
        }
    }
}

fn run(cmd: &mut Command) -> Result<String, String> {
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{cmd:?} failed ({}):\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn build_and_disassemble() -> Result<Disasm, String> {
    let m = machine()?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("bench/ has a parent")
        .to_path_buf();
    let target_dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("codegen-fixture");
    // The fixture's own target dir: the outer `cargo test` holds the lock on the usual
    // one. Flags from the environment (coverage, sanitizers, -Copt-level, the cross
    // targets' crt-static, which drops a cdylib) would change what is checked, so the
    // nested build runs without them.
    let mut cargo = Command::new(env!("CARGO"));
    cargo
        .arg("build")
        .arg("--quiet")
        .arg("--release")
        .args(["-p", "zcall-codegen-fixture"])
        .arg("--manifest-path")
        .arg(root.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR");
    let so = match &m.triple {
        None => target_dir.join("release/libzcall_codegen_fixture.so"),
        Some(t) => {
            // the target's std built from source, as scripts/cross.sh builds it
            let up = t.to_uppercase().replace('-', "_");
            cargo
                .args(["--target", t, "-Zbuild-std=std,panic_unwind"])
                .env("RUSTC_BOOTSTRAP", "1")
                .env_remove("CARGO_UNSTABLE_BUILD_STD")
                .env_remove(format!("CARGO_TARGET_{up}_RUSTFLAGS"));
            target_dir
                .join(t)
                .join("release/libzcall_codegen_fixture.so")
        }
    };
    run(&mut cargo)?;
    let objdump =
        std::env::var("ZCALL_CODEGEN_OBJDUMP").unwrap_or_else(|_| m.isa.objdump().to_string());
    println!(
        "codegen: {} ({:?}, trap `{}`), disassembled by {objdump}",
        m.triple
            .as_deref()
            .unwrap_or("host x86_64-unknown-linux-gnu"),
        m.isa,
        m.isa.trap()
    );

    let text = run(Command::new(&objdump)
        .args(["-d", "-C", "--no-show-raw-insn"])
        .arg(&so))
    .map_err(|e| format!("{e}\n(objdump is binutils: apt-get install binutils, or the target's binutils-<triple>)"))?;
    let mut funcs = HashMap::new();
    let mut current: Option<(String, Func)> = None;
    for line in text.lines() {
        // "0000000000011c00 <zcg_read>:"
        if let Some(name) = line
            .strip_suffix(">:")
            .and_then(|l| l.split_once(" <"))
            .map(|(_, n)| n.to_string())
        {
            if let Some((n, f)) = current.take() {
                funcs.insert(n, f);
            }
            current = Some((name, Vec::new()));
            continue;
        }
        // "   11c16:\tsyscall" / "   11c1e:\tjbe    11c45 <zcg_read+0x45>"
        let Some((_, insn)) = line.split_once(":\t") else {
            continue;
        };
        let mut parts = insn.trim().splitn(2, char::is_whitespace);
        let mnemonic = parts.next().unwrap_or("").to_string();
        let operands = parts.next().unwrap_or("").trim().to_string();
        if let Some((_, f)) = current.as_mut() {
            f.push((mnemonic, operands));
        }
    }
    if let Some((n, f)) = current.take() {
        funcs.insert(n, f);
    }

    // GOT slots: "000000000004c8c0 R_X86_64_RELATIVE  *ABS*+0x0000000000047370" or
    // "... R_X86_64_GLOB_DAT  name@...". Only x86_64 names a slot in its operands.
    let nm = objdump.replace("objdump", "nm");
    let symbols: HashMap<u64, String> = run(Command::new(&nm).arg("-C").arg(&so))?
        .lines()
        .filter_map(|l| {
            let mut p = l.splitn(3, ' ');
            let addr = u64::from_str_radix(p.next()?, 16).ok()?;
            let _kind = p.next()?;
            Some((addr, p.next()?.to_string()))
        })
        .collect();
    let mut got = HashMap::new();
    for l in run(Command::new(&objdump).arg("-R").arg("-C").arg(&so))?.lines() {
        let f: Vec<&str> = l.split_whitespace().collect();
        if f.len() < 3 {
            continue;
        }
        let Ok(slot) = u64::from_str_radix(f[0], 16) else {
            continue;
        };
        let target = f[2..].join(" ");
        let name = match target.strip_prefix("*ABS*+0x") {
            Some(hex) => u64::from_str_radix(hex, 16)
                .ok()
                .and_then(|a| symbols.get(&a).cloned())
                .unwrap_or(target),
            None => target,
        };
        got.insert(slot, name);
    }
    Ok(Disasm {
        isa: m.isa,
        funcs,
        got,
    })
}

fn disasm() -> &'static Disasm {
    static D: OnceLock<Result<Disasm, String>> = OnceLock::new();
    match D.get_or_init(build_and_disassemble) {
        Ok(d) => d,
        Err(e) => panic!("building or disassembling the fixture failed:\n{e}"),
    }
}

/// Every call (or tail call) out of `name`, with its target as objdump names it.
fn calls_out(d: &Disasm, name: &str) -> Result<Vec<String>, String> {
    let f = d.funcs.get(name).ok_or_else(|| {
        format!("{name} is not in the fixture's disassembly (merged or renamed?)")
    })?;
    let own = format!("<{name}+");
    let own_whole = format!("<{name}>");
    let names_own = |ops: &str| ops.contains(&own) || ops.contains(&own_whole);
    let names_other = |ops: &str| ops.contains('<') && !names_own(ops);
    let mut out = Vec::new();
    for (m, ops) in f {
        // A call that names this function is a get-the-PC idiom (i686 `call next; pop`,
        // PowerPC `bcl 20,31,next`), not a call.
        let is_call = d.isa.is_call(m) && !names_own(ops);
        // A jump leaving the function: a direct one to another symbol, or an indirect
        // one through memory (an x86_64 GOT tail call). Register-indirect jumps are jump
        // tables.
        let is_tail = d.isa.is_jump(m)
            && (names_other(ops)
                || (d.isa == Isa::X86_64 && ops.starts_with('*') && ops.contains("(%rip)")));
        if !(is_call || is_tail) {
            continue;
        }
        // Name an indirect target through the GOT: "*0x3abeb(%rip)        # 4c8c0 <…>".
        let target = ops
            .split_once("# ")
            .and_then(|(_, c)| c.split_whitespace().next())
            .and_then(|a| u64::from_str_radix(a, 16).ok())
            .and_then(|slot| d.got.get(&slot).cloned())
            .unwrap_or_else(|| ops.clone());
        out.push(format!("{m} {target}"));
    }
    Ok(out)
}

/// The check: the trap inline, and no call other than the known ones for `name`.
fn check(name: &str) -> Result<String, String> {
    let d = disasm();
    let f = &d.funcs.get(name).ok_or(format!("{name} not found"))?;
    let mut problems = Vec::new();
    let trap = d.isa.trap();
    if !f.iter().any(|(m, ops)| d.isa.is_trap(m, ops)) {
        problems.push(format!("no `{trap}` instruction in its own code"));
    }
    let calls = calls_out(d, name)?;
    let known: Vec<&(&[Isa], &str, &str, &str)> = KNOWN_CALLS
        .iter()
        .filter(|(isas, f, _, _)| *f == name && isas.contains(&d.isa))
        .collect();
    let unexpected: Vec<&String> = calls
        .iter()
        .filter(|c| !known.iter().any(|(_, _, callee, _)| c.contains(callee)))
        .collect();
    if !unexpected.is_empty() {
        problems.push(format!(
            "the stub was not fully inlined; it calls {unexpected:?}"
        ));
    }
    for (_, _, callee, why) in &known {
        if !calls.iter().any(|c| c.contains(callee)) {
            problems.push(format!(
                "the known call to {callee} is gone — remove it from KNOWN_CALLS \
                 (it was there because: {why})"
            ));
        }
    }
    if !problems.is_empty() {
        return Err(format!("{name} ({:?}): {}", d.isa, problems.join("; ")));
    }
    let n = f
        .iter()
        .filter(|(m, _)| m != "int3" && m != "nop" && m != ".word")
        .count();
    let mut summary = format!("{name} ({:?}): {n} instructions, `{trap}` inline", d.isa);
    for (_, _, callee, why) in known {
        summary += &format!("; known call to {callee}: {why}");
    }
    Ok(summary)
}

macro_rules! inlined {
    ($($test:ident: $func:literal;)*) => {$(
        #[test]
        fn $test() {
            if skip(stringify!($test)) {
                return;
            }
            match check($func) {
                Ok(s) => println!("{s}"),
                Err(e) => panic!("{e}"),
            }
        }
    )*};
}

inlined! {
    read_is_inlined: "zcg_read";
    write_is_inlined: "zcg_write";
    getpid_is_inlined: "zcg_getpid";
    close_is_inlined: "zcg_close";
    close_owned_is_inlined: "zcg_close_owned";
    socket_is_inlined: "zcg_socket";
    syscall6_is_inlined: "zcg_syscall6";
    io_uring_enter_is_inlined: "zcg_io_uring_enter";
    errno_match_is_inlined: "zcg_write_errno_match";
    readv_is_inlined: "zcg_readv";
    preadv2_is_inlined: "zcg_preadv2";
    epoll_pwait_is_inlined: "zcg_epoll_pwait";
    epoll_ctl_add_is_inlined: "zcg_epoll_ctl_add";
    ppoll_is_inlined: "zcg_ppoll";
    openat_is_inlined: "zcg_openat";
    fstat_is_inlined: "zcg_fstat";
    fcntl_is_inlined: "zcg_fcntl_getfl";
    pread_is_inlined: "zcg_pread";
}

#[test]
fn getpid_has_no_error_decode() {
    if skip("getpid_has_no_error_decode") {
        return;
    }
    // getpid cannot fail: its stub returns the word, so nothing compares it with -4095
    // (or reads PowerPC's cr0.SO).
    let d = disasm();
    let f = &d.funcs["zcg_getpid"];
    assert!(
        f.iter().all(|(m, _)| !d.isa.is_decode(m)),
        "zcg_getpid decodes something: {f:?}"
    );
    // PowerPC's flag copy goes to r12, a register the kernel clobbers anyway: no register
    // of the caller's is saved for it (no stack frame at all).
    // (objdump counts the padding after `blr` up to the next function, `nop`s on
    // powerpc64le, as the function's: left out.)
    if matches!(d.isa, Isa::PowerPc | Isa::PowerPc64) {
        let mut mnemonics: Vec<&str> = f.iter().map(|(m, _)| d.isa.base(m)).collect();
        while mnemonics.last() == Some(&"nop") {
            mnemonics.pop();
        }
        assert_eq!(
            mnemonics,
            ["li", "sc", "mfcr", "blr"],
            "zcg_getpid on {:?}: {f:?}",
            d.isa
        );
    }
}

#[test]
fn checker_rejects_an_outlined_helper() {
    if skip("checker_rejects_an_outlined_helper") {
        return;
    }
    let err = check("zcg_control_outlined").expect_err("the negative control must fail the check");
    assert!(
        err.contains("not fully inlined") && err.contains("outlined_getpid"),
        "rejected for the wrong reason: {err}"
    );
    println!("negative control rejected as it must be: {err}");
}
