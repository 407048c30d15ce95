//! Every rule a declaration must follow. Errors are collected and reported together, each
//! spanned on the tokens it is about; the result is a declaration expansion can trust.

use crate::ast::{self, Decl, GenericKind, Input, Sig, Ty, TyKind, Words};
use crate::attr::{Expr, ExprKind, Options};
use crate::target::{Slot, TARGETS};
use crate::tok::{self, unraw, Error, Source, Sp, Tree, Ts};

/// The most register words a syscall takes on every supported target.
pub const MAX_WORDS: usize = 6;

/// A declaration that passed every check.
pub struct Checked {
    pub attrs: Vec<Ts>,
    pub vis: Ts,
    pub sig: Sig,
    pub krate: Ts,
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
    Param { name: Tree, ty: Ty },
}

/// One register argument.
pub struct Arg {
    pub name: Tree,
    pub ty: Ty,
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
    Value(Box<Ty>),
}

/// Collects errors so that all of them are reported at once.
#[derive(Default)]
struct Errors(Vec<Error>);

impl Errors {
    fn push(&mut self, span: Sp, msg: impl std::fmt::Display) {
        self.0.push(Error::new(span, msg));
    }

    fn push_tokens(&mut self, tokens: &[Tree], msg: impl std::fmt::Display) {
        self.0.push(Error::spanned(tokens, msg));
    }
}

