#pragma once
// A guest check: one fact from inside the server, judged in its step. All guest checks share this class and differ
// by their spec (<area>_checks.cpp, listed in register_guest_checks.cpp), because they only read already-imported
// facts: no I/O, no waiting. Without evidence a guest check is Skipped with evidence {"reason": "no_guest_evidence"};
// when the evidence does not carry the fact (a section failed, a typed code, no -Account) it is Skipped with reason
// "not_collected".

#include <functional>
#include <memory>
#include <vector>

#include "checks/core/check.h"
#include "checks/guest/evidence.h"

namespace rdpd::guest {

struct GuestCheckSpec {
  const char *id = "";
  int step = 0;
  std::function<QString()> title;
  // Judges the facts. Returns status, evidence and fix id; return notCollected() when the fact is unknown.
  std::function<CheckResult(const GuestFacts &, const CheckContext &)> evaluate;
  std::function<QString(const CheckResult &)> summarize;  // only called for evaluated results
  std::function<QString(const CheckResult &)> explain;    // may be empty
};

class GuestCheck final : public Check {
 public:
  explicit GuestCheck(GuestCheckSpec spec);
  QString title() const override;
  CheckResult run(const CheckContext &ctx) const override;
  QString summarize(const CheckResult &r) const override;
  QString explain(const CheckResult &r) const override;

 private:
  GuestCheckSpec m_spec;
};

CheckResult notCollected();
// Every guest check spec, in page order.
std::vector<GuestCheckSpec> guestCheckSpecs();

}  // namespace rdpd::guest
