//! The program with no libc (`examples/nolibc`): built here, for the same target and profile
//! as this test, then run with arguments and an environment; its output, its exit status
//! and its ELF file (static, no interpreter, no `DT_NEEDED`, no relocations, no undefined
//! symbols, no TLS segment, no init/fini arrays) are checked.
//!
//! The build runs `cargo build -p zcall-nolibc --features executable --target <this target>`
//! with `-C panic=abort -C relocation-model=static` (and `-C link-self-contained=no` on
//! `*-linux-musl`) appended to the RUSTFLAGS found in the environment, in its own target directory (`<this profile's dir>/nolibc-build`): a nested
//! cargo cannot use the directory the running `cargo test` holds locked, and the flags must
//! not disturb the main build. The target is `CARGO_BUILD_TARGET` if set, else this test's
//! own architecture and C library (`x86_64-unknown-linux-gnu`, `riscv64gc-unknown-linux-gnu`,
//! `loongarch64-unknown-linux-musl` …). Under qemu-user (scripts/cross.sh) the program is
//! started through binfmt_misc, or `qemu-<arch>` when the kernel cannot exec it itself.
#![cfg(target_os = "linux")]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// Writes a line to the process's stderr, past libtest's capture.
fn report(msg: &str) {
    let _ = writeln!(std::io::stderr(), "{msg}");
}

fn target_triple() -> String {
    if let Some(t) = std::env::var("CARGO_BUILD_TARGET")
        .ok()
        .filter(|t| !t.is_empty())
    {
        return t;
    }
    let arch = match std::env::consts::ARCH {
        "riscv64" => "riscv64gc",
        "x86" => "i686",
        "arm" => "armv7",
        "powerpc64" if cfg!(target_endian = "little") => "powerpc64le",
        "mips64" if cfg!(target_endian = "little") => "mips64el",
        a => a,
    };
    let libc = match (cfg!(target_env = "musl"), cfg!(target_arch = "arm")) {
        (true, _) => "musl",
        (false, true) => "gnueabihf",
        (false, false) if cfg!(target_arch = "mips64") => "gnuabi64",
        (false, false) => "gnu",
    };
    format!("{arch}-unknown-linux-{libc}")
}

/// The RUSTFLAGS cargo would use for `triple` from the environment (config files aside),
/// plus the program's own.
fn rustflags(triple: &str) -> Vec<String> {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let split = |s: String| s.split_whitespace().map(String::from).collect::<Vec<_>>();
    let key = format!(
        "CARGO_TARGET_{}_RUSTFLAGS",
        triple.to_uppercase().replace(['-', '.'], "_")
    );
    let mut flags = if let Some(e) = env("CARGO_ENCODED_RUSTFLAGS") {
        e.split('\x1f').map(String::from).collect()
    } else if let Some(f) = env("RUSTFLAGS") {
        split(f)
    } else if let Some(f) = env(&key) {
        split(f)
    } else if let Some(f) = env("CARGO_BUILD_RUSTFLAGS") {
        split(f)
    } else {
        vec![]
    };
    flags.extend(["-Cpanic=abort", "-Crelocation-model=static"].map(String::from));
    // musl targets: rustc passes its self-contained crt1.o, crti.o … to the linker by
    // name, which -nostartfiles does not remove: a second `_start`, calling into libc.
    // `no` leaves them out. Not on gnu targets: there rustc links through its own
    // self-contained rust-lld, which `no` turns off too (cc: "cannot find 'ld'").
    if triple.contains("musl") {
        flags.push("-Clink-self-contained=no".into());
    }
    flags
}

/// Builds the program once per test process; the path of the executable.
fn program() -> &'static Path {
    static BUILT: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let built = BUILT.get_or_init(|| {
        let triple = target_triple();
        let release = !cfg!(debug_assertions);
        let exe = std::env::current_exe().map_err(|e| e.to_string())?;
        // <target>/[<triple>/]<profile>/deps/nolibc-<hash>
        let profile_dir = exe
            .parent()
            .and_then(Path::parent)
            .ok_or("test executable has no profile directory")?;
        let target_dir = profile_dir.join("nolibc-build");
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .ok_or("no workspace root")?;
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| env!("CARGO").to_string());
        let mut cmd = Command::new(cargo);
        cmd.current_dir(root)
            .args(["build", "-p", "zcall-nolibc", "--features", "executable"])
            .args(["--bin", "zcall-nolibc", "--target", &triple])
            .env("CARGO_TARGET_DIR", &target_dir)
            .env("CARGO_ENCODED_RUSTFLAGS", rustflags(&triple).join("\x1f"))
            .env_remove("RUSTFLAGS");
        if release {
            cmd.arg("--release");
        }
        // Cross builds rebuild the standard library: the program needs only `core`.
        if std::env::var_os("CARGO_UNSTABLE_BUILD_STD").is_some() {
            cmd.env("CARGO_UNSTABLE_BUILD_STD", "core");
        }
        report(&format!(
            "nolibc: building for {triple} in {}",
            target_dir.display()
        ));
        let out = cmd.output().map_err(|e| format!("running cargo: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "cargo build of zcall-nolibc failed ({}):\n{}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        let path = target_dir
            .join(&triple)
            .join(if release { "release" } else { "debug" })
            .join("zcall-nolibc");
        if path.is_file() {
            Ok(path)
        } else {
            Err(format!("{} not built", path.display()))
        }
    });
    match built {
        Ok(p) => p,
        Err(e) => panic!("{e}"),
    }
}

