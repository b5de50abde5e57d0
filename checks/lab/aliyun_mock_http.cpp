#include "checks/lab/aliyun_mock_http.h"

#include <QCryptographicHash>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rdpd::lab {

namespace {

constexpr qsizetype kMaxHead = 64 * 1024;

QList<std::pair<QByteArray, QByteArray>> parseQuery(const QByteArray &q) {
  QList<std::pair<QByteArray, QByteArray>> out;
  if (q.isEmpty()) return out;
  for (const QByteArray &part : q.split('&')) {
    const qsizetype eq = part.indexOf('=');
    const QByteArray name = eq < 0 ? part : part.left(eq);
    const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
    out.append({QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
  }
  return out;
}

bool isHex64(const QByteArray &s) {
  if (s.size() != 64) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace

QByteArray MockHttpRequest::header(const QByteArray &lowerName) const {
  for (const auto &[n, v] : headers)
    if (n == lowerName) return v;
  return {};
}

QByteArray MockHttpRequest::queryValue(const QByteArray &name) const {
  for (const auto &[n, v] : query)
    if (n == name) return v;
  return {};
}

std::optional<MockHttpRequest> takeHttpRequest(QByteArray &buffer, bool *bad) {
  *bad = false;
  const qsizetype end = buffer.indexOf("\r\n\r\n");
  if (end < 0) {
    *bad = buffer.size() > kMaxHead;
    return std::nullopt;
  }
  const QList<QByteArray> lines = buffer.left(end).split('\n');
  const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
  if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
    *bad = true;
    return std::nullopt;
  }
  MockHttpRequest r;
  r.method = requestLine[0];
  const QByteArray target = requestLine[1];
  const qsizetype q = target.indexOf('?');
  r.path = q < 0 ? target : target.left(q);
  r.query = parseQuery(q < 0 ? QByteArray() : target.mid(q + 1));
  for (qsizetype i = 1; i < lines.size(); ++i) {
    const QByteArray line = lines[i].trimmed();
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) continue;
    r.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
  }
  bool ok = true;
  const QByteArray cl = r.header("content-length");
  const qsizetype length = cl.isEmpty() ? 0 : cl.toLongLong(&ok);
  if (!ok || length < 0 || length > 1024 * 1024) {
    *bad = true;
    return std::nullopt;
  }
  if (buffer.size() < end + 4 + length) return std::nullopt;
  r.body = buffer.mid(end + 4, length);
  buffer.remove(0, end + 4 + length);
  return r;
}

QByteArray mockPercentEncode(const QByteArray &bytes) {
  QByteArray out;
  for (const char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~') {
      out.append(char(c));
    } else {
      out.append('%');
      out.append(QByteArray::number(c, 16).rightJustified(2, '0').toUpper());
    }
  }
  return out;
}

QByteArray mockCanonicalRequest(const MockHttpRequest &r, const QList<QByteArray> &signedHeaders) {
  // Sorted by encoded name (byte order), then by value; joined as name=value with '&'.
  QList<std::pair<QByteArray, QByteArray>> encoded;
  for (const auto &[n, v] : r.query) encoded.append({mockPercentEncode(n), mockPercentEncode(v)});
  std::sort(encoded.begin(), encoded.end());
  QList<QByteArray> pairs;
  for (const auto &[n, v] : encoded) pairs.append(n + '=' + v);
  QByteArray text =
      r.method.toUpper() + '\n' + (r.path.isEmpty() ? QByteArray("/") : r.path) + '\n' + pairs.join('&') + '\n';
  for (const QByteArray &name : signedHeaders) {
    QList<QByteArray> values;
    for (const auto &[n, v] : r.headers)
      if (n == name) values.append(v.trimmed());
    std::sort(values.begin(), values.end());
    text += name + ':' + values.join(',') + '\n';
  }
  text += '\n' + signedHeaders.join(';') + '\n' + r.header("x-acs-content-sha256");
  return text;
}

QByteArray mockSignature(const QByteArray &canonicalRequest, const QByteArray &secret) {
  const QByteArray toSign =
      "ACS3-HMAC-SHA256\n" + QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
  QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
  mac.addData(toSign);
  return mac.result().toHex();
}

MockAuthorization parseMockAuthorization(const QByteArray &value) {
  MockAuthorization a;
  if (!value.startsWith("ACS3-HMAC-SHA256 ")) return a;
  for (const QByteArray &part : value.mid(17).split(',')) {
    const qsizetype eq = part.indexOf('=');
    if (eq < 0) return a;
    const QByteArray k = part.left(eq), v = part.mid(eq + 1);
    if (k == "Credential")
      a.credential = v;
    else if (k == "SignedHeaders")
      a.signedHeaders = v.split(';');
    else if (k == "Signature")
      a.signature = v;
    else
      return a;
  }
  a.ok = !a.credential.isEmpty() && !a.signedHeaders.isEmpty() && isHex64(a.signature);
  return a;
}

MockRejection verifyMockRequest(const MockHttpRequest &r, const MockAuthConfig &cfg, QSet<QByteArray> *seenNonces) {
  const MockAuthorization auth = parseMockAuthorization(r.header("authorization"));
  if (!auth.ok) return {400, u"IncompleteSignature"_s, u"The Authorization header is missing or malformed."_s};
  if (auth.credential != cfg.keyId)
    return {404, u"InvalidAccessKeyId.NotFound"_s, u"Specified access key is not found."_s};
  for (const char *required :
       {"host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"})
    if (!auth.signedHeaders.contains(QByteArray(required)) || r.header(required).isEmpty())
      return {400, u"IncompleteSignature"_s, u"The header %1 is missing or not signed."_s.arg(QLatin1String(required))};
  if (r.header("x-acs-content-sha256") != QCryptographicHash::hash(r.body, QCryptographicHash::Sha256).toHex())
    return {400, u"SignatureDoesNotMatch"_s, u"x-acs-content-sha256 is not the SHA-256 of the body."_s};
  QDateTime date = QDateTime::fromString(QString::fromLatin1(r.header("x-acs-date")), u"yyyy-MM-ddTHH:mm:ssZ"_s);
  date.setTimeSpec(Qt::UTC);
  if (!date.isValid()) return {400, u"InvalidTimeStamp.Format"_s, u"Specified time stamp is not valid."_s};
  if (qAbs(date.secsTo(cfg.serverNowUtc)) > cfg.maxSkewSeconds)
    return {400, u"InvalidTimeStamp.Expired"_s, u"Specified time stamp or date value is expired."_s};
  const QByteArray token = r.header("x-acs-security-token");
  if (!cfg.securityToken.isEmpty() &&
      (token != cfg.securityToken || !auth.signedHeaders.contains(QByteArrayLiteral("x-acs-security-token"))))
    return {400, u"InvalidSecurityToken.MismatchWithAccessKey"_s, u"The security token does not match."_s};
  const QByteArray expected = mockSignature(mockCanonicalRequest(r, auth.signedHeaders), cfg.secret);
  if (expected != auth.signature)
    return {400, u"SignatureDoesNotMatch"_s, u"Specified signature does not match our calculation."_s};
  const QByteArray nonce = r.header("x-acs-signature-nonce");
  if (seenNonces->contains(nonce))
    return {400, u"SignatureNonceUsed"_s, u"Specified signature nonce was used already."_s};
  seenNonces->insert(nonce);
  return {};
}

}  // namespace rdpd::lab
