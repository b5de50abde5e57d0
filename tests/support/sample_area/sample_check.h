#pragma once
// A sample area for tests (tests/checks/catalog/add_a_check_test.cpp, tests/wizard/add_a_check_page_test.cpp):
// what docs/ARCHITECTURE.md's "Adding a check" asks for a cloud-style check, and nothing else. The "cloud" answer
// (the ports a security group allows) is given to the constructor, as a real cloud check would get it from its API.

#include <QList>

#include "checks/core/registry.h"

namespace rdpd::sample {

class SecurityGroupCheck final : public Check {
 public:
  static constexpr const char *kId = "sample.security_group";
  explicit SecurityGroupCheck(QList<int> allowedPorts);
  CheckResult run(const CheckContext &ctx) const override;
  QString summarize(const CheckResult &r) const override;

 private:
  QList<int> m_allowedPorts;
};

// The area's register function (as register_<area>_checks.cpp would hold it).
void registerSampleChecks(CheckList &out, QList<int> allowedPorts);

// The one data row: the sample check listed on its page.
PageList samplePageRow();

}  // namespace rdpd::sample
