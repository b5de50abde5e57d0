#pragma once
// Parsers of the JSON the ECS/VPC/CloudMonitor APIs answer (the aliyun CLI prints the same document): never
// throw, never trust a field's type, cap sizes. A document is recognised by its shape, so the user can import
// files in any order and any name (a metric file is named after its metric, because the answer does not say).

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "checks/cloud/ecs_model.h"

namespace rdpd::cloud {

inline constexpr qint64 kMaxCloudJsonBytes = 8 * 1024 * 1024;

enum class CloudDocKind {
  Unknown,
  InstanceAttribute,       // DescribeInstanceAttribute: one instance at the top level
  Instances,               // DescribeInstances: Instances.Instance[]
  SecurityGroupAttribute,  // DescribeSecurityGroupAttribute: one group with Permissions.Permission[]
  Metric,                  // DescribeMetricList / DescribeMetricLast: Datapoints (often a JSON string)
  AssistantStatus,         // DescribeCloudAssistantStatus
  Error,                   // {"Code", "Message", "RequestId"}
};

struct CloudDocument {
  CloudDocKind kind = CloudDocKind::Unknown;
  QList<Instance> instances;
  SecurityGroup group;
  MetricSeries metric;
  QList<AssistantStatus> assistant;
  ApiError error;
  QString problem;  // empty when parsed; else an untranslated code: not_json, too_large, unknown_shape, no_metric_name
};

// metricHint: the metric name when the caller knows it (from the file name or the request); empty = guess.
CloudDocument parseCloudDocument(const QByteArray &json, const QString &metricHint = {});

Instance parseInstance(const QJsonObject &o);
SecurityGroup parseSecurityGroupAttribute(const QJsonObject &o);
SgRule parsePermission(const QJsonObject &o);
MetricSeries parseMetric(const QJsonObject &o, const QString &metricName);
QList<AssistantStatus> parseAssistantStatus(const QJsonObject &o);
ApiError parseApiError(const QJsonObject &o);
// DescribeRegions: Regions.Region[].RegionId, in the answer's order (at most 200).
QStringList parseRegionIds(const QByteArray &json);
// A metric name taken from a file name such as "CPUUtilization.json" or "cpu-CPUUtilization-last-hour.json".
QString metricNameFromFileName(const QString &fileName);

}  // namespace rdpd::cloud