/// Runs the program with exactly `args` and `env` (nothing inherited).
fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let bin = program();
    let configure = |cmd: &mut Command| {
        cmd.args(args).env_clear().envs(env.iter().copied());
    };
    let qemu = match std::env::consts::ARCH {
        "x86" => "qemu-i386".to_string(),
        "powerpc" => "qemu-ppc".to_string(),
        "powerpc64" if cfg!(target_endian = "little") => "qemu-ppc64le".to_string(),
        "mips64" if cfg!(target_endian = "little") => "qemu-mips64el".to_string(),
        a => format!("qemu-{a}"),
    };
    // i686 under qemu-user: the host kernel would run the static program natively (with
    // its vDSO, unlike this process); run it in qemu too, as the other targets' are through
    // binfmt_misc.
    if cfg!(target_arch = "x86") && std::env::var_os("ZCALL_QEMU").is_some() {
        report(&format!("nolibc: running through {qemu}, like this test"));
        let mut cmd = Command::new(&qemu);
        cmd.arg(bin);
        configure(&mut cmd);
        return cmd.output().unwrap_or_else(|e| panic!("{qemu}: {e}"));
    }
    let mut cmd = Command::new(bin);
    configure(&mut cmd);
    match cmd.output() {
        Ok(out) => out,
        // ENOEXEC: a foreign-architecture binary without binfmt_misc (qemu-user runs).
        Err(e) if e.raw_os_error() == Some(libc::ENOEXEC) => {
            report(&format!(
                "nolibc: exec format error, running through {qemu}"
            ));
            let mut cmd = Command::new(&qemu);
            cmd.arg(bin);
            configure(&mut cmd);
            cmd.output().unwrap_or_else(|e| panic!("{qemu}: {e}"))
        }
        Err(e) => panic!("running {}: {e}", bin.display()),
    }
}

