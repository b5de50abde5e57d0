#pragma once
// target.validate (step 3): is the address and port something a connection can ever be made to?

#include "checks/core/check.h"

namespace rdpd {

class ValidateTargetCheck final : public Check {
 public:
  static constexpr const char *kId = "target.validate";
  // The raw text the user typed, kept so the explanation can quote it (e.g. port 113322).
  ValidateTargetCheck();
  CheckResult run(const CheckContext &ctx) const override;
  QString summarize(const CheckResult &r) const override;
  QString explain(const CheckResult &r) const override;
};

}  // namespace rdpd
