#pragma once
// net.tcp_latency (step 5): round-trip statistics from a few TCP connects to the Remote Desktop port, closed at
// once. Works where ping is blocked, and measures exactly the path RDP uses. Runs only when the port is open.

#include "checks/core/check.h"

namespace rdpd {

class TcpLatencyCheck final : public Check {
 public:
  static constexpr const char *kId = "net.tcp_latency";
  static constexpr int kConnectCount = 5;
  TcpLatencyCheck();
  CheckResult run(const CheckContext &ctx) const override;
  QString summarize(const CheckResult &r) const override;
  QString explain(const CheckResult &r) const override;
};

}  // namespace rdpd
