#include "checks/cloud/ecs_json.h"

#include "checks/core/json_number.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

namespace {

constexpr int kMaxRules = 5000;
constexpr int kMaxPoints = 100000;
constexpr int kMaxInstances = 1000;

QString str(const QJsonObject &o, const QString &key) {
  const QJsonValue v = o.value(key);
  if (v.isString()) return v.toString().trimmed();
  if (v.isDouble()) return QString::number(v.toDouble(), 'g', 15);
  if (v.isBool()) return v.toBool() ? u"true"_s : u"false"_s;
  return {};
}

// A number given as a number or as a numeric string ("Priority": "1", "Bandwidth": "5").
std::optional<double> number(const QJsonValue &v) {
  if (v.isDouble() && std::isfinite(v.toDouble())) return v.toDouble();
  if (v.isString()) {
    bool ok = false;
    const double d = v.toString().trimmed().toDouble(&ok);
    if (ok && std::isfinite(d)) return d;
  }
  return std::nullopt;
}

std::optional<int> integer(const QJsonObject &o, const QString &key) {
  const auto d = number(o.value(key));
  if (!d) return std::nullopt;
  const auto i = integralNumber(std::trunc(*d), -2147483648LL, 2147483647LL);
  if (!i) return std::nullopt;
  return int(*i);
}

// {"Outer": {"Inner": [...]}} -> the array (the API's XML-shaped JSON); tolerates a bare array too.
QJsonArray nested(const QJsonObject &o, const QString &outer, const QString &inner) {
  const QJsonValue v = o.value(outer);
  if (v.isArray()) return v.toArray();
  return v.toObject().value(inner).toArray();
}

QStringList strings(const QJsonArray &a) {
  QStringList out;
  for (const QJsonValue &v : a)
    if (v.isString() && !v.toString().trimmed().isEmpty()) out << v.toString().trimmed();
  return out;
}

bool looksLikeInstance(const QJsonObject &o) {
  return o.value(u"InstanceId"_s).isString() && (o.contains(u"Status"_s) || o.contains(u"SecurityGroupIds"_s));
}

}  // namespace

Instance parseInstance(const QJsonObject &o) {
  Instance i;
  i.instanceId = str(o, u"InstanceId"_s);
  i.instanceName = str(o, u"InstanceName"_s);
  i.regionId = str(o, u"RegionId"_s);
  i.zoneId = str(o, u"ZoneId"_s);
  i.status = str(o, u"Status"_s);
  i.osType = str(o, u"OSType"_s);
  i.osName = str(o, u"OSName"_s);
  i.networkType = str(o, u"InstanceNetworkType"_s).toLower();
  i.publicIps = strings(nested(o, u"PublicIpAddress"_s, u"IpAddress"_s));
  const QJsonObject eip = o.value(u"EipAddress"_s).toObject();
  i.eipAddress = str(eip, u"IpAddress"_s);
  i.eipAllocationId = str(eip, u"AllocationId"_s);
  if (!i.eipAddress.isEmpty()) i.eipBandwidthMbps = integer(eip, u"Bandwidth"_s);
  i.eipChargeType = str(eip, u"InternetChargeType"_s);
  i.bandwidthOutMbps = integer(o, u"InternetMaxBandwidthOut"_s);
  i.bandwidthInMbps = integer(o, u"InternetMaxBandwidthIn"_s);
  i.internetChargeType = str(o, u"InternetChargeType"_s);
  i.securityGroupIds = strings(nested(o, u"SecurityGroupIds"_s, u"SecurityGroupId"_s));
  const QJsonObject vpc = o.value(u"VpcAttributes"_s).toObject();
  i.privateIps = strings(nested(vpc, u"PrivateIpAddress"_s, u"IpAddress"_s));
  i.privateIps += strings(nested(o, u"InnerIpAddress"_s, u"IpAddress"_s));
  i.instanceChargeType = str(o, u"InstanceChargeType"_s);
  i.expiredTime = str(o, u"ExpiredTime"_s);
  for (const QJsonValue &lv : nested(o, u"OperationLocks"_s, u"LockReason"_s)) {
    const QJsonObject l = lv.toObject();
    const QString reason = str(l, u"LockReason"_s);
    if (!reason.isEmpty()) i.locks.append({reason, str(l, u"LockMsg"_s)});
  }
  i.instanceType = str(o, u"InstanceType"_s);
  i.cpu = integer(o, u"Cpu"_s);
  i.memoryMiB = integer(o, u"Memory"_s);
  return i;
}

