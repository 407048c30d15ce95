#!/usr/bin/env python3
"""Generate tests/tests/abi_libc/generated.rs: zcall's ABI values against the `libc` crate
and, where libc lacks a value, against the kernel headers/tables saved in
/work/shared/reference/kernel/.

    python3 scripts/gen_abi_checks.py            # probe every target, write the file, verify
    python3 scripts/gen_abi_checks.py --targets x86_64-unknown-linux-gnu   # quick, host only

Commit only a file generated for every target (the default): the #[cfg]s are computed from the
probed targets, so a host-only file has no macOS/FreeBSD module and no per-arch cfgs. Probe
results are cached per target in /tmp/gen_abi_checks-cache while the names and libc's version
stay the same; a cold run takes ~20 minutes on 2 cores (std is built once per target), a warm
one ~4.

What it does:

1. Reads zcall's sources for the names to compare: `zcall/src/consts/<os>.rs` (`pub const`,
   grouped by the `// --- FAMILY ---` headers), `zcall/src/errno/<os>.rs` (values and aliases),
   `zcall/src/nr/linux_{x86_64,generic}.rs` (libc has `SYS_*` for Linux only: its FreeBSD and
   Darwin modules have none) and the structs of `zcall/src/types/` (a struct `SockaddrIn6` is
   compared with `libc::sockaddr_in6`, field by field under the same names).
2. Finds out, per target, which of those names zcall and libc both define and whether the
   constants have the same type, by compiling a probe test (`tests/tests/abi_libc_probe.rs`,
   written and removed again) with `cargo check --message-format=json`: every error on a probe
   line removes that line's name, until the probe compiles. The host target is checked with
   the `cargo` on PATH; the others with Debian's `rustc-web` + `rust-web-src` through build-std
   (`/usr/bin/cargo`, see /work/shared/reference/cross-arch.md), which takes ~2 minutes per
   target when cold.
3. Writes the comparisons, each with the `#[cfg]` of the probed targets that have it (none when
   every probed target of the OS has it), as macro calls that `tests/tests/abi_libc.rs` turns
   into `const` assertions plus one runtime `#[test]` per family.
4. Verifies: `cargo check` of the real test for every target (the `const` assertions are
   evaluated by `check`), and prints every failing assertion.

A constant whose libc type differs from zcall's makes the script fail. Known differences (of
value or type) are listed in EXCLUDE below with their reason and compared by hand in the
`exceptions` module of `tests/tests/abi_libc.rs`. The file records digests of the name lists
it was generated from; the `generated_file_is_current` test fails when zcall's names change.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KERNEL = '/work/shared/reference/kernel'
OUT = os.path.join(ROOT, 'tests/tests/abi_libc/generated.rs')
PROBE = os.path.join(ROOT, 'tests/tests/abi_libc_probe.rs')

# Target triple -> (os module, target_arch, target_env).
TARGETS = {
    'x86_64-unknown-linux-gnu': ('linux', 'x86_64', 'gnu'),
    'aarch64-unknown-linux-gnu': ('linux', 'aarch64', 'gnu'),
    'riscv64gc-unknown-linux-gnu': ('linux', 'riscv64', 'gnu'),
    'loongarch64-unknown-linux-gnu': ('linux', 'loongarch64', 'gnu'),
    'x86_64-unknown-linux-musl': ('linux', 'x86_64', 'musl'),
    'aarch64-unknown-linux-musl': ('linux', 'aarch64', 'musl'),
    'riscv64gc-unknown-linux-musl': ('linux', 'riscv64', 'musl'),
    'loongarch64-unknown-linux-musl': ('linux', 'loongarch64', 'musl'),
    'aarch64-apple-darwin': ('macos', 'aarch64', ''),
    'x86_64-unknown-freebsd': ('freebsd', 'x86_64', ''),
}
HOST = 'x86_64-unknown-linux-gnu'
OSES = {'linux': 'linux', 'macos': 'darwin', 'freebsd': 'freebsd'}  # cfg name -> file stem
# cfg name -> stem of its file in zcall/src/types/ (macOS and FreeBSD share bsd.rs).
TYPES = {'linux': 'linux', 'macos': 'bsd', 'freebsd': 'bsd'}

# (os, kind, name) -> (target_env values it is excluded on or None for all, reason). These are
# compared by hand in tests/tests/abi_libc.rs ("exceptions"), with the reason.
EXCLUDE = {
    ('linux', 'const', 'O_LARGEFILE'): (
        {'gnu'}, 'glibc (so libc\'s gnu targets) defines it as 0 on 64-bit; zcall has the '
        'kernel\'s value, which musl and libc\'s musl targets also have'),
    ('linux', 'const', 'SIGRTMIN'): (
        None, 'libc\'s SIGRTMIN() is a function: the C library\'s first free real-time '
        'signal (34 on glibc, 35 on musl); zcall has the kernel\'s 32'),
    ('linux', 'const', 'SIGRTMAX'): (None, 'libc\'s SIGRTMAX() is a function'),
    ('linux', 'field', 'Msghdr.msg_iovlen'): (
        {'musl'}, 'musl declares it `int` plus 4 bytes of padding (the kernel: size_t)'),
    ('linux', 'field', 'Msghdr.msg_controllen'): (
        {'musl'}, 'musl declares it `socklen_t` plus 4 bytes of padding (the kernel: size_t)'),
    ('linux', 'struct', 'Cmsghdr'): (
        {'musl'}, 'musl declares cmsg_len as `socklen_t` plus 4 bytes of padding (the kernel: '
        'size_t), so its cmsghdr has alignment 4'),
    ('linux', 'const', 'O_ACCMODE'): (
        {'musl'}, 'musl defines O_ACCMODE as 03|O_PATH; the kernel\'s is 03'),
}


def excluded(key, target):
    ex = EXCLUDE.get(key)
    return bool(ex) and (ex[0] is None or TARGETS[target][2] in ex[0])


def read(path):
    with open(path) as f:
        return f.read()


# ---------------------------------------------------------------- zcall's names

def parse_consts(path):
    """[(family, name, type)] in file order, first occurrence of each name."""
    out, seen, fam = [], set(), None
    for line in read(path).splitlines():
        m = re.match(r'// --- (\S+)', line)
        if m:
            fam = m.group(1)
            continue
        m = re.match(r'pub const (\w+):\s*([^=]+?)\s*=', line)
        if m and m.group(1) not in seen:
            seen.add(m.group(1))
            out.append((fam, m.group(1), m.group(2)))
    return out


def parse_errno(path):
    text = read(path)
    vals = re.findall(r'^\s+(E\w+) = (-?\d+), "', text, re.M)
    aliases = re.findall(r'^\s+(E\w+) = (E\w+);', text, re.M)
    return [n for n, _ in vals] + [a for a, _ in aliases]


def parse_nr(path):
    return re.findall(r'^pub const (\w+): usize = \d+;', read(path), re.M)


def parse_structs(path):
    """{name: [fields]} of the `pub struct`s with named fields."""
    out, cur = {}, None
    for line in read(path).splitlines():
        m = re.match(r'pub struct (\w+) \{', line)
        if m:
            cur = m.group(1)
            out[cur] = []
            continue
        if cur is not None:
            if line.startswith('}'):
                cur = None
                continue
            m = re.match(r'\s+pub (\w+):', line)
            if m:
                out[cur].append(m.group(1))
    return out


def libc_struct(name):
    return re.sub(r'(?<!^)(?=[A-Z])', '_', name).lower()


def fnv1a(names):
    """64-bit FNV-1a of the names joined by newlines (the test recomputes it)."""
    h = 0xcbf29ce484222325
    for b in '\n'.join(names).encode():
        h = ((h ^ b) * 0x100000001b3) & 0xffffffffffffffff
    return h


# The files whose names the generated checks cover, with the extractor the staleness test
# mirrors: 'const' = `pub const NAME` at the start of a line, 'errno' = `    ENAME = ...`
# lines, 'struct' = `pub struct Name {` and its `pub field:` lines (as `Name.field`).
INPUTS = [
    ('zcall/src/consts/linux.rs', 'const'),
    ('zcall/src/consts/darwin.rs', 'const'),
    ('zcall/src/consts/freebsd.rs', 'const'),
    ('zcall/src/errno/linux.rs', 'errno'),
    ('zcall/src/errno/darwin.rs', 'errno'),
    ('zcall/src/errno/freebsd.rs', 'errno'),
    ('zcall/src/nr/linux_x86_64.rs', 'const'),
    ('zcall/src/nr/linux_generic.rs', 'const'),
    ('zcall/src/types/mod.rs', 'struct'),
    ('zcall/src/types/linux.rs', 'struct'),
    ('zcall/src/types/bsd.rs', 'struct'),
]


def input_names(path, kind):
    """The names as the Rust test extracts them (one list, file order, duplicates kept)."""
    names, cur = [], None
    for line in read(os.path.join(ROOT, path)).splitlines():
        if kind == 'const':
            m = re.match(r'pub const (\w+)', line)
            if m:
                names.append(m.group(1))
        elif kind == 'errno':
            m = re.match(r'\s+(E[A-Z0-9]+) = ', line)
            if m:
                names.append(m.group(1))
        else:
            m = re.match(r'pub struct (\w+) \{', line)
            if m:
                cur = m.group(1)
                names.append(cur)
            elif cur is not None and line.startswith('}'):
                cur = None
            elif cur is not None:
                m = re.match(r'\s+pub (\w+):', line)
                if m:
                    names.append(cur + '.' + m.group(1))
    return names


class Cand:
    """One comparison: kind const/errno/nr/struct/field."""

    def __init__(self, os_, kind, name, family=None, libc=None, struct=None):
        self.os, self.kind, self.name = os_, kind, name
        self.family, self.libc, self.struct = family, libc, struct

    def key(self):
        return (self.os, self.kind, self.name)


def candidates():
    cands = []
    common_structs = parse_structs(os.path.join(ROOT, 'zcall/src/types/mod.rs'))
    for os_, stem in OSES.items():
        for fam, name, _ in parse_consts(os.path.join(ROOT, f'zcall/src/consts/{stem}.rs')):
            cands.append(Cand(os_, 'const', name, family=fam, libc=name))
        for name in parse_errno(os.path.join(ROOT, f'zcall/src/errno/{stem}.rs')):
            cands.append(Cand(os_, 'errno', name, libc=name))
        structs = dict(common_structs)
        structs.update(parse_structs(os.path.join(ROOT, f'zcall/src/types/{TYPES[os_]}.rs')))
        for s, fields in structs.items():
            cands.append(Cand(os_, 'struct', s, libc=libc_struct(s)))
            for f in fields:
                cands.append(Cand(os_, 'field', f'{s}.{f}', libc=f, struct=s))
    nr = []
    for stem in ('linux_x86_64', 'linux_generic'):
        for name in parse_nr(os.path.join(ROOT, f'zcall/src/nr/{stem}.rs')):
            if name not in nr:
                nr.append(name)
    for name in nr:
        cands.append(Cand('linux', 'nr', name, libc='SYS_' + name.lower()))
    return cands


# ---------------------------------------------------------------- probing

def probe_lines(cands, absent, with_types):
    """Probe source and {line number: (candidate key, side)} for the OS's candidates.
    side: 'z' zcall has it, 'l' libc has it, 't' same type."""
    lines = ['// Temporary probe written by scripts/gen_abi_checks.py; delete if left over.',
             '#![allow(unused, deprecated, clippy::all)]']
    where = {}

    def emit(key, side, code):
        lines.append('    ' + code)
        where[len(lines)] = (key, side)

    by_os = {}
    for c in cands:
        by_os.setdefault(c.os, []).append(c)
    struct_absent = lambda os_, s: ((os_, 'struct', s), 'z') in absent or \
        ((os_, 'struct', s), 'l') in absent
    for os_, cs in by_os.items():
        lines.append(f'#[cfg(target_os = "{os_}")]')
        lines.append(f'fn probe_{os_}() {{')
        for c in cs:
            k = c.key()
            has = lambda side: (k, side) not in absent
            if c.kind == 'const':
                zc, lc = f'zcall::consts::{c.name}', f'libc::{c.libc}'
            elif c.kind == 'errno':
                zc, lc = f'zcall::Errno::{c.name}', f'libc::{c.libc}'
            elif c.kind == 'nr':
                zc, lc = f'zcall::nr::{c.name}', f'libc::{c.libc}'
            elif c.kind == 'struct':
                zc = f'core::mem::size_of::<zcall::types::{c.name}>()'
                lc = f'core::mem::size_of::<libc::{c.libc}>()'
            else:
                if struct_absent(os_, c.struct):
                    continue
                sc = next(x for x in cs if x.kind == 'struct' and x.name == c.struct)
                zc = f'core::mem::offset_of!(zcall::types::{c.struct}, {c.libc})'
                lc = f'core::mem::offset_of!(libc::{sc.libc}, {c.libc})'
            if has('z'):
                emit(k, 'z', f'let _ = {zc};')
            if has('l'):
                emit(k, 'l', f'let _ = {lc};')
            if with_types and has('z') and has('l') and has('t') and c.kind in ('const', 'errno'):
                if c.kind == 'errno':
                    zc += '.raw()'
                emit(k, 't', f'let _: bool = {zc} == {lc};')
        lines.append('}')
    return '\n'.join(lines) + '\n', where


def cargo_env(target):
    env = dict(os.environ)
    env.pop('RUST_BACKTRACE', None)
    if target == HOST:
        return ['cargo'], env
    env.update(RUSTC_BOOTSTRAP='1', CARGO_UNSTABLE_BUILD_STD='std,panic_unwind',
               RUSTC='/usr/bin/rustc')
    return ['/usr/bin/cargo'], env


def cargo_check(target, test, target_dir):
    cargo, env = cargo_env(target)
    if target == HOST:
        env.pop('CARGO_TARGET_DIR', None)  # the workspace's own target dir
    else:
        env['CARGO_TARGET_DIR'] = target_dir
    cmd = cargo + ['check', '-p', 'zcall-tests', '--test', test, '--message-format=json']
    if target != HOST:
        cmd += ['--target', target]
    r = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    errors = []
    for line in r.stdout.splitlines():
        try:
            msg = json.loads(line)
        except ValueError:
            continue
        if msg.get('reason') != 'compiler-message':
            continue
        m = msg['message']
        if m['level'] != 'error':
            continue
        spans = [s for s in m['spans'] if s['is_primary']] or m['spans']
        errors.append((m['message'], [(s['file_name'], s['line_start']) for s in spans],
                       m.get('rendered') or m['message']))
    if r.returncode != 0 and not errors:
        sys.exit(f'cargo check failed for {target} without compiler errors:\n{r.stderr[-3000:]}')
    return errors


def probe_target(target, cands, target_dir):
    """{(candidate key, side): error message} of what does not compile on `target`. First the
    names alone (sides z and l) until they compile, then the type comparisons (side t)."""
    os_ = TARGETS[target][0]
    cands = [c for c in cands if c.os == os_]
    absent = {}
    for with_types in (False, True):
        for _ in range(10):
            src, where = probe_lines(cands, absent, with_types)
            with open(PROBE, 'w') as f:
                f.write(src)
            try:
                errors = cargo_check(target, 'abi_libc_probe', target_dir)
            finally:
                os.unlink(PROBE)
            if not errors:
                break
            new = 0
            for msg, spans, rendered in errors:
                hits = [where[ln] for fn, ln in spans
                        if fn.endswith('abi_libc_probe.rs') and ln in where]
                if not hits:
                    if msg.startswith('aborting due to') or msg.startswith('could not compile'):
                        continue
                    sys.exit(f'{target}: error outside the probe lines:\n{rendered}')
                for hit in hits:
                    if hit not in absent:
                        absent[hit] = msg
                        new += 1
            if not new:
                sys.exit(f'{target}: probe errors repeat:\n' + '\n'.join(e[2] for e in errors))
        else:
            sys.exit(f'{target}: probe did not converge')
    return absent


# ---------------------------------------------------------------- kernel sources

def c_eval(expr, env):
    e = expr.strip()
    e = re.sub(r'/\*.*?\*/', '', e)
    e = re.sub(r'\b(0[xX][0-9a-fA-F]+|\d+)[uUlL]+\b', r'\1', e)
    e = re.sub(r'\b0([0-7]+)\b', r'0o\1', e)
    e = e.replace('~', ' ~')
    e = re.sub(r'\(\s*(unsigned\s+)?(int|long|__u\d+|__s\d+)\s*\)', '', e)
    for name in sorted(set(re.findall(r'\b[A-Za-z_]\w*\b', e)), key=len, reverse=True):
        if name not in env:
            raise ValueError(name)
        e = re.sub(rf'\b{name}\b', f'({env[name]})', e)
    if not re.fullmatch(r'[\s0-9a-fA-FxXo()|&~<>+\-*]*', e):
        raise ValueError(e)
    return eval(e, {})


def parse_c_header(*paths):
    """#define NAME value and enum members, evaluated; unevaluable ones are left out. Two passes,
    so a #define may use an enum member declared further down."""
    env = {}
    for _ in range(2):
        for path in paths:
            text = re.sub(r'/\*.*?\*/', '', read(path), flags=re.S)
            text = re.sub(r'//[^\n]*', '', text)
            for m in re.finditer(r'^#define\s+(\w+)\s+(.+?)\s*$', text, re.M):
                try:
                    env[m.group(1)] = c_eval(m.group(2), env)
                except (ValueError, SyntaxError):
                    pass
            for body in re.findall(r'\benum\b\s*\w*\s*\{(.*?)\}', text, re.S):
                nxt = 0
                for item in body.split(','):
                    item = re.sub(r'#\w+[^\n]*', '', item).strip()
                    if not item:
                        continue
                    m = re.fullmatch(r'(\w+)\s*(?:=\s*(.+))?', item, re.S)
                    if not m:
                        continue
                    try:
                        val = c_eval(m.group(2), env) if m.group(2) else nxt
                    except (ValueError, SyntaxError):
                        break
                    env[m.group(1)] = val
                    nxt = val + 1
    return env


