use zcall::{syscall, Errno};

// A raw identifier names the same parameter: `r#n` is `n`.
#[syscall(nr = r#n)]
pub fn any(n: usize, a: usize, b: usize) -> Result<usize, Errno>;

// The parameter spelled raw, the number plain.
#[syscall(nr = n)]
pub fn any2(r#n: usize, a: usize) -> Result<usize, Errno>;

// A name produced by a macro is the parameter it names.
macro_rules! declare {
    ($n:ident) => {
        #[syscall(nr = $n)]
        pub fn any3($n: usize) -> Result<usize, Errno>;
    };
}
declare!(number);

fn main() {}
