#include "tests/support/scripted_credssp_server.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtEndian>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include "checks/net/socket_api.h"
#include "checks/rdp/ntlm.h"
#include "checks/rdp/tsrequest.h"
#include "tests/support/loopback.h"

using namespace Qt::StringLiterals;

namespace rdpd::test {

namespace {

constexpr int kIoTimeoutS = 3;

bool readExact(sock::Handle fd, char *buf, int n) {
  int got = 0;
  while (got < n) {
    const qint64 r = sock::recv(fd, buf + got, n - got);
    if (r > 0) { got += int(r); continue; }
    if (r < 0 && sock::isInterrupted(sock::lastError())) continue;
    return false;
  }
  return true;
}

void put16(QByteArray &b, quint16 v) { char x[2]; qToLittleEndian(v, x); b.append(x, 2); }
void put32(QByteArray &b, quint32 v) { char x[4]; qToLittleEndian(v, x); b.append(x, 4); }

QByteArray utf16(const QString &s) {
  QByteArray out;
  for (QChar c : s) put16(out, c.unicode());
  return out;
}

void avPair(QByteArray &b, quint16 id, const QByteArray &value) {
  put16(b, id);
  put16(b, quint16(value.size()));
  b.append(value);
}

}  // namespace

QByteArray ScriptedCredsspServer::buildChallenge(const Options &o) {
  QByteArray info;
  if (!o.nbDomain.isEmpty()) avPair(info, 2, utf16(o.nbDomain));
  if (!o.nbComputer.isEmpty()) avPair(info, 1, utf16(o.nbComputer));
  if (!o.dnsDomain.isEmpty()) avPair(info, 4, utf16(o.dnsDomain));
  if (!o.dnsComputer.isEmpty()) avPair(info, 3, utf16(o.dnsComputer));
  if (!o.dnsTree.isEmpty()) avPair(info, 5, utf16(o.dnsTree));
  if (o.serverTime.isValid()) {
    QByteArray ft(8, '\0');
    qToLittleEndian(rdp::utcToFileTime(o.serverTime), ft.data());
    avPair(info, 7, ft);
  }
  avPair(info, 0, {});
  const QByteArray target = utf16(o.nbDomain);
  const quint32 targetOffset = 56;
  const quint32 infoOffset = targetOffset + quint32(target.size());

  QByteArray m("NTLMSSP\0", 8);
  put32(m, 2);
  put16(m, quint16(target.size())); put16(m, quint16(target.size())); put32(m, targetOffset);
  put32(m, 0xE28A8215u);  // includes NEGOTIATE_VERSION and NEGOTIATE_TARGET_INFO
  m.append("\x01\x23\x45\x67\x89\xAB\xCD\xEF", 8);  // server challenge
  m.append(QByteArray(8, '\0'));
  put16(m, quint16(info.size())); put16(m, quint16(info.size())); put32(m, infoOffset);
  m.append(char(o.major)).append(char(o.minor));
  put16(m, o.build);
  m.append(QByteArray("\0\0\0\x0F", 4));
  m.append(target);
  m.append(info);
  return m;
}

QByteArray ScriptedCredsspServer::buildAnswer(const Options &o) {
  return rdp::buildTsRequest(buildChallenge(o), 6);
}

ScriptedCredsspServer::ScriptedCredsspServer(const Options &o) : m_opts(o) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  SSL_CTX_set_security_level(ctx, 0);
  if (SSL_CTX_use_certificate_file(ctx, o.certFile.toLocal8Bit().constData(), SSL_FILETYPE_PEM) != 1 ||
      SSL_CTX_use_PrivateKey_file(ctx, o.keyFile.toLocal8Bit().constData(), SSL_FILETYPE_PEM) != 1) {
    m_error = u"cannot load the test certificate"_s;
    SSL_CTX_free(ctx);
    return;
  }
  m_ctx = ctx;
  int port = 0;
  m_listenFd = listenLoopback(16, &port);
  if (!sock::isValid(m_listenFd)) {
    m_error = u"cannot listen on loopback"_s;
    return;
  }
  m_port = port;
  m_acceptThread = std::thread([this] { acceptLoop(); });
}

