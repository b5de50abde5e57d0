#include "checks/rdp/negotiation_probe.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace rdpd::rdp {

namespace {
using Kind = NegotiationOutcome::Kind;

// Non-TPKT replies (HTTP, SSH banners...) are classified from their first bytes; a short extra wait collects a
// little more for the evidence without slowing the probe down.
constexpr int kExtraBytesWaitMs = 30;

Kind fromIo(IoStatus s) {
  switch (s) {
    case IoStatus::Closed: return Kind::Closed;
    case IoStatus::Reset: return Kind::Reset;
    case IoStatus::Timeout: return Kind::Silent;
    case IoStatus::Cancelled: return Kind::Cancelled;
    default: return Kind::Reset;  // other socket errors after connect behave like a reset for the user
  }
}
}  // namespace

QString outcomeName(NegotiationOutcome::Kind k) {
  switch (k) {
    case Kind::Confirm: return u"confirm"_s;
    case Kind::Closed: return u"closed"_s;
    case Kind::Reset: return u"reset"_s;
    case Kind::Silent: return u"silent"_s;
    case Kind::ConnectFailed: return u"connect_failed"_s;
    case Kind::Cancelled: return u"cancelled"_s;
  }
  return {};
}

NegotiationOutcome negotiateOn(TcpSocket &sock, quint32 requested, const CancelToken &token, int timeoutMs) {
  NegotiationOutcome out;
  out.requested = requested;
  out.connect.state = ConnectState::Open;
  QElapsedTimer t;
  t.start();
  auto left = [&] { return qMax(0, timeoutMs - int(t.elapsed())); };
  auto done = [&](Kind k) {
    out.kind = k;
    out.replyMs = t.elapsed();
    if (!out.tlsFollows()) sock.close();
    return out;
  };

  const IoStatus sent = sock.sendAll(buildConnectionRequest(requested), token, left());
  if (sent != IoStatus::Ok) return done(fromIo(sent));

  // The TPKT header first (at most 4 bytes, so nothing after the confirm is ever consumed).
  RecvResult head = sock.recvSome(4, token, left());
  if (head.status != IoStatus::Ok) return done(fromIo(head.status));
  QByteArray reply = head.data;
  while (reply.size() < 4 && reply.at(0) == 0x03) {
    RecvResult more = sock.recvSome(int(4 - reply.size()), token, left());
    reply += more.data;
    if (more.status != IoStatus::Ok) {
      if (more.status == IoStatus::Cancelled) return done(Kind::Cancelled);
      out.confirm = parseConnectionConfirm(reply);
      return done(Kind::Confirm);
    }
  }
  const int len = tpktLength(reply);
  if (len > 4 && len <= kMaxConfirmBytes) {
    RecvResult rest = sock.recvExact(len - int(reply.size()), token, left());
    reply += rest.data;
    if (rest.status == IoStatus::Cancelled) return done(Kind::Cancelled);
  } else if (len < 0) {
    // Not a TPKT: gather a little more of what the peer says (an HTTP status line, a banner).
    RecvResult more = sock.recvSome(kMaxRawBytes, token, qMin(left(), kExtraBytesWaitMs));
    reply += more.data;
  }
  out.confirm = parseConnectionConfirm(reply);
  return done(Kind::Confirm);
}

NegotiationOutcome negotiate(TcpSocket &sock, const QHostAddress &addr, quint16 port, quint32 requested,
                             const CancelToken &token, int timeoutMs) {
  QElapsedTimer t;
  t.start();
  NegotiationOutcome out;
  out.requested = requested;
  out.connect = sock.connect(addr, port, token, timeoutMs);
  if (out.connect.state != ConnectState::Open) {
    out.kind = out.connect.state == ConnectState::Cancelled ? Kind::Cancelled : Kind::ConnectFailed;
    out.elapsedMs = t.elapsed();
    return out;
  }
  const ConnectOutcome connected = out.connect;
  out = negotiateOn(sock, requested, token, timeoutMs);
  out.connect = connected;
  out.elapsedMs = t.elapsed();
  return out;
}

}  // namespace rdpd::rdp
