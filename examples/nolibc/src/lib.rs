//! The pieces of `zcall-nolibc` that are ordinary code: the Linux initial process stack
//! (`argc`, `argv`, `envp`, `auxv`), output through zcall's `write`, and `exit_group`.
//! The executable (`src/main.rs`) adds its own `_start` and a panic handler.
//!
//! Everything here is `no_std` and uses nothing but zcall, so it links into a program
//! that has no libc; its unit tests run on the host with std. Linux only: on other targets
//! the crate is empty (so workspace-wide checks for macOS/FreeBSD pass).
#![cfg(target_os = "linux")]
#![cfg_attr(not(test), no_std)]
#![deny(unsafe_op_in_unsafe_fn)]
#![warn(clippy::undocumented_unsafe_blocks)]

use core::ffi::{c_char, CStr};
use core::fmt;

use zcall::fd::BorrowedFd;
use zcall::{nr, syscall, Errno};

/// exit_group(2): ends every thread of the process with `status`.
#[syscall(nr = nr::EXIT_GROUP)]
pub fn exit_group(status: i32) -> !;

/// The stack the kernel builds for a new process, as `_start` finds it:
///
/// ```text
/// sp → argc
///      argv[0] … argv[argc - 1], NULL
///      envp[0] … envp[n - 1], NULL
///      auxv: (type, value) pairs …, (AT_NULL, 0)
/// ```
///
/// (`fs/binfmt_elf.c`, `create_elf_tables`; the same on every Linux architecture.)
#[derive(Clone, Copy, Debug)]
pub struct InitialStack {
    argc: usize,
    argv: *const *const c_char,
    envp: *const *const c_char,
    envc: usize,
    auxv: *const usize,
    auxv_words: usize,
}

impl InitialStack {
    /// Reads the layout above from `sp`.
    ///
    /// # Safety
    ///
    /// `sp` must point to a stack laid out as above (the kernel's initial stack pointer,
    /// or an imitation of one) whose words and strings stay valid and unchanged for the
    /// rest of the program (`'static`).
    pub unsafe fn from_sp(sp: *const usize) -> InitialStack {
        // SAFETY: the caller promises the layout, so each word read below is inside it: argc, argc + 1 argv words, envp words up to their NULL, auxv pairs up
        // to AT_NULL.
        unsafe {
            let argc = *sp;
            let argv = sp.add(1) as *const *const c_char;
            let envp = argv.add(argc + 1);
            let mut envc = 0;
            while !(*envp.add(envc)).is_null() {
                envc += 1;
            }
            let auxv = envp.add(envc + 1) as *const usize;
            let mut auxv_words = 0;
            loop {
                let key = *auxv.add(auxv_words);
                auxv_words += 2;
                if key == 0 {
                    break;
                }
            }
            InitialStack {
                argc,
                argv,
                envp,
                envc,
                auxv,
                auxv_words,
            }
        }
    }

    /// The number of arguments, the program name included.
    pub fn argc(&self) -> usize {
        self.argc
    }

    /// Argument `i` (`0` is the program name).
    pub fn arg(&self, i: usize) -> Option<&'static CStr> {
        if i >= self.argc {
            return None;
        }
        // SAFETY: i < argc, so argv[i] is a valid, NUL-terminated string of the stack
        // (from_sp's contract).
        Some(unsafe { CStr::from_ptr(*self.argv.add(i)) })
    }

    /// Every argument, in order.
    pub fn args(&self) -> impl Iterator<Item = &'static CStr> + '_ {
        (0..self.argc).filter_map(|i| self.arg(i))
    }

    /// Every `NAME=value` string of the environment, in order.
    pub fn env(&self) -> impl Iterator<Item = &'static CStr> + '_ {
        (0..self.envc).map(|i| {
            // SAFETY: i < envc, the count of non-NULL envp entries (from_sp).
            unsafe { CStr::from_ptr(*self.envp.add(i)) }
        })
    }

    /// The value of environment variable `name`, the first if it is set several times.
    pub fn var(&self, name: &[u8]) -> Option<&'static [u8]> {
        self.env().find_map(|kv| {
            let kv = kv.to_bytes();
            let rest = kv.strip_prefix(name)?;
            rest.strip_prefix(b"=")
        })
    }

    /// The auxiliary vector: `(type, value)` pairs, the final `(AT_NULL, 0)` included.
    pub fn auxv(&self) -> &'static [usize] {
        // SAFETY: `auxv_words` words from `auxv` were read by from_sp and live forever.
        unsafe { core::slice::from_raw_parts(self.auxv, self.auxv_words) }
    }
}

/// An output fd as a `core::fmt::Write` target: every byte written with zcall's `write`,
/// retried on short writes and `EINTR`; a write that takes nothing is an error.
pub struct Out(i32);

impl Out {
    /// Standard output (fd 1).
    pub const fn stdout() -> Out {
        Out(1)
    }

    /// Standard error (fd 2).
    pub const fn stderr() -> Out {
        Out(2)
    }

