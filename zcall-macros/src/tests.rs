//! Unit tests of the whole pipeline, outside the compiler.

use proc_macro2::TokenStream;
use quote::quote;

use crate::pm2::expand_syscall;
use crate::target::TARGETS;

fn expand(attr: TokenStream, item: TokenStream) -> String {
    expand_syscall(attr, item).to_string()
}

/// The text of each `__zcall_syscall!(…)` invocation in `out`, up to its closing
/// parenthesis (its words may hold parentheses: `lo (__zcall_w1)`), and the text before it.
pub(crate) fn invocation_texts(out: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = out;
    let mut before_all = String::new();
    while let Some(at) = rest.find("__zcall_syscall ! (") {
        let before = &rest[..at];
        before_all.push_str(before);
        let body = &rest[at + "__zcall_syscall ! (".len()..];
        let mut depth = 0usize;
        let mut end = body.len();
        for (i, ch) in body.char_indices() {
            match ch {
                '(' => depth += 1,
                ')' if depth == 0 => {
                    end = i;
                    break;
                }
                ')' => depth -= 1,
                _ => {}
            }
        }
        found.push((before_all.clone(), body[..end].to_string()));
        before_all.push_str(&rest[at..at + "__zcall_syscall ! (".len()]);
        rest = &body[end.min(body.len())..];
    }
    found
}

/// The words of an invocation's text: split on ` , ` outside parentheses.
pub(crate) fn split_words(args: &str) -> Vec<String> {
    let args = args.trim();
    if args.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut cur = String::new();
    for ch in args.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                out.push(cur.trim().to_string());
                cur.clear();
                continue;
            }
            _ => {}
        }
        cur.push(ch);
    }
    out.push(cur.trim().to_string());
    out
}

/// The stub's `__zcall_syscall!` invocations: `(cfg text, kind, words)`, the `cfg` in front
/// of each (for declarations whose words differ per target), if any.
fn invocations(out: &str) -> Vec<(Option<String>, String, Vec<String>)> {
    let mut found = Vec::new();
    for (before, inv) in invocation_texts(out) {
        let stmt = before.rsplit(" ; ").next().unwrap_or(&before);
        let cfg = stmt
            .find("# [cfg (")
            .map(|at| stmt[at..].split("# [allow").next().unwrap().to_string());
        let mut parts = inv.splitn(3, ';');
        let kind = parts.next().unwrap().trim().to_string();
        let _nr = parts.next();
        let words = split_words(parts.next().unwrap_or(""));
        found.push((cfg, kind, words));
    }
    found
}

/// The `asm!` block target `t` (with `clobbers`) runs for a stub: the arch macro's arm for
/// the stub's invocation, with the stub's own words. Normalized token text.
fn asm_of(out: &str, t: &crate::target::Target, v: &crate::target::Variant) -> String {
    let row = t.cfg().to_string();
    let (_, kind, words) = invocations(out)
        .into_iter()
        .find(|(cfg, _, _)| cfg.as_ref().is_none_or(|c| c.contains(&row)))
        .unwrap_or_else(|| panic!("no invocation for {row} in {out}"));
    let words: Vec<TokenStream> = words.iter().map(|w| w.parse().unwrap()).collect();
    let nr = quote!(__zcall_nr);
    let text = if kind == "never" {
        crate::arch::asm_noreturn(t, v, &nr, &words).to_string()
    } else {
        crate::arch::asm_value(t, v, &quote!(::zcall), &nr, &words).to_string()
    };
    let asm = text
        .split(":: core :: arch :: asm !")
        .nth(1)
        .unwrap_or(&text);
    asm.split(" ; ").next().unwrap_or(asm).to_string()
}

/// Every `asm!` block a stub runs, one per variant of every row (`Target::variants`).
fn all_asm_blocks(out: &str) -> Vec<String> {
    TARGETS
        .iter()
        .flat_map(|t| t.variants().into_iter().map(move |v| asm_of(out, t, &v)))
        .collect()
}

/// How many `asm!` blocks a stub that returns has: one per variant of every row.
fn variant_count() -> usize {
    TARGETS.iter().map(|t| t.variants().len()).sum()
}

/// One `asm!` block per row of `TARGETS`, in its order: the row's last variant (the one
/// without target-feature clobbers) where a row has several.
fn asm_blocks(out: &str) -> Vec<String> {
    TARGETS
        .iter()
        .map(|t| {
            let v = t.variants().pop().unwrap();
            asm_of(out, t, &v)
        })
        .collect()
}

/// The `asm!` block of the row `os arch` (its last variant).
fn row_block(out: &str, os: &str, arch: &str) -> String {
    let t = TARGETS
        .iter()
        .find(|t| t.os == os && t.arch == arch)
        .unwrap_or_else(|| panic!("no row {os} {arch}"));
    let v = t.variants().pop().unwrap();
    asm_of(out, t, &v)
}

#[test]
fn expands_to_one_invocation_of_the_per_target_macro() {
    let out = expand(
        quote!(nr = zcall::nr::GETPID),
        quote!(
            pub fn getpid() -> Result<u32, Errno>;
        ),
    );
    syn::parse_str::<syn::ItemFn>(&out).expect("expansion is a function item");
    // One invocation, no `asm!` and no per-target `cfg` in the stub: it does not grow
    // with the table.
    assert_eq!(out.matches("__zcall_syscall !").count(), 1, "{out}");
    assert!(!out.contains("asm !"), "{out}");
    assert!(!out.contains("cfg"), "{out}");
    assert!(
        out.contains(":: zcall :: __zcall_syscall ! (ret ; __zcall_nr ;)"),
        "{out}"
    );
    assert!(out.contains("# [inline (always)] pub fn getpid ()"));
    // The macros it invokes: one per variant of every row, and a fallback for every other
    // target.
    let arch = crate::arch::render();
    assert_eq!(
        arch.matches("macro_rules! __zcall_syscall").count(),
        variant_count() + 1
    );
    for t in TARGETS {
        for v in t.variants() {
            let cfg = format!("#[cfg({})]", crate::arch::tidy(&v.cfg.to_string()));
            assert!(arch.contains(&cfg), "missing {cfg}");
        }
    }
    assert!(arch.contains("compile_error!(\"zcall: no syscall convention for this target"));
    assert_eq!(all_asm_blocks(&out).len(), variant_count());
}

#[test]
fn x86_64_linux_registers_clobbers_and_options() {
    let out = expand(
        quote!(nr = 9),
        quote!(
            unsafe fn mmap(
                a: *mut u8,
                b: usize,
                c: i32,
                d: i32,
                e: i32,
                f: usize,
            ) -> Result<*mut u8, Errno>;
        ),
    );
    let x86 = &asm_blocks(&out)[0];
    for op in [
        "inlateout (\"rax\") __zcall_nr => __zcall_ret",
        "in (\"rdi\") __zcall_w0",
        "in (\"rsi\") __zcall_w1",
        "in (\"rdx\") __zcall_w2",
        "in (\"r10\") __zcall_w3",
        "in (\"r8\") __zcall_w4",
        "in (\"r9\") __zcall_w5",
        "lateout (\"rcx\") _",
        "lateout (\"r11\") _",
        "options (nostack , preserves_flags)",
    ] {
        assert!(x86.contains(op), "{op} missing in {x86}");
    }
    assert!(out.contains("pub") || out.contains("unsafe fn mmap"));
}

#[test]
fn aarch64_result_shares_the_first_argument_register() {
    let out = expand(
        quote!(nr = 1),
        quote!(
            fn f(a: u32) -> usize;
        ),
    );
    let a64 = &asm_blocks(&out)[1];
    assert!(a64.contains("\"svc 0\""));
    assert!(a64.contains("in (\"x8\") __zcall_nr"));
    assert!(a64.contains("inlateout (\"x0\") __zcall_w0 => __zcall_ret"));
    // No argument: the result register is a pure output.
    let out = expand(
        quote!(nr = 1),
        quote!(
            fn g() -> usize;
        ),
    );
    assert!(asm_blocks(&out)[1].contains("lateout (\"x0\") __zcall_ret"));
}

#[test]
fn riscv64_clobbers_vector_state_and_does_not_preserve_flags() {
    let out = expand(
        quote!(nr = 1),
        quote!(
            fn f() -> usize;
        ),
    );
    let rv = &asm_blocks(&out)[2];
    assert!(rv.contains("\"ecall\""));
    for v in 0..32 {
        assert!(rv.contains(&format!("lateout (\"v{v}\") _")), "v{v}");
    }
    assert!(rv.contains("options (nostack)"));
    assert!(!rv.contains("preserves_flags"));
}

