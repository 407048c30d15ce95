//! An edge-triggered epoll echo server on 127.0.0.1 and several client threads that send
//! thousands of messages in pipelined batches and check every byte that comes back —
//! sockets, readiness and I/O all through zcall (`epoll_create1`, `epoll_ctl_add`,
//! `epoll_wait`, `accept4`, `recv`, `send`), no libc on the path.
//!
//! Each connection is registered once for `EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET` with
//! its slot number as the event's data: on every event the server reads until `EAGAIN`,
//! writes what it holds until `EAGAIN`, and closes the connection once the client has
//! finished sending and everything is echoed.
//!
//! `cargo run --example epoll_echo` — ends by itself; exits non-zero on any mismatch.

#[cfg(target_os = "linux")]
fn main() {
    std::process::exit(linux::run());
}

#[cfg(not(target_os = "linux"))]
fn main() {
    eprintln!("epoll_echo: epoll is Linux only");
}

#[cfg(target_os = "linux")]
mod linux {
    use std::time::{Duration, Instant};

    use zcall::consts::*;
    use zcall::fd::{AsFd, BorrowedFd, OwnedFd};
    use zcall::types::{EpollEvent, SockaddrIn, SockaddrStorage};
    use zcall::Errno;

    const CLIENTS: usize = 8;
    const MESSAGES: usize = 2_500;
    const BATCH: usize = 25;
    const DEADLINE: Duration = Duration::from_secs(60);
    /// The listener's event data; connections use their slot number.
    const LISTENER: u64 = u64::MAX;

    /// Message `i` of client `c`: a header and a body of varying length (up to ~2 KiB).
    fn message(c: usize, i: usize) -> Vec<u8> {
        let mut m = format!("client {c} message {i}: ").into_bytes();
        m.extend((0..(i * 131 + c * 17) % 2000).map(|k| b'a' + ((c + i + k) % 26) as u8));
        m
    }

    /// One accepted connection: bytes read but not yet echoed, and whether the client has
    /// finished sending.
    struct Conn {
        fd: OwnedFd,
        pending: Vec<u8>,
        eof: bool,
    }

    pub fn run() -> i32 {
        match serve() {
            Ok(summary) => {
                println!("{summary}");
                0
            }
            Err(e) => {
                eprintln!("epoll_echo: FAILED: {e}");
                1
            }
        }
    }

    fn serve() -> Result<String, String> {
        let start = Instant::now();
        let err = |what: &str, e: Errno| format!("{what}: {e} ({e:?})");

        let listener = zcall::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0)
            .map_err(|e| err("socket", e))?;
        zcall::bind(listener.as_fd(), &SockaddrIn::new([127, 0, 0, 1], 0))
            .map_err(|e| err("bind", e))?;
        zcall::listen(listener.as_fd(), 64).map_err(|e| err("listen", e))?;
        let mut st = SockaddrStorage::default();
        zcall::getsockname(listener.as_fd(), &mut st).map_err(|e| err("getsockname", e))?;
        let addr = zcall::to_sockaddr_in(&st).ok_or("getsockname: not an AF_INET address")?;

        let ep = zcall::epoll_create1(EPOLL_CLOEXEC).map_err(|e| err("epoll_create1", e))?;
        zcall::epoll_ctl_add(
            ep.as_fd(),
            listener.as_fd(),
            EpollEvent::new(EPOLLIN, LISTENER),
        )
        .map_err(|e| err("epoll_ctl ADD listener", e))?;

        let clients: Vec<_> = (0..CLIENTS)
            .map(|c| std::thread::spawn(move || client(c, addr)))
            .collect();

