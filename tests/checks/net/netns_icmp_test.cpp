// net.icmp and net.path on a namespace's own loopback, through the real binary: lossy ICMP (nftables random drop),
// the unprivileged ping-socket method, and the UDP traceroute used when ping is not allowed.
#include <gtest/gtest.h>

#include <QJsonArray>

#include "tests/support/netns.h"

using namespace Qt::StringLiterals;
using rdpd::test::CommandResult;
using rdpd::test::diagnoseIn;
using rdpd::test::DiagnoseRun;
using rdpd::test::NetNs;

#define REQUIRE_NETNS()                                                               \
  if (!NetNs::available()) GTEST_SKIP() << NetNs::unavailableReason().toStdString()

TEST(NetNsIcmp, random_icmp_loss_shows_in_loss_pct) {
  REQUIRE_NETNS();
  NetNs ns;
  ASSERT_TRUE(ns.ok()) << ns.error().toStdString();
  // 30% of ICMP packets dropped on output; on lo both the request and the reply pass that hook, so about half
  // of the echoes are lost. With 5 echoes a run without any loss has a ~3% chance: three runs make it ~1 in 40000.
  QString err;
  ASSERT_TRUE(ns.applyNft(u"table inet rdpdt {\n chain c_out {\n  type filter hook output priority 0; policy accept;\n"
                          u"  meta l4proto icmp numgen random mod 100 < 30 drop\n }\n}\n"_s, &err))
      << err.toStdString();
  double loss = 0;
  for (int attempt = 0; attempt < 3 && loss == 0; ++attempt) {
    const DiagnoseRun run = diagnoseIn(ns, u"127.0.0.1:3389"_s, 1000);
    ASSERT_TRUE(run.parsed) << run.cmd.describe().toStdString();
    const QJsonObject ev = run.findings(u"net.icmp"_s);
    ASSERT_TRUE(ev.value(u"permitted"_s).toBool());
    EXPECT_EQ(ev.value(u"method"_s).toString(), u"raw"_s);
    const int sent = ev.value(u"sent"_s).toInt();
    const int received = ev.value(u"received"_s).toInt();
    EXPECT_EQ(sent, 5);
    EXPECT_EQ(ev.value(u"samples_ms"_s).toArray().size(), received);
    loss = ev.value(u"loss_pct"_s).toDouble();
    EXPECT_DOUBLE_EQ(loss, 100.0 * (sent - received) / sent);
  }
  EXPECT_GT(loss, 0.0);
}

TEST(NetNsIcmp, unprivileged_ping_socket_works_where_ping_group_range_allows) {
  REQUIRE_NETNS();
  NetNs ns;
  ASSERT_TRUE(ns.ok());
  // ping_group_range is per namespace: opening it here does not touch the host.
  const CommandResult s = ns.exec({u"sysctl"_s, u"-qw"_s, u"net.ipv4.ping_group_range=0 2147483647"_s});
  ASSERT_TRUE(s.ok()) << s.describe().toStdString();
  const DiagnoseRun run = diagnoseIn(ns, u"127.0.0.1:3389"_s, 1000, {u"RDPD_ICMP_METHOD=dgram"_s});
  ASSERT_TRUE(run.parsed) << run.cmd.describe().toStdString();
  const QJsonObject ev = run.findings(u"net.icmp"_s);
  EXPECT_EQ(ev.value(u"method"_s).toString(), u"dgram"_s);
  EXPECT_EQ(ev.value(u"received"_s).toInt(), 5);
  EXPECT_EQ(ev.value(u"loss_pct"_s).toDouble(), 0.0);
  EXPECT_EQ(run.findings(u"net.path"_s).value(u"method"_s).toString(), u"icmp_dgram"_s);
  EXPECT_TRUE(run.findings(u"net.path"_s).value(u"reached"_s).toBool());
}

TEST(NetNsIcmp, without_any_icmp_method_ping_is_not_permitted_and_the_path_uses_udp) {
  REQUIRE_NETNS();
  NetNs ns;
  ASSERT_TRUE(ns.ok());
  const DiagnoseRun run = diagnoseIn(ns, u"127.0.0.1:3389"_s, 1000, {u"RDPD_ICMP_METHOD=none"_s});
  ASSERT_TRUE(run.parsed) << run.cmd.describe().toStdString();
  const QJsonObject icmp = run.check(u"net.icmp"_s);
  EXPECT_EQ(icmp.value(u"status"_s).toString(), u"skipped"_s);
  EXPECT_FALSE(icmp.value(u"evidence"_s).toObject().value(u"permitted"_s).toBool());
  EXPECT_EQ(icmp.value(u"evidence"_s).toObject().value(u"method"_s).toString(), u"none"_s);
  EXPECT_FALSE(icmp.value(u"summary"_s).toString().isEmpty());
  const QJsonObject path = run.findings(u"net.path"_s);
  EXPECT_EQ(path.value(u"method"_s).toString(), u"udp"_s);
  EXPECT_TRUE(path.value(u"reached"_s).toBool());
  EXPECT_EQ(path.value(u"hops"_s).toArray().size(), 1);
  // Blocked (here: unavailable) ping never decides the verdict on its own.
  EXPECT_EQ(run.verdict(), u"port_refused"_s);
}
