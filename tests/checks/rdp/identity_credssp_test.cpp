// rdp.identity against the scripted CredSSP server (xrdp has no CredSSP): the names, Windows build and clock come
// out of the NTLM CHALLENGE; an hour of clock difference is a warning; and the client never sends anything but one
// TSRequest with an anonymous NTLM NEGOTIATE (no user name, no AUTHENTICATE, no cookie).
#include <gtest/gtest.h>

#include "checks/rdp/identity_check.h"
#include "checks/rdp/negotiation_check.h"
#include "checks/rdp/ntlm.h"
#include "checks/rdp/tsrequest.h"
#include "checks/verdict/verdict.h"
#include "tests/support/scripted_credssp_server.h"
#include "tests/support/scripted_rdp_server.h"
#include "tests/support/test_certs.h"

using namespace rdpd;
using namespace rdpd::test;
using namespace Qt::StringLiterals;

namespace {
ScriptedCredsspServer::Options serverOptions(const TestCerts &certs, qint64 clockOffsetS) {
  ScriptedCredsspServer::Options o;
  o.certFile = certs.valid().certPath;
  o.keyFile = certs.valid().keyPath;
  o.serverTime = QDateTime::currentDateTimeUtc().addSecs(clockOffsetS);
  return o;
}

// rdp.identity as the runner would run it: rdp.negotiation first (for real), then the identity probe.
Results runIdentity(int port) {
  Results all;
  CheckContext ctx = loopbackContext(port, 4000);
  all.insert(u"net.tcp_connect"_s, ctx.prior.value(u"net.tcp_connect"_s));
  CheckResult neg = NegotiationCheck().run(ctx);
  neg.id = u"rdp.negotiation"_s;
  all.insert(neg.id, neg);
  ctx.prior = all;
  ctx.token = std::make_shared<CancelToken>(std::chrono::milliseconds(4000));
  CheckResult id = IdentityCheck().run(ctx);
  id.id = u"rdp.identity"_s;
  all.insert(id.id, id);
  return all;
}
}  // namespace

TEST(IdentityCredssp, challenge_reveals_names_build_and_an_hour_of_clock_skew) {
  const TestCerts &certs = TestCerts::shared();
  ASSERT_TRUE(certs.ok());
  ScriptedCredsspServer server(serverOptions(certs, 3600));
  ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
  const Results all = runIdentity(server.port());
  EXPECT_TRUE(
      all.value(u"rdp.negotiation"_s).findings.value(u"accepted_protocols"_s).toStringList().contains(u"hybrid"_s));
  const CheckResult &r = all.value(u"rdp.identity"_s);
  ASSERT_EQ(r.status, Status::Warn) << r.findings.value(u"error"_s).toString().toStdString();
  EXPECT_EQ(r.fixId, u"clock-skew"_s);
  const Findings &e = r.findings;
  EXPECT_EQ(e.value(u"netbios_computer"_s).toString(), u"WIN-RDPD01"_s);
  EXPECT_EQ(e.value(u"netbios_domain"_s).toString(), u"CONTOSO"_s);
  EXPECT_EQ(e.value(u"dns_computer"_s).toString(), u"win-rdpd01.contoso.test"_s);
  EXPECT_EQ(e.value(u"dns_domain"_s).toString(), u"contoso.test"_s);
  EXPECT_EQ(e.value(u"dns_tree"_s).toString(), u"contoso.test"_s);
  EXPECT_EQ(e.value(u"os_version"_s).toString(), u"10.0.17763"_s);
  EXPECT_TRUE(QDateTime::fromString(e.value(u"server_time"_s).toString(), Qt::ISODate).isValid());
  EXPECT_NEAR(double(e.value(u"clock_skew_s"_s).toLongLong()), 3600.0, 10.0);
  EXPECT_FALSE(IdentityCheck().summarize(r).isEmpty());
  bool skewCause = false;
  for (const Cause &c : rankCauses(all)) skewCause = skewCause || c.id == u"clock_skew"_s;
  EXPECT_TRUE(skewCause);
}

