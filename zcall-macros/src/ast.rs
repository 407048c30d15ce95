//! The declaration the attribute is placed on, parsed into a model.
//!
//! Parsing is syntax only and accepts more than is valid (a body, generics, `async`, …) so
//! that `valid` can report each problem on its own tokens. The compiler has parsed the item
//! already, so the parser needs only find the parts of a function declaration; every part
//! keeps its tokens, echoed unchanged by `expand`. Types are read as far as the rules need
//! (references, pointers, slices, arrays, tuples, paths and their type arguments); any
//! other type is `TyKind::Other`, kept whole.

use crate::tok::{first_span, unraw, Cursor, Delim, Error, Sp, Tree, Ts};

/// A function declaration, with or without a body.
pub struct Decl {
    pub attrs: Vec<Attr>,
    /// `pub`, `pub(crate)`, … or nothing.
    pub vis: Ts,
    pub sig: Sig,
    /// Present only on invalid input (the attribute generates the body).
    pub body: Option<Tree>,
}

/// An outer attribute, `#[…]`.
pub struct Attr {
    pub toks: Ts,
    /// Its path's segments (`inline`, `zcall`, `syscall`); `colon` when it starts with `::`.
    pub path: Vec<String>,
    pub colon: bool,
}

impl Attr {
    /// The path is exactly the one identifier `name`.
    pub fn is_ident(&self, name: &str) -> bool {
        !self.colon && self.path.len() == 1 && self.path[0] == name
    }
}

/// The signature: qualifiers, name, generics, parameters, return type, where clause.
#[derive(Clone)]
pub struct Sig {
    /// All of its tokens, from the first qualifier to the end of the where clause.
    pub toks: Ts,
    pub constness: Option<Tree>,
    pub asyncness: Option<Tree>,
    pub unsafety: Option<Tree>,
    /// `extern` and its ABI string.
    pub abi: Option<Ts>,
    pub fn_span: Sp,
    pub ident: Tree,
    pub generics: Vec<GenericParam>,
    pub where_preds: Vec<WherePred>,
    /// The whole parameter list's span (its parentheses).
    pub paren: Sp,
    pub inputs: Vec<Input>,
    /// `-> T`: `T`.
    pub output: Option<Ty>,
}

/// A generic parameter: its kind and tokens.
#[derive(Clone)]
pub struct GenericParam {
    pub kind: GenericKind,
    pub toks: Ts,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum GenericKind {
    Lifetime,
    Type,
    Const,
}

/// A where-clause predicate: whether it bounds a lifetime, and its tokens.
#[derive(Clone)]
pub struct WherePred {
    pub lifetime: bool,
    pub toks: Ts,
}

/// One entry of the parameter list.
#[derive(Clone)]
pub enum Input {
    /// `self`, `&mut self`, `self: Box<Self>`, …
    Receiver(Ts),
    /// `...`, with a name or without.
    Variadic(Ts),
    Typed(Param),
}

/// `pat: Type`.
#[derive(Clone)]
pub struct Param {
    /// The whole parameter, attributes included.
    pub toks: Ts,
    pub pat: Ts,
    pub ty: Ty,
}

/// A type: its tokens and as much structure as the rules read.
#[derive(Clone)]
pub struct Ty {
    pub toks: Ts,
    pub kind: TyKind,
}

#[derive(Clone)]
pub enum TyKind {
    /// `&'a mut T`.
    Ref(Box<Ty>),
    /// `*const T`, `*mut T`.
    Ptr(Box<Ty>),
    Slice(Box<Ty>),
    Array(Box<Ty>),
    Tuple(Vec<Ty>),
    Paren(Box<Ty>),
    /// The invisible group around a `macro_rules!` fragment.
    Group(Box<Ty>),
    Never,
    Infer,
    ImplTrait,
    Path {
        /// `<T as Trait>::…`: `T`.
        qself: Option<Box<Ty>>,
        segs: Vec<Seg>,
    },
    /// Trait objects, function pointers, macros, …: not looked into.
    Other,
}

/// One path segment: its name, its type arguments (`Option<T>`: `T`), and whether it has
/// arguments of any kind (`<…>` or `(…)`).
#[derive(Clone)]
pub struct Seg {
    pub ident: String,
    pub args: Vec<Ty>,
    pub has_args: bool,
}

impl Ty {
    /// The span of its first token (where the compiler cannot join two spans).
    pub fn span(&self) -> Sp {
        first_span(&self.toks)
    }
}

/// How many register words a parameter occupies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Words {
    /// One word, through `SyscallArg`.
    One,
    /// A slice, `&[T]` or `&mut [T]`: pointer and length, through `SyscallSliceArg`.
    Slice,
    /// A 64-bit integer spelled `u64` or `i64`, through `SyscallPairArg`: one word on a
    /// 64-bit row, two 32-bit words placed by the row's rules on a 32-bit one
    /// (`Target::pair64`).
    Pair,
}