def syscall_table(arch):
    """{name: number} for a Linux arch from the saved tables (kernel's rules)."""
    if arch == 'x86_64':
        path, abis = 'linux-syscall_64.tbl', {'common', '64'}
    else:
        path = 'linux-tools-scripts-syscall.tbl'
        mk = {'aarch64': 'arm64', 'riscv64': 'riscv', 'loongarch64': 'loongarch'}[arch]
        m = re.search(r'syscall_abis_64\s*\+=([^\n]*)',
                      read(f'{KERNEL}/linux-{mk}-Makefile.syscalls'))
        abis = {'common', '64'} | set(m.group(1).split())
    out = {}
    for line in read(f'{KERNEL}/{path}').splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[0].isdigit() and parts[1] in abis:
            out[parts[2]] = int(parts[0])
    return out


KERNEL_CONST_HEADERS = {
    'linux': ['linux-io_uring.h', 'linux-io_uring-zcrx.h'],
}
KERNEL_ERRNO_HEADERS = {
    'linux': ['linux-errno-base.h', 'linux-errno.h'],
    'macos': ['xnu-errno.h'],
    'freebsd': ['freebsd-errno.h'],
}


# ---------------------------------------------------------------- output

def cfg_for(present, probed):
    """A cfg predicate true on the probed targets in `present`; None when that is all of them."""
    if set(present) == set(probed):
        return None
    if not present:
        return 'any()'
    by_arch = {}
    for t in probed:
        by_arch.setdefault(TARGETS[t][1], set()).add(t)
    terms = []
    for arch in sorted(by_arch):
        have = by_arch[arch] & set(present)
        if not have:
            continue
        if have == by_arch[arch]:
            terms.append(f'target_arch = "{arch}"')
        else:
            for t in sorted(have):
                env = TARGETS[t][2]
                terms.append(f'all(target_arch = "{arch}", target_env = "{env}")')
    # Fold "every arch with env X" into target_env = "X".
    envs = {TARGETS[t][2] for t in probed}
    if len(envs) > 1:
        for env in sorted(envs):
            full = {t for t in probed if TARGETS[t][2] == env}
            if full <= set(present) and not (set(present) - full):
                return f'target_env = "{env}"'
    return terms[0] if len(terms) == 1 else 'any(' + ', '.join(terms) + ')'


