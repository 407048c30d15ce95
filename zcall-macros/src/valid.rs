//! Every rule a declaration must follow. Errors are collected and reported together, each
//! spanned on the tokens it is about; the result is a declaration expansion can trust.

use proc_macro2::Span;
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{
    Attribute, Expr, FnArg, GenericArgument, GenericParam, Ident, Lit, Path, PathArguments,
    ReturnType, Signature, Type, Visibility, WherePredicate,
};

use crate::ast::{self, Decl, Words};
use crate::attr::Options;
use crate::target::{Slot, TARGETS};

/// The most register words a syscall takes on every supported target.
pub const MAX_WORDS: usize = 6;

/// A declaration that passed every check.
pub struct Checked {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub sig: Signature,
    pub krate: Path,
    pub nr: Nr,
    /// Declared without `unsafe`: every parameter's type is checked by the type system
    /// (`SafeArg`, `SafeSliceArg`, `SafeAddrArg`).
    pub safe: bool,
    /// The register arguments, in order (the `nr` parameter, if any, excluded).
    pub args: Vec<Arg>,
    pub ret: Ret,
    /// `Some` when `nr` names one of zcall's constants: checked against the kernel.
    pub arity: Option<(String, usize, bool)>,
}

/// Where the syscall number comes from.
pub enum Nr {
    /// A literal or a constant path, evaluated as a `usize`.
    Expr(Expr),
    /// One of the function's own parameters (the dynamic-number primitives).
    Param { name: Ident, ty: Type },
}

/// One register argument.
pub struct Arg {
    pub name: Ident,
    pub ty: Type,
    pub words: Words,
    /// A one-word argument where the kernel's prototype (on some Linux target) declares a
    /// `__user` pointer.
    pub kernel_addr: bool,
}

/// What the function returns.
pub enum Ret {
    /// `-> !`: the call never returns (exit, exit_group).
    Never,
    /// Any type implementing `SyscallReturn`.
    Value(Box<Type>),
}

/// Collects errors so that all of them are reported at once.
#[derive(Default)]
struct Errors(Option<syn::Error>);

impl Errors {
    fn push(&mut self, span: Span, msg: impl std::fmt::Display) {
        let e = syn::Error::new(span, msg);
        match &mut self.0 {
            Some(all) => all.combine(e),
            None => self.0 = Some(e),
        }
    }

    fn push_tokens(&mut self, tokens: impl ToTokens, msg: impl std::fmt::Display) {
        let e = syn::Error::new_spanned(tokens, msg);
        match &mut self.0 {
            Some(all) => all.combine(e),
            None => self.0 = Some(e),
        }
    }
}