impl Words {
    /// Register words taken on a 64-bit row (a 32-bit row's count: `Target::layout`).
    pub fn count(self) -> usize {
        match self {
            Words::One | Words::Pair => 1,
            Words::Slice => 2,
        }
    }

    /// Classifies a parameter type. The decision is syntactic (the macro runs before type
    /// checking): a slice reference written out as `&[T]`/`&mut [T]` takes two words; any
    /// other type takes one and must implement `SyscallArg`, so a slice hidden behind an
    /// alias is a clear trait error rather than a silently dropped length. Likewise `u64`
    /// and `i64` written out (the last segment of a path: `u64`, `core::primitive::u64`)
    /// take a pair of words on a 32-bit row; a 64-bit integer behind an alias is one word,
    /// and does not compile on a 32-bit target (`SyscallArg` is not implemented there for
    /// `u64`/`i64`), rather than losing its high half.
    pub fn of(ty: &Ty) -> Words {
        match &peel(ty).kind {
            TyKind::Ref(elem) if matches!(peel(elem).kind, TyKind::Slice(_)) => Words::Slice,
            TyKind::Path { qself: None, segs }
                if segs
                    .last()
                    .is_some_and(|s| !s.has_args && (s.ident == "u64" || s.ident == "i64")) =>
            {
                Words::Pair
            }
            _ => Words::One,
        }
    }
}

/// Looks through parentheses and invisible groups (from `macro_rules!` fragments).
pub fn peel(ty: &Ty) -> &Ty {
    match &ty.kind {
        TyKind::Paren(t) | TyKind::Group(t) => peel(t),
        _ => ty,
    }
}

/// The plain name bound by a parameter pattern (`x` or `mut x`), if it is one.
pub fn simple_name(pat: &[Tree]) -> Option<&Tree> {
    match pat {
        [name] if is_name(name) => Some(name),
        [m, name] if m.is_ident("mut") && is_name(name) => Some(name),
        _ => None,
    }
}

fn is_name(t: &Tree) -> bool {
    t.ident().is_some_and(|n| {
        !matches!(
            unraw(n),
            "_" | "mut" | "ref" | "self" | "Self" | "crate" | "super" | "true" | "false"
        ) || n.starts_with("r#")
    })
}

/// The typed parameters of a signature (receivers are rejected by validation).
pub fn typed_params(sig: &Sig) -> impl Iterator<Item = &Param> {
    sig.inputs.iter().filter_map(|i| match i {
        Input::Typed(p) => Some(p),
        _ => None,
    })
}

/// Parses the item.
pub fn parse_decl(toks: &[Tree]) -> Result<Decl, Error> {
    let mut c = Cursor { toks, pos: 0 };
    let mut attrs = Vec::new();
    while c.peek().is_some_and(|t| t.is_punct('#')) {
        attrs.push(parse_attr(&mut c)?);
    }
    let vis_start = c.pos;
    if c.peek().is_some_and(|t| t.is_ident("pub")) {
        c.pos += 1;
        if c.peek().and_then(|t| t.group(Delim::Paren)).is_some() {
            c.pos += 1;
        }
    }
    let vis = toks[vis_start..c.pos].to_vec();
    if !starts_fn(&c) {
        return Err(c.error(
            "#[syscall] goes on a body-less function declaration, \
             e.g. `pub fn getpid() -> Result<u32, Errno>;`",
        ));
    }
    let sig = parse_sig(&mut c)?;
    let body = match c.peek() {
        Some(t) if t.is_punct(';') => {
            c.pos += 1;
            None
        }
        Some(
            t @ Tree::Group {
                delim: Delim::Brace,
                ..
            },
        ) => {
            c.pos += 1;
            Some(t.clone())
        }
        _ => return Err(c.error("expected `;` after the declaration")),
    };
    if c.peek().is_some() {
        return Err(c.error("unexpected tokens after the declaration"));
    }
    Ok(Decl {
        attrs,
        vis,
        sig,
        body,
    })
}

