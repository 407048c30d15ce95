//! Timer fds: timerfd_create, timerfd_settime, timerfd_gettime.
