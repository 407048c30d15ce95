//! Memory: mmap, munmap, memfd_create.
