#include "checks/lab/lab_server.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include "checks/net/socket_api.h"

#ifndef Q_OS_WIN
#include <csignal>
#endif

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

#include <spdlog/spdlog.h>

#include "checks/core/logging.h"
#include "checks/guest/evidence_import.h"
#include "checks/lab/lab_tls.h"
#include "checks/lab/lab_wire.h"
#include "checks/rdp/tsrequest.h"

using namespace Qt::StringLiterals;

namespace rdpd::lab {

namespace {


constexpr int kSliceMs = 20;             // every wait re-checks the stop flag this often
constexpr int kRequestTimeoutMs = 5000;  // for the client's first bytes
constexpr int kLingerMs = 5000;          // after answering: wait for the client to hang up
constexpr int kSilentHoldMs = 30000;     // a silent server keeps the connection at most this long
constexpr int kMaxConnections = 64;      // concurrent; more are closed at once
constexpr int kMaxRequestBytes = 1024;

// Sleeps up to ms in slices, returning early once stop is set.
void sleepUnlessStopped(const std::atomic<bool> &stop, int ms) {
  QElapsedTimer t;
  t.start();
  while (!stop.load() && t.elapsed() < ms)
    std::this_thread::sleep_for(std::chrono::milliseconds(qMin(kSliceMs, int(ms - t.elapsed()))));
}

sockaddr_in loopback(int port) {
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(quint16(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return a;
}

int boundPort(sock::Handle fd) {
  sockaddr_in a{};
  sock::SockLen len = sizeof a;
  if (::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) != 0) return 0;
  return ntohs(a.sin_port);
}

// A TCP socket bound to 127.0.0.1 on an ephemeral port (not listening yet).
sock::Handle bindLoopback(int *error) {
  const sock::Handle fd = sock::open(AF_INET, SOCK_STREAM, 0, /*nonBlocking=*/true);
  if (!sock::isValid(fd)) {
    *error = sock::lastError();
    return sock::kInvalid;
  }
  const sockaddr_in a = loopback(0);
  if (::bind(fd, reinterpret_cast<const sockaddr *>(&a), sizeof a) != 0) {
    *error = sock::lastError();
    sock::close(fd);
    return sock::kInvalid;
  }
  return fd;
}

// One client connection of the lab: every wait is sliced so the stop flag ends it quickly.
class Conn {
 public:
  Conn(sock::Handle fd, const std::atomic<bool> &stop) : m_fd(fd), m_stop(stop) { m_timer.start(); }
  ~Conn() { sock::close(m_fd); }
  sock::Handle fd() const { return m_fd; }
  bool stopping() const { return m_stop.load(); }

  // Waits for events until timeoutMs passes or the lab stops. True when ready.
  bool wait(short events, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!stopping()) {
      const int left = timeoutMs - int(t.elapsed());
      if (left <= 0) return false;
      sock::PollFd p{m_fd, events, 0};
      const int r = sock::poll(&p, 1, qMin(left, kSliceMs));
      if (r > 0) return true;
      if (r < 0 && !sock::isInterrupted(sock::lastError())) return false;
    }
    return false;
  }
  void sleep(int ms) { sleepUnlessStopped(m_stop, ms); }
  // Up to n bytes; empty on timeout, close or error.
  QByteArray readSome(int n, int timeoutMs, bool *closed = nullptr) {
    if (closed) *closed = false;
    if (!wait(POLLIN, timeoutMs)) return {};
    QByteArray buf(n, Qt::Uninitialized);
    const qint64 r = sock::recv(m_fd, buf.data(), n);
    if (r <= 0) {
      if (closed && r == 0) *closed = true;
      if (closed && r < 0) {
        const int e = sock::lastError();
        if (!sock::isWouldBlock(e) && !sock::isInterrupted(e)) *closed = true;
      }
      return {};
    }
    buf.truncate(r);
    return buf;
  }
  QByteArray readExact(int n, int timeoutMs) {
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (out.size() < n) {
      const int left = timeoutMs - int(t.elapsed());
      bool closed = false;
      const QByteArray part = left > 0 ? readSome(n - int(out.size()), left, &closed) : QByteArray();
      if (part.isEmpty() && (closed || left <= 0 || stopping())) return out;
      out += part;
    }
    return out;
  }
  bool sendAll(const QByteArray &bytes, int timeoutMs = 3000) {
    qsizetype done = 0;
    while (done < bytes.size()) {
      if (!wait(POLLOUT, timeoutMs)) return false;
      const qint64 r = sock::send(m_fd, bytes.constData() + done, bytes.size() - done);
      if (r < 0 && !sock::isWouldBlock(sock::lastError()) && !sock::isInterrupted(sock::lastError())) return false;
      if (r > 0) done += r;
    }
    return true;
  }
  // The client's X.224 Connection Request (TPKT-framed), or what arrived instead.
  QByteArray readRequest() {
    QByteArray head = readExact(4, kRequestTimeoutMs);
    const int len = tpktLength(head);
    if (len < 4 || len > kMaxRequestBytes) return head;
    return head + readExact(len - 4, kRequestTimeoutMs);
  }
  // Reads and drops whatever comes until the client hangs up, the time is over, or the lab stops.
  void drainUntilClosed(int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!stopping() && t.elapsed() < timeoutMs) {
      bool closed = false;
      readSome(4096, int(timeoutMs - t.elapsed()), &closed);
      if (closed) return;
    }
  }
  void reset() {
    linger l{1, 0};  // (Winsock wants the option as a char pointer; a const void pointer elsewhere)
    ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&l), sizeof l);
    sock::close(m_fd);
    m_fd = sock::kInvalid;
  }

 private:
  sock::Handle m_fd;
  const std::atomic<bool> &m_stop;
  QElapsedTimer m_timer;
};

