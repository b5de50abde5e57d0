// net.path across three namespaces (client - router - server): two hops, and where replies stop when the router
// filters. The real binary runs inside the client namespace.
#include <gtest/gtest.h>

#include <QHash>
#include <QJsonArray>

#include "tests/support/netns.h"

using namespace Qt::StringLiterals;
using rdpd::test::diagnoseIn;
using rdpd::test::DiagnoseRun;
using rdpd::test::NetNs;
using rdpd::test::NetNsChain;

#define REQUIRE_NETNS()                                                               \
  if (!NetNs::available()) GTEST_SKIP() << NetNs::unavailableReason().toStdString()

namespace {
QString serverTarget() { return QString::fromLatin1(NetNsChain::kServer) + u":3389"_s; }

QJsonArray hopsOf(const DiagnoseRun &run) { return run.findings(u"net.path"_s).value(u"hops"_s).toArray(); }
}  // namespace

TEST(NetNsPath, route_through_a_router_shows_two_hops) {
  REQUIRE_NETNS();
  NetNsChain chain;
  ASSERT_TRUE(chain.ok) << chain.error.toStdString();
  // Ping sockets allowed in the client namespace only (the setting is per namespace), for the "dgram" round.
  ASSERT_TRUE(chain.client.exec({u"sysctl"_s, u"-qw"_s, u"net.ipv4.ping_group_range=0 2147483647"_s}).ok());
  const QHash<QString, QString> expectedMethod{{u"raw"_s, u"icmp_raw"_s}, {u"dgram"_s, u"icmp_dgram"_s}, {u"none"_s, u"udp"_s}};
  for (const QString &method : {u"raw"_s, u"dgram"_s, u"none"_s}) {  // "none": ping not allowed, UDP probes instead
    const DiagnoseRun run = diagnoseIn(chain.client, serverTarget(), 1000, {u"RDPD_ICMP_METHOD="_s + method});
    ASSERT_TRUE(run.parsed) << run.cmd.describe().toStdString();
    const QJsonObject path = run.findings(u"net.path"_s);
    EXPECT_EQ(path.value(u"method"_s).toString(), expectedMethod.value(method));
    EXPECT_TRUE(path.value(u"reached"_s).toBool()) << method.toStdString();
    const QJsonArray hops = hopsOf(run);
    ASSERT_EQ(hops.size(), 2) << method.toStdString();
    EXPECT_EQ(hops[0].toObject().value(u"address"_s).toString(), QString::fromLatin1(NetNsChain::kRouterClientSide));
    EXPECT_EQ(hops[1].toObject().value(u"address"_s).toString(), QString::fromLatin1(NetNsChain::kServer));
    EXPECT_GT(hops[1].toObject().value(u"rtt_ms"_s).toDouble(), 0.0);
    EXPECT_EQ(path.value(u"last_responding_hop"_s).toInt(), 2);
    // Nothing listens on the server: the port is refused, and that is the verdict.
    EXPECT_EQ(run.findings(u"net.tcp_connect"_s).value(u"state"_s).toString(), u"refused"_s);
    EXPECT_EQ(run.verdict(), u"port_refused"_s);
  }
}

TEST(NetNsPath, silent_router_leaves_a_gap_but_the_server_is_reached) {
  REQUIRE_NETNS();
  NetNsChain chain;
  ASSERT_TRUE(chain.ok) << chain.error.toStdString();
  QString err;
  ASSERT_TRUE(chain.router.applyNft(u"table inet rdpdt {\n chain c_out {\n  type filter hook output priority 0;\n"
                                    u"  icmp type time-exceeded drop\n }\n}\n"_s, &err)) << err.toStdString();
  const DiagnoseRun run = diagnoseIn(chain.client, serverTarget(), 1000);
  ASSERT_TRUE(run.parsed) << run.cmd.describe().toStdString();
  const QJsonArray hops = hopsOf(run);
  ASSERT_EQ(hops.size(), 2);
  EXPECT_TRUE(hops[0].toObject().value(u"address"_s).isNull());
  EXPECT_TRUE(hops[0].toObject().value(u"rtt_ms"_s).isNull());
  EXPECT_TRUE(run.findings(u"net.path"_s).value(u"reached"_s).toBool());
}

TEST(NetNsPath, router_dropping_traffic_to_the_server_stops_replies_after_hop_one) {
  REQUIRE_NETNS();
  NetNsChain chain;
  ASSERT_TRUE(chain.ok) << chain.error.toStdString();
  QString err;
  ASSERT_TRUE(chain.router.applyNft(u"table inet rdpdt {\n chain c_fwd {\n  type filter hook forward priority 0;\n"
                                    u"  ip daddr %1 drop\n }\n}\n"_s.arg(QString::fromLatin1(NetNsChain::kServer)), &err))
      << err.toStdString();
  const DiagnoseRun run = diagnoseIn(chain.client, serverTarget(), 1000);
  ASSERT_TRUE(run.parsed) << run.cmd.describe().toStdString();
  const QJsonObject pathCheck = run.check(u"net.path"_s);
  const QJsonObject path = pathCheck.value(u"evidence"_s).toObject();
  EXPECT_FALSE(path.value(u"reached"_s).toBool());
  EXPECT_EQ(path.value(u"last_responding_hop"_s).toInt(), 1);
  EXPECT_EQ(path.value(u"last_responding_address"_s).toString(), QString::fromLatin1(NetNsChain::kRouterClientSide));
  EXPECT_EQ(pathCheck.value(u"fix_id"_s).toString(), u"path-stops"_s);
  EXPECT_EQ(run.findings(u"net.icmp"_s).value(u"received"_s).toInt(), 0);
  EXPECT_EQ(run.findings(u"net.tcp_connect"_s).value(u"state"_s).toString(), u"filtered"_s);
  // The security group is still the likelier reading; the stopped route is listed as a cause too.
  EXPECT_EQ(run.verdict(), u"port_filtered"_s);
  EXPECT_TRUE(run.causeIds().contains(u"path_blocked"_s)) << run.causeIds().join(u',').toStdString();
  EXPECT_LE(run.report.value(u"duration_ms"_s).toInt(), 1100);
}
