//! Link the executable with no C runtime and no libc: no crt1.o/crti.o (`-nostartfiles`),
//! no libc/libgcc (`-nostdlib`), everything resolved at link time (`-static`), and not a
//! position-independent executable (`-no-pie`, which wins over the `-pie` rustc passes for
//! PIC targets): a static ET_EXEC needs no dynamic loader and no relocation processing at
//! start-up. Only the binary gets these arguments; the library is an ordinary rlib.
fn main() {
    for arg in ["-nostartfiles", "-nostdlib", "-static", "-no-pie"] {
        println!("cargo:rustc-link-arg-bins={arg}");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
