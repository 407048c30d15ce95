//! A non-blocking TCP echo server on 127.0.0.1 and a client thread that checks every
//! echo — sockets, readiness and I/O all through zcall, no libc on the path.
//!
//! The server uses `socket`/`bind`/`listen`/`accept4` with `SOCK_NONBLOCK`, `read` and
//! `write` from the crate root, and a readiness loop over zcall's `ppoll` and `PollFd`
//! (`examples/epoll_echo.rs` is the same server on epoll, with many clients). Every
//! `EAGAIN` is simply retried after the next wake-up.
//!
//! `cargo run --example echo` — ends by itself; exits non-zero on any mismatch.

#[cfg(target_os = "linux")]
fn main() {
    std::process::exit(linux::run());
}

#[cfg(not(target_os = "linux"))]
fn main() {
    eprintln!("echo: this example uses accept4 and ppoll as Linux has them; Linux only");
}

#[cfg(target_os = "linux")]
mod linux {
    use std::time::{Duration, Instant};

    use zcall::consts::*;
    // std's fd types with the default `std` feature, zcall's look-alikes without it.
    use zcall::fd::{AsFd, BorrowedFd, OwnedFd};
    use zcall::types::{PollFd, SockaddrIn, SockaddrStorage, Timespec};
    use zcall::Errno;

    const MESSAGES: usize = 200;
    const DEADLINE: Duration = Duration::from_secs(10);

    /// One accepted connection: bytes read but not yet echoed, and whether the peer has
    /// finished sending.
    struct Conn {
        fd: OwnedFd,
        pending: Vec<u8>,
        eof: bool,
    }

    /// Message `i`: a header and a body of varying length (up to ~3 KiB).
    fn message(i: usize) -> Vec<u8> {
        let mut m = format!("message {i:03}: ").into_bytes();
        m.extend((0..(i * 37) % 3000).map(|k| b'a' + ((i + k) % 26) as u8));
        m
    }

    pub fn run() -> i32 {
        match serve() {
            Ok(summary) => {
                println!("{summary}");
                0
            }
            Err(e) => {
                eprintln!("echo: FAILED: {e}");
                1
            }
        }
    }

    fn serve() -> Result<String, String> {
        let start = Instant::now();
        let err = |what: &str, e: Errno| format!("{what}: {e} ({e:?})");

        let listener = zcall::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0)
            .map_err(|e| err("socket", e))?;
        zcall::setsockopt_int(listener.as_fd(), SOL_SOCKET, SO_REUSEADDR, 1)
            .map_err(|e| err("setsockopt", e))?;
        zcall::bind(listener.as_fd(), &SockaddrIn::new([127, 0, 0, 1], 0))
            .map_err(|e| err("bind", e))?;
        zcall::listen(listener.as_fd(), 16).map_err(|e| err("listen", e))?;
        let mut st = SockaddrStorage::default();
        zcall::getsockname(listener.as_fd(), &mut st).map_err(|e| err("getsockname", e))?;
        let addr = zcall::to_sockaddr_in(&st).ok_or("getsockname: not an AF_INET address")?;

        let client = std::thread::spawn(move || client(addr));

        let mut conns: Vec<Conn> = Vec::new();
        let mut served = 0usize;
        let mut echoed = 0usize;
        let mut wakeups = 0usize;
        let mut buf = vec![0u8; 16 * 1024];
        // Until the client's one connection has come and gone.
        while served == 0 || !conns.is_empty() {
            if served == 0 && client.is_finished() {
                break; // the client gave up before connecting: its error is reported below
            }
            if start.elapsed() > DEADLINE {
                return Err(format!("server: no progress within {DEADLINE:?}"));
            }
            let mut fds: Vec<PollFd> = std::iter::once(PollFd::new(listener.as_fd(), POLLIN))
                .chain(conns.iter().map(|c| {
                    PollFd::new(
                        c.fd.as_fd(),
                        if c.eof { 0 } else { POLLIN }
                            | if c.pending.is_empty() { 0 } else { POLLOUT },
                    )
                }))
                .collect();
            let mut timeout = Timespec::new(0, 100_000_000);
            match zcall::ppoll(&mut fds, Some(&mut timeout), None) {
                Ok(_) => wakeups += 1,
                Err(Errno::EINTR) => continue,
                Err(e) => return Err(err("ppoll", e)),
            }

            // New connections: accept until EAGAIN.
            if fds[0].revents & POLLIN != 0 {
                loop {
                    match zcall::accept4(listener.as_fd(), SOCK_NONBLOCK | SOCK_CLOEXEC) {
                        Ok(fd) => {
                            served += 1;
                            conns.push(Conn {
                                fd,
                                pending: Vec::new(),
                                eof: false,
                            });
                        }
                        Err(Errno::EAGAIN) => break,
                        Err(Errno::EINTR | Errno::ECONNABORTED) => continue,
                        Err(e) => return Err(err("accept4", e)),
                    }
                }
            }

            // Existing connections (the ones polled: `conns` may have grown above).
            for (c, p) in conns.iter_mut().zip(&fds[1..]) {
                if p.revents == 0 {
                    continue;
                }
                if !c.eof && p.revents & (POLLIN | POLLHUP | POLLERR) != 0 {
                    read_some(c, &mut buf).map_err(|e| err("read", e))?;
                }
                echoed += write_some(c).map_err(|e| err("write", e))?;
            }
            conns.retain(|c| !(c.eof && c.pending.is_empty()));
        }

