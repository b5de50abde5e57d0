#pragma once
// A loopback stand-in for a Windows server with Network Level Authentication, for what xrdp cannot do: it answers
// the X.224 request with RDP_NEG_RSP selecting CredSSP (flags 0x1F, like Windows), runs TLS with a test
// certificate, reads the client's TSRequest and answers with a TSRequest holding an NTLM CHALLENGE whose target info
// carries names, a chosen timestamp and a Version. It records everything each client sent (the request, and all
// plaintext inside TLS) so tests can prove that no user name or AUTHENTICATE message ever goes out.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <thread>
#include <vector>

#include "checks/net/socket_handle.h"

namespace rdpd::test {

class ScriptedCredsspServer {
 public:
  struct Options {
    QString certFile;
    QString keyFile;
    quint32 selectedProtocol = 0x2;  // HYBRID
    quint8 flags = 0x1F;
    QString nbComputer = QStringLiteral("WIN-RDPD01");
    QString nbDomain = QStringLiteral("CONTOSO");
    QString dnsComputer = QStringLiteral("win-rdpd01.contoso.test");
    QString dnsDomain = QStringLiteral("contoso.test");
    QString dnsTree = QStringLiteral("contoso.test");
    QDateTime serverTime;            // invalid: no Timestamp AV_PAIR
    quint8 major = 10, minor = 0;
    quint16 build = 17763;
    QByteArray rawAnswer;            // when set: sent inside TLS instead of the TSRequest
  };

  struct Connection {
    QByteArray request;        // the X.224 Connection Request as received
    bool tlsOk = false;
    QByteArray plaintext;      // everything the client sent inside TLS, in order
    bool finished = false;     // the client closed (or the exchange timed out)
  };

  explicit ScriptedCredsspServer(const Options &o);
  ~ScriptedCredsspServer();
  ScriptedCredsspServer(const ScriptedCredsspServer &) = delete;
  ScriptedCredsspServer &operator=(const ScriptedCredsspServer &) = delete;

  bool isRunning() const { return m_port > 0; }
  int port() const { return m_port; }
  QString error() const { return m_error; }
  QList<Connection> connections() const;
  // Polls until n connections have finished (true) or timeoutMs passed (false).
  bool waitForFinished(int n, int timeoutMs) const;

  // The NTLM CHALLENGE message and the TSRequest the server sends (also handy for parser tests).
  static QByteArray buildChallenge(const Options &o);
  static QByteArray buildAnswer(const Options &o);

 private:
  void acceptLoop();
  void serve(sock::Handle fd, int index);

  Options m_opts;
  sock::Handle m_listenFd = sock::kInvalid;
  int m_port = 0;
  QString m_error;
  void *m_ctx = nullptr;  // SSL_CTX
  std::atomic_bool m_stop{false};
  std::thread m_acceptThread;
  std::vector<std::thread> m_workers;
  mutable QMutex m_mutex;
  QList<Connection> m_connections;
};

}  // namespace rdpd::test
