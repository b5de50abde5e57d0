// The rdp verdict rules, fed with results classified from realistic probe outcomes.
#include <gtest/gtest.h>

#include "checks/rdp/negotiation_check.h"
#include "checks/verdict/verdict.h"

using namespace rdpd;
using namespace rdpd::rdp;
using namespace Qt::StringLiterals;

namespace {
NegotiationOutcome confirm(quint32 requested, const QByteArray &bytes) {
  NegotiationOutcome o;
  o.kind = NegotiationOutcome::Kind::Confirm;
  o.requested = requested;
  o.confirm = parseConnectionConfirm(bytes);
  return o;
}
QByteArray rsp(quint32 sel) {
  QByteArray b = QByteArray::fromHex("030000130ed00000123400020108000000000000").left(19);
  b[15] = char(sel);
  return b;
}
QByteArray fail(quint32 code) {
  QByteArray b = QByteArray::fromHex("030000130ed00000123400030008000000000000").left(19);
  b[15] = char(code);
  return b;
}
NegotiationOutcome bare(NegotiationOutcome::Kind k, quint32 requested) {
  NegotiationOutcome o;
  o.kind = k;
  o.requested = requested;
  return o;
}

Results withOpenPort(CheckResult neg) {
  neg.id = u"rdp.negotiation"_s;
  CheckResult tcp = makeResult(Status::Pass, {{u"state"_s, u"open"_s}});
  tcp.id = u"net.tcp_connect"_s;
  return {{tcp.id, tcp}, {neg.id, neg}};
}

Cause top(const Results &r) { return rankCauses(r).first(); }
}  // namespace

TEST(NegotiationVerdict, code_3_is_a_missing_certificate_at_step_9) {
  const Cause c = top(withOpenPort(classifyNegotiation({confirm(0, fail(3)), confirm(1, fail(3)), confirm(3, fail(3))})));
  EXPECT_EQ(c.id, u"tls_cert_missing"_s);
  EXPECT_EQ(c.step, 9);
  EXPECT_GE(c.confidence, 0.9);
}

TEST(NegotiationVerdict, code_3_wins_even_when_standard_rdp_is_accepted) {
  const CheckResult r = classifyNegotiation({confirm(0, rsp(0)), confirm(1, fail(3)), confirm(3, fail(3))});
  EXPECT_EQ(r.status, Status::Fail);
  EXPECT_EQ(top(withOpenPort(r)).id, u"tls_cert_missing"_s);
}

TEST(NegotiationVerdict, healthy_tls_server_stays_healthy) {
  const CheckResult r = classifyNegotiation({confirm(0, rsp(0)), confirm(1, rsp(1)), confirm(3, rsp(1)), confirm(11, rsp(1))});
  EXPECT_EQ(r.status, Status::Pass);
  EXPECT_EQ(top(withOpenPort(r)).id, u"healthy"_s);
}

TEST(NegotiationVerdict, nla_required_alone_is_informative) {
  const QList<NegotiationOutcome> win = {confirm(0, fail(5)), confirm(1, fail(5)), confirm(3, rsp(2)), confirm(11, rsp(8))};
  EXPECT_EQ(top(withOpenPort(classifyNegotiation(win, false))).id, u"healthy"_s);
  const Cause c = top(withOpenPort(classifyNegotiation(win, true)));
  EXPECT_EQ(c.id, u"nla_required"_s);
  EXPECT_EQ(c.step, 9);
}

TEST(NegotiationVerdict, standard_rdp_only_and_old_servers_are_named_over_healthy) {
  EXPECT_EQ(top(withOpenPort(classifyNegotiation({confirm(0, rsp(0)), confirm(1, rsp(0)), confirm(3, rsp(0))}))).id,
            u"ssl_not_allowed"_s);
  EXPECT_EQ(top(withOpenPort(classifyNegotiation({confirm(0, rsp(0)), confirm(1, fail(2)), confirm(3, fail(2))}))).id,
            u"ssl_not_allowed"_s);
  const QByteArray old = QByteArray::fromHex("0300000b06d00000123400");
  EXPECT_EQ(top(withOpenPort(classifyNegotiation({confirm(0, old), confirm(1, old)}))).id, u"legacy_server"_s);
}

TEST(NegotiationVerdict, hard_refusals_and_non_rdp_answers) {
  using K = NegotiationOutcome::Kind;
  EXPECT_EQ(top(withOpenPort(classifyNegotiation({confirm(1, fail(6)), confirm(3, fail(6))}))).id,
            u"user_auth_cert_required"_s);
  EXPECT_EQ(top(withOpenPort(classifyNegotiation({confirm(0, fail(1)), confirm(1, fail(1))}))).id, u"ssl_required"_s);
  EXPECT_EQ(top(withOpenPort(classifyNegotiation({confirm(3, "HTTP/1.1 400 Bad\r\n")}))).id, u"not_rdp"_s);
  EXPECT_EQ(top(withOpenPort(classifyNegotiation({bare(K::Closed, 3), bare(K::Reset, 1)}))).id, u"closed_after_accept"_s);
  EXPECT_EQ(top(withOpenPort(classifyNegotiation({bare(K::Silent, 3)}))).id, u"rdp_silent"_s);
  EXPECT_EQ(top(withOpenPort(classifyNegotiation({bare(K::Silent, 3)}))).step, 4);
  // A content answer says more than a close: HTTP on one request, a close on another -> not RDP.
  const CheckResult mixed = classifyNegotiation({bare(K::Closed, 0), confirm(3, "SSH-2.0-x\r\n")});
  EXPECT_EQ(mixed.findings.value(u"non_rdp_reply"_s).toString(), u"ssh"_s);
}

TEST(NegotiationVerdict, rdp_on_another_port_beats_a_refused_port) {
  CheckResult tcp = makeResult(Status::Fail, {{u"state"_s, u"refused"_s}}, u"port-refused"_s);
  tcp.id = u"net.tcp_connect"_s;
  CheckResult alt = makeResult(Status::Warn, {{u"rdp_ports"_s, QVariantList{5588}}}, u"rdp-alt-port"_s);
  alt.id = u"net.alt_ports"_s;
  const QList<Cause> causes = rankCauses({{tcp.id, tcp}, {alt.id, alt}});
  ASSERT_GE(causes.size(), 2);
  EXPECT_EQ(causes[0].id, u"rdp_on_other_port"_s);
  EXPECT_EQ(causes[0].step, 3);
  EXPECT_EQ(causes[1].id, u"port_refused"_s);
  EXPECT_GT(causes[0].confidence, causes[1].confidence);
}

TEST(NegotiationVerdict, every_rdp_cause_has_words) {
  const QStringList ids = knownCauseIds();
  for (const char *id : {"not_rdp", "closed_after_accept", "rdp_silent", "tls_cert_missing", "ssl_required",
                         "ssl_not_allowed", "nla_required", "user_auth_cert_required", "legacy_server",
                         "rdp_on_other_port"}) {
    EXPECT_TRUE(ids.contains(QString::fromLatin1(id))) << id;
    EXPECT_NE(causeSummary(QString::fromLatin1(id)), QString::fromLatin1(id));
    EXPECT_FALSE(causeAdvice(QString::fromLatin1(id)).isEmpty());
  }
}

TEST(NegotiationVerdict, cancelled_or_unreachable_probes_are_not_failures) {
  using K = NegotiationOutcome::Kind;
  EXPECT_EQ(classifyNegotiation({bare(K::Cancelled, 3)}).status, Status::Skipped);
  EXPECT_EQ(classifyNegotiation({bare(K::ConnectFailed, 3)}).status, Status::Error);
}
