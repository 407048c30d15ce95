use zcall::{syscall, Errno};

#[syscall(nr = 0)]
fn a((x, y): (u32, u32)) -> Result<(), Errno>;

#[syscall(nr = 0)]
fn b(_: u32) -> Result<(), Errno>;

#[syscall(nr = 0)]
fn c(ref x: u32) -> Result<(), Errno>;

fn main() {}
