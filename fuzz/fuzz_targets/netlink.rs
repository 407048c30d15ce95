//! Coverage-guided fuzzing of zcall's netlink link-dump parser (`zcall::DumpParser`, what
//! `LinkDump` runs on every received datagram) on arbitrary bytes: it must never panic,
//! read out of bounds or loop, and every link it yields must respect its bounds.
//!
//! ```sh
//! cargo +nightly fuzz run netlink fuzz/seeds-netlink -- -max_total_time=300
//! ```
//! Input format: the sequence number and the port id the reply must carry (4 bytes each,
//! native-endian), then one datagram. `fuzz/seeds-netlink/` holds well-formed dumps.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zcall::{DumpMessage, DumpParser};

fuzz_target!(|data: &[u8]| {
    if data.len() < 8 {
        return;
    }
    let seq = u32::from_ne_bytes(data[0..4].try_into().unwrap());
    let port = u32::from_ne_bytes(data[4..8].try_into().unwrap());
    let datagram = &data[8..];
    let mut parser = DumpParser::new(datagram, seq, port);
    let mut items = 0usize;
    let mut ended = false;
    while let Some(item) = parser.next() {
        assert!(!ended, "an item after an error or NLMSG_DONE");
        assert!(parser.position() <= datagram.len());
        items += 1;
        // Every message takes at least a 16-byte header: no more items than that allows.
        assert!(items <= datagram.len() / 16 + 1);
        match item {
            Ok(DumpMessage::Link(l)) => {
                assert!(l.index() >= 1 && l.index() <= i32::MAX as u32);
                let name = l.name_bytes();
                assert!(!name.is_empty() && name.len() <= 15 && !name.contains(&0));
                assert!(l.hardware_addr().len() <= zcall::MAX_ADDR_LEN);
            }
            Ok(DumpMessage::Noop) => {}
            Ok(DumpMessage::Done) | Err(_) => ended = true,
        }
    }
    assert!(parser.next().is_none(), "fused");
});