// Drives a non-blocking SSL operation with sliced waits. Returns the operation's result (> 0 success).
template <typename Op>
int runSsl(SSL *ssl, Conn &c, int timeoutMs, Op op) {
  QElapsedTimer t;
  t.start();
  for (;;) {
    const int r = op();
    if (r > 0) return r;
    const int e = SSL_get_error(ssl, r);
    const int left = timeoutMs - int(t.elapsed());
    if (left <= 0) return -1;
    if (e == SSL_ERROR_WANT_READ) { if (!c.wait(POLLIN, left)) return -1; continue; }
    if (e == SSL_ERROR_WANT_WRITE) { if (!c.wait(POLLOUT, left)) return -1; continue; }
    return r;
  }
}

// TLS on the same socket after the Confirm; for CredSSP, answer the NTLM NEGOTIATE with a CHALLENGE.
void serveTls(Conn &c, const RdpProfile &p, const ServerTlsContext &ctx, bool credssp) {
  if (p.tls == TlsMode::Broken || !ctx) {
    // What a server with an unusable certificate key does (measured on xrdp): an MCS disconnect, then it closes.
    c.readSome(4096, kRequestTimeoutMs);
    c.sendAll(mcsDisconnect());
    c.reset();
    return;
  }
  std::unique_ptr<SSL, void (*)(SSL *)> ssl(SSL_new(ctx.get()), SSL_free);
  if (!ssl) return;
  SSL_set_fd(ssl.get(), int(c.fd()));  // OpenSSL takes a Windows SOCKET cast to int, too
  if (runSsl(ssl.get(), c, kRequestTimeoutMs, [&] { return SSL_accept(ssl.get()); }) <= 0) {
    ERR_clear_error();
    return;
  }
  if (credssp) {
    QByteArray in;
    for (;;) {
      const int need = rdp::tsRequestFrameLength(in);
      if (need < 0) break;
      if (need > 0 && in.size() >= need) {
        const QByteArray answer = buildChallengeTsRequest(p.identity, QDateTime::currentDateTimeUtc());
        runSsl(ssl.get(), c, 3000, [&] { return SSL_write(ssl.get(), answer.constData(), int(answer.size())); });
        break;
      }
      char buf[2048];
      const int want = need > 0 ? qMin(int(sizeof buf), int(need - in.size())) : int(sizeof buf);
      const int r = runSsl(ssl.get(), c, kRequestTimeoutMs, [&] { return SSL_read(ssl.get(), buf, want); });
      if (r <= 0) break;
      in.append(buf, r);
    }
  }
  // Wait for the client to finish (it never sends credentials), then close.
  QElapsedTimer t;
  t.start();
  while (!c.stopping() && t.elapsed() < kLingerMs) {
    char buf[2048];
    const int r = runSsl(ssl.get(), c, int(kLingerMs - t.elapsed()), [&] { return SSL_read(ssl.get(), buf, sizeof buf); });
    if (r <= 0) break;
  }
  ERR_clear_error();
  SSL_shutdown(ssl.get());
  ERR_clear_error();
}

