// rdp.tls and rdp.certificate against a real xrdp on loopback, with the certificates of the test factory:
// valid (TLS 1.2 and 1.3, not 1.0/1.1), expired, SHA-1 + 1024-bit served under SECLEVEL=0, a 1024-bit key without
// it (xrdp selects TLS, then its TLS layer fails: the classic broken-certificate symptom), and legacy versions.
#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "checks/rdp/certificate_check.h"
#include "checks/rdp/identity_check.h"
#include "checks/rdp/negotiation_check.h"
#include "checks/rdp/tls_check.h"
#include "checks/verdict/verdict.h"
#include "tests/support/scripted_rdp_server.h"
#include "tests/support/test_certs.h"
#include "tests/support/xrdp_server.h"

using namespace rdpd;
using namespace rdpd::test;
using namespace Qt::StringLiterals;

namespace {
#define REQUIRE_XRDP_AND_CERTS()                                                   \
  if (!XrdpServer::available()) GTEST_SKIP() << XrdpServer::unavailableReason().toStdString(); \
  const TestCerts &certs = TestCerts::shared();                                    \
  ASSERT_TRUE(certs.ok()) << certs.error().toStdString()

XrdpServer::Options withCert(const CertFiles &c, const QString &ciphers = {}, const QString &protocols = {}) {
  XrdpServer::Options o;
  o.securityLayer = u"negotiate"_s;
  o.certFile = c.certPath;
  o.keyFile = c.keyPath;
  o.tlsCiphers = ciphers;
  o.sslProtocols = protocols;
  return o;
}

// net.tcp_connect (as found), rdp.negotiation, rdp.tls, rdp.certificate, rdp.identity — each run for real, in order.
Results diagnose(const XrdpServer &x) {
  Results all;
  CheckContext ctx = loopbackContext(x.port(), 4000);
  all.insert(u"net.tcp_connect"_s, ctx.prior.value(u"net.tcp_connect"_s));
  auto run = [&](const Check &c, int budgetMs) {
    CheckContext cctx = ctx;
    cctx.prior = all;
    cctx.token = std::make_shared<CancelToken>(std::chrono::milliseconds(budgetMs));
    cctx.timeoutMs = budgetMs;
    CheckResult r = c.run(cctx);
    r.id = c.info().id;
    r.summary = c.summarize(r);
    all.insert(r.id, r);
  };
  run(NegotiationCheck(), 4000);
  run(TlsCheck(), 8000);
  run(CertificateCheck(), 1000);
  run(IdentityCheck(), 3000);
  return all;
}

QStringList versions(const Results &r) {
  return r.value(u"rdp.tls"_s).findings.value(u"versions_accepted"_s).toStringList();
}

QString verdictOf(const Results &r) {
  const QList<Cause> c = rankCauses(r);
  return c.isEmpty() ? QString() : c.first().id;
}
}  // namespace

TEST(TlsXrdp, valid_certificate_handshakes_with_tls12_and_tls13_only) {
  REQUIRE_XRDP_AND_CERTS();
  XrdpServer x(withCert(certs.valid()));
  ASSERT_TRUE(x.isRunning()) << x.error().toStdString();
  const Results r = diagnose(x);
  const CheckResult &t = r.value(u"rdp.tls"_s);
  ASSERT_EQ(t.status, Status::Pass) << t.summary.toStdString() << " " << x.log().toStdString();
  EXPECT_EQ(t.findings.value(u"handshake"_s).toString(), u"ok"_s);
  EXPECT_EQ(t.findings.value(u"version"_s).toString(), u"TLSv1.3"_s);
  EXPECT_FALSE(t.findings.value(u"cipher"_s).toString().isEmpty());
  EXPECT_TRUE(versions(r).contains(u"TLSv1.3"_s));
  EXPECT_TRUE(versions(r).contains(u"TLSv1.2"_s));
  EXPECT_FALSE(versions(r).contains(u"TLSv1.0"_s));
  EXPECT_FALSE(versions(r).contains(u"TLSv1.1"_s));
  EXPECT_FALSE(t.findings.value(u"legacy_versions"_s).toBool());
  EXPECT_EQ(t.findings.value(u"certificate_pem"_s).toString().toLatin1(), certs.valid().certPem);
  EXPECT_FALSE(t.findings.value(u"chain_verified"_s).toBool());

  const CheckResult &c = r.value(u"rdp.certificate"_s);
  EXPECT_EQ(c.status, Status::Pass) << c.summary.toStdString();
  EXPECT_TRUE(c.findings.value(u"self_signed"_s).toBool());
  EXPECT_TRUE(c.findings.value(u"hostname_match"_s).toBool());
  EXPECT_EQ(c.findings.value(u"key_bits"_s).toInt(), 2048);
  // xrdp never offers CredSSP: the identity probe stays away.
  EXPECT_EQ(r.value(u"rdp.identity"_s).status, Status::Skipped);
  EXPECT_EQ(r.value(u"rdp.identity"_s).findings.value(u"reason"_s).toString(), u"no_credssp"_s);
  EXPECT_EQ(verdictOf(r), u"healthy"_s);
}

TEST(TlsXrdp, expired_certificate_is_served_and_becomes_the_verdict) {
  REQUIRE_XRDP_AND_CERTS();
  XrdpServer x(withCert(certs.expired()));
  ASSERT_TRUE(x.isRunning()) << x.error().toStdString();
  const Results r = diagnose(x);
  EXPECT_EQ(r.value(u"rdp.tls"_s).findings.value(u"handshake"_s).toString(), u"ok"_s);
  const CheckResult &c = r.value(u"rdp.certificate"_s);
  EXPECT_TRUE(c.findings.value(u"expired"_s).toBool());
  EXPECT_EQ(c.fixId, u"cert-expired"_s);
  EXPECT_EQ(verdictOf(r), u"cert_expired"_s);
}

