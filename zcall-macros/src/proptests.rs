//! Property tests of the whole pipeline on generated declarations, valid and invalid.
//!
//! For every generated `#[syscall(ATTR)] ITEM`:
//! - the pipeline never panics;
//! - a declaration built only from valid parts expands without errors, to a function item
//!   whose x86_64 block names exactly as many argument registers as it has words;
//! - every error points inside the input (or at the attribute itself, for a missing `nr`);
//! - a safe declaration that expands names every parameter's type in a type-level check
//!   (`__private::safe_*`), however the type is spelled (aliases, type macros, associated
//!   types, `&mut` of every kind: the compiler judges them), and an `unsafe fn` names none;
//! - a number that is not a parameter is evaluated in a const context.

use proc_macro2::{LineColumn, Span, TokenStream, TokenTree};
use proptest::prelude::*;

use crate::pm2::expand_syscall;

/// One generated part: its text, whether it is valid, and its register words.
#[derive(Clone, Debug)]
struct Part {
    text: String,
    valid: bool,
    words: usize,
    /// Needs an `unsafe fn` to be valid (raw pointers).
    needs_unsafe: bool,
}

fn part(text: &str, valid: bool, words: usize, needs_unsafe: bool) -> Part {
    Part {
        text: text.to_string(),
        valid,
        words,
        needs_unsafe,
    }
}

fn param_type() -> impl Strategy<Value = Part> {
    prop_oneof![
        Just(part("u8", true, 1, false)),
        Just(part("i64", true, 1, false)),
        Just(part("usize", true, 1, false)),
        Just(part("bool", true, 1, false)),
        Just(part("RawFd", true, 1, false)),
        Just(part("&u32", true, 1, false)),
        Just(part("&'a mut u64", true, 1, false)),
        Just(part("Option<&u8>", true, 1, false)),
        Just(part("Option<&mut Foo>", true, 1, false)),
        Just(part("BorrowedFd<'_>", true, 1, false)),
        Just(part("String", true, 1, false)), // a trait error later, not the macro's
        Just(part("*const u8", true, 1, true)),
        Just(part("*mut Iovec", true, 1, true)),
        Just(part("Option<&[*mut u8]>", true, 1, true)),
        Just(part("NonNull<u8>", true, 1, true)),
        Just(part("Option<core::ptr::NonNull<Foo>>", true, 1, true)),
        Just(part("&[u8]", true, 2, false)),
        Just(part("&'a mut [u64]", true, 2, false)),
        Just(part("(&[u8])", true, 2, false)),
        Just(part("&[*const u8]", true, 2, true)),
        // Spellings the macro cannot see through: the type system judges them.
        Just(part("Addr", true, 1, false)),
        Just(part("ptr!()", true, 1, false)),
        Just(part("<() as Tr>::P", true, 1, false)),
        Just(part("Nn<u8>", true, 1, false)),
        Just(part("&mut bool", true, 1, false)),
        Just(part("&mut char", true, 1, false)),
        Just(part("Option<&mut NonZeroU32>", true, 1, false)),
        Just(part("&mut Mode", true, 1, false)),
        Just(part("&mut Holder", true, 1, false)),
        Just(part("&mut [&'static u64]", true, 2, false)),
        Just(part("&mut [()]", true, 2, false)),
        Just(part("&mut [[u8; 0]]", true, 2, false)),
        Just(part("&CStr", true, 1, false)),
        Just(part("Option<&core::ffi::CStr>", true, 1, false)),
        Just(part("&[IoSlice<'_>]", true, 2, false)),
        Just(part("r#u32", true, 1, false)),
        Just(part("impl Copy", false, 1, false)),
        Just(part("&impl Copy", false, 1, false)),
        Just(part("Option<&_>", false, 1, false)),
        Just(part("_", false, 1, false)),
    ]
}

fn param_pattern() -> impl Strategy<Value = (Option<String>, bool)> {
    prop_oneof![
        4 => "[a-z][a-z0-9_]{0,6}".prop_map(|s| (Some(s), true)),
        1 => Just((Some("mut m".to_string()), true)),
        1 => Just((Some("r#raw".to_string()), true)),
        1 => Just((None, false)), // replaced by an invalid pattern below
    ]
}

