//! The declaration the attribute is placed on, parsed into a model.
//!
//! Parsing is syntax only and accepts more than is valid (a body, generics, `async`, …) so
//! that `valid` can report each problem on its own tokens.

use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Block, FnArg, Pat, Signature, Token, Type, Visibility};

/// A function declaration, with or without a body.
pub struct Decl {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub sig: Signature,
    /// Present only on invalid input (the attribute generates the body).
    pub body: Option<Block>,
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
    pub fn of(ty: &Type) -> Words {
        match peel(ty) {
            Type::Reference(r) if matches!(peel(&r.elem), Type::Slice(_)) => Words::Slice,
            Type::Path(p)
                if p.qself.is_none()
                    && p.path.segments.last().is_some_and(|s| {
                        s.arguments.is_none() && (s.ident == "u64" || s.ident == "i64")
                    }) =>
            {
                Words::Pair
            }
            _ => Words::One,
        }
    }
}

/// Looks through parentheses and invisible groups (from `macro_rules!` fragments).
pub fn peel(ty: &Type) -> &Type {
    match ty {
        Type::Paren(p) => peel(&p.elem),
        Type::Group(g) => peel(&g.elem),
        other => other,
    }
}

impl Parse for Decl {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        if !starts_fn(input) {
            return Err(input.error(
                "#[syscall] goes on a body-less function declaration, \
                 e.g. `pub fn getpid() -> Result<u32, Errno>;`",
            ));
        }
        let sig: Signature = input.parse()?;
        let body = if input.peek(Token![;]) {
            input.parse::<Token![;]>()?;
            None
        } else if input.peek(syn::token::Brace) {
            Some(input.parse()?)
        } else {
            return Err(input.error("expected `;` after the declaration"));
        };
        if !input.is_empty() {
            return Err(input.error("unexpected tokens after the declaration"));
        }
        Ok(Decl {
            attrs,
            vis,
            sig,
            body,
        })
    }
}

/// True when the tokens ahead are a function signature (qualifiers, then `fn`).
fn starts_fn(input: ParseStream) -> bool {
    let fork = input.fork();
    let _ = fork.parse::<Option<Token![const]>>();
    let _ = fork.parse::<Option<Token![async]>>();
    let _ = fork.parse::<Option<Token![unsafe]>>();
    if fork.peek(Token![extern]) {
        let _ = fork.parse::<syn::Abi>();
    }
    fork.peek(Token![fn])
}

/// The typed parameters of a signature (receivers are rejected by validation).
pub fn typed_params(sig: &Signature) -> impl Iterator<Item = &syn::PatType> {
    sig.inputs.iter().filter_map(|arg| match arg {
        FnArg::Typed(p) => Some(p),
        FnArg::Receiver(_) => None,
    })
}

/// The plain name bound by a parameter pattern (`x` or `mut x`), if it is one.
pub fn simple_name(pat: &Pat) -> Option<&syn::Ident> {
    match pat {
        Pat::Ident(p) if p.by_ref.is_none() && p.subpat.is_none() => Some(&p.ident),
        _ => None,
    }
}
