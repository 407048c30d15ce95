use zcall::{syscall, Errno};

#[syscall(nr = zcall::nr::GETPID)]
fn a() -> String;

#[syscall(nr = zcall::nr::GETPID)]
fn b() -> Result<String, Errno>;

#[syscall(nr = zcall::nr::GETPID)]
fn c();

#[syscall(nr = zcall::nr::GETPID)]
fn d() -> ();

#[syscall(nr = zcall::nr::GETPID)]
fn e() -> impl Copy;

#[syscall(nr = zcall::nr::GETPID)]
fn f() -> Result<impl Copy, Errno>;

fn main() {}
