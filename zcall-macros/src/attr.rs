//! The attribute's own options: `#[syscall(nr = EXPR, crate = PATH, short)]`.
//!
//! Parsing only: what `nr` means (a literal, a constant, a parameter) is decided in
//! `valid`, which sees the declaration too.

use crate::ast::{is_path_sep, matching_angle};
use crate::tok::{unraw, Cursor, Delim, Error, Sp, Tree, Ts};

/// The parsed options of one `#[syscall(...)]`.
pub struct Options {
    /// The `nr = …` expression.
    pub nr: Expr,
    /// `crate = …`: the path under which the runtime crate is reachable (default `::zcall`).
    pub krate: Option<Ts>,
    /// `short`: the declaration deliberately passes fewer words than the kernel's signature
    /// (for example `openat` without a mode). Only relaxes the kernel-arity check.
    pub short: Option<Tree>,
}

/// The `nr` expression: its tokens (up to the next option) and its form.
#[derive(Clone)]
pub struct Expr {
    pub toks: Ts,
    pub kind: ExprKind,
}

#[derive(Clone)]
pub enum ExprKind {
    /// An integer literal (`39`, `0x27`, `39usize`).
    Int,
    /// A path without a `<T as Trait>` prefix: its segments' names (`zcall`, `nr`,
    /// `WRITE`); `ident` when it is one plain identifier (which may name a parameter).
    Path {
        segs: Vec<String>,
        ident: Option<Tree>,
    },
    /// `(e)`.
    Paren(Box<Expr>),
    /// The invisible group around a `macro_rules!` fragment (`$n:expr`).
    Group(Box<Expr>),
    /// Anything else (`1 + 2`, a call, a block).
    Other,
}

impl Expr {
    /// Reads an expression that spans all of `toks`.
    pub fn parse(toks: &[Tree]) -> Expr {
        Expr {
            toks: toks.to_vec(),
            kind: expr_kind(toks),
        }
    }
}

fn expr_kind(toks: &[Tree]) -> ExprKind {
    match toks {
        [Tree::Lit { text, .. }] if is_int_literal(text) => ExprKind::Int,
        [Tree::Group {
            delim: Delim::Paren,
            stream,
            ..
        }] if !stream.is_empty() && !has_top_comma(stream) => {
            ExprKind::Paren(Box::new(Expr::parse(stream)))
        }
        [Tree::Group {
            delim: Delim::None,
            stream,
            ..
        }] => ExprKind::Group(Box::new(Expr::parse(stream))),
        _ => path(toks).unwrap_or(ExprKind::Other),
    }
}

fn has_top_comma(toks: &[Tree]) -> bool {
    toks.iter().any(|t| t.is_punct(','))
}

/// `a::b::C`, `::a::B`, `$crate::nr::X`, `X::<T>`: the names of the segments.
fn path(toks: &[Tree]) -> Option<ExprKind> {
    let (segs, end) = path_prefix(toks, 0)?;
    if end != toks.len() || segs.iter().any(|s| s == "true" || s == "false") {
        return None;
    }
    let ident = (toks.len() == 1).then(|| toks[0].clone());
    Some(ExprKind::Path { segs, ident })
}

/// The path that starts at `toks[start]` (a leading `::`, segments joined by `::`, a
/// turbofish `::<…>` after any of them): its segments' names and where it ends.
fn path_prefix(toks: &[Tree], start: usize) -> Option<(Vec<String>, usize)> {
    let mut i = start + usize::from(is_path_sep(toks, start)) * 2;
    let mut segs = Vec::new();
    loop {
        segs.push(unraw(toks.get(i)?.ident()?).to_string());
        i += 1;
        if is_path_sep(toks, i) && toks.get(i + 2).is_some_and(|t| t.is_punct('<')) {
            i = matching_angle(toks, i + 2)? + 1;
        }
        if !is_path_sep(toks, i) {
            return Some((segs, i));
        }
        i += 2;
    }
}

/// An integer literal's text: `39`, `0x27`, `1_000usize` (not `1.0`, `1e3`).
fn is_int_literal(text: &str) -> bool {
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if text.starts_with("0x") || text.starts_with("0o") || text.starts_with("0b") {
        return true;
    }
    // As the lexer (and `syn`) reads it: a fraction or an exponent makes a float; any
    // other suffix (`usize`, even `f64`) is an integer literal's.
    let rest = text.trim_start_matches(|c: char| c.is_ascii_digit() || c == '_');
    !rest.starts_with(['.', 'e', 'E'])
}

