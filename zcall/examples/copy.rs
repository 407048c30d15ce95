//! `cargo run --example copy -- SRC DST`: copies the file SRC to DST and to stdout.
//!
//! On Linux the bytes never enter this process: `splice` moves them from SRC into a pipe,
//! `tee` duplicates them into a second pipe, and two more `splice`s move one copy to DST
//! and the other to stdout. Where the kernel refuses to splice (`EINVAL`: a source without
//! splice support, stdout on a terminal or opened with `O_APPEND`, a destination
//! filesystem without it) that leg falls back to `read`/`write`, and says so on stderr.
//! Elsewhere (macOS, FreeBSD) the whole copy is `read`/`write`.
//!
//! Everything goes through zcall: `openat`, `fstat`, `ftruncate`, `fdatasync`, `pipe2`,
//! `splice`, `tee`, `read`, `write`. DST is created with SRC's permission bits, or
//! truncated if it exists; SRC and DST must not be the same file.
//!
//! Exit status: 0 after a complete copy (a summary on stderr); 1 with a message on stderr
//! (`copy: …`) when SRC is missing or a directory, DST cannot be opened for writing, stdout
//! is closed (a pipe whose reader has gone: `EPIPE`), or any call fails; 2 for a wrong
//! number of arguments.

use std::ffi::{CString, OsString};
use std::os::unix::ffi::OsStringExt;
use std::process::ExitCode;

use zcall::consts::{O_CLOEXEC, O_CREAT, O_RDONLY, O_WRONLY, S_IFDIR, S_IFMT};
use zcall::fd::{AsFd, BorrowedFd};
use zcall::types::Stat;
use zcall::Errno;

/// A failed step: what was being done, and the kernel's answer.
struct Failure(String);

fn fail(what: impl std::fmt::Display, e: Errno) -> Failure {
    Failure(format!("{what}: {e} ({e:?})"))
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    if args.len() != 2 {
        eprintln!("usage: copy SRC DST\n  copies the file SRC to DST and to stdout");
        return ExitCode::from(2);
    }
    match copy(&args[0], &args[1]) {
        Ok(summary) => {
            eprintln!("copy: {summary}");
            ExitCode::SUCCESS
        }
        Err(Failure(msg)) => {
            eprintln!("copy: {msg}");
            ExitCode::from(1)
        }
    }
}

fn cstring(s: &OsString) -> Result<CString, Failure> {
    CString::new(s.clone().into_vec()).map_err(|_| {
        Failure(format!(
            "{}: a path cannot hold a NUL byte",
            s.to_string_lossy()
        ))
    })
}

fn copy(src: &OsString, dst: &OsString) -> Result<String, Failure> {
    let (src_name, dst_name) = (src.to_string_lossy(), dst.to_string_lossy());
    let from = zcall::openat(None, &cstring(src)?, O_RDONLY | O_CLOEXEC, 0)
        .map_err(|e| fail(format_args!("cannot open source '{src_name}'"), e))?;
    let mut st = Stat::default();
    zcall::fstat(from.as_fd(), &mut st).map_err(|e| fail("fstat of the source", e))?;
    if st.st_mode & S_IFMT == S_IFDIR {
        return Err(Failure(format!("source '{src_name}' is a directory")));
    }
    // No O_TRUNC yet: if DST is SRC, truncating it would destroy the data to copy.
    let to = zcall::openat(
        None,
        &cstring(dst)?,
        O_WRONLY | O_CREAT | O_CLOEXEC,
        st.st_mode & 0o777,
    )
    .map_err(|e| {
        fail(
            format_args!("cannot open destination '{dst_name}' for writing"),
            e,
        )
    })?;
    let mut dst_st = Stat::default();
    zcall::fstat(to.as_fd(), &mut dst_st).map_err(|e| fail("fstat of the destination", e))?;
    if (dst_st.st_dev, dst_st.st_ino) == (st.st_dev, st.st_ino) {
        return Err(Failure(format!(
            "'{src_name}' and '{dst_name}' are the same file"
        )));
    }
    zcall::ftruncate(to.as_fd(), 0)
        .map_err(|e| fail(format_args!("cannot truncate '{dst_name}'"), e))?;

    let stdout = std::io::stdout();
    let (total, how) = transfer(from.as_fd(), to.as_fd(), stdout.as_fd())?;

    zcall::fdatasync(to.as_fd()).map_err(|e| fail(format_args!("cannot flush '{dst_name}'"), e))?;
    zcall::fstat(to.as_fd(), &mut dst_st).map_err(|e| fail("fstat of the destination", e))?;
    if dst_st.st_size as u64 != total {
        return Err(Failure(format!(
            "'{dst_name}' holds {} bytes after copying {total}",
            dst_st.st_size
        )));
    }
    Ok(format!(
        "{total} bytes from '{src_name}' to '{dst_name}' and stdout ({how})"
    ))
}

/// Writes all of `buf` to `fd` (`what` names it in errors).
fn write_all(fd: BorrowedFd<'_>, mut buf: &[u8], what: &str) -> Result<(), Failure> {
    while !buf.is_empty() {
        match zcall::write(fd, buf) {
            Ok(n) => buf = &buf[n..],
            Err(Errno::EINTR) => continue,
            Err(e) => return Err(fail(format_args!("cannot write to {what}"), e)),
        }
    }
    Ok(())
}