#[test]
fn loongarch64_clobbers_temporaries() {
    let out = expand(
        quote!(nr = 1),
        quote!(
            fn f(a: u8) -> usize;
        ),
    );
    let la = &asm_blocks(&out)[3];
    assert!(la.contains("\"syscall 0\""));
    assert!(la.contains("in (\"$a7\") __zcall_nr"));
    for t in 0..=8 {
        assert!(la.contains(&format!("lateout (\"$t{t}\") _")), "$t{t}");
    }
}

#[test]
fn darwin_passes_the_bare_number_and_reads_the_carry() {
    let out = expand(
        quote!(nr = 4),
        quote!(
            fn f(a: u8, b: u8) -> usize;
        ),
    );
    let mac = &row_block(&out, "macos", "aarch64");
    assert!(mac.contains("\"svc 0x80\" , \"cset {carry:w}, cs\""));
    // The bare number: XNU on arm64 reads the low 16 bits of x16, no class.
    assert!(mac.contains("in (\"x16\") __zcall_nr ,"), "{mac}");
    // x1 is an argument here and the second result: both.
    assert!(mac.contains("inlateout (\"x1\") __zcall_w1 => __zcall_second"));
    assert!(!mac.contains("preserves_flags"));
    let mac_row = TARGETS.iter().find(|t| t.os == "macos").unwrap();
    let full = crate::arch::asm_value(
        mac_row,
        &mac_row.variants()[0],
        &quote!(::zcall),
        &quote!(n),
        &[],
    )
    .to_string();
    assert!(full.contains("__from_carry (__zcall_ret , __zcall_second , __zcall_carry != 0)"));
}

#[test]
fn darwin_x86_64_ors_in_the_unix_class_and_reads_the_carry() {
    let out = expand(
        quote!(nr = 4),
        quote!(
            fn f(a: u8, b: u8, c: u8) -> usize;
        ),
    );
    let mac = &row_block(&out, "macos", "x86_64");
    assert!(mac.contains("\"syscall\" , \"setc {carry}\""), "{mac}");
    // XNU x86_64 dispatches on the class in rax: SYSCALL_CLASS_UNIX << 24.
    assert!(
        mac.contains("inlateout (\"rax\") (__zcall_nr | 33554432usize) => __zcall_ret"),
        "{mac}"
    );
    assert!(mac.contains("inlateout (\"rdx\") __zcall_w2 => __zcall_second"));
    assert!(mac.contains("lateout (\"rcx\") _") && mac.contains("lateout (\"r11\") _"));
    assert!(!mac.contains("preserves_flags"));
    let row = TARGETS
        .iter()
        .find(|t| t.os == "macos" && t.arch == "x86_64")
        .unwrap();
    assert_eq!(row.nr_class, 0x200_0000);
}

#[test]
fn freebsd_aarch64_takes_the_number_in_x8_and_reads_the_carry() {
    let out = expand(
        quote!(nr = 4),
        quote!(
            fn f(a: u8, b: u8) -> usize;
        ),
    );
    let fb = &row_block(&out, "freebsd", "aarch64");
    assert!(fb.contains("\"svc 0\" , \"cset {carry:w}, cs\""), "{fb}");
    assert!(fb.contains("in (\"x8\") __zcall_nr ,"), "{fb}");
    assert!(fb.contains("inlateout (\"x1\") __zcall_w1 => __zcall_second"));
    assert!(!fb.contains("preserves_flags"));
}

#[test]
fn freebsd_keeps_clobbered_argument_registers_as_inputs() {
    let out = expand(
        quote!(nr = 4),
        quote!(
            fn f(a: u8, b: u8, c: u8, d: u8, e: u8) -> usize;
        ),
    );
    let fb = &row_block(&out, "freebsd", "x86_64");
    assert!(fb.contains("\"setc {carry}\""));
    assert!(fb.contains("carry = lateout (reg_byte) __zcall_carry"));
    assert!(fb.contains("inlateout (\"rdx\") __zcall_w2 => __zcall_second"));
    assert!(fb.contains("inlateout (\"r10\") __zcall_w3 => _"));
    assert!(fb.contains("inlateout (\"r8\") __zcall_w4 => _"));
    assert!(fb.contains("lateout (\"r9\") _"));
}

#[test]
fn every_register_is_named_once_per_block() {
    let out = expand(
        quote!(nr = n),
        quote!(
            unsafe fn f(n: usize, a: u8, b: &[u8], c: u8, d: &mut [u8]) -> usize;
        ),
    );
    for (block, t) in asm_blocks(&out).iter().zip(TARGETS) {
        let mut seen = Vec::new();
        for piece in block.split("(\"").skip(1) {
            let reg = piece.split('"').next().unwrap();
            assert!(!seen.contains(&reg), "{reg} twice for {} {}", t.os, t.arch);
            seen.push(reg);
        }
        for reg in t.args {
            // A register `asm!` refuses is reached in the template instead (`Refused`).
            let in_template = block.contains(&format!("\"mov {reg}, ["));
            assert!(
                seen.contains(&reg) || in_template,
                "{reg} unused for {} {}",
                t.os,
                t.arch
            );
        }
    }
}

#[test]
fn slices_take_two_words_and_the_number_parameter_none() {
    let out = expand(
        quote!(nr = n),
        quote!(
            unsafe fn f(n: usize, buf: &[u8], x: u32) -> usize;
        ),
    );
    assert!(out.contains("SyscallSliceArg > :: into_words (buf)"));
    assert!(out
        .contains("let __zcall_nr : usize = < usize as :: zcall :: SyscallArg > :: into_word (n)"));
    assert!(asm_blocks(&out)[0].contains("in (\"rdx\") __zcall_w2"));
    assert!(!asm_blocks(&out)[0].contains("__zcall_w3"));
}

#[test]
fn never_returning_calls_trap_and_have_no_outputs() {
    let out = expand(
        quote!(nr = 231),
        quote!(
            fn exit(code: i32) -> !;
        ),
    );
    syn::parse_str::<syn::ItemFn>(&out).expect("expansion is a function item");
    let blocks = asm_blocks(&out);
    assert_eq!(blocks.len(), TARGETS.len());
    for (block, t) in blocks.iter().zip(TARGETS) {
        assert!(block.contains(&format!("\"{}\"", t.trap)), "{block}");
        assert!(block.contains("options (noreturn , nostack)"));
        assert!(!block.contains("lateout"), "{block}");
    }
}

#[test]
fn crate_option_changes_every_runtime_path() {
    let out = expand(
        quote!(crate = my::zc, nr = 1),
        quote!(
            fn f(a: u8) -> Result<(), Errno>;
        ),
    );
    assert!(!out.contains(":: zcall ::"), "{out}");
    assert!(out.contains("my :: zc :: SyscallArg"));
    assert!(out.contains("my :: zc :: RawResult"));
}

#[test]
fn attributes_docs_and_visibility_are_kept() {
    let out = expand(
        quote!(nr = 1),
        quote!(
            /// Docs.
            #[must_use]
            pub(crate) unsafe fn f<'a>(a: &'a u8) -> usize;
        ),
    );
    assert!(out.contains("# [doc = r\" Docs.\"]"));
    assert!(out.contains("# [must_use]"));
    assert!(out.contains("pub (crate) unsafe fn f < 'a > (a : & 'a u8) -> usize"));
}

/// Every error is a `compile_error!` spanned inside the input, never a panic.
#[test]
fn errors_are_compile_errors() {
    let cases: &[(TokenStream, TokenStream, &str)] = &[
        (
            quote!(),
            quote!(
                fn f() -> usize;
            ),
            "missing `nr",
        ),
        (
            quote!(nr = 1, nr = 2),
            quote!(
                fn f() -> usize;
            ),
            "duplicate `nr`",
        ),
        (
            quote!(nr = 1, what),
            quote!(
                fn f() -> usize;
            ),
            "unknown option `what`",
        ),
        (
            quote!(nr),
            quote!(
                fn f() -> usize;
            ),
            "expected `=` after `nr`",
        ),
        (
            quote!(nr = 1),
            quote!(
                fn f() -> usize {
                    0
                }
            ),
            "remove the function body",
        ),
        (
            quote!(nr = 1),
            quote!(
                struct S;
            ),
            "body-less function",
        ),
        (
            quote!(nr = 1),
            quote!(
                fn f(p: *const u8) -> usize;
            ),
            "unsafe fn",
        ),
        (
            quote!(nr = 1),
            quote!(
                fn f<T>(x: T) -> usize;
            ),
            "generic type",
        ),
        (
            quote!(nr = 1),
            quote!(
                fn f();
            ),
            "declare a return type",
        ),
        (
            quote!(nr = 1),
            quote!(
                fn f(a: u8, b: u8, c: u8, d: u8, e: u8, f: u8, g: u8) -> usize;
            ),
            "too many register words",
        ),
    ];
    for (attr, item, expected) in cases {
        let out = expand(attr.clone(), item.clone());
        assert!(out.contains("compile_error"), "{out}");
        assert!(out.contains(expected), "expected {expected:?} in {out}");
    }
}

