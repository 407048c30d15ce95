//! Processes and signals: getpid, gettid, kill, tgkill, rt_sigprocmask, exit_group, pidfd_*.
