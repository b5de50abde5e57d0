// net.path and net.tcp_latency against loopback in this process: one hop, bounded time.
#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QTcpServer>

#include "checks/core/services.h"
#include "checks/net/path_check.h"
#include "checks/net/tcp_latency_check.h"
#include "checks/net/traceroute.h"
#include "tests/support/loopback.h"
#include "tests/support/platform.h"

using namespace Qt::StringLiterals;
using namespace rdpd;

namespace {
CheckContext contextFor(const QString &input, int budgetMs) {
  CheckContext ctx;
  ctx.target = parseTarget(input).target;
  ctx.token = std::make_shared<CancelToken>(std::chrono::milliseconds(budgetMs));
  ctx.services = &Services::system();
  ctx.timeoutMs = budgetMs;
  return ctx;
}
}  // namespace

TEST(PathLoopback, loopback_is_reached_in_one_hop) {
  QElapsedTimer t;
  t.start();
  const CheckContext ctx = contextFor(u"127.0.0.1"_s, 3000);
  PathCheck c;
  const CheckResult r = c.run(ctx);
  // Root gets ICMP probes; anyone else falls back to UDP probes, which need no privileges.
  ASSERT_TRUE(r.findings.value(u"permitted"_s).toBool()) << r.findings.value(u"reason"_s).toString().toStdString();
  EXPECT_EQ(r.status, Status::Pass);
  EXPECT_TRUE(r.findings.value(u"reached"_s).toBool());
  const QVariantList hops = r.findings.value(u"hops"_s).toList();
  ASSERT_EQ(hops.size(), 1);
  EXPECT_EQ(hops[0].toMap().value(u"ttl"_s).toInt(), 1);
  EXPECT_EQ(hops[0].toMap().value(u"address"_s).toString(), u"127.0.0.1"_s);
  EXPECT_EQ(r.findings.value(u"last_responding_hop"_s).toInt(), 1);
  EXPECT_FALSE(c.summarize(r).isEmpty());
  EXPECT_LT(t.elapsed(), 1000) << "stops as soon as the target answered";
}

TEST(PathLoopback, ipv6_loopback_is_reached_in_one_hop) {
  const TraceResult t = traceRoute(QHostAddress(u"::1"_s), 16, CancelToken(std::chrono::milliseconds(2000)));
  if (rdpd::test::runningUnderWine()) {
    EXPECT_FALSE(t.reached) << "Wine has no ICMPv6: an answer here would be made up";
    GTEST_SKIP() << "Wine " << rdpd::test::wineVersion().toStdString() << " does not implement ICMPv6 (Icmp6CreateFile is a stub)";
  }
  ASSERT_TRUE(t.permitted);
  EXPECT_TRUE(t.reached) << t.method.toStdString();
  ASSERT_EQ(t.hops.size(), 1);
  EXPECT_EQ(t.hops[0].address, u"::1"_s);
}

TEST(LatencyTcp, repeated_connects_to_an_open_port_give_statistics) {
  QTcpServer server;
  ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
  CheckContext ctx = contextFor(u"127.0.0.1:%1"_s.arg(server.serverPort()), 3000);
  CheckResult tcp = makeResult(Status::Pass, {{u"state"_s, u"open"_s}, {u"address"_s, u"127.0.0.1"_s}});
  tcp.id = u"net.tcp_connect"_s;
  ctx.prior.insert(tcp.id, tcp);
  TcpLatencyCheck c;
  const CheckResult r = c.run(ctx);
  EXPECT_EQ(r.status, Status::Pass) << c.summarize(r).toStdString();
  EXPECT_EQ(r.findings.value(u"method"_s).toString(), u"tcp_connect"_s);
  EXPECT_TRUE(r.findings.value(u"permitted"_s).toBool());
  EXPECT_EQ(r.findings.value(u"sent"_s).toInt(), TcpLatencyCheck::kConnectCount);
  EXPECT_EQ(r.findings.value(u"received"_s).toInt(), TcpLatencyCheck::kConnectCount);
  EXPECT_EQ(r.findings.value(u"samples_ms"_s).toList().size(), TcpLatencyCheck::kConnectCount);
  EXPECT_DOUBLE_EQ(r.findings.value(u"loss_pct"_s).toDouble(), 0.0);
  EXPECT_GT(r.findings.value(u"rtt_avg_ms"_s).toDouble(), 0.0);
}

TEST(LatencyTcp, skipped_unless_the_port_is_open) {
  CheckContext ctx = contextFor(u"127.0.0.1:%1"_s.arg(test::closedLoopbackPort()), 3000);
  CheckResult tcp = makeResult(Status::Fail, {{u"state"_s, u"refused"_s}, {u"address"_s, u"127.0.0.1"_s}});
  tcp.id = u"net.tcp_connect"_s;
  ctx.prior.insert(tcp.id, tcp);
  EXPECT_EQ(TcpLatencyCheck().run(ctx).status, Status::Skipped);
}

TEST(LatencyTcp, a_port_that_closes_between_attempts_counts_as_loss) {
  // Open for the first check, then closed: every later connect is refused -> received 0 -> packet-loss.
  const int port = test::closedLoopbackPort();
  CheckContext ctx = contextFor(u"127.0.0.1:%1"_s.arg(port), 3000);
  CheckResult tcp = makeResult(Status::Pass, {{u"state"_s, u"open"_s}, {u"address"_s, u"127.0.0.1"_s}});
  tcp.id = u"net.tcp_connect"_s;
  ctx.prior.insert(tcp.id, tcp);
  const CheckResult r = TcpLatencyCheck().run(ctx);
  EXPECT_EQ(r.status, Status::Fail);
  EXPECT_EQ(r.fixId, u"packet-loss"_s);
  EXPECT_DOUBLE_EQ(r.findings.value(u"loss_pct"_s).toDouble(), 100.0);
  EXPECT_TRUE(r.findings.value(u"rtt_avg_ms"_s).isNull());
}
