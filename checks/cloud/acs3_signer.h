#pragma once
// Alibaba Cloud API request signing, ACS3-HMAC-SHA256 ("V3 request structure and signature"), on Qt Core only:
// canonical request -> string to sign -> lowercase hex HMAC-SHA256 with the AccessKey secret. Pure functions, so
// the published vectors (docs/cloud.md, tests/checks/cloud_signer_test.cpp) pin every step.

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

#include "checks/cloud/secret.h"

namespace rdpd::cloud {

inline constexpr const char *kAcs3Algorithm = "ACS3-HMAC-SHA256";
// SHA-256 of the empty body.
inline constexpr const char *kEmptyBodySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

struct SignableRequest {
  QByteArray method = "POST";
  QByteArray path = "/";                             // already a path; RPC APIs use "/"
  QList<std::pair<QString, QString>> query;          // any order; sorted when canonicalised
  QList<std::pair<QByteArray, QByteArray>> headers;  // names in any case; a repeated name is joined
  QByteArray payloadSha256 = kEmptyBodySha256;       // lowercase hex
};

struct CanonicalRequest {
  QByteArray text;           // the canonical request itself
  QByteArray signedHeaders;  // "host;x-acs-action;..."
};

// RFC 3986: unreserved A-Z a-z 0-9 - _ . ~ kept, every other UTF-8 byte %XX (upper-case hex).
QByteArray percentEncode(const QString &s);
// "a=1&b=" sorted by encoded name (byte order), then by value.
QByteArray canonicalQueryString(const QList<std::pair<QString, QString>> &query);
// Every header passed in is signed (the caller leaves Authorization out).
CanonicalRequest canonicalize(const SignableRequest &r);
QByteArray sha256Hex(const QByteArray &data);
QByteArray stringToSign(const QByteArray &canonicalRequest);
QByteArray signature(const QByteArray &stringToSign, const Secret &secret);
// "ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<...>,Signature=<hex>"
QByteArray authorizationHeader(const QString &accessKeyId, const SignableRequest &r, const Secret &secret);

}  // namespace rdpd::cloud
