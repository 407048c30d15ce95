//! Code generation: a checked declaration plus the target table become the stub.
//!
//! The generated body converts each parameter into register words through the runtime
//! crate's traits, then invokes the runtime crate's `__zcall_syscall!` — one macro per
//! row of `target::TARGETS`, selected by `cfg` (rendered by `arch`) — and finally decodes
//! the result through `SyscallReturn`. The stub does not grow with the table.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::ast::Words;
use crate::target::{Slot, Target, TARGETS};
use crate::valid::{Checked, Nr, Ret, MAX_WORDS};

/// An identifier only the generated code can see (mixed-site hygiene), so that generated
/// locals never collide with the user's parameter names.
fn local(name: &str) -> Ident {
    Ident::new(name, Span::mixed_site())
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
fn user_unsafe(span: Span, body: TokenStream) -> TokenStream {
    quote_spanned!(span=> unsafe { #body })
}

/// The complete stub for a checked declaration.
pub fn expand(c: &Checked) -> TokenStream {
    let attrs = &c.attrs;
    let vis = &c.vis;
    let sig = &c.sig;
    let krate = &c.krate;
    let unsafe_span = sig.fn_token.span;

    let nr = local("__zcall_nr");
    let nr_init = match &c.nr {
        // In a const context, which cannot read a parameter whatever the spelling: a
        // number that is not one of the parameters is fixed at compile time.
        Nr::Expr(e) => quote_spanned!(e.span()=> let #nr: usize = const { #e };),
        Nr::Param { name, ty } => quote_spanned!(ty.span()=>
            let #nr: usize = <#ty as #krate::SyscallArg>::into_word(#name);
        ),
    };

    let mut conversions = Vec::new();
    // Per parameter, the locals holding its words: one, or a slice's pointer and length.
    let mut names: Vec<Vec<Ident>> = Vec::new();
    let mut next = 0;
    for arg in &c.args {
        let (name, ty) = (&arg.name, &arg.ty);
        if c.safe {
            conversions.extend(safe_check(krate, arg));
        }
        match arg.words {
            Words::One => {
                let w = local(&format!("__zcall_w{next}"));
                conversions.push(quote_spanned!(ty.span()=>
                    let #w: usize = <#ty as #krate::SyscallArg>::into_word(#name);
                ));
                names.push(vec![w]);
            }
            Words::Slice => {
                let p = local(&format!("__zcall_w{next}"));
                let l = local(&format!("__zcall_w{}", next + 1));
                conversions.push(quote_spanned!(ty.span()=>
                    let (#p, #l): (usize, usize) =
                        <#ty as #krate::SyscallSliceArg>::into_words(#name);
                ));
                names.push(vec![p, l]);
            }
            Words::Pair => {
                let w = local(&format!("__zcall_w{next}"));
                conversions.push(quote_spanned!(ty.span()=>
                    let #w: u64 = <#ty as #krate::SyscallPairArg>::into_u64(#name);
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
                sig,
            },
            TARGETS,
        )
    });

    // One invocation per group of rows that pass the same words: usually one group, without
    // a `cfg`; more where 64-bit parameters are split on 32-bit rows, or where a `short`
    // declaration's left-out registers differ.
    let kind = match &c.ret {
        Ret::Never => quote!(never),
        Ret::Value(_) => quote!(ret),
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
                        quote!(#krate::__zcall_syscall!(#kind; #nr; #(#words),*)),
                    )
                }
                Err(msg) => {
                    let span = sig.paren_token.span.join();
                    // An error expression: it stands for a value of any type, so nothing else
                    // about this row is reported.
                    quote_spanned!(span=> ::core::compile_error!(#msg))
                }
            };
            let cfg = cfg.map(|cfg| quote!(#[cfg(#cfg)]));
            (cfg, call)
        });

    let body = match &c.ret {
        Ret::Never => {
            let calls = calls.map(|(cfg, call)| {
                quote! {
                    #cfg
                    #[allow(unused_unsafe)]
                    #call;
                }
            });
            quote! {
                #nr_init
                #(#conversions)*
                #(#calls)*
            }
        }
        Ret::Value(ret_ty) => {
            let raw = local("__zcall_raw");
            let calls = calls.map(|(cfg, call)| {
                quote! {
                    #cfg
                    #[allow(unused_unsafe)]
                    let #raw: #krate::RawResult = #call;
                }
            });
            let out = local("__zcall_out");
            // SAFETY: `raw` holds the result registers of the call just made, and the
            // declaration says that syscall returns `ret_ty` (`from_raw`'s contract).
            let decode = user_unsafe(
                unsafe_span,
                quote_spanned!(ret_ty.span()=>
                    <#ret_ty as #krate::SyscallReturn>::from_raw(#raw)
                ),
            );
            quote! {
                #nr_init
                #(#conversions)*
                #(#calls)*
                #[allow(unused_unsafe)]
                let #out = #decode;
                #out
            }
        }
    };

    quote! {
        #(#attrs)*
        #[inline(always)]
        #vis #sig {
            #arity_errors
            #body
        }
    }
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
    names: &[Vec<Ident>],
) -> Vec<(Option<TokenStream>, Result<Vec<TokenStream>, String>)> {
    let krate = &c.krate;
    let mut groups: Vec<(String, Result<Vec<TokenStream>, String>, Vec<TokenStream>)> = Vec::new();
    for t in TARGETS {
        let slots = t.layout(kinds);
        let words: Result<Vec<TokenStream>, String> = if slots.len() > MAX_WORDS {
            Err(format!(
                "this declaration needs {} on {}{}; a syscall takes at most {MAX_WORDS}",
                crate::arity::words(slots.len()),
                t.name(),
                crate::arity::pair_note(t),
            ))
        } else {
            let zeros = zeros(c, t, slots.len());
            Ok(slots
                .iter()
                .map(|slot| match *slot {
                    Slot::Word(i) => {
                        let w = &names[i][0];
                        quote!(#w)
                    }
                    Slot::Len(i) => {
                        let w = &names[i][1];
                        quote!(#w)
                    }
                    Slot::Whole(i) => {
                        let w = &names[i][0];
                        quote!(#krate::__private::whole(#w))
                    }
                    Slot::Lo(i) => {
                        let w = &names[i][0];
                        quote!(#krate::__private::lo(#w))
                    }
                    Slot::Hi(i) => {
                        let w = &names[i][0];
                        quote!(#krate::__private::hi(#w))
                    }
                    Slot::Pad => quote!(0usize),
                })
                .chain((0..zeros).map(|_| quote!(0usize)))
                .collect())
        };
        let key = match &words {
            Ok(w) => quote!(#(#w),*).to_string(),
            Err(e) => e.clone(),
        };
        match groups.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, _, cfgs)) => cfgs.push(t.cfg()),
            None => groups.push((key, words, vec![t.cfg()])),
        }
    }
    if groups.len() == 1 {
        if let Some((_, words, _)) = groups.pop() {
            return vec![(None, words)];
        }
    }
    groups
        .into_iter()
        .map(|(_, words, cfgs)| (Some(quote!(any(#(#cfgs),*))), words))
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
fn safe_check(krate: &syn::Path, arg: &crate::valid::Arg) -> Option<TokenStream> {
    let ty = &arg.ty;
    let check = |name: &str| {
        let f = Ident::new(name, Span::call_site());
        quote_spanned!(ty.span()=> #krate::__private::#f::<#ty>();)
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
