// net.alt_ports: with the main port closed, find where Remote Desktop really answers (a real xrdp on a random
// port), and tell an RDP answer apart from a port that is merely open (an HTTP listener).
#include <gtest/gtest.h>

#include <QElapsedTimer>

#include "checks/core/live_results.h"
#include "checks/rdp/alt_ports_check.h"
#include "checks/verdict/verdict.h"
#include "tests/support/loopback.h"
#include "tests/support/scripted_rdp_server.h"
#include "tests/support/xrdp_server.h"

using namespace rdpd;
using namespace rdpd::test;
using namespace Qt::StringLiterals;

namespace {
QList<int> ints(const QVariant &v) {
  QList<int> out;
  for (const QVariant &x : v.toList()) out << x.toInt();
  return out;
}
}  // namespace

TEST(AltPorts, candidates_skip_the_target_port_and_duplicates) {
  const QList<int> c = AltPortsCheck::candidatePorts(3389, {5588, 40000, 3389, 0, 70000});
  EXPECT_FALSE(c.contains(3389));
  EXPECT_EQ(c.count(5588), 1);
  EXPECT_TRUE(c.contains(40000));
  EXPECT_FALSE(c.contains(0));
  EXPECT_FALSE(c.contains(70000));
  EXPECT_EQ(c.first(), 3390);
}

TEST(AltPorts, skipped_when_the_main_port_is_open) {
  const CheckResult r = AltPortsCheck().run(loopbackContext(3389, 500, u"open"_s));
  EXPECT_EQ(r.status, Status::Skipped);
  EXPECT_EQ(r.findings.value(u"reason"_s).toString(), u"main_port_open"_s);
  EXPECT_FALSE(AltPortsCheck().summarize(r).isEmpty());
}

TEST(AltPorts, finds_xrdp_on_another_port_and_the_verdict_points_there) {
  if (!XrdpServer::available()) GTEST_SKIP() << XrdpServer::unavailableReason().toStdString();
  XrdpServer x;
  ASSERT_TRUE(x.isRunning()) << x.error().toStdString();
  const int closed = closedLoopbackPort();
  QElapsedTimer t;
  t.start();
  CheckResult r = AltPortsCheck().run(loopbackContext(closed, 2000, u"refused"_s, {x.port()}));
  EXPECT_LT(t.elapsed(), 2000);
  EXPECT_EQ(r.status, Status::Warn);
  EXPECT_EQ(r.fixId, u"rdp-alt-port"_s);
  EXPECT_TRUE(ints(r.findings.value(u"rdp_ports"_s)).contains(x.port()));
  EXPECT_TRUE(ints(r.findings.value(u"open_ports"_s)).contains(x.port()));
  EXPECT_TRUE(ints(r.findings.value(u"probed"_s)).contains(5588));
  EXPECT_FALSE(ints(r.findings.value(u"probed"_s)).contains(closed));
  EXPECT_TRUE(AltPortsCheck().summarize(r).contains(QString::number(x.port())));

  r.id = u"net.alt_ports"_s;
  CheckResult tcp = makeResult(Status::Fail, {{u"state"_s, u"refused"_s}}, u"port-refused"_s);
  tcp.id = u"net.tcp_connect"_s;
  const QList<Cause> causes = rankCauses({{tcp.id, tcp}, {r.id, r}});
  ASSERT_FALSE(causes.isEmpty());
  EXPECT_EQ(causes.first().id, u"rdp_on_other_port"_s);
  EXPECT_EQ(causes.first().step, 3);
}

TEST(AltPorts, an_http_listener_is_open_but_not_rdp) {
  ScriptedRdpServer http(Script{true, {ScriptStep::send("HTTP/1.1 400 Bad Request\r\n\r\n"), ScriptStep::close()}});
  const int closed = closedLoopbackPort();
  const CheckResult r = AltPortsCheck().run(loopbackContext(closed, 1500, u"refused"_s, {http.port()}));
  EXPECT_EQ(r.status, Status::Pass);
  EXPECT_TRUE(r.fixId.isEmpty());
  EXPECT_TRUE(ints(r.findings.value(u"non_rdp_ports"_s)).contains(http.port()));
  EXPECT_FALSE(ints(r.findings.value(u"rdp_ports"_s)).contains(http.port()));
}

TEST(AltPorts, silent_ports_do_not_stretch_past_the_budget) {
  ScriptedRdpServer silent(Script{true, {ScriptStep::silent()}});
  ScriptedRdpServer silent2(Script{true, {ScriptStep::silent()}});
  QElapsedTimer t;
  t.start();
  const CheckResult r =
      AltPortsCheck().run(loopbackContext(closedLoopbackPort(), 700, u"refused"_s, {silent.port(), silent2.port()}));
  // In parallel: one budget, not one per port (two silent ports in series would take at least 1400 ms). The margin
  // is for a busy 2-CPU machine and for Wine (915 ms seen there under load).
  EXPECT_LT(t.elapsed(), 700 + 500);
  EXPECT_TRUE(ints(r.findings.value(u"non_rdp_ports"_s)).contains(silent.port()));
}

TEST(AltPorts, reads_the_main_port_state_from_live_results_without_waiting_in_series) {
  CheckContext ctx = loopbackContext(closedLoopbackPort(), 1500, u"open"_s);
  const CheckResult tcp = ctx.prior.take(u"net.tcp_connect"_s);
  auto live = std::make_shared<LiveResults>();
  live->publish(tcp);
  ctx.live = live;
  EXPECT_EQ(AltPortsCheck().run(ctx).findings.value(u"reason"_s).toString(), u"main_port_open"_s);

  // No answer from net.tcp_connect yet (a dropped port): the alternatives are probed anyway, within the budget.
  ScriptedRdpServer http(Script{true, {ScriptStep::send("HTTP/1.1 400 Bad Request\r\n\r\n"), ScriptStep::close()}});
  CheckContext pending = loopbackContext(closedLoopbackPort(), 1500, u"filtered"_s, {http.port()});
  pending.prior.remove(u"net.tcp_connect"_s);
  pending.live = std::make_shared<LiveResults>();
  QElapsedTimer t;
  t.start();
  const CheckResult r = AltPortsCheck().run(pending);
  EXPECT_LT(t.elapsed(), 1500);
  EXPECT_TRUE(ints(r.findings.value(u"non_rdp_ports"_s)).contains(http.port()));
}
