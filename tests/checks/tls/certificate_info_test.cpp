// Reading and judging certificates made by the test-certificate factory (real OpenSSL objects, no network):
// fields, thumbprints, expiry against a movable clock, weak keys and signatures, name matching, and the verdicts.
#include "checks/tls/certificate_info.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>

#include "checks/core/services.h"
#include "checks/rdp/certificate_check.h"
#include "checks/verdict/verdict.h"
#include "tests/support/test_certs.h"

using namespace rdpd;
using namespace rdpd::test;
using namespace Qt::StringLiterals;

namespace {
#define REQUIRE_CERTS()                                       \
  const TestCerts &certs = TestCerts::shared();               \
  ASSERT_TRUE(certs.ok()) << certs.error().toStdString()

class FixedClock final : public Clock {
 public:
  explicit FixedClock(QDateTime t) : m_t(std::move(t)) {}
  QDateTime nowUtc() const override { return m_t; }
 private:
  QDateTime m_t;
};

Target target(const QString &in) { return Target::fromInput(in); }
QDateTime now() { return QDateTime::currentDateTimeUtc(); }

QByteArray derOf(const QByteArray &pem) {
  QByteArray b64;
  for (const QByteArray &line : pem.split('\n'))
    if (!line.startsWith("-----")) b64 += line;
  return QByteArray::fromBase64(b64);
}

CheckResult tlsResultWith(const QByteArray &pem) {
  CheckResult t = makeResult(Status::Pass, {{u"handshake"_s, u"ok"_s}, {u"certificate_pem"_s, QString::fromLatin1(pem)},
                                            {u"chain_verified"_s, false}, {u"verify_error"_s, u"self-signed certificate"_s}});
  t.id = u"rdp.tls"_s;
  return t;
}
}  // namespace

TEST(CertificateInfo, valid_certificate_fields_and_thumbprints) {
  REQUIRE_CERTS();
  const auto c = tls::parseCertificatePem(certs.valid().certPem);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->commonName, u"rdpd-test.local"_s);
  EXPECT_EQ(c->subject, u"CN=rdpd-test.local"_s);
  EXPECT_TRUE(c->selfSigned);
  EXPECT_EQ(c->keyType, u"RSA"_s);
  EXPECT_EQ(c->keyBits, 2048);
  EXPECT_EQ(c->signatureAlgorithm, u"sha256WithRSAEncryption"_s);
  EXPECT_FALSE(c->weakSignature);
  EXPECT_FALSE(tls::isWeakKey(*c));
  EXPECT_EQ(c->san, (QStringList{u"DNS:rdpd-test.local"_s, u"IP:127.0.0.1"_s}));
  // Thumbprints are digests of the DER encoding, uppercase, without separators (as Windows stores them).
  const QByteArray der = derOf(certs.valid().certPem);
  EXPECT_EQ(c->sha1, QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha1).toHex().toUpper()));
  EXPECT_EQ(c->sha256, QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex().toUpper()));
  EXPECT_EQ(c->sha1.size(), 40);
  EXPECT_EQ(tls::derToPem(der), certs.valid().certPem);
}

TEST(CertificateInfo, garbage_is_not_a_certificate) {
  REQUIRE_CERTS();
  QFile f(certs.garbagePath());
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  QString error;
  EXPECT_FALSE(tls::parseCertificatePem(f.readAll(), &error));
  EXPECT_FALSE(error.isEmpty());
  EXPECT_FALSE(tls::parseCertificatePem(QByteArray()));
  EXPECT_FALSE(tls::parseCertificatePem(QByteArray("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")));
}

TEST(CertificateInfo, host_matching_uses_san_names_and_ip_literals) {
  REQUIRE_CERTS();
  const QByteArray pem = certs.valid().certPem;
  EXPECT_TRUE(tls::certificateMatchesHost(pem, u"rdpd-test.local"_s));
  EXPECT_TRUE(tls::certificateMatchesHost(pem, u"RDPD-TEST.local"_s));
  EXPECT_TRUE(tls::certificateMatchesHost(pem, u"127.0.0.1"_s));
  EXPECT_FALSE(tls::certificateMatchesHost(pem, u"127.0.0.2"_s));
  EXPECT_FALSE(tls::certificateMatchesHost(pem, u"other.example.net"_s));
  EXPECT_TRUE(tls::certificateMatchesHost(certs.mismatch().certPem, u"other.example.net"_s));
}

TEST(CertificateCheck, self_signed_valid_certificate_passes_with_an_explanation) {
  REQUIRE_CERTS();
  const CheckResult r = tls::classifyCertificate(certs.valid().certPem, target(u"127.0.0.1:3389"_s), now(), false,
                                                 u"self-signed certificate"_s);
  EXPECT_EQ(r.status, Status::Pass);
  EXPECT_EQ(r.fixId, u"cert-self-signed"_s);  // informational: the article explains what self-signed means
  EXPECT_TRUE(r.findings.value(u"self_signed"_s).toBool());
  EXPECT_TRUE(r.findings.value(u"hostname_match"_s).toBool());
  EXPECT_FALSE(r.findings.value(u"chain_verified"_s).toBool());
  EXPECT_EQ(r.findings.value(u"verify_error"_s).toString(), u"self-signed certificate"_s);
  EXPECT_GE(r.findings.value(u"days_left"_s).toInt(), 363);
  for (const char *key : {"subject", "issuer", "self_signed", "not_before", "not_after", "expired", "not_yet_valid",
                          "days_left", "key_type", "key_bits", "signature_algorithm", "weak_signature", "sha1",
                          "sha256", "san", "hostname_match", "chain_verified", "verify_error"})
    EXPECT_TRUE(r.findings.contains(QString::fromLatin1(key))) << key;
  const QString why = CertificateCheck().explain(r);
  EXPECT_TRUE(why.contains(r.findings.value(u"sha1"_s).toString())) << "the thumbprint to compare must be shown";
}