#[derive(Clone, Debug)]
struct Decl {
    attr: String,
    item: String,
    /// `Some(words)` when every part is valid and the words fit: must expand cleanly.
    expect_ok: Option<usize>,
    /// `Some(n)` for a safe declaration expected to expand: `n` type-level checks (one per
    /// register parameter).
    safe_checks: Option<usize>,
    /// `nr` is neither a parameter nor invalid: expansion evaluates it in a const context.
    const_nr: bool,
    /// `Some(name)`: the attribute is `nr = NAME` with the name inside an invisible group,
    /// as a `macro_rules!` `$n:expr` fragment delivers it (`attr` then holds only text for
    /// messages).
    grouped_nr: Option<String>,
}

fn is_keyword(s: &str) -> bool {
    matches!(
        s,
        "as" | "do"
            | "fn"
            | "if"
            | "in"
            | "let"
            | "mod"
            | "mut"
            | "ref"
            | "use"
            | "box"
            | "dyn"
            | "for"
            | "try"
            | "loop"
            | "move"
            | "pub"
            | "self"
            | "type"
            | "impl"
            | "enum"
            | "else"
            | "true"
            | "false"
            | "match"
            | "where"
            | "while"
            | "yield"
            | "async"
            | "await"
            | "break"
            | "const"
            | "crate"
            | "super"
            | "trait"
            | "macro"
            | "final"
            | "priv"
            | "gen"
            | "abstract"
            | "become"
            | "extern"
            | "return"
            | "static"
            | "struct"
            | "unsafe"
            | "unsized"
            | "virtual"
            | "override"
            | "typeof"
            | "continue"
            | "_"
    )
}