SgRule parsePermission(const QJsonObject &o) {
  SgRule r;
  r.ruleId = str(o, u"SecurityGroupRuleId"_s);
  const QString dir = str(o, u"Direction"_s);
  if (!dir.isEmpty()) r.direction = dir.toLower();
  r.ipProtocol = str(o, u"IpProtocol"_s);
  r.portRange = str(o, u"PortRange"_s);
  r.portRangeListId = str(o, u"PortRangeListId"_s);
  r.sourceCidrIp = str(o, u"SourceCidrIp"_s);
  r.ipv6SourceCidrIp = str(o, u"Ipv6SourceCidrIp"_s);
  r.sourcePrefixListId = str(o, u"SourcePrefixListId"_s);
  r.sourceGroupId = str(o, u"SourceGroupId"_s);
  r.sourcePortRange = str(o, u"SourcePortRange"_s);
  r.destCidrIp = str(o, u"DestCidrIp"_s);
  r.ipv6DestCidrIp = str(o, u"Ipv6DestCidrIp"_s);
  r.nicType = str(o, u"NicType"_s);
  r.policy = str(o, u"Policy"_s).compare(u"drop"_s, Qt::CaseInsensitive) == 0 ? SgPolicy::Drop : SgPolicy::Accept;
  const auto p = integer(o, u"Priority"_s);
  r.priority = p && *p >= 1 && *p <= 1000 ? *p : 1;
  r.description = str(o, u"Description"_s);
  return r;
}

SecurityGroup parseSecurityGroupAttribute(const QJsonObject &o) {
  SecurityGroup g;
  g.id = str(o, u"SecurityGroupId"_s);
  g.name = str(o, u"SecurityGroupName"_s);
  g.regionId = str(o, u"RegionId"_s);
  g.vpcId = str(o, u"VpcId"_s);
  const QString type = str(o, u"SecurityGroupType"_s).toLower();
  g.type = type == u"enterprise"_s ? SgType::Enterprise : type == u"normal"_s ? SgType::Basic : SgType::Unknown;
  g.innerAccessPolicy = str(o, u"InnerAccessPolicy"_s);
  const QJsonArray perms = nested(o, u"Permissions"_s, u"Permission"_s);
  for (const QJsonValue &pv : perms) {
    if (g.rules.size() >= kMaxRules) break;
    if (!pv.isObject()) continue;
    SgRule r = parsePermission(pv.toObject());
    r.groupId = g.id;
    g.rules.append(r);
  }
  return g;
}

MetricSeries parseMetric(const QJsonObject &o, const QString &metricName) {
  MetricSeries s;
  s.metricName = metricName;
  s.periodSeconds = integer(o, u"Period"_s).value_or(0);
  QJsonArray points;
  const QJsonValue dp = o.value(u"Datapoints"_s);
  if (dp.isArray()) {
    points = dp.toArray();
  } else if (dp.isString()) {  // the API sends the points as a JSON document inside a string
    points = QJsonDocument::fromJson(dp.toString().toUtf8()).array();
  }
  for (const QJsonValue &pv : points) {
    if (s.points.size() >= kMaxPoints) break;
    const QJsonObject p = pv.toObject();
    MetricPoint m;
    const auto ts = number(p.value(u"timestamp"_s));
    m.timestampMs = ts ? integralNumber(std::trunc(*ts)).value_or(0) : 0;
    m.average = number(p.value(u"Average"_s));
    m.maximum = number(p.value(u"Maximum"_s));
    m.minimum = number(p.value(u"Minimum"_s));
    if (!m.average) m.average = number(p.value(u"Value"_s));
    m.instanceId = str(p, u"instanceId"_s);
    if (m.average || m.maximum) s.points.append(m);
  }
  return s;
}