#[test]
fn kernel_arity_is_checked_for_nr_constants_only() {
    // write takes 3 words everywhere: a 2-word declaration is wrong on every target.
    let out = expand(
        quote!(nr = zcall::nr::WRITE),
        quote!(
            unsafe fn w(fd: i32, p: usize) -> usize;
        ),
    );
    assert_eq!(out.matches("compile_error").count(), TARGETS.len(), "{out}");
    assert!(out.contains("`write` takes 3 words on linux x86_64 (the kernel's signature), but this declaration passes 2"));
    assert!(out.contains("add `short`"));
    // `short` allows fewer words …
    let out = expand(
        quote!(nr = nr::WRITE, short),
        quote!(
            unsafe fn w(fd: i32, p: usize) -> usize;
        ),
    );
    assert_eq!(out.matches("compile_error").count(), 0, "{out}");
    // … but never more.
    let out = expand(
        quote!(nr = crate::nr::WRITE, short),
        quote!(
            fn w(fd: i32, p: &[u8], x: u8) -> usize;
        ),
    );
    assert!(out.contains("this declaration passes 4 words"), "{out}");
    // A slice counts two: write(fd, &[u8]) is right.
    let out = expand(
        quote!(nr = nr::WRITE),
        quote!(
            fn w(fd: i32, b: &[u8]) -> usize;
        ),
    );
    assert_eq!(out.matches("compile_error").count(), 0, "{out}");
    // Literals, the caller's own constants and dynamic numbers are unchecked.
    for attr in [
        quote!(nr = 1),
        quote!(nr = MY_WRITE),
        quote!(nr = my::WRITE),
    ] {
        let out = expand(
            attr,
            quote!(
                fn w(fd: i32) -> usize;
            ),
        );
        assert_eq!(out.matches("compile_error").count(), 0, "{out}");
    }
    // A name the tables do not know is unchecked too.
    let out = expand(
        quote!(nr = nr::NOT_A_SYSCALL),
        quote!(
            fn w(fd: i32) -> usize;
        ),
    );
    assert_eq!(out.matches("compile_error").count(), 0, "{out}");
}

/// Inputs the fuzzer found (or that once crashed something) replay without a panic.
#[test]
fn fuzz_regressions_replay() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz-regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("fuzz-regressions dir") {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let _ = crate::pm2::expand_text(text);
        }
        n += 1;
    }
    assert!(n > 0, "no regression inputs in {}", dir.display());
}

/// `nr = (n)` and the invisible group `macro_rules!` wraps around a `$n:expr` fragment name
/// the parameter `n` just as `nr = n` does: it is the number, not argument word 0.
#[test]
fn a_parenthesized_or_grouped_parameter_is_the_number() {
    let group = proc_macro2::Group::new(proc_macro2::Delimiter::None, quote!(n));
    for attr in [quote!(nr = n), quote!(nr = (n)), quote!(nr = #group)] {
        let out = expand(
            attr.clone(),
            quote!(
                unsafe fn f(n: usize, a: u32) -> usize;
            ),
        );
        assert!(
            out.contains(
                "let __zcall_nr : usize = < usize as :: zcall :: SyscallArg > :: into_word (n)"
            ),
            "{attr}: {out}"
        );
        let x86 = &asm_blocks(&out)[0];
        assert!(x86.contains("in (\"rdi\") __zcall_w0"), "{attr}: {x86}");
        assert!(!x86.contains("__zcall_w1"), "{attr}: {x86}");
        assert!(out.contains("into_word (a)"), "{attr}: {out}");
    }
}

/// The errors of an expansion of text input, each with the source text its span starts
/// at (spans of tokens parsed from a string know their text, with `span-locations`).
fn errors_at(attr: &str, item: &str) -> Vec<(String, String)> {
    fn walk(ts: TokenStream, out: &mut Vec<(String, String)>) {
        let tokens: Vec<_> = ts.into_iter().collect();
        for (i, tt) in tokens.iter().enumerate() {
            match tt {
                proc_macro2::TokenTree::Ident(id) if id == "compile_error" => {
                    if let Some(proc_macro2::TokenTree::Group(g)) = tokens.get(i + 2) {
                        let text = id.span().source_text().unwrap_or_default();
                        out.push((g.stream().to_string(), text));
                    }
                }
                proc_macro2::TokenTree::Group(g) => walk(g.stream(), out),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(
        expand_syscall(attr.parse().unwrap(), item.parse().unwrap()),
        &mut out,
    );
    // The unsupported-target fallback is in every expansion; it is not about the input.
    out.retain(|(m, _)| !m.contains("no syscall convention"));
    out
}

#[test]
fn a_safe_declaration_cannot_take_its_number_at_run_time() {
    for attr in ["nr = n", "nr = (n)"] {
        let errs = errors_at(attr, "pub fn any(n: usize, a: usize) -> usize;");
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(
            errs[0]
                .0
                .contains("a syscall number chosen at run time needs an `unsafe fn`"),
            "{errs:?}"
        );
        // On the `nr` expression.
        assert_eq!(errs[0].1, attr.trim_start_matches("nr = "), "{errs:?}");
        assert!(errors_at(attr, "pub unsafe fn any(n: usize, a: usize) -> usize;").is_empty());
    }
}

#[test]
fn non_null_needs_an_unsafe_fn_like_a_raw_pointer() {
    for (ty, at) in [
        ("NonNull<u8>", "NonNull"),
        ("core::ptr::NonNull<u8>", "core"),
        ("Option<NonNull<u8>>", "NonNull"),
        ("&[std::ptr::NonNull<u64>]", "std"),
    ] {
        let item = format!("fn f(p: {ty}) -> usize;");
        let errs = errors_at("nr = 1", &item);
        assert_eq!(errs.len(), 1, "{ty}: {errs:?}");
        assert!(
            errs[0]
                .0
                .contains("a `NonNull` parameter needs an `unsafe fn`"),
            "{ty}: {errs:?}"
        );
        assert_eq!(errs[0].1, at, "{ty}");
        assert!(errors_at("nr = 1", &format!("unsafe {item}")).is_empty());
    }
    // A raw pointer to a NonNull is reported once, as the raw pointer.
    let errs = errors_at("nr = 1", "fn f(p: *const NonNull<u8>) -> usize;");
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].0.contains("a raw pointer parameter"), "{errs:?}");
}

/// A declaration whose options fail to parse is still checked, with the `nr` that did
/// parse: `nr = n` keeps naming the parameter, so no made-up "too many words" appears.
#[test]
fn bad_options_keep_the_parsed_nr_for_validation() {
    let item = "unsafe fn f(n: usize, a: u8, b: u8, c: u8, d: u8, e: u8, g: u8) -> usize;";
    let errs = errors_at("nr = n, bogus", item);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].0.contains("unknown option `bogus`"), "{errs:?}");
    // The declaration's own errors still show beside the options' …
    let errs = errors_at("nr = n, bogus", "fn f(n: usize, p: *const u8) -> usize;");
    let msgs: Vec<_> = errs.iter().map(|(m, _)| m.as_str()).collect();
    assert_eq!(errs.len(), 3, "{msgs:?}");
    assert!(msgs[0].contains("unknown option `bogus`"));
    assert!(msgs[1].contains("chosen at run time"));
    assert!(msgs[2].contains("a raw pointer parameter"));
    // … and with no `nr` parsed, the declaration is checked against nothing in particular.
    let errs = errors_at("nr = 1 + , bogus", "fn f(a: u8) -> usize;");
    assert!(errs.iter().all(|(m, _)| !m.contains("words")), "{errs:?}");
}

