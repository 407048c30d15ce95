//! The runtime crate's guard against unsupported targets, generated from `target::TARGETS`
//! so that the list of supported targets is written once.
//!
//! `zcall` calls `__unsupported_target_guard!()` once at its root. On a target that has no
//! row in `TARGETS`, compiling zcall fails with a general `compile_error!` listing the
//! supported targets, then one naming the target's OS and one naming its architecture
//! (each for every common value below: `cfg` cannot print a value it does not know).

use proc_macro2::TokenStream;
use quote::quote;

use crate::target;

/// Common `target_os` values, each named in an error of its own on an unsupported target.
pub const COMMON_OS: &[&str] = &[
    "linux",
    "android",
    "macos",
    "ios",
    "tvos",
    "watchos",
    "visionos",
    "freebsd",
    "netbsd",
    "openbsd",
    "dragonfly",
    "solaris",
    "illumos",
    "windows",
    "fuchsia",
    "redox",
    "haiku",
    "hermit",
    "wasi",
    "emscripten",
    "aix",
    "hurd",
    "none",
];

/// Common `target_arch` values, each named in an error of its own on an unsupported target.
pub const COMMON_ARCH: &[&str] = &[
    "x86",
    "x86_64",
    "arm",
    "aarch64",
    "riscv32",
    "riscv64",
    "loongarch64",
    "mips",
    "mips64",
    "powerpc",
    "powerpc64",
    "s390x",
    "sparc64",
    "wasm32",
    "wasm64",
    "m68k",
    "csky",
    "hexagon",
    "bpf",
    "avr",
    "msp430",
    "xtensa",
];

/// The guard's items; the macro takes no input.
pub fn unsupported_target_guard(input: TokenStream) -> TokenStream {
    if let Some(tt) = input.into_iter().next() {
        return syn::Error::new(tt.span(), "__unsupported_target_guard!() takes no input")
            .to_compile_error();
    }
    let unsupported = target::unsupported_cfg();
    let general = format!(
        "zcall has no syscall convention for this target; supported: {}",
        target::supported_list()
    );
    let named = |key: &str, values: &[&str]| -> Vec<TokenStream> {
        let ident = syn::Ident::new(key, proc_macro2::Span::call_site());
        values
            .iter()
            .map(|value| {
                let msg = format!(
                    "zcall: this target has {key} = \"{value}\", a combination zcall has no \
                     syscall convention for"
                );
                quote! {
                    #[cfg(all(#unsupported, #ident = #value))]
                    ::core::compile_error!(#msg);
                }
            })
            .collect()
    };
    let os = named("target_os", COMMON_OS);
    let arch = named("target_arch", COMMON_ARCH);
    quote! {
        #[cfg(#unsupported)]
        ::core::compile_error!(#general);
        #(#os)*
        #(#arch)*
    }
}
