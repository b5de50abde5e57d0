#pragma once
// The rules behind rankCauses(): each looks at the results and may propose one cause with a confidence.
// Add a rule by appending it in verdict_rules.cpp (and its words in cause_text.cpp).

#include <functional>
#include <optional>
#include <vector>

#include "checks/verdict/verdict.h"

namespace rdpd {

using VerdictRule = std::function<std::optional<Cause>(const Results &)>;
const std::vector<VerdictRule> &verdictRules();

// Helpers for rules.
const CheckResult *findResult(const Results &r, const char *id);
QString evidenceString(const Results &r, const char *id, const char *key);

}  // namespace rdpd