/// Every generated `unsafe` block is spanned on the declaration's own `fn` token (keyword
/// and braces), so that rustc's `unsafe_code` lint, silent on an external macro's tokens,
/// sees it; the rest of the body keeps the macro's spans.
#[test]
fn unsafe_blocks_carry_the_fn_tokens_span() {
    fn unsafe_blocks(ts: TokenStream, out: &mut Vec<(&'static str, String, String)>) {
        let tokens: Vec<_> = ts.into_iter().collect();
        for (i, tt) in tokens.iter().enumerate() {
            if let proc_macro2::TokenTree::Group(g) = tt {
                unsafe_blocks(g.stream(), out);
            }
            let proc_macro2::TokenTree::Ident(id) = tt else {
                continue;
            };
            if id != "unsafe" {
                continue;
            }
            // `unsafe fn` of the signature is the user's own token.
            if let Some(proc_macro2::TokenTree::Ident(next)) = tokens.get(i + 1) {
                if next == "fn" {
                    continue;
                }
            }
            let Some(proc_macro2::TokenTree::Group(body)) = tokens.get(i + 1) else {
                panic!("`unsafe` without a block");
            };
            let kw = id.span().source_text().unwrap_or_default();
            let open = body.span().source_text().unwrap_or_default();
            // Either the call (`__zcall_syscall!`, whose tokens are not respanned) or the
            // decode of the result (`<T as SyscallReturn>::from_raw(raw)`, spanned on the
            // return type).
            let idents: Vec<_> = body
                .stream()
                .into_iter()
                .filter_map(|t| match t {
                    proc_macro2::TokenTree::Ident(i) => Some(i),
                    _ => None,
                })
                .collect();
            let kind = if let Some(m) = idents.iter().find(|i| *i == "__zcall_syscall") {
                assert!(m.span().source_text().is_none(), "{body}");
                "asm"
            } else {
                assert!(idents.iter().any(|i| i == "from_raw"), "{body}");
                "decode"
            };
            out.push((kind, kw, open));
        }
    }
    for item in [
        "pub fn f(a: u8) -> Result<u32, Errno>;",
        "pub unsafe fn f(a: u8) -> usize;",
        "fn exit(code: i32) -> !;",
    ] {
        let out = expand_syscall("nr = 1".parse().unwrap(), item.parse().unwrap());
        let mut found = Vec::new();
        unsafe_blocks(out, &mut found);
        let asm = found.iter().filter(|(kind, ..)| *kind == "asm").count();
        let decode = found.iter().filter(|(kind, ..)| *kind == "decode").count();
        assert_eq!(asm, 1, "{item}");
        assert_eq!(decode, usize::from(!item.ends_with("!;")), "{item}");
        for (_, kw, open) in found {
            assert_eq!((kw.as_str(), open.as_str()), ("fn", "fn"), "{item}");
        }
    }
}

/// zcall's unsupported-target guard, evaluated for a few targets by a small `cfg`
/// evaluator: on a supported target nothing is active; on another, the general error with
/// the list of `TARGETS`, then one naming its OS and one naming its architecture.
#[test]
fn the_unsupported_target_guard_comes_from_the_target_table() {
    use crate::guard::{unsupported_target_guard, COMMON_ARCH, COMMON_OS};

    fn eval(meta: &syn::Meta, os: &str, arch: &str) -> bool {
        match meta {
            syn::Meta::NameValue(nv) => {
                let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(v),
                    ..
                }) = &nv.value
                else {
                    panic!("cfg value {}", quote::ToTokens::to_token_stream(&nv.value))
                };
                if nv.path.is_ident("target_os") {
                    v.value() == os
                } else if nv.path.is_ident("target_arch") {
                    v.value() == arch
                } else {
                    panic!("cfg key {}", quote::ToTokens::to_token_stream(&nv.path))
                }
            }
            syn::Meta::List(l) => {
                let inner = l
                    .parse_args_with(
                        syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated,
                    )
                    .unwrap();
                let mut each = inner.iter().map(|m| eval(m, os, arch));
                match l.path.get_ident().map(|i| i.to_string()).as_deref() {
                    Some("all") => each.all(|b| b),
                    Some("any") => each.any(|b| b),
                    Some("not") => {
                        assert_eq!(inner.len(), 1);
                        !each.next().unwrap()
                    }
                    other => panic!("cfg operator {other:?}"),
                }
            }
            syn::Meta::Path(p) => panic!("cfg {}", quote::ToTokens::to_token_stream(p)),
        }
    }

    /// The messages of the guard's errors active on (os, arch).
    fn active(file: &syn::File, os: &str, arch: &str) -> Vec<String> {
        file.items
            .iter()
            .filter_map(|item| {
                let syn::Item::Macro(m) = item else {
                    panic!("not a macro item")
                };
                assert!(m.mac.path.segments.last().unwrap().ident == "compile_error");
                let [attr] = m.attrs.as_slice() else {
                    panic!("one cfg per item")
                };
                assert!(attr.path().is_ident("cfg"));
                let cfg: syn::Meta = attr.parse_args().unwrap();
                let msg: syn::LitStr = m.mac.parse_body().unwrap();
                eval(&cfg, os, arch).then(|| msg.value())
            })
            .collect()
    }

    let file: syn::File = syn::parse2(unsupported_target_guard(TokenStream::new())).unwrap();
    assert_eq!(file.items.len(), 1 + COMMON_OS.len() + COMMON_ARCH.len());
    for t in TARGETS {
        assert_eq!(active(&file, t.os, t.arch), Vec::<String>::new());
        // The supported OS and architectures are among the named values.
        assert!(COMMON_OS.contains(&t.os) && COMMON_ARCH.contains(&t.arch));
    }
    let general = "zcall has no syscall convention for this target; supported: linux x86_64, \
                   linux aarch64, linux riscv64, linux loongarch64, linux x86, linux arm, \
                   linux powerpc, linux powerpc64, linux s390x, linux mips64, macos aarch64, \
                   macos x86_64, freebsd x86_64, freebsd aarch64";
    let named = |key: &str, value: &str| {
        format!(
            "zcall: this target has {key} = \"{value}\", a combination zcall has no syscall \
             convention for"
        )
    };
    for (os, arch) in [
        ("linux", "mips"),
        ("windows", "x86_64"),
        ("ios", "aarch64"),
        ("netbsd", "x86_64"),
        ("freebsd", "riscv64"),
        ("none", "riscv32"),
    ] {
        assert_eq!(
            active(&file, os, arch),
            [
                general.to_string(),
                named("target_os", os),
                named("target_arch", arch)
            ],
            "{os} {arch}"
        );
    }
    // A value not in the lists still gets the general error.
    assert_eq!(active(&file, "plan9", "vax"), [general.to_string()]);
    // No input is taken.
    let out = unsupported_target_guard(quote!(x)).to_string();
    assert!(out.contains("takes no input"), "{out}");
}

/// `impl Trait` and `_` are found anywhere in a parameter's type, and `impl Trait` anywhere
/// in the return type, each reported once by the macro on its own tokens.
#[test]
fn impl_trait_and_placeholders_are_found_inside_types() {
    for (item, msg, at) in [
        (
            "fn f(a: &impl Copy) -> usize;",
            "`impl Trait` parameters",
            "impl",
        ),
        (
            "fn f(a: Option<&mut impl Copy>) -> usize;",
            "`impl Trait` parameters",
            "impl",
        ),
        (
            "fn f(a: &[(u8, impl Copy)]) -> usize;",
            "`impl Trait` parameters",
            "impl",
        ),
        (
            "fn f(a: Option<&_>) -> usize;",
            "write the parameter's type out",
            "_",
        ),
        (
            "fn f() -> Result<impl Copy, Errno>;",
            "`impl Trait` is not supported as a syscall's return type",
            "impl",
        ),
    ] {
        let errs = errors_at("nr = 1", item);
        assert_eq!(errs.len(), 1, "{item}: {errs:?}");
        assert!(errs[0].0.contains(msg), "{item}: {errs:?}");
        assert_eq!(errs[0].1, at, "{item}");
    }
}

/// A second `#[syscall]` on the same declaration is one clear error, on that attribute.
#[test]
fn the_attribute_applied_twice_is_one_error_on_the_second() {
    for second in [
        "#[syscall(nr = 2)]",
        "#[zcall::syscall(nr = 2)]",
        "#[z::syscall]",
    ] {
        let item = format!("/// Docs.\n{second}\n#[must_use]\nfn f() -> usize;");
        let errs = errors_at("nr = 1", &item);
        assert_eq!(errs.len(), 1, "{second}: {errs:?}");
        assert!(
            errs[0].0.contains("#[syscall] is applied twice"),
            "{errs:?}"
        );
        assert_eq!(errs[0].1, "#", "{second}");
    }
    // Other attributes whose name merely contains it are left alone.
    assert!(errors_at("nr = 1", "#[my_syscall_note] fn f() -> usize;").is_empty());
}

/// `short` only relaxes the kernel-arity check: given where it cannot change anything, it
/// is an error saying why.
#[test]
fn short_where_it_has_no_effect_is_an_error() {
    for (attr, item, why) in [
        ("nr = 2, short", "fn f(a: u8) -> usize;", "not a literal"),
        (
            "nr = MY_NR, short",
            "fn f(a: u8) -> usize;",
            "not a literal",
        ),
        (
            "short, nr = my::OPENAT",
            "fn f(a: u8) -> usize;",
            "not a literal",
        ),
        (
            "nr = n, short",
            "unsafe fn f(n: usize, a: u8) -> usize;",
            "chosen at run time",
        ),
        (
            "nr = nr::NOT_A_SYSCALL, short",
            "fn f(a: u8) -> usize;",
            "no syscall `NOT_A_SYSCALL` on any target",
        ),
        (
            "nr = zcall::nr::GETPID, short",
            "fn f() -> usize;",
            "passes 0 words, no fewer than `getpid` takes on any target",
        ),
        (
            "nr = zcall::nr::CLOSE, short",
            "fn f(fd: i32) -> usize;",
            "passes 1 word, no fewer than `close` takes",
        ),
    ] {
        let errs = errors_at(attr, item);
        assert_eq!(errs.len(), 1, "{attr}: {errs:?}");
        assert!(
            errs[0].0.contains("`short` has no effect here") && errs[0].0.contains(why),
            "{attr}: {errs:?}"
        );
        assert_eq!(errs[0].1, "short", "{attr}");
    }
    // Where the kernel reads more words than declared, `short` is what allows it.
    assert!(errors_at(
        "nr = zcall::nr::OPENAT, short",
        "unsafe fn f(d: i32, p: *const u8, fl: i32) -> usize;"
    )
    .is_empty());
}

