//! Codegen check: zcall's stubs really are inlined.
//!
//! Builds `bench/codegen-fixture` (a cdylib of `#[no_mangle]` functions, each calling one
//! zcall wrapper or primitive) in release mode into this test's own target directory,
//! disassembles it with binutils' `objdump`, and asserts for every `zcg_*` function that
//! its own code holds the `syscall` instruction and calls no function at all (no `call`,
//! no tail-call `jmp` to another symbol). A `zcg_control_*` function built with an
//! `#[inline(never)]` helper must be rejected by the same checker, so the check is known
//! to be able to fail.
//!
//! x86_64 Linux only (the instruction names are x86's); elsewhere every test prints
//! `SKIP …` and returns.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

const SUPPORTED: bool = cfg!(all(target_os = "linux", target_arch = "x86_64"));

/// A call from a fixture function that is expected, with the reason. Only these
/// (function, callee substring) pairs are tolerated, and each must actually be present —
/// if zcall stops needing one, the test says so.
const KNOWN_CALLS: &[(&str, &str, &str)] = &[
    // Empty: every checked wrapper is fully inlined. (`Result<OwnedFd, Errno>` returns once
    // kept std's cold `fd != -1` check, a call into the panic machinery; zcall's
    // `FromWord for OwnedFd` now tells the compiler a valid fd is never -1.)
];

/// One disassembled function: (mnemonic, operands) per instruction.
type Func = Vec<(String, String)>;

struct Disasm {
    funcs: HashMap<String, Func>,
    /// GOT slot address -> name of what it points to (from the dynamic relocations and
    /// the symbol table), to name the target of `call *slot(%rip)`.
    got: HashMap<u64, String>,
}

fn skip(test: &str) -> bool {
    if !SUPPORTED {
        eprintln!(
            "SKIP {test}: the codegen check reads x86_64 disassembly; this is not linux x86_64"
        );
        return true;
    }
    false
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
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("bench/ has a parent")
        .to_path_buf();
    let target_dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("codegen-fixture");
    // The fixture's own target dir: the outer `cargo test` holds the lock on the usual
    // one. Flags from the environment (coverage, sanitizers, -Copt-level) would change
    // what is checked, so the nested build runs without them.
    run(Command::new(env!("CARGO"))
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
        .env_remove("CARGO_TARGET_DIR"))?;
    let so = target_dir.join("release/libzcall_codegen_fixture.so");

    let text = run(Command::new("objdump")
        .args(["-d", "-C", "--no-show-raw-insn"])
        .arg(&so))
    .map_err(|e| format!("{e}\n(objdump is binutils: apt-get install binutils)"))?;
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
    // "... R_X86_64_GLOB_DAT  name@...".
    let symbols: HashMap<u64, String> = run(Command::new("nm").arg("-C").arg(&so))?
        .lines()
        .filter_map(|l| {
            let mut p = l.splitn(3, ' ');
            let addr = u64::from_str_radix(p.next()?, 16).ok()?;
            let _kind = p.next()?;
            Some((addr, p.next()?.to_string()))
        })
        .collect();
    let mut got = HashMap::new();
    for l in run(Command::new("objdump").arg("-R").arg("-C").arg(&so))?.lines() {
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
    Ok(Disasm { funcs, got })
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
    let mut out = Vec::new();
    for (m, ops) in f {
        let is_call = m.starts_with("call");
        // A jump leaving the function: a direct one to another symbol, or an indirect
        // one through memory (a GOT tail call). Register-indirect jumps are jump tables.
        let is_tail = m.starts_with("jmp")
            && ((ops.contains(" <")
                && !ops.contains(&own)
                && !ops.ends_with(&format!("<{name}>")))
                || (ops.starts_with('*') && ops.contains("(%rip)")));
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

/// The check: `syscall` inline, and no call other than the known ones for `name`.
fn check(name: &str) -> Result<String, String> {
    let d = disasm();
    let f = &d.funcs.get(name).ok_or(format!("{name} not found"))?;
    let mut problems = Vec::new();
    if !f.iter().any(|(m, _)| m == "syscall") {
        problems.push("no `syscall` instruction in its own code".to_string());
    }
    let calls = calls_out(d, name)?;
    let known: Vec<&(&str, &str, &str)> =
        KNOWN_CALLS.iter().filter(|(f, _, _)| *f == name).collect();
    let unexpected: Vec<&String> = calls
        .iter()
        .filter(|c| !known.iter().any(|(_, callee, _)| c.contains(callee)))
        .collect();
    if !unexpected.is_empty() {
        problems.push(format!(
            "the stub was not fully inlined; it calls {unexpected:?}"
        ));
    }
    for (_, callee, why) in &known {
        if !calls.iter().any(|c| c.contains(callee)) {
            problems.push(format!(
                "the known call to {callee} is gone — remove it from KNOWN_CALLS \
                 (it was there because: {why})"
            ));
        }
    }
    if !problems.is_empty() {
        return Err(format!("{name}: {}", problems.join("; ")));
    }
    let n = f.iter().filter(|(m, _)| m != "int3").count();
    let mut summary = format!("{name}: {n} instructions, syscall inline");
    for (_, callee, why) in known {
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
    // getpid cannot fail: its stub returns the word, so nothing compares it with -4095.
    let f = &disasm().funcs["zcg_getpid"];
    assert!(
        f.iter()
            .all(|(m, _)| !m.starts_with("cmp") && !m.starts_with('j')),
        "zcg_getpid decodes something: {f:?}"
    );
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