fn declaration() -> impl Strategy<Value = Decl> {
    let params = prop::collection::vec((param_pattern(), param_type()), 0..9);
    let nr = prop_oneof![
        Just(("nr = 1", true, false)),
        Just(("nr = 0x10", true, false)),
        Just(("nr = MY_NR", true, false)),
        Just(("nr = (some::path::X)", true, false)),
        Just(("crate = ::zcall, nr = 3", true, false)),
        Just(("nr = 5, crate = crate", true, false)),
        Just(("nr = zcall::nr::WRITE", true, true)), // arity-checked: validity depends on it
        Just(("nr = nr::READ, short", true, true)),
        Just(("", false, false)),
        Just(("nr", false, false)),
        Just(("nr =", false, false)),
        Just(("nr = 1, nr = 2", false, false)),
        Just(("nr = 1 + 2", false, false)),
        Just(("nr = \"1\"", false, false)),
        Just(("nr = 1, bogus", false, false)),
        Just(("nr = 1, short = 1", false, false)),
        Just(("nr = 1, short", false, false)),
        Just(("nr = MY_NR, short", false, false)),
        Just(("crate = 1, nr = 1", false, false)),
        Just(("nr = 1 crate = ::zcall", false, false)),
    ];
    let qualifiers = prop_oneof![
        6 => Just(("", true)),
        1 => Just(("async ", false)),
        1 => Just(("const ", false)),
        1 => Just(("extern \"C\" ", false)),
    ];
    let generics = prop_oneof![
        6 => Just(("<'a>", true)),
        2 => Just(("<'a, 'b: 'a>", true)),
        1 => Just(("<'a, T>", false)),
        1 => Just(("<'a, const N: usize>", false)),
    ];
    let ret = prop_oneof![
        Just((" -> Result<u32, Errno>", true)),
        Just((" -> Result<(), Errno>", true)),
        Just((" -> usize", true)),
        Just((" -> RawResult", true)),
        Just((" -> !", true)),
        Just(("", false)),
        Just((" -> ()", false)),
        Just((" -> impl Copy", false)),
        Just((" -> Result<impl Copy, Errno>", false)),
    ];
    let attrs = prop_oneof![
        Just(("", true)),
        Just(("/// Docs.\n#[must_use] ", true)),
        Just(("#[cfg(all())] #[allow(dead_code)] ", true)),
        Just(("#[inline] ", false)),
        Just(("#[zcall::syscall(nr = 2)] ", false)),
    ];
    let vis = prop_oneof![Just("pub "), Just(""), Just("pub(crate) ")];
    let body = prop_oneof![5 => Just((";", true)), 1 => Just((" {}", false))];
    // How the number is taken from a parameter, if it is: not at all, `nr = n`, `nr = (n)`
    // or `nr = n` in an invisible group.
    // or the other raw-ness of the name (`r#n` for a parameter `n`, `n` for `r#n`).
    let dyn_nr = prop_oneof![
        2 => Just(None),
        1 => Just(Some(0)),
        1 => Just(Some(1)),
        1 => Just(Some(2)),
        1 => Just(Some(3))
    ];
    let is_unsafe = any::<bool>();
    (
        params, nr, qualifiers, generics, ret, attrs, vis, body, dyn_nr, is_unsafe,
    )
        .prop_map(
            |(params, nr, qual, generics, ret, attrs, vis, body, dyn_nr, is_unsafe)| {
                let mut valid = qual.1 && generics.1 && ret.1 && attrs.1 && body.1;
                let mut words = 0;
                let mut names = Vec::new();
                let mut texts = Vec::new();
                for (i, ((pat, pat_ok), ty)) in params.iter().enumerate() {
                    let pat = match pat {
                        Some(p) if p.starts_with("r#") => format!("{p}{i}"),
                        Some(p) if !is_keyword(p.trim_start_matches("mut ")) => {
                            format!("{p}{i}")
                        }
                        Some(_) => format!("p{i}"),
                        None => "(x, y)".to_string(),
                    };
                    valid &= *pat_ok && ty.valid && (is_unsafe || !ty.needs_unsafe);
                    words += ty.words;
                    names.push(pat.trim_start_matches("mut ").to_string());
                    texts.push(format!("{pat}: {}", ty.text));
                }
                let mut attr = nr.0.to_string();
                let mut checked = nr.2;
                let mut grouped_nr = None;
                let mut nr_index = None;
                // Sometimes take the number from the first plain one-word parameter.
                if let (Some(form), true) = (dyn_nr, nr.1) {
                    if let Some(i) = params
                        .iter()
                        .position(|((p, ok), t)| p.is_some() && *ok && t.words == 1)
                    {
                        attr = match form {
                            0 => format!("nr = {}", names[i]),
                            1 => format!("nr = ({})", names[i]),
                            3 => match names[i].strip_prefix("r#") {
                                Some(plain) => format!("nr = {plain}"),
                                None => format!("nr = r#{}", names[i]),
                            },
                            _ => {
                                grouped_nr = Some(names[i].clone());
                                format!("nr = «{}»", names[i])
                            }
                        };
                        words -= 1;
                        nr_index = Some(i);
                        checked = false;
                        // Any syscall with any arguments: only an `unsafe fn` may.
                        valid &= is_unsafe;
                    }
                }
                valid &= nr.1 && words <= 6;
                let item = format!(
                    "{attrs}{vis}{qual}{unsafety}fn f{generics}({params}){ret}{body}",
                    attrs = attrs.0,
                    qual = qual.0,
                    unsafety = if is_unsafe { "unsafe " } else { "" },
                    generics = generics.0,
                    params = texts.join(", "),
                    ret = ret.0,
                    body = body.0,
                );
                let expect_ok = (valid && !checked).then_some(words);
                // `i64` parameters (not the number) are pairs: no type-level check (the
                // sealed `SyscallPairArg` takes numbers only).
                let pairs = params
                    .iter()
                    .enumerate()
                    .filter(|(j, (_, t))| t.text == "i64" && Some(*j) != nr_index)
                    .count();
                let dynamic = grouped_nr.is_some() || attr != nr.0;
                Decl {
                    const_nr: nr.1 && !dynamic,
                    safe_checks: expect_ok
                        .filter(|_| !is_unsafe)
                        .map(|_| params.len() - usize::from(dynamic) - pairs),
                    attr,
                    item,
                    expect_ok,
                    grouped_nr,
                }
            },
        )
}

/// Every span of the input, as (start, end).
fn spans(ts: &TokenStream, out: &mut Vec<(LineColumn, LineColumn)>) {
    for tt in ts.clone() {
        let s = tt.span();
        out.push((s.start(), s.end()));
        if let TokenTree::Group(g) = tt {
            out.push((g.span_open().start(), g.span_close().end()));
            spans(&g.stream(), out);
        }
    }
}

/// The errors of an expansion, as (message, span) — from the `compile_error!` invocations.
fn errors(out: &TokenStream) -> Vec<(String, Span)> {
    let mut found = Vec::new();
    let tokens: Vec<TokenTree> = out.clone().into_iter().collect();
    for (i, tt) in tokens.iter().enumerate() {
        if let TokenTree::Ident(id) = tt {
            if id == "compile_error" {
                if let Some(TokenTree::Group(g)) = tokens.get(i + 2) {
                    found.push((g.stream().to_string(), id.span()));
                }
            }
        }
        if let TokenTree::Group(g) = tt {
            found.extend(errors(&g.stream()));
        }
    }
    found
}

