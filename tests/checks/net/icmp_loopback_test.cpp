// net.icmp against loopback in this process (Linux: raw ICMP, needs root or CAP_NET_RAW, skipped otherwise; Windows:
// the ICMP helper API), and its verdict rules: blocked ping alone never decides anything.
#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <algorithm>
#include <thread>

#include "checks/core/services.h"
#include "checks/net/icmp_check.h"
#include "checks/net/icmp_pinger.h"
#include "checks/net/socket_api.h"
#include "checks/verdict/verdict.h"
#include "tests/support/platform.h"

using namespace Qt::StringLiterals;
using namespace rdpd;

namespace {
// The way this system lets a program ping without help: a raw socket on Linux (root or CAP_NET_RAW), the ICMP helper
// API on Windows (no rights needed).
#ifdef Q_OS_WIN
const QString kNativeMethod = u"icmp_api"_s;
constexpr const char *kNoIcmp = "the Windows ICMP helper API cannot be opened here";
#else
const QString kNativeMethod = u"raw"_s;
constexpr const char *kNoIcmp = "raw ICMP needs root or CAP_NET_RAW";
#endif

bool icmpAllowed() {
  if (!qEnvironmentVariableIsEmpty("RDPD_ICMP_METHOD")) return false;
#ifdef Q_OS_WIN
  IcmpPinger p(QHostAddress(QHostAddress::LocalHost));
  return p.open();
#else
  const sock::Handle fd = sock::open(AF_INET, SOCK_RAW, IPPROTO_ICMP, false);
  if (!sock::isValid(fd)) return false;
  sock::close(fd);
  return true;
#endif
}

CheckResult runIcmp(const QString &host, int budgetMs, CancelTokenPtr token = nullptr) {
  CheckContext ctx;
  ctx.target = parseTarget(host).target;
  ctx.token = token ? token : std::make_shared<CancelToken>(std::chrono::milliseconds(budgetMs));
  ctx.services = &Services::system();
  ctx.timeoutMs = budgetMs;
  IcmpCheck c;
  CheckResult r = c.run(ctx);
  r.id = c.info().id;
  r.summary = c.summarize(r);
  return r;
}

CheckResult result(const char *id, Status s, Findings ev, const char *fix = "") {
  CheckResult r = makeResult(s, std::move(ev), QString::fromLatin1(fix));
  r.id = QString::fromLatin1(id);
  return r;
}
}  // namespace

TEST(IcmpLoopback, ipv4_echoes_all_answered_with_statistics) {
  if (!icmpAllowed()) GTEST_SKIP() << kNoIcmp;
  QElapsedTimer t;
  t.start();
  const CheckResult r = runIcmp(u"127.0.0.1"_s, 3000);
  EXPECT_EQ(r.status, Status::Pass) << r.summary.toStdString();
  EXPECT_EQ(r.findings.value(u"method"_s).toString(), kNativeMethod);
  EXPECT_TRUE(r.findings.value(u"permitted"_s).toBool());
  EXPECT_EQ(r.findings.value(u"sent"_s).toInt(), IcmpCheck::kEchoCount);
  EXPECT_EQ(r.findings.value(u"received"_s).toInt(), IcmpCheck::kEchoCount);
  EXPECT_EQ(r.findings.value(u"samples_ms"_s).toList().size(), IcmpCheck::kEchoCount);
  EXPECT_GE(r.findings.value(u"rtt_max_ms"_s).toDouble(), r.findings.value(u"rtt_min_ms"_s).toDouble());
  EXPECT_LT(r.findings.value(u"rtt_avg_ms"_s).toDouble(), 50.0);
  // 5 echoes 200 ms apart, and it stops as soon as the last one is answered.
  EXPECT_LT(t.elapsed(), 1500);
}

TEST(IcmpLoopback, ipv6_echoes_answered) {
  if (!icmpAllowed()) GTEST_SKIP() << kNoIcmp;
  const CheckResult r = runIcmp(u"::1"_s, 3000);
  if (rdpd::test::runningUnderWine()) {
    // Wine 8.0's Icmp6CreateFile is a stub (Windows has had it since Vista): the check must then say it could not
    // ping, not crash or claim an answer. The echo itself is tested on Linux and is for real Windows to confirm.
    EXPECT_NE(r.status, Status::Pass);
    EXPECT_FALSE(r.summary.isEmpty());
    GTEST_SKIP() << "Wine " << rdpd::test::wineVersion().toStdString() << " does not implement ICMPv6 (Icmp6CreateFile is a stub)";
  }
  EXPECT_EQ(r.findings.value(u"received"_s).toInt(), IcmpCheck::kEchoCount) << r.summary.toStdString();
  EXPECT_EQ(r.status, Status::Pass);
}

