// ACS3-HMAC-SHA256 against the published vectors (docs/cloud.md "Signature test vectors"): Alibaba's V3 doc
// example (A, B) and darabonba-openapi-util's Python test (C), plus the helper vectors of the same repository.
#include <gtest/gtest.h>

#include "checks/cloud/acs3_signer.h"

using namespace rdpd::cloud;

namespace {

SignableRequest docExample(const QByteArray &date, const QByteArray &nonce) {
  SignableRequest r;
  r.method = "POST";
  r.query = {{QStringLiteral("RegionId"), QStringLiteral("cn-shanghai")},
             {QStringLiteral("ImageId"), QStringLiteral("win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd")}};
  r.headers = {{"host", "ecs.cn-shanghai.aliyuncs.com"},
               {"x-acs-action", "RunInstances"},
               {"x-acs-version", "2014-05-26"},
               {"x-acs-date", date},
               {"x-acs-signature-nonce", nonce},
               {"x-acs-content-sha256", kEmptyBodySha256}};
  return r;
}

}  // namespace

TEST(CloudSigner, doc_vector_a_canonical_request_hash_and_signature) {
  const SignableRequest r = docExample("2023-10-26T10:22:32Z", "3156853299f313e23d1673dc12e1703d");
  const CanonicalRequest c = canonicalize(r);
  EXPECT_EQ(c.text,
            QByteArray("POST\n/\nImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n"
                       "host:ecs.cn-shanghai.aliyuncs.com\nx-acs-action:RunInstances\n"
                       "x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                       "x-acs-date:2023-10-26T10:22:32Z\nx-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n"
                       "x-acs-version:2014-05-26\n\n"
                       "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n"
                       "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
  EXPECT_EQ(sha256Hex(c.text), QByteArray("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"));
  EXPECT_EQ(signature(stringToSign(c.text), Secret("YourAccessKeySecret")),
            QByteArray("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
  EXPECT_EQ(authorizationHeader(QStringLiteral("YourAccessKeyId"), r, Secret("YourAccessKeySecret")),
            QByteArray("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
                       "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                       "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
}

TEST(CloudSigner, doc_vector_b_other_date_and_nonce) {
  const CanonicalRequest c = canonicalize(docExample("2023-10-26T09:01:01Z", "d410180a5abf7fe235dd9b74aca91fc0"));
  EXPECT_EQ(sha256Hex(c.text), QByteArray("29622f5feb1e9fcaaa2e276a72889c975f7b16f00e02be1ca34965b18cd85015"));
  EXPECT_EQ(signature(stringToSign(c.text), Secret("YourAccessKeySecret")),
            QByteArray("e521358f7776c97df52e6b2891a8bc73026794a071b50c3323388c4e0df64804"));
}

TEST(CloudSigner, darabonba_vector_c_repeated_header_and_empty_value) {
  SignableRequest r;
  r.method = "GET";
  r.query = {{QStringLiteral("test"), QStringLiteral("ok")}, {QStringLiteral("empty"), QString()}};
  r.headers = {{"x-acs-test", "http"}, {"x-acs-TEST", "https"}};
  r.payloadSha256 = "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23";
  const CanonicalRequest c = canonicalize(r);
  EXPECT_EQ(c.text, QByteArray("GET\n/\nempty=&test=ok\nx-acs-test:http,https\n\nx-acs-test\n"
                               "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23"));
  EXPECT_EQ(sha256Hex(c.text), QByteArray("6c416f315497f25326e3f67e06370dbfce4d082b99aecdfc2411eeecd152f68f"));
  EXPECT_EQ(authorizationHeader(QStringLiteral("acesskey"), r, Secret("secret")),
            QByteArray("ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,"
                       "Signature=d16b30a7699ae9e43875b13195b2f81bcc3ed10c14a9b5eb780e51619aa50be1"));
}

TEST(CloudSigner, helper_vectors_hash_and_rfc3986_encoding) {
  EXPECT_EQ(sha256Hex("test"), QByteArray("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
  EXPECT_EQ(sha256Hex(""), QByteArray(kEmptyBodySha256));
  EXPECT_EQ(canonicalQueryString({{QStringLiteral("test"), QStringLiteral(" ~/*-+")}}), QByteArray("test=%20~%2F%2A-%2B"));
  // UTF-8 bytes, upper-case hex; unreserved kept.
  EXPECT_EQ(percentEncode(QStringLiteral("安全组 a_b.c~d")), QByteArray("%E5%AE%89%E5%85%A8%E7%BB%84%20a_b.c~d"));
  EXPECT_EQ(percentEncode(QStringLiteral("[\"i-1\"]")), QByteArray("%5B%22i-1%22%5D"));
}

TEST(CloudSigner, changing_any_signed_part_changes_the_signature) {
  const SignableRequest base = docExample("2023-10-26T10:22:32Z", "3156853299f313e23d1673dc12e1703d");
  const QByteArray sig = authorizationHeader(QStringLiteral("id"), base, Secret("s"));
  SignableRequest other = base;
  other.query[0].second = QStringLiteral("cn-hangzhou");
  EXPECT_NE(authorizationHeader(QStringLiteral("id"), other, Secret("s")), sig);
  other = base;
  other.method = "GET";
  EXPECT_NE(authorizationHeader(QStringLiteral("id"), other, Secret("s")), sig);
  EXPECT_NE(authorizationHeader(QStringLiteral("id"), base, Secret("t")), sig);
}

TEST(CloudSigner, secret_prints_redacted) {
  const Secret s("TopSecretValue123");
  const std::string printed = ::testing::PrintToString(s);
  EXPECT_EQ(printed.find("TopSecret"), std::string::npos);
  QString dbg;
  QDebug(&dbg) << s;
  EXPECT_FALSE(dbg.contains(QStringLiteral("TopSecret")));
}