fn lines(out: &Output) -> Vec<String> {
    String::from_utf8(out.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(String::from)
        .collect()
}

/// What the program should report from its auxv: whether the kernel gives processes a
/// vDSO the parser accepts (`found`/`absent`), and whether it has clock_gettime (`vdso`,
/// else `syscall`). Asked of the kernel's image in this process (libc's getauxval, then
/// zcall's parser), not of this process's own discovery: the program's is what is tested.
fn expected_vdso() -> (&'static str, &'static str) {
    use zcall::vdso::{elf, Function};
    // SAFETY: getauxval only reads the process's auxiliary vector.
    let ehdr = unsafe { libc::getauxval(libc::AT_SYSINFO_EHDR) } as usize;
    if ehdr == 0 {
        return ("absent", "syscall");
    }
    // SAFETY: AT_SYSINFO_EHDR is the page-aligned vDSO mapping, at least one 4 KiB page,
    // mapped read-only for the life of the process.
    let head = unsafe { std::slice::from_raw_parts(ehdr as *const u8, 4096) };
    let Ok(len) = elf::image_len(head) else {
        return ("absent", "syscall");
    };
    // SAFETY: the kernel maps every PT_LOAD's file contents (which `image_len` measured)
    // contiguously from AT_SYSINFO_EHDR.
    let image = unsafe { std::slice::from_raw_parts(ehdr as *const u8, len) };
    let Ok(parsed) = elf::Image::parse(image) else {
        return ("absent", "syscall");
    };
    let (name, version) = Function::ClockGettime.symbol().unwrap();
    match parsed.lookup(name, version) {
        Some(_) => ("found", "vdso"),
        None => ("found", "syscall"),
    }
}

/// Checks the clock lines: the vDSO found (or not) and the path taken are those the
/// kernel's image calls for (`expected_vdso`), the monotonic clock did not go backwards,
/// realtime is near ours.
fn check_clock(lines: &[String]) {
    let (found, source) = expected_vdso();
    let want = format!("vdso={found} clock_gettime source={source} monotonic_ok=true");
    assert!(lines.contains(&want), "no line {want:?} in {lines:#?}");
    report(&format!(
        "nolibc: the program's clock_gettime went through: {source}"
    ));
    let rt = lines
        .iter()
        .find_map(|l| l.strip_prefix("realtime="))
        .unwrap_or_else(|| panic!("no realtime line in {lines:#?}"));
    let (sec, nsec) = rt.split_once('.').expect("sec.nsec");
    let sec: i64 = sec.parse().unwrap();
    let nsec: i64 = nsec.parse().unwrap();
    assert!((0..1_000_000_000).contains(&nsec) && nsec.to_string().len() <= 9);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    assert!(
        (sec - now).abs() <= 60,
        "program's realtime {sec} vs ours {now}"
    );
}

const GREETING: &str = "hello from zcall-nolibc: no libc, no C runtime, only zcall";

#[test]
fn prints_arguments_environment_and_clock_and_exits_with_argc() {
    let out = run(
        &["first arg", "two"],
        &[
            ("A", "1"),
            ("ZCALL_GREETING_X", "not this one"),
            ("ZCALL_GREETING", "hi there"),
        ],
    );
    let l = lines(&out);
    assert_eq!(
        l[..4],
        [
            GREETING,
            "argc=3",
            "argv[1]=first arg",
            "ZCALL_GREETING=hi there"
        ],
        "{l:#?}"
    );
    check_clock(&l);
    assert_eq!(l.len(), 6, "{l:#?}");
    assert_eq!(out.status.code(), Some(3), "exit status is argc");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn without_arguments_or_environment() {
    let out = run(&[], &[]);
    let l = lines(&out);
    assert_eq!(
        l[..3],
        [GREETING, "argc=1", "ZCALL_GREETING is not set"],
        "{l:#?}"
    );
    check_clock(&l);
    assert_eq!(l.len(), 5, "{l:#?}");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn exit_status_follows_the_argument_count() {
    let args = ["a"; 9];
    let out = run(&args, &[("ZCALL_GREETING", "")]);
    let l = lines(&out);
    assert_eq!(
        l[1..4],
        ["argc=10", "argv[1]=a", "ZCALL_GREETING="],
        "{l:#?}"
    );
    assert_eq!(out.status.code(), Some(10));
}

fn readelf(flag: &str) -> String {
    let out = Command::new("readelf")
        .args(["-W", flag])
        .arg(program())
        .output()
        .expect("readelf (binutils) must be installed");
    assert!(out.status.success(), "readelf {flag} failed");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn executable_is_static_with_no_libc() {
    let dynamic = readelf("-d");
    assert!(
        !dynamic.contains("(NEEDED)"),
        "DT_NEEDED entries:\n{dynamic}"
    );
    assert!(
        dynamic.contains("There is no dynamic section in this file."),
        "{dynamic}"
    );
    let segments = readelf("-l");
    assert!(segments.contains("EXEC (Executable file)"), "{segments}");
    assert!(!segments.contains("INTERP"), "PT_INTERP:\n{segments}");
    assert!(!segments.contains("DYNAMIC"), "PT_DYNAMIC:\n{segments}");
    assert!(segments.contains("LOAD"), "{segments}");
    // No thread-local storage: `_start` sets up no thread pointer for it.
    let segment_types: Vec<&str> = segments
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(segment_types.contains(&"LOAD"), "{segments}");
    assert!(!segment_types.contains(&"TLS"), "PT_TLS:\n{segments}");
    // No constructors or destructors: `_start` runs none (there is no C runtime to).
    let sections = readelf("-S");
    let names: Vec<&str> = sections.lines().flat_map(str::split_whitespace).collect();
    assert!(names.contains(&".text"), "{sections}");
    for arr in [
        ".init_array",
        ".preinit_array",
        ".fini_array",
        "INIT_ARRAY",
        "PREINIT_ARRAY",
        "FINI_ARRAY",
    ] {
        assert!(!names.contains(&arr), "{arr}:\n{sections}");
    }
    let relocs = readelf("-r");
    assert!(
        relocs.contains("There are no relocations in this file."),
        "{relocs}"
    );
    // No undefined symbols (the null symbol, entry 0, aside): nothing left for a libc to
    // provide.
    let symbols = readelf("-s");
    let rows = symbol_rows(&symbols);
    assert!(
        rows.iter().any(|r| r.num == 0 && r.ndx == "UND"),
        "the null symbol not found as UND: the table was not parsed\n{symbols}"
    );
    assert!(
        rows.iter()
            .any(|r| r.name == "_start" && r.ndx.parse::<u32>().is_ok()),
        "_start not found defined: the table was not parsed\n{symbols}"
    );
    let undefined: Vec<&SymbolRow> = rows
        .iter()
        .filter(|r| r.num != 0 && r.ndx == "UND")
        .collect();
    assert!(undefined.is_empty(), "undefined symbols: {undefined:#?}");
    report(&format!(
        "nolibc: {} is a static ET_EXEC: no PT_INTERP, no dynamic section, no relocations, \
         no PT_TLS, no init/fini arrays, no undefined symbols",
        program().display()
    ));

    // The same from the ELF header and program headers, read here.
    let b = std::fs::read(program()).unwrap();
    // ELF64 or ELF32, either byte order (e_ident[EI_CLASS], e_ident[EI_DATA]).
    let (wide, big) = (b[4] == 2, b[5] == 2);
    let uint = |o: usize, n: usize| -> u64 {
        let bytes = &b[o..o + n];
        let mut v = 0u64;
        for i in 0..n {
            let byte = if big { bytes[i] } else { bytes[n - 1 - i] };
            v = v << 8 | u64::from(byte);
        }
        v
    };
    let u16_at = |o: usize| uint(o, 2) as u16;
    let u32_at = |o: usize| uint(o, 4) as u32;
    assert_eq!(&b[..4], b"\x7fELF");
    assert_eq!(u16_at(16), 2, "ET_EXEC");
    assert_eq!(
        u16_at(18),
        zcall::vdso::elf::MACHINE,
        "built for this machine"
    );
    let (phoff, phentsize, phnum) = if wide {
        (uint(32, 8) as usize, 56, u16_at(56) as usize)
    } else {
        (uint(28, 4) as usize, 32, u16_at(44) as usize)
    };
    let types: Vec<u32> = (0..phnum).map(|i| u32_at(phoff + phentsize * i)).collect();
    assert!(types.contains(&1), "a PT_LOAD");
    assert!(!types.contains(&2), "no PT_DYNAMIC");
    assert!(!types.contains(&3), "no PT_INTERP");
    assert!(!types.contains(&7), "no PT_TLS");
}

/// One symbol of `readelf -s -W`.
#[derive(Debug, PartialEq)]
struct SymbolRow {
    num: u64,
    ndx: String,
    name: String,
}

/// The symbols of `readelf -s -W` output. A row is `Num: Value Size Type Bind Vis Ndx
/// Name`, except that readelf may put bracketed annotations of `st_other` between Vis and
/// Ndx (aarch64's `[VARIANT_PCS]`, or `[<other>: 88]` with a space inside): they are
/// skipped, so Ndx is found whatever comes before it. The name may be missing.
fn symbol_rows(out: &str) -> Vec<SymbolRow> {
    out.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            let num = f.first()?.strip_suffix(':')?.parse().ok()?;
            let mut i = 6;
            while f.get(i)?.starts_with('[') {
                while !f.get(i)?.ends_with(']') {
                    i += 1;
                }
                i += 1;
            }
            Some(SymbolRow {
                num,
                ndx: f.get(i)?.to_string(),
                name: f.get(i + 1).unwrap_or(&"").to_string(),
            })
        })
        .collect()
}

#[test]
fn symbol_rows_find_ndx_past_annotations() {
    // Rows as readelf prints them (binutils' aarch64 variant_pcs tests, an unknown st_other).
    let out = "\
Symbol table '.symtab' contains 4 entries:
   Num:    Value          Size Type    Bind   Vis      Ndx Name
     0: 0000000000000000     0 NOTYPE  LOCAL  DEFAULT  UND
     1: 0000000000000000     0 NOTYPE  GLOBAL DEFAULT [VARIANT_PCS]   UND f_spec_undef
     2: 0000000000008000     0 IFUNC   GLOBAL DEFAULT [VARIANT_PCS]     1 f_spec_ifunc
     3: 0000000000401000    42 FUNC    GLOBAL DEFAULT [<other>: 88]     2 _start
";
    let row = |num, ndx: &str, name: &str| SymbolRow {
        num,
        ndx: ndx.into(),
        name: name.into(),
    };
    assert_eq!(
        symbol_rows(out),
        [
            row(0, "UND", ""),
            row(1, "UND", "f_spec_undef"),
            row(2, "1", "f_spec_ifunc"),
            row(3, "2", "_start"),
        ]
    );
}
