//! Event fds: eventfd2, signalfd4.
