//! A bounds-checked reader of the vDSO's ELF image: the dynamic symbol table, found through
//! `PT_DYNAMIC`, looked up by name **and** version.
//!
//! Everything here is safe code over a `&[u8]`: every offset, index and count read from the
//! image is checked against the slice before it is used, so a truncated or corrupted image
//! gives an [`ElfError`] or `None`, never a panic and never a read outside the slice. That
//! makes the parser testable on byte buffers (`tests/tests/vdso.rs` feeds it corrupted
//! copies of the live vDSO and hand-built images).
//!
//! What an image must be to be accepted: a 64-bit little-endian `ET_DYN` for the expected
//! machine, with 56-byte program headers, at least one `PT_LOAD` lying inside the slice, a
//! `PT_DYNAMIC` naming `DT_SYMTAB`, `DT_STRTAB`/`DT_STRSZ` and a usable `DT_HASH` or
//! `DT_GNU_HASH` table (the symbol count comes from it; from `DT_HASH` when both are
//! usable, from the other when one is malformed). A symbol is only returned when it is a
//! defined global or weak `STT_FUNC` whose version (`DT_VERSYM` → `DT_VERDEF`) is the one
//! asked for, and whose address lies in an executable `PT_LOAD`; an image without version
//! tables returns no symbol at all.
//!
//! Addresses in the dynamic section and in symbols are link-time virtual addresses; they
//! are turned into offsets in the image through the `PT_LOAD` that contains them
//! (`offset = vaddr - p_vaddr + p_offset`), which is how the load bias is applied: the
//! runtime address of a symbol is the image's base address plus that offset.

use core::fmt;

/// `e_machine` of the target being compiled for (`EM_X86_64`, `EM_AARCH64`, `EM_RISCV`,
/// `EM_LOONGARCH`); 0 on targets without a Linux vDSO reader.
pub const MACHINE: u16 = if cfg!(target_arch = "x86_64") {
    EM_X86_64
} else if cfg!(target_arch = "aarch64") {
    EM_AARCH64
} else if cfg!(target_arch = "riscv64") {
    EM_RISCV
} else if cfg!(target_arch = "loongarch64") {
    EM_LOONGARCH
} else {
    0
};

/// `EM_X86_64` (`include/uapi/linux/elf-em.h`).
pub const EM_X86_64: u16 = 62;
/// `EM_AARCH64`.
pub const EM_AARCH64: u16 = 183;
/// `EM_RISCV`.
pub const EM_RISCV: u16 = 243;
/// `EM_LOONGARCH`.
pub const EM_LOONGARCH: u16 = 258;

/// The smallest page size of every supported target: the part of an image at its base
/// address that is certainly mapped, so the headers must fit in it.
pub const MIN_PAGE: usize = 4096;

/// Why an image was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ElfError {
    /// Shorter than the ELF header, or a header table runs past the end of the image.
    Truncated,
    /// Not `\x7fELF`.
    BadMagic,
    /// Not `ELFCLASS64`.
    BadClass,
    /// Not little-endian (`ELFDATA2LSB`).
    BadEncoding,
    /// `EI_VERSION` or `e_version` is not 1.
    BadVersion,
    /// Not `ET_DYN`.
    NotSharedObject,
    /// Built for another machine than the one asked for.
    WrongMachine,
    /// `e_phentsize` is not 56, there are no program headers, or they do not fit.
    BadProgramHeaders,
    /// No `PT_LOAD`, or one that lies (partly) outside the image.
    BadLoadSegment,
    /// No `PT_DYNAMIC`, or one outside the image.
    NoDynamic,
    /// `DT_SYMTAB`, `DT_STRTAB` or `DT_STRSZ` missing, or `DT_SYMENT` is not 24.
    MissingTable,
    /// A table's address is in no `PT_LOAD`, or the table runs past the image.
    TableOutOfBounds,
    /// Neither `DT_HASH` nor `DT_GNU_HASH`, or the first present is malformed and the
    /// other is absent or unusable too.
    BadHashTable,
}

