//! Compile-pass and compile-fail cases of `#[zcall::syscall]`, with checked `.stderr` files.
//!
//! Bless new output with `TRYBUILD=overwrite cargo test -p zcall-ui-tests` and review the
//! diff: every error must point at the tokens it is about.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("ui/pass/*.rs");
    t.compile_fail("ui/fail/*.rs");
}