TEST(IdentityCredssp, client_sends_only_an_anonymous_negotiate) {
  const TestCerts &certs = TestCerts::shared();
  ASSERT_TRUE(certs.ok());
  ScriptedCredsspServer server(serverOptions(certs, 0));
  ASSERT_TRUE(server.isRunning());
  CheckContext ctx = loopbackContext(server.port(), 4000);
  ctx.target.userHint = u"alice"_s;  // a user name the tool knows must still never go on the wire
  const CheckResult r = IdentityCheck().run(ctx);  // without rdp.negotiation: the probe decides by itself
  EXPECT_EQ(r.status, Status::Pass) << r.findings.value(u"error"_s).toString().toStdString();
  EXPECT_LE(qAbs(r.findings.value(u"clock_skew_s"_s).toLongLong()), 5);

  ASSERT_TRUE(server.waitForFinished(1, 3000));
  const QList<ScriptedCredsspServer::Connection> conns = server.connections();
  ASSERT_EQ(conns.size(), 1);
  const auto &c = conns.first();
  EXPECT_EQ(c.request.size(), 19) << "no cookie, no routing token";
  EXPECT_FALSE(c.request.contains("mstshash"));
  ASSERT_TRUE(c.tlsOk);
  const rdp::TsRequestParse ts = rdp::parseTsRequest(c.plaintext);
  ASSERT_TRUE(ts.request);
  EXPECT_EQ(c.plaintext.size(), rdp::tsRequestFrameLength(c.plaintext)) << "exactly one TSRequest, nothing after it";
  EXPECT_EQ(ts.request->version, 6);
  EXPECT_FALSE(ts.request->hasAuthInfo);
  EXPECT_FALSE(ts.request->hasPubKeyAuth);
  ASSERT_EQ(ts.request->negoTokens.size(), 1);
  const QByteArray token = ts.request->negoTokens.first();
  EXPECT_EQ(rdp::ntlmMessageType(token), 1u) << "only NEGOTIATE, never AUTHENTICATE";
  EXPECT_EQ(token.mid(16, 16), QByteArray(16, '\0')) << "no domain, no workstation";
  EXPECT_FALSE(c.plaintext.contains("alice"));
  EXPECT_FALSE(c.plaintext.contains(QByteArray("a\0l\0i\0c\0e\0", 10)));
}

TEST(IdentityCredssp, garbage_answer_is_an_error_not_a_crash) {
  const TestCerts &certs = TestCerts::shared();
  ASSERT_TRUE(certs.ok());
  auto o = serverOptions(certs, 0);
  o.rawAnswer = QByteArray::fromHex("3006a003020106a1ff");
  ScriptedCredsspServer server(o);
  ASSERT_TRUE(server.isRunning());
  const CheckResult r = IdentityCheck().run(loopbackContext(server.port(), 3000));
  EXPECT_EQ(r.status, Status::Error);
  EXPECT_TRUE(r.findings.value(u"error"_s).toString().startsWith(u"tsrequest_"_s))
      << r.findings.value(u"error"_s).toString().toStdString();
}

TEST(IdentityCredssp, skipped_when_the_server_only_offers_tls) {
  CheckContext ctx = loopbackContext(1, 1000);
  CheckResult neg = makeResult(Status::Pass, {{u"responds_as_rdp"_s, true},
                                              {u"accepted_protocols"_s, QStringList{u"rdp"_s, u"tls"_s}},
                                              {u"address"_s, u"127.0.0.1"_s}});
  neg.id = u"rdp.negotiation"_s;
  ctx.prior.insert(neg.id, neg);
  const CheckResult r = IdentityCheck().run(ctx);
  EXPECT_EQ(r.status, Status::Skipped);
  EXPECT_EQ(r.findings.value(u"reason"_s).toString(), u"no_credssp"_s);
  EXPECT_FALSE(IdentityCheck().summarize(r).isEmpty());
}

TEST(IdentityCredssp, classify_keeps_small_skew_as_pass) {
  ScriptedCredsspServer::Options o;
  const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
  o.serverTime = now.addSecs(-299);
  const CheckResult ok = rdp::classifyIdentity(ScriptedCredsspServer::buildAnswer(o), now);
  EXPECT_EQ(ok.status, Status::Pass);
  EXPECT_EQ(ok.findings.value(u"clock_skew_s"_s).toLongLong(), -299);
  o.serverTime = now.addSecs(-301);
  EXPECT_EQ(rdp::classifyIdentity(ScriptedCredsspServer::buildAnswer(o), now).fixId, u"clock-skew"_s);
  o.serverTime = {};
  const CheckResult noTime = rdp::classifyIdentity(ScriptedCredsspServer::buildAnswer(o), now);
  EXPECT_EQ(noTime.status, Status::Pass);
  EXPECT_TRUE(noTime.findings.value(u"clock_skew_s"_s).isNull());
}
