use zcall::{nr, syscall, Errno};

// `short` only relaxes the check against the kernel's argument count; where there is no
// such check, or nothing to relax, it is an error saying why.

// A literal number is not checked.
#[syscall(nr = 39, short)]
fn literal(a: u32) -> Result<u32, Errno>;

// Nor is a constant of your own.
const MY_NR: usize = nr::GETPID;
#[syscall(nr = MY_NR, short)]
fn own_constant(a: u32) -> Result<u32, Errno>;

// Nor a number chosen at run time.
#[syscall(nr = n, short)]
unsafe fn dynamic(n: usize, a: u32) -> Result<u32, Errno>;

// close takes one word on every target: nothing is left out.
#[syscall(nr = nr::CLOSE, short)]
unsafe fn close(fd: i32) -> Result<(), Errno>;

fn main() {}
