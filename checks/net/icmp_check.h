#pragma once
// net.icmp (step 5): ping statistics to the server (sent, received, loss, min/avg/max, jitter, samples).
// Ping being blocked is common on cloud servers and is not a fault by itself: the verdict rules only use it
// together with other results.

#include "checks/core/check.h"

namespace rdpd {

class IcmpCheck final : public Check {
 public:
  static constexpr const char *kId = "net.icmp";
  static constexpr int kEchoCount = 5;
  IcmpCheck();
  CheckResult run(const CheckContext &ctx) const override;
  QString summarize(const CheckResult &r) const override;
  QString explain(const CheckResult &r) const override;
};

}  // namespace rdpd
