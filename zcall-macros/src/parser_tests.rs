//! The attribute's own parser (`ast`, `attr`) against `syn`'s, which tests may use: every
//! type, `nr` expression and declaration here is read by both, and what the rules look
//! at must agree — the form of each type and of everything inside it that the rules look
//! through, the form of `nr`, and the parts of the signature.

use proc_macro2::TokenStream;
use proptest::prelude::*;

use crate::ast::{self, Input, Ty, TyKind};
use crate::attr::{Expr, ExprKind};
use crate::pm2::{import, Table};
use crate::tok::Tree;

fn trees(text: &str) -> Vec<Tree> {
    let ts: TokenStream = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
    import(ts, &mut Table::default())
}

/// A type's form as the rules see it, from our parser: kinds, with the parts they look
/// into (`Ref(Slice(Path(u8)))`).
fn ours(ty: &Ty) -> String {
    match &ty.kind {
        TyKind::Ref(t) => format!("Ref({})", ours(t)),
        TyKind::Ptr(t) => format!("Ptr({})", ours(t)),
        TyKind::Slice(t) => format!("Slice({})", ours(t)),
        TyKind::Array(t) => format!("Array({})", ours(t)),
        TyKind::Tuple(ts) => format!("Tuple({})", list(ts.iter().map(ours))),
        TyKind::Paren(t) => format!("Paren({})", ours(t)),
        TyKind::Group(t) => format!("Group({})", ours(t)),
        TyKind::Never => "Never".into(),
        TyKind::Infer => "Infer".into(),
        TyKind::ImplTrait => "ImplTrait".into(),
        TyKind::Path { qself, segs } => format!(
            "Path({}{})",
            qself
                .as_ref()
                .map_or(String::new(), |q| format!("<{}>", ours(q))),
            list(segs.iter().map(|s| format!(
                "{}{}[{}]",
                s.ident,
                if s.has_args { "+args" } else { "" },
                list(s.args.iter().map(ours))
            )))
        ),
        TyKind::Other => "Other".into(),
    }
}

