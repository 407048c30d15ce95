//! The `#[syscall]` attribute of [zcall](https://docs.rs/zcall).
//!
//! Use it through `zcall::syscall`; its documentation lives there. This crate is an
//! implementation detail: the attribute turns a body-less function declaration into an
//! `#[inline(always)]` function whose body is one `asm!` block per supported target.
//!
//! The pipeline, one module per step:
//! - [`attr`]: the attribute's own options (`nr = …`, `crate = …`, `short`);
//! - [`ast`]: the declaration, parsed into parameters and their register words;
//! - [`valid`]: every rule a declaration must follow, errors collected together;
//! - [`target`]: the per-target register conventions, as data;
//! - [`arity`]: the check of a declaration against the kernel's argument count;
//! - [`expand`]: code generation from a checked declaration and the target table.

mod arity;
mod arity_table;
mod ast;
mod attr;
mod expand;
mod target;
mod valid;

#[cfg(test)]
mod tests;

use proc_macro::TokenStream;

/// Turns `fn name(params) -> Ret;` into an inline syscall stub. See `zcall::syscall`.
#[proc_macro_attribute]
pub fn syscall(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand_syscall(attr.into(), item.into()).into()
}

/// The whole attribute, outside the compiler: parse, validate, expand. Never panics; every
/// problem becomes a `compile_error!` spanned on the offending tokens.
fn expand_syscall(
    attr: proc_macro2::TokenStream,
    item: proc_macro2::TokenStream,
) -> proc_macro2::TokenStream {
    match run(attr, item.clone()) {
        Ok(tokens) => tokens,
        Err(err) => err.to_compile_error(),
    }
}

fn run(
    attr: proc_macro2::TokenStream,
    item: proc_macro2::TokenStream,
) -> syn::Result<proc_macro2::TokenStream> {
    // Parse both halves before reporting, so that errors in the options and in the
    // declaration are reported together.
    let options = attr::Options::parse(attr);
    let decl = syn::parse2::<ast::Decl>(item);
    let (options, decl) = match (options, decl) {
        (Ok(o), Ok(d)) => (o, d),
        (Err(e), Err(d)) => {
            let mut e = e;
            e.combine(d);
            return Err(e);
        }
        (Ok(_), Err(d)) => return Err(d),
        // Bad options: still check the declaration, so that every error shows at once.
        (Err(mut e), Ok(decl)) => {
            if let Err(d) = valid::check(&attr::Options::placeholder(), &decl) {
                e.combine(d);
            }
            return Err(e);
        }
    };
    let checked = valid::check(&options, &decl)?;
    Ok(expand::expand(&checked))
}
