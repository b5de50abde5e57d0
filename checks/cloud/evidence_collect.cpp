#include "checks/cloud/evidence_collect.h"

#include <spdlog/spdlog.h>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include "checks/cloud/ecs_json.h"
#include "checks/core/json_number.h"
#include "checks/core/logging.h"

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

namespace {

ApiCall ecs(const QString &action, const ActionTarget &t, QList<std::pair<QString, QString>> params) {
  ApiCall c;
  c.action = action;
  c.regionId = t.regionId;
  c.params = {{u"RegionId"_s, t.regionId}};
  c.params += params;
  return c;
}

// What the run's ErrorCode means for the user.
QString commandFailureText(const QString &status, const QString &errorCode, const QString &errorInfo, int exitCode) {
  if (errorCode == u"ClientNotRunning"_s || errorCode == u"ClientNotResponse"_s || errorCode == u"ClientIsUpgrading"_s)
    return QCoreApplication::translate(
               "CloudActions",
               "The Cloud Assistant agent did not take the command (%1): it is not running or not answering. Restart "
               "the instance or the \"AliyunService\" service through VNC, then try again.")
        .arg(errorCode);
  if (errorCode == u"InstanceNotRunning"_s)
    return QCoreApplication::translate("CloudActions",
                                       "The instance is not running, so the command could not run. Start it first.");
  if (status == u"Timeout"_s || errorCode == u"ExecutionTimeout"_s)
    return QCoreApplication::translate(
               "CloudActions",
               "The collector did not finish within the time allowed on the server (%1). Windows may be very busy: "
               "look at the console screenshot or VNC.")
        .arg(errorCode.isEmpty() ? status : errorCode);
  if (errorCode == u"DeliveryTimeout"_s || status == u"Aborted"_s)
    return QCoreApplication::translate(
               "CloudActions",
               "Cloud Assistant could not deliver the command to the instance in time (%1). The agent may have lost "
               "its connection to the cloud: check that the instance can reach the Cloud Assistant service.")
        .arg(errorCode.isEmpty() ? status : errorCode);
  return QCoreApplication::translate("CloudActions",
                                     "The collector failed on the server: status %1, exit code %2, %3 %4")
      .arg(status)
      .arg(exitCode)
      .arg(errorCode, errorInfo)
      .trimmed();
}

}  // namespace

bool invocationFinished(const QString &status) {
  static const QStringList running{u"Pending"_s, u"Running"_s, u"Scheduled"_s, u"Stopping"_s};
  return !status.isEmpty() && !running.contains(status);
}

InvocationResult parseInvocationResult(const QByteArray &body) {
  const QJsonArray results = QJsonDocument::fromJson(body)
                                 .object()
                                 .value(u"Invocation"_s)
                                 .toObject()
                                 .value(u"InvocationResults"_s)
                                 .toObject()
                                 .value(u"InvocationResult"_s)
                                 .toArray();
  const QJsonObject o = results.isEmpty() ? QJsonObject() : results.first().toObject();
  InvocationResult r;
  r.status = o.value(u"InvocationStatus"_s).toString().left(40);
  r.exitCode = o.value(u"ExitCode"_s).toInt();
  const QByteArray b64 = o.value(u"Output"_s).toString().toLatin1();
  if (const auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors))
    r.output = *decoded;
  // Through integralNumber(): a number no qint64 can hold (3.3e68, found by fuzz_cloud_action_reply) is no count.
  r.dropped = integralNumber(o.value(u"Dropped"_s), 0).value_or(0);
  r.errorCode = o.value(u"ErrorCode"_s).toString().left(80);
  r.errorInfo = o.value(u"ErrorInfo"_s).toString().left(500);
  return r;
}

ApiCall runCommandCall(const ActionTarget &t, const CollectorCommand &command, int timeoutSeconds) {
  return ecs(u"RunCommand"_s, t,
             {{u"Type"_s, u"RunPowerShellScript"_s},
              {u"CommandContent"_s, QString::fromLatin1(command.contentBase64)},
              {u"ContentEncoding"_s, u"Base64"_s},
              {u"InstanceId.1"_s, t.instanceId},
              {u"Name"_s, u"rdp-doctor-collect-evidence"_s},
              {u"Description"_s, u"RDP Doctor read-only evidence collector, script SHA-256 "_s + command.scriptSha256},
              {u"Timeout"_s, QString::number(timeoutSeconds)},
              {u"KeepCommand"_s, u"false"_s}});
}

EvidenceCollect::EvidenceCollect(ApiClient *client, CollectorCommand command, QObject *parent)
    : QObject(parent), m_client(client), m_command(std::move(command)) {}

