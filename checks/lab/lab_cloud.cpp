#include "checks/lab/lab_cloud.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "checks/cloud/collector_command.h"
#include "checks/cloud/credentials.h"
#include "checks/guest/evidence_import.h"
#include "checks/guest/typable_code.h"
#include "checks/lab/aliyun_mock_server.h"
#include "checks/lab/lab_scenario.h"

using namespace Qt::StringLiterals;

namespace rdpd::lab {

namespace {

QJsonObject builtIn(const QString &name) {
  QFile f(u":/lab/cloud/%1.json"_s.arg(name));
  return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

// "{{port_range}}" -> "PORT/PORT", at any depth.
QJsonValue withPortRange(const QJsonValue &v, int port) {
  if (v.isString() && v.toString() == u"{{port_range}}"_s) return u"%1/%1"_s.arg(port);
  if (v.isArray()) {
    QJsonArray out;
    for (const QJsonValue &e : v.toArray()) out.append(withPortRange(e, port));
    return out;
  }
  if (v.isObject()) {
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) out.insert(it.key(), withPortRange(it.value(), port));
    return out;
  }
  return v;
}

QJsonObject assistantAnswer(const QString &instanceId, bool online) {
  const QString beat = QDateTime::currentDateTimeUtc().addSecs(online ? -30 : -3 * 3600).toString(Qt::ISODate);
  return {{u"TotalCount"_s, 1},
          {u"InstanceCloudAssistantStatusSet"_s,
           QJsonObject{{u"InstanceCloudAssistantStatus"_s,
                        QJsonArray{QJsonObject{{u"InstanceId"_s, instanceId},
                                               {u"CloudAssistantStatus"_s, online ? u"true"_s : u"false"_s},
                                               {u"CloudAssistantVersion"_s, u"2.1.3.857"_s},
                                               {u"LastHeartbeatTime"_s, beat},
                                               {u"OSType"_s, u"Windows"_s}}}}}}};
}

// The last hour of CPU at the scenario's level, one point a minute.
QJsonObject cpuAnswer(const QString &instanceId, double percent) {
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  QJsonArray points;
  for (int i = 60; i > 0; --i)
    points.append(QJsonObject{{u"timestamp"_s, double(now - i * 60000)},
                              {u"instanceId"_s, instanceId},
                              {u"Minimum"_s, qMax(0.0, percent - 3)},
                              {u"Average"_s, percent},
                              {u"Maximum"_s, qMin(100.0, percent + 3)}});
  return {{u"Code"_s, u"200"_s},
          {u"Success"_s, true},
          {u"Period"_s, u"60"_s},
          {u"Datapoints"_s, QString::fromUtf8(QJsonDocument(points).toJson(QJsonDocument::Compact))}};
}

QByteArray screenshotBytes(const QString &name) {
  QFile f(u":/lab/cloud/console-%1.jpg"_s.arg(name));
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What the collector would print on the lab's instance: its guest evidence (or the healthy one).
QByteArray commandOutput(const QJsonObject &evidence, int port) {
  const QJsonObject doc =
      evidence.isEmpty() ? resolvePortPlaceholders(baseEvidence(u"healthy"_s), port, 0).toObject() : evidence;
  const QByteArray json = QJsonDocument(doc).toJson(QJsonDocument::Indented);
  const guest::ImportResult parsed = guest::EvidenceImport::fromJson(json);
  return cloud::collectorOutputFor(json, parsed.ok() ? guest::encodeTypableCode(parsed.evidence->facts) : QString());
}

}  // namespace

QString parseCloudSpec(const QJsonObject &o, CloudSpec *out, QString *field) {
  const auto bad = [field](const QString &name, const char *why) {
    *field = u"cloud."_s + name;
    return QCoreApplication::translate("Lab", why);
  };
  if (o.contains(u"instance"_s) && !o.value(u"instance"_s).isObject())
    return bad(u"instance"_s,
               QT_TRANSLATE_NOOP(
                   "Lab", "Give the instance as a JSON object (fields of DescribeInstanceAttribute to change)."));
  out->instancePatch = o.value(u"instance"_s).toObject();
  if (o.contains(u"security_groups"_s)) {
    const QJsonArray groups = o.value(u"security_groups"_s).toArray();
    QList<QJsonObject> list;
    for (const QJsonValue &g : groups) {
      if (!g.isObject() || g.toObject().value(u"SecurityGroupId"_s).toString().isEmpty())
        return bad(
            u"security_groups"_s,
            QT_TRANSLATE_NOOP(
                "Lab", "Each security group is a DescribeSecurityGroupAttribute answer with a SecurityGroupId."));
      list << g.toObject();
    }
    out->groups = list;
  }
  if (o.contains(u"assistant_online"_s) && !o.value(u"assistant_online"_s).isBool())
    return bad(u"assistant_online"_s, QT_TRANSLATE_NOOP("Lab", "Use true or false."));
  out->assistantOnline = o.value(u"assistant_online"_s).toBool(true);
  out->clientPublicIp = o.value(u"client_public_ip"_s).toString(out->clientPublicIp);
  if (o.contains(u"cpu_percent"_s)) {
    const double cpu = o.value(u"cpu_percent"_s).toDouble(-1);
    if (cpu < 0 || cpu > 100) return bad(u"cpu_percent"_s, QT_TRANSLATE_NOOP("Lab", "Use a number from 0 to 100."));
    out->cpuPercent = cpu;
  }
  out->screenshot = o.value(u"screenshot"_s).toString(out->screenshot);
  if (screenshotBytes(out->screenshot).isEmpty())
    return bad(u"screenshot"_s, QT_TRANSLATE_NOOP("Lab", "Use logon, updating or bluescreen."));
  return {};
}

LabCloud::LabCloud() = default;
LabCloud::~LabCloud() = default;

bool LabCloud::start(const CloudSpec &spec, int port, const QJsonObject &guestEvidence, QString *message) {
  m_spec = spec;
  m_mock = std::make_unique<AliyunMockServer>(kLabCloudKeyId, kLabCloudSecret);
  if (!m_mock->start()) {
    m_mock.reset();
    *message = QCoreApplication::translate("Lab", "The lab's pretend cloud could not listen on 127.0.0.1.");
    return false;
  }
  const QJsonObject instance = withPortRange(mergePatch(builtIn(u"instance"_s), spec.instancePatch), port).toObject();
  const QString id = instance.value(u"InstanceId"_s).toString();
  const QString region = instance.value(u"RegionId"_s).toString(u"cn-hangzhou"_s);
  m_mock->addRegion(u"cn-beijing"_s);
  if (region != u"cn-beijing"_s) m_mock->addRegion(region);
  m_mock->addInstance(region, instance);
  const QList<QJsonObject> groups = spec.groups.value_or(QList<QJsonObject>{builtIn(u"sg-open"_s)});
  for (const QJsonObject &g : groups) m_mock->addSecurityGroup(withPortRange(g, port).toObject());
  m_mock->setAssistantStatus(assistantAnswer(id, spec.assistantOnline));
  m_mock->setMetric(u"CPUUtilization"_s, cpuAnswer(id, spec.cpuPercent));
  m_mock->setScreenshot(screenshotBytes(spec.screenshot));
  MockCommandRun run;
  run.output = commandOutput(guestEvidence, port);
  m_mock->setCommandRun(run);
  m_mock->setSnapshotPolls(2);
  return true;
}

QUrl LabCloud::url() const { return m_mock ? m_mock->url() : QUrl(); }

cloud::Credentials LabCloud::credentials() const {
  cloud::Credentials c;
  c.accessKeyId = QString::fromLatin1(kLabCloudKeyId);
  c.accessKeySecret = cloud::Secret(QByteArray(kLabCloudSecret));
  c.regionId = u"cn-hangzhou"_s;
  c.source = u"training lab"_s;
  return c;
}

}  // namespace rdpd::lab
