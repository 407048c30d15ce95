//! A bounds-checked reader of the vDSO's ELF image: the dynamic symbol table, found through
//! `PT_DYNAMIC`, looked up by name **and** version.
//!
//! Everything here is safe code over a `&[u8]`: every offset, index and count read from the
//! image is checked against the slice before it is used, so a truncated or corrupted image
//! gives an [`ElfError`] or `None`, never a panic and never a read outside the slice. That
//! makes the parser testable on byte buffers (`tests/tests/vdso.rs` feeds it corrupted
//! copies of the live vDSO and hand-built images).
//!
//! What an image must be to be accepted: an `ET_DYN` for the expected machine, of the
//! class (32- or 64-bit) and byte order of the target being compiled for
//! ([`Image::parse`]; [`Image::parse_for`] takes either of both, as its header says), with
//! program headers of the class's size (32 or 56 bytes), at least one `PT_LOAD` lying inside the slice, a
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
} else if cfg!(target_arch = "x86") {
    EM_386
} else if cfg!(target_arch = "arm") {
    EM_ARM
} else if cfg!(target_arch = "powerpc") {
    EM_PPC
} else if cfg!(target_arch = "powerpc64") {
    EM_PPC64
} else if cfg!(target_arch = "s390x") {
    EM_S390
} else if cfg!(target_arch = "mips64") {
    EM_MIPS
} else {
    0
};

/// `EM_386` (`include/uapi/linux/elf-em.h`).
pub const EM_386: u16 = 3;
/// `EM_PPC` (32-bit PowerPC).
pub const EM_PPC: u16 = 20;
/// `EM_PPC64` (64-bit PowerPC, either byte order).
pub const EM_PPC64: u16 = 21;
/// `EM_ARM`.
pub const EM_ARM: u16 = 40;
/// `EM_S390` (s390 and s390x, ELF64 big-endian on s390x).
pub const EM_S390: u16 = 22;
/// `EM_MIPS` (every MIPS ABI, n64 included; the kernel's mips64 vDSO is an ELF64 image of
/// this machine).
pub const EM_MIPS: u16 = 8;

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
    /// Not `ELFCLASS64` on a 64-bit target, not `ELFCLASS32` on a 32-bit one (neither of
    /// them for [`Image::parse_for`]).
    BadClass,
    /// Not the target's byte order (`ELFDATA2LSB` or `ELFDATA2MSB`; neither of them for
    /// [`Image::parse_for`]).
    BadEncoding,
    /// `EI_VERSION` or `e_version` is not 1.
    BadVersion,
    /// Not `ET_DYN`.
    NotSharedObject,
    /// Built for another machine than the one asked for.
    WrongMachine,
    /// `e_phentsize` is not 56 (64-bit) or 32 (32-bit), there are no program headers, or
    /// they do not fit.
    BadProgramHeaders,
    /// No `PT_LOAD`, or one that lies (partly) outside the image.
    BadLoadSegment,
    /// No `PT_DYNAMIC`, or one outside the image.
    NoDynamic,
    /// `DT_SYMTAB`, `DT_STRTAB` or `DT_STRSZ` missing, or `DT_SYMENT` is not the class's
    /// symbol size (24 or 16).
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
            ElfError::BadClass => "not an ELF image of the target's class (32/64-bit)",
            ElfError::BadEncoding => "not an ELF image of the target's byte order",
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
const VERDEF_SIZE: usize = 20;
const VERDAUX_SIZE: usize = 8;

const ELFCLASS32: u8 = 1;
const ELFCLASS64: u8 = 2;
const ELFDATA2LSB: u8 = 1;
const ELFDATA2MSB: u8 = 2;
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

/// An image's class and byte order (its `e_ident`), and so the size and place of every
/// field read: `Elf32_*` or `Elf64_*` structures (gABI), little- or big-endian.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Fmt {
    wide: bool,
    big: bool,
}

/// The class and byte order of the target being compiled for.
const TARGET_FMT: Fmt = Fmt {
    wide: cfg!(target_pointer_width = "64"),
    big: cfg!(target_endian = "big"),
};

impl Fmt {
    fn u16(self, d: &[u8], off: usize) -> Option<u16> {
        bytes::<2>(d, off).map(|b| {
            if self.big {
                u16::from_be_bytes(b)
            } else {
                u16::from_le_bytes(b)
            }
        })
    }

    fn u32(self, d: &[u8], off: usize) -> Option<u32> {
        bytes::<4>(d, off).map(|b| {
            if self.big {
                u32::from_be_bytes(b)
            } else {
                u32::from_le_bytes(b)
            }
        })
    }

    /// An address- or offset-sized field (`Elf32_Addr`/`Elf64_Addr`, …), widened.
    fn word(self, d: &[u8], off: usize) -> Option<u64> {
        if !self.wide {
            return self.u32(d, off).map(u64::from);
        }
        bytes::<8>(d, off).map(|b| {
            if self.big {
                u64::from_be_bytes(b)
            } else {
                u64::from_le_bytes(b)
            }
        })
    }

