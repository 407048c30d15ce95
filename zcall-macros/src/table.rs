//! Reading the generated text tables (`arity_table.rs`, `proto_table.rs`): one line per
//! syscall constant, its name first, sorted by name (byte order). Text, not arrays of
//! tuples: the compiler builds a string constant for next to nothing.

/// A prototype's parameters: `(C type, parameter name, is a `__user` pointer)`.
pub type Params = Vec<(&'static str, &'static str, bool)>;

/// The line of sorted `table` whose first field (up to a space or a tab) is `name`: a
/// binary search over the text, reading only the lines it lands on.
pub fn find(table: &'static str, name: &str) -> Option<&'static str> {
    // `lo` is always at the start of a line; `hi` just past the end of one (or 0).
    // Searched as bytes, and cut only next to a newline: never inside a character.
    let bytes = table.as_bytes();
    let (mut lo, mut hi) = (0, table.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |i| lo + i + 1);
        let end = bytes[start..hi]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(hi, |i| start + i);
        let line = table.get(start..end)?;
        match key(line).cmp(name) {
            std::cmp::Ordering::Equal => return Some(line),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
}

/// A line's first field.
pub fn key(line: &str) -> &str {
    line.split([' ', '\t']).next().unwrap_or("")
}

/// The syscall and the arch a line of an arch-variant table is for (`MMAP riscv64\t…`).
pub fn variant_of(line: &str) -> Option<(&str, &str)> {
    line.split('\t').next()?.split_once(' ')
}

/// The count of an arity line, `NAME COUNT` (then maybe `# note`).
pub fn count(line: &str) -> Option<usize> {
    line.split(' ').nth(1)?.parse().ok()
}

/// The parameters of a prototype line: the tab-separated `TYPE|NAME` fields after its
/// first field, up to a `# note`.
pub fn params(line: &'static str) -> Params {
    line.split('\t')
        .skip(1)
        .take_while(|f| !f.starts_with('#'))
        .map(|f| {
            let (ty, name) = f.split_once('|').unwrap_or((f, ""));
            (ty, name, ty.contains("__user"))
        })
        .collect()
}

/// The lines of a table.
#[cfg_attr(not(test), allow(dead_code))]
pub fn lines(table: &'static str) -> impl Iterator<Item = &'static str> {
    table.lines().filter(|l| !l.is_empty())
}