/// Checks a parsed declaration against its options.
pub fn check(options: &Options, decl: &Decl) -> syn::Result<Checked> {
    let mut errors = Errors::default();
    let sig = &decl.sig;

    if let Some(body) = &decl.body {
        errors.push(
            body.brace_token.span.join(),
            "remove the function body: #[syscall] generates it (end the declaration with `;`)",
        );
    }
    check_qualifiers(sig, &mut errors);
    check_generics(sig, &mut errors);
    for attr in &decl.attrs {
        if attr.path().is_ident("inline") {
            errors.push_tokens(
                attr,
                "remove this attribute: a #[syscall] stub is always #[inline(always)]",
            );
        }
        // The attribute expanding now is not among them: this is a second one (`syscall`,
        // `zcall::syscall`, a renamed path). Reported here, it is the only error about it;
        // left in place, it would reject the generated body as a body.
        if attr
            .path()
            .segments
            .last()
            .is_some_and(|s| s.ident == "syscall")
        {
            errors.push_tokens(
                attr,
                "#[syscall] is applied twice: remove this attribute (one declaration \
                 makes one stub)",
            );
        }
    }

    let nr_param = nr_param_name(&options.nr, sig);
    let mut nr = None;
    let mut args = Vec::new();
    let mut words = 0usize;
    let mut overflow_reported = false;
    for input in &sig.inputs {
        let param = match input {
            FnArg::Receiver(r) => {
                errors.push_tokens(
                    r,
                    "a syscall stub cannot take `self`: declare a free function",
                );
                continue;
            }
            FnArg::Typed(p) => p,
        };
        let Some(name) = ast::simple_name(&param.pat) else {
            errors.push_tokens(
                &param.pat,
                "use a plain name for each parameter (patterns are not supported)",
            );
            continue;
        };
        check_param_type(&param.ty, &mut errors);
        if sig.unsafety.is_none() {
            safe_spelled_pointer(&param.ty, &mut errors);
        }
        if nr_param.is_some_and(|n| n.unraw() == name.unraw()) {
            if sig.unsafety.is_none() {
                errors.push_tokens(
                    &options.nr,
                    "a syscall number chosen at run time needs an `unsafe fn`: safe code \
                     could otherwise make any syscall with any arguments (declare it \
                     `unsafe fn`)",
                );
            }
            if Words::of(&param.ty) == Words::Slice {
                errors.push_tokens(&param.ty, "the `nr` parameter must be a single word");
            }
            nr = Some(Nr::Param {
                name: name.clone(),
                ty: (*param.ty).clone(),
            });
            continue;
        }
        let w = Words::of(&param.ty);
        words += w.count();
        if words > MAX_WORDS && !overflow_reported {
            overflow_reported = true;
            errors.push_tokens(
                param,
                format!(
                    "too many register words: a syscall takes at most {MAX_WORDS}, and this \
                     parameter would need {} (a slice takes two: pointer and length)",
                    if w.count() == 2 {
                        format!("words {} and {words}", words - 1)
                    } else {
                        format!("word {words}")
                    },
                ),
            );
        }
        args.push(Arg {
            name: name.clone(),
            ty: (*param.ty).clone(),
            words: w,
            kernel_addr: false,
        });
    }

    let nr = match nr {
        Some(nr) => Some(nr),
        None => check_nr_expr(&options.nr, &mut errors).then(|| Nr::Expr(options.nr.clone())),
    };
    let ret = check_return(sig, &mut errors);
    let arity = match &nr {
        Some(Nr::Expr(e)) => crate::arity::checked_name(e),
        _ => None,
    }
    .map(|name| (name, words, options.short.is_some()));
    if let Some((name, _, _)) = &arity {
        kernel_addresses(name, sig.unsafety.is_none(), &mut args, &mut errors);
    }
    if let (Some(short), Some(nr)) = (&options.short, &nr) {
        let kinds: Vec<Words> = args.iter().map(|a| a.words).collect();
        let name = arity.as_ref().map(|a| a.0.as_str());
        if let Some(why) = short_has_no_effect(nr, name, &kinds, words) {
            errors.push(
                short.span(),
                format!("`short` has no effect here: {why}; remove it"),
            );
        }
    }

    match (errors.0, nr, ret) {
        (None, Some(nr), Some(ret)) => Ok(Checked {
            attrs: decl.attrs.clone(),
            vis: decl.vis.clone(),
            sig: sig.clone(),
            krate: options
                .krate
                .clone()
                .unwrap_or_else(|| syn::parse_quote!(::zcall)),
            nr,
            safe: sig.unsafety.is_none(),
            args,
            ret,
            arity,
        }),
        (Some(e), _, _) => Err(e),
        // Unreachable in practice (a missing piece always records an error), but never panic.
        (None, _, _) => Err(syn::Error::new(
            sig.span(),
            "invalid #[syscall] declaration",
        )),
    }
}

fn check_qualifiers(sig: &Signature, errors: &mut Errors) {
    if let Some(t) = &sig.constness {
        errors.push_tokens(t, "a syscall stub cannot be `const fn`");
    }
    if let Some(t) = &sig.asyncness {
        errors.push_tokens(
            t,
            "a syscall stub cannot be `async`: it enters the kernel directly",
        );
    }
    if let Some(abi) = &sig.abi {
        errors.push_tokens(
            abi,
            "remove the `extern` ABI: the stub is an inlined Rust function",
        );
    }
    if let Some(v) = &sig.variadic {
        errors.push_tokens(
            v,
            "variadic parameters are not supported: declare each register word",
        );
    }
}

