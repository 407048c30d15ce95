//! The attribute's own token model, so that it needs no parsing or quoting crate.
//!
//! The compiler's `proc_macro` tokens (in `lib.rs`) and `proc_macro2`'s (tests, property
//! tests, the fuzz target: `pm2`) are converted into [`Tree`]s by the same `adapter!`, and
//! back. A span is an index into the adapter's table of the input's tokens ([`Sp`]), or
//! one of the two spans the attribute makes itself: call-site and mixed-site. Identifiers
//! and literals that come back unchanged are the input's own token objects, so `$crate`
//! and every literal keep their exact form.
//!
//! [`tpl`] builds output from a template string (the attribute's `quote!`), every token
//! of it spanned on one span, `$` standing for the next argument's tokens.

use std::fmt::{self, Write};

/// A token's span: an index into the adapter's table, or one the attribute makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sp(pub u32);

impl Sp {
    /// `Span::call_site()`.
    pub const CALL: Sp = Sp(u32::MAX);
    /// `Span::mixed_site()`: locals only the generated code can name.
    pub const MIXED: Sp = Sp(u32::MAX - 1);
}

/// A group's delimiter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delim {
    Paren,
    Brace,
    Bracket,
    /// The invisible group around a `macro_rules!` fragment.
    None,
}

impl Delim {
    /// How a group opens and closes in printed text.
    fn text(self) -> (&'static str, &'static str) {
        match self {
            Delim::Paren => ("(", ")"),
            Delim::Brace => ("{ ", " }"),
            Delim::Bracket => ("[", "]"),
            Delim::None => ("", ""),
        }
    }
}

/// One token tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tree {
    Group {
        delim: Delim,
        stream: Vec<Tree>,
        span: Sp,
    },
    /// A raw identifier keeps its `r#`.
    Ident {
        name: String,
        span: Sp,
    },
    Punct {
        ch: char,
        joint: bool,
        span: Sp,
    },
    /// The literal's source text (`"a\n"`, `0usize`).
    Lit {
        text: String,
        span: Sp,
    },
}

/// A token stream.
pub type Ts = Vec<Tree>;

impl Tree {
    pub fn span(&self) -> Sp {
        match self {
            Tree::Group { span, .. }
            | Tree::Ident { span, .. }
            | Tree::Punct { span, .. }
            | Tree::Lit { span, .. } => *span,
        }
    }

    /// An identifier spelled `name` (a raw `r#name` too).
    pub fn is_ident(&self, name: &str) -> bool {
        matches!(self, Tree::Ident { name: n, .. } if unraw(n) == name)
    }

    pub fn ident(&self) -> Option<&str> {
        match self {
            Tree::Ident { name, .. } => Some(name),
            _ => None,
        }
    }

    pub fn is_punct(&self, ch: char) -> bool {
        matches!(self, Tree::Punct { ch: c, .. } if *c == ch)
    }

    pub fn group(&self, delim: Delim) -> Option<&[Tree]> {
        match self {
            Tree::Group {
                delim: d, stream, ..
            } if *d == delim => Some(stream),
            _ => None,
        }
    }
}

/// `r#type` → `type`.
pub fn unraw(name: &str) -> &str {
    name.strip_prefix("r#").unwrap_or(name)
}

pub fn ident(name: &str, span: Sp) -> Tree {
    Tree::Ident {
        name: name.to_string(),
        span,
    }
}

/// A string literal holding `s`.
pub fn lit_str(s: &str, span: Sp) -> Tree {
    let mut text = String::with_capacity(s.len() + 2);
    text.push('"');
    for c in s.chars() {
        match c {
            '"' => text.push_str("\\\""),
            '\\' => text.push_str("\\\\"),
            '\n' => text.push_str("\\n"),
            '\r' => text.push_str("\\r"),
            '\t' => text.push_str("\\t"),
            '\0' => text.push_str("\\0"),
            c if c.is_control() => {
                let _ = write!(text, "\\u{{{:x}}}", c as u32);
            }
            c => text.push(c),
        }
    }
    text.push('"');
    Tree::Lit { text, span }
}

/// The first and last token's spans of a non-empty stream (a syntax node's extent, as
/// `syn::Error::new_spanned` takes it); call-site for an empty one.
pub fn extent(ts: &[Tree]) -> (Sp, Sp) {
    match (ts.first(), ts.last()) {
        (Some(a), Some(b)) => (a.span(), b.span()),
        _ => (Sp::CALL, Sp::CALL),
    }
}