def attr(cfg):
    return f'#[cfg({cfg})] ' if cfg else ''


def rust_family_fn(fam):
    special = {'SIG_': 'sig_how', 'F_': 'fcntl', 'SIG': 'sig', 'POLL': 'poll'}
    return special.get(fam, fam.lower().rstrip('_'))


def wrap(items, indent='        ', width=96):
    """Comma-separated items, packed into lines of at most `width` columns."""
    out, line = [], indent
    for it in items:
        piece = it + ','
        if line.strip() and len(line) + 1 + len(piece) > width:
            out.append(line.rstrip())
            line = indent
        line += ('' if not line.strip() else ' ') + piece
    if line.strip():
        out.append(line.rstrip())
    return '\n'.join(out)


def generate(cands, probed, absent_by_target):
    """The generated.rs text and a summary."""
    summary = []
    o = ['// @generated by scripts/gen_abi_checks.py — do not edit by hand.',
         '//',
         '// Rerun after changing zcall\'s constants, errno, syscall tables or structs',
         '// (`generated_file_is_current` fails until then): `python3 scripts/gen_abi_checks.py`',
         '// (needs Debian\'s rustc-web + rust-web-src for the cross targets, see the script).',
         '//',
         f'// libc {libc_version()}; probed targets: {", ".join(probed)}.',
         '// Each item carries the #[cfg] of the probed targets where zcall and libc both have it.',
         '']
    for os_ in OSES:
        tgts = [t for t in probed if TARGETS[t][0] == os_]
        if not tgts:
            continue
        cs = [c for c in cands if c.os == os_]

        def present(c, sides=('z', 'l')):
            ts = []
            for t in tgts:
                if any((c.key(), s) in absent_by_target[t] for s in sides):
                    continue
                if excluded(c.key(), t):
                    continue
                ts.append(t)
            return ts

        def zcall_has(c):
            return [t for t in tgts if (c.key(), 'z') not in absent_by_target[t]]

        counts = {t: {} for t in tgts}

        def count(kind, ts, n=1):
            for t in ts:
                counts[t][kind] = counts[t].get(kind, 0) + n

        o.append(f'#[cfg(target_os = "{os_}")]')
        o.append(f'mod {OSES[os_]} {{')
        o.append('    #![allow(deprecated)] // libc marks some constants deprecated')
        o.append('')
        exc = [(k, v) for k, v in EXCLUDE.items() if k[0] == os_]
        if exc:
            o.append('    // Left out here and compared by hand in `exceptions` (abi_libc.rs):')
            for (_, kind, name), (envs, why) in exc:
                on = f' on {"/".join(sorted(envs))}' if envs else ''
                o.extend(textwrap.wrap(f'{kind} {name}{on}: {why}', width=96,
                                       initial_indent='    // - ',
                                       subsequent_indent='    //   '))
            o.append('')
        # Constants by family.
        fams = []
        for c in cs:
            if c.kind == 'const' and c.family not in fams:
                fams.append(c.family)
        unchecked = []
        kernel_env = {}
        for h in KERNEL_CONST_HEADERS.get(os_, []):
            kernel_env.update(parse_c_header(f'{KERNEL}/{h}'))
        kernel_rows = []
        for fam in fams:
            rows = []
            for c in cs:
                if c.kind != 'const' or c.family != fam:
                    continue
                ts = present(c)
                if c.name in kernel_env and zcall_has(c):
                    kernel_rows.append((c, zcall_has(c)))
                elif not ts:
                    if zcall_has(c) and not (c.key() in EXCLUDE):
                        unchecked.append(c.name)
                if ts:
                    rows.append(attr(cfg_for(ts, tgts)) + c.name)
                    count('constants', ts)
            if rows:
                fn = rust_family_fn(fam)
                o.append(f'    consts! {{ consts_{fn}, "{fam}":')
                o.append(wrap(rows))
                o.append('    }')
        # Errno.
        rows, erows = [], []
        errno_env = {}
        for h in KERNEL_ERRNO_HEADERS[os_]:
            errno_env.update(parse_c_header(f'{KERNEL}/{h}'))
        for c in cs:
            if c.kind != 'errno':
                continue
            ts = present(c)
            if ts:
                rows.append(attr(cfg_for(ts, tgts)) + c.name)
                count('errno', ts)
            missing = [t for t in zcall_has(c) if t not in ts]
            if missing:
                if c.name in errno_env:
                    erows.append(attr(cfg_for(missing, tgts)) + f'{c.name} = {errno_env[c.name]}')
                    count('errno (kernel header)', missing)
                else:
                    unchecked.append(c.name)
        o.append('    errno! { errno:')
        o.append(wrap(rows))
        o.append('    }')
        if erows:
            hdr = ', '.join(KERNEL_ERRNO_HEADERS[os_])
            o.append(f'    // Not in libc: checked against {hdr} in {KERNEL}.')
            o.append(f'    kernel_errno! {{ errno_kernel_header, "{hdr}":')
            o.append(wrap(erows))
            o.append('    }')
        # Syscall numbers.
        if os_ == 'linux':
            rows, krows = [], []
            tables = {a: syscall_table(a) for a in {TARGETS[t][1] for t in tgts}}
            for c in cs:
                if c.kind != 'nr':
                    continue
                ts = present(c)
                if ts:
                    rows.append(attr(cfg_for(ts, tgts)) + f'{c.name} = {c.libc}')
                    count('syscall numbers', ts)
                missing = [t for t in zcall_has(c) if t not in ts]
                for arch in sorted({TARGETS[t][1] for t in missing}):
                    num = tables[arch].get(c.name.lower())
                    ats = [t for t in tgts if TARGETS[t][1] == arch]
                    if num is None:
                        unchecked.append(f'nr::{c.name} ({arch})')
                        continue
                    krows.append(f'#[cfg(target_arch = "{arch}")] {c.name} = {num}')
                    count('syscall numbers (kernel table)', [t for t in missing if t in ats])
            o.append('    syscalls! { syscalls:')
            o.append(wrap(rows))
            o.append('    }')
            if krows:
                o.append('    // Not in libc: checked against linux-syscall_64.tbl (x86_64) and')
                o.append('    // linux-tools-scripts-syscall.tbl + linux-<arch>-Makefile.syscalls '
                         '(generic) in')
                o.append(f'    // {KERNEL}, read with the kernel\'s rules (ABI `common`/`64` plus '
                         'the arch\'s syscall_abis_64).')
                o.append('    kernel_syscalls! { syscalls_kernel_table, "syscall.tbl":')
                o.append(wrap(krows))
                o.append('    }')
        # io_uring & co: kernel headers.
        if kernel_rows:
            hdr = ', '.join(KERNEL_CONST_HEADERS[os_])
            o.append(f'    // Not in libc: checked against {hdr} (v7.0-era, see')
            o.append(f'    // {KERNEL}/README.md), values evaluated by the script.')
            o.append(f'    kernel_consts! {{ consts_kernel_header, "{hdr}":')
            rs = []
            for c, ts in kernel_rows:
                ztype = next(t for f, n, t in parse_consts(
                    os.path.join(ROOT, f'zcall/src/consts/{OSES[os_]}.rs')) if n == c.name)
                value = rust_lit(kernel_env[c.name], ztype)
                rs.append(attr(cfg_for(ts, tgts)) + f'{c.name} = {value}')
                count('constants (kernel header)', ts)
            o.append(wrap(rs))
            o.append('    }')
        # Structs.
        for c in cs:
            if c.kind != 'struct':
                continue
            ts = present(c)
            if not ts:
                continue
            fields = []
            for f in cs:
                if f.kind == 'field' and f.struct == c.name:
                    fts = [t for t in present(f) if t in ts]
                    if fts:
                        fields.append(attr(cfg_for(fts, ts)) + f.libc)
                        count('struct fields', fts)
            count('structs', ts)
            cfg = cfg_for(ts, tgts)
            if cfg:
                o.append(f'    #[cfg({cfg})]')
            o.append(f'    layout! {{ layout_{libc_struct(c.name)}: {c.name} = {c.libc} {{')
            o.append(wrap(fields))
            o.append('    } }')
        if unchecked:
            o.append('    // zcall names that no probed target\'s libc has and no saved kernel')
            o.append('    // header defines (not compared here):')
            for line in wrap(sorted(set(unchecked)), indent='    //   ').splitlines():
                o.append(line.rstrip(','))
        o.append('}')
        o.append('')
        for t in tgts:
            summary.append((t, counts[t]))
        summary.append((f'{os_}: not compared', sorted(set(unchecked))))
    o.append('/// `(file, extractor, FNV-1a of its names)` at generation time, for')
    o.append('/// `generated_file_is_current`.')
    o.append('pub const INPUT_DIGESTS: &[(&str, &str, u64)] = &[')
    for path, kind in INPUTS:
        o.append(f'    ("{path}", "{kind}", {fnv1a(input_names(path, kind)):#018x}),')
    o.append('];')
    return '\n'.join(o) + '\n', summary