impl fmt::Display for ElfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            ElfError::Truncated => "image truncated",
            ElfError::BadMagic => "not an ELF image",
            ElfError::BadClass => "not a 64-bit ELF image",
            ElfError::BadEncoding => "not a little-endian ELF image",
            ElfError::BadVersion => "unknown ELF version",
            ElfError::NotSharedObject => "not a shared object (ET_DYN)",
            ElfError::WrongMachine => "ELF image for another machine",
            ElfError::BadProgramHeaders => "malformed program headers",
            ElfError::BadLoadSegment => "no PT_LOAD segment inside the image",
            ElfError::NoDynamic => "no PT_DYNAMIC segment inside the image",
            ElfError::MissingTable => "dynamic section lacks a symbol or string table",
            ElfError::TableOutOfBounds => "a dynamic table lies outside the image",
            ElfError::BadHashTable => "no usable DT_HASH or DT_GNU_HASH table",
        };
        f.write_str(s)
    }
}

#[cfg(feature = "std")]
impl std::error::Error for ElfError {}

// ELF constants (`include/uapi/linux/elf.h`, the System V gABI, GNU extensions).
const EHDR_SIZE: usize = 64;
const PHDR_SIZE: usize = 56;
const DYN_SIZE: usize = 16;
const SYM_SIZE: usize = 24;
const VERDEF_SIZE: usize = 20;
const VERDAUX_SIZE: usize = 8;

const ELFCLASS64: u8 = 2;
const ELFDATA2LSB: u8 = 1;
const EV_CURRENT: u8 = 1;
const ET_DYN: u16 = 3;

const PT_LOAD: u32 = 1;
const PT_DYNAMIC: u32 = 2;
const PF_X: u32 = 1;

const DT_NULL: u64 = 0;
const DT_HASH: u64 = 4;
const DT_STRTAB: u64 = 5;
const DT_SYMTAB: u64 = 6;
const DT_STRSZ: u64 = 10;
const DT_SYMENT: u64 = 11;
const DT_GNU_HASH: u64 = 0x6fff_fef5;
const DT_VERSYM: u64 = 0x6fff_fff0;
const DT_VERDEF: u64 = 0x6fff_fffc;
const DT_VERDEFNUM: u64 = 0x6fff_fffd;

const STT_FUNC: u8 = 2;
const STB_GLOBAL: u8 = 1;
const STB_WEAK: u8 = 2;
const SHN_UNDEF: u16 = 0;
const VER_FLG_BASE: u16 = 1;
const VERSYM_HIDDEN: u16 = 0x8000;

/// Upper bound on version definitions walked when `DT_VERDEFNUM` is absent (a loop in
/// `vd_next` must end).
const MAX_VERDEFS: usize = 256;

#[inline]
fn bytes<const N: usize>(d: &[u8], off: usize) -> Option<[u8; N]> {
    let end = off.checked_add(N)?;
    d.get(off..end)?.try_into().ok()
}

#[inline]
fn u16_at(d: &[u8], off: usize) -> Option<u16> {
    bytes::<2>(d, off).map(u16::from_le_bytes)
}

#[inline]
fn u32_at(d: &[u8], off: usize) -> Option<u32> {
    bytes::<4>(d, off).map(u32::from_le_bytes)
}

#[inline]
fn u64_at(d: &[u8], off: usize) -> Option<u64> {
    bytes::<8>(d, off).map(u64::from_le_bytes)
}

#[inline]
fn usize_of(v: u64) -> Option<usize> {
    usize::try_from(v).ok()
}

/// `off + n * size`, or `None` on overflow.
#[inline]
fn index(off: usize, n: usize, size: usize) -> Option<usize> {
    off.checked_add(n.checked_mul(size)?)
}

/// The checked ELF header: where the program headers are.
#[derive(Clone, Copy)]
struct Header {
    phoff: usize,
    phnum: usize,
}

