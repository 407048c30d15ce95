use zcall::{syscall, Errno};

#[syscall(nr)]
fn a() -> Result<u32, Errno>;

#[syscall(nr = )]
fn b() -> Result<u32, Errno>;

#[syscall(nr = 39 crate = ::zcall)]
fn c() -> Result<u32, Errno>;

#[syscall(nr = 39, crate = "zcall")]
fn d() -> Result<u32, Errno>;

#[syscall(nr = 39, short = yes)]
fn e() -> Result<u32, Errno>;

#[syscall("nr" = 39)]
fn f() -> Result<u32, Errno>;

fn main() {}
