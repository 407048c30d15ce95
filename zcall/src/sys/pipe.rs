//! Pipes and zero-copy: pipe2 (pipe on Darwin), splice, tee, vmsplice.