fn parse_attr(c: &mut Cursor<'_>) -> Result<Attr, Error> {
    let start = c.pos;
    let Some(inner) = c.peek_at(1).and_then(|t| t.group(Delim::Bracket)) else {
        c.pos += 1;
        return Err(c.error("expected an outer attribute, `#[…]`"));
    };
    c.pos += 2;
    let colon = inner.first().is_some_and(|t| t.is_punct(':'));
    let mut path = Vec::new();
    let mut i = usize::from(colon) * 2;
    while let Some(name) = inner.get(i).and_then(Tree::ident) {
        path.push(unraw(name).to_string());
        if is_path_sep(inner, i + 1) {
            i += 3;
        } else {
            break;
        }
    }
    Ok(Attr {
        toks: c.toks[start..c.pos].to_vec(),
        path,
        colon,
    })
}

/// `::` at `toks[i]`.
pub fn is_path_sep(toks: &[Tree], i: usize) -> bool {
    matches!(
        (toks.get(i), toks.get(i + 1)),
        (Some(Tree::Punct { ch: ':', joint: true, .. }), Some(b)) if b.is_punct(':')
    )
}

/// True when the tokens ahead are a function signature (qualifiers, then `fn`).
fn starts_fn(c: &Cursor<'_>) -> bool {
    let mut i = 0;
    for q in ["const", "async", "unsafe"] {
        if c.peek_at(i).is_some_and(|t| t.is_ident(q)) {
            i += 1;
        }
    }
    if c.peek_at(i).is_some_and(|t| t.is_ident("extern")) {
        i += 1;
        if matches!(c.peek_at(i), Some(Tree::Lit { .. })) {
            i += 1;
        }
    }
    c.peek_at(i).is_some_and(|t| t.is_ident("fn"))
}

fn parse_sig(c: &mut Cursor<'_>) -> Result<Sig, Error> {
    let start = c.pos;
    let take = |c: &mut Cursor<'_>, kw: &str| {
        let t = c.peek().filter(|t| t.is_ident(kw)).cloned();
        c.pos += usize::from(t.is_some());
        t
    };
    let constness = take(c, "const");
    let asyncness = take(c, "async");
    let unsafety = take(c, "unsafe");
    let abi = take(c, "extern").map(|ext| {
        let mut abi = vec![ext];
        if let Some(lit @ Tree::Lit { .. }) = c.peek() {
            abi.push(lit.clone());
            c.pos += 1;
        }
        abi
    });
    let fn_span = c.peek().map_or(Sp::CALL, Tree::span);
    c.pos += 1; // `fn`, checked by `starts_fn`
    let ident = match c.peek() {
        Some(t @ Tree::Ident { .. }) => t.clone(),
        _ => return Err(c.error("expected the function's name")),
    };
    c.pos += 1;

    let mut generics = Vec::new();
    if c.peek().is_some_and(|t| t.is_punct('<')) {
        let close = matching_angle(c.toks, c.pos)
            .ok_or_else(|| c.error("unclosed `<` of the generic parameters"))?;
        for part in split_top(&c.toks[c.pos + 1..close], ',') {
            let body = skip_attrs(part);
            let kind = match body.first() {
                Some(t) if t.is_punct('\'') => GenericKind::Lifetime,
                Some(t) if t.is_ident("const") => GenericKind::Const,
                _ => GenericKind::Type,
            };
            generics.push(GenericParam {
                kind,
                toks: part.to_vec(),
            });
        }
        c.pos = close + 1;
    }

    let (paren, params) = match c.peek() {
        Some(Tree::Group {
            delim: Delim::Paren,
            stream,
            span,
        }) => (*span, stream),
        _ => return Err(c.error("expected the parameter list, `(…)`")),
    };
    c.pos += 1;
    let mut inputs = Vec::new();
    for part in split_top(params, ',') {
        inputs.push(parse_input(part)?);
    }

    let mut output = None;
    if c.peek().is_some_and(|t| t.is_punct('-')) && c.peek_at(1).is_some_and(|t| t.is_punct('>')) {
        c.pos += 2;
        let end = sig_part_end(c.toks, c.pos, true);
        if end == c.pos {
            return Err(c.error("expected the return type after `->`"));
        }
        output = Some(parse_ty(&c.toks[c.pos..end]));
        c.pos = end;
    }

    let mut where_preds = Vec::new();
    if c.peek().is_some_and(|t| t.is_ident("where")) {
        c.pos += 1;
        let end = sig_part_end(c.toks, c.pos, false);
        for part in split_top(&c.toks[c.pos..end], ',') {
            where_preds.push(WherePred {
                lifetime: part.first().is_some_and(|t| t.is_punct('\'')),
                toks: part.to_vec(),
            });
        }
        c.pos = end;
    }

    Ok(Sig {
        toks: c.toks[start..c.pos].to_vec(),
        constness,
        asyncness,
        unsafety,
        abi,
        fn_span,
        ident,
        generics,
        where_preds,
        paren,
        inputs,
        output,
    })
}

