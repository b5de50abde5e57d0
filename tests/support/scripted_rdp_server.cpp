#include "tests/support/scripted_rdp_server.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QMutexLocker>

#include <QThread>

#include "checks/core/services.h"
#include "checks/net/socket_api.h"
#include "tests/support/loopback.h"

namespace rdpd::test {

namespace {
// Waits until fd is readable or the stop flag is set; false on stop/timeout.
bool waitReadable(sock::Handle fd, const std::atomic_bool &stop, int timeoutMs) {
  QElapsedTimer t;
  t.start();
  while (!stop.load() && t.elapsed() < timeoutMs) {
    sock::PollFd p{};
    p.fd = fd;
    p.events = POLLIN;
    const int rc = sock::poll(&p, 1, 10);
    if (rc > 0) return true;
    if (rc < 0 && !sock::isInterrupted(sock::lastError())) return false;
  }
  return false;
}

// A scripted server's deliberate slowness (the scenario, not ordering): sleeps in short slices so the destructor
// never waits long.
void pause(const std::atomic_bool &stop, int ms) {
  QElapsedTimer t;
  t.start();
  while (!stop.load() && t.elapsed() < ms) QThread::msleep(2);
}

bool sendBytes(sock::Handle fd, const QByteArray &b) { return sendAll(fd, b.constData(), b.size()); }
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
  if (sock::isValid(m_listenFd)) sock::close(m_listenFd);
}

void ScriptedRdpServer::start() {
  int port = 0;
  m_listenFd = listenLoopback(32, &port, true);
  if (!sock::isValid(m_listenFd)) return;
  m_port = port;
  m_acceptThread = std::thread([this] { acceptLoop(); });
}

void ScriptedRdpServer::acceptLoop() {
  while (!m_stop.load()) {
    if (!waitReadable(m_listenFd, m_stop, 50)) continue;
    const sock::Handle fd = sock::accept(m_listenFd, false);
    if (!sock::isValid(fd)) continue;
    ++m_connections;
    m_workers.emplace_back([this, fd] { serve(fd); });  // only this thread touches m_workers until the destructor joins it
  }
}

void ScriptedRdpServer::serve(sock::Handle fd) {
  // Peek at the first byte to decide whether there is a request to read (scripts may act before any request).
  QByteArray request;
  const Script probe = m_responder(QByteArray());
  if (probe.readRequest) {
    // Read one TPKT (length-driven), or whatever arrives within a second.
    char buf[512];
    while (waitReadable(fd, m_stop, 1000)) {
      const qint64 n = sock::recv(fd, buf, sizeof buf);
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
      case ScriptStep::Type::Close: shutdownBoth(fd); closed = true; break;
      case ScriptStep::Type::Reset: closeWithReset(fd); return;
      case ScriptStep::Type::Silent: {
        // Keep the connection open, say nothing; end when the client closes or the server stops.
        char buf[256];
        while (!m_stop.load()) {
          if (!waitReadable(fd, m_stop, 50)) continue;
          const qint64 n = sock::recv(fd, buf, sizeof buf);
          if (n <= 0) break;
        }
        closed = true;
        break;
      }
    }
  }
  sock::close(fd);
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