void EvidenceCollect::start(const ActionPlan &plan, const ActionConsent &consent, std::function<void(QString)> progress,
                            std::function<void(CollectResult)> done) {
  m_plan = plan;
  m_progress = std::move(progress);
  m_done = std::move(done);
  QString why = consent.refusal(plan);
  if (why.isEmpty() && (plan.kind != ActionKind::CollectEvidence || plan.scriptSha256 != m_command.scriptSha256 ||
                        plan.commandBytes != m_command.contentBase64.size()))
    why = QCoreApplication::translate("CloudActions",
                                      "Nothing was done: the command to run is not the one the plan showed.");
  if (!why.isEmpty()) {
    spdlog::info("cloud action: collect refused before sending anything");
    CollectResult r;
    r.outcome = CollectResult::Outcome::Refused;
    r.message = why;
    QTimer::singleShot(0, this, [this, r] { finish(r); });
    return;
  }
  checkAgent();
}

void EvidenceCollect::checkAgent() {
  QPointer<EvidenceCollect> self(this);
  m_client->send(ecs(u"DescribeCloudAssistantStatus"_s, m_plan.target, {{u"InstanceId.1"_s, m_plan.target.instanceId}}),
                 [self](const ApiOutcome &o) {
                   if (!self || self->m_finished) return;
                   if (!o.ok()) return self->fail(o);
                   const CloudDocument d = parseCloudDocument(o.body);
                   const AssistantStatus *mine = nullptr;
                   for (const AssistantStatus &a : d.assistant)
                     if (a.instanceId == self->m_plan.target.instanceId) mine = &a;
                   if (!mine || mine->online != true) {
                     CollectResult r;
                     r.outcome = CollectResult::Outcome::AgentOffline;
                     r.message =
                         QCoreApplication::translate(
                             "CloudActions",
                             "The Cloud Assistant agent on %1 is offline (last heartbeat: %2), so no command can run "
                             "there. Nothing was sent. Collect the evidence through the console's VNC instead (step "
                             "1), or restart the instance (step 11) and try again.")
                             .arg(self->m_plan.target.instanceId,
                                  mine && !mine->lastHeartbeat.isEmpty()
                                      ? mine->lastHeartbeat
                                      : QCoreApplication::translate("CloudActions", "unknown"));
                     return self->finish(r);
                   }
                   self->run();
                 });
}

void EvidenceCollect::run() {
  QPointer<EvidenceCollect> self(this);
  m_sent = true;
  spdlog::info("cloud action: RunCommand collector (script sha256 {}) on {}", m_command.scriptSha256,
               m_plan.target.instanceId);
  m_client->send(runCommandCall(m_plan.target, m_command, m_config.commandTimeoutSeconds), [self](const ApiOutcome &o) {
    if (!self || self->m_finished) return;
    if (!o.ok()) return self->fail(o);
    self->m_invokeId = QJsonDocument::fromJson(o.body).object().value(u"InvokeId"_s).toString();
    if (self->m_invokeId.isEmpty()) {
      ApiOutcome bad = o;
      bad.failure = ApiFailure::Malformed;
      return self->fail(bad);
    }
    self->m_waitedMs += self->m_config.firstPollMs;
    self->m_client->seams().sleep(self->m_config.firstPollMs, self, [self] {
      if (self) self->poll();
    });
  });
}

void EvidenceCollect::poll() {
  if (m_finished) return;
  QPointer<EvidenceCollect> self(this);
  m_client->send(ecs(u"DescribeInvocationResults"_s, m_plan.target,
                     {{u"InvokeId"_s, m_invokeId},
                      {u"InstanceId"_s, m_plan.target.instanceId},
                      {u"ContentEncoding"_s, u"Base64"_s}}),
                 [self](const ApiOutcome &o) {
                   if (!self || self->m_finished) return;
                   if (!o.ok()) return self->fail(o);
                   self->readResult(o.body);
                 });
}