        let mut conns: Vec<Option<Conn>> = Vec::new();
        let (mut accepted, mut closed, mut echoed, mut wakeups) = (0usize, 0usize, 0usize, 0usize);
        let mut events = [EpollEvent::default(); 64];
        let mut buf = vec![0u8; 64 * 1024];
        while closed < CLIENTS {
            if start.elapsed() > DEADLINE {
                return Err(format!(
                    "server: {closed} of {CLIENTS} connections done within {DEADLINE:?}"
                ));
            }
            if accepted < CLIENTS && clients.iter().all(|c| c.is_finished()) {
                break; // the clients gave up before connecting: their errors are reported below
            }
            let n = match zcall::epoll_wait(ep.as_fd(), &mut events, 200) {
                Ok(n) => n,
                Err(Errno::EINTR) => continue,
                Err(e) => return Err(err("epoll_wait", e)),
            };
            wakeups += 1;
            for ev in &events[..n] {
                if ev.data() == LISTENER {
                    accept_all(&listener, &ep, &mut conns, &mut accepted)?;
                    continue;
                }
                let slot = ev.data() as usize;
                let Some(c) = conns.get_mut(slot).and_then(Option::as_mut) else {
                    return Err(format!("event for unknown slot {slot}"));
                };
                if !c.eof && ev.events() & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR) != 0 {
                    read_all(c, &mut buf).map_err(|e| err("recv", e))?;
                }
                echoed += write_all(c).map_err(|e| err("send", e))?;
                if c.eof && c.pending.is_empty() {
                    // Closing the fd removes it from the epoll set; say so explicitly anyway.
                    zcall::epoll_ctl_del(ep.as_fd(), c.fd.as_fd())
                        .map_err(|e| err("epoll_ctl DEL", e))?;
                    conns[slot] = None;
                    closed += 1;
                }
            }
        }

        let (mut messages, mut bytes) = (0, 0);
        for (c, h) in clients.into_iter().enumerate() {
            let (m, b) = h
                .join()
                .map_err(|_| format!("client {c} panicked"))?
                .map_err(|e| format!("client {c}: {e}"))?;
            messages += m;
            bytes += b;
        }
        if bytes != echoed {
            return Err(format!(
                "server echoed {echoed} bytes, the clients checked {bytes}"
            ));
        }
        Ok(format!(
            "epoll_echo: {CLIENTS} clients, {messages} messages, {bytes} bytes echoed and \
             checked through 127.0.0.1:{} ({accepted} connections, {wakeups} epoll_wait \
             wake-ups, {:?})",
            addr.port(),
            start.elapsed()
        ))
    }

    /// Accepts every pending connection and registers it, edge-triggered, with its slot.
    fn accept_all(
        listener: &OwnedFd,
        ep: &OwnedFd,
        conns: &mut Vec<Option<Conn>>,
        accepted: &mut usize,
    ) -> Result<(), String> {
        loop {
            let fd = match zcall::accept4(listener.as_fd(), SOCK_NONBLOCK | SOCK_CLOEXEC) {
                Ok(fd) => fd,
                Err(Errno::EAGAIN) => return Ok(()),
                Err(Errno::EINTR | Errno::ECONNABORTED) => continue,
                Err(e) => return Err(format!("accept4: {e}")),
            };
            let slot = conns
                .iter()
                .position(Option::is_none)
                .unwrap_or(conns.len());
            let events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
            zcall::epoll_ctl_add(ep.as_fd(), fd.as_fd(), EpollEvent::new(events, slot as u64))
                .map_err(|e| format!("epoll_ctl ADD: {e}"))?;
            let conn = Conn {
                fd,
                pending: Vec::new(),
                eof: false,
            };
            if slot == conns.len() {
                conns.push(Some(conn));
            } else {
                conns[slot] = Some(conn);
            }
            *accepted += 1;
        }
    }

    /// Edge-triggered: reads until `EAGAIN` (or end of file) into `c.pending`.
    fn read_all(c: &mut Conn, buf: &mut [u8]) -> Result<(), Errno> {
        loop {
            match zcall::recv(c.fd.as_fd(), buf, 0) {
                Ok(0) => {
                    c.eof = true;
                    return Ok(());
                }
                Ok(n) => c.pending.extend_from_slice(&buf[..n]),
                Err(Errno::EAGAIN) => return Ok(()),
                Err(Errno::EINTR) => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// Edge-triggered: writes until `EAGAIN` or nothing is left; returns the bytes written.
    fn write_all(c: &mut Conn) -> Result<usize, Errno> {
        let mut done = 0;
        while done < c.pending.len() {
            match zcall::send(c.fd.as_fd(), &c.pending[done..], MSG_NOSIGNAL) {
                Ok(n) => done += n,
                Err(Errno::EAGAIN) => break,
                Err(Errno::EINTR) => continue,
                Err(e) => return Err(e),
            }
        }
        c.pending.drain(..done);
        Ok(done)
    }

    /// A client: a blocking socket; sends its messages in batches of `BATCH` and reads each
    /// batch's echo back whole before the next. Returns (messages, bytes) checked.
    fn client(c: usize, addr: SockaddrIn) -> Result<(usize, usize), String> {
        let err = |what: &str, e: Errno| format!("{what}: {e} ({e:?})");
        let fd =
            zcall::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0).map_err(|e| err("socket", e))?;
        zcall::connect(fd.as_fd(), &addr).map_err(|e| err("connect", e))?;
        zcall::setsockopt_int(fd.as_fd(), IPPROTO_TCP, TCP_NODELAY, 1)
            .map_err(|e| err("setsockopt", e))?;
        // A receive timeout: a lost echo fails the client instead of hanging it.
        let timeout = zcall::types::Timeval {
            tv_sec: 30,
            tv_usec: 0,
        };
        zcall::setsockopt_timeout(fd.as_fd(), zcall::SockTimeout::Recv, &timeout)
            .map_err(|e| err("SO_RCVTIMEO", e))?;
        let mut bytes = 0;
        let mut back = Vec::new();
        let mut i = 0;
        while i < MESSAGES {
            let batch: Vec<u8> = (i..(i + BATCH).min(MESSAGES))
                .flat_map(|k| message(c, k))
                .collect();
            send_all(fd.as_fd(), &batch).map_err(|e| err("send", e))?;
            back.resize(batch.len(), 0);
            recv_all(fd.as_fd(), &mut back).map_err(|e| err("recv", e))?;
            if back != batch {
                let at = back.iter().zip(&batch).position(|(a, b)| a != b);
                return Err(format!(
                    "messages {i}..: echo differs (length {}, first difference at {at:?})",
                    batch.len()
                ));
            }
            bytes += batch.len();
            i += BATCH;
        }
        // Closing tells the server we are done; it reads end of file.
        drop(fd);
        Ok((MESSAGES, bytes))
    }

    fn send_all(fd: BorrowedFd<'_>, mut buf: &[u8]) -> Result<(), Errno> {
        while !buf.is_empty() {
            match zcall::send(fd, buf, MSG_NOSIGNAL) {
                Ok(n) => buf = &buf[n..],
                Err(Errno::EINTR) => continue,
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    fn recv_all(fd: BorrowedFd<'_>, buf: &mut [u8]) -> Result<(), Errno> {
        let mut got = 0;
        while got < buf.len() {
            match zcall::recv(fd, &mut buf[got..], 0) {
                Ok(0) => return Err(Errno::ECONNRESET),
                Ok(n) => got += n,
                Err(Errno::EINTR) => continue,
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }
}
