// The API mock's own signature check (tests/support/aliyun_mock_server.h): it must reproduce the published ACS3
// vectors by itself, and it must be able to say no — a tampered query, a wrong secret, a reused nonce, an old date,
// a wrong body hash or a missing STS token are each refused with the real API's error code.
#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QUrlQuery>

#include "checks/cloud/api_call.h"
#include "tests/support/aliyun_mock_server.h"

using namespace rdpd;
using namespace rdpd::cloud;
using namespace rdpd::test;
using namespace Qt::StringLiterals;

namespace {

const QList<QByteArray> kDocSigned{"host",       "x-acs-action",          "x-acs-content-sha256",
                                   "x-acs-date", "x-acs-signature-nonce", "x-acs-version"};

MockHttpRequest docVectorA() {
  MockHttpRequest r;
  r.method = "POST";
  r.path = "/";
  r.query = {{"RegionId", "cn-shanghai"}, {"ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"}};
  r.headers = {{"host", "ecs.cn-shanghai.aliyuncs.com"},
               {"x-acs-action", "RunInstances"},
               {"x-acs-version", "2014-05-26"},
               {"x-acs-date", "2023-10-26T10:22:32Z"},
               {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
               {"x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}};
  return r;
}

// What the product would put on the wire, as the mock would parse it off the wire.
MockHttpRequest onTheWire(const PreparedRequest &p) {
  MockHttpRequest r;
  r.method = "POST";
  r.path = "/";
  const QByteArray encodedQuery = p.url.query(QUrl::FullyEncoded).toLatin1();
  for (const QByteArray &part : encodedQuery.split('&')) {
    const qsizetype eq = part.indexOf('=');
    r.query.append({QByteArray::fromPercentEncoding(part.left(eq)), QByteArray::fromPercentEncoding(part.mid(eq + 1))});
  }
  for (const auto &[n, v] : p.headers) r.headers.append({n.toLower(), v});
  return r;
}

Credentials creds(const QByteArray &secret, const QByteArray &token = {}) {
  Credentials c;
  c.accessKeyId = u"LTAI5tMockKeyId0001"_s;
  c.accessKeySecret = Secret(secret);
  c.securityToken = Secret(token);
  return c;
}

const QDateTime kNow = QDateTime(QDate(2026, 12, 5), QTime(22, 0), Qt::UTC);

MockAuthConfig authAt(const QDateTime &now, const QByteArray &token = {}) {
  return MockAuthConfig{"LTAI5tMockKeyId0001", "mock-secret-1", token, now, 15 * 60};
}

PreparedRequest signedCall(const QByteArray &secret, const QByteArray &nonce, const QDateTime &when = kNow,
                           const QByteArray &token = {}) {
  ApiCall c;
  c.action = u"DescribeInstances"_s;
  c.regionId = u"cn-hangzhou"_s;
  c.params = {{u"RegionId"_s, u"cn-hangzhou"_s}, {u"EipAddresses"_s, u"[\"198.18.20.45\"]"_s}};
  return prepareRequest(c, QUrl(u"http://127.0.0.1:8080/"_s), creds(secret, token), when, nonce);
}

}  // namespace

TEST(CloudMockServer, verifier_reproduces_the_published_vectors_by_itself) {
  MockHttpRequest a = docVectorA();
  const QByteArray cr = mockCanonicalRequest(a, kDocSigned);
  EXPECT_EQ(QCryptographicHash::hash(cr, QCryptographicHash::Sha256).toHex(),
            QByteArray("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"));
  EXPECT_EQ(mockSignature(cr, "YourAccessKeySecret"),
            QByteArray("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
  // Vector C: GET, an empty value, one header given twice in two cases, an opaque payload hash.
  MockHttpRequest c;
  c.method = "GET";
  c.path = "/";
  c.query = {{"test", "ok"}, {"empty", ""}};
  c.headers = {{"x-acs-test", "http"},
               {"x-acs-test", "https"},
               {"x-acs-content-sha256", "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23"}};
  EXPECT_EQ(mockSignature(mockCanonicalRequest(c, {"x-acs-test"}), "secret"),
            QByteArray("d16b30a7699ae9e43875b13195b2f81bcc3ed10c14a9b5eb780e51619aa50be1"));
  EXPECT_EQ(mockPercentEncode(" ~/*-+"), QByteArray("%20~%2F%2A-%2B"));
}

TEST(CloudMockServer, accepts_the_products_request_and_refuses_every_tampering) {
  QSet<QByteArray> nonces;
  MockHttpRequest good = onTheWire(signedCall("mock-secret-1", "aaaa0001"));
  EXPECT_EQ(verifyMockRequest(good, authAt(kNow), &nonces).status, 0)
      << verifyMockRequest(good, authAt(kNow), &nonces).message.toStdString();
  // The same request again: its nonce was used.
  EXPECT_EQ(verifyMockRequest(good, authAt(kNow), &nonces).code, u"SignatureNonceUsed"_s);
  // A parameter changed after signing (another address looked up).
  MockHttpRequest tampered = onTheWire(signedCall("mock-secret-1", "aaaa0002"));
  tampered.query[1].second = "[\"198.18.20.46\"]";
  const MockRejection t = verifyMockRequest(tampered, authAt(kNow), &nonces);
  EXPECT_EQ(t.status, 400);
  EXPECT_EQ(t.code, u"SignatureDoesNotMatch"_s);
  // A header changed after signing.
  MockHttpRequest otherAction = onTheWire(signedCall("mock-secret-1", "aaaa0003"));
  for (auto &[n, v] : otherAction.headers)
    if (n == "x-acs-action") v = "RebootInstance";
  EXPECT_EQ(verifyMockRequest(otherAction, authAt(kNow), &nonces).code, u"SignatureDoesNotMatch"_s);
  // Signed with another secret.
  EXPECT_EQ(verifyMockRequest(onTheWire(signedCall("not-the-secret", "aaaa0004")), authAt(kNow), &nonces).code,
            u"SignatureDoesNotMatch"_s);
  // A body the hash does not describe.
  MockHttpRequest body = onTheWire(signedCall("mock-secret-1", "aaaa0005"));
  body.body = "Action=RebootInstance";
  EXPECT_EQ(verifyMockRequest(body, authAt(kNow), &nonces).code, u"SignatureDoesNotMatch"_s);
  // Signed 17 minutes before the server's clock.
  const MockRejection old = verifyMockRequest(
      onTheWire(signedCall("mock-secret-1", "aaaa0006", kNow.addSecs(-17 * 60))), authAt(kNow), &nonces);
  EXPECT_EQ(old.code, u"InvalidTimeStamp.Expired"_s);
  // Another key id.
  MockAuthConfig otherKey = authAt(kNow);
  otherKey.keyId = "LTAI5tSomeoneElse001";
  const MockRejection key = verifyMockRequest(onTheWire(signedCall("mock-secret-1", "aaaa0007")), otherKey, &nonces);
  EXPECT_EQ(key.status, 404);
  EXPECT_EQ(key.code, u"InvalidAccessKeyId.NotFound"_s);
  // STS: the token must be sent and signed.
  EXPECT_EQ(
      verifyMockRequest(onTheWire(signedCall("mock-secret-1", "aaaa0008")), authAt(kNow, "sts-token-1"), &nonces).code,
      u"InvalidSecurityToken.MismatchWithAccessKey"_s);
  EXPECT_EQ(verifyMockRequest(onTheWire(signedCall("mock-secret-1", "aaaa0009", kNow, "sts-token-1")),
                              authAt(kNow, "sts-token-1"), &nonces)
                .status,
            0);
  // No Authorization at all.
  MockHttpRequest bare = onTheWire(signedCall("mock-secret-1", "aaaa0010"));
  bare.headers.removeIf([](const auto &h) { return h.first == "authorization"; });
  EXPECT_EQ(verifyMockRequest(bare, authAt(kNow), &nonces).code, u"IncompleteSignature"_s);
}

TEST(CloudMockServer, parses_http_requests_in_pieces_and_refuses_garbage) {
  QByteArray buffer = "POST /?RegionId=cn-hangzhou&X=%20a HTTP/1.1\r\nHost: 127.0.0.1:1\r\nX-Acs-Action: Describe";
  bool bad = false;
  EXPECT_FALSE(takeHttpRequest(buffer, &bad));
  EXPECT_FALSE(bad);
  buffer += "Regions\r\nContent-Length: 3\r\n\r\nab";
  EXPECT_FALSE(takeHttpRequest(buffer, &bad));
  buffer += "cGET";
  const auto r = takeHttpRequest(buffer, &bad);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->header("x-acs-action"), QByteArray("DescribeRegions"));
  EXPECT_EQ(r->queryValue("X"), QByteArray(" a"));
  EXPECT_EQ(r->body, QByteArray("abc"));
  EXPECT_EQ(buffer, QByteArray("GET"));
  QByteArray garbage = "\x16\x03\x01 hello\r\n\r\n";
  EXPECT_FALSE(takeHttpRequest(garbage, &bad));
  EXPECT_TRUE(bad);
}

// The client's request builder with a fixed clock and nonce reproduces the published vector A byte for byte.
TEST(CloudApiRequest, prepared_request_reproduces_doc_vector_a) {
  ApiCall c;
  c.action = u"RunInstances"_s;
  c.regionId = u"cn-shanghai"_s;
  c.params = {{u"RegionId"_s, u"cn-shanghai"_s},
              {u"ImageId"_s, u"win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"_s}};
  Credentials k;
  k.accessKeyId = u"YourAccessKeyId"_s;
  k.accessKeySecret = Secret("YourAccessKeySecret");
  const QUrl endpoint = endpointFor(c, {});
  EXPECT_EQ(endpoint, QUrl(u"https://ecs.cn-shanghai.aliyuncs.com/"_s));
  const PreparedRequest p = prepareRequest(c, endpoint, k, QDateTime(QDate(2023, 10, 26), QTime(10, 22, 32), Qt::UTC),
                                           "3156853299f313e23d1673dc12e1703d");
  EXPECT_EQ(
      p.url.toString(QUrl::FullyEncoded),
      u"https://ecs.cn-shanghai.aliyuncs.com/?ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai"_s);
  QByteArray authorization;
  for (const auto &[n, v] : p.headers)
    if (n == "authorization") authorization = v;
  EXPECT_EQ(authorization, QByteArray("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
                                      "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                                      "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
  // CloudMonitor goes to its own endpoint and version; the RAM action is named after the product.
  ApiCall m;
  m.product = ApiProduct::Cms;
  m.action = u"DescribeMetricList"_s;
  m.regionId = u"cn-hangzhou"_s;
  EXPECT_EQ(endpointFor(m, {}), QUrl(u"https://metrics.cn-hangzhou.aliyuncs.com/"_s));
  EXPECT_EQ(productVersion(m.product), u"2019-01-01"_s);
  EXPECT_EQ(ramAction(m), u"cms:DescribeMetricList"_s);
  EXPECT_EQ(hostHeader(QUrl(u"http://127.0.0.1:8080/"_s)), QByteArray("127.0.0.1:8080"));
  EXPECT_EQ(hostHeader(QUrl(u"https://[::1]:443/"_s)), QByteArray("[::1]"));
}
