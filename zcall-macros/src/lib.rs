//! The `#[syscall]` attribute of [zcall](https://docs.rs/zcall).
//!
//! Use it through `zcall::syscall`; its documentation lives there. This crate is an
//! implementation detail: the attribute turns a body-less function declaration into an
//! `#[inline(always)]` function whose body is one `asm!` block per supported target.
//!
//! It depends on no crate: it reads and writes tokens through the compiler's `proc_macro`
//! alone. The pipeline, one module per step:
//! - `tok`: the attribute's own token model, converted from and to `proc_macro`'s (here)
//!   and `proc_macro2`'s (`pm2`, for tests and the fuzz target); output templates;
//! - `attr`: the attribute's own options (`nr = …`, `crate = …`, `short`);
//! - `ast`: the declaration, parsed into parameters and their register words;
//! - `valid`: every rule a declaration must follow, errors collected together;
//! - `target`: the per-target register conventions, as data;
//! - `arity`: the check of a declaration against the kernel's argument count;
//! - `expand`: code generation from a checked declaration: conversions, one invocation of
//!   the runtime crate's per-target `__zcall_syscall!`, the decode;
//! - `arch`: those per-target macros, rendered from the table into `zcall/src/arch.rs`.
//!
//! Generated into the runtime crate, checked in and kept current by tests: `arch` (the
//! per-target macros every stub invokes, and `guard`'s `compile_error!`s for a target
//! without a row in the table) and `expanded` (zcall's own declarations, pre-expanded, so
//! that a user who only calls its wrappers does not build this crate).

// Renders `zcall/src/arch.rs` (checked in); the attribute itself only invokes it.
#[cfg(test)]
mod arch;
mod arity;
mod arity_table;
mod ast;
mod attr;
mod expand;
// zcall's own declarations, expanded ahead of time into `zcall/src/expanded/` (checked in).
#[cfg(test)]
mod expanded;
// zcall's unsupported-target errors, rendered into `zcall/src/arch.rs` with the macros.
#[cfg(test)]
mod guard;
mod pipeline;
// The pipeline on `proc_macro2` tokens, outside the compiler.
#[cfg(test)]
mod pm2;
mod proto_table;
mod table;
mod target;
mod tok;
mod valid;

#[cfg(test)]
mod parser_tests;
#[cfg(test)]
mod proptests;
#[cfg(test)]
mod proto_table_tests;
#[cfg(test)]
mod tests;

use proc_macro::TokenStream;

/// The compiler's tokens to the attribute's own and back (`tok`).
mod compiler {
    crate::tok::adapter!(proc_macro);
}

/// Turns `fn name(params) -> Ret;` into an inline syscall stub. See `zcall::syscall`.
#[proc_macro_attribute]
pub fn syscall(attr: TokenStream, item: TokenStream) -> TokenStream {
    let mut table = compiler::Table::default();
    let attr = compiler::import(attr, &mut table);
    let item = compiler::import(item, &mut table);
    compiler::export(pipeline::expand_syscall(&attr, &item), &table)
}
