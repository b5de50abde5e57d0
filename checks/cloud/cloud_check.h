#pragma once
// A cloud check: one fact from the cloud provider's control plane, judged in its step. All cloud checks share
// this class and differ by their spec (cloud_checks.cpp): they only read the cloud evidence already in the
// target (imported aliyun CLI output, or read from the API with a key), so they do no I/O and never wait.
// Without cloud evidence a cloud check is Skipped with evidence {"reason": "no_cloud_evidence"}.

#include <functional>
#include <vector>

#include "checks/cloud/cloud_evidence.h"
#include "checks/core/check.h"

namespace rdpd::cloud {

struct CloudCheckSpec {
  const char *id = "";
  int step = 0;  // the pages that show it: checks/catalog/catalog.cpp
  std::function<QString()> title;
  std::function<CheckResult(const CloudEvidence &, const CheckContext &)> evaluate;
  std::function<QString(const CheckResult &)> summarize;  // for evaluated results (not the shared skip reasons)
  std::function<QString(const CheckResult &)> explain;    // may be empty
  bool summarizesSkips = false;  // summarize also words its own skip reasons (the shared ones stay shared)
};

class CloudCheck final : public Check {
 public:
  explicit CloudCheck(CloudCheckSpec spec);
  QString title() const override;
  CheckResult run(const CheckContext &ctx) const override;
  QString summarize(const CheckResult &r) const override;
  QString explain(const CheckResult &r) const override;

 private:
  CloudCheckSpec m_spec;
};

// Every cloud check spec, in page order.
std::vector<CloudCheckSpec> cloudCheckSpecs();
// cloud.screenshot (screenshot_check.cpp).
CloudCheckSpec consoleScreenshotSpec();

}  // namespace rdpd::cloud
