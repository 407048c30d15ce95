//! The whole attribute outside the compiler: parse, validate, expand. It never panics;
//! every problem becomes a `compile_error!` spanned on the offending tokens. Kept apart
//! from `lib.rs` (which needs the compiler's `proc_macro`) so that tests, property tests
//! and the fuzz target can drive it with `proc_macro2` alone.

use crate::{ast, attr, expand, valid};

/// The whole attribute, outside the compiler: parse, validate, expand. Never panics; every
/// problem becomes a `compile_error!` spanned on the offending tokens.
pub fn expand_syscall(
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
        (Err(bad), Err(d)) => {
            let mut e = bad.errors;
            e.combine(d);
            return Err(e);
        }
        (Ok(_), Err(d)) => return Err(d),
        // Bad options: still check the declaration, so that every error shows at once,
        // with the options that did parse (above all `nr`: whether it names a parameter
        // changes the word count).
        (Err(bad), Ok(decl)) => {
            let mut e = bad.errors;
            let options = bad.partial.map_or_else(attr::Options::placeholder, |o| *o);
            if let Err(d) = valid::check(&options, &decl) {
                e.combine(d);
            }
            return Err(e);
        }
    };
    let checked = valid::check(&options, &decl)?;
    Ok(expand::expand(&checked))
}

/// The fuzzers' input format: the attribute's tokens, a newline, the item's tokens.
/// Text that does not lex is skipped (`None`); everything else is expanded.
#[cfg_attr(not(test), allow(dead_code))]
pub fn expand_text(input: &str) -> Option<proc_macro2::TokenStream> {
    let (attr, item) = input.split_once('\n').unwrap_or(("", input));
    let attr = attr.parse().ok()?;
    let item = item.parse().ok()?;
    Some(expand_syscall(attr, item))
}
