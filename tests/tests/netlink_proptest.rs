//! Property tests of the netlink link-dump parser: any bytes, well-formed dumps made of
//! random links and attributes, every truncation and byte change of them, and dumps split
//! over random datagrams through a socketpair. The parser must never panic, must only yield
//! links whose fields respect their bounds, must end at its first error, and must give back
//! exactly the links of a well-formed dump.
#![cfg(target_os = "linux")]

mod nlmsg;
use nlmsg::*;

use std::os::fd::AsFd;

use proptest::prelude::*;
use zcall::consts::{
    AF_UNIX, IFLA_ADDRESS, IFLA_IFNAME, IFLA_MTU, NLM_F_MULTI, RTM_NEWLINK, SOCK_CLOEXEC,
    SOCK_DGRAM, SOCK_NONBLOCK,
};
use zcall::{DumpMessage, DumpParser, Link, LinkDump, NetlinkError};

/// The invariants of every link the parser yields.
fn sane(l: &Link) {
    assert!(l.index() >= 1 && l.index() <= i32::MAX as u32);
    let n = l.name_bytes();
    assert!(!n.is_empty() && n.len() <= 15 && !n.contains(&0), "{l:?}");
    assert!(l.hardware_addr().len() <= zcall::MAX_ADDR_LEN);
}

/// Runs the parser over `data` and checks what holds for any input: no panic, links sane,
/// at most one error and nothing after it or after Done, position within the data.
fn run(data: &[u8], seq: u32, port: u32) -> Vec<Result<DumpMessage, NetlinkError>> {
    let mut p = DumpParser::new(data, seq, port);
    let mut out = Vec::new();
    while let Some(r) = p.next() {
        assert!(p.position() <= data.len());
        if let Ok(DumpMessage::Link(l)) = &r {
            sane(l);
        }
        out.push(r);
        assert!(
            out.len() <= data.len() / 16 + 1,
            "more messages than room for them"
        );
    }
    assert_eq!(p.next(), None, "fused");
    if let Some(i) = out
        .iter()
        .position(|r| matches!(r, Err(_) | Ok(DumpMessage::Done)))
    {
        assert_eq!(i + 1, out.len(), "nothing after an error or Done: {out:?}");
    }
    out
}

fn spec() -> impl Strategy<Value = Spec> {
    (
        1..=i32::MAX,
        proptest::collection::vec(1u8..=255, 1..=15),
        any::<u32>(),
        proptest::collection::vec(any::<u8>(), 0..=32),
        any::<u32>(),
        any::<u16>(),
    )
        .prop_map(|(index, name, mtu, addr, flags, link_type)| Spec {
            index,
            name,
            mtu,
            addr,
            flags,
            link_type,
        })
}

/// An unknown attribute: type outside the three the parser reads, any payload.
fn extra_attr() -> impl Strategy<Value = Vec<u8>> {
    (
        any::<u16>().prop_filter("not a parsed type", |t| {
            ![IFLA_IFNAME, IFLA_MTU, IFLA_ADDRESS].contains(&(t & 0x3fff))
        }),
        proptest::collection::vec(any::<u8>(), 0..40),
    )
        .prop_map(|(t, v)| attr(t, &v))
}

/// A link's message with its attributes (the three known, plus unknown ones) in a random
/// order.
fn link_message(s: &Spec, extras: &[Vec<u8>], order: &[usize], seq: u32, port: u32) -> Vec<u8> {
    let mut name = s.name.clone();
    name.push(0);
    let mut attrs = vec![
        attr(IFLA_IFNAME, &name),
        attr(IFLA_MTU, &s.mtu.to_ne_bytes()),
        attr(IFLA_ADDRESS, &s.addr),
    ];
    attrs.extend(extras.iter().cloned());
    let mut payload = ifinfo(s.index, s.flags, s.link_type);
    for &i in order {
        payload.extend(&attrs[i % attrs.len()]);
    }
    // Every attribute once, in `order`'s order first, then the rest.
    for (i, a) in attrs.iter().enumerate() {
        if !order.iter().any(|&o| o % attrs.len() == i) {
            payload.extend(a);
        }
    }
    msg(RTM_NEWLINK, NLM_F_MULTI, seq, port, &payload)
}

type Dump = (Vec<Spec>, Vec<Vec<u8>>, u32, u32);

