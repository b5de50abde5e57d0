#pragma once
// client.error_text (step 9 page, origin local): what the message the Remote Desktop client showed means, from the
// error-message lookup. Skipped when the user gave no message. The verdict (rules_lookup.cpp) reads its findings:
// entry_id, matched_by, score, causes[], steps[], go_to_step, weight, unverified, matched_code.

#include "checks/core/check.h"

namespace rdpd {

class ClientErrorCheck final : public Check {
 public:
  static constexpr const char *kId = "client.error_text";
  ClientErrorCheck();
  CheckResult run(const CheckContext &ctx) const override;
  QString summarize(const CheckResult &r) const override;
  QString explain(const CheckResult &r) const override;
};

}  // namespace rdpd
