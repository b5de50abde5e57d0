#include "checks/lab/lab_wire.h"

#include <QRandomGenerator>

#include "checks/rdp/ntlm.h"
#include "checks/rdp/tsrequest.h"

using namespace Qt::StringLiterals;

namespace rdpd::lab {

namespace {
constexpr quint32 kRdp = 0x0, kSsl = 0x1, kHybrid = 0x2, kHybridEx = 0x8;

void putLe16(QByteArray &b, quint16 v) { b.append(char(v & 0xFF)).append(char(v >> 8)); }
void putLe32(QByteArray &b, quint32 v) { for (int i = 0; i < 4; ++i) b.append(char((v >> (8 * i)) & 0xFF)); }
void putLe64(QByteArray &b, quint64 v) { for (int i = 0; i < 8; ++i) b.append(char((v >> (8 * i)) & 0xFF)); }

QByteArray utf16le(const QString &s) {
  QByteArray out;
  for (QChar c : s) putLe16(out, c.unicode());
  return out;
}

void avPair(QByteArray &b, quint16 id, const QByteArray &value) {
  putLe16(b, id);
  putLe16(b, quint16(value.size()));
  b.append(value);
}
}  // namespace

int tpktLength(const QByteArray &h) {
  if (h.size() < 4 || quint8(h[0]) != 0x03 || quint8(h[1]) != 0x00) return -1;
  return (quint8(h[2]) << 8) | quint8(h[3]);
}

ConnectionRequest parseConnectionRequest(const QByteArray &pdu) {
  ConnectionRequest cr;
  const int len = tpktLength(pdu);
  if (len < 11 || pdu.size() < len) return cr;
  const int li = quint8(pdu[4]);
  if (quint8(pdu[5]) != 0xE0 || li + 5 != len) return cr;
  cr.valid = true;
  qsizetype pos = 11;
  // A cookie or routing token ends with CR LF; the negotiation request follows it.
  if (len - pos >= 2 && (pdu.mid(pos, 7) == "Cookie:" || pdu.mid(pos, 6) == "Cookie")) {
    const qsizetype end = pdu.indexOf("\r\n", pos);
    if (end < 0 || end + 2 > len) return cr;
    pos = end + 2;
  }
  if (len - pos >= 8 && quint8(pdu[pos]) == 0x01) {
    quint32 v = 0;
    for (int i = 0; i < 4; ++i) v |= quint32(quint8(pdu[pos + 4 + i])) << (8 * i);
    cr.requested = v;
  }
  return cr;
}

NegotiationAnswer chooseAnswer(const RdpProfile &p, const ConnectionRequest &cr) {
  NegotiationAnswer a;
  if (!cr.valid) return a;  // Close
  const bool rdp = p.protocols.contains(u"rdp"_s);
  if (!cr.requested) {
    // No negotiation request: only standard RDP security is possible.
    if (rdp || p.failureCode) a.kind = NegotiationAnswer::Kind::NoNegotiationData;
    return a;
  }
  if (p.failureCode) return {NegotiationAnswer::Kind::Failure, quint32(p.failureCode)};
  const quint32 req = *cr.requested;
  // Windows prefers the strongest protocol both sides support.
  const struct { quint32 bit; const char *name; } order[] = {{kHybridEx, "hybrid_ex"}, {kHybrid, "hybrid"}, {kSsl, "tls"}};
  for (const auto &o : order)
    if ((req & o.bit) && p.protocols.contains(QString::fromLatin1(o.name))) return {NegotiationAnswer::Kind::Response, o.bit};
  if (req == kRdp && rdp) return {NegotiationAnswer::Kind::Response, kRdp};
  if (p.refusalCode) return {NegotiationAnswer::Kind::Failure, quint32(p.refusalCode)};
  if (rdp) return {NegotiationAnswer::Kind::Response, kRdp};
  // Nothing acceptable: NLA-only servers say HYBRID_REQUIRED (5), TLS-only ones SSL_REQUIRED (1).
  const bool tls = p.protocols.contains(u"tls"_s);
  return {NegotiationAnswer::Kind::Failure, tls ? 1u : 5u};
}

QByteArray buildConnectionConfirm(const NegotiationAnswer &a, int flags) {
  QByteArray b;
  const bool neg = a.kind == NegotiationAnswer::Kind::Response || a.kind == NegotiationAnswer::Kind::Failure;
  const int len = neg ? 19 : 11;
  b.append(char(0x03)).append(char(0x00)).append(char(0x00)).append(char(len));
  b.append(char(len - 5)).append(char(0xD0));
  b.append(char(0x00)).append(char(0x00));  // DST-REF
  b.append(char(0x12)).append(char(0x34));  // SRC-REF as Windows sends it
  b.append(char(0x00));                     // class 0
  if (neg) {
    const bool rsp = a.kind == NegotiationAnswer::Kind::Response;
    b.append(char(rsp ? 0x02 : 0x03));
    b.append(char(rsp ? (flags & 0xFF) : 0x00));
    putLe16(b, 8);
    putLe32(b, a.value);
  }
  return b;
}

QByteArray mcsDisconnect() { return QByteArray::fromHex("0300000902f0802180"); }

QByteArray buildChallengeTsRequest(const IdentitySpec &id, const QDateTime &nowUtc) {
  QByteArray info;
  avPair(info, 2, utf16le(id.nbDomain));
  avPair(info, 1, utf16le(id.nbComputer));
  avPair(info, 4, utf16le(id.dnsDomain));
  avPair(info, 3, utf16le(id.dnsComputer));
  avPair(info, 5, utf16le(id.dnsDomain));
  QByteArray ts;
  putLe64(ts, rdp::utcToFileTime(nowUtc.addSecs(id.clockOffsetS)));
  avPair(info, 7, ts);
  avPair(info, 0, {});

  const QByteArray targetName = utf16le(id.nbDomain);
  constexpr int kHeader = 56;
  QByteArray m("NTLMSSP\0", 8);
  putLe32(m, 2);
  putLe16(m, quint16(targetName.size()));
  putLe16(m, quint16(targetName.size()));
  putLe32(m, kHeader);
  // UNICODE, REQUEST_TARGET, NTLM, ALWAYS_SIGN, TARGET_TYPE_SERVER, EXTENDED_SESSIONSECURITY, TARGET_INFO, VERSION,
  // 128, KEY_EXCH, 56: what a stand-alone Windows server sets.
  putLe32(m, 0xE28A8205u);
  const quint64 challenge = QRandomGenerator::global()->generate64();
  putLe64(m, challenge);
  putLe64(m, 0);  // reserved
  putLe16(m, quint16(info.size()));
  putLe16(m, quint16(info.size()));
  putLe32(m, quint32(kHeader + targetName.size()));
  m.append(char(id.major)).append(char(id.minor));
  putLe16(m, quint16(id.build));
  m.append(QByteArray(3, '\0')).append(char(0x0F));
  m.append(targetName).append(info);
  return rdp::buildTsRequest(m, 6);
}

QByteArray httpAnswer() {
  return QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\nServer: nginx\r\nContent-Type: text/html\r\n"
                           "Content-Length: 0\r\nConnection: close\r\n\r\n");
}

}  // namespace rdpd::lab
