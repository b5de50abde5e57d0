#pragma once
// net.tcp_connect (step 3): can a TCP connection be opened to the RDP port? The state tells why not:
// refused (nothing listens, or a firewall rejects), filtered (dropped: security group or firewall),
// unreachable (ICMP host/net/admin-prohibited), dns_failure.

#include "checks/core/check.h"

namespace rdpd {

class TcpConnectCheck final : public Check {
 public:
  static constexpr const char *kId = "net.tcp_connect";
  TcpConnectCheck();
  CheckResult run(const CheckContext &ctx) const override;
  QString summarize(const CheckResult &r) const override;
  QString explain(const CheckResult &r) const override;
};

}  // namespace rdpd