TEST(TlsXrdp, sha1_1024_bit_certificate_under_seclevel0_is_weak) {
  REQUIRE_XRDP_AND_CERTS();
  XrdpServer x(withCert(certs.weak(), u"DEFAULT:@SECLEVEL=0"_s));
  ASSERT_TRUE(x.isRunning()) << x.error().toStdString();
  const Results r = diagnose(x);
  EXPECT_EQ(r.value(u"rdp.tls"_s).findings.value(u"handshake"_s).toString(), u"ok"_s) << x.log().toStdString();
  const CheckResult &c = r.value(u"rdp.certificate"_s);
  EXPECT_TRUE(c.findings.value(u"weak_signature"_s).toBool());
  EXPECT_EQ(c.findings.value(u"key_bits"_s).toInt(), 1024);
  EXPECT_EQ(c.fixId, u"cert-weak"_s);
  EXPECT_EQ(verdictOf(r), u"cert_weak"_s);
}

TEST(TlsXrdp, short_key_without_seclevel0_breaks_tls_after_xrdp_chose_it) {
  REQUIRE_XRDP_AND_CERTS();
  XrdpServer x(withCert(certs.rsa1024()));
  ASSERT_TRUE(x.isRunning()) << x.error().toStdString();
  const Results r = diagnose(x);
  EXPECT_TRUE(r.value(u"rdp.negotiation"_s).findings.value(u"accepted_protocols"_s).toStringList().contains(u"tls"_s));
  const CheckResult &t = r.value(u"rdp.tls"_s);
  EXPECT_EQ(t.status, Status::Fail);
  EXPECT_EQ(t.fixId, u"tls-broken"_s);
  EXPECT_EQ(t.findings.value(u"handshake"_s).toString(), u"failed"_s);
  EXPECT_EQ(t.findings.value(u"peer_reply"_s).toString(), u"mcs_disconnect"_s);
  EXPECT_TRUE(t.findings.value(u"retried_max_tls12"_s).toBool());
  EXPECT_FALSE(t.findings.value(u"error"_s).toString().isEmpty());
  EXPECT_EQ(r.value(u"rdp.certificate"_s).status, Status::Skipped);
  EXPECT_EQ(verdictOf(r), u"tls_broken"_s);
}

TEST(TlsXrdp, legacy_versions_are_reported_when_xrdp_allows_them) {
  REQUIRE_XRDP_AND_CERTS();
  XrdpServer x(withCert(certs.valid(), u"DEFAULT:@SECLEVEL=0"_s, u"TLSv1, TLSv1.1, TLSv1.2"_s));
  ASSERT_TRUE(x.isRunning()) << x.error().toStdString();
  const Results r = diagnose(x);
  const CheckResult &t = r.value(u"rdp.tls"_s);
  EXPECT_EQ(t.findings.value(u"version"_s).toString(), u"TLSv1.2"_s);
  EXPECT_TRUE(versions(r).contains(u"TLSv1.0"_s)) << versions(r).join(u',').toStdString();
  EXPECT_TRUE(versions(r).contains(u"TLSv1.1"_s));
  EXPECT_FALSE(versions(r).contains(u"TLSv1.3"_s));
  EXPECT_TRUE(t.findings.value(u"legacy_versions"_s).toBool());
  EXPECT_EQ(t.status, Status::Pass);
}

TEST(TlsXrdp, cli_diagnosis_names_the_expired_certificate) {
  REQUIRE_XRDP_AND_CERTS();
  XrdpServer x(withCert(certs.expired()));
  ASSERT_TRUE(x.isRunning()) << x.error().toStdString();
  QProcess p;
  p.start(QStringLiteral(RDPD_BINARY_PATH), {u"diagnose"_s, u"127.0.0.1:%1"_s.arg(x.port()), u"--format"_s, u"json"_s});
  ASSERT_TRUE(p.waitForFinished(30000));
  const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput());
  ASSERT_TRUE(doc.isObject()) << p.readAllStandardError().toStdString();
  const QJsonObject verdict = doc.object().value(u"verdict"_s).toObject();
  EXPECT_EQ(verdict.value(u"cause_id"_s).toString(), u"cert_expired"_s);
  EXPECT_EQ(verdict.value(u"step"_s).toInt(), 9);
  QHash<QString, QJsonObject> checks;
  for (const QJsonValue &c : doc.object().value(u"checks"_s).toArray())
    checks.insert(c.toObject().value(u"id"_s).toString(), c.toObject());
  ASSERT_TRUE(checks.contains(u"rdp.tls"_s));
  ASSERT_TRUE(checks.contains(u"rdp.certificate"_s));
  ASSERT_TRUE(checks.contains(u"rdp.identity"_s));
  const QJsonObject tlsEv = checks.value(u"rdp.tls"_s).value(u"evidence"_s).toObject();
  for (const char *key : {"handshake", "version", "cipher", "versions_accepted", "legacy_versions", "error", "certificate_pem"})
    EXPECT_TRUE(tlsEv.contains(QString::fromLatin1(key))) << key;
  const QJsonObject certEv = checks.value(u"rdp.certificate"_s).value(u"evidence"_s).toObject();
  EXPECT_TRUE(certEv.value(u"expired"_s).toBool());
  EXPECT_EQ(certEv.value(u"sha1"_s).toString().size(), 40);
  EXPECT_EQ(checks.value(u"rdp.identity"_s).value(u"status"_s).toString(), u"skipped"_s);
  EXPECT_EQ(checks.value(u"rdp.tls"_s).value(u"step"_s).toInt(), 9);
}