/// A well-formed dump: its links and its messages (the last is NLMSG_DONE).
fn dump() -> impl Strategy<Value = Dump> {
    (
        proptest::collection::vec(
            (
                spec(),
                proptest::collection::vec(extra_attr(), 0..3),
                proptest::collection::vec(0usize..8, 0..6),
            ),
            0..8,
        ),
        any::<u32>(),
        any::<u32>(),
    )
        .prop_map(|(links, seq, port)| {
            let mut msgs: Vec<Vec<u8>> = links
                .iter()
                .map(|(s, extras, order)| {
                    // Duplicates of a known attribute would change which value wins: use
                    // each index once.
                    let mut seen = Vec::new();
                    let order: Vec<usize> = order
                        .iter()
                        .copied()
                        .filter(|o| {
                            let k = o % (3 + extras.len());
                            let new = !seen.contains(&k);
                            seen.push(k);
                            new
                        })
                        .collect();
                    link_message(s, extras, &order, seq, port)
                })
                .collect();
            msgs.push(done(seq, port, 0));
            (
                links.into_iter().map(|(s, _, _)| s).collect(),
                msgs,
                seq,
                port,
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_never_panic(data in proptest::collection::vec(any::<u8>(), 0..600),
                             seq in any::<u32>(), port in any::<u32>()) {
        run(&data, seq, port);
    }

    #[test]
    fn header_like_bytes_never_panic(
        msgs in proptest::collection::vec(
            (0u32..80, prop_oneof![Just(RTM_NEWLINK), Just(2u16), Just(3u16), Just(1u16), any::<u16>()],
             any::<u16>(), proptest::collection::vec(any::<u8>(), 0..64)),
            0..6),
    ) {
        // Plausible headers (small lengths, the real types, this seq/port) over random
        // payloads reach deeper than random bytes.
        let mut data = Vec::new();
        for (len, ty, flags, payload) in msgs {
            data.extend(raw_header(len, ty, flags, 5, 9));
            data.extend(payload);
        }
        run(&data, 5, 9);
    }

    #[test]
    fn well_formed_dumps_give_back_their_links((links, msgs, seq, port) in dump()) {
        let data = msgs.concat();
        let out = run(&data, seq, port);
        prop_assert_eq!(out.len(), links.len() + 1);
        for (s, r) in links.iter().zip(&out) {
            match r {
                Ok(DumpMessage::Link(l)) => prop_assert!(s.matches(l), "{:?} != {:?}", s, l),
                other => prop_assert!(false, "{:?}", other),
            }
        }
        prop_assert_eq!(out.last().unwrap(), &Ok(DumpMessage::Done));
    }

    #[test]
    fn truncated_dumps_yield_a_prefix_then_stop((links, msgs, seq, port) in dump(),
                                                cut in any::<prop::sample::Index>()) {
        let data = msgs.concat();
        let cut = cut.index(data.len());
        let out = run(&data[..cut], seq, port);
        // Every link yielded is the right one, in order; never Done.
        for (i, r) in out.iter().enumerate() {
            match r {
                Ok(DumpMessage::Link(l)) => prop_assert!(links[i].matches(l)),
                Ok(other) => prop_assert!(false, "{:?}", other),
                Err(e) => prop_assert!(
                    matches!(e, NetlinkError::Truncated | NetlinkError::BadLength | NetlinkError::Misaligned),
                    "{:?}", e),
            }
        }
        // Cut inside a message: an error; cut at a message boundary: the links before it.
        let mut boundary = 0;
        let mut at_boundary = cut == 0;
        for m in &msgs {
            boundary += m.len();
            at_boundary |= boundary == cut;
        }
        prop_assert_eq!(at_boundary, out.iter().all(|r| r.is_ok()), "{:?}", out);
    }

    #[test]
    fn changed_bytes_never_panic((_, msgs, seq, port) in dump(),
                                 changes in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6)) {
        let mut data = msgs.concat();
        for (at, b) in changes {
            let i = at.index(data.len());
            data[i] = b;
        }
        run(&data, seq, port);
    }

    #[test]
    fn dumps_split_over_datagrams((links, msgs, seq, port) in dump(),
                                  splits in proptest::collection::vec(any::<bool>(), 0..10)) {
        // Group the messages into datagrams at random message boundaries.
        let mut datagrams: Vec<Vec<u8>> = vec![Vec::new()];
        for (i, m) in msgs.iter().enumerate() {
            if i > 0 && splits.get(i).copied().unwrap_or(false) {
                datagrams.push(Vec::new());
            }
            datagrams.last_mut().unwrap().extend(m);
        }
        let (tx, rx) = zcall::socketpair(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0).unwrap();
        for d in &datagrams {
            prop_assert_eq!(zcall::send(tx.as_fd(), d, 0), Ok(d.len()));
        }
        let biggest = datagrams.iter().map(Vec::len).max().unwrap();
        let mut buf = vec![0u8; biggest];
        let mut dump = LinkDump::new(rx.as_fd(), seq, port, &mut buf);
        let got: Vec<Link> = dump.by_ref().collect::<Result<_, _>>().unwrap();
        prop_assert!(dump.is_done());
        prop_assert_eq!(got.len(), links.len());
        for (s, l) in links.iter().zip(&got) {
            prop_assert!(s.matches(l));
        }
    }
}
