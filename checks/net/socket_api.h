#pragma once
// The one place that knows how sockets differ between Linux (BSD sockets) and Windows (Winsock). Probe code uses
// these helpers so the same code path runs on both: handle type, open/close, non-blocking mode, the last error and
// what it means, poll, socket options and address conversion. Only .cpp files include this (it pulls in the system
// socket headers, and winsock2.h on Windows).

#include <QtGlobal>

#include <QHostAddress>
#include <QString>

#include <type_traits>

#include "checks/net/socket_handle.h"

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#endif

namespace rdpd::sock {

#ifdef Q_OS_WIN
static_assert(std::is_same_v<Handle, SOCKET>, "socket_handle.h must match Winsock's SOCKET");
using PollFd = WSAPOLLFD;
using SockLen = int;
#else
using PollFd = pollfd;
using SockLen = socklen_t;
#endif

// Winsock must be started once per process before any socket or getaddrinfo call; a no-op elsewhere.
// Returns false if Winsock could not be started (then every socket call fails with a clear error anyway).
bool ensureStarted();

// A socket that is not inherited by child processes, optionally non-blocking. kInvalid on failure (see lastError()).
Handle open(int family, int type, int protocol, bool nonBlocking);
void close(Handle h);
// Accepts one pending connection (not inherited by child processes). kInvalid when none or on error.
Handle accept(Handle listener, bool nonBlocking);
bool setNonBlocking(Handle h, bool on);
// setsockopt with an int value (Winsock wants a char pointer). Returns false on failure.
bool setIntOption(Handle h, int level, int name, int value);
// The error a non-blocking connect() ended with (SO_ERROR); 0 when it succeeded.
int pendingError(Handle h);

// errno on Linux, WSAGetLastError() on Windows. Read it right after the failing call.
int lastError();
QString errorMessage(int error);  // the system's text for an error code, for evidence
bool isInterrupted(int error);    // EINTR: try again
bool isWouldBlock(int error);     // EAGAIN / EWOULDBLOCK: nothing to read or no room to write yet
bool isInProgress(int error);     // a non-blocking connect() started (EINPROGRESS; WSAEWOULDBLOCK on Windows)
bool isRefused(int error);        // the peer answered with a reset: nothing listens there
bool isUnreachable(int error);    // no route, host/network down, administratively prohibited
bool isTimedOut(int error);       // the system gave up waiting for an answer
bool isReset(int error);          // the connection was reset or broken while in use
int errorAddressFamilyUnsupported();  // EAFNOSUPPORT / WSAEAFNOSUPPORT, for "not an IP address"

// poll() / WSAPoll(). Returns the number of ready entries, 0 on timeout, -1 on error (see lastError()).
int poll(PollFd *fds, int count, int timeoutMs);
// Waits up to timeoutMs for a non-blocking connect() to finish (either way). >0 finished, 0 not yet, <0 error.
// Windows reports a failed connect as an exception, which WSAPoll missed before Windows 10 2004, so it uses select.
int waitConnected(Handle h, int timeoutMs);

// send()/recv() without SIGPIPE on a broken connection (MSG_NOSIGNAL on Linux; Windows has no SIGPIPE).
qint64 send(Handle h, const char *data, qint64 size);
qint64 recv(Handle h, char *data, qint64 size);

// QHostAddress <-> sockaddr. toSockaddr returns the length to pass to connect()/sendto(), 0 if the address is
// neither IPv4 nor IPv6. fromSockaddr turns IPv4-mapped IPv6 addresses back into IPv4.
SockLen toSockaddr(const QHostAddress &address, quint16 port, sockaddr_storage *out);
QHostAddress fromSockaddr(const sockaddr *sa);

}  // namespace rdpd::sock
