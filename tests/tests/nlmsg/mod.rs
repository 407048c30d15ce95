//! Builders of netlink link-dump replies, well-formed or broken on purpose, for the parser
//! tests (`netlink.rs`, `netlink_proptest.rs`). Byte order: native, as the kernel writes.
#![allow(dead_code)]

use zcall::consts::{IFLA_ADDRESS, IFLA_IFNAME, IFLA_MTU, NLMSG_DONE, NLM_F_MULTI, RTM_NEWLINK};

/// `len` rounded up to 4.
pub fn align(len: usize) -> usize {
    (len + 3) & !3
}

/// A message: header (`nlmsg_len` = 16 + payload), payload, padding to 4 bytes.
pub fn msg(ty: u16, flags: u16, seq: u32, pid: u32, payload: &[u8]) -> Vec<u8> {
    let mut m = raw_header((16 + payload.len()) as u32, ty, flags, seq, pid);
    m.extend_from_slice(payload);
    m.resize(align(m.len()), 0);
    m
}

/// A bare header with any length field.
pub fn raw_header(len: u32, ty: u16, flags: u16, seq: u32, pid: u32) -> Vec<u8> {
    let mut m = Vec::with_capacity(16);
    m.extend_from_slice(&len.to_ne_bytes());
    m.extend_from_slice(&ty.to_ne_bytes());
    m.extend_from_slice(&flags.to_ne_bytes());
    m.extend_from_slice(&seq.to_ne_bytes());
    m.extend_from_slice(&pid.to_ne_bytes());
    m
}

/// `struct ifinfomsg`.
pub fn ifinfo(index: i32, flags: u32, link_type: u16) -> Vec<u8> {
    let mut m = vec![0u8, 0];
    m.extend_from_slice(&link_type.to_ne_bytes());
    m.extend_from_slice(&index.to_ne_bytes());
    m.extend_from_slice(&flags.to_ne_bytes());
    m.extend_from_slice(&0u32.to_ne_bytes());
    m
}

/// An attribute: header (`rta_len` = 4 + value), value, padding to 4 bytes.
pub fn attr(ty: u16, value: &[u8]) -> Vec<u8> {
    let mut a = raw_attr((4 + value.len()) as u16, ty);
    a.extend_from_slice(value);
    a.resize(align(a.len()), 0);
    a
}

/// A bare attribute header with any length field.
pub fn raw_attr(len: u16, ty: u16) -> Vec<u8> {
    let mut a = len.to_ne_bytes().to_vec();
    a.extend_from_slice(&ty.to_ne_bytes());
    a
}

/// What a test link is made of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spec {
    pub index: i32,
    pub name: Vec<u8>,
    pub mtu: u32,
    pub addr: Vec<u8>,
    pub flags: u32,
    pub link_type: u16,
}

impl Spec {
    pub fn new(index: i32, name: &str) -> Spec {
        Spec {
            index,
            name: name.as_bytes().to_vec(),
            mtu: 1500,
            addr: vec![2, 0, 0, 0, 0, index as u8],
            flags: 0x1043,
            link_type: 1,
        }
    }

    /// The payload of its RTM_NEWLINK: ifinfomsg, IFLA_IFNAME (with NUL), IFLA_MTU,
    /// IFLA_ADDRESS.
    pub fn payload(&self) -> Vec<u8> {
        let mut p = ifinfo(self.index, self.flags, self.link_type);
        let mut name = self.name.clone();
        name.push(0);
        p.extend(attr(IFLA_IFNAME, &name));
        p.extend(attr(IFLA_MTU, &self.mtu.to_ne_bytes()));
        p.extend(attr(IFLA_ADDRESS, &self.addr));
        p
    }

    /// Its RTM_NEWLINK message for request `seq` to port `pid`.
    pub fn message(&self, seq: u32, pid: u32) -> Vec<u8> {
        msg(RTM_NEWLINK, NLM_F_MULTI, seq, pid, &self.payload())
    }

    /// Whether `l` is this link.
    pub fn matches(&self, l: &zcall::Link) -> bool {
        l.index() == self.index as u32
            && l.name_bytes() == &self.name[..]
            && l.mtu() == self.mtu
            && l.hardware_addr() == &self.addr[..]
            && l.flags() == self.flags
            && l.link_type() == self.link_type
    }
}

/// NLMSG_DONE with the dump's result `code`.
pub fn done(seq: u32, pid: u32, code: i32) -> Vec<u8> {
    msg(NLMSG_DONE, NLM_F_MULTI, seq, pid, &code.to_ne_bytes())
}
