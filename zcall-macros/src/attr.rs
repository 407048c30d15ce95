//! The attribute's own options: `#[syscall(nr = EXPR, crate = PATH, short)]`.
//!
//! Parsing only: what `nr` means (a literal, a constant, a parameter) is decided in
//! `valid`, which sees the declaration too.

use proc_macro2::{Span, TokenStream};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Expr, Ident, Path, Token};

/// The parsed options of one `#[syscall(...)]`.
pub struct Options {
    /// The `nr = …` expression.
    pub nr: Expr,
    /// `crate = …`: the path under which the runtime crate is reachable (default `::zcall`).
    pub krate: Option<Path>,
    /// `short`: the declaration deliberately passes fewer words than the kernel's signature
    /// (for example `openat` without a mode). Only relaxes the kernel-arity check.
    pub short: Option<Ident>,
}

/// Options that failed to parse: every error, and what did parse.
pub struct Invalid {
    pub errors: syn::Error,
    /// The options as far as they parsed, when `nr` did: the declaration is still checked
    /// against them, so that its own errors show too and none is made up (with `nr = n`, a
    /// placeholder number would count `n` as an argument word).
    pub partial: Option<Box<Options>>,
}

impl Options {
    /// Options that check nothing themselves: used to validate a declaration whose own
    /// options failed to parse before an `nr` was found.
    pub fn placeholder() -> Self {
        Options {
            nr: syn::parse_quote!(0),
            krate: None,
            short: None,
        }
    }

    /// Parses the tokens inside `#[syscall(...)]`. All problems are reported together.
    pub fn parse(tokens: TokenStream) -> Result<Self, Invalid> {
        let parser = |input: ParseStream| Ok(parse_options(input));
        match parser.parse2(tokens) {
            Ok(parsed) => parsed,
            // Unreachable (the parser consumes its whole input), but never panic.
            Err(errors) => Err(Invalid {
                errors,
                partial: None,
            }),
        }
    }
}

fn parse_options(input: ParseStream) -> Result<Options, Invalid> {
    let mut nr: Option<Expr> = None;
    let mut krate: Option<Path> = None;
    let mut short: Option<Ident> = None;
    // Set once an `nr` key is seen, even a malformed one, so that a bad `nr` is not also
    // reported as a missing one.
    let mut nr_seen = false;
    let mut errors: Option<syn::Error> = None;
    let mut push = |e: syn::Error| match &mut errors {
        Some(all) => all.combine(e),
        None => errors = Some(e),
    };

    while !input.is_empty() {
        nr_seen |= input.fork().call(Ident::parse_any).is_ok_and(|k| k == "nr");
        if let Err(e) = parse_one(input, &mut nr, &mut krate, &mut short) {
            push(e);
            skip_to_comma(input);
        }
        if input.is_empty() {
            break;
        }
        if let Err(e) = input.parse::<Token![,]>() {
            push(syn::Error::new(
                e.span(),
                "expected `,` between options of #[syscall(...)]",
            ));
            skip_to_comma(input);
            let _ = input.parse::<Option<Token![,]>>();
        }
    }

    match (nr, errors) {
        (Some(nr), None) => Ok(Options { nr, krate, short }),
        (Some(nr), Some(errors)) => Err(Invalid {
            errors,
            partial: Some(Box::new(Options { nr, krate, short })),
        }),
        (None, Some(errors)) if nr_seen => Err(Invalid {
            errors,
            partial: None,
        }),
        (None, errors) => {
            let missing = syn::Error::new(
                Span::call_site(),
                "missing `nr = …`: say which syscall this is, e.g. #[syscall(nr = zcall::nr::WRITE)]",
            );
            Err(Invalid {
                errors: match errors {
                    Some(mut all) => {
                        all.combine(missing);
                        all
                    }
                    None => missing,
                },
                partial: None,
            })
        }
    }
}

fn parse_one(
    input: ParseStream,
    nr: &mut Option<Expr>,
    krate: &mut Option<Path>,
    short: &mut Option<Ident>,
) -> syn::Result<()> {
    let key = Ident::parse_any(input).map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected an option of #[syscall(...)]: `nr = …`, `crate = …` or `short`",
        )
    })?;
    let name = key.to_string();
    match name.as_str() {
        "nr" => {
            expect_eq(input, &key)?;
            if input.is_empty() || input.peek(Token![,]) {
                return Err(syn::Error::new(
                    key.span(),
                    "`nr =` needs a value: an integer literal, a constant path, or a parameter name",
                ));
            }
            let value: Expr = input.parse()?;
            if nr.is_some() {
                return Err(syn::Error::new(key.span(), "duplicate `nr` option"));
            }
            *nr = Some(value);
        }
        "crate" => {
            expect_eq(input, &key)?;
            let value = Path::parse_mod_style(input).map_err(|e| {
                syn::Error::new(
                    e.span(),
                    "`crate =` needs a path to the zcall crate, e.g. `crate = ::zcall`",
                )
            })?;
            if krate.is_some() {
                return Err(syn::Error::new(key.span(), "duplicate `crate` option"));
            }
            *krate = Some(value);
        }
        "short" => {
            if input.peek(Token![=]) {
                return Err(syn::Error::new(
                    key.span(),
                    "`short` is a flag and takes no value",
                ));
            }
            if short.is_some() {
                return Err(syn::Error::new(key.span(), "duplicate `short` option"));
            }
            *short = Some(key);
        }
        _ => {
            return Err(syn::Error::new(
                key.span(),
                format!("unknown option `{name}`: expected `nr = …`, `crate = …` or `short`"),
            ))
        }
    }
    Ok(())
}

fn expect_eq(input: ParseStream, key: &Ident) -> syn::Result<()> {
    if input.peek(Token![=]) {
        input.parse::<Token![=]>()?;
        Ok(())
    } else {
        Err(syn::Error::new(
            key.span(),
            format!("expected `=` after `{key}`: write `{key} = …`"),
        ))
    }
}

/// Error recovery: drop tokens up to (not including) the next top-level comma.
fn skip_to_comma(input: ParseStream) {
    let _ = input.step(|cursor| {
        let mut rest = *cursor;
        while let Some((tt, next)) = rest.token_tree() {
            if let proc_macro2::TokenTree::Punct(p) = &tt {
                if p.as_char() == ',' {
                    return Ok(((), rest));
                }
            }
            rest = next;
        }
        Ok(((), rest))
    });
}
