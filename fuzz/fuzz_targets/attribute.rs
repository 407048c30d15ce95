//! Coverage-guided fuzzing of the `#[syscall]` pipeline (parse → validate → expand) on
//! arbitrary token streams: it must never panic.
//!
//! ```sh
//! cargo install cargo-fuzz
//! cargo +nightly fuzz run attribute -- -max_total_time=300
//! ```
//! Input format: the attribute's tokens, a newline, then the item's tokens. A crash input
//! goes into `zcall-macros/fuzz-regressions/`, which `cargo test -p zcall-macros` replays.
#![no_main]

// The macro crate's modules, compiled here as plain modules (a proc-macro crate exports
// nothing but its macros). This crate is not built by CI: `cargo test -p zcall-macros`
// checks that this list is exactly the modules `pm2` (the pipeline on proc_macro2's
// tokens) needs, transitively, and that none of them uses the compiler's `proc_macro`
// (tests::the_fuzz_target_compiles_the_modules_the_pipeline_needs).
#[path = "../../zcall-macros/src/arity.rs"]
mod arity;
#[path = "../../zcall-macros/src/arity_table.rs"]
mod arity_table;
#[path = "../../zcall-macros/src/ast.rs"]
mod ast;
#[path = "../../zcall-macros/src/attr.rs"]
mod attr;
#[path = "../../zcall-macros/src/expand.rs"]
mod expand;
#[path = "../../zcall-macros/src/pipeline.rs"]
mod pipeline;
#[path = "../../zcall-macros/src/pm2.rs"]
mod pm2;
#[path = "../../zcall-macros/src/proto_table.rs"]
mod proto_table;
#[path = "../../zcall-macros/src/table.rs"]
mod table;
#[path = "../../zcall-macros/src/target.rs"]
mod target;
#[path = "../../zcall-macros/src/tok.rs"]
mod tok;
#[path = "../../zcall-macros/src/valid.rs"]
mod valid;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = pm2::expand_text(text);
    }
});