fn header(d: &[u8], machine: u16) -> Result<Header, ElfError> {
    if d.len() < EHDR_SIZE {
        return Err(ElfError::Truncated);
    }
    if d[0..4] != *b"\x7fELF" {
        return Err(ElfError::BadMagic);
    }
    if d[4] != ELFCLASS64 {
        return Err(ElfError::BadClass);
    }
    if d[5] != ELFDATA2LSB {
        return Err(ElfError::BadEncoding);
    }
    let e_version = u32_at(d, 20).ok_or(ElfError::Truncated)?;
    if d[6] != EV_CURRENT || e_version != u32::from(EV_CURRENT) {
        return Err(ElfError::BadVersion);
    }
    if u16_at(d, 16) != Some(ET_DYN) {
        return Err(ElfError::NotSharedObject);
    }
    if u16_at(d, 18) != Some(machine) {
        return Err(ElfError::WrongMachine);
    }
    let phoff = u64_at(d, 32).and_then(usize_of);
    let phentsize = u16_at(d, 54).map(usize::from);
    let phnum = u16_at(d, 56).map(usize::from);
    let (Some(phoff), Some(PHDR_SIZE), Some(phnum)) = (phoff, phentsize, phnum) else {
        return Err(ElfError::BadProgramHeaders);
    };
    if phnum == 0 {
        return Err(ElfError::BadProgramHeaders);
    }
    match index(phoff, phnum, PHDR_SIZE) {
        Some(end) if end <= d.len() => Ok(Header { phoff, phnum }),
        Some(_) => Err(ElfError::Truncated),
        None => Err(ElfError::BadProgramHeaders),
    }
}

/// One program header, the fields we use.
#[derive(Clone, Copy)]
struct Phdr {
    p_type: u32,
    p_flags: u32,
    offset: u64,
    vaddr: u64,
    filesz: u64,
}

fn phdr(d: &[u8], h: Header, i: usize) -> Option<Phdr> {
    let at = index(h.phoff, i, PHDR_SIZE)?;
    Some(Phdr {
        p_type: u32_at(d, at)?,
        p_flags: u32_at(d, at + 4)?,
        offset: u64_at(d, at + 8)?,
        vaddr: u64_at(d, at + 16)?,
        filesz: u64_at(d, at + 32)?,
    })
}

/// `p_offset + p_filesz` of a segment, if it fits in a `usize`.
fn seg_end(p: &Phdr) -> Option<usize> {
    usize_of(p.offset.checked_add(p.filesz)?)
}

/// How many bytes of an image its headers say it has: the end of its furthest `PT_LOAD`
/// file contents (and at least the headers themselves).
///
/// Only the ELF header and the program headers are read, and they must lie inside `head`
/// (for a mapped image: its first page, [`MIN_PAGE`] bytes). This is how the runtime
/// learns the length of the slice it may form over the kernel's mapping.
pub fn image_len(head: &[u8]) -> Result<usize, ElfError> {
    image_len_for(head, MACHINE)
}

/// [`image_len`] for an image of machine `machine` (an `EM_*` value).
pub fn image_len_for(head: &[u8], machine: u16) -> Result<usize, ElfError> {
    let h = header(head, machine)?;
    let mut len = index(h.phoff, h.phnum, PHDR_SIZE).ok_or(ElfError::BadProgramHeaders)?;
    len = len.max(EHDR_SIZE);
    let mut loads = 0;
    for i in 0..h.phnum {
        let p = phdr(head, h, i).ok_or(ElfError::Truncated)?;
        if p.p_type == PT_LOAD {
            loads += 1;
            len = len.max(seg_end(&p).ok_or(ElfError::BadLoadSegment)?);
        }
    }
    if loads == 0 {
        return Err(ElfError::BadLoadSegment);
    }
    Ok(len)
}

/// A parsed vDSO image: where its dynamic tables are, all checked against the slice.
///
/// Its `Debug` shows the image's length and where its tables were found, not its bytes.
#[derive(Clone, Copy)]
pub struct Image<'a> {
    data: &'a [u8],
    phoff: usize,
    phnum: usize,
    symtab: usize,
    nsyms: usize,
    strtab: usize,
    strsz: usize,
    versym: Option<usize>,
    verdef: Option<usize>,
    verdefnum: Option<usize>,
}