/// Where the return type (`stop_at_where`) or the where clause ends: at `;`, at a body
/// (a brace group outside angle brackets), or at `where` for the return type.
fn sig_part_end(toks: &[Tree], from: usize, stop_at_where: bool) -> usize {
    angle_depths(toks, from)
        .find(|&(_, t, depth)| {
            depth == 0
                && (t.is_punct(';')
                    || t.group(Delim::Brace).is_some()
                    || (stop_at_where && t.is_ident("where")))
        })
        .map_or(toks.len(), |(i, _, _)| i)
}

/// Each token from `toks[from]` on, with its index and the depth of angle brackets it
/// stands in: a `<` counts from itself on, a closing `>` (not the head of `->` or `=>`)
/// no longer counts at itself. So the tokens outside every `<…>` are those at depth 0.
fn angle_depths(toks: &[Tree], from: usize) -> impl Iterator<Item = (usize, &Tree, usize)> {
    let mut depth = 0usize;
    toks.iter().enumerate().skip(from).map(move |(i, t)| {
        if t.is_punct('<') {
            depth += 1;
        } else if t.is_punct('>') && !is_arrow_head(toks, i) {
            depth = depth.saturating_sub(1);
        }
        (i, t, depth)
    })
}

/// `toks[i]` is the `>` of `->` (or `=>`).
fn is_arrow_head(toks: &[Tree], i: usize) -> bool {
    i > 0
        && matches!(
            &toks[i - 1],
            Tree::Punct {
                ch: '-' | '=',
                joint: true,
                ..
            }
        )
}

/// The index of the `>` that closes the `<` at `open`.
pub fn matching_angle(toks: &[Tree], open: usize) -> Option<usize> {
    angle_depths(toks, open)
        .find(|&(_, t, depth)| depth == 0 && t.is_punct('>'))
        .map(|(i, _, _)| i)
}

/// Splits at `sep` outside groups and angle brackets; an empty last part (a trailing
/// separator) is dropped.
fn split_top(toks: &[Tree], sep: char) -> Vec<&[Tree]> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, t, depth) in angle_depths(toks, 0) {
        if depth == 0 && t.is_punct(sep) {
            parts.push(&toks[start..i]);
            start = i + 1;
        }
    }
    if start < toks.len() {
        parts.push(&toks[start..]);
    }
    parts
}

