//! trybuild cases for the attribute live in `ui/`; the runner is `tests/ui.rs`.
