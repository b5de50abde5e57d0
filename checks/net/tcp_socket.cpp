#include "checks/net/tcp_socket.h"

#include <QElapsedTimer>

#include <cerrno>
#include <chrono>
#include <cstring>

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {
constexpr int kSliceMs = 20;

int sliceFor(const CancelToken &token, const QElapsedTimer &t, int timeoutMs) {
  const int left = qMin(timeoutMs - int(t.elapsed()), token.remainingMs());
  return qMax(0, qMin(kSliceMs, left));
}

ConnectState classifyErrno(int e) {
  switch (e) {
    case ECONNREFUSED: return ConnectState::Refused;
    case EHOSTUNREACH:
    case ENETUNREACH:
    case EACCES:   // admin-prohibited may surface as EACCES on some kernels
    case EPERM:
    case EHOSTDOWN:
    case ENETDOWN: return ConnectState::Unreachable;
    case ETIMEDOUT: return ConnectState::Filtered;
    default: return ConnectState::LocalError;
  }
}
}  // namespace

QString toString(ConnectState s) {
  switch (s) {
    case ConnectState::Open: return u"open"_s;
    case ConnectState::Refused: return u"refused"_s;
    case ConnectState::Filtered: return u"filtered"_s;
    case ConnectState::Unreachable: return u"unreachable"_s;
    case ConnectState::Cancelled: return u"cancelled"_s;
    case ConnectState::LocalError: return u"local_error"_s;
  }
  return {};
}

QString toString(IoStatus s) {
  switch (s) {
    case IoStatus::Ok: return u"ok"_s;
    case IoStatus::Closed: return u"closed"_s;
    case IoStatus::Reset: return u"reset"_s;
    case IoStatus::Timeout: return u"timeout"_s;
    case IoStatus::Cancelled: return u"cancelled"_s;
    case IoStatus::Error: return u"error"_s;
  }
  return {};
}

TcpSocket::~TcpSocket() { close(); }

TcpSocket::TcpSocket(TcpSocket &&o) noexcept : m_fd(o.m_fd), m_slot(std::move(o.m_slot)) { o.m_fd = -1; }

TcpSocket &TcpSocket::operator=(TcpSocket &&o) noexcept {
  if (this != &o) {
    close();
    m_fd = o.m_fd;
    m_slot = std::move(o.m_slot);
    o.m_fd = -1;
  }
  return *this;
}

void TcpSocket::close() {
  if (m_fd >= 0) ::close(m_fd);
  m_fd = -1;
  m_slot.reset();
}

ConnectOutcome TcpSocket::connect(const QHostAddress &address, quint16 port, const CancelToken &token, int timeoutMs) {
  close();
  ConnectOutcome out;
  QElapsedTimer t;
  t.start();
  auto finish = [&](ConnectState s, int e) {
    out.state = s;
    out.sysError = e;
    if (e) out.sysMessage = QString::fromLocal8Bit(std::strerror(e));
    out.elapsedMsExact = double(t.nsecsElapsed()) / 1e6;
    out.elapsedMs = t.elapsed();
    if (s != ConnectState::Open) close();
    return out;
  };

  sockaddr_storage ss{};
  socklen_t len = 0;
  if (address.protocol() == QAbstractSocket::IPv4Protocol) {
    auto *sin = reinterpret_cast<sockaddr_in *>(&ss);
    sin->sin_family = AF_INET;
    sin->sin_port = htons(port);
    sin->sin_addr.s_addr = htonl(address.toIPv4Address());
    len = sizeof(sockaddr_in);
  } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
    auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&ss);
    sin6->sin6_family = AF_INET6;
    sin6->sin6_port = htons(port);
    const Q_IPV6ADDR a = address.toIPv6Address();
    std::memcpy(&sin6->sin6_addr, &a, 16);
    bool ok = false;
    const uint scope = address.scopeId().toUInt(&ok);
    if (ok) sin6->sin6_scope_id = scope;
    len = sizeof(sockaddr_in6);
  } else {
    return finish(ConnectState::LocalError, EAFNOSUPPORT);
  }

  m_slot = ConnectionGate::acquire(address, port, token, timeoutMs);
  if (!m_slot) return finish(token.isCancelled() ? ConnectState::Cancelled : ConnectState::Filtered, 0);
  t.restart();  // connect time and latency samples start when our own SYN can go out
  m_fd = ::socket(ss.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, IPPROTO_TCP);
  if (m_fd < 0) return finish(ConnectState::LocalError, errno);
  int one = 1;
  ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

  if (::connect(m_fd, reinterpret_cast<sockaddr *>(&ss), len) == 0) return finish(ConnectState::Open, 0);
  if (errno != EINPROGRESS) return finish(classifyErrno(errno), errno);

  for (;;) {
    if (token.isCancelled()) return finish(ConnectState::Cancelled, 0);
    if (t.elapsed() >= timeoutMs || token.expired()) return finish(ConnectState::Filtered, 0);
    pollfd p{m_fd, POLLOUT, 0};
    const int rc = ::poll(&p, 1, sliceFor(token, t, timeoutMs));
    if (rc < 0 && errno == EINTR) continue;
    if (rc < 0) return finish(ConnectState::LocalError, errno);
    if (rc == 0) continue;
    int err = 0;
    socklen_t el = sizeof err;
    ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &err, &el);
    if (err == 0) return finish(ConnectState::Open, 0);
    return finish(classifyErrno(err), err);
  }
}

