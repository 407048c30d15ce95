//! io_uring: io_uring_setup, io_uring_enter, io_uring_register.