TEST(CertificateCheck, expired_certificate_warns_with_dates_in_iso) {
  REQUIRE_CERTS();
  const CheckResult r = tls::classifyCertificate(certs.expired().certPem, target(u"127.0.0.1"_s), now(), false, {});
  EXPECT_EQ(r.status, Status::Warn);
  EXPECT_EQ(r.fixId, u"cert-expired"_s);
  EXPECT_TRUE(r.findings.value(u"expired"_s).toBool());
  EXPECT_EQ(r.findings.value(u"not_before"_s).toString(), u"2020-01-01T00:00:00Z"_s);
  EXPECT_EQ(r.findings.value(u"not_after"_s).toString(), u"2021-01-01T00:00:00Z"_s);
  EXPECT_LT(r.findings.value(u"days_left"_s).toInt(), -365);
}

TEST(CertificateCheck, the_clock_seam_decides_expiry) {
  REQUIRE_CERTS();
  const QByteArray pem = certs.valid().certPem;
  const Target t = target(u"127.0.0.1"_s);
  const CheckResult later = tls::classifyCertificate(pem, t, now().addYears(2), false, {});
  EXPECT_TRUE(later.findings.value(u"expired"_s).toBool());
  EXPECT_EQ(later.fixId, u"cert-expired"_s);
  const CheckResult earlier = tls::classifyCertificate(pem, t, now().addDays(-10), false, {});
  EXPECT_TRUE(earlier.findings.value(u"not_yet_valid"_s).toBool());
  EXPECT_EQ(earlier.status, Status::Warn);
  // The check itself reads the Services clock.
  auto clock = std::make_shared<FixedClock>(now().addYears(3));
  const Services services(clock, nullptr);
  CheckContext ctx;
  ctx.target = t;
  ctx.services = &services;
  ctx.token = std::make_shared<CancelToken>();
  const CheckResult tlsResult = tlsResultWith(pem);
  ctx.prior.insert(tlsResult.id, tlsResult);
  EXPECT_TRUE(CertificateCheck().run(ctx).findings.value(u"expired"_s).toBool());
}

TEST(CertificateCheck, sha1_signature_and_short_key_warn_as_weak) {
  REQUIRE_CERTS();
  const Target t = target(u"127.0.0.1"_s);
  const CheckResult sha1 = tls::classifyCertificate(certs.sha1().certPem, t, now(), false, {});
  EXPECT_EQ(sha1.fixId, u"cert-weak"_s);
  EXPECT_TRUE(sha1.findings.value(u"weak_signature"_s).toBool());
  EXPECT_EQ(sha1.findings.value(u"signature_algorithm"_s).toString(), u"sha1WithRSAEncryption"_s);
  const CheckResult small = tls::classifyCertificate(certs.rsa1024().certPem, t, now(), false, {});
  EXPECT_EQ(small.status, Status::Warn);
  EXPECT_EQ(small.fixId, u"cert-weak"_s);
  EXPECT_EQ(small.findings.value(u"key_bits"_s).toInt(), 1024);
  EXPECT_FALSE(small.findings.value(u"weak_signature"_s).toBool());
}

TEST(CertificateCheck, name_mismatch_warns_only_for_a_typed_name_and_an_issued_certificate) {
  REQUIRE_CERTS();
  const CheckResult issued = tls::classifyCertificate(certs.mismatch().certPem, target(u"rdp.example.org"_s), now(), false, {});
  EXPECT_FALSE(issued.findings.value(u"self_signed"_s).toBool());
  EXPECT_EQ(issued.status, Status::Warn);
  EXPECT_EQ(issued.fixId, u"cert-name-mismatch"_s);
  const CheckResult byIp = tls::classifyCertificate(certs.mismatch().certPem, target(u"127.0.0.1"_s), now(), false, {});
  EXPECT_FALSE(byIp.findings.value(u"hostname_match"_s).toBool());
  EXPECT_EQ(byIp.status, Status::Pass);
  const CheckResult selfSigned = tls::classifyCertificate(certs.valid().certPem, target(u"rdp.example.org"_s), now(), false, {});
  EXPECT_FALSE(selfSigned.findings.value(u"hostname_match"_s).toBool());
  EXPECT_EQ(selfSigned.status, Status::Pass) << "Windows' self-signed certificate never matches a typed name";
}

TEST(CertificateCheck, skipped_without_a_certificate) {
  CheckContext ctx;
  ctx.token = std::make_shared<CancelToken>();
  EXPECT_EQ(CertificateCheck().run(ctx).status, Status::Skipped);
}
