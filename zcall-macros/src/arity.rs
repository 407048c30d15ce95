//! The kernel-arity check: when `nr` names one of zcall's syscall constants
//! (`zcall::nr::WRITE`, `nr::WRITE`, `crate::nr::WRITE`), the declaration's register-word
//! count is compared with the kernel's argument count of that syscall on every target.
//!
//! The counts come from `arity_table.rs`, generated with the number tables by
//! `scripts/gen_tables.py`. The macro runs on the host, so a mismatch becomes a
//! `compile_error!` behind the `cfg` of each target where it is wrong: compiling for that
//! target fails, with a message naming the syscall and both counts.

use crate::ast::Words;
use crate::attr::{Expr, ExprKind};
use crate::target::Target;
use crate::tok::{lit_str, tpl, Sp, Ts};
use crate::valid::MAX_WORDS;

/// What the check needs from a declaration.
pub struct Arity<'a> {
    /// The syscall constant's name, `WRITE`.
    pub name: String,
    /// The word kinds of the declaration's parameters: the words it passes on each row
    /// come from `Target::layout`.
    pub params: &'a [Words],
    /// `short` given: fewer words than the kernel's are intended.
    pub short: bool,
    /// The span of the declaration's parameter list.
    pub paren: Sp,
}

/// The constant's name when `nr` is a path whose last two segments are `nr::NAME`, with
/// any prefix (`zcall::nr::WRITE`, `nr::WRITE`, `crate::nr::WRITE`, `z::nr::WRITE`), else
/// `None`: literals, the caller's own constants and a constant imported by name are not
/// checked. The macro runs before name resolution, so it goes by spelling: a module of the
/// caller's own named `nr` is checked against zcall's tables too (see `zcall::syscall`).
pub fn checked_name(nr: &Expr) -> Option<String> {
    let segs = match &nr.kind {
        ExprKind::Path { segs, .. } => segs,
        ExprKind::Paren(e) | ExprKind::Group(e) => return checked_name(e),
        _ => return None,
    };
    match segs.as_slice() {
        [.., module, name] if module == "nr" => Some(name.clone()),
        _ => None,
    }
}

/// The kernel's argument count of `name` on target `t`, if the target has that syscall.
pub fn kernel_args(t: &Target, name: &str) -> Option<usize> {
    crate::table::find(t.arity, name).and_then(crate::table::count)
}

/// `1 word`, `3 words`.
pub fn words(n: usize) -> String {
    if n == 1 {
        "1 word".to_string()
    } else {
        format!("{n} words")
    }
}

/// How a 32-bit row passes 64-bit values, for messages: empty on a 64-bit row.
pub fn pair_note(t: &Target) -> &'static str {
    match (t.pair64.split, t.pair64.even) {
        (false, _) => "",
        (true, false) => "; a 64-bit value takes two 32-bit registers there",
        (true, true) => {
            "; a 64-bit value takes two 32-bit registers there, starting at an even \
             argument (a zero word pads an odd one)"
        }
    }
}

/// The mismatch message for one target, if the declaration is wrong there.
pub fn mismatch(a: &Arity<'_>, t: &Target) -> Option<String> {
    let kernel = kernel_args(t, &a.name)?;
    let words = t.layout(a.params).len();
    if words > MAX_WORDS && kernel <= MAX_WORDS {
        // Reported once, by the six-word check of `expand` (for this row only).
        return None;
    }
    let syscall = a.name.to_lowercase();
    let target = t.name();
    let note = pair_note(t);
    if kernel > MAX_WORDS {
        // Some Darwin and FreeBSD syscalls read words past the sixth (from x6/x7, or the
        // stack): the stub cannot pass them, and `short` would leave the kernel reading
        // whatever is there, so it is no way out.
        Some(format!(
            "`{syscall}` takes {} on {target} (the kernel's signature{note}); at most \
             {MAX_WORDS} can be passed, so #[syscall] cannot declare it for this target \
             (leave the declaration out there with #[cfg])",
            self::words(kernel)
        ))
    } else if words > kernel {
        Some(format!(
            "`{syscall}` takes {} on {target} (the kernel's signature{note}), but this \
             declaration passes {}",
            self::words(kernel),
            self::words(words)
        ))
    } else if words < kernel && !a.short {
        Some(format!(
            "`{syscall}` takes {} on {target} (the kernel's signature{note}), but this \
             declaration passes {}; if leaving the last arguments out is intended (a short \
             form such as `openat` without a mode), add `short` to the attribute",
            self::words(kernel),
            self::words(words)
        ))
    } else {
        None
    }
}

/// One `#[cfg(target)] compile_error!(…)` per target where the declaration is wrong,
/// spanned on the signature.
pub fn check(a: &Arity<'_>, targets: &[Target]) -> Ts {
    // The parameter list: the part of the signature that is wrong.
    targets
        .iter()
        .filter_map(|t| {
            let msg = mismatch(a, t)?;
            Some(tpl(
                a.paren,
                "# [ cfg ( all ( target_os = $ , target_arch = $ ) ) ] \
                 ::core::compile_error! ( $ ) ;",
                &[
                    vec![lit_str(t.os, Sp::CALL)],
                    vec![lit_str(t.arch, Sp::CALL)],
                    vec![lit_str(&msg, Sp::CALL)],
                ],
            ))
        })
        .flatten()
        .collect()
}