/// The first token's span (a node's span where the compiler cannot join two).
pub fn first_span(ts: &[Tree]) -> Sp {
    ts.first().map_or(Sp::CALL, Tree::span)
}

/// Tokens from a template: Rust tokens, every one spanned `span`; `$` takes the next of
/// `args` (whose tokens keep their own spans). A run of punctuation without spaces is one
/// multi-character operator (`::`, `->`), joint as the compiler lexes it. Groups nest;
/// string literals hold no escapes. Only the attribute's own templates come here.
pub fn tpl(span: Sp, template: &str, args: &[Ts]) -> Ts {
    let mut args = args.iter();
    let chars: Vec<char> = template.chars().collect();
    let mut pos = 0;
    let out = tpl_stream(&chars, &mut pos, span, &mut args, None);
    debug_assert!(
        args.next().is_none(),
        "unused template argument: {template}"
    );
    out
}

fn tpl_stream(
    chars: &[char],
    pos: &mut usize,
    span: Sp,
    args: &mut std::slice::Iter<'_, Ts>,
    close: Option<char>,
) -> Ts {
    let mut out = Vec::new();
    while let Some(&c) = chars.get(*pos) {
        *pos += 1;
        match c {
            c if c.is_whitespace() => {}
            '$' => out.extend(args.next().cloned().unwrap_or_default()),
            c if Some(c) == close => return out,
            '(' | '[' | '{' => {
                let (delim, end) = match c {
                    '(' => (Delim::Paren, ')'),
                    '[' => (Delim::Bracket, ']'),
                    _ => (Delim::Brace, '}'),
                };
                let stream = tpl_stream(chars, pos, span, args, Some(end));
                out.push(Tree::Group {
                    delim,
                    stream,
                    span,
                });
            }
            '"' => {
                let start = *pos - 1;
                while chars.get(*pos).is_some_and(|&c| c != '"') {
                    *pos += 1;
                }
                *pos += 1;
                out.push(Tree::Lit {
                    text: chars[start..(*pos).min(chars.len())].iter().collect(),
                    span,
                });
            }
            c if c.is_alphanumeric() || c == '_' => {
                let start = *pos - 1;
                while chars
                    .get(*pos)
                    .is_some_and(|&c| c.is_alphanumeric() || c == '_')
                {
                    *pos += 1;
                }
                let text: String = chars[start..*pos].iter().collect();
                out.push(if c.is_ascii_digit() {
                    Tree::Lit { text, span }
                } else {
                    Tree::Ident { name: text, span }
                });
            }
            c => {
                let joint = chars
                    .get(*pos)
                    .is_some_and(|&n| is_op_char(n) && Some(n) != close);
                out.push(Tree::Punct { ch: c, joint, span });
            }
        }
    }
    out
}

fn is_op_char(c: char) -> bool {
    "!#%&*+,-./:;<=>?@^|~".contains(c)
}

/// The stream as source text for messages: `core::ffi::c_ulong`, `&'a mut [u8]`,
/// `Result<u8, Errno>` — a space between two words, between a word and `[`/`{`, after a
/// comma or a semicolon and around `->`, `=` and `+`, none elsewhere.
pub struct Source<'a>(pub &'a [Tree]);

impl fmt::Display for Source<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Whether the previous token ends in a word (identifier, literal) and whether a
        // space is owed after it.
        let (mut word, mut space) = (false, false);
        for (i, t) in self.0.iter().enumerate() {
            let spaced_op = |t: &Tree| {
                matches!(t, Tree::Punct { ch: '=' | '+', .. })
                    || (t.is_punct('-') && self.0.get(i + 1).is_some_and(|n| n.is_punct('>')))
            };
            match t {
                Tree::Ident { name: text, .. } | Tree::Lit { text, .. } => {
                    if word || space {
                        f.write_char(' ')?;
                    }
                    f.write_str(text)?;
                    (word, space) = (true, false);
                }
                Tree::Group { delim, stream, .. } => {
                    let (open, close) = delim.text();
                    if space || (word && matches!(delim, Delim::Brace | Delim::Bracket)) {
                        f.write_char(' ')?;
                    }
                    write!(f, "{open}{}{close}", Source(stream))?;
                    (word, space) = (false, false);
                }
                Tree::Punct { ch, .. } => {
                    let op = spaced_op(t);
                    if space || (op && i > 0) {
                        f.write_char(' ')?;
                    }
                    f.write_char(*ch)?;
                    let arrow_tail = *ch == '>' && i > 0 && self.0[i - 1].is_punct('-');
                    space = matches!(*ch, ',' | ';') || (op && !t.is_punct('-')) || arrow_tail;
                    word = false;
                }
            }
        }
        Ok(())
    }
}