    /// Writes all of `bytes`.
    pub fn write_bytes(&mut self, bytes: &[u8]) -> Result<(), WriteError> {
        // SAFETY: the fd is 1 or 2, the process's standard streams, which nothing in this
        // program closes (the unit test also uses i32::MAX, never an open fd); an fd that
        // is not open only makes write report EBADF.
        let fd = unsafe { BorrowedFd::borrow_raw(self.0) };
        write_all(bytes, |b| zcall::write(fd, b))
    }
}

/// Why [`Out::write_bytes`] stopped before writing everything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// write(2) failed with this error (`EINTR` is not one: it is retried).
    Errno(Errno),
    /// write(2) wrote nothing of a non-empty buffer: trying again would loop forever.
    WriteZero,
}

/// Hands `bytes` to `write` (a write(2)) until all are written: the rest again after a
/// short write, the same again after `EINTR`.
fn write_all(
    mut bytes: &[u8],
    mut write: impl FnMut(&[u8]) -> Result<usize, Errno>,
) -> Result<(), WriteError> {
    while !bytes.is_empty() {
        match write(bytes) {
            Ok(0) => return Err(WriteError::WriteZero),
            Ok(n) => bytes = &bytes[n..],
            Err(Errno::EINTR) => {}
            Err(e) => return Err(WriteError::Errno(e)),
        }
    }
    Ok(())
}

impl fmt::Write for Out {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.write_bytes(s.as_bytes()).map_err(|_| fmt::Error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::CString;

    /// A heap imitation of the kernel's stack, leaked so it is `'static`.
    fn fake_stack(args: &[&str], env: &[&str], auxv: &[(usize, usize)]) -> InitialStack {
        let leak = |s: &str| CString::new(s).unwrap().into_raw() as usize;
        let mut words = vec![args.len()];
        words.extend(args.iter().map(|s| leak(s)));
        words.push(0);
        words.extend(env.iter().map(|s| leak(s)));
        words.push(0);
        for &(k, v) in auxv {
            words.extend([k, v]);
        }
        words.extend([0, 0]);
        let words: &'static [usize] = Vec::leak(words);
        // SAFETY: `words` is laid out like the initial stack and leaked.
        unsafe { InitialStack::from_sp(words.as_ptr()) }
    }

    #[test]
    fn reads_arguments_environment_and_auxv() {
        let st = fake_stack(
            &["prog", "first", "second"],
            &[
                "A=1",
                "ZCALL_GREETING=hi there",
                "ZCALL_GREETING_X=no",
                "EMPTY=",
            ],
            &[(6, 4096), (33, 0x1234_5000)],
        );
        assert_eq!(st.argc(), 3);
        assert_eq!(st.arg(1).unwrap().to_bytes(), b"first");
        assert_eq!(st.arg(3), None);
        let args: Vec<_> = st.args().map(|a| a.to_str().unwrap()).collect();
        assert_eq!(args, ["prog", "first", "second"]);
        assert_eq!(st.var(b"ZCALL_GREETING"), Some(&b"hi there"[..]));
        assert_eq!(st.var(b"EMPTY"), Some(&b""[..]));
        assert_eq!(st.var(b"ZCALL"), None, "a prefix of a name is not the name");
        assert_eq!(st.var(b"MISSING"), None);
        assert_eq!(st.env().count(), 4);
        assert_eq!(st.auxv(), [6, 4096, 33, 0x1234_5000, 0, 0]);
        assert_eq!(zcall::vdso::auxv::find(st.auxv(), 33), Some(0x1234_5000));
    }

    #[test]
    fn empty_arguments_and_environment() {
        let st = fake_stack(&[], &[], &[]);
        assert_eq!(st.argc(), 0);
        assert_eq!(st.arg(0), None);
        assert_eq!(st.env().count(), 0);
        assert_eq!(st.auxv(), [0, 0]);
    }

    #[test]
    fn out_writes_everything_or_reports_the_error() {
        assert_eq!(
            Out(i32::MAX).write_bytes(b"x"),
            Err(WriteError::Errno(Errno::EBADF))
        );
        assert_eq!(Out::stderr().write_bytes(b""), Ok(()));
    }

    #[test]
    fn write_all_retries_short_writes_and_eintr_and_stops_on_zero() {
        // One byte a call, an EINTR before each: every byte arrives, in order.
        let (mut got, mut calls) = (Vec::new(), 0);
        let r = write_all(b"hello", |b| {
            calls += 1;
            if calls % 2 == 1 {
                return Err(Errno::EINTR);
            }
            got.push(b[0]);
            Ok(1)
        });
        assert_eq!((r, &got[..], calls), (Ok(()), &b"hello"[..], 10));
        // A write that takes nothing: an error at once, not a loop.
        let mut calls = 0;
        let r = write_all(b"x", |_| {
            calls += 1;
            Ok(0)
        });
        assert_eq!((r, calls), (Err(WriteError::WriteZero), 1));
        // Another error is returned as it is; an empty buffer calls nothing.
        assert_eq!(
            write_all(b"x", |_| Err(Errno::EPIPE)),
            Err(WriteError::Errno(Errno::EPIPE))
        );
        assert_eq!(write_all(b"", |_| unreachable!()), Ok(()));
    }
}