fn within(span: Span, inputs: &[(LineColumn, LineColumn)]) -> bool {
    let (s, e) = (span.start(), span.end());
    let key = |c: LineColumn| (c.line, c.column);
    let lo = inputs.iter().map(|x| key(x.0)).min();
    let hi = inputs.iter().map(|x| key(x.1)).max();
    matches!((lo, hi), (Some(lo), Some(hi)) if key(s) >= lo && key(e) <= hi)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, .. ProptestConfig::default() })]

    #[test]
    fn pipeline_never_panics_and_reports_errors_inside_the_input(d in declaration()) {
        let attr: TokenStream = match &d.grouped_nr {
            None => d.attr.parse().unwrap(),
            Some(name) => {
                let name: TokenStream = name.parse().unwrap();
                let group = proc_macro2::Group::new(proc_macro2::Delimiter::None, name);
                quote::quote!(nr = #group)
            }
        };
        let item: TokenStream = d.item.parse().unwrap();
        let out = expand_syscall(attr.clone(), item.clone());
        let errs = errors(&out);
        // The unsupported-target fallback is an error in every expansion; it is not about
        // the input. Keep only the input's errors.
        let input_errs: Vec<_> = errs
            .iter()
            .filter(|(m, _)| !m.contains("no syscall convention"))
            // A row where the declaration needs more than six words (64-bit parameters
            // split on a 32-bit row) gets an error behind that row's `cfg`: the declaration
            // is valid elsewhere.
            .filter(|(m, _)| !m.starts_with("\"this declaration needs"))
            .collect();
        let is_rejection = out.to_string().starts_with(":: core :: compile_error");

        match d.expect_ok {
            Some(words) => {
                prop_assert!(input_errs.is_empty(), "{} {} -> {:?}", d.attr, d.item, input_errs);
                let f: syn::ItemFn = syn::parse2(out.clone()).expect("expansion parses as fn");
                let text = f.to_token_stream_string();
                // The first invocation of the per-target macro (the 64-bit rows': x86_64 is
                // the table's first row) passes exactly the words; further ones only where a
                // 64-bit parameter is split on 32-bit rows.
                let invs = crate::tests::invocation_texts(&text);
                let first = invs.first().map(|(_, inv)| inv.clone()).unwrap_or_default();
                let args = first.splitn(3, ';').nth(2).unwrap_or_default();
                let passed = crate::tests::split_words(args).len();
                prop_assert_eq!(passed, words, "{}", text);
                let pairs = d.item.matches("u64").count() + d.item.matches("i64").count();
                if pairs == 0 {
                    prop_assert_eq!(invs.len(), 1, "{}", text);
                } else {
                    prop_assert!((1..=4).contains(&invs.len()), "{}", text);
                }
                let checks = text.matches(":: __private :: safe_arg ::").count()
                    + text.matches(":: __private :: safe_slice_arg ::").count();
                prop_assert_eq!(checks, d.safe_checks.unwrap_or(0), "{}", text);
                if d.const_nr {
                    prop_assert!(text.contains("let __zcall_nr : usize = const {"), "{}", text);
                }
            }
            None => {
                if is_rejection {
                    prop_assert!(!input_errs.is_empty());
                }
            }
        }

        if is_rejection {
            let mut ins = Vec::new();
            spans(&attr, &mut ins);
            let mut item_spans = Vec::new();
            spans(&item, &mut item_spans);
            for (msg, span) in &input_errs {
                let ok = within(*span, &ins) || within(*span, &item_spans)
                    || (msg.contains("missing `nr") && span.start() == Span::call_site().start());
                prop_assert!(ok, "error {} at {:?} outside the input {} / {}", msg, span.start(), d.attr, d.item);
            }
        }
    }

    /// Arbitrary text: whatever lexes must go through without a panic.
    #[test]
    fn arbitrary_token_streams_never_panic(attr in "\\PC{0,40}", item in "\\PC{0,120}") {
        if let (Ok(a), Ok(i)) = (attr.parse::<TokenStream>(), item.parse::<TokenStream>()) {
            let _ = expand_syscall(a, i);
        }
    }
}

trait ToTokenString {
    fn to_token_stream_string(&self) -> String;
}

impl ToTokenString for syn::ItemFn {
    fn to_token_stream_string(&self) -> String {
        quote::ToTokens::to_token_stream(self).to_string()
    }
}