void EvidenceCollect::readResult(const QByteArray &body) {
  const InvocationResult res = parseInvocationResult(body);
  const QString status = res.status;
  if (status != m_lastStatus && m_progress) m_progress(status.isEmpty() ? u"Pending"_s : status);
  m_lastStatus = status;
  if (!invocationFinished(status)) {
    if (m_waitedMs >= m_config.timeoutMs) {
      CollectResult r;
      r.outcome = CollectResult::Outcome::TimedOut;
      r.message = QCoreApplication::translate("CloudActions",
                                              "The collector gave no result within %n second(s). It may still finish "
                                              "on the server: its output stays in the ECS console (Cloud Assistant > "
                                              "command history, invocation %1) for two weeks.",
                                              nullptr, m_config.timeoutMs / 1000)
                      .arg(m_invokeId);
      return finish(r);
    }
    m_waitedMs += m_config.pollIntervalMs;
    QPointer<EvidenceCollect> self(this);
    m_client->seams().sleep(m_config.pollIntervalMs, this, [self] {
      if (self) self->poll();
    });
    return;
  }
  CollectResult r;
  r.invocationStatus = status;
  if (status != u"Success"_s) {
    r.outcome = CollectResult::Outcome::CommandFailed;
    r.message = commandFailureText(status, res.errorCode, res.errorInfo, res.exitCode);
    if (res.output) r.outputText = decodeConsoleOutput(*res.output, &r.outputEncoding);
    return finish(r);
  }
  importOutput(res.output.value_or(QByteArray()), res.dropped, r);
}

void EvidenceCollect::importOutput(const QByteArray &raw, qint64 dropped, CollectResult r) {
  const CollectorOutput out = parseCollectorOutput(raw, dropped);
  r.outputEncoding = out.encoding;
  r.outputText = decodeConsoleOutput(raw, &r.outputEncoding);
  if (out.scriptHashRefused) {
    r.outcome = CollectResult::Outcome::BadOutput;
    r.message = QCoreApplication::translate(
        "CloudActions",
        "The server refused to run the collector: the script it unpacked did not have the SHA-256 shown "
        "in the plan. Nothing was collected.");
    return finish(r);
  }
  if (!out.evidenceJson.isEmpty()) {
    r.import = guest::EvidenceImport::fromJson(out.evidenceJson);
    if (r.import.ok()) {
      r.outcome = CollectResult::Outcome::Imported;
      if (!out.hashMatches)
        r.warnings << QCoreApplication::translate(
            "CloudActions",
            "The evidence arrived changed on the way (its SHA-256 differs from the one the server "
            "printed); it was imported because it is a valid evidence document.");
      return finish(r);
    }
  }
  if (!out.code.isEmpty()) {
    r.import = guest::EvidenceImport::fromCode(out.code);
    if (r.import.ok()) {
      r.outcome = CollectResult::Outcome::ImportedCode;
      r.warnings << QCoreApplication::translate(
                        "CloudActions",
                        "The full evidence did not fit into the %1 KB Cloud Assistant returns, so only the short code "
                        "was imported (fewer facts).")
                        .arg(kInvocationOutputLimit / 1024);
      return finish(r);
    }
  }
  r.outcome = CollectResult::Outcome::BadOutput;
  r.message = out.evidenceJson.isEmpty() && out.cutOff
                  ? QCoreApplication::translate(
                        "CloudActions", "The collector's output was cut off at %1 KB and held no usable evidence.")
                        .arg(kInvocationOutputLimit / 1024)
                  : QCoreApplication::translate(
                        "CloudActions",
                        "The collector ran, but its output holds no evidence RDP Doctor can read. What the server "
                        "printed: %1")
                        .arg(out.otherLines.mid(0, 5).join(u" | "_s));
  finish(r);
}

void EvidenceCollect::cancel() {
  if (m_finished) return;
  CollectResult r;
  r.outcome = CollectResult::Outcome::Cancelled;
  r.message = m_sent ? QCoreApplication::translate(
                           "CloudActions",
                           "Stopped waiting. The collector may still finish on the server (invocation %1); nothing "
                           "else is sent.")
                           .arg(m_invokeId.isEmpty() ? QCoreApplication::translate("CloudActions", "not yet known")
                                                     : m_invokeId)
                     : QCoreApplication::translate("CloudActions", "Stopped before anything was sent.");
  m_client->abortAll();
  finish(r);
}

void EvidenceCollect::fail(const ApiOutcome &o) {
  CollectResult r;
  r.outcome = CollectResult::Outcome::ApiFailed;
  r.failure = o;
  r.message = failureMessage(o, m_client->credentials().maskedKeyId());
  finish(r);
}

void EvidenceCollect::finish(CollectResult r) {
  if (m_finished) return;
  m_finished = true;
  r.invokeId = m_invokeId;
  r.commandSent = m_sent;
  if (r.invocationStatus.isEmpty()) r.invocationStatus = m_lastStatus;
  spdlog::info("cloud action: collect finished ({}), invocation {}, output encoding {}", int(r.outcome),
               m_invokeId.isEmpty() ? u"-"_s : m_invokeId, r.outputEncoding.isEmpty() ? u"-"_s : r.outputEncoding);
  if (m_done) m_done(std::move(r));
}

}  // namespace rdpd::cloud