        let (messages, bytes) = client
            .join()
            .map_err(|_| "client thread panicked".to_string())??;
        if bytes != echoed {
            return Err(format!(
                "server echoed {echoed} bytes, the client checked {bytes}"
            ));
        }
        Ok(format!(
            "echo: {messages} messages, {bytes} bytes echoed and checked through {}.{}.{}.{}:{} \
             ({served} connection, {wakeups} ppoll wake-ups, {:?})",
            addr.ip()[0],
            addr.ip()[1],
            addr.ip()[2],
            addr.ip()[3],
            addr.port(),
            start.elapsed()
        ))
    }

    /// Reads what is available into `c.pending`, retrying nothing: `EAGAIN` ends the
    /// round until the next wake-up; end of file marks the connection done.
    fn read_some(c: &mut Conn, buf: &mut [u8]) -> Result<(), Errno> {
        loop {
            match zcall::read(c.fd.as_fd(), buf) {
                Ok(0) => {
                    c.eof = true;
                    return Ok(());
                }
                Ok(n) => c.pending.extend_from_slice(&buf[..n]),
                Err(Errno::EAGAIN) => return Ok(()),
                Err(Errno::EINTR) => continue,
                Err(Errno::ECONNRESET) => {
                    c.eof = true;
                    c.pending.clear();
                    return Ok(());
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// Writes as much of `c.pending` as the socket takes; returns the bytes written.
    fn write_some(c: &mut Conn) -> Result<usize, Errno> {
        let mut done = 0;
        while done < c.pending.len() {
            match zcall::write(c.fd.as_fd(), &c.pending[done..]) {
                Ok(n) => done += n,
                Err(Errno::EAGAIN) => break,
                Err(Errno::EINTR) => continue,
                Err(e) => return Err(e),
            }
        }
        c.pending.drain(..done);
        Ok(done)
    }

    /// The client: a blocking socket, `MESSAGES` messages each sent whole and read back
    /// whole before the next. Returns (messages, bytes) checked.
    fn client(addr: SockaddrIn) -> Result<(usize, usize), String> {
        let err = |what: &str, e: Errno| format!("client {what}: {e} ({e:?})");
        let fd =
            zcall::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0).map_err(|e| err("socket", e))?;
        zcall::connect(fd.as_fd(), &addr).map_err(|e| err("connect", e))?;
        zcall::setsockopt_int(fd.as_fd(), IPPROTO_TCP, TCP_NODELAY, 1)
            .map_err(|e| err("setsockopt", e))?;
        let mut bytes = 0;
        let mut back = Vec::new();
        for i in 0..MESSAGES {
            let msg = message(i);
            send_all(fd.as_fd(), &msg).map_err(|e| err("write", e))?;
            back.resize(msg.len(), 0);
            recv_all(fd.as_fd(), &mut back).map_err(|e| err("read", e))?;
            if back != msg {
                let at = back.iter().zip(&msg).position(|(a, b)| a != b);
                return Err(format!(
                    "message {i}: echo differs (length {}, first difference at {at:?})",
                    msg.len()
                ));
            }
            bytes += msg.len();
        }
        // Closing tells the server we are done; it reads end of file.
        drop(fd);
        Ok((MESSAGES, bytes))
    }

    fn send_all(fd: BorrowedFd<'_>, mut buf: &[u8]) -> Result<(), Errno> {
        while !buf.is_empty() {
            match zcall::write(fd, buf) {
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
            match zcall::read(fd, &mut buf[got..]) {
                Ok(0) => return Err(Errno::ECONNRESET),
                Ok(n) => got += n,
                Err(Errno::EINTR) => continue,
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }
}
