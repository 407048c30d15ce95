//! Code generation: a checked declaration plus the target table become the stub.
//!
//! The generated body converts each parameter into register words through the runtime
//! crate's traits, then invokes the runtime crate's `__zcall_syscall!` — one macro per
//! row of `target::TARGETS`, selected by `cfg` (rendered by `arch`) — and finally decodes
//! the result through `SyscallReturn`. The stub does not grow with the table.

use crate::ast::Words;
use crate::target::{Slot, Target, TARGETS};
use crate::tok::{first_span, ident, lit_str, tpl, Sp, Tree, Ts};
use crate::valid::{Checked, Nr, Ret, MAX_WORDS};

/// An identifier only the generated code can see (mixed-site hygiene), so that generated
/// locals never collide with the user's parameter names.
fn local(name: &str) -> Ts {
    vec![ident(name, Sp::MIXED)]
}

/// `unsafe { body }` with the `unsafe` keyword and the braces spanned on `span`, one of the
/// declaration's own tokens.
///
/// Declaring a syscall is writing unsafe code, so the `unsafe_code` lint must see this
/// block. rustc does not report lints on code whose span comes from an external macro's
/// expansion, which every token the attribute creates (call-site and mixed-site spans)
/// does; a block spanned on the user's `fn` token is the user's code, and
/// `#![forbid(unsafe_code)]`/`#![deny(unsafe_code)]` reject it as they would a hand-written
/// `asm!`, unless the declaration says `#[allow(unsafe_code)]`. (The `fn` token, not the
/// `unsafe` of an `unsafe fn`: clippy's `undocumented_unsafe_blocks` looks for a `SAFETY`
/// comment only above a block whose source text starts with `unsafe`.) The body keeps its
/// own spans.
fn user_unsafe(span: Sp, body: Ts) -> Ts {
    tpl(span, "unsafe { $ }", &[body])
}

/// `all(target_os = "…", target_arch = "…")`: the `cfg` that selects row `t`.
fn row_cfg(t: &Target) -> Ts {
    tpl(
        Sp::CALL,
        "all(target_os = $, target_arch = $)",
        &[
            vec![lit_str(t.os, Sp::CALL)],
            vec![lit_str(t.arch, Sp::CALL)],
        ],
    )
}