impl<'a> Image<'a> {
    /// Parses `data` as an image for the target being compiled for ([`MACHINE`]).
    pub fn parse(data: &'a [u8]) -> Result<Image<'a>, ElfError> {
        Image::parse_for(data, MACHINE)
    }

    /// Parses `data` as an image for machine `machine` (an `EM_*` value).
    pub fn parse_for(data: &'a [u8], machine: u16) -> Result<Image<'a>, ElfError> {
        let h = header(data, machine)?;
        let mut dynamic = None;
        let mut loads = 0;
        for i in 0..h.phnum {
            let p = phdr(data, h, i).ok_or(ElfError::Truncated)?;
            match p.p_type {
                PT_LOAD => {
                    match seg_end(&p) {
                        Some(end) if end <= data.len() => {}
                        _ => return Err(ElfError::BadLoadSegment),
                    }
                    loads += 1;
                }
                PT_DYNAMIC if dynamic.is_none() => dynamic = Some(p),
                _ => {}
            }
        }
        if loads == 0 {
            return Err(ElfError::BadLoadSegment);
        }
        let dynamic = dynamic.ok_or(ElfError::NoDynamic)?;
        let dyn_start = usize_of(dynamic.offset).ok_or(ElfError::NoDynamic)?;
        let dyn_end = seg_end(&dynamic).ok_or(ElfError::NoDynamic)?;
        if dyn_end > data.len() {
            return Err(ElfError::NoDynamic);
        }

        let mut image = Image {
            data,
            phoff: h.phoff,
            phnum: h.phnum,
            symtab: 0,
            nsyms: 0,
            strtab: 0,
            strsz: 0,
            versym: None,
            verdef: None,
            verdefnum: None,
        };

        // Dynamic entries: (tag, value) pairs up to DT_NULL or the end of the segment.
        let (mut symtab, mut strtab, mut strsz, mut syment) = (None, None, None, None);
        let (mut hash, mut gnu_hash, mut versym, mut verdef, mut verdefnum) =
            (None, None, None, None, None);
        let mut at = dyn_start;
        while at.checked_add(DYN_SIZE).is_some_and(|e| e <= dyn_end) {
            let (Some(tag), Some(val)) = (u64_at(data, at), u64_at(data, at + 8)) else {
                break;
            };
            match tag {
                DT_NULL => break,
                DT_HASH => hash = Some(val),
                DT_GNU_HASH => gnu_hash = Some(val),
                DT_SYMTAB => symtab = Some(val),
                DT_STRTAB => strtab = Some(val),
                DT_STRSZ => strsz = Some(val),
                DT_SYMENT => syment = Some(val),
                DT_VERSYM => versym = Some(val),
                DT_VERDEF => verdef = Some(val),
                DT_VERDEFNUM => verdefnum = Some(val),
                _ => {}
            }
            at += DYN_SIZE;
        }
        let (Some(symtab), Some(strtab), Some(strsz)) = (symtab, strtab, strsz) else {
            return Err(ElfError::MissingTable);
        };
        if syment.is_some_and(|s| s != SYM_SIZE as u64) {
            return Err(ElfError::MissingTable);
        }

        image.strtab = image.offset_of(strtab).ok_or(ElfError::TableOutOfBounds)?;
        image.strsz = usize_of(strsz).ok_or(ElfError::TableOutOfBounds)?;
        match image.strtab.checked_add(image.strsz) {
            Some(end) if end <= data.len() => {}
            _ => return Err(ElfError::TableOutOfBounds),
        }
        image.symtab = image.offset_of(symtab).ok_or(ElfError::TableOutOfBounds)?;

        // The symbol count: from DT_HASH if it is usable, else from DT_GNU_HASH (an image
        // may carry both; one malformed table does not reject it while the other is fine).
        // With neither usable, the first one's error.
        let symbols_fit = |n: usize| {
            index(image.symtab, n, SYM_SIZE)
                .filter(|&end| end <= data.len())
                .map(|_| n)
                .ok_or(ElfError::TableOutOfBounds)
        };
        let sysv_count = hash.map(|h| {
            let off = image.offset_of(h).ok_or(ElfError::TableOutOfBounds)?;
            // nbucket, nchain, …: nchain is the number of symbols.
            let n = u32_at(data, off + 4).ok_or(ElfError::BadHashTable)?;
            symbols_fit(n as usize)
        });
        let gnu_count = gnu_hash.map(|g| {
            let off = image.offset_of(g).ok_or(ElfError::TableOutOfBounds)?;
            symbols_fit(gnu_hash_count(data, off).ok_or(ElfError::BadHashTable)?)
        });
        image.nsyms = match (sysv_count, gnu_count) {
            (Some(Ok(n)), _) | (_, Some(Ok(n))) => n,
            (Some(Err(e)), _) | (None, Some(Err(e))) => return Err(e),
            (None, None) => return Err(ElfError::BadHashTable),
        };

        // Version tables: optional for parsing, required for a symbol to be taken.
        if let Some(vs) = versym {
            let off = image.offset_of(vs).ok_or(ElfError::TableOutOfBounds)?;
            match index(off, image.nsyms, 2) {
                Some(end) if end <= data.len() => image.versym = Some(off),
                _ => return Err(ElfError::TableOutOfBounds),
            }
        }
        if let Some(vd) = verdef {
            image.verdef = Some(image.offset_of(vd).ok_or(ElfError::TableOutOfBounds)?);
        }
        image.verdefnum = verdefnum.and_then(usize_of);
        Ok(image)
    }

    /// The image's bytes.
    pub fn data(&self) -> &'a [u8] {
        self.data
    }

    /// Number of entries of the dynamic symbol table (entry 0 included).
    pub fn symbol_count(&self) -> usize {
        self.nsyms
    }

    /// The offset in the image of the defined function `name` of version `version`
    /// (e.g. `"__vdso_clock_gettime"`, `"LINUX_2.6"`), or `None`.
    ///
    /// `None` too when the image has no version tables, when the symbol's version is
    /// another one, when it is not a global/weak `STT_FUNC`, or when its address is not in
    /// an executable `PT_LOAD`. A returned offset is always inside the image.
    pub fn lookup(&self, name: &str, version: &str) -> Option<usize> {
        let versym = self.versym?;
        for i in 1..self.nsyms {
            let at = index(self.symtab, i, SYM_SIZE)?;
            let st_name = u32_at(self.data, at)? as usize;
            let st_info = *self.data.get(at + 4)?;
            let st_shndx = u16_at(self.data, at + 6)?;
            let st_value = u64_at(self.data, at + 8)?;
            let bind = st_info >> 4;
            if st_info & 0xf != STT_FUNC
                || !(bind == STB_GLOBAL || bind == STB_WEAK)
                || st_shndx == SHN_UNDEF
                || self.str_at(st_name) != Some(name.as_bytes())
            {
                continue;
            }
            let ndx = u16_at(self.data, index(versym, i, 2)?)? & !VERSYM_HIDDEN;
            if self.version_name(ndx) != Some(version.as_bytes()) {
                continue;
            }
            return self.exec_offset_of(st_value);
        }
        None
    }

    /// The NUL-terminated string at `off` in the string table, without its NUL.
    fn str_at(&self, off: usize) -> Option<&'a [u8]> {
        if off >= self.strsz {
            return None;
        }
        let table = self
            .data
            .get(self.strtab..self.strtab.checked_add(self.strsz)?)?;
        let s = table.get(off..)?;
        let nul = s.iter().position(|&b| b == 0)?;
        Some(&s[..nul])
    }