fn check_generics(sig: &Signature, errors: &mut Errors) {
    for param in &sig.generics.params {
        match param {
            GenericParam::Lifetime(_) => {}
            GenericParam::Type(t) => errors.push_tokens(
                t,
                "generic type parameters are not supported: a syscall takes concrete \
                 register words (lifetimes are fine)",
            ),
            GenericParam::Const(c) => errors.push_tokens(
                c,
                "const generic parameters are not supported (lifetimes are fine)",
            ),
        }
    }
    if let Some(wc) = &sig.generics.where_clause {
        for pred in &wc.predicates {
            if !matches!(pred, WherePredicate::Lifetime(_)) {
                errors.push_tokens(
                    pred,
                    "only lifetime bounds are allowed in the where clause of a syscall stub",
                );
            }
        }
    }
}

/// Rule: a safe declaration spells no raw pointer or `NonNull` in a parameter's type. The
/// type system enforces the same through `SafeArg` (aliases, macros and associated types
/// included); this early error reads better for the common spelling.
fn safe_spelled_pointer(ty: &Type, errors: &mut Errors) {
    if let Some(ptr) = find_type(ty, &|t| matches!(t, Type::Ptr(_))) {
        errors.push_tokens(
            ptr,
            "a raw pointer parameter needs an `unsafe fn`: the kernel will access \
             memory through it, so the caller must promise it is valid \
             (declare it `unsafe fn`)",
        );
    } else if let Some(ptr) = find_type(ty, &is_non_null) {
        errors.push_tokens(
            ptr,
            "a `NonNull` parameter needs an `unsafe fn`: it is a raw pointer the \
             kernel will access memory through, so the caller must promise it is \
             valid (declare it `unsafe fn`)",
        );
    }
}

/// Rule: where the kernel's prototype of the syscall `name` declares a `__user` pointer,
/// a safe declaration passes an address that is valid by construction. Marks the one-word
/// arguments in those positions (expansion then requires `SafeAddrArg` of their types);
/// reports an integer spelled there, and a slice whose length word lands there, naming the
/// kernel's parameter. Positions are taken on every Linux target that has the syscall,
/// each with the declaration's layout there (a 64-bit parameter is two words, maybe padded,
/// on a 32-bit row), so a declaration is checked against each target's prototype.
fn kernel_addresses(name: &str, safe: bool, args: &mut [Arg], errors: &mut Errors) {
    if !safe {
        return;
    }
    let syscall = name.to_lowercase();
    let kinds: Vec<Words> = args.iter().map(|a| a.words).collect();
    // Per argument: the first kernel parameter found under its address word, and under a
    // slice's length word (with that word's 1-based index).
    let mut addr: Vec<Option<String>> = vec![None; args.len()];
    let mut len_at: Vec<Option<(usize, String)>> = vec![None; args.len()];
    for t in TARGETS {
        let Some(params) = t.proto(name) else {
            continue;
        };
        for (w, slot) in t.layout(&kinds).iter().enumerate() {
            let Some((ty, param, true)) = params.get(w) else {
                continue;
            };
            let sep = if ty.ends_with('*') { "" } else { " " };
            let text = format!("{ty}{sep}{param}");
            match *slot {
                Slot::Word(i) | Slot::Whole(i) | Slot::Lo(i) | Slot::Hi(i) => {
                    addr[i].get_or_insert(text);
                }
                Slot::Len(i) => {
                    len_at[i].get_or_insert((w + 1, text));
                }
                Slot::Pad => {}
            }
        }
    }
    for (i, arg) in args.iter_mut().enumerate() {
        if let Some(param) = &addr[i] {
            if arg.words == Words::One {
                arg.kernel_addr = true;
            }
            if arg.words != Words::Slice && is_integer_spelling(&arg.ty) {
                errors.push_tokens(
                    &arg.ty,
                    format!(
                        "`{}: {}` is passed where the kernel's `{syscall}` takes \
                         `{param}`: a safe declaration must pass an address that is \
                         valid by construction there (a reference, `Option<&T>`, a \
                         slice or `&CStr`), or be declared `unsafe fn`",
                        arg.name,
                        arg.ty.to_token_stream()
                    ),
                );
            }
        }
        if let Some((word, param)) = &len_at[i] {
            errors.push_tokens(
                &arg.ty,
                format!(
                    "this slice's length (word {word}) lands where the kernel's \
                     `{syscall}` takes `{param}`: the kernel would follow the length \
                     as an address; declare the parameters in the kernel's order"
                ),
            );
        }
    }
}