void serveConnection(sock::Handle fd, const ListenerSpec &spec, const ServerTlsContext &tls, const std::atomic<bool> &stop) {
  Conn c(fd, stop);
  switch (spec.behaviour) {
    case Behaviour::Refused:
    case Behaviour::Filtered:
      return;  // never accepted
    case Behaviour::Silent:
      c.drainUntilClosed(kSilentHoldMs);
      return;
    case Behaviour::AcceptClose:
      c.readRequest();
      return;  // orderly close: the request was read, so FIN and not RST
    case Behaviour::Reset:
      c.readRequest();
      c.reset();
      return;
    case Behaviour::Http:
      c.readSome(kMaxRequestBytes, kRequestTimeoutMs);
      c.sendAll(httpAnswer());
      return;
    case Behaviour::McsDisconnect:
      c.readRequest();
      c.sendAll(mcsDisconnect());
      c.reset();
      return;
    case Behaviour::NoNegotiation: {
      if (!parseConnectionRequest(c.readRequest()).valid) return;
      c.sendAll(buildConnectionConfirm({NegotiationAnswer::Kind::NoNegotiationData, 0}, 0));
      c.drainUntilClosed(kLingerMs);
      return;
    }
    case Behaviour::Rdp: {
      const ConnectionRequest cr = parseConnectionRequest(c.readRequest());
      const NegotiationAnswer a = chooseAnswer(spec.rdp, cr);
      if (a.kind == NegotiationAnswer::Kind::Close) return;
      if (spec.rdp.replyDelayMs > 0) c.sleep(spec.rdp.replyDelayMs);
      if (!c.sendAll(buildConnectionConfirm(a, spec.rdp.flags))) return;
      if (a.kind == NegotiationAnswer::Kind::Failure) return;  // the server MUST close after a failure
      if (a.tlsFollows()) {
        serveTls(c, spec.rdp, tls, a.value == 0x2 || a.value == 0x8);
        return;
      }
      c.drainUntilClosed(kLingerMs);
      return;
    }
  }
}

struct Worker {
  std::thread thread;
  std::shared_ptr<std::atomic<bool>> done;
};

struct Listener {
  ListenerSpec spec;
  sock::Handle fd = sock::kInvalid;
  int port = 0;
  std::vector<sock::Handle> fillers;  // filtered: our own connections that keep the accept queue full
  std::thread acceptThread;
};

// Fills the accept queue of a listener that never accepts, so that new connections hang like a dropping firewall.
// Backlog 0 still queues one connection (and the kernel may let one more in): connect until one no longer completes.
bool fillAcceptQueue(Listener &l) {
  for (int i = 0; i < 16; ++i) {
    // (Windows answers a full queue with a reset instead: no connect hangs, and this reports failure.)
    const sock::Handle fd = sock::open(AF_INET, SOCK_STREAM, 0, /*nonBlocking=*/true);
    if (!sock::isValid(fd)) return false;
    const sockaddr_in a = loopback(l.port);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&a), sizeof a) != 0 && !sock::isInProgress(sock::lastError())) {
      sock::close(fd);
      return false;
    }
    l.fillers.push_back(fd);
    if (sock::waitConnected(fd, 150) == 0) return true;  // this one hangs: the queue is full
  }
  return false;
}

}  // namespace

