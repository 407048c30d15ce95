//! The pipeline on `proc_macro2` tokens: for tests, property tests and the fuzz target,
//! which run outside the compiler.

use crate::tok::adapter;

adapter!(proc_macro2);

/// `pipeline::expand_syscall` on `proc_macro2` tokens.
pub fn expand_syscall(
    attr: proc_macro2::TokenStream,
    item: proc_macro2::TokenStream,
) -> proc_macro2::TokenStream {
    let mut table = Table::default();
    let attr = import(attr, &mut table);
    let item = import(item, &mut table);
    export(crate::pipeline::expand_syscall(&attr, &item), &table)
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
