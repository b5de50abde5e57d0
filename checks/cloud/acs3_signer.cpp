#include "checks/cloud/acs3_signer.h"

#include <QCryptographicHash>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <algorithm>

namespace rdpd::cloud {

QByteArray percentEncode(const QString &s) {
  static const char hex[] = "0123456789ABCDEF";
  const QByteArray utf8 = s.toUtf8();
  QByteArray out;
  out.reserve(utf8.size() * 3);
  for (const char ch : utf8) {
    const auto c = static_cast<unsigned char>(ch);
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                            c == '_' || c == '.' || c == '~';
    if (unreserved) {
      out.append(char(c));
    } else {
      out.append('%');
      out.append(hex[c >> 4]);
      out.append(hex[c & 0x0F]);
    }
  }
  return out;
}

QByteArray canonicalQueryString(const QList<std::pair<QString, QString>> &query) {
  QList<std::pair<QByteArray, QByteArray>> encoded;
  encoded.reserve(query.size());
  for (const auto &[name, value] : query) encoded.append({percentEncode(name), percentEncode(value)});
  std::sort(encoded.begin(), encoded.end());
  QByteArray out;
  for (const auto &[name, value] : encoded) {
    if (!out.isEmpty()) out.append('&');
    out.append(name).append('=').append(value);
  }
  return out;
}

CanonicalRequest canonicalize(const SignableRequest &r) {
  // Lower-case names, trimmed values; a repeated header's values sorted and joined with ",".
  QMap<QByteArray, QList<QByteArray>> headers;
  for (const auto &[name, value] : r.headers) headers[name.trimmed().toLower()].append(value.trimmed());
  QByteArray canonicalHeaders;
  QList<QByteArray> names;
  for (auto it = headers.begin(); it != headers.end(); ++it) {
    QList<QByteArray> values = it.value();
    std::sort(values.begin(), values.end());
    canonicalHeaders.append(it.key()).append(':').append(values.join(',')).append('\n');
    names.append(it.key());
  }
  CanonicalRequest c;
  c.signedHeaders = names.join(';');
  c.text = r.method.toUpper() + '\n' + (r.path.isEmpty() ? QByteArray("/") : r.path) + '\n' +
           canonicalQueryString(r.query) + '\n' + canonicalHeaders + '\n' + c.signedHeaders + '\n' + r.payloadSha256;
  return c;
}

QByteArray sha256Hex(const QByteArray &data) {
  return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray stringToSign(const QByteArray &canonicalRequest) {
  return QByteArray(kAcs3Algorithm) + '\n' + sha256Hex(canonicalRequest);
}

QByteArray signature(const QByteArray &stringToSign, const Secret &secret) {
  return QMessageAuthenticationCode::hash(stringToSign, secret.reveal(), QCryptographicHash::Sha256).toHex();
}

QByteArray authorizationHeader(const QString &accessKeyId, const SignableRequest &r, const Secret &secret) {
  const CanonicalRequest c = canonicalize(r);
  return QByteArray(kAcs3Algorithm) + " Credential=" + accessKeyId.toUtf8() + ",SignedHeaders=" + c.signedHeaders +
         ",Signature=" + signature(stringToSign(c.text), secret);
}

}  // namespace rdpd::cloud