struct LabServer::Impl {
  std::optional<Scenario> scenario;
  std::atomic<bool> stop{false};
  std::vector<std::unique_ptr<Listener>> listeners;  // [0] main, [1] alternative
  ServerTlsContext tls;
  std::shared_ptr<const guest::GuestEvidence> evidence;
  QJsonObject resolvedEvidence;
  std::mutex mu;
  std::vector<Worker> workers;
  std::atomic<int> handled{0};

  void pruneWorkers() {
    for (auto it = workers.begin(); it != workers.end();) {
      if (it->done->load()) { it->thread.join(); it = workers.erase(it); }
      else ++it;
    }
  }

  void acceptLoop(Listener *l) {
    while (!stop.load()) {
      sock::PollFd p{l->fd, POLLIN, 0};
      const int r = sock::poll(&p, 1, kSliceMs * 2);
      if (r <= 0) continue;
      const sock::Handle fd = sock::accept(l->fd, /*nonBlocking=*/true);
      if (!sock::isValid(fd)) continue;
      if (!startWorker(fd, l->spec)) continue;
      // A lossy path: while the lab pauses, one more connection waits in the queue and the kernel drops the SYNs
      // of any others (their clients retransmit after about a second, or give up).
      if (l->spec.acceptPauseMs > 0) pauseAccepting(l->spec.acceptPauseMs);
    }
  }

  // Serves one accepted connection on its own thread; false (connection closed) when too many are open.
  bool startWorker(sock::Handle fd, const ListenerSpec &spec) {
    std::lock_guard lock(mu);
    pruneWorkers();
    if (int(workers.size()) >= kMaxConnections) { sock::close(fd); return false; }
    handled.fetch_add(1);
    auto done = std::make_shared<std::atomic<bool>>(false);
    ServerTlsContext ctx = tls;
    workers.push_back({std::thread([this, fd, spec, ctx, done] {
                         serveConnection(fd, spec, ctx, stop);
                         done->store(true);
                       }),
                       done});
    return true;
  }

  void pauseAccepting(int ms) { sleepUnlessStopped(stop, ms); }

  bool open(const ListenerSpec &spec, QString *error) {
    auto l = std::make_unique<Listener>();
    l->spec = spec;
    int bindError = 0;
    l->fd = bindLoopback(&bindError);
    if (!sock::isValid(l->fd)) { *error = sock::errorMessage(bindError); return false; }
    l->port = boundPort(l->fd);
    switch (spec.behaviour) {
      case Behaviour::Refused:
        break;  // bound but not listening: the port stays ours and every connection is refused
      case Behaviour::Filtered:
        if (::listen(l->fd, 0) != 0 || !fillAcceptQueue(*l)) {
          *error = QCoreApplication::translate("Lab", "The accept queue of the filtered port could not be filled.");
          listeners.push_back(std::move(l));
          return false;
        }
        break;
      default:
        // A pausing listener queues a single connection (backlog 0 = one), so the pause drops the others' SYNs.
        if (::listen(l->fd, spec.acceptPauseMs > 0 ? 0 : 16) != 0) { *error = sock::errorMessage(sock::lastError()); listeners.push_back(std::move(l)); return false; }
        Listener *raw = l.get();
        l->acceptThread = std::thread([this, raw] { acceptLoop(raw); });
        break;
    }
    listeners.push_back(std::move(l));
    return true;
  }

  void shutdown() {
    stop.store(true);
    for (auto &l : listeners)
      if (l->acceptThread.joinable()) l->acceptThread.join();
    {
      std::lock_guard lock(mu);
      for (Worker &w : workers) w.thread.join();
      workers.clear();
    }
    for (auto &l : listeners) {
      for (sock::Handle fd : l->fillers) sock::close(fd);
      sock::close(l->fd);
    }
    listeners.clear();
    tls.reset();
    evidence.reset();
    resolvedEvidence = {};
    scenario.reset();
    stop.store(false);
  }
};