    /// `sizeof(ElfN_Ehdr)`.
    fn ehdr(self) -> usize {
        if self.wide {
            64
        } else {
            52
        }
    }

    /// `sizeof(ElfN_Phdr)`.
    fn phdr(self) -> usize {
        if self.wide {
            56
        } else {
            32
        }
    }

    /// `sizeof(ElfN_Dyn)`.
    fn dyn_size(self) -> usize {
        if self.wide {
            16
        } else {
            8
        }
    }

    /// `sizeof(ElfN_Sym)`.
    fn sym(self) -> usize {
        if self.wide {
            24
        } else {
            16
        }
    }

    /// Size of an address word (a `DT_GNU_HASH` bloom filter word).
    fn addr(self) -> usize {
        if self.wide {
            8
        } else {
            4
        }
    }
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

/// The checked ELF header: the image's format and where the program headers are.
#[derive(Clone, Copy)]
struct Header {
    fmt: Fmt,
    phoff: usize,
    phnum: usize,
}

/// Checks the header; `want` is the class and byte order the image must have (`None`:
/// either, as `e_ident` says).
fn header(d: &[u8], machine: u16, want: Option<Fmt>) -> Result<Header, ElfError> {
    if d.len() < 16 {
        return Err(ElfError::Truncated);
    }
    if d[0..4] != *b"\x7fELF" {
        return Err(ElfError::BadMagic);
    }
    let wide = match d[4] {
        ELFCLASS64 => true,
        ELFCLASS32 => false,
        _ => return Err(ElfError::BadClass),
    };
    let big = match d[5] {
        ELFDATA2MSB => true,
        ELFDATA2LSB => false,
        _ => return Err(ElfError::BadEncoding),
    };
    let f = Fmt { wide, big };
    if let Some(want) = want {
        if want.wide != wide {
            return Err(ElfError::BadClass);
        }
        if want.big != big {
            return Err(ElfError::BadEncoding);
        }
    }
    if d.len() < f.ehdr() {
        return Err(ElfError::Truncated);
    }
    let e_version = f.u32(d, 20).ok_or(ElfError::Truncated)?;
    if d[6] != EV_CURRENT || e_version != u32::from(EV_CURRENT) {
        return Err(ElfError::BadVersion);
    }
    if f.u16(d, 16) != Some(ET_DYN) {
        return Err(ElfError::NotSharedObject);
    }
    if f.u16(d, 18) != Some(machine) {
        return Err(ElfError::WrongMachine);
    }
    // e_phoff after e_entry; e_phentsize and e_phnum after e_flags and e_ehsize.
    let (phoff_at, phent_at) = if wide { (32, 54) } else { (28, 42) };
    let phoff = f.word(d, phoff_at).and_then(usize_of);
    let phentsize = f.u16(d, phent_at).map(usize::from);
    let phnum = f.u16(d, phent_at + 2).map(usize::from);
    let (Some(phoff), Some(phentsize), Some(phnum)) = (phoff, phentsize, phnum) else {
        return Err(ElfError::BadProgramHeaders);
    };
    if phnum == 0 || phentsize != f.phdr() {
        return Err(ElfError::BadProgramHeaders);
    }
    match index(phoff, phnum, f.phdr()) {
        Some(end) if end <= d.len() => Ok(Header {
            fmt: f,
            phoff,
            phnum,
        }),
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
    let f = h.fmt;
    let at = index(h.phoff, i, f.phdr())?;
    if f.wide {
        // p_type, p_flags, p_offset, p_vaddr, p_paddr, p_filesz, …
        Some(Phdr {
            p_type: f.u32(d, at)?,
            p_flags: f.u32(d, at + 4)?,
            offset: f.word(d, at + 8)?,
            vaddr: f.word(d, at + 16)?,
            filesz: f.word(d, at + 32)?,
        })
    } else {
        // p_type, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_flags, p_align.
        Some(Phdr {
            p_type: f.u32(d, at)?,
            p_flags: f.u32(d, at + 24)?,
            offset: f.word(d, at + 4)?,
            vaddr: f.word(d, at + 8)?,
            filesz: f.word(d, at + 16)?,
        })
    }
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
    let h = header(head, machine, None)?;
    let mut len = index(h.phoff, h.phnum, h.fmt.phdr()).ok_or(ElfError::BadProgramHeaders)?;
    len = len.max(h.fmt.ehdr());
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
    fmt: Fmt,
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
    /// Parses `data` as an image for the target being compiled for ([`MACHINE`], and the
    /// target's class and byte order).
    pub fn parse(data: &'a [u8]) -> Result<Image<'a>, ElfError> {
        Image::parse_with(data, MACHINE, Some(TARGET_FMT))
    }

    /// Parses `data` as an image for machine `machine` (an `EM_*` value), 32- or 64-bit,
    /// little- or big-endian as its header says.
    pub fn parse_for(data: &'a [u8], machine: u16) -> Result<Image<'a>, ElfError> {
        Image::parse_with(data, machine, None)
    }

    fn parse_with(data: &'a [u8], machine: u16, want: Option<Fmt>) -> Result<Image<'a>, ElfError> {
        let h = header(data, machine, want)?;
        let f = h.fmt;
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
            fmt: f,
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
        let half = f.dyn_size() / 2;
        while at.checked_add(f.dyn_size()).is_some_and(|e| e <= dyn_end) {
            let (Some(tag), Some(val)) = (f.word(data, at), f.word(data, at + half)) else {
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
            at += f.dyn_size();
        }
        let (Some(symtab), Some(strtab), Some(strsz)) = (symtab, strtab, strsz) else {
            return Err(ElfError::MissingTable);
        };
        if syment.is_some_and(|s| s != f.sym() as u64) {
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
            index(image.symtab, n, f.sym())
                .filter(|&end| end <= data.len())
                .map(|_| n)
                .ok_or(ElfError::TableOutOfBounds)
        };
        let sysv_count = hash.map(|h| {
            let off = image.offset_of(h).ok_or(ElfError::TableOutOfBounds)?;
            // nbucket, nchain, …: nchain is the number of symbols.
            let n = f.u32(data, off + 4).ok_or(ElfError::BadHashTable)?;
            symbols_fit(n as usize)
        });
        let gnu_count = gnu_hash.map(|g| {
            let off = image.offset_of(g).ok_or(ElfError::TableOutOfBounds)?;
            symbols_fit(gnu_hash_count(f, data, off).ok_or(ElfError::BadHashTable)?)
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
        let f = self.fmt;
        // Elf64_Sym: st_name, st_info, st_other, st_shndx, st_value; Elf32_Sym: st_name,
        // st_value, st_size, st_info, st_other, st_shndx.
        let (info_at, shndx_at, value_at) = if f.wide { (4, 6, 8) } else { (12, 14, 4) };
        for i in 1..self.nsyms {
            let at = index(self.symtab, i, f.sym())?;
            let st_name = f.u32(self.data, at)? as usize;
            let st_info = *self.data.get(at + info_at)?;
            let st_shndx = f.u16(self.data, at + shndx_at)?;
            let st_value = f.word(self.data, at + value_at)?;
            let bind = st_info >> 4;
            if st_info & 0xf != STT_FUNC
                || !(bind == STB_GLOBAL || bind == STB_WEAK)
                || st_shndx == SHN_UNDEF
                || self.str_at(st_name) != Some(name.as_bytes())
            {
                continue;
            }
            let ndx = f.u16(self.data, index(versym, i, 2)?)? & !VERSYM_HIDDEN;
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
            let f = self.fmt;
            if f.u16(self.data, at)? != 1 {
                return None;
            }
            let flags = f.u16(self.data, at + 2)?;
            let vd_ndx = f.u16(self.data, at + 4)?;
            let vd_cnt = f.u16(self.data, at + 6)?;
            let vd_aux = f.u32(self.data, at + 12)? as usize;
            let vd_next = f.u32(self.data, at + 16)? as usize;
            if vd_ndx == ndx && flags & VER_FLG_BASE == 0 && vd_cnt >= 1 {
                // The first Verdaux names the version: vda_name, vda_next.
                let aux = at.checked_add(vd_aux)?;
                aux.checked_add(VERDAUX_SIZE)
                    .filter(|&e| e <= self.data.len())?;
                return self.str_at(f.u32(self.data, aux)? as usize);
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
            fmt: self.fmt,
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
fn gnu_hash_count(f: Fmt, d: &[u8], off: usize) -> Option<usize> {
    let nbuckets = f.u32(d, off)? as usize;
    let symoffset = f.u32(d, off + 4)? as usize;
    let bloom_size = f.u32(d, off + 8)? as usize;
    let buckets = index(off.checked_add(16)?, bloom_size, f.addr())?;
    let chains = index(buckets, nbuckets, 4)?;
    if chains > d.len() {
        return None;
    }
    let mut last = 0usize;
    for b in 0..nbuckets {
        last = last.max(f.u32(d, buckets + 4 * b)? as usize);
    }
    if last < symoffset {
        return Some(symoffset);
    }
    // Walk the last bucket's chain to its end (low bit set). Each step reads 4 more bytes
    // of the image, so the walk is bounded by its length.
    let mut i = last;
    loop {
        let word = f.u32(d, index(chains, i - symoffset, 4)?)?;
        if word & 1 != 0 {
            return i.checked_add(1);
        }
        i = i.checked_add(1)?;
    }
}
