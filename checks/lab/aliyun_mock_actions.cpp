// The Alibaba Cloud API mock's actions beyond the reads (aliyun_mock_server.cpp): GetInstanceScreenshot,
// RunCommand and DescribeInvocationResults (Pending -> Running -> the end over the polls, Base64 output cut at
// 24 KB with Dropped), DescribeDisks, CreateSnapshot and DescribeSnapshots (progress rising over the polls) and
// RebootInstance. Field names as in the ECS API (2014-05-26); the state the instance is in decides as in the cloud.
#include <QJsonArray>
#include <QJsonDocument>

#include "checks/lab/aliyun_mock_state.h"

using namespace Qt::StringLiterals;

namespace rdpd::lab {

namespace {

constexpr qsizetype kOutputCap = 24 * 1024;
constexpr qsizetype kContentCap = 24 * 1024;

// A JPEG header (SOI, JFIF, a 320x240 baseline frame header, EOI): what a picture's first bytes say, nothing more.
QByteArray defaultScreenshot() {
  return QByteArray::fromHex(
      "ffd8ffe000104a46494600010100000100010000"
      "ffc000110800f0014003012200021101031101"
      "ffd9");
}

QString param(const MockHttpRequest &r, const char *name) { return QString::fromUtf8(r.queryValue(name)); }

MockAnswer notFound(const QString &what, const QString &id) {
  return mockError(404, u"Invalid%1.NotFound"_s.arg(what), u"The specified %1 %2 does not exist."_s.arg(what, id));
}

MockAnswer incorrectStatus() {
  return mockError(403, u"IncorrectInstanceStatus"_s,
                   u"The current status of the resource does not support this operation."_s);
}

bool running(const QJsonObject &i) { return i.value(u"Status"_s).toString() == u"Running"_s; }

QString systemDiskOf(const QJsonObject &i) {
  const QString id = i.value(u"InstanceId"_s).toString();
  return u"d-"_s + (id.startsWith(u"i-"_s) ? id.mid(2) : id);
}

std::optional<bool> assistantOnline(const AliyunMockServer::State &s, const QString &instanceId) {
  const QJsonArray list = s.assistant.value(u"InstanceCloudAssistantStatusSet"_s)
                              .toObject()
                              .value(u"InstanceCloudAssistantStatus"_s)
                              .toArray();
  for (const QJsonValue v : list)
    if (v.toObject().value(u"InstanceId"_s).toString() == instanceId)
      return v.toObject().value(u"CloudAssistantStatus"_s).toString() == u"true"_s;
  return std::nullopt;
}

MockAnswer screenshot(AliyunMockServer::State &s, const MockHttpRequest &r) {
  const QJsonObject i = mockInstance(s, param(r, "InstanceId"));
  if (i.isEmpty()) return notFound(u"InstanceId"_s, param(r, "InstanceId"));
  if (!running(i)) return incorrectStatus();
  MockAnswer a;
  const QByteArray image = s.screenshot.isEmpty() ? defaultScreenshot() : s.screenshot;
  a.body = {{u"InstanceId"_s, i.value(u"InstanceId"_s)}, {u"Screenshot"_s, QString::fromLatin1(image.toBase64())}};
  return a;
}

MockAnswer runCommand(AliyunMockServer::State &s, const MockHttpRequest &r) {
  const QString type = param(r, "Type");
  if (type != u"RunPowerShellScript"_s && type != u"RunBatScript"_s && type != u"RunShellScript"_s)
    return mockError(400, u"InvalidCommandType"_s, u"The specified command type is not valid."_s);
  const QByteArray content = r.queryValue("CommandContent");
  const bool base64 = param(r, "ContentEncoding").compare(u"Base64"_s, Qt::CaseInsensitive) == 0;
  const qsizetype size = base64 ? content.size() : content.toBase64().size();
  if (content.isEmpty() ||
      (base64 && !QByteArray::fromBase64Encoding(content, QByteArray::AbortOnBase64DecodingErrors)))
    return mockError(400, u"InvalidCmdContent.Malformed"_s, u"The specified command content is not valid."_s);
  if (size > kContentCap)
    return mockError(400, u"InvalidCmdContent.ExceedLimit"_s,
                     u"The command content exceeds the size limit (24 KB after Base64 encoding)."_s);
  const QString id = param(r, "InstanceId.1");
  const QJsonObject i = mockInstance(s, id);
  if (i.isEmpty()) return notFound(u"InstanceId"_s, id);
  if (!running(i)) return incorrectStatus();
  MockInvocation inv;
  inv.instanceId = id;
  inv.run = s.commandRun;
  if (assistantOnline(s, id) == false) {  // the agent never picks it up
    inv.run = MockCommandRun{};
    inv.run.finalStatus = u"Failed"_s;
    inv.run.errorCode = u"ClientNotRunning"_s;
    inv.run.errorInfo = u"the Cloud Assistant client is not running"_s;
    inv.run.exitCode = 0;
  }
  ++s.counter;
  const QString invokeId = u"t-hz0%1rdpd"_s.arg(s.counter, 6, 10, QLatin1Char('0'));
  s.invocations.insert(invokeId, inv);
  MockAnswer a;
  a.body = {{u"CommandId"_s, u"c-hz0%1rdpd"_s.arg(s.counter, 6, 10, QLatin1Char('0'))}, {u"InvokeId"_s, invokeId}};
  return a;
}

MockAnswer invocationResults(AliyunMockServer::State &s, const MockHttpRequest &r) {
  const QString invokeId = param(r, "InvokeId");
  if (!s.invocations.contains(invokeId)) return notFound(u"InvokeId"_s, invokeId);
  MockInvocation &inv = s.invocations[invokeId];
  const int poll = ++inv.polls;
  QString status = inv.run.finalStatus;
  if (poll <= inv.run.pendingPolls)
    status = u"Pending"_s;
  else if (poll <= inv.run.pendingPolls + inv.run.runningPolls)
    status = u"Running"_s;
  const bool done = status != u"Pending"_s && status != u"Running"_s;
  const QByteArray kept = done ? inv.run.output.left(kOutputCap) : QByteArray();
  const qint64 dropped = done ? qMax<qint64>(0, inv.run.output.size() - kOutputCap) : 0;
  const bool plain = param(r, "ContentEncoding").compare(u"PlainText"_s, Qt::CaseInsensitive) == 0;
  QJsonObject result{{u"InvokeId"_s, invokeId},
                     {u"InstanceId"_s, inv.instanceId},
                     {u"InvocationStatus"_s, status},
                     {u"InvokeRecordStatus"_s, done ? u"Finished"_s : status},
                     {u"ExitCode"_s, done ? inv.run.exitCode : 0},
                     {u"Output"_s, plain ? QString::fromUtf8(kept) : QString::fromLatin1(kept.toBase64())},
                     {u"Dropped"_s, dropped},
                     {u"ErrorCode"_s, done ? inv.run.errorCode : QString()},
                     {u"ErrorInfo"_s, done ? inv.run.errorInfo : QString()}};
  MockAnswer a;
  a.body = {{u"Invocation"_s,
             QJsonObject{{u"PageSize"_s, 10},
                         {u"PageNumber"_s, 1},
                         {u"TotalCount"_s, 1},
                         {u"InvocationResults"_s, QJsonObject{{u"InvocationResult"_s, QJsonArray{result}}}}}}};
  return a;
}

MockAnswer describeDisks(const AliyunMockServer::State &s, const MockHttpRequest &r) {
  const QJsonObject i = mockInstance(s, param(r, "InstanceId"));
  QJsonArray disks;
  if (!i.isEmpty()) {
    const QString type = param(r, "DiskType");
    const QString id = i.value(u"InstanceId"_s).toString();
    if (type.isEmpty() || type == u"all"_s || type == u"system"_s)
      disks.append(QJsonObject{{u"DiskId"_s, systemDiskOf(i)},
                               {u"Type"_s, u"system"_s},
                               {u"Category"_s, u"cloud_essd"_s},
                               {u"Size"_s, 40},
                               {u"Status"_s, u"In_use"_s},
                               {u"InstanceId"_s, id}});
    if (type.isEmpty() || type == u"all"_s || type == u"data"_s)
      disks.append(QJsonObject{{u"DiskId"_s, QString(systemDiskOf(i) + u"data"_s)},
                               {u"Type"_s, u"data"_s},
                               {u"Category"_s, u"cloud_essd"_s},
                               {u"Size"_s, 100},
                               {u"Status"_s, u"In_use"_s},
                               {u"InstanceId"_s, id}});
  }
  MockAnswer a;
  a.body = {{u"TotalCount"_s, disks.size()}, {u"Disks"_s, QJsonObject{{u"Disk"_s, disks}}}};
  return a;
}

MockAnswer createSnapshot(AliyunMockServer::State &s, const MockHttpRequest &r) {
  const QString disk = param(r, "DiskId");
  bool known = false;
  for (const auto &[where, i] : s.instances) known = known || systemDiskOf(i) == disk;
  if (!known) return notFound(u"DiskId"_s, disk);
  const QString name = param(r, "SnapshotName");
  if (name.startsWith(u"auto"_s) || name.startsWith(u"http"_s) || (!name.isEmpty() && name.size() < 2))
    return mockError(400, u"InvalidSnapshotName.Malformed"_s, u"The specified snapshot name is not valid."_s);
  ++s.counter;
  const QString id = u"s-hz0%1rdpd"_s.arg(s.counter, 6, 10, QLatin1Char('0'));
  s.snapshotPolls.insert(id, 0);
  s.snapshotDisks.insert(id, disk);
  MockAnswer a;
  a.body = {{u"SnapshotId"_s, id}};
  return a;
}

MockAnswer describeSnapshots(AliyunMockServer::State &s, const MockHttpRequest &r) {
  QJsonArray list;
  for (const QJsonValue v : QJsonDocument::fromJson(r.queryValue("SnapshotIds")).array()) {
    const QString id = v.toString();
    if (!s.snapshotPolls.contains(id)) continue;
    const int polls = ++s.snapshotPolls[id];
    const bool done = polls > s.snapshotPollsNeeded;
    const int percent = done ? 100 : polls * 100 / (s.snapshotPollsNeeded + 1);
    list.append(QJsonObject{{u"SnapshotId"_s, id},
                            {u"SourceDiskId"_s, s.snapshotDisks.value(id)},
                            {u"Status"_s, done ? u"accomplished"_s : u"progressing"_s},
                            {u"Progress"_s, u"%1%"_s.arg(percent)}});
  }
  MockAnswer a;
  a.body = {{u"TotalCount"_s, list.size()}, {u"Snapshots"_s, QJsonObject{{u"Snapshot"_s, list}}}};
  return a;
}

MockAnswer reboot(const AliyunMockServer::State &s, const MockHttpRequest &r) {
  const QJsonObject i = mockInstance(s, param(r, "InstanceId"));
  if (i.isEmpty()) return notFound(u"InstanceId"_s, param(r, "InstanceId"));
  if (!running(i)) return incorrectStatus();
  return MockAnswer{};
}

}  // namespace

std::optional<MockAnswer> mockAction(AliyunMockServer::State &s, const QString &action, const MockHttpRequest &r) {
  if (action == u"GetInstanceScreenshot"_s) return screenshot(s, r);
  if (action == u"RunCommand"_s) return runCommand(s, r);
  if (action == u"DescribeInvocationResults"_s) return invocationResults(s, r);
  if (action == u"DescribeDisks"_s) return describeDisks(s, r);
  if (action == u"CreateSnapshot"_s) return createSnapshot(s, r);
  if (action == u"DescribeSnapshots"_s) return describeSnapshots(s, r);
  if (action == u"RebootInstance"_s) return reboot(s, r);
  return std::nullopt;
}

}  // namespace rdpd::lab