LabServer::LabServer() : d(std::make_unique<Impl>()) {}
LabServer::~LabServer() { d->shutdown(); }

LabStart LabServer::start(const Scenario &scenario) {
  d->shutdown();
  // OpenSSL writes to the socket with write(): a client that already hung up would raise SIGPIPE and end the whole
  // program. Ignore it unless the program installed its own handler (then it is taken care of already).
#ifndef Q_OS_WIN  // Windows has no SIGPIPE: a write to a closed socket just fails
  struct sigaction current {};
  if (::sigaction(SIGPIPE, nullptr, &current) == 0 && current.sa_handler == SIG_DFL) ::signal(SIGPIPE, SIG_IGN);
#endif
  LabStart res;
  if (scenario.needsTls()) {
    const bool mainTls = scenario.main.behaviour == Behaviour::Rdp && scenario.main.rdp.failureCode == 0;
    const RdpProfile &p = mainTls || !scenario.alternative ? scenario.main.rdp : scenario.alternative->rdp;
    const QString cn = p.certificate.commonName.isEmpty() ? p.identity.dnsComputer : p.certificate.commonName;
    QString err;
    d->tls = makeServerTlsContext(p.certificate, cn, &err);
    if (!d->tls) {
      res.message = QCoreApplication::translate("Lab", "The lab could not make its test certificate: %1").arg(err);
      return res;
    }
  }
  QString err;
  if (!d->open(scenario.main, &err) || (scenario.alternative && !d->open(*scenario.alternative, &err))) {
    d->shutdown();
    res.message = QCoreApplication::translate("Lab", "The lab could not open its local port: %1").arg(err);
    return res;
  }
  d->scenario = scenario;
  if (!scenario.guestEvidence.isEmpty()) {
    d->resolvedEvidence = resolvePortPlaceholders(scenario.guestEvidence, mainPort(), alternativePort()).toObject();
    // Read exactly as an evidence file given with --evidence would be.
    const guest::ImportResult ev = guest::EvidenceImport::fromJson(QJsonDocument(d->resolvedEvidence).toJson());
    if (!ev.ok()) {
      d->shutdown();
      res.message = QCoreApplication::translate("Lab", "The scenario's guest evidence cannot be used: %1").arg(ev.message);
      return res;
    }
    d->evidence = ev.evidence;
  }
  spdlog::info("lab: scenario {} on 127.0.0.1:{} (alternative {})", scenario.id, mainPort(), alternativePort());
  res.ok = true;
  return res;
}

void LabServer::stop() { d->shutdown(); }
bool LabServer::isRunning() const { return d->scenario.has_value(); }
const Scenario *LabServer::scenario() const { return d->scenario ? &*d->scenario : nullptr; }
int LabServer::mainPort() const { return d->listeners.empty() ? 0 : d->listeners[0]->port; }
int LabServer::alternativePort() const { return d->listeners.size() < 2 ? 0 : d->listeners[1]->port; }
int LabServer::connectionsHandled() const { return d->handled.load(); }
QJsonObject LabServer::resolvedEvidence() const { return d->resolvedEvidence; }

QList<QHostAddress> LabServer::boundAddresses() const {
  QList<QHostAddress> out;
  for (const auto &l : d->listeners) {
    sockaddr_in a{};
    socklen_t len = sizeof a;
    if (::getsockname(l->fd, reinterpret_cast<sockaddr *>(&a), &len) == 0) out << QHostAddress(ntohl(a.sin_addr.s_addr));
  }
  return out;
}

Target LabServer::target() const {
  if (!d->scenario) return {};
  Target t = Target::fromInput(u"127.0.0.1:%1"_s.arg(mainPort()));
  if (alternativePort()) t.extraPorts = {alternativePort()};
  t.clientError = d->scenario->clientError;
  t.guestEvidence = d->evidence;
  return t;
}

}  // namespace rdpd::lab