/// A syscall the kernel gives more than six words cannot be declared for that target: the
/// error says so, on that target only, and does not suggest `short`.
#[test]
fn kernel_arity_beyond_six_words_is_its_own_error() {
    let item = "unsafe fn kevent64(a: i32, b: usize, c: i32, d: usize, e: i32, f: u32) -> usize;";
    for attr in ["nr = zcall::nr::KEVENT64", "nr = nr::KEVENT64, short"] {
        let out = expand(attr.parse().unwrap(), item.parse().unwrap());
        let errs = errors_at(attr, item);
        // Behind macOS's cfgs only (one per arch): no other target has kevent64.
        assert_eq!(errs.len(), 2, "{attr}: {errs:?}");
        for (err, arch) in errs.iter().zip(["aarch64", "x86_64"]) {
            assert_eq!(
                err.0,
                format!(
                    "\"`kevent64` takes 7 words on macos {arch} (the kernel's signature); at \
                     most 6 can be passed, so #[syscall] cannot declare it for this target \
                     (leave the declaration out there with #[cfg])\""
                ),
            );
            let cfg = format!(
                "# [cfg (all (target_os = \"macos\" , target_arch = \"{arch}\"))] :: core :: \
                 compile_error !"
            );
            assert!(out.contains(&cfg), "{out}");
        }
    }
}

/// `arity::kernel_args` binary-searches each table: each must be strictly sorted by name
/// (byte order), which also rules out a name given twice.
#[test]
fn every_arity_table_is_strictly_sorted_by_name() {
    use crate::arity_table::{
        DARWIN, FREEBSD, LINUX_ARM, LINUX_GENERIC, LINUX_MIPS64, LINUX_POWERPC, LINUX_POWERPC64,
        LINUX_S390X, LINUX_X86, LINUX_X86_64,
    };
    let tables = [
        ("LINUX_X86_64", LINUX_X86_64),
        ("LINUX_GENERIC", LINUX_GENERIC),
        ("LINUX_X86", LINUX_X86),
        ("LINUX_ARM", LINUX_ARM),
        ("LINUX_POWERPC", LINUX_POWERPC),
        ("LINUX_POWERPC64", LINUX_POWERPC64),
        ("LINUX_S390X", LINUX_S390X),
        ("LINUX_MIPS64", LINUX_MIPS64),
        ("DARWIN", DARWIN),
        ("FREEBSD", FREEBSD),
    ];
    for (name, table) in tables {
        assert!(!table.is_empty(), "{name}");
        let keys: Vec<&str> = crate::table::lines(table).map(crate::table::key).collect();
        for pair in keys.windows(2) {
            assert!(
                pair[0].as_bytes() < pair[1].as_bytes(),
                "{name}: {:?} before {:?}",
                pair[0],
                pair[1]
            );
        }
    }
    // Every target's table is one of them, and each lookup finds each row.
    for t in TARGETS {
        assert!(
            tables.iter().any(|(_, table)| *table == t.arity),
            "{} {}",
            t.os,
            t.arch
        );
        for (i, line) in crate::table::lines(t.arity).enumerate() {
            let name = crate::table::key(line);
            assert_eq!(
                crate::arity::kernel_args(t, name),
                Some(crate::table::count(line).unwrap()),
                "{name} (row {i})"
            );
        }
    }
}

