#include "checks/net/tcp_socket.h"

#include <QElapsedTimer>

#include "checks/net/socket_api.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {
constexpr int kSliceMs = 20;

int sliceFor(const CancelToken &token, const QElapsedTimer &t, int timeoutMs) {
  const int left = qMin(timeoutMs - int(t.elapsed()), token.remainingMs());
  return qMax(0, qMin(kSliceMs, left));
}

ConnectState classifyError(int e) {
  if (sock::isRefused(e)) return ConnectState::Refused;
  if (sock::isUnreachable(e)) return ConnectState::Unreachable;
  if (sock::isTimedOut(e)) return ConnectState::Filtered;
  return ConnectState::LocalError;
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

TcpSocket::TcpSocket(TcpSocket &&o) noexcept : m_fd(o.m_fd), m_slot(std::move(o.m_slot)) { o.m_fd = sock::kInvalid; }

TcpSocket &TcpSocket::operator=(TcpSocket &&o) noexcept {
  if (this != &o) {
    close();
    m_fd = o.m_fd;
    m_slot = std::move(o.m_slot);
    o.m_fd = sock::kInvalid;
  }
  return *this;
}

void TcpSocket::close() {
  sock::close(m_fd);
  m_fd = sock::kInvalid;
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
    if (e) out.sysMessage = sock::errorMessage(e);
    out.elapsedMsExact = double(t.nsecsElapsed()) / 1e6;
    out.elapsedMs = t.elapsed();
    if (s != ConnectState::Open) close();
    return out;
  };

  sockaddr_storage ss{};
  const sock::SockLen len = sock::toSockaddr(address, port, &ss);
  if (len == 0) return finish(ConnectState::LocalError, sock::errorAddressFamilyUnsupported());

  m_slot = ConnectionGate::acquire(address, port, token, timeoutMs);
  if (!m_slot) return finish(token.isCancelled() ? ConnectState::Cancelled : ConnectState::Filtered, 0);
  t.restart();  // connect time and latency samples start when our own SYN can go out
  m_fd = sock::open(ss.ss_family, SOCK_STREAM, IPPROTO_TCP, /*nonBlocking=*/true);
  if (!sock::isValid(m_fd)) return finish(ConnectState::LocalError, sock::lastError());
  sock::setIntOption(m_fd, IPPROTO_TCP, TCP_NODELAY, 1);

  if (::connect(m_fd, reinterpret_cast<sockaddr *>(&ss), len) == 0) return finish(ConnectState::Open, 0);
  if (const int e = sock::lastError(); !sock::isInProgress(e)) return finish(classifyError(e), e);

  for (;;) {
    if (token.isCancelled()) return finish(ConnectState::Cancelled, 0);
    if (t.elapsed() >= timeoutMs || token.expired()) return finish(ConnectState::Filtered, 0);
    const int rc = sock::waitConnected(m_fd, sliceFor(token, t, timeoutMs));
    if (rc < 0 && sock::isInterrupted(sock::lastError())) continue;
    if (rc < 0) return finish(ConnectState::LocalError, sock::lastError());
    if (rc == 0) continue;
    const int err = sock::pendingError(m_fd);
    if (err == 0) return finish(ConnectState::Open, 0);
    return finish(classifyError(err), err);
  }
}

IoStatus TcpSocket::wait(WaitFor what, const CancelToken &token, int timeoutMs) {
  if (!sock::isValid(m_fd)) return IoStatus::Error;
  QElapsedTimer t;
  t.start();
  for (;;) {
    if (token.isCancelled()) return IoStatus::Cancelled;
    if (t.elapsed() >= timeoutMs || token.expired()) return IoStatus::Timeout;
    sock::PollFd p{m_fd, short(what == WaitFor::Read ? POLLIN : POLLOUT), 0};
    const int rc = sock::poll(&p, 1, sliceFor(token, t, timeoutMs));
    if (rc < 0 && sock::isInterrupted(sock::lastError())) continue;
    if (rc < 0) return IoStatus::Error;
    if (rc > 0) return IoStatus::Ok;  // includes POLLHUP/POLLERR: the next read/write tells which
  }
}

IoStatus TcpSocket::sendAll(const QByteArray &bytes, const CancelToken &token, int timeoutMs) {
  QElapsedTimer t;
  t.start();
  qsizetype sent = 0;
  while (sent < bytes.size()) {
    const qint64 n = sock::send(m_fd, bytes.constData() + sent, bytes.size() - sent);
    if (n > 0) { sent += n; continue; }
    const int e = n < 0 ? sock::lastError() : 0;
    if (n < 0 && sock::isInterrupted(e)) continue;
    if (n < 0 && sock::isWouldBlock(e)) {
      const IoStatus w = wait(WaitFor::Write, token, qMax(0, timeoutMs - int(t.elapsed())));
      if (w != IoStatus::Ok) return w;
      continue;
    }
    if (n < 0 && sock::isReset(e)) return IoStatus::Reset;
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
    const qint64 n = sock::recv(m_fd, r.data.data(), maxBytes);
    if (n > 0) { r.data.resize(n); r.status = IoStatus::Ok; return r; }
    r.data.clear();
    if (n == 0) { r.status = IoStatus::Closed; return r; }
    const int e = sock::lastError();
    if (sock::isInterrupted(e) || sock::isWouldBlock(e)) continue;
    r.sysError = e;
    r.status = sock::isReset(e) ? IoStatus::Reset : IoStatus::Error;
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