/// The portable copy: `read` into a buffer, `write` it to both sinks.
fn read_write(
    src: BorrowedFd<'_>,
    dst: BorrowedFd<'_>,
    out: BorrowedFd<'_>,
) -> Result<u64, Failure> {
    let mut buf = vec![0u8; 64 * 1024];
    let mut total = 0u64;
    loop {
        let n = match zcall::read(src, &mut buf) {
            Ok(0) => return Ok(total),
            Ok(n) => n,
            Err(Errno::EINTR) => continue,
            Err(e) => return Err(fail("cannot read the source", e)),
        };
        write_all(dst, &buf[..n], "the destination")?;
        write_all(out, &buf[..n], "stdout")?;
        total += n as u64;
    }
}

#[cfg(not(target_os = "linux"))]
fn transfer(
    src: BorrowedFd<'_>,
    dst: BorrowedFd<'_>,
    out: BorrowedFd<'_>,
) -> Result<(u64, String), Failure> {
    Ok((read_write(src, dst, out)?, "read/write".to_string()))
}

/// How one sink is fed from its pipe.
#[cfg(target_os = "linux")]
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Splice,
    /// The kernel refused to splice into this sink: `read` from the pipe, `write` to it.
    ReadWrite,
}

#[cfg(target_os = "linux")]
fn transfer(
    src: BorrowedFd<'_>,
    dst: BorrowedFd<'_>,
    out: BorrowedFd<'_>,
) -> Result<(u64, String), Failure> {
    use zcall::consts::SPLICE_F_MOVE;

    /// Bytes per round: at most what a pipe holds by default, so `tee` duplicates a whole
    /// round into the (empty) second pipe.
    const CHUNK: usize = 64 * 1024;

    let pipe = || zcall::pipe2(O_CLOEXEC).map_err(|e| fail("pipe2", e));
    let (a_read, a_write) = pipe()?;
    let (b_read, b_write) = pipe()?;
    let mut modes = [
        (Mode::Splice, "the destination", dst),
        (Mode::Splice, "stdout", out),
    ];
    let mut total = 0u64;
    loop {
        // SRC -> pipe A.
        let n = match zcall::splice(src, None, a_write.as_fd(), None, CHUNK, SPLICE_F_MOVE) {
            Ok(0) => break,
            Ok(n) => n,
            Err(Errno::EINTR) => continue,
            Err(Errno::EINVAL) if total == 0 => {
                eprintln!("copy: the source refuses splice (EINVAL): copying with read/write");
                return Ok((read_write(src, dst, out)?, "read/write".to_string()));
            }
            Err(e) => return Err(fail("cannot splice from the source", e)),
        };
        // Pipe A -> pipe B (duplicated, not consumed), then each pipe -> its sink. `tee` may
        // duplicate less than asked; what it did is consumed from both pipes before the
        // rest is duplicated (a second tee starts again at the front of pipe A).
        let mut left = n;
        while left > 0 {
            let m = match zcall::tee(a_read.as_fd(), b_write.as_fd(), left, 0) {
                Ok(m) => m,
                Err(Errno::EINTR) => continue,
                Err(e) => return Err(fail("tee", e)),
            };
            for ((mode, what, sink), from) in modes.iter_mut().zip([&a_read, &b_read]) {
                drain(from.as_fd(), *sink, m, mode, what)?;
            }
            left -= m;
        }
        total += n as u64;
    }
    let how = |m: Mode| {
        if m == Mode::Splice {
            "splice"
        } else {
            "read/write"
        }
    };
    Ok((
        total,
        format!(
            "splice + tee; destination: {}, stdout: {}",
            how(modes[0].0),
            how(modes[1].0)
        ),
    ))
}

/// Moves exactly `len` bytes from the pipe `from` to `sink`: by `splice`, or after the
/// kernel refused that, by `read`/`write`.
#[cfg(target_os = "linux")]
fn drain(
    from: BorrowedFd<'_>,
    sink: BorrowedFd<'_>,
    mut len: usize,
    mode: &mut Mode,
    what: &str,
) -> Result<(), Failure> {
    let mut buf = Vec::new();
    while len > 0 {
        if *mode == Mode::Splice {
            match zcall::splice(from, None, sink, None, len, 0) {
                Ok(0) => return Err(Failure(format!("{what} accepts no more bytes"))),
                Ok(n) => len -= n,
                Err(Errno::EINTR) => {}
                Err(Errno::EINVAL) => {
                    eprintln!("copy: {what} refuses splice (EINVAL): using read/write for it");
                    *mode = Mode::ReadWrite;
                }
                Err(e) => return Err(fail(format_args!("cannot splice to {what}"), e)),
            }
        } else {
            buf.resize(len.min(64 * 1024), 0);
            let n = match zcall::read(from, &mut buf) {
                Ok(0) => return Err(Failure("the pipe ran dry".to_string())),
                Ok(n) => n,
                Err(Errno::EINTR) => continue,
                Err(e) => return Err(fail("cannot read the pipe", e)),
            };
            write_all(sink, &buf[..n], what)?;
            len -= n;
        }
    }
    Ok(())
}
