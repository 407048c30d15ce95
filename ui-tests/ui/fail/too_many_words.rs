use zcall::{syscall, Errno};

#[syscall(nr = 0)]
fn seven(a: u32, b: u32, c: u32, d: u32, e: u32, f: u32, g: u32) -> Result<(), Errno>;

// Slices take two words: the last slice would need words 6 and 7.
#[syscall(nr = 0)]
fn slices(a: &[u8], b: &mut [u8], c: u32, d: &[u64]) -> Result<(), Errno>;

// The number parameter is not an argument word, but 7 words still do not fit.
#[syscall(nr = nr)]
unsafe fn dynamic(nr: usize, a: &[u8], b: &[u8], c: &[u8], d: u8) -> Result<(), Errno>;

fn main() {}
