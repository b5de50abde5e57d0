#pragma once
// local.network (step 5): this computer's own network: interfaces that are up, a default route, DNS servers and a
// system proxy. A proxy matters because Remote Desktop does not go through HTTP proxies.

#include <QString>
#include <QStringList>

#include "checks/core/check.h"

namespace rdpd {

class LocalNetworkCheck final : public Check {
 public:
  static constexpr const char *kId = "local.network";
  LocalNetworkCheck();
  CheckResult run(const CheckContext &ctx) const override;
  QString summarize(const CheckResult &r) const override;
  QString explain(const CheckResult &r) const override;
};

// What the facts mean. A server on this computer (the training lab, a loopback test server) is reached without any
// network, route or proxy, so for it nothing here is a problem: the lab gives the same result on any computer.
struct LocalNetworkJudgement {
  Status status = Status::Pass;
  QString fixId;  // "local-network-down", "proxy-detected" or empty
};
LocalNetworkJudgement judgeLocalNetwork(bool interfaceUp, bool defaultRoute, bool proxy, bool targetOnThisComputer);

// Pure helpers (tested on their own).
// Default gateway from /proc/net/route text ("" when there is a default route without gateway; null when none).
struct DefaultRoute {
  bool present = false;
  QString gateway;    // may be empty for a point-to-point default route
  QString interface;
};
DefaultRoute parseProcNetRoute(const QByteArray &text);
DefaultRoute parseProcNetIpv6Route(const QByteArray &text);
QStringList parseResolvConf(const QByteArray &text);
// "http://user:pass@proxy.example:8080/" -> "proxy.example:8080"; never returns credentials.
QString proxyHostOnly(const QString &url);

}  // namespace rdpd
