// The TLS-area verdict rules against hand-made results: a broken TLS layer beats "healthy", certificate and clock
// warnings become the verdict only when nothing worse was found.
#include <gtest/gtest.h>

#include "checks/verdict/verdict.h"

using namespace rdpd;
using namespace Qt::StringLiterals;

namespace {
void put(Results &r, const QString &id, Status s, Findings ev, const QString &fix = {}) {
  CheckResult c = makeResult(s, std::move(ev), fix);
  c.id = id;
  r.insert(id, c);
}

Results healthyServer() {
  Results r;
  put(r, u"net.tcp_connect"_s, Status::Pass, {{u"state"_s, u"open"_s}});
  put(r, u"rdp.negotiation"_s, Status::Pass,
      {{u"responds_as_rdp"_s, true}, {u"accepted_protocols"_s, QStringList{u"rdp"_s, u"tls"_s}}});
  put(r, u"rdp.tls"_s, Status::Pass, {{u"handshake"_s, u"ok"_s}});
  put(r, u"rdp.certificate"_s, Status::Pass,
      {{u"expired"_s, false}, {u"not_yet_valid"_s, false}, {u"weak_signature"_s, false}, {u"weak_key"_s, false}});
  return r;
}

QString verdict(const Results &r) {
  const QList<Cause> c = rankCauses(r);
  return c.isEmpty() ? QString() : c.first().id;
}
}  // namespace

TEST(TlsVerdict, causes_have_words_and_steps) {
  for (const char *id : {"tls_broken", "cert_expired", "cert_weak", "clock_skew"}) {
    const QString cid = QString::fromLatin1(id);
    EXPECT_TRUE(knownCauseIds().contains(cid)) << id;
    EXPECT_NE(causeSummary(cid), cid) << id;
    EXPECT_FALSE(causeAdvice(cid).isEmpty()) << id;
  }
}

TEST(TlsVerdict, clean_tls_leaves_the_server_healthy) {
  EXPECT_EQ(verdict(healthyServer()), u"healthy"_s);
}

TEST(TlsVerdict, tls_chosen_but_failing_is_the_verdict) {
  Results r = healthyServer();
  r.remove(u"rdp.certificate"_s);
  put(r, u"rdp.tls"_s, Status::Fail, {{u"handshake"_s, u"failed"_s}, {u"peer_reply"_s, u"mcs_disconnect"_s}}, u"tls-broken"_s);
  const QList<Cause> c = rankCauses(r);
  ASSERT_FALSE(c.isEmpty());
  EXPECT_EQ(c.first().id, u"tls_broken"_s);
  EXPECT_EQ(c.first().step, 9);
}

TEST(TlsVerdict, expired_certificate_wins_only_on_an_otherwise_healthy_server) {
  Results r = healthyServer();
  put(r, u"rdp.certificate"_s, Status::Warn, {{u"expired"_s, true}, {u"weak_signature"_s, false}}, u"cert-expired"_s);
  EXPECT_EQ(verdict(r), u"cert_expired"_s);
  // With the port dropped, the certificate is not the story.
  put(r, u"net.tcp_connect"_s, Status::Fail, {{u"state"_s, u"filtered"_s}}, u"port-filtered"_s);
  EXPECT_EQ(verdict(r), u"port_filtered"_s);
}

TEST(TlsVerdict, expired_outranks_weak_and_weak_outranks_healthy) {
  Results r = healthyServer();
  put(r, u"rdp.certificate"_s, Status::Warn, {{u"weak_signature"_s, true}, {u"weak_key"_s, true}}, u"cert-weak"_s);
  EXPECT_EQ(verdict(r), u"cert_weak"_s);
  put(r, u"rdp.certificate"_s, Status::Warn, {{u"expired"_s, true}, {u"weak_key"_s, true}}, u"cert-expired"_s);
  EXPECT_EQ(verdict(r), u"cert_expired"_s);
}

TEST(TlsVerdict, clock_skew_over_five_minutes_is_a_cause) {
  Results r = healthyServer();
  put(r, u"rdp.identity"_s, Status::Pass, {{u"clock_skew_s"_s, 120}});
  EXPECT_EQ(verdict(r), u"healthy"_s);
  put(r, u"rdp.identity"_s, Status::Warn, {{u"clock_skew_s"_s, -3600}}, u"clock-skew"_s);
  EXPECT_EQ(verdict(r), u"clock_skew"_s);
  put(r, u"rdp.identity"_s, Status::Pass, {{u"clock_skew_s"_s, QVariant()}});
  EXPECT_EQ(verdict(r), u"healthy"_s);
}
