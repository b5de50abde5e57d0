#include "checks/rdp/tsrequest.h"

using namespace Qt::StringLiterals;

namespace rdpd::rdp {

namespace {

// One DER element: tag and the bounds of its contents inside the caller's buffer.
struct Tlv {
  quint8 tag = 0;
  qsizetype start = 0;   // first content byte
  qsizetype length = 0;  // content length
  qsizetype end() const { return start + length; }
};

// Reads DER elements between pos and end of one buffer; every read is checked against end.
class DerReader {
 public:
  DerReader(const QByteArray &b, qsizetype pos, qsizetype end) : m_b(b), m_pos(pos), m_end(end) {}
  bool atEnd() const { return m_pos >= m_end; }

  // Definite lengths only (DER); up to 4 length bytes.
  std::optional<Tlv> next(QString *error) {
    if (m_end - m_pos < 2) { *error = u"truncated"_s; return std::nullopt; }
    Tlv t;
    t.tag = quint8(m_b[m_pos]);
    if ((t.tag & 0x1F) == 0x1F) { *error = u"unsupported_tag"_s; return std::nullopt; }
    const quint8 first = quint8(m_b[m_pos + 1]);
    qsizetype p = m_pos + 2;
    qsizetype len = 0;
    if (first < 0x80) {
      len = first;
    } else {
      const int n = first & 0x7F;
      if (n == 0 || n > 4) { *error = u"bad_length"_s; return std::nullopt; }
      if (m_end - p < n) { *error = u"truncated"_s; return std::nullopt; }
      quint64 v = 0;
      for (int i = 0; i < n; ++i) v = (v << 8) | quint8(m_b[p + i]);
      p += n;
      if (v > quint64(kMaxTsRequestBytes)) { *error = u"too_long"_s; return std::nullopt; }
      len = qsizetype(v);
    }
    if (len > m_end - p) { *error = u"truncated"_s; return std::nullopt; }
    t.start = p;
    t.length = len;
    m_pos = p + len;
    return t;
  }

 private:
  const QByteArray &m_b;
  qsizetype m_pos;
  qsizetype m_end;
};

std::optional<qint64> readInteger(const QByteArray &b, const Tlv &t) {
  if (t.tag != 0x02 || t.length < 1 || t.length > 5) return std::nullopt;
  qint64 v = (quint8(b[t.start]) & 0x80) ? -1 : 0;
  for (qsizetype i = 0; i < t.length; ++i) v = qint64(quint64(v) << 8) | quint8(b[t.start + i]);
  return v;
}

// Inside an explicit [n] tag: exactly one inner element expected.
std::optional<Tlv> unwrap(const QByteArray &b, const Tlv &outer, quint8 innerTag, QString *error) {
  DerReader r(b, outer.start, outer.end());
  auto inner = r.next(error);
  if (!inner) return std::nullopt;
  if (inner->tag != innerTag) { *error = u"wrong_type"_s; return std::nullopt; }
  return inner;
}

QByteArray derLength(qsizetype n) {
  QByteArray out;
  if (n < 0x80) {
    out.append(char(n));
  } else if (n < 0x100) {
    out.append(char(0x81)).append(char(n));
  } else {
    out.append(char(0x82)).append(char((n >> 8) & 0xFF)).append(char(n & 0xFF));
  }
  return out;
}

QByteArray der(quint8 tag, const QByteArray &content) {
  QByteArray out;
  out.append(char(tag));
  out.append(derLength(content.size()));
  out.append(content);
  return out;
}

}  // namespace

QByteArray buildTsRequest(const QByteArray &negoToken, int version) {
  const QByteArray versionField = der(0xA0, der(0x02, QByteArray(1, char(version & 0x7F))));
  const QByteArray tokens = der(0xA1, der(0x30, der(0x30, der(0xA0, der(0x04, negoToken)))));
  return der(0x30, versionField + tokens);
}

TsRequestParse parseTsRequest(const QByteArray &bytes) {
  TsRequestParse out;
  QString error;
  DerReader top(bytes, 0, bytes.size());
  auto seq = top.next(&error);
  if (!seq) { out.error = error; return out; }
  if (seq->tag != 0x30) { out.error = u"not_a_sequence"_s; return out; }

  TsRequest req;
  bool haveVersion = false;
  DerReader fields(bytes, seq->start, seq->end());
  while (!fields.atEnd()) {
    auto f = fields.next(&error);
    if (!f) { out.error = error; return out; }
    switch (f->tag) {
      case 0xA0: {  // version
        auto i = unwrap(bytes, *f, 0x02, &error);
        if (!i) { out.error = error; return out; }
        auto v = readInteger(bytes, *i);
        if (!v || *v < 0 || *v > 0xFFFF) { out.error = u"bad_version"_s; return out; }
        req.version = int(*v);
        haveVersion = true;
        break;
      }
      case 0xA1: {  // negoTokens: SEQUENCE OF SEQUENCE { [0] OCTET STRING }
        auto list = unwrap(bytes, *f, 0x30, &error);
        if (!list) { out.error = error; return out; }
        DerReader items(bytes, list->start, list->end());
        while (!items.atEnd()) {
          auto item = items.next(&error);
          if (!item) { out.error = error; return out; }
          if (item->tag != 0x30) { out.error = u"wrong_type"_s; return out; }
          auto tagged = unwrap(bytes, *item, 0xA0, &error);
          if (!tagged) { out.error = error; return out; }
          auto octets = unwrap(bytes, *tagged, 0x04, &error);
          if (!octets) { out.error = error; return out; }
          req.negoTokens.append(bytes.mid(octets->start, octets->length));
        }
        break;
      }
      case 0xA2: req.hasAuthInfo = true; break;
      case 0xA3: req.hasPubKeyAuth = true; break;
      case 0xA4: {  // errorCode (NTSTATUS, may be encoded as a negative INTEGER)
        auto i = unwrap(bytes, *f, 0x02, &error);
        if (!i) { out.error = error; return out; }
        auto v = readInteger(bytes, *i);
        if (!v) { out.error = u"bad_error_code"_s; return out; }
        req.errorCode = quint32(quint64(*v) & 0xFFFFFFFFu);
        break;
      }
      case 0xA5: {
        auto o = unwrap(bytes, *f, 0x04, &error);
        if (!o) { out.error = error; return out; }
        req.clientNonce = bytes.mid(o->start, o->length);
        break;
      }
      default: break;  // unknown context tags from newer versions are skipped
    }
  }
  if (!haveVersion) { out.error = u"no_version"_s; return out; }
  out.request = req;
  return out;
}

int tsRequestFrameLength(const QByteArray &prefix) {
  if (prefix.isEmpty()) return 0;
  if (quint8(prefix[0]) != 0x30) return -1;
  if (prefix.size() < 2) return 0;
  const quint8 first = quint8(prefix[1]);
  if (first < 0x80) return 2 + first;
  const int n = first & 0x7F;
  if (n == 0 || n > 4) return -1;
  if (prefix.size() < 2 + n) return 0;
  quint64 v = 0;
  for (int i = 0; i < n; ++i) v = (v << 8) | quint8(prefix[2 + i]);
  if (v > quint64(kMaxTsRequestBytes)) return -1;
  return int(2 + n + v);
}

}  // namespace rdpd::rdp
