// Real network faults on a namespace's own loopback: nftables drops or rejects the RDP port, and the real
// rdp-doctor binary (run inside the namespace) must classify each one and finish in time.
#include <gtest/gtest.h>

#include <QJsonArray>

#include "tests/support/netns.h"

using namespace Qt::StringLiterals;
using rdpd::test::CommandResult;
using rdpd::test::diagnoseIn;
using rdpd::test::DiagnoseRun;
using rdpd::test::NetNs;

namespace {

constexpr int kTimeoutMs = 1000;
constexpr int kPort = 3389;

QString outputRule(const QString &rule) {
  return u"table inet rdpdt {\n chain out {\n  type filter hook output priority 0; policy accept;\n  %1\n }\n}\n"_s.arg(rule);
}

#define REQUIRE_NETNS()                                                               \
  if (!NetNs::available()) GTEST_SKIP() << NetNs::unavailableReason().toStdString()

// Runs the diagnosis against 127.0.0.1:3389 inside a fresh namespace with one nft rule on the output hook.
DiagnoseRun diagnoseWithRule(const QString &rule) {
  NetNs ns;
  EXPECT_TRUE(ns.ok()) << ns.error().toStdString();
  QString err;
  EXPECT_TRUE(ns.applyNft(outputRule(rule), &err)) << err.toStdString();
  DiagnoseRun run = diagnoseIn(ns, u"127.0.0.1:%1"_s.arg(kPort), kTimeoutMs);
  EXPECT_TRUE(run.parsed) << run.cmd.describe().toStdString();
  return run;
}

}  // namespace

TEST(NetNs, creates_an_isolated_namespace_and_deletes_it) {
  REQUIRE_NETNS();
  QString name;
  {
    NetNs ns;
    ASSERT_TRUE(ns.ok()) << ns.error().toStdString();
    name = ns.name();
    EXPECT_LE(name.size(), 15);
    EXPECT_TRUE(name.startsWith(u"rdpdt-"_s));
    const CommandResult links = ns.exec({u"ip"_s, u"-o"_s, u"link"_s});
    ASSERT_TRUE(links.ok()) << links.describe().toStdString();
    EXPECT_TRUE(links.out.contains("lo:")) << links.out.constData();
    EXPECT_EQ(links.out.count('\n'), 1) << "a fresh namespace has only lo: " << links.out.constData();
    const CommandResult list = rdpd::test::runCommand({u"ip"_s, u"netns"_s, u"list"_s});
    EXPECT_TRUE(QString::fromUtf8(list.out).contains(name));
  }
  const CommandResult list = rdpd::test::runCommand({u"ip"_s, u"netns"_s, u"list"_s});
  EXPECT_FALSE(QString::fromUtf8(list.out).contains(name)) << list.out.constData();
}

TEST(NetNsTcp, dropped_port_is_filtered_and_the_verdict_comes_within_the_timeout) {
  REQUIRE_NETNS();
  // Process start-up cost, measured the same way (inside a namespace, through ip netns exec), so the check below is
  // about the diagnosis and not about how fast this machine starts a Qt program.
  NetNs probe;
  ASSERT_TRUE(probe.ok());
  const CommandResult version = probe.exec({rdpd::test::binaryPath(), u"--version"_s});
  ASSERT_TRUE(version.ok()) << version.describe().toStdString();

  const DiagnoseRun run = diagnoseWithRule(u"tcp dport %1 drop"_s.arg(kPort));
  ASSERT_TRUE(run.parsed);
  const QJsonObject ev = run.findings(u"net.tcp_connect"_s);
  EXPECT_EQ(ev.value(u"state"_s).toString(), u"filtered"_s);
  const int elapsed = ev.value(u"elapsed_ms"_s).toInt();
  EXPECT_GE(elapsed, kTimeoutMs * 9 / 10);
  EXPECT_LE(elapsed, kTimeoutMs * 11 / 10);
  EXPECT_EQ(run.verdict(), u"port_filtered"_s);
  EXPECT_EQ(run.cmd.exitCode, 1);
  // The performance rule: the verdict within the timeout + 10%, never a second timeout in series.
  EXPECT_LE(run.report.value(u"duration_ms"_s).toInt(), kTimeoutMs * 11 / 10);
  const qint64 slack = version.elapsedMs + 300;
  EXPECT_LE(run.cmd.elapsedMs, kTimeoutMs * 11 / 10 + slack)
      << "whole process took " << run.cmd.elapsedMs << " ms; start-up alone " << version.elapsedMs << " ms";
}

TEST(NetNsTcp, icmp_port_unreachable_reject_is_refused) {
  REQUIRE_NETNS();
  const DiagnoseRun run = diagnoseWithRule(u"tcp dport %1 reject with icmp type port-unreachable"_s.arg(kPort));
  ASSERT_TRUE(run.parsed);
  const QJsonObject ev = run.findings(u"net.tcp_connect"_s);
  EXPECT_EQ(ev.value(u"state"_s).toString(), u"refused"_s);
  EXPECT_LT(ev.value(u"elapsed_ms"_s).toInt(), 200);
  EXPECT_EQ(run.verdict(), u"port_refused"_s);
}

TEST(NetNsTcp, admin_prohibited_reject_is_unreachable) {
  REQUIRE_NETNS();
  const DiagnoseRun run = diagnoseWithRule(u"tcp dport %1 reject with icmpx type admin-prohibited"_s.arg(kPort));
  ASSERT_TRUE(run.parsed);
  const QJsonObject ev = run.findings(u"net.tcp_connect"_s);
  EXPECT_EQ(ev.value(u"state"_s).toString(), u"unreachable"_s);
  EXPECT_LT(ev.value(u"elapsed_ms"_s).toInt(), 200);
  EXPECT_EQ(run.verdict(), u"host_unreachable"_s);
}

TEST(NetNsTcp, tcp_reset_reject_is_refused) {
  REQUIRE_NETNS();
  const DiagnoseRun run = diagnoseWithRule(u"tcp dport %1 reject with tcp reset"_s.arg(kPort));
  ASSERT_TRUE(run.parsed);
  const QJsonObject ev = run.findings(u"net.tcp_connect"_s);
  EXPECT_EQ(ev.value(u"state"_s).toString(), u"refused"_s);
  EXPECT_LT(ev.value(u"elapsed_ms"_s).toInt(), 200);
  EXPECT_EQ(run.verdict(), u"port_refused"_s);
}
