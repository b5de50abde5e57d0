#pragma once
// What RDP Doctor reads from the ECS, VPC, CloudMonitor and Cloud Assistant APIs, as value types. The same types
// are filled from a live API answer or from the aliyun CLI's JSON output that the user imported (ecs_json.h).

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "checks/cloud/security_group.h"

namespace rdpd::cloud {

struct LockReason {
  QString reason;   // financial | security | recycling | dedicatedhostfinancial | refunded
  QString message;  // LockMsg
  bool operator==(const LockReason &) const = default;
};

struct Instance {
  QString instanceId;
  QString instanceName;
  QString regionId;
  QString zoneId;
  QString status;  // Pending | Starting | Running | Stopping | Stopped
  QString osType;  // windows | linux
  QString osName;
  QString networkType;    // vpc | classic
  QStringList publicIps;  // PublicIpAddress.IpAddress (system-assigned)
  QString eipAddress;     // EipAddress.IpAddress
  QString eipAllocationId;
  std::optional<int> eipBandwidthMbps;  // EipAddress.Bandwidth
  QString eipChargeType;
  std::optional<int> bandwidthOutMbps;  // InternetMaxBandwidthOut (0 = no public bandwidth)
  std::optional<int> bandwidthInMbps;
  QString internetChargeType;  // PayByBandwidth | PayByTraffic
  QStringList securityGroupIds;
  QStringList privateIps;      // VpcAttributes.PrivateIpAddress / InnerIpAddress
  QString instanceChargeType;  // PrePaid | PostPaid
  QString expiredTime;         // as given (UTC, ISO 8601 without seconds)
  QList<LockReason> locks;     // OperationLocks.LockReason
  QString instanceType;
  std::optional<int> cpu;
  std::optional<int> memoryMiB;
  bool operator==(const Instance &) const = default;

  bool holdsAddress(const QString &ip) const {
    return publicIps.contains(ip) || eipAddress == ip || privateIps.contains(ip);
  }
};

struct MetricPoint {
  qint64 timestampMs = 0;
  std::optional<double> average;
  std::optional<double> maximum;
  std::optional<double> minimum;
  QString instanceId;
  bool operator==(const MetricPoint &) const = default;
};

struct MetricSeries {
  QString metricName;  // CPUUtilization, InternetOutRate_Percent, memory_usedutilization...
  int periodSeconds = 0;
  QList<MetricPoint> points;
  bool operator==(const MetricSeries &) const = default;
};

struct AssistantStatus {
  QString instanceId;
  std::optional<bool> online;  // CloudAssistantStatus "true" = heartbeat within the last two minutes
  QString version;
  QString lastHeartbeat;
  bool operator==(const AssistantStatus &) const = default;
};

inline constexpr qsizetype kMaxScreenshotBytes = 4 * 1024 * 1024;

// The console screenshot (console_screenshot.h reads it; the GUI shows it).
struct ConsoleScreenshot {
  QByteArray image;  // the decoded picture (empty when not readable)
  QString format;    // "jpeg" or "png"
  int width = 0;     // from the image header
  int height = 0;
  QDateTime takenAtUtc;
  QString problem;  // empty when readable; else not_running, api_failed, not_an_image, too_large, no_screenshot
  QString message;  // translated, when not readable
  bool ok() const { return problem.isEmpty() && !image.isEmpty(); }
};

// An API error answer ({"Code", "Message", "RequestId"}), e.g. pasted by mistake or returned by the API.
struct ApiError {
  QString code;
  QString message;
  QString requestId;
  QString recommend;
  bool operator==(const ApiError &) const = default;
};

}  // namespace rdpd::cloud
