#pragma once
// net.path (step 5): the hops between this computer and the server, and where replies stop (a small traceroute).

#include "checks/core/check.h"

namespace rdpd {

class PathCheck final : public Check {
 public:
  static constexpr const char *kId = "net.path";
  static constexpr int kMaxHops = 16;
  PathCheck();
  CheckResult run(const CheckContext &ctx) const override;
  QString summarize(const CheckResult &r) const override;
  QString explain(const CheckResult &r) const override;
};

}  // namespace rdpd