/// The complete stub for a checked declaration.
pub fn expand(c: &Checked) -> Ts {
    let krate = &c.krate;
    let unsafe_span = c.sig.fn_span;

    let nr = local("__zcall_nr");
    let nr_init = match &c.nr {
        // In a const context, which cannot read a parameter whatever the spelling: a
        // number that is not one of the parameters is fixed at compile time.
        Nr::Expr(e) => tpl(
            first_span(&e.toks),
            "let $ : usize = const { $ } ;",
            &[nr.clone(), e.toks.clone()],
        ),
        Nr::Param { name, ty } => tpl(
            ty.span(),
            "let $ : usize = < $ as $ ::SyscallArg > ::into_word ( $ ) ;",
            &[
                nr.clone(),
                ty.toks.clone(),
                krate.clone(),
                vec![name.clone()],
            ],
        ),
    };

    let mut conversions: Ts = Vec::new();
    // Per parameter, the locals holding its words: one, or a slice's pointer and length.
    let mut names: Vec<Vec<Ts>> = Vec::new();
    let mut next = 0;
    for arg in &c.args {
        let (name, ty) = (vec![arg.name.clone()], &arg.ty);
        if c.safe {
            conversions.extend(safe_check(krate, arg).into_iter().flatten());
        }
        match arg.words {
            Words::One => {
                let w = local(&format!("__zcall_w{next}"));
                conversions.extend(tpl(
                    ty.span(),
                    "let $ : usize = < $ as $ ::SyscallArg > ::into_word ( $ ) ;",
                    &[w.clone(), ty.toks.clone(), krate.clone(), name],
                ));
                names.push(vec![w]);
            }
            Words::Slice => {
                let p = local(&format!("__zcall_w{next}"));
                let l = local(&format!("__zcall_w{}", next + 1));
                conversions.extend(tpl(
                    ty.span(),
                    "let ( $ , $ ) : ( usize , usize ) = \
                     < $ as $ ::SyscallSliceArg > ::into_words ( $ ) ;",
                    &[p.clone(), l.clone(), ty.toks.clone(), krate.clone(), name],
                ));
                names.push(vec![p, l]);
            }
            Words::Pair => {
                let w = local(&format!("__zcall_w{next}"));
                conversions.extend(tpl(
                    ty.span(),
                    "let $ : u64 = < $ as $ ::SyscallPairArg > ::into_u64 ( $ ) ;",
                    &[w.clone(), ty.toks.clone(), krate.clone(), name],
                ));
                names.push(vec![w]);
            }
        }
        next += arg.words.count();
    }
    let kinds: Vec<Words> = c.args.iter().map(|a| a.words).collect();

    let arity_errors = c.arity.as_ref().map(|(name, _, short)| {
        crate::arity::check(
            &crate::arity::Arity {
                name: name.clone(),
                params: &kinds,
                short: *short,
                paren: c.sig.paren,
            },
            TARGETS,
        )
    });

    // One invocation per group of rows that pass the same words: usually one group, without
    // a `cfg`; more where 64-bit parameters are split on 32-bit rows, or where a `short`
    // declaration's left-out registers differ.
    let kind = match &c.ret {
        Ret::Never => "never",
        Ret::Value(_) => "ret",
    };
    let calls = word_groups(c, &kinds, &names)
        .into_iter()
        .map(|(cfg, words)| {
            let call = match words {
                Ok(words) => {
                    // SAFETY: the caller upholds the declaration's contract (it is an `unsafe fn`
                    // or its signature makes the call sound); the macro names every register the
                    // kernel reads or changes on this target.
                    user_unsafe(
                        unsafe_span,
                        tpl(
                            Sp::CALL,
                            "$ ::__zcall_syscall! ( $ ; $ ; $ )",
                            &[
                                krate.clone(),
                                vec![ident(kind, Sp::CALL)],
                                nr.clone(),
                                comma_list(words),
                            ],
                        ),
                    )
                }
                Err(msg) => {
                    // An error expression: it stands for a value of any type, so nothing else
                    // about this row is reported.
                    tpl(
                        c.sig.paren,
                        "::core::compile_error! ( $ )",
                        &[vec![lit_str(&msg, Sp::CALL)]],
                    )
                }
            };
            let cfg = cfg
                .map(|cfg| tpl(Sp::CALL, "# [ cfg ( $ ) ]", &[cfg]))
                .unwrap_or_default();
            (cfg, call)
        });

    let mut body = nr_init;
    body.extend(conversions);
    match &c.ret {
        Ret::Never => {
            for (cfg, call) in calls {
                body.extend(tpl(
                    Sp::CALL,
                    "$ # [ allow ( unused_unsafe ) ] $ ;",
                    &[cfg, call],
                ));
            }
        }
        Ret::Value(ret_ty) => {
            let raw = local("__zcall_raw");
            for (cfg, call) in calls {
                body.extend(tpl(
                    Sp::CALL,
                    "$ # [ allow ( unused_unsafe ) ] let $ : $ ::RawResult = $ ;",
                    &[cfg, raw.clone(), krate.clone(), call],
                ));
            }
            let out = local("__zcall_out");
            // SAFETY: `raw` holds the result registers of the call just made, and the
            // declaration says that syscall returns `ret_ty` (`from_raw`'s contract).
            let decode = user_unsafe(
                unsafe_span,
                tpl(
                    ret_ty.span(),
                    "< $ as $ ::SyscallReturn > ::from_raw ( $ )",
                    &[ret_ty.toks.clone(), krate.clone(), raw],
                ),
            );
            body.extend(tpl(
                Sp::CALL,
                "# [ allow ( unused_unsafe ) ] let $ = $ ; $",
                &[out.clone(), decode, out],
            ));
        }
    }

    let mut stub: Ts = c.attrs.iter().flatten().cloned().collect();
    stub.extend(tpl(
        Sp::CALL,
        "# [ inline ( always ) ] $ $ { $ $ }",
        &[
            c.vis.clone(),
            c.sig.toks.clone(),
            arity_errors.unwrap_or_default(),
            body,
        ],
    ));
    stub
}

/// `a , b , c`.
fn comma_list(items: Vec<Ts>) -> Ts {
    let mut out = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(Tree::Punct {
                ch: ',',
                joint: false,
                span: Sp::CALL,
            });
        }
        out.extend(item);
    }
    out
}

