#pragma once
// One RDP security negotiation over a fresh TCP connection: connect, send the cookie-less X.224 Connection Request
// with the requested protocols, read the server's reply (driven by the TPKT length, bounded in size and time) and
// classify it. Used by rdp.negotiation, net.alt_ports and the TLS checks (which continue on the same socket).

#include <QHostAddress>

#include "checks/core/cancel_token.h"
#include "checks/net/tcp_socket.h"
#include "checks/rdp/x224.h"

namespace rdpd::rdp {

struct NegotiationOutcome {
  enum class Kind {
    Confirm,        // some bytes came back: see confirm.kind (may still be non-RDP, truncated...)
    Closed,         // orderly close before any byte
    Reset,          // connection reset before any byte
    Silent,         // connected, request sent, nothing came back in time
    ConnectFailed,  // the TCP connect itself failed: see connect
    Cancelled,      // the token was cancelled
  };
  Kind kind = Kind::ConnectFailed;
  ConnectionConfirm confirm;
  ConnectOutcome connect;
  quint32 requested = 0;
  qint64 elapsedMs = 0;    // connect + request + reply
  qint64 replyMs = 0;      // from sending the request to the end of the reply (or the failure)

  bool isRdp() const { return kind == Kind::Confirm && confirm.isRdp(); }
  // True when the server selected a protocol that runs TLS next on the same socket.
  bool tlsFollows() const {
    return kind == Kind::Confirm && confirm.kind == ConnectionConfirm::Kind::Response &&
           (confirm.selectedProtocol == ProtocolSsl || confirm.selectedProtocol == ProtocolHybrid ||
            confirm.selectedProtocol == ProtocolHybridEx);
  }
};

// Stable names: "confirm", "closed", "reset", "silent", "connect_failed", "cancelled".
QString outcomeName(NegotiationOutcome::Kind k);

// Connects sock to addr:port, sends the CR, reads the CC (TPKT length-driven, bounded size, per-read timeout).
// timeoutMs bounds the connect and, separately, the whole reply (a slow drip cannot stretch it).
// After a Response selecting SSL/HYBRID/HYBRID_EX the socket is left open so TLS can start on it; in every other
// case it is closed on return.
NegotiationOutcome negotiate(TcpSocket &sock, const QHostAddress &addr, quint16 port, quint32 requested,
                             const CancelToken &token, int timeoutMs);

// The same exchange on an already connected socket (connect part of the outcome left default/Open).
NegotiationOutcome negotiateOn(TcpSocket &sock, quint32 requested, const CancelToken &token, int timeoutMs);

}  // namespace rdpd::rdp