IoStatus TcpSocket::wait(WaitFor what, const CancelToken &token, int timeoutMs) {
  if (m_fd < 0) return IoStatus::Error;
  QElapsedTimer t;
  t.start();
  for (;;) {
    if (token.isCancelled()) return IoStatus::Cancelled;
    if (t.elapsed() >= timeoutMs || token.expired()) return IoStatus::Timeout;
    pollfd p{m_fd, short(what == WaitFor::Read ? POLLIN : POLLOUT), 0};
    const int rc = ::poll(&p, 1, sliceFor(token, t, timeoutMs));
    if (rc < 0 && errno == EINTR) continue;
    if (rc < 0) return IoStatus::Error;
    if (rc > 0) return IoStatus::Ok;  // includes POLLHUP/POLLERR: the next read/write tells which
  }
}

IoStatus TcpSocket::sendAll(const QByteArray &bytes, const CancelToken &token, int timeoutMs) {
  QElapsedTimer t;
  t.start();
  qsizetype sent = 0;
  while (sent < bytes.size()) {
    const ssize_t n = ::send(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
    if (n > 0) { sent += n; continue; }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      const IoStatus w = wait(WaitFor::Write, token, qMax(0, timeoutMs - int(t.elapsed())));
      if (w != IoStatus::Ok) return w;
      continue;
    }
    if (n < 0 && (errno == ECONNRESET || errno == EPIPE)) return IoStatus::Reset;
    return IoStatus::Error;
  }
  return IoStatus::Ok;
}

RecvResult TcpSocket::recvSome(int maxBytes, const CancelToken &token, int timeoutMs) {
  RecvResult r;
  QElapsedTimer t;
  t.start();
  for (;;) {
    const IoStatus w = wait(WaitFor::Read, token, qMax(0, timeoutMs - int(t.elapsed())));
    if (w != IoStatus::Ok) { r.status = w; return r; }
    r.data.resize(maxBytes);
    const ssize_t n = ::recv(m_fd, r.data.data(), size_t(maxBytes), 0);
    if (n > 0) { r.data.resize(n); r.status = IoStatus::Ok; return r; }
    r.data.clear();
    if (n == 0) { r.status = IoStatus::Closed; return r; }
    if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK) continue;
    r.sysError = errno;
    r.status = (errno == ECONNRESET) ? IoStatus::Reset : IoStatus::Error;
    return r;
  }
}

RecvResult TcpSocket::recvExact(int n, const CancelToken &token, int timeoutMs) {
  RecvResult out;
  QElapsedTimer t;
  t.start();
  while (out.data.size() < n) {
    RecvResult part = recvSome(n - int(out.data.size()), token, qMax(0, timeoutMs - int(t.elapsed())));
    out.data += part.data;
    if (part.status != IoStatus::Ok) { out.status = part.status; out.sysError = part.sysError; return out; }
  }
  out.status = IoStatus::Ok;
  return out;
}

}  // namespace rdpd
