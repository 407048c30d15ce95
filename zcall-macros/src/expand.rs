//! Code generation: a checked declaration plus the target table become the stub.
//!
//! The generated body converts each parameter into register words through the runtime
//! crate's traits, then holds one `cfg`-gated `asm!` block per row of
//! `target::TARGETS`, and finally decodes the result through `SyscallReturn`.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use crate::ast::Words;
use crate::target::{self, ErrorConv, Target, TARGETS};
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

    let unsupported_cfg = target::unsupported_cfg();
    let unsupported_msg = format!(
        "zcall: no syscall convention for this target; supported targets are {}",
        target::supported_list()
    );

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

    let body = match &c.ret {
        Ret::Never => {
            // Clobbers do not matter to a call that never returns: one block per row.
            let blocks = TARGETS.iter().map(|t| {
                let cfg = t.cfg();
                let asm = asm_noreturn(t, &nr, &words, zeros(c, t));
                // SAFETY: the caller upholds the declaration's contract (it is an
                // `unsafe fn` or its signature makes the call sound).
                let block = user_unsafe(unsafe_span, quote!(#asm));
                quote! {
                    #[cfg(#cfg)]
                    #[allow(unused_unsafe)]
                    #block;
                }
            });
            quote! {
                #nr_init
                #(#conversions)*
                #(#blocks)*
                #[cfg(#unsupported_cfg)]
                {
                    ::core::compile_error!(#unsupported_msg);
                    loop {}
                };
            }
        }
        Ret::Value(ret_ty) => {
            let raw = local("__zcall_raw");
            let blocks = variants(c).into_iter().map(|(t, cfg, clobbers, zeros)| {
                let block = asm_value(t, krate, &nr, &words, zeros, &clobbers, unsafe_span);
                quote! {
                    #[cfg(#cfg)]
                    let #raw: #krate::RawResult = #block;
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
                #(#blocks)*
                #[cfg(#unsupported_cfg)]
                let #raw: #krate::RawResult = ::core::compile_error!(#unsupported_msg);
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

/// The `asm!` blocks of the stub: `(row, cfg, clobbers, zeroed registers)` for every
/// variant of every row. A `short` declaration's left-out argument registers, up to the
/// kernel's count on that row, are passed as 0 (never whatever they held).
fn variants(c: &Checked) -> Vec<(&'static Target, TokenStream, Vec<&'static str>, usize)> {
    let mut out = Vec::new();
    for t in TARGETS {
        for (cfg, clobbers) in t.variants() {
            out.push((t, cfg, clobbers, zeros(c, t)));
        }
    }
    out
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

/// The number operand's value: the number, with the target's class bits if any.
fn nr_value(t: &Target, nr: &Ident) -> TokenStream {
    if t.nr_class == 0 {
        quote!(#nr)
    } else {
        let class = t.nr_class as usize;
        quote!((#nr | #class))
    }
}

/// What an `asm!` register operand produces.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Out {
    None,
    Ret,
    Second,
    Discard,
}

/// The register operands of one call: every register the call reads or changes, each
/// declared exactly once as `in`, `lateout` or `inlateout`.
fn register_operands(
    t: &Target,
    nr: &Ident,
    words: &[Ident],
    zeros: usize,
    clobbers: Option<&[&'static str]>,
) -> TokenStream {
    let ret = local("__zcall_ret");
    let second = local("__zcall_second");

    // (register, input, output), in a stable order: number, arguments, results, clobbers.
    // A register keeps the first output given to it: the result registers come before the
    // clobber list, so a clobber never hides a result, and a clobbered argument register
    // stays an input whose output is discarded.
    let mut regs: Vec<(&str, Option<TokenStream>, Out)> = Vec::new();
    fn set(
        regs: &mut Vec<(&'static str, Option<TokenStream>, Out)>,
        reg: &'static str,
        input: Option<TokenStream>,
        out: Out,
    ) {
        match regs.iter_mut().find(|(r, _, _)| *r == reg) {
            Some(entry) => {
                if input.is_some() {
                    entry.1 = input;
                }
                if entry.2 == Out::None {
                    entry.2 = out;
                }
            }
            None => regs.push((reg, input, out)),
        }
    }
    set(&mut regs, t.nr_reg, Some(nr_value(t, nr)), Out::None);
    for (reg, w) in t.args.iter().zip(words) {
        set(&mut regs, reg, Some(quote!(#w)), Out::None);
    }
    for reg in t.args.iter().skip(words.len()).take(zeros) {
        set(&mut regs, reg, Some(quote!(0usize)), Out::None);
    }
    if let Some(clobbers) = clobbers {
        set(&mut regs, t.ret, None, Out::Ret);
        if let Some(reg) = t.second {
            set(&mut regs, reg, None, Out::Second);
        }
        for reg in clobbers {
            set(&mut regs, reg, None, Out::Discard);
        }
    }

    let ops = regs.iter().map(|(reg, input, out)| {
        let out = match out {
            Out::None => None,
            Out::Ret => Some(quote!(#ret)),
            Out::Second => Some(quote!(#second)),
            Out::Discard => Some(quote!(_)),
        };
        match (input, out) {
            (Some(i), None) => quote!(in(#reg) #i,),
            (Some(i), Some(o)) => quote!(inlateout(#reg) #i => #o,),
            (None, Some(o)) => quote!(lateout(#reg) #o,),
            (None, None) => quote!(),
        }
    });
    quote!(#(#ops)*)
}

/// `{ asm!(…); RawResult::… }` for a call that returns.
fn asm_value(
    t: &Target,
    krate: &syn::Path,
    nr: &Ident,
    words: &[Ident],
    zeros: usize,
    clobbers: &[&'static str],
    unsafe_span: Span,
) -> TokenStream {
    let ret = local("__zcall_ret");
    let second = local("__zcall_second");
    let carry = local("__zcall_carry");
    let insn = t.insn;
    let operands = register_operands(t, nr, words, zeros, Some(clobbers));
    let options = if t.preserves_flags {
        quote!(options(nostack, preserves_flags))
    } else {
        quote!(options(nostack))
    };
    let second_decl = t.second.map(|_| quote!(let #second: usize;));
    match t.errors {
        ErrorConv::NegativeWord => {
            // SAFETY: the caller upholds the declaration's contract; the operands name
            // every register the kernel reads or changes on this target.
            let call = user_unsafe(
                unsafe_span,
                quote!(::core::arch::asm!(#insn, #operands #options);),
            );
            quote! {{
                let #ret: usize;
                #second_decl
                #[allow(unused_unsafe)]
                #call
                #krate::RawResult::__from_word(#ret)
            }}
        }
        ErrorConv::Carry { read, class, ty } => {
            let class = format_ident!("{}", class);
            let ty = format_ident!("{}", ty);
            let second_value = if t.second.is_some() {
                quote!(#second)
            } else {
                quote!(0)
            };
            // SAFETY: as above; the carry flag is read into a register right after the
            // trap, before anything else can change the flags.
            let call = user_unsafe(
                unsafe_span,
                quote! {
                    ::core::arch::asm!(
                        #insn,
                        #read,
                        carry = lateout(#class) #carry,
                        #operands
                        #options
                    );
                },
            );
            quote! {{
                let #ret: usize;
                #second_decl
                let #carry: #ty;
                #[allow(unused_unsafe)]
                #call
                #krate::RawResult::__from_carry(#ret, #second_value, #carry != 0)
            }}
        }
    }
}

/// `asm!(…, options(noreturn))` for a call that never returns, with a trap after it.
fn asm_noreturn(t: &Target, nr: &Ident, words: &[Ident], zeros: usize) -> TokenStream {
    let insn = t.insn;
    let trap = t.trap;
    let operands = register_operands(t, nr, words, zeros, None);
    quote!(::core::arch::asm!(#insn, #trap, #operands options(noreturn, nostack)))
}
