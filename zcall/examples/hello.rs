//! Writes a line to stdout through zcall: no libc on the path of the write.
//!
//! `cargo run --example hello`

use zcall::{nr, syscall, Errno};

/// write(2) to a raw fd: safe, because the buffer is a slice and a wrong fd is only an
/// error.
#[syscall(nr = nr::WRITE)]
fn write(fd: i32, buf: &[u8]) -> Result<usize, Errno>;

fn main() {
    let msg = b"Hello from zcall!\n";
    let mut done = 0;
    while done < msg.len() {
        match write(1, &msg[done..]) {
            Ok(n) => done += n,
            Err(e) if e == Errno::EINTR => continue,
            Err(e) => {
                eprintln!("write failed: {e} ({e:?})");
                std::process::exit(1);
            }
        }
    }
}
