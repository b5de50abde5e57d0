#pragma once
// A diagnosing TLS client on an already connected TcpSocket (RDP starts TLS on the same socket after the X.224
// confirm). OpenSSL runs on memory BIOs and this class moves the bytes, so every wait goes through TcpSocket's
// sliced, cancellable waits, and we see exactly what the peer sent when the handshake fails (an alert, a close, a
// reset, or xrdp's 9-byte MCS disconnect). Nothing is trusted and nothing is refused: old versions, weak keys and
// unverifiable chains all complete the handshake; the chain is verified separately against the system store.

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

#include "checks/core/cancel_token.h"
#include "checks/net/tcp_socket.h"

namespace rdpd::tls {

enum class TlsVersion { Any, Tls10, Tls11, Tls12, Tls13 };
QString versionName(TlsVersion v);  // "TLSv1.0" ... ; "any"

struct TlsClientOptions {
  TlsVersion minVersion = TlsVersion::Tls10;
  TlsVersion maxVersion = TlsVersion::Any;  // Any = the highest this OpenSSL supports
  QString serverName;                        // SNI; ignored when empty or an IP literal
  bool verifyChain = true;                   // verify against the system store after the handshake
  int timeoutMs = 5000;                      // whole handshake
};

// How the peer answered a failed handshake.
enum class PeerReply {
  None,           // handshake succeeded
  Alert,          // a TLS alert (see alert)
  Closed,         // orderly close without an alert
  Reset,          // TCP reset
  McsDisconnect,  // an RDP X.224 PDU with an MCS Disconnect-Provider-Ultimatum instead of TLS (xrdp, broken TLS)
  NotTls,         // other bytes that are not TLS
  Timeout,        // no answer in time
  Cancelled,
  LocalError,     // our side failed (bad option, out of memory...)
};
QString toString(PeerReply p);  // "none", "alert", "closed", "reset", "mcs_disconnect", "not_tls", ...

struct TlsHandshakeResult {
  bool ok = false;
  QString error;             // OpenSSL's reason ("wrong version number"), empty on success
  PeerReply peer = PeerReply::None;
  QString alert;             // alert description from the peer ("protocol version", "handshake failure")
  QByteArray firstBytes;     // the first bytes the peer sent (at most 16), for findings
  QString version;           // "TLSv1.3"
  QString cipher;            // IANA name ("TLS_AES_256_GCM_SHA384")
  QString cipherOpenSsl;     // OpenSSL name ("ECDHE-RSA-AES256-GCM-SHA384")
  QList<QByteArray> chainDer;  // leaf first, as sent
  bool chainVerified = false;
  QString verifyError;       // OpenSSL's verify error text when not verified ("self-signed certificate")
  qint64 elapsedMs = 0;
};

class TlsClient {
 public:
  explicit TlsClient(TcpSocket &socket);
  ~TlsClient();
  TlsClient(const TlsClient &) = delete;
  TlsClient &operator=(const TlsClient &) = delete;

  TlsHandshakeResult handshake(const TlsClientOptions &options, const CancelToken &token);
  // Application data after a successful handshake.
  IoStatus write(const QByteArray &plain, const CancelToken &token, int timeoutMs);
  RecvResult read(int maxBytes, const CancelToken &token, int timeoutMs);

 private:
  struct Impl;
  std::unique_ptr<Impl> d;
};

// True when bytes start like xrdp's "go away": TPKT + X.224 DT + MCS Disconnect-Provider-Ultimatum.
bool looksLikeMcsDisconnect(const QByteArray &bytes);

}  // namespace rdpd::tls
