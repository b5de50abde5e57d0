#pragma once
// The judgements behind the cloud checks, as pure functions of the cloud evidence, the target and the time:
// which instance the address belongs to, its state, the security-group verdict for this computer's public
// address, the public bandwidth, the last hour of metrics and the Cloud Assistant agent. Each returns a
// CheckResult with snake_case evidence keys (docs/report-schema.md, "Cloud checks").

#include <QDateTime>

#include "checks/cloud/cloud_evidence.h"
#include "checks/core/check_result.h"
#include "checks/core/target.h"

namespace rdpd::cloud {

// How the instance was chosen: "address" (it holds the target's IP), "instance_id" (--instance), "only_one".
struct InstancePick {
  const Instance *instance = nullptr;
  QString how;
};
InstancePick pickInstance(const CloudEvidence &e, const Target &t);

// Thresholds, named so the table in docs/cloud.md and the code agree.
inline constexpr double kCpuSaturatedAvg = 90.0;  // average over the imported points
inline constexpr double kCpuHighAvg = 80.0;
inline constexpr double kMemoryHighAvg = 95.0;
inline constexpr double kBandwidthSaturatedAvg = 90.0;  // % of the bandwidth cap

CheckResult judgeInstanceState(const CloudEvidence &e, const Target &t, const QDateTime &nowUtc);
CheckResult judgeSecurityGroup(const CloudEvidence &e, const Target &t);
CheckResult judgeBandwidth(const CloudEvidence &e, const Target &t);
CheckResult judgeMetrics(const CloudEvidence &e, const Target &t);
CheckResult judgeAssistant(const CloudEvidence &e, const Target &t);

}  // namespace rdpd::cloud