QList<AssistantStatus> parseAssistantStatus(const QJsonObject &o) {
  QList<AssistantStatus> out;
  const QJsonArray a = nested(o, u"InstanceCloudAssistantStatusSet"_s, u"InstanceCloudAssistantStatus"_s);
  for (const QJsonValue &v : a) {
    const QJsonObject s = v.toObject();
    AssistantStatus st;
    st.instanceId = str(s, u"InstanceId"_s);
    const QString online = str(s, u"CloudAssistantStatus"_s).toLower();
    if (online == u"true"_s)
      st.online = true;
    else if (online == u"false"_s)
      st.online = false;
    st.version = str(s, u"CloudAssistantVersion"_s);
    st.lastHeartbeat = str(s, u"LastHeartbeatTime"_s);
    if (!st.instanceId.isEmpty()) out.append(st);
  }
  return out;
}

ApiError parseApiError(const QJsonObject &o) {
  return ApiError{str(o, u"Code"_s), str(o, u"Message"_s), str(o, u"RequestId"_s), str(o, u"Recommend"_s)};
}

QStringList parseRegionIds(const QByteArray &json) {
  if (json.size() > kMaxCloudJsonBytes) return {};
  QStringList out;
  for (const QJsonValue &v : nested(QJsonDocument::fromJson(json).object(), u"Regions"_s, u"Region"_s)) {
    const QString id = str(v.toObject(), u"RegionId"_s);
    static const QRegularExpression valid(u"^[a-z0-9-]{2,40}$"_s);
    if (valid.match(id).hasMatch() && !out.contains(id)) out << id;
    if (out.size() >= 200) break;
  }
  return out;
}

QString metricNameFromFileName(const QString &fileName) {
  static const QStringList known{u"VPC_PublicIP_InternetOutRate_Percent"_s,
                                 u"InternetOutRate_Percent"_s,
                                 u"VPC_PublicIP_InternetOutRate"_s,
                                 u"InternetOutRate"_s,
                                 u"memory_usedutilization"_s,
                                 u"cpu_total"_s,
                                 u"CPUUtilization"_s};
  for (const QString &k : known)  // longest names first, so "…_Percent" is not read as "…Rate"
    if (fileName.contains(k, Qt::CaseInsensitive)) return k;
  return {};
}

CloudDocument parseCloudDocument(const QByteArray &json, const QString &metricHint) {
  CloudDocument d;
  if (json.size() > kMaxCloudJsonBytes) {
    d.problem = u"too_large"_s;
    return d;
  }
  QJsonParseError err{};
  const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
  if (err.error != QJsonParseError::NoError || !doc.isObject()) {
    d.problem = u"not_json"_s;
    return d;
  }
  const QJsonObject o = doc.object();
  if (o.contains(u"Instances"_s)) {
    d.kind = CloudDocKind::Instances;
    for (const QJsonValue &v : nested(o, u"Instances"_s, u"Instance"_s)) {
      if (d.instances.size() >= kMaxInstances) break;
      if (v.isObject() && looksLikeInstance(v.toObject())) d.instances.append(parseInstance(v.toObject()));
    }
  } else if (looksLikeInstance(o)) {
    d.kind = CloudDocKind::InstanceAttribute;
    d.instances.append(parseInstance(o));
  } else if (o.contains(u"Permissions"_s) && o.value(u"SecurityGroupId"_s).isString()) {
    d.kind = CloudDocKind::SecurityGroupAttribute;
    d.group = parseSecurityGroupAttribute(o);
  } else if (o.contains(u"Datapoints"_s)) {
    d.kind = CloudDocKind::Metric;
    d.metric = parseMetric(o, metricHint);
    if (metricHint.isEmpty()) d.problem = u"no_metric_name"_s;
  } else if (o.contains(u"InstanceCloudAssistantStatusSet"_s)) {
    d.kind = CloudDocKind::AssistantStatus;
    d.assistant = parseAssistantStatus(o);
  } else if (o.value(u"Code"_s).isString() && o.contains(u"Message"_s)) {
    d.kind = CloudDocKind::Error;
    d.error = parseApiError(o);
  } else {
    d.problem = u"unknown_shape"_s;
  }
  return d;
}

}  // namespace rdpd::cloud