/// An integer type spelled as one (`usize`, `u64`, `core::ffi::c_ulong`, `RawFd` …).
fn is_integer_spelling(ty: &Type) -> bool {
    const INTEGERS: &[&str] = &[
        "u8",
        "u16",
        "u32",
        "u64",
        "u128",
        "usize",
        "i8",
        "i16",
        "i32",
        "i64",
        "i128",
        "isize",
        "RawFd",
        "c_char",
        "c_schar",
        "c_uchar",
        "c_short",
        "c_ushort",
        "c_int",
        "c_uint",
        "c_long",
        "c_ulong",
        "c_longlong",
        "c_ulonglong",
        "size_t",
        "ssize_t",
    ];
    matches!(ast::peel(ty), Type::Path(p) if p.qself.is_none()
        && p.path.segments.last().is_some_and(|s| s.arguments.is_none()
            && INTEGERS.iter().any(|i| s.ident == i)))
}

/// The name of the parameter that `nr` refers to, if `nr` is a bare identifier naming one,
/// possibly parenthesized or in the invisible group of a `macro_rules!` fragment (`$n:expr`),
/// exactly as `check_nr_expr` and `arity::checked_name` look through them.
fn nr_param_name<'a>(nr: &'a Expr, sig: &Signature) -> Option<&'a Ident> {
    let p = match nr {
        Expr::Path(p) if p.qself.is_none() && p.attrs.is_empty() => p,
        Expr::Paren(p) => return nr_param_name(&p.expr, sig),
        Expr::Group(g) => return nr_param_name(&g.expr, sig),
        _ => return None,
    };
    let ident = p.path.get_ident()?;
    // `r#n` and `n` are one name.
    let is_param = ast::typed_params(sig)
        .filter_map(|p| ast::simple_name(&p.pat))
        .any(|name| name.unraw() == ident.unraw());
    is_param.then_some(ident)
}

/// Why `short` changes nothing for this declaration, if it does not: it only relaxes the
/// kernel-arity check, so it needs a checked number (`arity_name`) that some target's
/// kernel reads more words of than the declaration passes.
fn short_has_no_effect(
    nr: &Nr,
    arity_name: Option<&str>,
    kinds: &[Words],
    words: usize,
) -> Option<String> {
    let name = match (nr, arity_name) {
        (Nr::Param { .. }, _) => {
            return Some(
                "the number is chosen at run time, so there is no kernel signature to \
                 compare the declaration with"
                    .to_string(),
            )
        }
        (Nr::Expr(_), None) => {
            return Some(
                "only a path through a module named `nr` (such as `zcall::nr::OPENAT`) is \
                 checked against the kernel's argument count, not a literal or a constant \
                 of your own"
                    .to_string(),
            )
        }
        (Nr::Expr(_), Some(name)) => name,
    };
    // (the kernel's count, the declaration's words) on each row that has the syscall.
    let counts: Vec<(usize, usize)> = TARGETS
        .iter()
        .filter_map(|t| crate::arity::kernel_args(t, name).map(|k| (k, t.layout(kinds).len())))
        .collect();
    if counts.is_empty() {
        Some(format!(
            "zcall's tables have no syscall `{name}` on any target, so its argument count \
             is not checked"
        ))
    } else if counts.iter().all(|&(k, w)| w >= k) {
        Some(format!(
            "this declaration passes {}, no fewer than `{}` takes on any target",
            crate::arity::words(words),
            name.to_lowercase()
        ))
    } else {
        None
    }
}

