#pragma once
// The HTTP/1.1 side of the Alibaba Cloud API mock (aliyun_mock_server.h): one request parsed from the bytes a
// client sent, and the ACS3-HMAC-SHA256 check of it written again here, from the V3 signature spec in
// ../shared/reference/cloud-control-plane.md §1.2 — on purpose NOT by calling the product's signer, so a bug in the
// signer cannot also hide in the check. mockCanonicalRequest() and mockSignature() are tested with the published
// vectors (tests/checks/cloud/cloud_mock_server_test.cpp).

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>
#include <utility>

namespace rdpd::lab {

struct MockHttpRequest {
  QByteArray method;
  QByteArray path;                                   // before '?'
  QList<std::pair<QByteArray, QByteArray>> query;    // percent-decoded, in the order sent
  QList<std::pair<QByteArray, QByteArray>> headers;  // names lower-cased, values as sent
  QByteArray body;
  QByteArray header(const QByteArray &lowerName) const;
  QByteArray queryValue(const QByteArray &name) const;
};

// Takes one complete request off the front of buffer; nullopt while incomplete. *bad is set for garbage.
std::optional<MockHttpRequest> takeHttpRequest(QByteArray &buffer, bool *bad);

// RFC 3986: A-Z a-z 0-9 - _ . ~ stay, every other byte becomes %XX with upper-case hex.
QByteArray mockPercentEncode(const QByteArray &bytes);
// METHOD \n / \n sorted query \n "name:value\n" per signed header \n signed;names \n x-acs-content-sha256.
QByteArray mockCanonicalRequest(const MockHttpRequest &r, const QList<QByteArray> &signedHeaders);
// hex HMAC-SHA256(secret, "ACS3-HMAC-SHA256\n" + hex SHA-256(canonical request)).
QByteArray mockSignature(const QByteArray &canonicalRequest, const QByteArray &secret);

struct MockAuthorization {
  QByteArray credential;  // the AccessKey ID
  QList<QByteArray> signedHeaders;
  QByteArray signature;
  bool ok = false;
};
MockAuthorization parseMockAuthorization(const QByteArray &value);

// What the mock requires of a request, and what it answers when one is missing (the real API's error codes).
struct MockAuthConfig {
  QByteArray keyId;
  QByteArray secret;
  QByteArray securityToken;  // expected x-acs-security-token (STS); empty = none expected
  QDateTime serverNowUtc;
  qint64 maxSkewSeconds = 15 * 60;
};
struct MockRejection {
  int status = 0;  // 0 = accepted
  QString code;
  QString message;
};
MockRejection verifyMockRequest(const MockHttpRequest &r, const MockAuthConfig &cfg, QSet<QByteArray> *seenNonces);

}  // namespace rdpd::lab