/// A position in a token stream, for the parsers of the declaration and the options.
pub struct Cursor<'a> {
    pub toks: &'a [Tree],
    pub pos: usize,
}

impl<'a> Cursor<'a> {
    pub fn peek(&self) -> Option<&'a Tree> {
        self.toks.get(self.pos)
    }

    pub fn peek_at(&self, n: usize) -> Option<&'a Tree> {
        self.toks.get(self.pos + n)
    }

    /// The span of the next token, or call-site at the end.
    pub fn span(&self) -> Sp {
        self.peek().map_or(Sp::CALL, Tree::span)
    }

    /// An error at the next token.
    pub fn error(&self, msg: &str) -> Error {
        Error::new(self.span(), msg)
    }

    /// Error recovery: drop tokens up to (not including) the next comma.
    pub fn skip_to_comma(&mut self) {
        while self.peek().is_some_and(|t| !t.is_punct(',')) {
            self.pos += 1;
        }
    }
}

/// One error: a message over the tokens from `start` to `end`.
#[derive(Clone, Debug)]
pub struct Error {
    pub start: Sp,
    pub end: Sp,
    pub msg: String,
}

impl Error {
    pub fn new(span: Sp, msg: impl fmt::Display) -> Self {
        Error {
            start: span,
            end: span,
            msg: msg.to_string(),
        }
    }

    /// Over a node's tokens (`syn::Error::new_spanned`).
    pub fn spanned(ts: &[Tree], msg: impl fmt::Display) -> Self {
        let (start, end) = extent(ts);
        Error {
            start,
            end,
            msg: msg.to_string(),
        }
    }
}

/// `::core::compile_error! { "msg" }` per error: the path on the first token, the message
/// on the last, so that the compiler underlines the whole range (as `syn` does).
pub fn compile_errors(errors: &[Error]) -> Ts {
    let mut out = Vec::new();
    for e in errors {
        let s = e.start;
        let colons = |out: &mut Ts| {
            out.push(Tree::Punct {
                ch: ':',
                joint: true,
                span: s,
            });
            out.push(Tree::Punct {
                ch: ':',
                joint: false,
                span: s,
            });
        };
        colons(&mut out);
        out.push(ident("core", s));
        colons(&mut out);
        out.push(ident("compile_error", s));
        out.push(Tree::Punct {
            ch: '!',
            joint: false,
            span: s,
        });
        out.push(Tree::Group {
            delim: Delim::Brace,
            stream: vec![lit_str(&e.msg, e.end)],
            span: e.end,
        });
    }
    out
}

/// The spacing `syn` would print for an input stream: a punctuation mark is joint to the
/// next one only where the two begin a multi-character operator (`::`, `->`, `>>=`), and a
/// lifetime's quote stays joint. The compiler marks a mark joint whenever another follows
/// without a space (`>` in `Nn<u8>,`), which, echoed in front of the attribute's own `>`,
/// would glue the two into one `>>` across the type's end.
pub fn normalize_spacing(ts: &mut [Tree]) {
    for i in 0..ts.len() {
        let next = match ts.get(i + 1) {
            Some(Tree::Punct { ch, .. }) => Some(*ch),
            _ => None,
        };
        if let Tree::Punct { ch, joint, .. } = &mut ts[i] {
            if *joint && *ch != '\'' {
                *joint = next.is_some_and(|n| is_op_pair(*ch, n));
            }
        }
    }
}

/// `a` then `b` begins a multi-character operator.
fn is_op_pair(a: char, b: char) -> bool {
    matches!(
        (a, b),
        (':', ':')
            | ('-', '>')
            | ('=', '>' | '=')
            | (
                '!' | '<' | '>' | '+' | '-' | '*' | '/' | '%' | '^' | '&' | '|',
                '='
            )
            | ('&', '&')
            | ('|', '|')
            | ('.', '.' | '=')
            | ('<', '<')
            | ('>', '>')
    )
}