/// The same from `syn`'s reading.
fn theirs(ty: &syn::Type) -> String {
    use syn::{GenericArgument, PathArguments, Type};
    match ty {
        Type::Reference(r) => format!("Ref({})", theirs(&r.elem)),
        Type::Ptr(p) => format!("Ptr({})", theirs(&p.elem)),
        Type::Slice(s) => format!("Slice({})", theirs(&s.elem)),
        Type::Array(a) => format!("Array({})", theirs(&a.elem)),
        Type::Tuple(t) => format!("Tuple({})", list(t.elems.iter().map(theirs))),
        Type::Paren(p) => format!("Paren({})", theirs(&p.elem)),
        Type::Group(g) => format!("Group({})", theirs(&g.elem)),
        Type::Never(_) => "Never".into(),
        Type::Infer(_) => "Infer".into(),
        Type::ImplTrait(_) => "ImplTrait".into(),
        Type::Path(p) => format!(
            "Path({}{})",
            p.qself
                .as_ref()
                .map_or(String::new(), |q| format!("<{}>", theirs(&q.ty))),
            list(p.path.segments.iter().map(|s| {
                let args: Vec<String> = match &s.arguments {
                    PathArguments::AngleBracketed(a) => a
                        .args
                        .iter()
                        .filter_map(|a| match a {
                            GenericArgument::Type(t) => Some(theirs(t)),
                            _ => None,
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                format!(
                    "{}{}[{}]",
                    s.ident.unraw(),
                    if s.arguments.is_none() { "" } else { "+args" },
                    args.join(", ")
                )
            }))
        ),
        _ => "Other".into(),
    }
}

fn list(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(", ")
}

use syn::ext::IdentExt;

/// Types of every form `syn` knows, and the ones the rules look into, nested.
const TYPES: &[&str] = &[
    "u8",
    "usize",
    "r#type",
    "core::primitive::u64",
    "::core::ffi::c_ulong",
    "crate::Fd",
    "self::Fd",
    "super::Fd<u8>",
    "Self",
    "$crate::Fd",
    "&u8",
    "&'a u8",
    "&mut u8",
    "&'a mut [u8]",
    "&&u8",
    "&mut &mut [u8]",
    "&[u8]",
    "&[u8; 4]",
    "&[&[u8]]",
    "*const u8",
    "*mut *const u8",
    "*const [u8]",
    "[u8]",
    "[u8; 4]",
    "[u8; N * 2]",
    "[u8; { N }]",
    "()",
    "(u8,)",
    "(u8)",
    "((u8))",
    "(u8, *const u8)",
    "(&[u8], Option<_>)",
    "!",
    "_",
    "impl Copy",
    "impl Copy + 'a",
    "&impl Copy",
    "Option<impl Copy>",
    "dyn Fn(u8) -> u8 + Send",
    "Box<dyn Fn(&u8) -> Result<(), ()>>",
    "fn(u8) -> u8",
    "unsafe extern \"C\" fn(*const u8)",
    "for<'a> fn(&'a u8) -> &'a u8",
    "<T as Trait>::X",
    "<T>::X",
    "<*const u8 as Trait<u8>>::X<u16>",
    "Vec<<T as X>::Y>",
    "Option<u8>",
    "Option<&'a [u8]>",
    "Option<NonNull<u8>>",
    "core::ptr::NonNull<u8>",
    "Result<u8, Vec<Vec<u8>>>",
    "Result<Vec<Vec<u8>>, u8>",
    "Foo<N, { 1 + 2 }, 'a, Item = u8, T: Copy>",
    "Foo<3, -1, \"s\">",
    "a::b::<u8>::c",
    "m!(u8)",
    "core::mem::MaybeUninit<[u8; 16]>",
    "Result<(), Errno>",
    "Result<OwnedFd, Errno>",
    "BorrowedFd<'_>",
    "Option<&'a mut Sigset>",
];

/// The invisible group `macro_rules!` wraps around a `$t:ty` fragment.
fn grouped(text: &str) -> TokenStream {
    let inner: TokenStream = text.parse().unwrap();
    proc_macro2::TokenTree::Group(proc_macro2::Group::new(proc_macro2::Delimiter::None, inner))
        .into()
}

fn check_type(ts: TokenStream) {
    let text = ts.to_string();
    let syn_ty: syn::Type = syn::parse2(ts.clone()).unwrap_or_else(|e| panic!("{text}: {e}"));
    let ty = ast::parse_ty(&import(ts, &mut Table::default()));
    assert_eq!(ours(&ty), theirs(&syn_ty), "{text}");
    // The classification the expansion depends on, through both.
    assert_eq!(
        ast::Words::of(&ty),
        words_of_syn(&syn_ty),
        "{text}: register words"
    );
}

/// `Words::of`, on `syn`'s reading, as the attribute decided it when it used `syn`.
fn words_of_syn(ty: &syn::Type) -> ast::Words {
    fn peel(ty: &syn::Type) -> &syn::Type {
        match ty {
            syn::Type::Paren(p) => peel(&p.elem),
            syn::Type::Group(g) => peel(&g.elem),
            t => t,
        }
    }
    match peel(ty) {
        syn::Type::Reference(r) if matches!(peel(&r.elem), syn::Type::Slice(_)) => {
            ast::Words::Slice
        }
        syn::Type::Path(p)
            if p.qself.is_none()
                && p.path.segments.last().is_some_and(|s| {
                    s.arguments.is_none() && (s.ident == "u64" || s.ident == "i64")
                }) =>
        {
            ast::Words::Pair
        }
        _ => ast::Words::One,
    }
}

#[test]
fn types_read_as_syn_reads_them() {
    for text in TYPES {
        if text.starts_with('$') {
            continue; // `$crate` lexes only inside a macro
        }
        check_type(text.parse().unwrap());
        for nested in [
            grouped(text),
            format!("&{text}").parse().unwrap(),
            format!("Option<{text}>").parse().unwrap(),
        ] {
            // Not every nesting is a type `syn` reads (`&impl A + 'a` is ambiguous).
            if syn::parse2::<syn::Type>(nested.clone()).is_ok() {
                check_type(nested);
            }
        }
    }
}

fn expr_form(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Int => "Int".into(),
        ExprKind::Path { segs, ident } => {
            format!(
                "Path({}{})",
                segs.join("::"),
                if ident.is_some() { ", ident" } else { "" }
            )
        }
        ExprKind::Paren(e) => format!("Paren({})", expr_form(e)),
        ExprKind::Group(e) => format!("Group({})", expr_form(e)),
        ExprKind::Other => "Other".into(),
    }
}

fn syn_expr_form(e: &syn::Expr) -> String {
    match e {
        syn::Expr::Lit(l) if matches!(l.lit, syn::Lit::Int(_)) => "Int".into(),
        syn::Expr::Path(p) if p.qself.is_none() => format!(
            "Path({}{})",
            p.path
                .segments
                .iter()
                .map(|s| s.ident.unraw().to_string())
                .collect::<Vec<_>>()
                .join("::"),
            if p.path.get_ident().is_some() {
                ", ident"
            } else {
                ""
            }
        ),
        syn::Expr::Paren(p) => format!("Paren({})", syn_expr_form(&p.expr)),
        syn::Expr::Group(g) => format!("Group({})", syn_expr_form(&g.expr)),
        _ => "Other".into(),
    }
}

#[test]
fn nr_expressions_read_as_syn_reads_them() {
    for text in [
        "39",
        "0x27",
        "0b1",
        "0o7",
        "39usize",
        "1_000",
        "1.0",
        "1e3",
        "2f64",
        "-1",
        "n",
        "r#nr",
        "WRITE",
        "nr::WRITE",
        "zcall::nr::WRITE",
        "::zcall::nr::WRITE",
        "crate::nr::WRITE",
        "self::X",
        "X::<u8>::Y",
        "(n)",
        "((zcall::nr::WRITE))",
        "(1, 2)",
        "a + b",
        "f(x)",
        "n as usize",
        "true",
        "\"write\"",
        "{ 1 }",
        "[1]",
        "x.0",
        "<T as Tr>::X",
    ] {
        let syn_e: syn::Expr = syn::parse_str(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        let e = Expr::parse(&trees(text));
        assert_eq!(expr_form(&e), syn_expr_form(&syn_e), "{text}");
    }
}

/// The parts of a signature the rules read, from our parser.
fn sig_parts(item: &str) -> String {
    let decl = ast::parse_decl(&trees(item)).unwrap_or_else(|e| panic!("{item}: {}", e.msg));
    let s = &decl.sig;
    let inputs: Vec<String> = s
        .inputs
        .iter()
        .map(|i| match i {
            Input::Receiver(_) => "self".into(),
            Input::Variadic(_) => "...".into(),
            Input::Typed(p) => format!(
                "{}: {}",
                ast::simple_name(&p.pat)
                    .and_then(Tree::ident)
                    .map_or("<pattern>".to_string(), |n| n.to_string()),
                ours(&p.ty)
            ),
        })
        .collect();
    format!(
        "attrs {} vis {} const {} async {} unsafe {} abi {} name {} generics {:?} where {:?} \
         inputs [{}] output {} body {}",
        decl.attrs.len(),
        !decl.vis.is_empty(),
        s.constness.is_some(),
        s.asyncness.is_some(),
        s.unsafety.is_some(),
        s.abi.is_some(),
        s.ident.ident().unwrap_or_default(),
        s.generics
            .iter()
            .map(|g| match g.kind {
                ast::GenericKind::Lifetime => 'L',
                ast::GenericKind::Type => 'T',
                ast::GenericKind::Const => 'C',
            })
            .collect::<String>(),
        s.where_preds
            .iter()
            .map(|w| if w.lifetime { 'L' } else { 'T' })
            .collect::<String>(),
        inputs.join(", "),
        s.output.as_ref().map_or("-".to_string(), ours),
        decl.body.is_some(),
    )
}

/// The same from `syn`.
fn syn_sig_parts(item: &str) -> String {
    let f: syn::ForeignItemFn = match syn::parse_str::<syn::ItemFn>(item) {
        Ok(f) => {
            return syn_parts(&f.attrs, &f.vis, &f.sig, true);
        }
        Err(_) => syn::parse_str(item).unwrap_or_else(|e| panic!("{item}: {e}")),
    };
    syn_parts(&f.attrs, &f.vis, &f.sig, false)
}

fn syn_parts(
    attrs: &[syn::Attribute],
    vis: &syn::Visibility,
    s: &syn::Signature,
    body: bool,
) -> String {
    let mut inputs: Vec<String> = s
        .inputs
        .iter()
        .map(|i| match i {
            syn::FnArg::Receiver(_) => "self".into(),
            syn::FnArg::Typed(p) => format!(
                "{}: {}",
                match &*p.pat {
                    syn::Pat::Ident(i) if i.by_ref.is_none() && i.subpat.is_none() =>
                        i.ident.to_string(),
                    _ => "<pattern>".to_string(),
                },
                theirs(&p.ty)
            ),
        })
        .collect();
    if s.variadic.is_some() {
        inputs.push("...".into());
    }
    format!(
        "attrs {} vis {} const {} async {} unsafe {} abi {} name {} generics {:?} where {:?} \
         inputs [{}] output {} body {}",
        attrs.len(),
        !matches!(vis, syn::Visibility::Inherited),
        s.constness.is_some(),
        s.asyncness.is_some(),
        s.unsafety.is_some(),
        s.abi.is_some(),
        s.ident,
        s.generics
            .params
            .iter()
            .map(|g| match g {
                syn::GenericParam::Lifetime(_) => 'L',
                syn::GenericParam::Type(_) => 'T',
                syn::GenericParam::Const(_) => 'C',
            })
            .collect::<String>(),
        s.generics.where_clause.as_ref().map_or(String::new(), |w| w
            .predicates
            .iter()
            .map(|p| if matches!(p, syn::WherePredicate::Lifetime(_)) {
                'L'
            } else {
                'T'
            })
            .collect::<String>()),
        inputs.join(", "),
        match &s.output {
            syn::ReturnType::Default => "-".to_string(),
            syn::ReturnType::Type(_, t) => theirs(t),
        },
        body,
    )
}

#[test]
fn declarations_read_as_syn_reads_them() {
    for item in [
        "fn getpid() -> u32;",
        "pub fn getpid() -> Result<u32, Errno>;",
        "pub(crate) unsafe fn read(fd: BorrowedFd<'_>, buf: *mut u8, len: usize) -> usize;",
        "pub(in crate::sys) fn f(a: u8) -> usize;",
        "/// Docs.\n#[doc(alias = \"x\")]\n#[cfg(unix)]\npub fn f(a: u8) -> usize;",
        "#[zcall::syscall(nr = 1)] fn f() -> usize;",
        "const fn f() -> usize;",
        "async fn f() -> usize;",
        "extern \"C\" fn f() -> usize;",
        "extern fn f() -> usize;",
        "const async unsafe extern \"C\" fn f() -> usize;",
        "fn f<'a, 'b: 'a>(x: &'a [u8], y: &'b mut [u8]) -> usize;",
        "fn f<T: Fn(u8) -> u8, const N: usize, 'a>(x: [T; N]) -> usize;",
        "fn f<T = Vec<Vec<u8>>>(x: T) -> usize;",
        "fn f<'a>(x: &'a u8) -> Result<&'a u8, Errno> where 'a: 'static, u8: Copy;",
        "fn f<'a>(x: &'a u8) -> usize where Vec<u8>: Into<Vec<u8>>,;",
        "fn f(#[cfg(x)] a: u8, mut b: u16, r#type: u32) -> usize;",
        "fn f((a, b): (u8, u8), ref c: u8, _: u8, d @ _: u8) -> usize;",
        "fn f(self) -> usize;",
        "fn f(&self) -> usize;",
        "fn f(&'a mut self, x: u8) -> usize;",
        "fn f(mut self: Box<Self>) -> usize;",
        "unsafe extern \"C\" fn f(a: i32, ...) -> usize;",
        "unsafe extern \"C\" fn f(a: i32, rest: ...) -> usize;",
        "fn f(a: u8) -> impl Fn() -> u8;",
        "fn f(a: u8) -> !;",
        "fn f(a: u8) -> ();",
        "fn f(a: u8);",
        "fn f(a: u8) -> usize { 0 }",
        "fn f(a: Foo<{ N }>) -> Foo<{ N }>;",
        "fn f(a: fn(u8) -> u8, b: &dyn Fn(u8) -> u8) -> usize;",
        "fn f(a: <T as Tr>::X, b: Result<u8, Vec<u8>>,) -> usize;",
        "fn f(a: u64, b: i64, c: core::primitive::u64) -> Result<u64, Errno>;",
    ] {
        assert_eq!(sig_parts(item), syn_sig_parts(item), "{item}");
    }
}

proptest! {
    /// Random nestings of the type forms, read by both.
    #[test]
    fn generated_types_read_as_syn_reads_them(text in type_text()) {
        check_type(text.parse().unwrap());
    }
}

fn type_text() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("u8".to_string()),
        Just("u64".to_string()),
        Just("core::primitive::i64".to_string()),
        Just("NonNull<u8>".to_string()),
        Just("_".to_string()),
        Just("!".to_string()),
        Just("impl Copy".to_string()),
        Just("dyn Fn(u8) -> u8".to_string()),
        Just("fn() -> u8".to_string()),
        Just("<T as Tr>::X".to_string()),
        Just("BorrowedFd<'_>".to_string()),
    ];
    leaf.prop_recursive(4, 32, 3, |inner| {
        prop_oneof![
            inner.clone().prop_map(|t| format!("&{t}")),
            inner.clone().prop_map(|t| format!("&'a mut {t}")),
            inner.clone().prop_map(|t| format!("*const {t}")),
            inner.clone().prop_map(|t| format!("[{t}]")),
            inner.clone().prop_map(|t| format!("[{t}; 4]")),
            inner.clone().prop_map(|t| format!("({t})")),
            inner.clone().prop_map(|t| format!("({t},)")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a}, {b})")),
            inner.clone().prop_map(|t| format!("Option<{t}>")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("Result<{a}, {b}>")),
            inner.clone().prop_map(|t| format!("a::B<'a, {t}, 3>")),
            inner.prop_map(|t| format!("<{t} as Tr>::X")),
        ]
    })
}

/// Types in messages read as they are written.
#[test]
fn types_in_messages_read_as_source() {
    for text in [
        "usize",
        "core::ffi::c_ulong",
        "::core::ffi::c_ulong",
        "&'a mut [u8]",
        "*const u8",
        "Option<&'a u8>",
        "Result<u8, Errno>",
        "[u8; 4]",
        "(u8, u16)",
        "<T as Tr>::X",
        "dyn Fn(u8) -> u8 + Send",
        "impl Copy + 'a",
        "Foo<Item = u8>",
        "BorrowedFd<'_>",
    ] {
        assert_eq!(crate::tok::Source(&trees(text)).to_string(), text);
    }
}
