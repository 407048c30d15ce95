use zcall::{syscall, Errno};

// A safe function whose number is a parameter would let safe code make any syscall with
// any arguments (munmap, mmap over live memory, …): it must be an `unsafe fn`.
#[syscall(nr = n)]
pub fn any(n: usize, a: usize) -> Result<usize, Errno>;

// The same through parentheses.
#[syscall(nr = (number))]
pub fn any2(number: usize) -> Result<usize, Errno>;

fn main() {}
