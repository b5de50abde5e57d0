#include "checks/rdp/ntlm.h"

#include <QtEndian>

using namespace Qt::StringLiterals;

namespace rdpd::rdp {

namespace {

const QByteArray kSignature("NTLMSSP\0", 8);
constexpr int kChallengeHeader = 48;     // up to and including TargetInfoFields
constexpr int kChallengeWithVersion = 56;
constexpr qint64 kFileTimeEpochOffsetMs = 11644473600000LL;  // 1601-01-01 to 1970-01-01

quint16 u16(const QByteArray &b, qsizetype off) { return qFromLittleEndian<quint16>(b.constData() + off); }
quint32 u32(const QByteArray &b, qsizetype off) { return qFromLittleEndian<quint32>(b.constData() + off); }

// A (Len, MaxLen, Offset) field pointing into the message; empty when it points outside.
std::optional<QByteArray> payload(const QByteArray &b, qsizetype fieldOffset) {
  const quint16 len = u16(b, fieldOffset);
  const quint32 off = u32(b, fieldOffset + 4);
  if (len == 0) return QByteArray();
  if (off > quint32(b.size()) || len > b.size() - qsizetype(off)) return std::nullopt;
  return b.mid(qsizetype(off), len);
}

QString utf16le(const QByteArray &b) {
  QString s;
  s.reserve(b.size() / 2);
  for (qsizetype i = 0; i + 1 < b.size(); i += 2) s.append(QChar(u16(b, i)));
  return s;
}

}  // namespace

QString NtlmVersion::text() const {
  return QString::number(major) + u'.' + QString::number(minor) + u'.' + QString::number(build);
}

QByteArray buildNtlmNegotiate() {
  QByteArray m = kSignature;
  auto put32 = [&m](quint32 v) {
    char b[4];
    qToLittleEndian(v, b);
    m.append(b, 4);
  };
  put32(1);
  // UNICODE, OEM, REQUEST_TARGET, SIGN, SEAL, NTLM, ALWAYS_SIGN, EXTENDED_SESSIONSECURITY, VERSION, 128, KEY_EXCH, 56.
  put32(0xE20882B7u);
  m.append(QByteArray(16, '\0'));  // DomainNameFields, WorkstationFields: empty on purpose
  const char version[8] = {0x0A, 0x00, 0x63, 0x45, 0x00, 0x00, 0x00, 0x0F};
  m.append(version, 8);
  return m;
}

quint32 ntlmMessageType(const QByteArray &bytes) {
  if (bytes.size() < 12 || !bytes.startsWith(kSignature)) return 0;
  return u32(bytes, 8);
}

NtlmParse parseNtlmChallenge(const QByteArray &b) {
  NtlmParse out;
  if (b.size() < 12) { out.error = u"truncated"_s; return out; }
  if (!b.startsWith(kSignature)) { out.error = u"bad_signature"_s; return out; }
  if (u32(b, 8) != 2) { out.error = u"wrong_type"_s; return out; }
  if (b.size() < kChallengeHeader) { out.error = u"truncated"_s; return out; }

  NtlmChallenge c;
  c.flags = u32(b, 20);
  c.serverChallenge = b.mid(24, 8);
  if (auto name = payload(b, 12)) c.targetName = utf16le(*name);
  else { out.error = u"bad_target_name"_s; return out; }

  // The Version field exists only when the flag says so and the payload starts after it.
  const quint32 infoOffset = u32(b, 44);
  const quint16 infoLen = u16(b, 40);
  const bool versionRoom = b.size() >= kChallengeWithVersion && (infoLen == 0 || infoOffset >= kChallengeWithVersion);
  if ((c.flags & kNtlmNegotiateVersion) && versionRoom) {
    NtlmVersion v;
    v.major = quint8(b[48]);
    v.minor = quint8(b[49]);
    v.build = u16(b, 50);
    v.revision = quint8(b[55]);
    c.version = v;
  }

  auto info = payload(b, 40);
  if (!info) { out.error = u"bad_target_info"_s; return out; }
  const QByteArray &ti = *info;
  qsizetype p = 0;
  while (p < ti.size()) {
    if (ti.size() - p < 4) { out.error = u"bad_target_info"_s; return out; }
    const quint16 id = u16(ti, p);
    const quint16 len = u16(ti, p + 2);
    p += 4;
    if (len > ti.size() - p) { out.error = u"bad_target_info"_s; return out; }
    const QByteArray value = ti.mid(p, len);
    p += len;
    ++c.avPairCount;
    if (id == 0) break;  // MsvAvEOL
    switch (id) {
      case 1: c.nbComputer = utf16le(value); break;
      case 2: c.nbDomain = utf16le(value); break;
      case 3: c.dnsComputer = utf16le(value); break;
      case 4: c.dnsDomain = utf16le(value); break;
      case 5: c.dnsTree = utf16le(value); break;
      case 7:
        if (len == 8) c.timestamp = qFromLittleEndian<quint64>(value.constData());
        break;
      default: break;
    }
  }
  out.challenge = c;
  return out;
}

QDateTime fileTimeToUtc(quint64 fileTime) {
  const qint64 ms = qint64(fileTime / 10000) - kFileTimeEpochOffsetMs;
  // 1970..2200 is every clock a server could plausibly have; anything else is noise.
  if (ms < 0 || ms > 7258118400000LL) return {};
  return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

quint64 utcToFileTime(const QDateTime &utc) {
  return quint64(utc.toMSecsSinceEpoch() + kFileTimeEpochOffsetMs) * 10000;
}

}  // namespace rdpd::rdp