ScriptedCredsspServer::~ScriptedCredsspServer() {
  m_stop = true;
  if (m_acceptThread.joinable()) m_acceptThread.join();
  for (auto &w : m_workers) if (w.joinable()) w.join();
  if (sock::isValid(m_listenFd)) sock::close(m_listenFd);
  if (m_ctx) SSL_CTX_free(static_cast<SSL_CTX *>(m_ctx));
}

QList<ScriptedCredsspServer::Connection> ScriptedCredsspServer::connections() const {
  QMutexLocker l(&m_mutex);
  return m_connections;
}

bool ScriptedCredsspServer::waitForFinished(int n, int timeoutMs) const {
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < timeoutMs) {
    int done = 0;
    for (const Connection &c : connections()) done += c.finished ? 1 : 0;
    if (done >= n) return true;
    QThread::msleep(5);
  }
  return false;
}

void ScriptedCredsspServer::acceptLoop() {
  while (!m_stop) {
    if (!waitReadable(m_listenFd, 20)) continue;
    const sock::Handle fd = sock::accept(m_listenFd, false);
    if (!sock::isValid(fd)) continue;
    int index = 0;
    {
      QMutexLocker l(&m_mutex);
      index = int(m_connections.size());
      m_connections.append(Connection{});
    }
    m_workers.emplace_back([this, fd, index] { serve(fd, index); });
  }
}

void ScriptedCredsspServer::serve(sock::Handle fd, int index) {
  setIoTimeout(fd, kIoTimeoutS);
  auto update = [&](auto fn) {
    QMutexLocker l(&m_mutex);
    fn(m_connections[index]);
  };
  auto finish = [&] {
    update([](Connection &c) { c.finished = true; });
    sock::close(fd);
  };

  char head[4];
  if (!readExact(fd, head, 4)) return finish();
  const int total = (quint8(head[2]) << 8) | quint8(head[3]);
  if (total < 11 || total > 512) return finish();
  QByteArray cr(head, 4);
  cr.resize(total);
  if (!readExact(fd, cr.data() + 4, total - 4)) return finish();
  update([&](Connection &c) { c.request = cr; });

  QByteArray cc = QByteArray::fromHex("030000130ED00000123400");
  cc.append(char(0x02)).append(char(m_opts.flags));
  put16(cc, 8);
  put32(cc, m_opts.selectedProtocol);
  if (!sendAll(fd, cc.constData(), cc.size())) return finish();

  SSL *ssl = SSL_new(static_cast<SSL_CTX *>(m_ctx));
  SSL_set_fd(ssl, int(fd));  // OpenSSL takes a Winsock SOCKET as an int too
  if (SSL_accept(ssl) != 1) {
    ERR_clear_error();
    SSL_free(ssl);
    return finish();
  }
  update([](Connection &c) { c.tlsOk = true; });

  // Read one TSRequest, answer it, then record whatever else comes until the client closes.
  QByteArray in;
  bool answered = false;
  char buf[4096];
  for (;;) {
    const int n = SSL_read(ssl, buf, sizeof buf);
    if (n <= 0) break;
    in.append(buf, n);
    update([&](Connection &c) { c.plaintext.append(buf, n); });
    const int need = rdp::tsRequestFrameLength(in);
    if (!answered && need > 0 && in.size() >= need) {
      const QByteArray answer = m_opts.rawAnswer.isEmpty() ? buildAnswer(m_opts) : m_opts.rawAnswer;
      SSL_write(ssl, answer.constData(), int(answer.size()));
      answered = true;
    }
  }
  ERR_clear_error();
  SSL_free(ssl);
  finish();
}

}  // namespace rdpd::test