/// `nr` (when not a parameter) must be an integer literal or a constant path.
fn check_nr_expr(nr: &Expr, errors: &mut Errors) -> bool {
    match nr {
        Expr::Lit(l) if matches!(l.lit, Lit::Int(_)) => true,
        Expr::Path(p) if p.qself.is_none() => true,
        Expr::Group(g) => check_nr_expr(&g.expr, errors),
        Expr::Paren(p) => check_nr_expr(&p.expr, errors),
        other => {
            errors.push_tokens(
                other,
                "`nr` must be an integer literal, a constant path (e.g. zcall::nr::WRITE), \
                 or the name of one of the function's parameters",
            );
            false
        }
    }
}

/// `impl Trait` and `_` anywhere in a parameter's type (`&impl Copy`, `Option<_>`).
fn check_param_type(ty: &Type, errors: &mut Errors) {
    if let Some(t) = find_type(ty, &|t| matches!(t, Type::ImplTrait(_))) {
        errors.push_tokens(
            t,
            "`impl Trait` parameters are generic and not supported: name a concrete type",
        );
    }
    if let Some(t) = find_type(ty, &|t| matches!(t, Type::Infer(_))) {
        errors.push_tokens(t, "write the parameter's type out");
    }
}

fn check_return(sig: &Signature, errors: &mut Errors) -> Option<Ret> {
    let ty = match &sig.output {
        ReturnType::Default => {
            errors.push_tokens(
                &sig.ident,
                "declare a return type: `Result<T, Errno>` to decode errors, a bare `usize` \
                 for the kernel's undecoded word, or `!` for a call that never returns",
            );
            return None;
        }
        ReturnType::Type(_, ty) => ty,
    };
    if let Some(t) = find_type(ty, &|t| matches!(t, Type::ImplTrait(_))) {
        errors.push_tokens(
            t,
            "`impl Trait` is not supported as a syscall's return type: name the type",
        );
        return None;
    }
    match ast::peel(ty) {
        Type::Never(_) => Some(Ret::Never),
        Type::Tuple(t) if t.elems.is_empty() => {
            errors.push_tokens(
                t,
                "`()` would drop the kernel's result: return `Result<(), Errno>` to check for \
                 errors, or `usize` for the undecoded word",
            );
            None
        }
        _ => Some(Ret::Value(ty.clone())),
    }
}

/// The first type inside `ty` (`ty` itself included) for which `hit` holds, looking
/// through references, pointers, slices, arrays, tuples, parentheses, invisible groups and
/// the type arguments of paths (`Option<…>`).
fn find_type<'a>(ty: &'a Type, hit: &impl Fn(&Type) -> bool) -> Option<&'a Type> {
    if hit(ty) {
        return Some(ty);
    }
    match ty {
        Type::Reference(r) => find_type(&r.elem, hit),
        Type::Ptr(p) => find_type(&p.elem, hit),
        Type::Slice(s) => find_type(&s.elem, hit),
        Type::Array(a) => find_type(&a.elem, hit),
        Type::Paren(p) => find_type(&p.elem, hit),
        Type::Group(g) => find_type(&g.elem, hit),
        Type::Tuple(t) => t.elems.iter().find_map(|t| find_type(t, hit)),
        Type::Path(p) => p
            .qself
            .iter()
            .find_map(|q| find_type(&q.ty, hit))
            .or_else(|| {
                p.path.segments.iter().find_map(|seg| match &seg.arguments {
                    PathArguments::AngleBracketed(args) => args.args.iter().find_map(|a| match a {
                        GenericArgument::Type(t) => find_type(t, hit),
                        _ => None,
                    }),
                    _ => None,
                })
            }),
        _ => None,
    }
}

/// `NonNull<T>` under any path (`NonNull`, `core::ptr::NonNull`, …): a raw pointer too.
/// The test is syntactic (the macro runs before name resolution), so it goes by the name.
fn is_non_null(ty: &Type) -> bool {
    matches!(ty, Type::Path(p) if p.qself.is_none()
        && p.path.segments.last().is_some_and(|s| s.ident == "NonNull"))
}
