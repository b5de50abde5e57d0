// Linux and Windows implementations of the socket helpers in socket_api.h.
#include "checks/net/socket_api.h"

#include <cstring>

#ifdef Q_OS_WIN
#include <mutex>
#else
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace rdpd::sock {

#ifdef Q_OS_WIN

bool ensureStarted() {
  static std::once_flag once;
  static bool started = false;
  std::call_once(once, [] {
    WSADATA data{};
    started = WSAStartup(MAKEWORD(2, 2), &data) == 0;  // never cleaned up: the process ends first
  });
  return started;
}

Handle open(int family, int type, int protocol, bool nonBlocking) {
  if (!ensureStarted()) return kInvalid;
  const Handle h = ::WSASocketW(family, type, protocol, nullptr, 0, WSA_FLAG_OVERLAPPED | WSA_FLAG_NO_HANDLE_INHERIT);
  if (h == kInvalid) return kInvalid;
  if (nonBlocking && !setNonBlocking(h, true)) {
    const int e = WSAGetLastError();
    ::closesocket(h);
    WSASetLastError(e);
    return kInvalid;
  }
  return h;
}

void close(Handle h) {
  if (h != kInvalid) ::closesocket(h);
}

Handle accept(Handle listener, bool nonBlocking) {
  // Accepted sockets inherit the listener's mode on Windows; set it explicitly either way.
  const Handle h = ::accept(listener, nullptr, nullptr);
  if (h == kInvalid) return kInvalid;
  if (!setNonBlocking(h, nonBlocking)) {
    const int e = WSAGetLastError();
    ::closesocket(h);
    WSASetLastError(e);
    return kInvalid;
  }
  SetHandleInformation(reinterpret_cast<HANDLE>(h), HANDLE_FLAG_INHERIT, 0);
  return h;
}

bool setNonBlocking(Handle h, bool on) {
  u_long mode = on ? 1 : 0;
  return ::ioctlsocket(h, FIONBIO, &mode) == 0;
}

bool setIntOption(Handle h, int level, int name, int value) {
  return ::setsockopt(h, level, name, reinterpret_cast<const char *>(&value), int(sizeof value)) == 0;
}

int pendingError(Handle h) {
  int err = 0;
  int len = sizeof err;
  if (::getsockopt(h, SOL_SOCKET, SO_ERROR, reinterpret_cast<char *>(&err), &len) != 0) return WSAGetLastError();
  return err;
}

int lastError() { return WSAGetLastError(); }

QString errorMessage(int error) {
  wchar_t *text = nullptr;
  const DWORD n = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                                 nullptr, DWORD(error), 0, reinterpret_cast<wchar_t *>(&text), 0, nullptr);
  QString s = n ? QString::fromWCharArray(text, int(n)).trimmed() : QString::fromLatin1("error %1").arg(error);
  if (text) LocalFree(text);
  return s;
}

bool isInterrupted(int error) { return error == WSAEINTR; }
bool isWouldBlock(int error) { return error == WSAEWOULDBLOCK; }
bool isInProgress(int error) { return error == WSAEWOULDBLOCK || error == WSAEINPROGRESS; }
bool isRefused(int error) { return error == WSAECONNREFUSED; }
bool isUnreachable(int error) {
  return error == WSAEHOSTUNREACH || error == WSAENETUNREACH || error == WSAEACCES || error == WSAEHOSTDOWN ||
         error == WSAENETDOWN;
}
bool isTimedOut(int error) { return error == WSAETIMEDOUT; }
bool isReset(int error) { return error == WSAECONNRESET || error == WSAECONNABORTED || error == WSAESHUTDOWN; }
int errorAddressFamilyUnsupported() { return WSAEAFNOSUPPORT; }

int poll(PollFd *fds, int count, int timeoutMs) { return ::WSAPoll(fds, ULONG(count), timeoutMs); }

int waitConnected(Handle h, int timeoutMs) {
  fd_set writable;
  fd_set failed;
  FD_ZERO(&writable);
  FD_ZERO(&failed);
  FD_SET(h, &writable);
  FD_SET(h, &failed);
  timeval tv{timeoutMs / 1000, (timeoutMs % 1000) * 1000};
  const int rc = ::select(0, nullptr, &writable, &failed, &tv);  // the first argument is ignored by Winsock
  return rc == SOCKET_ERROR ? -1 : rc;
}