def rust_lit(v, ty):
    bits = {'u8': 8, 'u16': 16, 'u32': 32, 'u64': 64, 'usize': 64,
            'i8': 8, 'i16': 16, 'i32': 32, 'i64': 64, 'isize': 64}[ty.strip()]
    v &= (1 << bits) - 1
    if ty.strip().startswith('i') and v >= 1 << (bits - 1):
        v -= 1 << bits
    return str(v) if -256 <= v <= 256 else (hex(v) if v >= 0 else str(v))


def libc_version():
    m = re.search(r'name = "libc"\nversion = "([^"]+)"', read(os.path.join(ROOT, 'Cargo.lock')))
    return m.group(1) if m else '?'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--targets', default=','.join(TARGETS),
                    help='comma-separated target triples to probe (default: all)')
    ap.add_argument('--target-dir', default='/tmp/gen_abi_checks-target',
                    help='CARGO_TARGET_DIR for the cross targets (the host uses the workspace\'s)')
    ap.add_argument('--cache', default='/tmp/gen_abi_checks-cache',
                    help='probe results per target, reused while names and libc are unchanged')
    ap.add_argument('--no-verify', action='store_true')
    args = ap.parse_args()
    targets = [t for t in args.targets.split(',') if t]
    for t in targets:
        if t not in TARGETS:
            sys.exit(f'unknown target {t}; known: {", ".join(TARGETS)}')
    cands = candidates()
    os.makedirs(args.cache, exist_ok=True)
    key = fnv1a([libc_version()] + [f'{c.os}:{c.kind}:{c.name}' for c in cands])
    absent_by_target = {}
    for t in targets:
        cache = os.path.join(args.cache, f'{t}-{key:016x}.json')
        if os.path.exists(cache):
            absent = {(tuple(k), s): m for k, s, m in json.load(open(cache))}
        else:
            print(f'probing {t} ...', file=sys.stderr, flush=True)
            absent = probe_target(t, cands, args.target_dir)
            json.dump([(list(k), s, m) for (k, s), m in absent.items()], open(cache, 'w'))
        absent_by_target[t] = absent
        bad = [(k, m) for (k, s), m in absent.items() if s == 't' and not excluded(k, t)]
        if bad:
            for k, m in bad:
                print(f'{t}: {k[1]} {k[2]}: type differs from libc: {m}', file=sys.stderr)
            sys.exit('decide about these: compare them by hand in tests/tests/abi_libc.rs '
                     '(exceptions) and list them in EXCLUDE')
    text, summary = generate(cands, targets, absent_by_target)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w') as f:
        f.write(text)
    print(f'wrote {os.path.relpath(OUT, ROOT)}')
    for t, counts in summary:
        if isinstance(counts, dict):
            print(f'  {t}: ' + ', '.join(f'{v} {k}' for k, v in counts.items()))
        else:
            print(f'  {t} ({len(counts)}): {" ".join(counts)}')
    if args.no_verify:
        return
    status = 0
    for t in targets:
        errors = cargo_check(t, 'abi_libc', args.target_dir)
        if errors:
            status = 1
            print(f'FAIL {t}:', file=sys.stderr)
            for _, _, rendered in errors:
                print(rendered, file=sys.stderr)
        else:
            print(f'ok   {t}')
    sys.exit(status)


if __name__ == '__main__':
    main()
