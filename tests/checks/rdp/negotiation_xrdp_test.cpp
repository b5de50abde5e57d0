// rdp.negotiation against a real xrdp on loopback, in each security layer. Ground truth (reference measurements):
// negotiate -> RDP and TLS, never CredSSP; tls -> code 1 for standard RDP; rdp -> answers TLS requests with RDP;
// tls with a missing certificate -> code 3 everywhere, and the diagnosis names the certificate.
#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "checks/rdp/negotiation_check.h"
#include "tests/support/scripted_rdp_server.h"
#include "tests/support/xrdp_server.h"

using namespace rdpd;
using namespace rdpd::test;
using namespace Qt::StringLiterals;

namespace {
#define REQUIRE_XRDP()                                                              \
  if (!XrdpServer::available()) GTEST_SKIP() << XrdpServer::unavailableReason().toStdString()

CheckResult negotiateWith(const XrdpServer &x, qint64 *elapsed = nullptr) {
  EXPECT_TRUE(x.isRunning()) << x.error().toStdString();
  QElapsedTimer t;
  t.start();
  CheckResult r = NegotiationCheck().run(loopbackContext(x.port(), 4000));
  if (elapsed) *elapsed = t.elapsed();
  return r;
}

QStringList accepted(const CheckResult &r) { return r.findings.value(u"accepted_protocols"_s).toStringList(); }

QVariantMap forRequest(const CheckResult &r, int requested) {
  for (const QVariant &v : r.findings.value(u"per_request"_s).toList())
    if (v.toMap().value(u"requested"_s).toInt() == requested) return v.toMap();
  return {};
}

XrdpServer::Options layer(const char *l) {
  XrdpServer::Options o;
  o.securityLayer = QString::fromLatin1(l);
  return o;
}
}  // namespace

TEST(NegotiationXrdp, negotiate_layer_accepts_rdp_and_tls_but_not_credssp) {
  REQUIRE_XRDP();
  XrdpServer x(layer("negotiate"));
  ASSERT_TRUE(x.isRunning()) << x.error().toStdString();
  qint64 ms = 0;
  const CheckResult r = negotiateWith(x, &ms);
  EXPECT_EQ(r.status, Status::Pass);
  EXPECT_EQ(accepted(r), (QStringList{u"rdp"_s, u"tls"_s}));  // nmap claims CredSSP SUCCESS here; we must not
  EXPECT_FALSE(accepted(r).contains(u"hybrid"_s));
  EXPECT_FALSE(r.findings.value(u"nla_required"_s).toBool());
  EXPECT_EQ(r.findings.value(u"selected_protocol"_s).toString(), u"tls"_s);
  EXPECT_EQ(r.findings.value(u"server_flags"_s).toInt(), 1);
  EXPECT_TRUE(r.findings.value(u"failure_code"_s).isNull());
  EXPECT_EQ(forRequest(r, 3).value(u"selected"_s).toString(), u"tls"_s);
  EXPECT_EQ(forRequest(r, 3).value(u"src_ref"_s).toInt(), 0x1234);
  // Generous bound for a loaded CI machine; on an idle one this is a few tens of milliseconds.
  EXPECT_LT(ms, 1500) << "negotiation took " << ms << " ms";
  RecordProperty("elapsed_ms", int(ms));
}

TEST(NegotiationXrdp, tls_layer_requires_ssl_for_standard_rdp) {
  REQUIRE_XRDP();
  XrdpServer x(layer("tls"));
  ASSERT_TRUE(x.isRunning()) << x.error().toStdString();
  const CheckResult r = negotiateWith(x);
  EXPECT_EQ(r.status, Status::Pass);
  EXPECT_EQ(accepted(r), QStringList{u"tls"_s});
  EXPECT_EQ(r.findings.value(u"failure_code"_s).toInt(), 1);
  EXPECT_EQ(r.findings.value(u"failure_name"_s).toString(), u"SSL_REQUIRED_BY_SERVER"_s);
  EXPECT_EQ(forRequest(r, 0).value(u"outcome"_s).toString(), u"failure"_s);
  EXPECT_EQ(r.fixId, u"ssl-required"_s);
}

TEST(NegotiationXrdp, rdp_layer_answers_tls_with_standard_rdp) {
  REQUIRE_XRDP();
  XrdpServer x(layer("rdp"));
  ASSERT_TRUE(x.isRunning()) << x.error().toStdString();
  const CheckResult r = negotiateWith(x);
  EXPECT_EQ(r.status, Status::Warn);
  EXPECT_EQ(accepted(r), QStringList{u"rdp"_s});
  EXPECT_EQ(forRequest(r, 1).value(u"selected"_s).toString(), u"rdp"_s);
  EXPECT_EQ(r.fixId, u"ssl-not-allowed"_s);
}

TEST(NegotiationXrdp, missing_certificate_gives_code_3_and_the_verdict_names_it) {
  REQUIRE_XRDP();
  XrdpServer::Options o = layer("tls");
  o.missingCert = true;
  XrdpServer x(o);
  ASSERT_TRUE(x.isRunning()) << x.error().toStdString();
  const CheckResult r = negotiateWith(x);
  EXPECT_EQ(r.status, Status::Fail);
  EXPECT_EQ(r.findings.value(u"failure_code"_s).toInt(), 3);
  EXPECT_EQ(r.fixId, u"tls-cert-missing"_s);

  QProcess p;
  p.start(QStringLiteral(RDPD_BINARY_PATH), {u"diagnose"_s, u"127.0.0.1:%1"_s.arg(x.port()), u"--format"_s, u"json"_s});
  ASSERT_TRUE(p.waitForFinished(30000));
  const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput());
  ASSERT_TRUE(doc.isObject()) << p.readAllStandardError().toStdString();
  const QJsonObject verdict = doc.object().value(u"verdict"_s).toObject();
  EXPECT_EQ(verdict.value(u"cause_id"_s).toString(), u"tls_cert_missing"_s);
  EXPECT_EQ(verdict.value(u"step"_s).toInt(), 9);
  QJsonObject neg;
  for (const QJsonValue &c : doc.object().value(u"checks"_s).toArray())
    if (c.toObject().value(u"id"_s).toString() == u"rdp.negotiation"_s) neg = c.toObject();
  ASSERT_FALSE(neg.isEmpty());
  const QJsonObject ev = neg.value(u"evidence"_s).toObject();
  for (const char *key : {"responds_as_rdp", "accepted_protocols", "nla_required", "failure_code", "failure_name",
                          "server_flags", "server_flags_names", "non_rdp_reply", "selected_protocol", "per_request"})
    EXPECT_TRUE(ev.contains(QString::fromLatin1(key))) << key;
  EXPECT_EQ(ev.value(u"failure_name"_s).toString(), u"SSL_CERT_NOT_ON_SERVER"_s);
  EXPECT_TRUE(ev.value(u"responds_as_rdp"_s).toBool());
  EXPECT_EQ(p.exitCode(), 1);
}
