#include "tests/support/scripted_rdp_server.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QMutexLocker>

#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "checks/core/services.h"

namespace rdpd::test {

namespace {
// Waits until fd is readable or the stop flag is set; false on stop/timeout.
bool waitReadable(int fd, const std::atomic_bool &stop, int timeoutMs) {
  QElapsedTimer t;
  t.start();
  while (!stop.load() && t.elapsed() < timeoutMs) {
    pollfd p{fd, POLLIN, 0};
    const int rc = ::poll(&p, 1, 10);
    if (rc > 0) return true;
    if (rc < 0 && errno != EINTR) return false;
  }
  return false;
}

// Sleeps in short slices so the destructor never waits long.
void pause(const std::atomic_bool &stop, int ms) {
  QElapsedTimer t;
  t.start();
  while (!stop.load() && t.elapsed() < ms) ::usleep(2000);
}

bool sendBytes(int fd, const QByteArray &b) {
  qsizetype off = 0;
  while (off < b.size()) {
    const ssize_t n = ::send(fd, b.constData() + off, size_t(b.size() - off), MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    off += n;
  }
  return true;
}
}  // namespace

ScriptedRdpServer::ScriptedRdpServer(Script script)
    : m_responder([script](const QByteArray &) { return script; }) {
  start();
}

ScriptedRdpServer::ScriptedRdpServer(Responder responder) : m_responder(std::move(responder)) { start(); }

ScriptedRdpServer::~ScriptedRdpServer() {
  m_stop = true;
  if (m_acceptThread.joinable()) m_acceptThread.join();
  for (auto &w : m_workers)
    if (w.joinable()) w.join();
  if (m_listenFd >= 0) ::close(m_listenFd);
}

void ScriptedRdpServer::start() {
  m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (m_listenFd < 0) return;
  int one = 1;
  ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = 0;
  if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(m_listenFd, 32) != 0) return;
  socklen_t len = sizeof a;
  ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&a), &len);
  m_port = ntohs(a.sin_port);
  m_acceptThread = std::thread([this] { acceptLoop(); });
}

void ScriptedRdpServer::acceptLoop() {
  while (!m_stop.load()) {
    if (!waitReadable(m_listenFd, m_stop, 50)) continue;
    const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) continue;
    ++m_connections;
    m_workers.emplace_back([this, fd] { serve(fd); });  // only this thread touches m_workers until the destructor joins it
  }
}

void ScriptedRdpServer::serve(int fd) {
  // Peek at the first byte to decide whether there is a request to read (scripts may act before any request).
  QByteArray request;
  const Script probe = m_responder(QByteArray());
  if (probe.readRequest) {
    // Read one TPKT (length-driven), or whatever arrives within a second.
    char buf[512];
    while (waitReadable(fd, m_stop, 1000)) {
      const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
      if (n <= 0) break;
      request.append(buf, n);
      if (request.size() >= 4 && quint8(request.at(0)) == 0x03) {
        const int len = (quint8(request.at(2)) << 8) | quint8(request.at(3));
        if (request.size() >= len) break;
      } else if (request.size() >= 4) {
        break;
      }
    }
    QMutexLocker lock(&m_mutex);
    m_received.append(request);
  }
  const Script script = probe.readRequest ? m_responder(request) : probe;
  bool closed = false;
  for (const ScriptStep &s : script.steps) {
    if (m_stop.load() || closed) break;
    switch (s.type) {
      case ScriptStep::Type::Send:
        if (!sendBytes(fd, s.bytes)) closed = true;
        break;
      case ScriptStep::Type::Drip:
        for (char c : s.bytes) {
          if (m_stop.load() || !sendBytes(fd, QByteArray(1, c))) { closed = true; break; }
          pause(m_stop, s.ms);
        }
        break;
      case ScriptStep::Type::Wait: pause(m_stop, s.ms); break;
      case ScriptStep::Type::Close: ::shutdown(fd, SHUT_RDWR); closed = true; break;
      case ScriptStep::Type::Reset: {
        linger l{1, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
        ::close(fd);
        return;
      }
      case ScriptStep::Type::Silent: {
        // Keep the connection open, say nothing; end when the client closes or the server stops.
        char buf[256];
        while (!m_stop.load()) {
          if (!waitReadable(fd, m_stop, 50)) continue;
          const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
          if (n <= 0) break;
        }
        closed = true;
        break;
      }
    }
  }
  ::close(fd);
}

QList<QByteArray> ScriptedRdpServer::received() const {
  QMutexLocker lock(&m_mutex);
  return m_received;
}

QByteArray ScriptedRdpServer::rsp(quint32 selected, quint8 flags, quint16 srcRef) {
  QByteArray b = QByteArray::fromHex("030000130ed00000000000020008000000000000").left(19);
  b[8] = char(srcRef >> 8);
  b[9] = char(srcRef & 0xFF);
  b[12] = char(flags);
  for (int i = 0; i < 4; ++i) b[15 + i] = char((selected >> (8 * i)) & 0xFF);
  return b;
}

QByteArray ScriptedRdpServer::failure(quint32 code) {
  QByteArray b = QByteArray::fromHex("030000130ed00000123400030008000000000000").left(19);
  for (int i = 0; i < 4; ++i) b[15 + i] = char((code >> (8 * i)) & 0xFF);
  return b;
}

QByteArray ScriptedRdpServer::ccWithoutNegData() { return QByteArray::fromHex("0300000b06d00000123400"); }

QByteArray ScriptedRdpServer::mcsDisconnect() { return QByteArray::fromHex("0300000902f0802180"); }

qint64 ScriptedRdpServer::requestedOf(const QByteArray &cr) {
  if (cr.size() != 19 || quint8(cr.at(11)) != 0x01) return -1;
  return qint64(quint8(cr.at(15))) | (qint64(quint8(cr.at(16))) << 8) | (qint64(quint8(cr.at(17))) << 16) |
         (qint64(quint8(cr.at(18))) << 24);
}

}  // namespace rdpd::test

namespace rdpd::test {

CheckContext loopbackContext(int port, int timeoutMs, const QString &tcpState, const QList<int> &extraPorts,
                             const QString &clientError) {
  CheckContext ctx;
  ctx.target = Target::fromInput(QStringLiteral("127.0.0.1:%1").arg(port));
  ctx.target.extraPorts = extraPorts;
  ctx.target.clientError = clientError;
  CheckResult tcp = makeResult(tcpState == QStringLiteral("open") ? Status::Pass : Status::Fail,
                               {{QStringLiteral("state"), tcpState}, {QStringLiteral("address"), QStringLiteral("127.0.0.1")},
                                {QStringLiteral("port"), port}});
  tcp.id = QStringLiteral("net.tcp_connect");
  ctx.prior.insert(tcp.id, tcp);
  ctx.token = std::make_shared<CancelToken>(std::chrono::milliseconds(timeoutMs));
  ctx.services = &Services::system();
  ctx.timeoutMs = timeoutMs;
  return ctx;
}

}  // namespace rdpd::test