/// The fuzz target (`fuzz/`, its own workspace, which CI does not build) compiles the
/// macro's modules as plain modules by `#[path]`. Its list must be exactly the modules the
/// pipeline needs — `pm2.rs` (the pipeline on proc_macro2 tokens) and, transitively, every
/// module named through `crate::…`
/// — none of them may use the compiler's `proc_macro`, and the fuzz crate must depend on
/// every crate the macro crate does. A new module, or a new dependency, that would break
/// the fuzz build fails here instead.
#[test]
fn the_fuzz_target_compiles_the_modules_the_pipeline_needs() {
    use proc_macro2::TokenTree;
    use std::collections::BTreeSet;
    use std::path::Path;

    /// Every `crate::NAME` and `crate::{NAME, …}` in a token stream; and whether it names
    /// the `proc_macro` crate.
    fn scan(ts: TokenStream, refs: &mut BTreeSet<String>, proc_macro: &mut bool) {
        let tokens: Vec<TokenTree> = ts.into_iter().collect();
        for (i, tt) in tokens.iter().enumerate() {
            match tt {
                TokenTree::Group(g) => scan(g.stream(), refs, proc_macro),
                TokenTree::Ident(id) if id == "proc_macro" => *proc_macro = true,
                TokenTree::Ident(id) if id == "crate" => {
                    let path_sep = matches!(
                        (tokens.get(i + 1), tokens.get(i + 2)),
                        (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                            if a.as_char() == ':' && b.as_char() == ':'
                    );
                    match tokens.get(i + 3) {
                        Some(TokenTree::Ident(name)) if path_sep => {
                            refs.insert(name.to_string());
                        }
                        Some(TokenTree::Group(g)) if path_sep => {
                            // `crate::{a, b::c}`: the first name of each element.
                            let mut first = true;
                            for t in g.stream() {
                                match t {
                                    TokenTree::Ident(name) if first => {
                                        refs.insert(name.to_string());
                                        first = false;
                                    }
                                    TokenTree::Punct(p) if p.as_char() == ',' => first = true,
                                    _ => {}
                                }
                            }
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
        }
    }

    /// The keys of a manifest's `[dependencies]` table.
    fn dependencies(manifest: &str) -> BTreeSet<String> {
        let mut deps = BTreeSet::new();
        let mut inside = false;
        for line in manifest.lines().map(str::trim) {
            if line.starts_with('[') {
                inside = line == "[dependencies]";
            } else if inside && !line.is_empty() && !line.starts_with('#') {
                if let Some((key, _)) = line.split_once('=') {
                    deps.insert(key.trim().to_string());
                }
            }
        }
        deps
    }

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read =
        |p: &Path| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));

    // What the pipeline needs.
    let mut needed = BTreeSet::new();
    let mut todo = vec!["pm2".to_string()];
    while let Some(module) = todo.pop() {
        if !needed.insert(module.clone()) {
            continue;
        }
        let path = root.join("src").join(format!("{module}.rs"));
        assert!(
            path.exists(),
            "the pipeline needs `crate::{module}`, which is not a module file ({})",
            path.display()
        );
        let tokens: TokenStream = read(&path).parse().unwrap();
        let (mut refs, mut proc_macro) = (BTreeSet::new(), false);
        scan(tokens, &mut refs, &mut proc_macro);
        assert!(
            !proc_macro,
            "{module}.rs names `proc_macro`, which the fuzz target cannot use: keep it in lib.rs"
        );
        todo.extend(refs);
    }

    // What the fuzz target includes.
    let fuzz_dir = root.join("../fuzz");
    let target = read(&fuzz_dir.join("fuzz_targets/attribute.rs"));
    let file = syn::parse_file(&target).unwrap();
    let mut included = BTreeSet::new();
    for item in &file.items {
        let syn::Item::Mod(m) = item else { continue };
        let name = m.ident.to_string();
        let path = m.attrs.iter().find(|a| a.path().is_ident("path"));
        let Some(syn::Meta::NameValue(nv)) = path.map(|a| &a.meta) else {
            panic!("fuzz target: `mod {name}` without #[path = \"…\"]")
        };
        let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(p),
            ..
        }) = &nv.value
        else {
            panic!("fuzz target: `mod {name}`: #[path] is not a string")
        };
        assert_eq!(
            p.value(),
            format!("../../zcall-macros/src/{name}.rs"),
            "fuzz target: `mod {name}` points elsewhere"
        );
        assert!(m.content.is_none(), "fuzz target: `mod {name}` is inline");
        included.insert(name);
    }
    assert_eq!(
        included, needed,
        "fuzz/fuzz_targets/attribute.rs must include exactly the modules the pipeline needs"
    );

    let ours = dependencies(&read(&root.join("Cargo.toml")));
    let fuzz = dependencies(&read(&fuzz_dir.join("Cargo.toml")));
    let missing: Vec<_> = ours.difference(&fuzz).collect();
    assert!(
        missing.is_empty(),
        "fuzz/Cargo.toml lacks dependencies of zcall-macros: {missing:?}"
    );
}

#[test]
fn aarch64_with_sve_clobbers_predicates_and_vectors() {
    let out = expand(
        quote!(nr = 1),
        quote!(
            fn f(a: u8) -> usize;
        ),
    );
    let a64 = TARGETS
        .iter()
        .position(|t| (t.os, t.arch) == ("linux", "aarch64"))
        .unwrap();
    let first = TARGETS[..a64]
        .iter()
        .map(|t| t.variants().len())
        .sum::<usize>();
    let all = all_asm_blocks(&out);
    let (sve, plain) = (&all[first], &all[first + 1]);
    for reg in (0..16).map(|p| format!("p{p}")) {
        assert!(sve.contains(&format!("lateout (\"{reg}\") _")), "{reg}");
        assert!(!plain.contains(&format!("(\"{reg}\")")), "{reg}");
    }
    for v in 0..32 {
        assert!(sve.contains(&format!("lateout (\"v{v}\") _")), "v{v}");
    }
    let arch = crate::arch::render();
    assert!(arch.contains(
        "#[cfg(all(all(target_os = \"linux\", target_arch = \"aarch64\"), \
         target_feature = \"sve\"))]"
    ));
    assert!(arch.contains(
        "#[cfg(all(all(target_os = \"linux\", target_arch = \"aarch64\"), \
         not(any(target_feature = \"sve\"))))]"
    ));
}

#[test]
fn short_declarations_zero_the_left_out_registers() {
    // openat takes 4 words on every Linux target; a 3-word `short` declaration passes 0
    // in the fourth register (the mode), never whatever it held.
    let out = expand(
        quote!(nr = zcall::nr::OPENAT, short),
        quote!(
            unsafe fn openat(d: i32, p: *const u8, f: i32) -> Result<i32, Errno>;
        ),
    );
    let blocks = asm_blocks(&out);
    for (block, t) in blocks.iter().zip(TARGETS) {
        let Some(k) = crate::arity::kernel_args(t, "OPENAT") else {
            continue;
        };
        for reg in &t.args[3..k] {
            // i686's esi is reached through an exchanged scratch operand (`Refused`).
            let swapped = block.contains(&format!("\"xchg {reg}, {{zcall_swap}}\""))
                && block.contains("zcall_swap = in (reg) 0usize");
            assert!(
                block.contains(&format!("in (\"{reg}\") 0usize"))
                    || block.contains(&format!("inlateout (\"{reg}\") 0usize"))
                    || swapped,
                "{reg} of {} {}: {block}",
                t.os,
                t.arch
            );
        }
        for reg in &t.args[k..] {
            assert!(!block.contains(&format!("(\"{reg}\") 0usize")), "{reg}");
        }
    }
    // Without `short`, nothing is zeroed.
    let out = expand(
        quote!(nr = zcall::nr::OPENAT),
        quote!(
            unsafe fn openat(d: i32, p: *const u8, f: i32, m: u32) -> Result<i32, Errno>;
        ),
    );
    assert!(!out.contains("0usize"), "{out}");
}

#[test]
fn a_number_that_is_not_a_parameter_is_a_constant() {
    for nr in [
        quote!(zcall::nr::GETPID),
        quote!(39),
        quote!(r#k),
        quote!((X)),
    ] {
        let out = expand(
            quote!(nr = #nr),
            quote!(
                fn f() -> usize;
            ),
        );
        assert!(
            out.contains(&format!("let __zcall_nr : usize = const {{ {nr} }}")),
            "{out}"
        );
    }
    // A raw identifier names the parameter it spells: the number is then that parameter.
    for (nr, param) in [
        (quote!(r#n), quote!(n)),
        (quote!(n), quote!(r#n)),
        (quote!(r#n), quote!(r#n)),
    ] {
        let out = expand(
            quote!(nr = #nr),
            quote!(
                unsafe fn f(#param: usize, a: usize) -> usize;
            ),
        );
        assert!(out.contains("SyscallArg > :: into_word ("), "{out}");
        assert!(!out.contains("const {"), "{out}");
        let safe = expand(
            quote!(nr = #nr),
            quote!(
                fn f(#param: usize, a: usize) -> usize;
            ),
        );
        assert!(safe.contains("a syscall number chosen at run time needs an `unsafe fn`"));
    }
}

#[test]
fn safe_declarations_check_every_parameter_by_type() {
    let out = expand(
        quote!(nr = zcall::nr::READ),
        quote!(
            fn r(fd: BorrowedFd<'_>, buf: Addr, n: Len) -> Result<usize, Errno>;
        ),
    );
    assert!(out.contains(":: zcall :: __private :: safe_arg :: < BorrowedFd < '_ > > ()"));
    // `read`'s second parameter is `char __user *buf`: an address, whatever `Addr` is.
    assert!(out.contains(":: zcall :: __private :: safe_arg :: < Addr > ()"));
    assert!(out.contains(":: zcall :: __private :: safe_addr_arg :: < Addr > ()"));
    assert!(out.contains(":: zcall :: __private :: safe_arg :: < Len > ()"));
    let out = expand(
        quote!(nr = 1),
        quote!(
            fn w(fd: BorrowedFd<'_>, buf: &[u8]) -> usize;
        ),
    );
    assert!(out.contains(":: zcall :: __private :: safe_slice_arg :: < & [u8] > ()"));
    // An `unsafe fn` has no such checks.
    let out = expand(
        quote!(nr = zcall::nr::READ),
        quote!(
            unsafe fn r(fd: i32, buf: usize, n: usize) -> Result<usize, Errno>;
        ),
    );
    assert!(!out.contains("__private"), "{out}");
}

#[test]
fn integers_where_the_kernel_reads_an_address_name_the_kernel_parameter() {
    let out = expand(
        quote!(nr = zcall::nr::READ),
        quote!(
            fn r(fd: BorrowedFd<'_>, buf: usize, n: usize) -> Result<usize, Errno>;
        ),
    );
    assert!(
        out.contains("`buf: usize` is passed where the kernel's `read` takes `char __user *buf`"),
        "{out}"
    );
    let out = expand(
        quote!(nr = zcall::nr::READ, short),
        quote!(
            fn r(buf: &mut [u8]) -> Result<usize, Errno>;
        ),
    );
    assert!(
        out.contains(
            "this slice's length (word 2) lands where the kernel's `read` takes `char __user *buf`"
        ),
        "{out}"
    );
}

/// `zcall/src/arch.rs` is `arch::render()`: the per-target macros every stub invokes.
/// `ZCALL_BLESS=1` rewrites it.
#[test]
fn the_arch_macros_file_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../zcall/src/arch.rs");
    let want = crate::arch::render();
    if std::env::var_os("ZCALL_BLESS").is_some() {
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "zcall/src/arch.rs is stale: run `ZCALL_BLESS=1 cargo test -p zcall-macros the_arch_macros`"
    );
}

/// `zcall/src/expanded/` is `expanded::expand_file` of every mirrored source, and holds
/// nothing else. `ZCALL_BLESS=1` rewrites it.
#[test]
fn the_expanded_copies_are_current() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../zcall/src");
    let bless = std::env::var_os("ZCALL_BLESS").is_some();
    let pairs = crate::expanded::files(&src);
    let mut stale = Vec::new();
    for (source, copy) in &pairs {
        let text = std::fs::read_to_string(source).unwrap();
        let want = crate::expanded::expand_file(&text)
            .unwrap_or_else(|e| panic!("{}: {e}", source.display()));
        if bless {
            std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
            std::fs::write(copy, &want).unwrap();
        }
        if std::fs::read_to_string(copy).ok().as_deref() != Some(want.as_str()) {
            stale.push(copy.display().to_string());
        }
    }
    // No copy without a source.
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push(p);
            }
        }
    }
    let mut copies = Vec::new();
    walk(&src.join("expanded"), &mut copies);
    for c in copies {
        if !pairs.iter().any(|(_, copy)| *copy == c) {
            if bless {
                std::fs::remove_file(&c).unwrap();
            } else {
                stale.push(format!("{} (no source)", c.display()));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale: {stale:?}; run `ZCALL_BLESS=1 cargo test -p zcall-macros the_expanded_copies`"
    );
    // Every declaration was expanded: no attribute is left in a copy.
    for (_, copy) in &pairs {
        let text = std::fs::read_to_string(copy).unwrap_or_default();
        assert!(!text.contains("#[syscall("), "{}", copy.display());
    }
}

/// The row `os arch`.
fn row(os: &str, arch: &str) -> &'static crate::target::Target {
    TARGETS
        .iter()
        .find(|t| t.os == os && t.arch == arch)
        .unwrap_or_else(|| panic!("no row {os} {arch}"))
}

#[test]
fn i686_reaches_esi_and_ebp_without_naming_them() {
    // Six words: esi's and ebp's words and the number go in memory, their registers are
    // saved on the stack (so no `nostack`).
    let out = expand(
        quote!(nr = n),
        quote!(
            unsafe fn f(n: usize, a: u8, b: u8, c: u8, d: u8, e: u8, g: u8) -> usize;
        ),
    );
    let x86 = row_block(&out, "linux", "x86");
    let t = row("linux", "x86");
    let words: Vec<TokenStream> = (0..6)
        .map(|i| format!("__zcall_w{i}").parse().unwrap())
        .collect();
    let full = crate::arch::asm_value(t, &t.variants()[0], &quote!(::zcall), &quote!(n), &words)
        .to_string();
    assert!(
        full.contains("let __zcall_args : [usize ; 3] = [__zcall_w3 , __zcall_w5 , n]"),
        "{full}"
    );
    for piece in [
        "\"push ebp\" , \"push esi\" , \"mov esi, [eax]\" , \"mov ebp, [eax + 4]\" , \
         \"mov eax, [eax + 8]\" , \"int 0x80\" , \"pop esi\" , \"pop ebp\"",
        "inlateout (\"eax\") __zcall_args . as_ptr () as usize => __zcall_ret",
        "in (\"ebx\") __zcall_w0",
        "in (\"edi\") __zcall_w4",
        "options (preserves_flags)",
    ] {
        assert!(x86.contains(piece), "{piece} missing in {x86}");
    }
    assert!(
        !x86.contains("(\"esi\")") && !x86.contains("(\"ebp\")"),
        "{x86}"
    );
    assert!(!x86.contains("nostack"), "{x86}");
    // Four or five: esi through an exchanged scratch operand, nothing on the stack.
    let out = expand(
        quote!(nr = 1),
        quote!(
            fn f(a: u8, b: u8, c: u8, d: u8, e: u8) -> usize;
        ),
    );
    let x86 = row_block(&out, "linux", "x86");
    for piece in [
        "\"xchg esi, {zcall_swap}\" , \"int 0x80\" , \"xchg esi, {zcall_swap}\"",
        "zcall_swap = in (reg) __zcall_w3",
        "in (\"edi\") __zcall_w4",
        "options (nostack , preserves_flags)",
    ] {
        assert!(x86.contains(piece), "{piece} missing in {x86}");
    }
    assert!(!x86.contains("(\"esi\")"), "{x86}");
}

#[test]
fn thumb_moves_the_number_through_a_scratch_register() {
    let out = expand(
        quote!(nr = 1),
        quote!(
            fn f(a: u8) -> usize;
        ),
    );
    let arm = row("linux", "arm");
    let variants = arm.variants();
    assert_eq!(variants.len(), 2);
    let thumb = asm_of(&out, arm, &variants[0]);
    assert!(variants[0].cfg.to_string().contains("\"thumb-mode\""));
    for piece in [
        "\"mov {zcall_save}, r7\" , \"mov r7, {zcall_nr}\" , \"svc 0\" , \"mov r7, {zcall_save}\"",
        "zcall_nr = in (reg) __zcall_nr , zcall_save = out (reg) _",
        "inlateout (\"r0\") __zcall_w0 => __zcall_ret",
    ] {
        assert!(thumb.contains(piece), "{piece} missing in {thumb}");
    }
    assert!(!thumb.contains("(\"r7\")"), "{thumb}");
    let a32 = asm_of(&out, arm, &variants[1]);
    assert!(variants[1]
        .cfg
        .to_string()
        .contains("not (target_feature = \"thumb-mode\")"));
    assert!(a32.contains("in (\"r7\") __zcall_nr"), "{a32}");
    assert!(a32.contains("options (nostack , preserves_flags)"), "{a32}");
}

#[test]
fn powerpc_reads_the_error_bit_of_cr0() {
    // 32-bit powerpc and powerpc64 (ppc64le): the same registers and flag read.
    for arch in ["powerpc", "powerpc64"] {
        powerpc_row_reads_the_error_bit_of_cr0(arch);
    }
}

fn powerpc_row_reads_the_error_bit_of_cr0(arch: &str) {
    let out = expand(
        quote!(nr = 1),
        quote!(
            fn f(a: u8, b: u8) -> usize;
        ),
    );
    let ppc = row_block(&out, "linux", arch);
    for piece in [
        "\"sc\" , \"mfcr 12\" ,",
        "inlateout (\"r0\") __zcall_nr => _",
        "inlateout (\"r3\") __zcall_w0 => __zcall_ret",
        "inlateout (\"r4\") __zcall_w1 => _",
        "lateout (\"r12\") __zcall_flag",
        "lateout (\"cr0\") _",
        "lateout (\"ctr\") _",
        "lateout (\"xer\") _",
        "options (nostack)",
    ] {
        assert!(ppc.contains(piece), "{piece} missing in {ppc}");
    }
    let full = crate::arch::asm_value(
        row("linux", arch),
        &row("linux", arch).variants()[0],
        &quote!(::zcall),
        &quote!(n),
        &[],
    )
    .to_string();
    assert!(
        full.contains("__from_flag (__zcall_ret , __zcall_flag & 268435456u32 != 0)"),
        "{full}"
    );
    assert!(
        !full.contains("lateout (\"r12\") _ ,"),
        "r12 both flag and clobber: {full}"
    );
}

#[test]
fn s390x_passes_the_number_in_r1_and_six_words_in_r2_to_r7() {
    let out = expand(
        quote!(nr = 1),
        quote!(
            fn f(a: u8, b: u8, c: u8, d: u8, e: u8, g: u8) -> usize;
        ),
    );
    let t = row("linux", "s390x");
    assert_eq!(t.variants().len(), 1);
    let s390x = row_block(&out, "linux", "s390x");
    for piece in [
        "\"svc 0\" ,",
        "in (\"r1\") __zcall_nr",
        "inlateout (\"r2\") __zcall_w0 => __zcall_ret",
        "in (\"r3\") __zcall_w1",
        "in (\"r6\") __zcall_w4",
        "in (\"r7\") __zcall_w5",
        "options (nostack , preserves_flags)",
    ] {
        assert!(s390x.contains(piece), "{piece} missing in {s390x}");
    }
    // Nothing else is clobbered: r11 and r15 (refused by rustc) are never named.
    assert!(!s390x.contains(", lateout ("), "{s390x}");
    assert!(!s390x.contains("r11") && !s390x.contains("r15"), "{s390x}");
    // A call that does not return ends in the trap.
    let out = expand(
        quote!(nr = 1),
        quote!(
            fn exit(code: i32) -> !;
        ),
    );
    let never = row_block(&out, "linux", "s390x");
    assert!(never.contains("\"svc 0\" , \"j .+2\""), "{never}");
}

#[test]
fn s390x_mmap_takes_one_pointer() {
    // The six-register mmap of x86_64 and the generic table is wrong on s390x, where
    // `mmap` (90) is `sys_old_mmap`: one pointer to the six words.
    let out = expand(
        quote!(nr = zcall::nr::MMAP),
        quote!(
            unsafe fn mmap(a: *mut u8, l: usize, p: i32, f: i32, fd: i32, o: i64) -> *mut u8;
        ),
    );
    assert!(
        out.contains(
            "`mmap` takes 1 word on linux s390x (the kernel's signature), but this \
                      declaration passes 6 words"
        ),
        "{out}"
    );
    for arch in ["x86_64", "aarch64", "riscv64", "loongarch64"] {
        assert!(!out.contains(&format!("on linux {arch} ")), "{arch}: {out}");
    }
    // The one-pointer form is right on s390x only.
    let out = expand(
        quote!(nr = zcall::nr::MMAP),
        quote!(
            unsafe fn old_mmap(args: *const [usize; 6]) -> *mut u8;
        ),
    );
    assert!(!out.contains("on linux s390x "), "{out}");
    assert!(
        out.contains("`mmap` takes 6 words on linux x86_64"),
        "{out}"
    );
}

#[test]
fn mips64_reads_the_error_flag_from_a3() {
    // Four words: $7 is the fourth argument and the flag, one `inlateout`.
    let out = expand(
        quote!(nr = 1),
        quote!(
            fn f(a: u8, b: u8, c: u8, d: u8) -> usize;
        ),
    );
    let mips = row_block(&out, "linux", "mips64");
    for piece in [
        "\".set noat\\nmove $25, $1\" , \"syscall\" , \"move $1, $25\\n.set at\" ,",
        "inlateout (\"$2\") __zcall_nr => __zcall_ret",
        "in (\"$4\") __zcall_w0",
        "inlateout (\"$7\") __zcall_w3 => __zcall_flag",
        "lateout (\"$3\") _",
        "lateout (\"$8\") _",
        "lateout (\"$15\") _",
        "lateout (\"$24\") _",
        "lateout (\"$25\") _",
        "options (nostack , preserves_flags)",
    ] {
        assert!(mips.contains(piece), "{piece} missing in {mips}");
    }
    assert_eq!(mips.matches("\"$7\"").count(), 1, "{mips}");
    // Fewer words: $7 is an output only.
    let t = row("linux", "mips64");
    let full =
        crate::arch::asm_value(t, &t.variants()[0], &quote!(::zcall), &quote!(n), &[]).to_string();
    assert!(full.contains("lateout (\"$7\") __zcall_flag"), "{full}");
    assert!(
        full.contains("__from_flag (__zcall_ret , __zcall_flag != 0)"),
        "{full}"
    );
    // A call that never returns: the bracket closes after the trap, no outputs.
    let never = crate::arch::asm_noreturn(t, &t.variants()[0], &quote!(n), &[]).to_string();
    assert!(
        never.contains(
            "\".set noat\\nmove $25, $1\" , \"syscall\" , \"teq $zero, $zero\" , \"move $1, $25\\n.set at\" ,"
        ),
        "{never}"
    );
    assert!(!never.contains("__zcall_flag"), "{never}");
}

#[test]
fn gated_rows_carry_the_gate_on_their_macro() {
    let text = crate::arch::render();
    for t in TARGETS {
        let cfg = crate::arch::tidy(&t.cfg().to_string());
        let items: Vec<&str> = text
            .split("\n\n")
            .filter(|i| {
                i.contains(&format!("#[cfg({cfg})]")) || i.contains(&format!("#[cfg(all({cfg},"))
            })
            .collect();
        assert_eq!(items.len(), t.variants().len(), "{cfg}");
        for item in items {
            match t.asm_gate {
                Some(g) => assert!(
                    item.contains(&format!("#[allow_internal_unstable({g})]\nmacro_rules!")),
                    "{item}"
                ),
                None => assert!(!item.contains("allow_internal_unstable"), "{item}"),
            }
        }
    }
}

/// zcall's crate root enables each gated row's feature (and `allow_internal_unstable`,
/// which the row's macro needs) under exactly the `cfg` of the gated rows, nowhere else.
#[test]
fn gated_rows_are_enabled_at_the_crate_root() {
    let lib = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../zcall/src/lib.rs"),
    )
    .unwrap();
    let gated: Vec<_> = TARGETS.iter().filter(|t| t.asm_gate.is_some()).collect();
    assert!(!gated.is_empty());
    for t in &gated {
        let (os, arch, gate) = (t.os, t.arch, t.asm_gate.unwrap());
        let want = format!(
            "#![cfg_attr(\n    all(target_os = \"{os}\", target_arch = \"{arch}\"),\n    \
             feature({gate}, allow_internal_unstable),\n    allow(internal_features)\n)]"
        );
        assert!(lib.contains(&want), "zcall/src/lib.rs lacks:\n{want}");
    }
    assert_eq!(
        lib.matches(", allow_internal_unstable)").count(),
        gated.len(),
        "zcall/src/lib.rs enables allow_internal_unstable for a row without a gate"
    );
}

#[test]
fn a_flag_register_is_a_clobber_and_never_an_argument() {
    for t in crate::target::TARGETS {
        if let crate::target::ErrorConv::CondBit { read, reg, .. } = t.errors {
            assert!(
                t.clobbers.contains(&reg),
                "{} {}: {reg} not clobbered",
                t.os,
                t.arch
            );
            assert!(
                !t.args.contains(&reg),
                "{} {}: {reg} is an argument",
                t.os,
                t.arch
            );
            assert!(
                read.ends_with(reg.trim_start_matches(|c: char| c.is_ascii_alphabetic())),
                "{} {}: `{read}` does not write {reg}",
                t.os,
                t.arch
            );
        }
    }
}

#[test]
fn a_64_bit_parameter_is_split_by_each_rows_rules() {
    let words = |out: &str, os: &str, arch: &str| -> Vec<String> {
        let row = row(os, arch).cfg().to_string();
        invocations(out)
            .into_iter()
            .find(|(cfg, _, _)| cfg.as_ref().is_none_or(|c| c.contains(&row)))
            .map(|(_, _, w)| w)
            .unwrap_or_else(|| panic!("no invocation for {os} {arch}"))
    };
    let w = ":: zcall :: __private :: whole (__zcall_w1)";
    let (lo, hi) = (
        ":: zcall :: __private :: lo (__zcall_w1)",
        ":: zcall :: __private :: hi (__zcall_w1)",
    );
    // At an odd word: padded on arm and powerpc.
    let out = expand(
        quote!(nr = 1),
        quote!(
            fn f(fd: i32, off: u64) -> usize;
        ),
    );
    for (os, arch, want) in [
        ("linux", "x86_64", vec!["__zcall_w0", w]),
        ("linux", "aarch64", vec!["__zcall_w0", w]),
        ("freebsd", "x86_64", vec!["__zcall_w0", w]),
        ("linux", "x86", vec!["__zcall_w0", lo, hi]),
        ("linux", "arm", vec!["__zcall_w0", "0usize", lo, hi]),
        ("linux", "powerpc", vec!["__zcall_w0", "0usize", hi, lo]),
        ("linux", "powerpc64", vec!["__zcall_w0", w]),
    ] {
        assert_eq!(words(&out, os, arch), want, "{os} {arch}");
    }
    assert_eq!(invocations(&out).len(), 4, "one per layout: {out}");
    // At an even word: no pad anywhere.
    let out = expand(
        quote!(nr = 1),
        quote!(
            fn f(off: i64) -> usize;
        ),
    );
    let (lo0, hi0) = (
        ":: zcall :: __private :: lo (__zcall_w0)",
        ":: zcall :: __private :: hi (__zcall_w0)",
    );
    assert_eq!(words(&out, "linux", "arm"), [lo0, hi0]);
    assert_eq!(words(&out, "linux", "x86"), [lo0, hi0]);
    assert_eq!(words(&out, "linux", "powerpc"), [hi0, lo0]);
    // The conversion is the sealed pair trait, not `SyscallArg`, and takes no safe check.
    assert!(out.contains("< i64 as :: zcall :: SyscallPairArg > :: into_u64 (off)"));
    assert!(!out.contains("safe_arg :: < i64 >"), "{out}");
}

#[test]
fn arity_is_counted_in_each_rows_words() {
    // Right on 64-bit, wrong on every 32-bit row: a 64-bit offset behind an alias is one
    // word (and does not compile there: no `SyscallArg` for i64), the kernel reads two.
    let out = expand(
        quote!(nr = zcall::nr::PREAD64),
        quote!(
            unsafe fn pread(fd: i32, buf: *mut u8, n: usize, off: Off) -> usize;
        ),
    );
    for arch in ["x86_64", "aarch64", "riscv64", "loongarch64", "powerpc64"] {
        assert!(!out.contains(&format!("on linux {arch} ")), "{arch}: {out}");
    }
    assert!(out.contains(
        "`pread64` takes 5 words on linux x86 (the kernel's signature; a 64-bit value takes \
         two 32-bit registers there), but this declaration passes 4 words"
    ));
    assert!(out.contains(
        "`pread64` takes 6 words on linux arm (the kernel's signature; a 64-bit value takes \
         two 32-bit registers there, starting at an even argument (a zero word pads an odd \
         one)), but this declaration passes 4 words"
    ));
    assert!(out.contains("`pread64` takes 6 words on linux powerpc"));
    // Pair alignment alone: the halves as two words are right on i386, one short on arm
    // and powerpc (the pad before the pair).
    let out = expand(
        quote!(nr = zcall::nr::FTRUNCATE64),
        quote!(
            fn ftruncate64(fd: i32, lo: u32, hi: u32) -> Result<(), Errno>;
        ),
    );
    assert!(!out.contains("on linux x86 "), "{out}");
    assert!(
        out.contains("`ftruncate64` takes 4 words on linux arm"),
        "{out}"
    );
    assert!(
        out.contains("`ftruncate64` takes 4 words on linux powerpc"),
        "{out}"
    );
    assert!(out.contains("# [cfg (all (target_os = \"linux\" , target_arch = \"arm\"))]"));
    // Spelled `u64`, the attribute places the words itself: right on every row.
    let out = expand(
        quote!(nr = zcall::nr::FTRUNCATE64),
        quote!(
            fn ftruncate64(fd: i32, len: u64) -> Result<(), Errno>;
        ),
    );
    assert!(!out.contains("compile_error"), "{out}");
    // More than six words on a 32-bit row only: an error behind that row's cfg.
    let out = expand(
        quote!(nr = 9),
        quote!(
            unsafe fn f(a: u32, b: u64, c: u64, d: u32) -> usize;
        ),
    );
    assert!(
        out.contains("this declaration needs 7 words on linux arm"),
        "{out}"
    );
    assert!(
        !out.contains("words on linux x86;"),
        "six words fit on i386: {out}"
    );
}