qint64 send(Handle h, const char *data, qint64 size) {
  const int rc = ::send(h, data, int(qMin<qint64>(size, 1 << 30)), 0);
  return rc == SOCKET_ERROR ? -1 : rc;
}

qint64 recv(Handle h, char *data, qint64 size) {
  const int rc = ::recv(h, data, int(qMin<qint64>(size, 1 << 30)), 0);
  return rc == SOCKET_ERROR ? -1 : rc;
}

#else  // Linux

bool ensureStarted() { return true; }

Handle open(int family, int type, int protocol, bool nonBlocking) {
  return ::socket(family, type | SOCK_CLOEXEC | (nonBlocking ? SOCK_NONBLOCK : 0), protocol);
}

void close(Handle h) {
  if (h >= 0) ::close(h);
}

Handle accept(Handle listener, bool nonBlocking) {
  return ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC | (nonBlocking ? SOCK_NONBLOCK : 0));
}

bool setNonBlocking(Handle h, bool on) {
  const int flags = ::fcntl(h, F_GETFL, 0);
  if (flags < 0) return false;
  return ::fcntl(h, F_SETFL, on ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK)) == 0;
}

bool setIntOption(Handle h, int level, int name, int value) {
  return ::setsockopt(h, level, name, &value, sizeof value) == 0;
}

int pendingError(Handle h) {
  int err = 0;
  socklen_t len = sizeof err;
  ::getsockopt(h, SOL_SOCKET, SO_ERROR, &err, &len);
  return err;
}

int lastError() { return errno; }

QString errorMessage(int error) { return QString::fromLocal8Bit(std::strerror(error)); }

bool isInterrupted(int error) { return error == EINTR; }
bool isWouldBlock(int error) { return error == EAGAIN || error == EWOULDBLOCK; }
bool isInProgress(int error) { return error == EINPROGRESS; }
bool isRefused(int error) { return error == ECONNREFUSED; }
bool isUnreachable(int error) {
  switch (error) {
    case EHOSTUNREACH:
    case ENETUNREACH:
    case EACCES:  // admin-prohibited may surface as EACCES on some kernels
    case EPERM:
    case EHOSTDOWN:
    case ENETDOWN: return true;
    default: return false;
  }
}
bool isTimedOut(int error) { return error == ETIMEDOUT; }
bool isReset(int error) { return error == ECONNRESET || error == EPIPE; }
int errorAddressFamilyUnsupported() { return EAFNOSUPPORT; }

int poll(PollFd *fds, int count, int timeoutMs) { return ::poll(fds, nfds_t(count), timeoutMs); }

int waitConnected(Handle h, int timeoutMs) {
  pollfd p{h, POLLOUT, 0};
  return ::poll(&p, 1, timeoutMs);
}

qint64 send(Handle h, const char *data, qint64 size) { return ::send(h, data, size_t(size), MSG_NOSIGNAL); }

qint64 recv(Handle h, char *data, qint64 size) { return ::recv(h, data, size_t(size), 0); }

#endif

SockLen toSockaddr(const QHostAddress &address, quint16 port, sockaddr_storage *out) {
  std::memset(out, 0, sizeof *out);
  if (address.protocol() == QAbstractSocket::IPv4Protocol) {
    auto *sin = reinterpret_cast<sockaddr_in *>(out);
    sin->sin_family = AF_INET;
    sin->sin_port = htons(port);
    sin->sin_addr.s_addr = htonl(address.toIPv4Address());
    return SockLen(sizeof(sockaddr_in));
  }
  if (address.protocol() == QAbstractSocket::IPv6Protocol) {
    auto *sin6 = reinterpret_cast<sockaddr_in6 *>(out);
    sin6->sin6_family = AF_INET6;
    sin6->sin6_port = htons(port);
    const Q_IPV6ADDR a = address.toIPv6Address();
    std::memcpy(&sin6->sin6_addr, &a, 16);
    bool ok = false;
    const uint scope = address.scopeId().toUInt(&ok);
    if (ok) sin6->sin6_scope_id = scope;
    return SockLen(sizeof(sockaddr_in6));
  }
  return 0;
}

QHostAddress fromSockaddr(const sockaddr *sa) {
  QHostAddress a(sa);
  if (a.protocol() == QAbstractSocket::IPv6Protocol) {
    bool isV4 = false;
    const quint32 v4 = a.toIPv4Address(&isV4);
    if (isV4) return QHostAddress(v4);
  }
  return a;
}

}  // namespace rdpd::sock
