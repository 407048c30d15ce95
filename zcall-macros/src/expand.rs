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
use crate::target::{Target, TARGETS};
use crate::valid::{Checked, Nr, Ret};

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
    let mut words = Vec::new();
    for arg in &c.args {
        let (name, ty) = (&arg.name, &arg.ty);
        if c.safe {
            conversions.push(safe_check(krate, arg));
        }
        match arg.words {
            Words::One => {
                let w = local(&format!("__zcall_w{}", words.len()));
                conversions.push(quote_spanned!(ty.span()=>
                    let #w: usize = <#ty as #krate::SyscallArg>::into_word(#name);
                ));
                words.push(w);
            }
            Words::Slice => {
                let p = local(&format!("__zcall_w{}", words.len()));
                let l = local(&format!("__zcall_w{}", words.len() + 1));
                conversions.push(quote_spanned!(ty.span()=>
                    let (#p, #l): (usize, usize) =
                        <#ty as #krate::SyscallSliceArg>::into_words(#name);
                ));
                words.push(p);
                words.push(l);
            }
        }
    }

    let arity_errors = c.arity.as_ref().map(|(name, words, short)| {
        crate::arity::check(
            &crate::arity::Arity {
                name: name.clone(),
                words: *words,
                short: *short,
                sig,
            },
            TARGETS,
        )
    });

    // One invocation per group of rows that pass the same number of zero words (a `short`
    // declaration's left-out registers); usually one group, without a `cfg`.
    let kind = match &c.ret {
        Ret::Never => quote!(never),
        Ret::Value(_) => quote!(ret),
    };
    let calls = zero_groups(c).into_iter().map(|(cfg, zeros)| {
        let zero_words = (0..zeros).map(|_| quote!(0usize));
        let all = words.iter().map(|w| quote!(#w)).chain(zero_words);
        // SAFETY: the caller upholds the declaration's contract (it is an `unsafe fn` or
        // its signature makes the call sound); the macro names every register the kernel
        // reads or changes on this target.
        let call = user_unsafe(
            unsafe_span,
            quote!(#krate::__zcall_syscall!(#kind; #nr; #(#all),*)),
        );
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

/// The rows grouped by how many zero words they pass: `(cfg, zeros)`, `cfg` `None` when one
/// group holds every row (the usual case: no `short`, or the same count everywhere).
fn zero_groups(c: &Checked) -> Vec<(Option<TokenStream>, usize)> {
    let mut groups: Vec<(usize, Vec<TokenStream>)> = Vec::new();
    for t in TARGETS {
        let z = zeros(c, t);
        match groups.iter_mut().find(|(n, _)| *n == z) {
            Some((_, cfgs)) => cfgs.push(t.cfg()),
            None => groups.push((z, vec![t.cfg()])),
        }
    }
    if groups.len() == 1 {
        return vec![(None, groups[0].0)];
    }
    groups
        .into_iter()
        .map(|(z, cfgs)| (Some(quote!(any(#(#cfgs),*))), z))
        .collect()
}

/// How many argument registers after the declaration's words are passed as 0 on row `t`:
/// for a `short` declaration, those up to the kernel's argument count there.
fn zeros(c: &Checked, t: &Target) -> usize {
    match &c.arity {
        Some((name, words, true)) => crate::arity::kernel_args(t, name)
            .map_or(0, |k| k.min(t.args.len()).saturating_sub(*words)),
        _ => 0,
    }
}

/// The type-level rule of a declaration without `unsafe`, for one parameter: its type
/// implements `SafeArg` (one word) or `SafeSliceArg` (a slice), and, where the kernel's
/// prototype reads an address, `SafeAddrArg` too (an address, not a number). The call names the type as written, so an
/// alias, a macro or an associated type is judged by what it is; it compiles to nothing.
fn safe_check(krate: &syn::Path, arg: &crate::valid::Arg) -> TokenStream {
    let ty = &arg.ty;
    let check = |name: &str| {
        let f = Ident::new(name, Span::call_site());
        quote_spanned!(ty.span()=> #krate::__private::#f::<#ty>();)
    };
    match (arg.words, arg.kernel_addr) {
        (Words::Slice, _) => check("safe_slice_arg"),
        (Words::One, false) => check("safe_arg"),
        (Words::One, true) => {
            let mut both = check("safe_arg");
            both.extend(check("safe_addr_arg"));
            both
        }
    }
}