TEST(IcmpLoopback, pinger_matches_replies_by_sequence_and_ignores_its_own_requests) {
  if (!icmpAllowed()) GTEST_SKIP() << kNoIcmp;
  IcmpPinger p(QHostAddress(u"127.0.0.1"_s));
  ASSERT_TRUE(p.open());
  ASSERT_TRUE(p.send(41));
  ASSERT_TRUE(p.send(42));
  QList<IcmpEvent> events;
  QElapsedTimer t;
  t.start();
  while (events.size() < 2 && t.elapsed() < 2000) events += p.receive(20);
  // A little longer: nothing else (our own requests, duplicates) may show up.
  events += p.receive(50);
  ASSERT_EQ(events.size(), 2);
  QList<int> seqs{events[0].seq, events[1].seq};
  std::sort(seqs.begin(), seqs.end());
  EXPECT_EQ(seqs, (QList<int>{41, 42}));
  for (const IcmpEvent &e : events) {
    EXPECT_EQ(e.kind, IcmpEvent::Kind::EchoReply);
    EXPECT_EQ(e.from, QHostAddress(u"127.0.0.1"_s));
    EXPECT_GT(e.rttMs, 0.0);
  }
}

TEST(IcmpLoopback, cancel_stops_the_check_quickly) {
  if (!icmpAllowed()) GTEST_SKIP() << kNoIcmp;
  auto token = std::make_shared<CancelToken>(std::chrono::milliseconds(3000));
  QElapsedTimer t;
  t.start();
  std::thread canceller([token] {
    // Five echoes are at least 4 x 10 ms apart even when loopback answers at once, so 15 ms lands mid-run.
    std::this_thread::sleep_for(std::chrono::milliseconds(15));
    token->cancel();
  });
  const CheckResult r = runIcmp(u"127.0.0.1"_s, 3000, token);
  canceller.join();
  EXPECT_EQ(r.status, Status::Skipped);
  // Generous on purpose: a busy 2-CPU machine can stall a thread for hundreds of ms; the point is "far below the
  // timeout".
  EXPECT_LT(t.elapsed(), 1000);
}

TEST(IcmpVerdict, blocked_ping_alone_never_produces_a_cause) {
  Results rs;
  rs.insert(u"net.icmp"_s, result("net.icmp", Status::Warn,
                                   {{u"permitted"_s, true}, {u"sent"_s, 5}, {u"received"_s, 0}, {u"loss_pct"_s, 100.0}},
                                   "icmp-blocked"));
  rs.insert(u"net.tcp_connect"_s, result("net.tcp_connect", Status::Pass, {{u"state"_s, u"open"_s}, {u"address"_s, u"203.0.113.5"_s}}));
  const QList<Cause> causes = rankCauses(rs);
  ASSERT_FALSE(causes.isEmpty());
  EXPECT_EQ(causes.first().id, u"healthy"_s);
  for (const Cause &c : causes) {
    EXPECT_NE(c.id, u"packet_loss"_s);
    EXPECT_NE(c.id, u"path_blocked"_s);
  }
}

TEST(IcmpVerdict, heavy_loss_and_high_latency_become_causes) {
  Results rs;
  rs.insert(u"net.icmp"_s, result("net.icmp", Status::Fail,
                                   {{u"permitted"_s, true}, {u"sent"_s, 5}, {u"received"_s, 2}, {u"loss_pct"_s, 60.0},
                                    {u"rtt_avg_ms"_s, 400.0}},
                                   "packet-loss"));
  rs.insert(u"net.tcp_connect"_s, result("net.tcp_connect", Status::Pass, {{u"state"_s, u"open"_s}, {u"address"_s, u"203.0.113.5"_s}}));
  const QList<Cause> causes = rankCauses(rs);
  ASSERT_FALSE(causes.isEmpty());
  EXPECT_EQ(causes.first().id, u"packet_loss"_s);
  EXPECT_EQ(causes.first().step, 5);
  bool latency = false;
  for (const Cause &c : causes) latency |= c.id == u"high_latency"_s;
  EXPECT_TRUE(latency);
  EXPECT_FALSE(causeSummary(u"packet_loss"_s).isEmpty());
  EXPECT_NE(causeAdvice(u"high_latency"_s), QString());
}

TEST(IcmpVerdict, local_network_down_wins_when_the_server_does_not_answer_but_not_for_loopback) {
  Results rs;
  rs.insert(u"local.network"_s, result("local.network", Status::Fail, {{u"interfaces_up"_s, QStringList()}}, "local-network-down"));
  rs.insert(u"net.tcp_connect"_s, result("net.tcp_connect", Status::Fail, {{u"state"_s, u"filtered"_s}, {u"address"_s, u"203.0.113.5"_s}}, "port-filtered"));
  EXPECT_EQ(rankCauses(rs).first().id, u"local_network_down"_s);
  rs[u"net.tcp_connect"_s].findings.insert(u"address"_s, u"127.0.0.1"_s);
  EXPECT_EQ(rankCauses(rs).first().id, u"port_filtered"_s);
}