/// Options that failed to parse: every error, and what did parse.
pub struct Invalid {
    pub errors: Vec<Error>,
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
            nr: Expr::parse(&[Tree::Lit {
                text: "0".to_string(),
                span: Sp::CALL,
            }]),
            krate: None,
            short: None,
        }
    }

    /// Parses the tokens inside `#[syscall(...)]`. All problems are reported together.
    pub fn parse(toks: &[Tree]) -> Result<Self, Invalid> {
        let mut c = Cursor { toks, pos: 0 };
        let mut nr: Option<Expr> = None;
        let mut krate: Option<Ts> = None;
        let mut short: Option<Tree> = None;
        // Set once an `nr` key is seen, even a malformed one, so that a bad `nr` is not
        // also reported as a missing one.
        let mut nr_seen = false;
        let mut errors = Vec::new();

        while c.peek().is_some() {
            nr_seen |= c.peek().is_some_and(|t| t.is_ident("nr"));
            if let Err(e) = parse_one(&mut c, &mut nr, &mut krate, &mut short) {
                errors.push(e);
                c.skip_to_comma();
            }
            let Some(t) = c.peek() else {
                break;
            };
            if t.is_punct(',') {
                c.pos += 1;
            } else {
                errors.push(Error::new(
                    t.span(),
                    "expected `,` between options of #[syscall(...)]",
                ));
                c.skip_to_comma();
                c.pos += usize::from(c.peek().is_some());
            }
        }

        match nr {
            Some(nr) if errors.is_empty() => Ok(Options { nr, krate, short }),
            Some(nr) => Err(Invalid {
                errors,
                partial: Some(Box::new(Options { nr, krate, short })),
            }),
            None if nr_seen && !errors.is_empty() => Err(Invalid {
                errors,
                partial: None,
            }),
            None => {
                errors.push(Error::new(
                    Sp::CALL,
                    "missing `nr = …`: say which syscall this is, e.g. #[syscall(nr = zcall::nr::WRITE)]",
                ));
                Err(Invalid {
                    errors,
                    partial: None,
                })
            }
        }
    }
}

fn parse_one(
    c: &mut Cursor<'_>,
    nr: &mut Option<Expr>,
    krate: &mut Option<Ts>,
    short: &mut Option<Tree>,
) -> Result<(), Error> {
    let key = match c.peek() {
        Some(t @ Tree::Ident { .. }) => t.clone(),
        _ => {
            return Err(Error::new(
                c.span(),
                "expected an option of #[syscall(...)]: `nr = …`, `crate = …` or `short`",
            ))
        }
    };
    c.pos += 1;
    let name = key.ident().map(unraw).unwrap_or_default().to_string();
    match name.as_str() {
        "nr" => {
            expect_eq(c, &key, &name)?;
            let start = c.pos;
            c.pos = expr_end(c.toks, start);
            if c.pos == start {
                return Err(Error::new(
                    key.span(),
                    "`nr =` needs a value: an integer literal, a constant path, or a parameter name",
                ));
            }
            if nr.is_some() {
                return Err(Error::new(key.span(), "duplicate `nr` option"));
            }
            *nr = Some(Expr::parse(&c.toks[start..c.pos]));
        }
        "crate" => {
            expect_eq(c, &key, &name)?;
            let start = c.pos;
            if is_path_sep(c.toks, c.pos) {
                c.pos += 2;
            }
            loop {
                if c.peek().and_then(Tree::ident).is_none() {
                    return Err(Error::new(
                        c.span(),
                        "`crate =` needs a path to the zcall crate, e.g. `crate = ::zcall`",
                    ));
                }
                c.pos += 1;
                if is_path_sep(c.toks, c.pos) {
                    c.pos += 2;
                } else {
                    break;
                }
            }
            if krate.is_some() {
                return Err(Error::new(key.span(), "duplicate `crate` option"));
            }
            *krate = Some(c.toks[start..c.pos].to_vec());
        }
        "short" => {
            if c.peek().is_some_and(|t| t.is_punct('=')) {
                return Err(Error::new(
                    key.span(),
                    "`short` is a flag and takes no value",
                ));
            }
            if short.is_some() {
                return Err(Error::new(key.span(), "duplicate `short` option"));
            }
            *short = Some(key);
        }
        _ => {
            return Err(Error::new(
                key.span(),
                format!("unknown option `{name}`: expected `nr = …`, `crate = …` or `short`"),
            ))
        }
    }
    Ok(())
}

/// Where the expression from `toks[start]` ends: at the next comma, or, when a literal,
/// a group or a path is followed by an identifier or a literal (which no expression
/// continues with), right after it, so that the missing comma is reported there.
fn expr_end(toks: &[Tree], start: usize) -> usize {
    let comma = |from: usize| {
        toks[from..]
            .iter()
            .position(|t| t.is_punct(','))
            .map_or(toks.len(), |i| from + i)
    };
    let atom_end = match toks.get(start) {
        Some(Tree::Lit { .. } | Tree::Group { .. }) => start + 1,
        Some(Tree::Ident { .. } | Tree::Punct { ch: ':', .. }) => match path_prefix(toks, start) {
            Some((_, end)) => end,
            None => return comma(start),
        },
        _ => return comma(start),
    };
    match toks.get(atom_end) {
        Some(Tree::Lit { .. }) => atom_end,
        Some(t) if t.ident().is_some_and(|n| n != "as") => atom_end,
        _ => comma(start),
    }
}

fn expect_eq(c: &mut Cursor<'_>, key: &Tree, name: &str) -> Result<(), Error> {
    if c.peek().is_some_and(|t| t.is_punct('=')) {
        c.pos += 1;
        Ok(())
    } else {
        Err(Error::new(
            key.span(),
            format!("expected `=` after `{name}`: write `{name} = …`"),
        ))
    }
}
