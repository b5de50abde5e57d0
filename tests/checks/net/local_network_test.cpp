// local.network: parsers on fixed text, the live check on this machine, and proxies without credentials.
#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

#include "checks/net/local_network_check.h"
#include "checks/core/services.h"

using namespace Qt::StringLiterals;
using namespace rdpd;

TEST(LocalNetwork, default_route_from_proc_net_route) {
  const QByteArray text =
      "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
      "eth0\t0000A8C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n"
      "eth0\t00000000\t0100A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0\n";
  const DefaultRoute r = parseProcNetRoute(text);
  EXPECT_TRUE(r.present);
  EXPECT_EQ(r.gateway, u"192.168.0.1"_s);
  EXPECT_EQ(r.interface, u"eth0"_s);
  EXPECT_FALSE(parseProcNetRoute(text.left(text.indexOf("eth0\t0000000"))).present);
}

TEST(LocalNetwork, default_route_from_proc_net_ipv6_route_ignores_the_unreachable_entry_on_lo) {
  const QByteArray lo = "00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
                        "00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo\n";
  EXPECT_FALSE(parseProcNetIpv6Route(lo).present);
  const QByteArray real = "00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
                          "fe800000000000000000000000000001 00000400 00000001 00000000 00000003     eth0\n";
  const DefaultRoute r = parseProcNetIpv6Route(lo + real);
  EXPECT_TRUE(r.present);
  EXPECT_EQ(r.gateway, u"fe80::1"_s);
}

TEST(LocalNetwork, resolv_conf_nameservers) {
  const QStringList s = parseResolvConf("# comment\nsearch example.com\nnameserver 127.0.0.53\nnameserver  8.8.8.8 \n"
                                        "options edns0\nnameserver 127.0.0.53\n");
  EXPECT_EQ(s, (QStringList{u"127.0.0.53"_s, u"8.8.8.8"_s}));
}

TEST(LocalNetwork, proxy_urls_lose_their_credentials) {
  EXPECT_EQ(proxyHostOnly(u"http://alice:s3cret@proxy.example:3128/"_s), u"proxy.example:3128"_s);
  EXPECT_EQ(proxyHostOnly(u"proxy.example:8080"_s), u"proxy.example:8080"_s);
  EXPECT_EQ(proxyHostOnly(u"socks5://bob:pw@10.0.0.1"_s), u"10.0.0.1"_s);
  EXPECT_FALSE(proxyHostOnly(u"http://u:p@"_s).contains(u"u:p"_s));
  EXPECT_TRUE(proxyHostOnly(QString()).isEmpty());
}

TEST(LocalNetwork, live_check_reports_interfaces_route_dns_and_proxy_without_secrets) {
  qputenv("https_proxy", "http://carol:hunter2@proxy.internal:8443");
  CheckContext ctx;
  ctx.token = std::make_shared<CancelToken>(std::chrono::milliseconds(3000));
  ctx.services = &Services::system();
  LocalNetworkCheck c;
  const CheckResult r = c.run(ctx);
  qunsetenv("https_proxy");
  for (const char *k : {"interfaces_up", "has_default_route", "default_gateway", "dns_servers", "proxy"})
    EXPECT_TRUE(r.findings.contains(QString::fromLatin1(k))) << k;
  EXPECT_FALSE(r.findings.value(u"interfaces_up"_s).toStringList().contains(u"lo"_s));
  EXPECT_EQ(r.findings.value(u"proxy"_s).toString(), u"proxy.internal:8443"_s);
  // Nothing in the evidence or the texts may carry the password or the user name.
  const QString all = QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(r.findings)).toJson()) +
                      c.summarize(r) + c.explain(r);
  EXPECT_FALSE(all.contains(u"hunter2"_s));
  EXPECT_FALSE(all.contains(u"carol"_s));
  if (r.findings.value(u"interfaces_up"_s).toStringList().isEmpty() ||
      !r.findings.value(u"has_default_route"_s).toBool()) {
    EXPECT_EQ(r.fixId, u"local-network-down"_s);
  } else {
    EXPECT_EQ(r.fixId, u"proxy-detected"_s);
  }
  EXPECT_FALSE(c.summarize(r).isEmpty());
}

TEST(LocalNetwork, judgement_table) {
  struct Row {
    bool up, route, proxy, thisComputer;
    Status status;
    const char *fix;
  };
  const Row rows[] = {
      {true, true, false, false, Status::Pass, ""},
      {false, false, false, false, Status::Fail, "local-network-down"},
      {true, false, false, false, Status::Fail, "local-network-down"},
      {false, true, false, false, Status::Fail, "local-network-down"},
      {true, true, true, false, Status::Warn, "proxy-detected"},
      {false, false, true, false, Status::Fail, "local-network-down"},  // no network outranks the proxy
      // A server on this computer needs none of it.
      {false, false, false, true, Status::Pass, ""},
      {true, false, false, true, Status::Pass, ""},
      {true, true, true, true, Status::Pass, ""},
      {false, false, true, true, Status::Pass, ""},
  };
  for (const Row &r : rows) {
    const LocalNetworkJudgement j = judgeLocalNetwork(r.up, r.route, r.proxy, r.thisComputer);
    EXPECT_EQ(j.status, r.status) << r.up << r.route << r.proxy << r.thisComputer;
    EXPECT_EQ(j.fixId, QString::fromLatin1(r.fix)) << r.up << r.route << r.proxy << r.thisComputer;
  }
}

TEST(LocalNetwork, a_server_on_this_computer_needs_no_network_and_no_proxy_matters) {
  qputenv("https_proxy", "http://proxy.internal:8443");
  CheckContext ctx;
  ctx.target.host = u"127.0.0.1"_s;
  ctx.token = std::make_shared<CancelToken>(std::chrono::milliseconds(3000));
  ctx.services = &Services::system();
  LocalNetworkCheck c;
  const CheckResult r = c.run(ctx);
  qunsetenv("https_proxy");
  EXPECT_EQ(r.status, Status::Pass);
  EXPECT_TRUE(r.fixId.isEmpty());
  EXPECT_TRUE(r.findings.value(u"target_on_this_computer"_s).toBool());
  EXPECT_EQ(r.findings.value(u"proxy"_s).toString(), u"proxy.internal:8443"_s);  // still recorded
  EXPECT_TRUE(c.summarize(r).contains(u"this computer itself"_s)) << c.summarize(r).toStdString();
  EXPECT_TRUE(c.explain(r).isEmpty());
}

TEST(Target, is_this_computer_for_loopback_addresses_and_localhost_only) {
  auto of = [](const char *host) {
    Target t;
    t.host = QString::fromLatin1(host);
    return t.isThisComputer();
  };
  for (const char *yes : {"127.0.0.1", "127.10.20.30", "::1", "localhost", "LocalHost", "lab.localhost"})
    EXPECT_TRUE(of(yes)) << yes;
  for (const char *no : {"10.0.0.1", "203.0.113.10", "::", "0.0.0.0", "fe80::1", "localhost.example.com", "mylocalhost",
                         "2001:db8::1", "server.example", ""})
    EXPECT_FALSE(of(no)) << no;
}
