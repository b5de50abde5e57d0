#pragma once
// A loopback TCP server on its own threads that plays a script per connection, for the RDP replies no real peer
// (xrdp) produces: every failure code, a Windows-like HYBRID selection, odd or hostile answers, slow drips, resets.
// It records what each client sent, so tests can assert that no cookie or user name ever goes on the wire.

#include <QByteArray>
#include <QList>
#include <QMutex>

#include <QString>

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

#include "checks/net/socket_handle.h"

namespace rdpd::test {

struct ScriptStep {
  enum class Type { Send, Drip, Close, Reset, Silent, Wait };
  Type type = Type::Close;
  QByteArray bytes;   // Send / Drip
  int ms = 0;         // Drip: pause between bytes; Wait: pause

  static ScriptStep send(QByteArray b) { return {Type::Send, std::move(b), 0}; }
  static ScriptStep drip(QByteArray b, int msPerByte) { return {Type::Drip, std::move(b), msPerByte}; }
  static ScriptStep close() { return {Type::Close, {}, 0}; }
  static ScriptStep reset() { return {Type::Reset, {}, 0}; }      // SO_LINGER 0: the client sees RST
  static ScriptStep silent() { return {Type::Silent, {}, 0}; }    // say nothing until the client leaves
  static ScriptStep wait(int ms) { return {Type::Wait, {}, ms}; }
};

struct Script {
  bool readRequest = true;  // read the client's TPKT (the CR) before the steps; false = act right after accept
  QList<ScriptStep> steps;  // after the last step the connection is closed normally
};

class ScriptedRdpServer {
 public:
  using Responder = std::function<Script(const QByteArray &request)>;
  explicit ScriptedRdpServer(Script script);
  explicit ScriptedRdpServer(Responder responder);
  ~ScriptedRdpServer();
  ScriptedRdpServer(const ScriptedRdpServer &) = delete;
  ScriptedRdpServer &operator=(const ScriptedRdpServer &) = delete;

  int port() const { return m_port; }
  bool isListening() const { return m_port > 0; }
  QList<QByteArray> received() const;  // one entry per connection that sent something, in arrival order
  int connections() const { return m_connections.load(); }

  // Canned server PDUs.
  static QByteArray rsp(quint32 selected, quint8 flags = 0x01, quint16 srcRef = 0x1234);
  static QByteArray failure(quint32 code);
  static QByteArray ccWithoutNegData();
  static QByteArray mcsDisconnect();  // 03 00 00 09 02 F0 80 21 80
  // requestedProtocols of a received CR, or -1 when it is not the 19-byte form.
  static qint64 requestedOf(const QByteArray &cr);

 private:
  void start();
  void acceptLoop();
  void serve(sock::Handle fd);

  Responder m_responder;
  sock::Handle m_listenFd = sock::kInvalid;
  int m_port = 0;
  std::atomic_bool m_stop{false};
  std::atomic_int m_connections{0};
  std::thread m_acceptThread;
  std::vector<std::thread> m_workers;
  mutable QMutex m_mutex;
  QList<QByteArray> m_received;
};

// A context for running a remote check against 127.0.0.1:port, as if net.tcp_connect had found tcpState
// ("open", "refused", ...). extraPorts become Target::extraPorts.
}  // namespace rdpd::test

#include "checks/core/check.h"

namespace rdpd::test {
CheckContext loopbackContext(int port, int timeoutMs, const QString &tcpState = QStringLiteral("open"),
                             const QList<int> &extraPorts = {}, const QString &clientError = {});
}  // namespace rdpd::test
