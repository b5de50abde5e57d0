#include "checks/rdp/x224.h"

using namespace Qt::StringLiterals;

namespace rdpd::rdp {

namespace {
quint8 at(const QByteArray &b, qsizetype i) { return i < b.size() ? quint8(b.at(i)) : 0; }

quint32 le32(const QByteArray &b, qsizetype i) {
  return quint32(at(b, i)) | (quint32(at(b, i + 1)) << 8) | (quint32(at(b, i + 2)) << 16) | (quint32(at(b, i + 3)) << 24);
}

bool looksLikeTlsRecord(const QByteArray &b) {
  // content type handshake/alert/ccs/application data, version major 3, minor 0..4
  const quint8 type = at(b, 0);
  return b.size() >= 3 && type >= 0x14 && type <= 0x17 && at(b, 1) == 0x03 && at(b, 2) <= 0x04;
}
}  // namespace

QByteArray buildConnectionRequest(quint32 requestedProtocols) {
  QByteArray cr;
  cr.reserve(19);
  const char head[] = {0x03, 0x00, 0x00, 0x13,                   // TPKT, length 19
                       0x0E, char(0xE0), 0x00, 0x00, 0x00, 0x00, 0x00,  // X.224 CR, LI 14, class 0
                       0x01, 0x00, 0x08, 0x00};                   // RDP_NEG_REQ, flags 0, length 8
  cr.append(head, sizeof head);
  for (int i = 0; i < 4; ++i) cr.append(char((requestedProtocols >> (8 * i)) & 0xFF));
  return cr;
}

int tpktLength(const QByteArray &b) {
  if (b.size() < 4 || at(b, 0) != 0x03 || at(b, 1) != 0x00) return -1;
  return (int(at(b, 2)) << 8) | int(at(b, 3));
}

ConnectionConfirm parseConnectionConfirm(const QByteArray &bytes) {
  using K = ConnectionConfirm::Kind;
  ConnectionConfirm c;
  c.raw = bytes.left(kMaxRawBytes);
  const qsizetype n = bytes.size();
  if (n == 0) { c.kind = K::Truncated; return c; }

  if (at(bytes, 0) != 0x03) {
    if (bytes.startsWith("HTTP/") || bytes.startsWith("HTTP ")) c.kind = K::Http;
    else if (bytes.startsWith("SSH-")) c.kind = K::Ssh;
    else if (looksLikeTlsRecord(bytes)) c.kind = K::TlsRecord;
    else if (n < 5 && QByteArrayLiteral("HTTP/").startsWith(bytes)) c.kind = K::Truncated;
    else c.kind = K::Garbage;
    return c;
  }
  // 0x03 is also the first byte of a TLS record of type... no: TLS types start at 0x14. TPKT from here on.
  if (n < 4) {
    c.kind = (n < 2 || at(bytes, 1) == 0x00) ? K::Truncated : K::Garbage;
    return c;
  }
  if (at(bytes, 1) != 0x00) { c.kind = K::Garbage; return c; }
  const int len = tpktLength(bytes);
  if (len > kMaxConfirmBytes) { c.kind = K::Oversized; return c; }
  // Smallest meaningful TPDU: TPKT(4) + LI + code + 1 byte.
  if (len < 7) { c.kind = K::Garbage; return c; }
  if (n < len) { c.kind = K::Truncated; return c; }

  const int li = at(bytes, 4);
  const quint8 code = at(bytes, 5);
  if (li + 5 > len) { c.kind = K::Garbage; return c; }  // LI claims more than the TPKT holds

  if ((code & 0xF0) == 0xF0) {
    // X.224 Data TPDU (LI 2: code F0, EOT 80). An MCS Disconnect-Provider-Ultimatum is PER-encoded choice 8:
    // first byte 0x20..0x23.
    if (li == 2 && len >= 8 && (at(bytes, 7) & 0xFC) == 0x20) c.kind = K::McsDisconnect;
    else c.kind = K::Garbage;
    return c;
  }
  if ((code & 0xF0) != 0xD0 || li < 6) { c.kind = K::Garbage; return c; }
  c.srcRef = quint16((quint16(at(bytes, 8)) << 8) | at(bytes, 9));
  if (li + 5 != len) { c.kind = K::Garbage; return c; }  // trailing bytes inside the TPKT that the LI does not cover
  if (li == 6) { c.kind = K::NoNegData; return c; }
  if (li < 14) { c.kind = K::Garbage; return c; }  // some neg data, but not the 8 bytes it must be

  const quint8 type = at(bytes, 11);
  const quint16 negLen = quint16(at(bytes, 13) | (quint16(at(bytes, 14)) << 8));
  if (negLen != 8) { c.kind = K::Garbage; return c; }
  c.flags = at(bytes, 12);
  if (type == 0x02) {
    c.kind = K::Response;
    c.selectedProtocol = le32(bytes, 15);
  } else if (type == 0x03) {
    c.kind = K::Failure;
    c.failureCode = le32(bytes, 15);
  } else {
    c.kind = K::Garbage;
  }
  return c;
}

QString kindName(ConnectionConfirm::Kind k) {
  using K = ConnectionConfirm::Kind;
  switch (k) {
    case K::Response: return u"response"_s;
    case K::Failure: return u"failure"_s;
    case K::NoNegData: return u"no_neg_data"_s;
    case K::McsDisconnect: return u"mcs_disconnect"_s;
    case K::Http: return u"http"_s;
    case K::TlsRecord: return u"tls"_s;
    case K::Ssh: return u"ssh"_s;
    case K::Garbage: return u"garbage"_s;
    case K::Truncated: return u"truncated"_s;
    case K::Oversized: return u"oversized"_s;
  }
  return {};
}

QString failureName(quint32 code) {
  switch (code) {
    case SslRequiredByServer: return u"SSL_REQUIRED_BY_SERVER"_s;
    case SslNotAllowedByServer: return u"SSL_NOT_ALLOWED_BY_SERVER"_s;
    case SslCertNotOnServer: return u"SSL_CERT_NOT_ON_SERVER"_s;
    case InconsistentFlags: return u"INCONSISTENT_FLAGS"_s;
    case HybridRequiredByServer: return u"HYBRID_REQUIRED_BY_SERVER"_s;
    case SslWithUserAuthRequiredByServer: return u"SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER"_s;
  }
  return u"UNKNOWN_0x%1"_s.arg(code, 0, 16);
}

QStringList protocolNames(quint32 mask) {
  QStringList out;
  if (mask == 0) return {u"rdp"_s};
  if (mask & ProtocolSsl) out << u"tls"_s;
  if (mask & ProtocolHybrid) out << u"hybrid"_s;
  if (mask & ProtocolHybridEx) out << u"hybrid_ex"_s;
  if (mask & ProtocolRdstls) out << u"rdstls"_s;
  return out;
}

QString protocolName(quint32 selected) {
  switch (selected) {
    case ProtocolRdp: return u"rdp"_s;
    case ProtocolSsl: return u"tls"_s;
    case ProtocolHybrid: return u"hybrid"_s;
    case ProtocolRdstls: return u"rdstls"_s;
    case ProtocolHybridEx: return u"hybrid_ex"_s;
  }
  return u"unknown_0x%1"_s.arg(selected, 0, 16);
}

QStringList serverFlagNames(quint8 flags) {
  QStringList out;
  if (flags & 0x01) out << u"extended_client_data"_s;
  if (flags & 0x02) out << u"dynvc_gfx"_s;
  if (flags & 0x04) out << u"reserved"_s;
  if (flags & 0x08) out << u"restricted_admin"_s;
  if (flags & 0x10) out << u"redirected_authentication"_s;
  return out;
}

}  // namespace rdpd::rdp
