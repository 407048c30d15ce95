//! Sockets: socket, bind, listen, accept, accept4, connect, shutdown, options, names, send/recv families.
