#pragma once
// A blocking-with-deadline TCP client socket for probes running on worker threads. Every wait is sliced so a
// CancelToken stops it within ~20 ms. Connect outcomes are classified the way the user needs them:
// open / refused / filtered (no answer) / unreachable (ICMP host, net or admin-prohibited).

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <memory>

#include "checks/core/cancel_token.h"
#include "checks/net/connection_gate.h"
#include "checks/net/socket_handle.h"

namespace rdpd {

enum class ConnectState { Open, Refused, Filtered, Unreachable, Cancelled, LocalError };
QString toString(ConnectState s);  // "open", "refused", "filtered", "unreachable", "cancelled", "local_error"

struct ConnectOutcome {
  ConnectState state = ConnectState::LocalError;
  int sysError = 0;          // errno (Windows: WSA error code) of the failure, 0 if none
  QString sysMessage;        // the system's text for it, for findings
  qint64 elapsedMs = 0;
  double elapsedMsExact = 0; // sub-millisecond, for latency statistics
};

enum class IoStatus { Ok, Closed, Reset, Timeout, Cancelled, Error };
QString toString(IoStatus s);

struct RecvResult {
  IoStatus status = IoStatus::Error;
  QByteArray data;
  int sysError = 0;
};

class TcpSocket {
 public:
  TcpSocket() = default;
  ~TcpSocket();
  TcpSocket(const TcpSocket &) = delete;
  TcpSocket &operator=(const TcpSocket &) = delete;
  TcpSocket(TcpSocket &&o) noexcept;
  TcpSocket &operator=(TcpSocket &&o) noexcept;

  // Connects with a timeout (and the token's deadline, whichever is first).
  ConnectOutcome connect(const QHostAddress &address, quint16 port, const CancelToken &token, int timeoutMs);
  bool isOpen() const { return sock::isValid(m_fd); }
  sock::Handle fd() const { return m_fd; }  // a file descriptor on Linux, a SOCKET on Windows
  void close();

  IoStatus sendAll(const QByteArray &bytes, const CancelToken &token, int timeoutMs);
  // Waits up to timeoutMs for at least one byte; returns what is available (up to maxBytes).
  RecvResult recvSome(int maxBytes, const CancelToken &token, int timeoutMs);
  // Reads exactly n bytes (or fails); partial data is returned with the failure status.
  RecvResult recvExact(int n, const CancelToken &token, int timeoutMs);

  // Waits until readable/writable; false on timeout/cancel. Used by TLS code driving OpenSSL on this fd.
  enum class WaitFor { Read, Write };
  IoStatus wait(WaitFor what, const CancelToken &token, int timeoutMs);

 private:
  sock::Handle m_fd = sock::kInvalid;
  std::unique_ptr<ConnectionGate::Slot> m_slot;  // held while connected or connecting
};

}  // namespace rdpd
