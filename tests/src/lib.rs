//! Integration tests of zcall live in `tests/`; this library is intentionally empty.
