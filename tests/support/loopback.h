#pragma once
// Helpers for tests that need real sockets on loopback. They go through checks/net/socket_api.h, so the same test
// peers run on Linux (BSD sockets) and on Windows (Winsock, under Wine in CI).

#include <QString>
#include <QStringList>

#include "checks/net/socket_handle.h"

namespace rdpd::test {

// A TCP port on 127.0.0.1 that nothing listens on (bound, closed: the kernel will answer RST).
int closedLoopbackPort();

// The local addresses ("127.0.0.1", "::") on which some socket of this machine listens on TCP port, as the system's
// connection table tells (/proc/net/tcp{,6} on Linux, GetExtendedTcpTable on Windows); never connects to it.
QStringList listeningAddresses(int port);

// A blocking TCP listener on 127.0.0.1 and a port the system picked (*port). kInvalid on failure.
sock::Handle listenLoopback(int backlog, int *port, bool reuseAddress = false);
// True when h becomes readable (or a listener has a connection to accept) within timeoutMs.
bool waitReadable(sock::Handle h, int timeoutMs);
// Sends all of data (no SIGPIPE). False when the peer is gone.
bool sendAll(sock::Handle h, const char *data, qint64 size);
// Half-closes both directions (FIN), the socket stays open.
void shutdownBoth(sock::Handle h);
// Closes with SO_LINGER 0: the peer sees a reset (RST), not an orderly close.
void closeWithReset(sock::Handle h);
// Receive and send time-outs for a blocking socket.
void setIoTimeout(sock::Handle h, int seconds);

}  // namespace rdpd::test
