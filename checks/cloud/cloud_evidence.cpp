#include "checks/cloud/cloud_evidence.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>

#include "checks/net/source_address.h"

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

namespace {

constexpr int kMaxDocumentsPerPaste = 64;

QString kindName(CloudDocKind k) {
  switch (k) {
    case CloudDocKind::InstanceAttribute:
      return u"DescribeInstanceAttribute"_s;
    case CloudDocKind::Instances:
      return u"DescribeInstances"_s;
    case CloudDocKind::SecurityGroupAttribute:
      return u"DescribeSecurityGroupAttribute"_s;
    case CloudDocKind::Metric:
      return u"DescribeMetricList"_s;
    case CloudDocKind::AssistantStatus:
      return u"DescribeCloudAssistantStatus"_s;
    case CloudDocKind::Error:
      return u"error"_s;
    case CloudDocKind::Unknown:
      break;
  }
  return u"unknown"_s;
}

QString problemText(const QString &problem, const QString &name) {
  if (problem == u"too_large"_s)
    return QCoreApplication::translate("CloudImport",
                                       "%1 is larger than 8 MB; it is not the output of an aliyun "
                                       "command. Import the output of one command per file.")
        .arg(name);
  if (problem == u"not_json"_s)
    return QCoreApplication::translate("CloudImport",
                                       "%1 is not complete JSON (cut off or not JSON at all). Run the "
                                       "aliyun command again and copy its whole output, from the first "
                                       "\"{\" to the last \"}\".")
        .arg(name);
  if (problem == u"no_metric_name"_s)
    return QCoreApplication::translate("CloudImport",
                                       "%1 holds monitoring data, but the answer does not say which "
                                       "metric. Save it under the metric's name, e.g. "
                                       "CPUUtilization.json.")
        .arg(name);
  return QCoreApplication::translate("CloudImport",
                                     "%1 is not the output of DescribeInstanceAttribute, "
                                     "DescribeInstances, DescribeSecurityGroupAttribute, "
                                     "DescribeMetricList or DescribeCloudAssistantStatus. Check which "
                                     "command produced it.")
      .arg(name);
}

void take(CloudEvidence &e, CloudDocument &&d, const QString &name) {
  for (Instance &i : d.instances) {
    auto same = std::find_if(e.instances.begin(), e.instances.end(),
                             [&](const Instance &x) { return x.instanceId == i.instanceId; });
    if (same != e.instances.end())
      *same = std::move(i);  // a later document about the same instance wins
    else
      e.instances.append(std::move(i));
  }
  if (d.kind == CloudDocKind::SecurityGroupAttribute) {
    auto same =
        std::find_if(e.groups.begin(), e.groups.end(), [&](const SecurityGroup &g) { return g.id == d.group.id; });
    if (same != e.groups.end())
      *same = d.group;
    else
      e.groups.append(d.group);
  }
  if (d.kind == CloudDocKind::Metric) e.metrics.append(d.metric);
  for (const AssistantStatus &a : d.assistant) e.assistant.append(a);
  if (d.kind == CloudDocKind::Error) e.errors.append(d.error);
  e.documents.append(name + u": "_s + kindName(d.kind));
}

}  // namespace

const SecurityGroup *CloudEvidence::group(const QString &id) const {
  for (const SecurityGroup &g : groups)
    if (g.id == id) return &g;
  return nullptr;
}

const MetricSeries *CloudEvidence::metric(const QStringList &names) const {
  for (const QString &n : names)
    for (const MetricSeries &m : metrics)
      if (m.metricName == n && !m.points.isEmpty()) return &m;
  return nullptr;
}

const AssistantStatus *CloudEvidence::assistantFor(const QString &id) const {
  for (const AssistantStatus &a : assistant)
    if (a.instanceId == id) return &a;
  return nullptr;
}

QList<QByteArray> splitJsonDocuments(const QByteArray &text) {
  QList<QByteArray> out;
  int depth = 0;
  bool inString = false, escaped = false;
  qsizetype start = -1;
  for (qsizetype i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (inString) {
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        inString = false;
      continue;
    }
    if (c == '"')
      inString = true;
    else if (c == '{' || c == '[') {
      if (depth++ == 0) start = i;
    } else if ((c == '}' || c == ']') && depth > 0 && --depth == 0) {
      out.append(text.mid(start, i - start + 1));
      start = -1;
      if (out.size() >= kMaxDocumentsPerPaste) return out;
    }
  }
  if (start >= 0) out.append(text.mid(start));  // cut off: the parser will say so
  if (out.isEmpty()) out.append(text);
  return out;
}

QString addCloudDocuments(CloudEvidence &e, const QByteArray &bytes, const QString &name) {
  if (bytes.size() > kMaxCloudJsonBytes) return problemText(u"too_large"_s, name);
  const QString metricHint = metricNameFromFileName(name);
  const QList<QByteArray> docs = splitJsonDocuments(bytes);
  // All or nothing: one bad document in a paste keeps the whole paste out, so nothing is half-imported.
  QList<CloudDocument> parsed;
  for (const QByteArray &doc : docs) {
    CloudDocument d = parseCloudDocument(doc, metricHint);
    if (!d.problem.isEmpty()) return problemText(d.problem, name);
    parsed.append(std::move(d));
  }
  for (CloudDocument &d : parsed) take(e, std::move(d), name);
  return {};
}

CloudImport importCloudFiles(const QStringList &paths) {
  CloudImport r;
  auto e = std::make_shared<CloudEvidence>();
  for (const QString &path : paths) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
      r.message = QCoreApplication::translate("CloudImport", "Cannot read %1: %2").arg(path, f.errorString());
      return r;
    }
    if (f.size() > kMaxCloudJsonBytes) {
      r.message = problemText(u"too_large"_s, path);
      return r;
    }
    const QString problem = addCloudDocuments(*e, f.readAll(), QFileInfo(path).fileName());
    if (!problem.isEmpty()) {
      r.message = problem;
      return r;
    }
  }
  r.evidence = std::move(e);
  return r;
}

QStringList aliyunCommandsFor(const QString &regionId, const QString &instanceId, const QStringList &groupIds) {
  const QString region = regionId.isEmpty() ? u"<region>"_s : regionId;
  const QString id = instanceId.isEmpty() ? u"<instance-id>"_s : instanceId;
  QStringList out{u"aliyun ecs DescribeInstanceAttribute --InstanceId %1 > instance.json"_s.arg(id)};
  const QStringList groups = groupIds.isEmpty() ? QStringList{u"<sg-id>"_s} : groupIds;
  for (const QString &g : groups)
    out << u"aliyun ecs DescribeSecurityGroupAttribute --RegionId %1 --SecurityGroupId %2 --Direction ingress > %2.json"_s
               .arg(region, g);
  out << u"aliyun ecs DescribeCloudAssistantStatus --RegionId %1 --InstanceId.1 %2 > assistant.json"_s.arg(region, id);
  out << u"aliyun cms DescribeMetricList --Namespace acs_ecs_dashboard --MetricName CPUUtilization "
         "--Dimensions '[{\"instanceId\":\"%1\"}]' --Period 60 > CPUUtilization.json"_s.arg(id);
  return out;
}

void noteLocalAddress(CloudEvidence &e, const QString &host) {
  const QHostAddress server(host.trimmed());
  const QHostAddress local = server.isNull() ? QHostAddress() : net::sourceAddressToward(server);
  e.localAddress = local.isNull() ? QString() : local.toString();
}

}  // namespace rdpd::cloud