    /// The name of version definition `ndx` (not the base definition), if defined.
    fn version_name(&self, ndx: u16) -> Option<&'a [u8]> {
        // 0 is local, 1 the base (unversioned) definition: neither is a version.
        if ndx <= 1 {
            return None;
        }
        let mut at = self.verdef?;
        let limit = self.verdefnum.unwrap_or(MAX_VERDEFS).min(MAX_VERDEFS);
        for _ in 0..limit {
            // vd_version, vd_flags, vd_ndx, vd_cnt, vd_hash, vd_aux, vd_next.
            at.checked_add(VERDEF_SIZE)
                .filter(|&e| e <= self.data.len())?;
            if u16_at(self.data, at)? != 1 {
                return None;
            }
            let flags = u16_at(self.data, at + 2)?;
            let vd_ndx = u16_at(self.data, at + 4)?;
            let vd_cnt = u16_at(self.data, at + 6)?;
            let vd_aux = u32_at(self.data, at + 12)? as usize;
            let vd_next = u32_at(self.data, at + 16)? as usize;
            if vd_ndx == ndx && flags & VER_FLG_BASE == 0 && vd_cnt >= 1 {
                // The first Verdaux names the version: vda_name, vda_next.
                let aux = at.checked_add(vd_aux)?;
                aux.checked_add(VERDAUX_SIZE)
                    .filter(|&e| e <= self.data.len())?;
                return self.str_at(u32_at(self.data, aux)? as usize);
            }
            if vd_next == 0 {
                return None;
            }
            at = at.checked_add(vd_next)?;
        }
        None
    }

    /// Offset in the image of link-time address `vaddr`, through the `PT_LOAD` holding it.
    fn offset_of(&self, vaddr: u64) -> Option<usize> {
        self.translate(vaddr, false)
    }

    /// Like `offset_of`, but only through an executable `PT_LOAD`.
    fn exec_offset_of(&self, vaddr: u64) -> Option<usize> {
        self.translate(vaddr, true)
    }

    fn translate(&self, vaddr: u64, exec: bool) -> Option<usize> {
        let h = Header {
            phoff: self.phoff,
            phnum: self.phnum,
        };
        for i in 0..self.phnum {
            let p = phdr(self.data, h, i)?;
            if p.p_type != PT_LOAD || (exec && p.p_flags & PF_X == 0) {
                continue;
            }
            let rel = vaddr.wrapping_sub(p.vaddr);
            if vaddr >= p.vaddr && rel < p.filesz {
                let off = usize_of(p.offset.checked_add(rel)?)?;
                return (off < self.data.len()).then_some(off);
            }
        }
        None
    }
}