/// The tokens after any outer attributes.
fn skip_attrs(mut toks: &[Tree]) -> &[Tree] {
    while let [hash, group, rest @ ..] = toks {
        if hash.is_punct('#') && group.group(Delim::Bracket).is_some() {
            toks = rest;
        } else {
            break;
        }
    }
    toks
}

fn parse_input(part: &[Tree]) -> Result<Input, Error> {
    let body = skip_attrs(part);
    // `...` anywhere at the top level: a C variadic.
    let dots = body.windows(3).any(|w| w.iter().all(|t| t.is_punct('.')));
    if dots {
        return Ok(Input::Variadic(part.to_vec()));
    }
    let colon = top_colon(body);
    let pat = &body[..colon.unwrap_or(body.len())];
    if is_receiver(pat) {
        return Ok(Input::Receiver(part.to_vec()));
    }
    let Some(colon) = colon else {
        return Err(Error::spanned(
            body,
            "expected `name: Type` for each parameter",
        ));
    };
    let ty = &body[colon + 1..];
    if ty.is_empty() {
        return Err(Error::new(body[colon].span(), "expected a type after `:`"));
    }
    Ok(Input::Typed(Param {
        toks: part.to_vec(),
        pat: pat.to_vec(),
        ty: parse_ty(ty),
    }))
}

/// The first single `:` (not part of `::`) outside angle brackets.
fn top_colon(toks: &[Tree]) -> Option<usize> {
    angle_depths(toks, 0)
        .find(|&(i, t, depth)| {
            depth == 0
                && t.is_punct(':')
                && !is_path_sep(toks, i)
                && !(i > 0 && is_path_sep(toks, i - 1))
        })
        .map(|(i, _, _)| i)
}

/// `self`, `mut self`, `&self`, `&'a mut self`, …
fn is_receiver(pat: &[Tree]) -> bool {
    let rest = match pat {
        [amp, tail @ ..] if amp.is_punct('&') => after_ref(tail),
        [m, tail @ ..] if m.is_ident("mut") => tail,
        _ => pat,
    };
    matches!(rest, [s] if matches!(s, Tree::Ident { name, .. } if name == "self"))
}

/// What follows a reference's `&`: past a lifetime (`'a`) and `mut`, if there.
fn after_ref(toks: &[Tree]) -> &[Tree] {
    let toks = match toks {
        [q, _, tail @ ..] if q.is_punct('\'') => tail,
        _ => toks,
    };
    match toks {
        [m, tail @ ..] if m.is_ident("mut") => tail,
        _ => toks,
    }
}

/// Reads a type that spans all of `toks`.
pub fn parse_ty(toks: &[Tree]) -> Ty {
    Ty {
        toks: toks.to_vec(),
        kind: ty_kind(toks),
    }
}

fn ty_kind(toks: &[Tree]) -> TyKind {
    match toks {
        [Tree::Group {
            delim: Delim::None,
            stream,
            ..
        }] => TyKind::Group(Box::new(parse_ty(stream))),
        [Tree::Group {
            delim: Delim::Paren,
            stream,
            ..
        }] => {
            let parts = split_top(stream, ',');
            let trailing = stream.last().is_some_and(|t| t.is_punct(','));
            if parts.len() == 1 && !trailing {
                TyKind::Paren(Box::new(parse_ty(stream)))
            } else {
                TyKind::Tuple(parts.into_iter().map(parse_ty).collect())
            }
        }
        [Tree::Group {
            delim: Delim::Bracket,
            stream,
            ..
        }] => match split_top(stream, ';').as_slice() {
            [elem, _len] => TyKind::Array(Box::new(parse_ty(elem))),
            _ => TyKind::Slice(Box::new(parse_ty(stream))),
        },
        [t] if t.is_punct('!') => TyKind::Never,
        [Tree::Ident { name, .. }] if name == "_" => TyKind::Infer,
        [amp, rest @ ..] if amp.is_punct('&') => {
            let rest = after_ref(rest);
            if rest.is_empty() {
                TyKind::Other
            } else {
                TyKind::Ref(Box::new(parse_ty(rest)))
            }
        }
        [star, q, rest @ ..]
            if star.is_punct('*') && (q.is_ident("const") || q.is_ident("mut")) =>
        {
            TyKind::Ptr(Box::new(parse_ty(rest)))
        }
        [t, ..] if t.is_ident("impl") => TyKind::ImplTrait,
        [t, ..] if t.is_punct('<') => qself_path(toks).unwrap_or(TyKind::Other),
        [t, ..] if t.is_punct(':') || is_path_start(t) => match parse_path(toks, 0) {
            Some((segs, end)) if end == toks.len() => TyKind::Path { qself: None, segs },
            _ => TyKind::Other,
        },
        _ => TyKind::Other,
    }
}