/// Conversion between a proc-macro token crate (`proc_macro` or `proc_macro2`, which
/// share their API) and [`Tree`]s. Expands to `import` and `export`.
macro_rules! adapter {
    ($pm:ident) => {
        /// The input's tokens, indexed by [`Sp`]: where each came from.
        #[derive(Default)]
        pub struct Table(Vec<$pm::TokenTree>);

        /// The tokens of `ts`, each one's original recorded in `table`.
        pub fn import(ts: $pm::TokenStream, table: &mut Table) -> $crate::tok::Ts {
            use $crate::tok::{Delim, Sp, Tree};
            let mut out: $crate::tok::Ts = ts
                .into_iter()
                .map(|tt| {
                    let span = Sp(u32::try_from(table.0.len()).unwrap_or(u32::MAX - 2));
                    let tree = match &tt {
                        $pm::TokenTree::Group(g) => Tree::Group {
                            delim: match g.delimiter() {
                                $pm::Delimiter::Parenthesis => Delim::Paren,
                                $pm::Delimiter::Brace => Delim::Brace,
                                $pm::Delimiter::Bracket => Delim::Bracket,
                                $pm::Delimiter::None => Delim::None,
                            },
                            stream: Vec::new(),
                            span,
                        },
                        $pm::TokenTree::Ident(i) => Tree::Ident {
                            name: i.to_string(),
                            span,
                        },
                        $pm::TokenTree::Punct(p) => Tree::Punct {
                            ch: p.as_char(),
                            joint: p.spacing() == $pm::Spacing::Joint,
                            span,
                        },
                        $pm::TokenTree::Literal(l) => Tree::Lit {
                            text: l.to_string(),
                            span,
                        },
                    };
                    table.0.push(tt.clone());
                    match (tree, tt) {
                        (Tree::Group { delim, span, .. }, $pm::TokenTree::Group(g)) => {
                            Tree::Group {
                                delim,
                                stream: import(g.stream(), table),
                                span,
                            }
                        }
                        (tree, _) => tree,
                    }
                })
                .collect();
            $crate::tok::normalize_spacing(&mut out);
            out
        }

        /// Back to the token crate's types: the input's own identifiers and literals
        /// where they come back unchanged, new ones spanned from the table.
        // `proc_macro::Ident` compares with nothing but itself: by its text.
        #[allow(clippy::cmp_owned)]
        pub fn export(ts: $crate::tok::Ts, table: &Table) -> $pm::TokenStream {
            use $crate::tok::{Delim, Sp, Tree};
            let original = |sp: Sp| table.0.get(sp.0 as usize);
            let span = |sp: Sp| match sp {
                Sp::CALL => $pm::Span::call_site(),
                Sp::MIXED => $pm::Span::mixed_site(),
                sp => original(sp).map_or_else($pm::Span::call_site, |t| match t {
                    // A group's own span is the whole group.
                    $pm::TokenTree::Group(g) => g.span(),
                    t => t.span(),
                }),
            };
            ts.into_iter()
                .map(|t| -> $pm::TokenTree {
                    match t {
                        Tree::Group {
                            delim,
                            stream,
                            span: sp,
                        } => {
                            let delim = match delim {
                                Delim::Paren => $pm::Delimiter::Parenthesis,
                                Delim::Brace => $pm::Delimiter::Brace,
                                Delim::Bracket => $pm::Delimiter::Bracket,
                                Delim::None => $pm::Delimiter::None,
                            };
                            let mut g = $pm::Group::new(delim, export(stream, table));
                            g.set_span(span(sp));
                            g.into()
                        }
                        Tree::Ident { name, span: sp } => match original(sp) {
                            Some($pm::TokenTree::Ident(i)) if i.to_string() == name => {
                                i.clone().into()
                            }
                            _ => match name.strip_prefix("r#") {
                                Some(raw) => $pm::Ident::new_raw(raw, span(sp)).into(),
                                None => $pm::Ident::new(&name, span(sp)).into(),
                            },
                        },
                        Tree::Punct {
                            ch,
                            joint,
                            span: sp,
                        } => {
                            let spacing = if joint {
                                $pm::Spacing::Joint
                            } else {
                                $pm::Spacing::Alone
                            };
                            let mut p = $pm::Punct::new(ch, spacing);
                            p.set_span(span(sp));
                            p.into()
                        }
                        Tree::Lit { text, span: sp } => match original(sp) {
                            Some($pm::TokenTree::Literal(l)) if l.to_string() == text => {
                                l.clone().into()
                            }
                            _ => {
                                // Only the attribute's own literals (messages, `0usize`,
                                // `cfg` strings) are made here; they always lex.
                                let mut l = text
                                    .parse::<$pm::Literal>()
                                    .unwrap_or_else(|_| $pm::Literal::string(&text));
                                l.set_span(span(sp));
                                l.into()
                            }
                        },
                    }
                })
                .collect()
        }
    };
}
pub(crate) use adapter;
