#pragma once
// net.dns (step 5): every address the host name resolves to, how long it took, and "no such name" told apart
// from "the resolver failed".

#include <QHostAddress>

#include "checks/core/check.h"

namespace rdpd {

class DnsCheck final : public Check {
 public:
  static constexpr const char *kId = "net.dns";
  DnsCheck();
  CheckResult run(const CheckContext &ctx) const override;
  QString summarize(const CheckResult &r) const override;
  QString explain(const CheckResult &r) const override;
};

// Addresses found by net.dns (or the literal itself), in connect order: IPv4 first, then IPv6.
QList<QHostAddress> resolvedAddresses(const CheckContext &ctx);

}  // namespace rdpd