/// The rows grouped by the words they pass: `(cfg, words)`, `cfg` `None` when one group
/// holds every row (the usual case). A row's words are its layout of the parameters
/// (`Target::layout`: a 64-bit integer whole, or split and maybe padded on a 32-bit row),
/// then, for a `short` declaration, zeros up to the kernel's count there. A row where the
/// layout needs more than six words gets an error message instead.
#[allow(clippy::type_complexity)]
fn word_groups(
    c: &Checked,
    kinds: &[Words],
    names: &[Vec<Ts>],
) -> Vec<(Option<Ts>, Result<Vec<Ts>, String>)> {
    let krate = &c.krate;
    let mut groups: Vec<(Result<Vec<Ts>, String>, Vec<Ts>)> = Vec::new();
    for t in TARGETS {
        let slots = t.layout(kinds);
        let words: Result<Vec<Ts>, String> = if slots.len() > MAX_WORDS {
            Err(format!(
                "this declaration needs {} on {}{}; a syscall takes at most {MAX_WORDS}",
                crate::arity::words(slots.len()),
                t.name(),
                crate::arity::pair_note(t),
            ))
        } else {
            let zeros = zeros(c, t, slots.len());
            let half = |f: &str, w: &Ts| {
                tpl(
                    Sp::CALL,
                    &format!("$ ::__private ::{f} ( $ )"),
                    &[krate.clone(), w.clone()],
                )
            };
            Ok(slots
                .iter()
                .map(|slot| match *slot {
                    Slot::Word(i) => names[i][0].clone(),
                    Slot::Len(i) => names[i][1].clone(),
                    Slot::Whole(i) => half("whole", &names[i][0]),
                    Slot::Lo(i) => half("lo", &names[i][0]),
                    Slot::Hi(i) => half("hi", &names[i][0]),
                    Slot::Pad => tpl(Sp::CALL, "0usize", &[]),
                })
                .chain((0..zeros).map(|_| tpl(Sp::CALL, "0usize", &[])))
                .collect())
        };
        match groups.iter_mut().find(|(w, _)| *w == words) {
            Some((_, cfgs)) => cfgs.push(row_cfg(t)),
            None => groups.push((words, vec![row_cfg(t)])),
        }
    }
    if groups.len() == 1 {
        if let Some((words, _)) = groups.pop() {
            return vec![(None, words)];
        }
    }
    groups
        .into_iter()
        .map(|(words, cfgs)| (Some(tpl(Sp::CALL, "any ( $ )", &[comma_list(cfgs)])), words))
        .collect()
}

/// How many argument registers after the declaration's `words` on row `t` are passed as
/// 0: for a `short` declaration, those up to the kernel's argument count there.
fn zeros(c: &Checked, t: &Target, words: usize) -> usize {
    match &c.arity {
        Some((name, _, true)) => crate::arity::kernel_args(t, name)
            .map_or(0, |k| k.min(t.args.len()).saturating_sub(words)),
        _ => 0,
    }
}

/// The type-level rule of a declaration without `unsafe`, for one parameter: its type
/// implements `SafeArg` (one word) or `SafeSliceArg` (a slice), and, where the kernel's
/// prototype reads an address, `SafeAddrArg` too (an address, not a number). The call names the type as written, so an
/// alias, a macro or an associated type is judged by what it is; it compiles to nothing.
fn safe_check(krate: &Ts, arg: &crate::valid::Arg) -> Option<Ts> {
    let ty = &arg.ty;
    let check = |name: &str| {
        tpl(
            ty.span(),
            "$ ::__private ::$ :: < $ > ( ) ;",
            &[krate.clone(), vec![ident(name, Sp::CALL)], ty.toks.clone()],
        )
    };
    match (arg.words, arg.kernel_addr) {
        (Words::Slice, _) => Some(check("safe_slice_arg")),
        (Words::One, false) => Some(check("safe_arg")),
        (Words::One, true) => {
            let mut both = check("safe_arg");
            both.extend(check("safe_addr_arg"));
            Some(both)
        }
        // `SyscallPairArg` is sealed: only `u64` and `i64`, numbers.
        (Words::Pair, _) => None,
    }
}
