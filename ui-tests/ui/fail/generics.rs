use zcall::{syscall, Errno};

#[syscall(nr = 0)]
fn typed<T: Copy>(x: T) -> Result<(), Errno>;

#[syscall(nr = 0)]
fn konst<const N: usize>(x: &[u8; N]) -> Result<(), Errno>;

#[syscall(nr = 0)]
fn bounded<'a>(x: &'a u8) -> Result<(), Errno>
where
    u8: Copy;

#[syscall(nr = 0)]
fn implicit(x: impl Copy) -> Result<(), Errno>;

// Inside a parameter's type too: the macro's own error, not rustc's.
#[syscall(nr = 0)]
fn nested(x: &impl Copy, y: Option<&mut impl Sized>) -> Result<(), Errno>;

fn main() {}
