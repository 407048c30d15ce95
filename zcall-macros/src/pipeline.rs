//! The whole attribute outside the compiler: parse, validate, expand. It never panics;
//! every problem becomes a `compile_error!` spanned on the offending tokens. It works on
//! the attribute's own tokens (`tok`), so that `lib.rs` drives it with the compiler's
//! `proc_macro` and tests, property tests and the fuzz target with `proc_macro2` (`pm2`).

use crate::tok::{compile_errors, Error, Tree, Ts};
use crate::{ast, attr, expand, valid};

/// The whole attribute: parse, validate, expand. Never panics; every problem becomes a
/// `compile_error!` spanned on the offending tokens.
pub fn expand_syscall(attr: &[Tree], item: &[Tree]) -> Ts {
    match run(attr, item) {
        Ok(tokens) => tokens,
        Err(errors) => compile_errors(&errors),
    }
}

fn run(attr: &[Tree], item: &[Tree]) -> Result<Ts, Vec<Error>> {
    // Parse both halves before reporting, so that errors in the options and in the
    // declaration are reported together.
    let options = attr::Options::parse(attr);
    let decl = ast::parse_decl(item);
    let (options, decl) = match (options, decl) {
        (Ok(o), Ok(d)) => (o, d),
        (Err(bad), Err(d)) => {
            let mut e = bad.errors;
            e.push(d);
            return Err(e);
        }
        (Ok(_), Err(d)) => return Err(vec![d]),
        // Bad options: still check the declaration, so that every error shows at once,
        // with the options that did parse (above all `nr`: whether it names a parameter
        // changes the word count).
        (Err(bad), Ok(decl)) => {
            let mut e = bad.errors;
            let options = bad.partial.map_or_else(attr::Options::placeholder, |o| *o);
            if let Err(d) = valid::check(&options, &decl) {
                e.extend(d);
            }
            return Err(e);
        }
    };
    let checked = valid::check(&options, &decl)?;
    Ok(expand::expand(&checked))
}