fn is_path_start(t: &Tree) -> bool {
    t.ident().is_some_and(|n| {
        !matches!(
            n,
            "dyn" | "fn" | "unsafe" | "extern" | "for" | "impl" | "mut" | "const"
        )
    })
}

/// `<T as Trait>::Name` or `<T>::Name`.
fn qself_path(toks: &[Tree]) -> Option<TyKind> {
    let close = matching_angle(toks, 0)?;
    let inside = &toks[1..close];
    // `as` outside the angle brackets of the type before it.
    let as_at = angle_depths(inside, 0)
        .find(|&(_, t, depth)| depth == 0 && t.is_ident("as"))
        .map(|(i, _, _)| i);
    let qself = parse_ty(&inside[..as_at.unwrap_or(inside.len())]);
    // The trait's path is the first part of the type's (as `syn` reads it).
    let mut segs = match as_at {
        Some(at) => match parse_path(inside, at + 1)? {
            (segs, end) if end == inside.len() => segs,
            _ => return None,
        },
        None => Vec::new(),
    };
    if !is_path_sep(toks, close + 1) {
        return None;
    }
    let (rest, end) = parse_path(toks, close + 3)?;
    segs.extend(rest);
    (end == toks.len()).then(|| TyKind::Path {
        qself: Some(Box::new(qself)),
        segs,
    })
}

/// A path from `toks[at]` (an optional leading `::`): its segments and where it ends.
fn parse_path(toks: &[Tree], mut at: usize) -> Option<(Vec<Seg>, usize)> {
    if is_path_sep(toks, at) {
        at += 2;
    }
    let mut segs = Vec::new();
    loop {
        let name = toks.get(at)?.ident()?;
        at += 1;
        let mut seg = Seg {
            ident: unraw(name).to_string(),
            args: Vec::new(),
            has_args: false,
        };
        // `<…>`, or `::<…>`.
        let open = if toks.get(at).is_some_and(|t| t.is_punct('<')) {
            Some(at)
        } else if is_path_sep(toks, at) && toks.get(at + 2).is_some_and(|t| t.is_punct('<')) {
            Some(at + 2)
        } else {
            None
        };
        if let Some(open) = open {
            let close = matching_angle(toks, open)?;
            seg.has_args = true;
            for arg in split_top(&toks[open + 1..close], ',') {
                if let Some(ty) = type_argument(arg) {
                    seg.args.push(ty);
                }
            }
            at = close + 1;
        } else if toks.get(at).and_then(|t| t.group(Delim::Paren)).is_some() {
            // `Fn(A) -> R`: the rest is its return type.
            seg.has_args = true;
            segs.push(seg);
            return Some((segs, toks.len()));
        }
        segs.push(seg);
        if is_path_sep(toks, at) {
            at += 2;
        } else {
            return Some((segs, at));
        }
    }
}

/// A generic argument that is a type (not a lifetime, a constant, `Item = T` or
/// `Item: Bound`).
fn type_argument(arg: &[Tree]) -> Option<Ty> {
    match arg {
        [] => None,
        [q, ..] if q.is_punct('\'') => None,
        [Tree::Lit { .. }, ..] | [Tree::Punct { ch: '-', .. }, ..] => None,
        [Tree::Group {
            delim: Delim::Brace,
            ..
        }] => None,
        [Tree::Ident { .. }, eq, ..] if eq.is_punct('=') => None,
        [Tree::Ident { .. }, colon, ..] if colon.is_punct(':') && !is_path_sep(arg, 1) => None,
        _ => Some(parse_ty(arg)),
    }
}