/// Checks a parsed declaration against its options.
pub fn check(options: &Options, decl: &Decl) -> Result<Checked, Vec<Error>> {
    let mut errors = Errors::default();
    let sig = &decl.sig;

    if let Some(body) = &decl.body {
        errors.push(
            body.span(),
            "remove the function body: #[syscall] generates it (end the declaration with `;`)",
        );
    }
    check_qualifiers(sig, &mut errors);
    check_generics(sig, &mut errors);
    for attr in &decl.attrs {
        if attr.is_ident("inline") {
            errors.push_tokens(
                &attr.toks,
                "remove this attribute: a #[syscall] stub is always #[inline(always)]",
            );
        }
        // The attribute expanding now is not among them: this is a second one (`syscall`,
        // `zcall::syscall`, a renamed path). Reported here, it is the only error about it;
        // left in place, it would reject the generated body as a body.
        if attr.path.last().is_some_and(|s| s == "syscall") {
            errors.push_tokens(
                &attr.toks,
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
            Input::Receiver(r) => {
                errors.push_tokens(
                    r,
                    "a syscall stub cannot take `self`: declare a free function",
                );
                continue;
            }
            // Reported by `check_qualifiers`.
            Input::Variadic(_) => continue,
            Input::Typed(p) => p,
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
        if nr_param.is_some_and(|n| same_name(n, name)) {
            if sig.unsafety.is_none() {
                errors.push_tokens(
                    &options.nr.toks,
                    "a syscall number chosen at run time needs an `unsafe fn`: safe code \
                     could otherwise make any syscall with any arguments (declare it \
                     `unsafe fn`)",
                );
            }
            if Words::of(&param.ty) == Words::Slice {
                errors.push_tokens(&param.ty.toks, "the `nr` parameter must be a single word");
            }
            nr = Some(Nr::Param {
                name: name.clone(),
                ty: param.ty.clone(),
            });
            continue;
        }
        let w = Words::of(&param.ty);
        words += w.count();
        if words > MAX_WORDS && !overflow_reported {
            overflow_reported = true;
            errors.push_tokens(
                &param.toks,
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
            ty: param.ty.clone(),
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
        (e, Some(nr), Some(ret)) if e.is_empty() => Ok(Checked {
            attrs: decl.attrs.iter().map(|a| a.toks.clone()).collect(),
            vis: decl.vis.clone(),
            sig: sig.clone(),
            krate: options
                .krate
                .clone()
                .unwrap_or_else(|| tok::tpl(Sp::CALL, "::zcall", &[])),
            nr,
            safe: sig.unsafety.is_none(),
            args,
            ret,
            arity,
        }),
        (e, _, _) if !e.is_empty() => Err(e),
        // Unreachable in practice (a missing piece always records an error), but never panic.
        _ => Err(vec![Error::new(
            sig.fn_span,
            "invalid #[syscall] declaration",
        )]),
    }
}

fn check_qualifiers(sig: &Sig, errors: &mut Errors) {
    if let Some(t) = &sig.constness {
        errors.push_tokens(
            std::slice::from_ref(t),
            "a syscall stub cannot be `const fn`",
        );
    }
    if let Some(t) = &sig.asyncness {
        errors.push_tokens(
            std::slice::from_ref(t),
            "a syscall stub cannot be `async`: it enters the kernel directly",
        );
    }
    if let Some(abi) = &sig.abi {
        errors.push_tokens(
            abi,
            "remove the `extern` ABI: the stub is an inlined Rust function",
        );
    }
    for input in &sig.inputs {
        if let Input::Variadic(v) = input {
            errors.push_tokens(
                v,
                "variadic parameters are not supported: declare each register word",
            );
        }
    }
}

fn check_generics(sig: &Sig, errors: &mut Errors) {
    for param in &sig.generics {
        match param.kind {
            GenericKind::Lifetime => {}
            GenericKind::Type => errors.push_tokens(
                &param.toks,
                "generic type parameters are not supported: a syscall takes concrete \
                 register words (lifetimes are fine)",
            ),
            GenericKind::Const => errors.push_tokens(
                &param.toks,
                "const generic parameters are not supported (lifetimes are fine)",
            ),
        }
    }
    for pred in &sig.where_preds {
        if !pred.lifetime {
            errors.push_tokens(
                &pred.toks,
                "only lifetime bounds are allowed in the where clause of a syscall stub",
            );
        }
    }
}

/// Rule: a safe declaration spells no raw pointer or `NonNull` in a parameter's type. The
/// type system enforces the same through `SafeArg` (aliases, macros and associated types
/// included); this early error reads better for the common spelling.
fn safe_spelled_pointer(ty: &Ty, errors: &mut Errors) {
    if let Some(ptr) = find_type(ty, &|t| matches!(t.kind, TyKind::Ptr(_))) {
        errors.push_tokens(
            &ptr.toks,
            "a raw pointer parameter needs an `unsafe fn`: the kernel will access \
             memory through it, so the caller must promise it is valid \
             (declare it `unsafe fn`)",
        );
    } else if let Some(ptr) = find_type(ty, &is_non_null) {
        errors.push_tokens(
            &ptr.toks,
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
                    &arg.ty.toks,
                    format!(
                        "`{}: {}` is passed where the kernel's `{syscall}` takes \
                         `{param}`: a safe declaration must pass an address that is \
                         valid by construction there (a reference, `Option<&T>`, a \
                         slice or `&CStr`), or be declared `unsafe fn`",
                        Source(std::slice::from_ref(&arg.name)),
                        Source(&arg.ty.toks)
                    ),
                );
            }
        }
        if let Some((word, param)) = &len_at[i] {
            errors.push_tokens(
                &arg.ty.toks,
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
fn is_integer_spelling(ty: &Ty) -> bool {
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
    matches!(&ast::peel(ty).kind, TyKind::Path { qself: None, segs }
        if segs.last().is_some_and(|s| !s.has_args
            && INTEGERS.iter().any(|i| s.ident == *i)))
}

/// The name of the parameter that `nr` refers to, if `nr` is a bare identifier naming one,
/// possibly parenthesized or in the invisible group of a `macro_rules!` fragment (`$n:expr`),
/// exactly as `check_nr_expr` and `arity::checked_name` look through them.
fn nr_param_name<'a>(nr: &'a Expr, sig: &Sig) -> Option<&'a Tree> {
    let ident = match &nr.kind {
        ExprKind::Path { ident, .. } => ident.as_ref()?,
        ExprKind::Paren(e) | ExprKind::Group(e) => return nr_param_name(e, sig),
        _ => return None,
    };
    // `r#n` and `n` are one name.
    let is_param = ast::typed_params(sig)
        .filter_map(|p| ast::simple_name(&p.pat))
        .any(|name| same_name(name, ident));
    is_param.then_some(ident)
}

/// Two identifiers with one name (`r#n` and `n` are one).
fn same_name(a: &Tree, b: &Tree) -> bool {
    matches!((a.ident(), b.ident()), (Some(a), Some(b)) if unraw(a) == unraw(b))
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
    match &nr.kind {
        ExprKind::Int | ExprKind::Path { .. } => true,
        ExprKind::Group(e) | ExprKind::Paren(e) => check_nr_expr(e, errors),
        ExprKind::Other => {
            errors.push_tokens(
                &nr.toks,
                "`nr` must be an integer literal, a constant path (e.g. zcall::nr::WRITE), \
                 or the name of one of the function's parameters",
            );
            false
        }
    }
}

/// `impl Trait` and `_` anywhere in a parameter's type (`&impl Copy`, `Option<_>`).
fn check_param_type(ty: &Ty, errors: &mut Errors) {
    if let Some(t) = find_type(ty, &|t| matches!(t.kind, TyKind::ImplTrait)) {
        errors.push_tokens(
            &t.toks,
            "`impl Trait` parameters are generic and not supported: name a concrete type",
        );
    }
    if let Some(t) = find_type(ty, &|t| matches!(t.kind, TyKind::Infer)) {
        errors.push_tokens(&t.toks, "write the parameter's type out");
    }
}

fn check_return(sig: &Sig, errors: &mut Errors) -> Option<Ret> {
    let Some(ty) = &sig.output else {
        errors.push_tokens(
            std::slice::from_ref(&sig.ident),
            "declare a return type: `Result<T, Errno>` to decode errors, a bare `usize` \
             for the kernel's undecoded word, or `!` for a call that never returns",
        );
        return None;
    };
    if let Some(t) = find_type(ty, &|t| matches!(t.kind, TyKind::ImplTrait)) {
        errors.push_tokens(
            &t.toks,
            "`impl Trait` is not supported as a syscall's return type: name the type",
        );
        return None;
    }
    let inner = ast::peel(ty);
    match &inner.kind {
        TyKind::Never => Some(Ret::Never),
        TyKind::Tuple(t) if t.is_empty() => {
            errors.push_tokens(
                &inner.toks,
                "`()` would drop the kernel's result: return `Result<(), Errno>` to check for \
                 errors, or `usize` for the undecoded word",
            );
            None
        }
        _ => Some(Ret::Value(Box::new(ty.clone()))),
    }
}

/// The first type inside `ty` (`ty` itself included) for which `hit` holds, looking
/// through references, pointers, slices, arrays, tuples, parentheses, invisible groups and
/// the type arguments of paths (`Option<…>`).
fn find_type<'a>(ty: &'a Ty, hit: &impl Fn(&Ty) -> bool) -> Option<&'a Ty> {
    if hit(ty) {
        return Some(ty);
    }
    match &ty.kind {
        TyKind::Ref(t)
        | TyKind::Ptr(t)
        | TyKind::Slice(t)
        | TyKind::Array(t)
        | TyKind::Paren(t)
        | TyKind::Group(t) => find_type(t, hit),
        TyKind::Tuple(elems) => elems.iter().find_map(|t| find_type(t, hit)),
        TyKind::Path { qself, segs } => {
            qself.iter().find_map(|q| find_type(q, hit)).or_else(|| {
                segs.iter()
                    .find_map(|seg| seg.args.iter().find_map(|t| find_type(t, hit)))
            })
        }
        _ => None,
    }
}

/// `NonNull<T>` under any path (`NonNull`, `core::ptr::NonNull`, …): a raw pointer too.
/// The test is syntactic (the macro runs before name resolution), so it goes by the name.
fn is_non_null(ty: &Ty) -> bool {
    matches!(&ty.kind, TyKind::Path { qself: None, segs }
        if segs.last().is_some_and(|s| s.ident == "NonNull"))
}