impl fmt::Debug for Image<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Image")
            .field("len", &self.data.len())
            .field("phnum", &self.phnum)
            .field("symbols", &self.nsyms)
            .field("symtab", &self.symtab)
            .field("strtab", &self.strtab)
            .field("strsz", &self.strsz)
            .field("versym", &self.versym)
            .field("verdef", &self.verdef)
            .field("verdefnum", &self.verdefnum)
            .finish()
    }
}

/// Number of symbols covered by a `DT_GNU_HASH` table at `off`: one past the highest
/// index reachable from its buckets and chains.
fn gnu_hash_count(d: &[u8], off: usize) -> Option<usize> {
    let nbuckets = u32_at(d, off)? as usize;
    let symoffset = u32_at(d, off + 4)? as usize;
    let bloom_size = u32_at(d, off + 8)? as usize;
    let buckets = index(off.checked_add(16)?, bloom_size, 8)?;
    let chains = index(buckets, nbuckets, 4)?;
    if chains > d.len() {
        return None;
    }
    let mut last = 0usize;
    for b in 0..nbuckets {
        last = last.max(u32_at(d, buckets + 4 * b)? as usize);
    }
    if last < symoffset {
        return Some(symoffset);
    }
    // Walk the last bucket's chain to its end (low bit set). Each step reads 4 more bytes
    // of the image, so the walk is bounded by its length.
    let mut i = last;
    loop {
        let word = u32_at(d, index(chains, i - symoffset, 4)?)?;
        if word & 1 != 0 {
            return i.checked_add(1);
        }
        i = i.checked_add(1)?;
    }
}
