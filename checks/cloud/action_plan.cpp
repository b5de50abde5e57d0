#include "checks/cloud/action_plan.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

namespace {

PlannedCall call(const QString &action, bool changes) { return {action, u"ecs:"_s + action, changes}; }

QString where(const ActionTarget &t) {
  QString s = t.instanceId;
  if (!t.instanceName.isEmpty()) s += u" (\""_s + t.instanceName + u"\")"_s;
  s += u", "_s + t.regionId;
  if (!t.status.isEmpty()) s += u", "_s + QCoreApplication::translate("CloudActions", "status %1").arg(t.status);
  return s;
}

QStringList whatItDoes(const ActionPlan &p) {
  switch (p.kind) {
    case ActionKind::Screenshot:
      return {QCoreApplication::translate(
          "CloudActions",
          "Take a picture of the instance's console screen (the same picture as the console's VNC shows).")};
    case ActionKind::CollectEvidence:
      return {QCoreApplication::translate("CloudActions", "Check that the Cloud Assistant agent is online."),
              QCoreApplication::translate(
                  "CloudActions",
                  "Run RDP Doctor's read-only evidence collector inside Windows through Cloud Assistant (as SYSTEM, "
                  "at most 5 minutes): collect-rdp-evidence.ps1, %1 bytes, SHA-256 %2. It reads settings and writes "
                  "only a temporary file that it deletes again.")
                  .arg(p.scriptBytes)
                  .arg(p.scriptSha256),
              QCoreApplication::translate(
                  "CloudActions", "Read the command's output and import it as evidence from inside the server.")};
    case ActionKind::Snapshot:
    case ActionKind::SnapshotThenRestart: {
      QStringList out{
          p.diskId.isEmpty()
              ? QCoreApplication::translate("CloudActions", "Find the instance's system disk (DescribeDisks).")
              : QCoreApplication::translate("CloudActions", "Use the system disk %1.").arg(p.diskId),
          QCoreApplication::translate(
              "CloudActions",
              "Create a snapshot of the system disk named \"rdp-doctor-before-restart-…\" and wait until it is "
              "complete (progress is shown; this can take from a few minutes to an hour).")};
      if (p.kind == ActionKind::SnapshotThenRestart)
        out << (p.forceStop
                    ? QCoreApplication::translate(
                          "CloudActions",
                          "Then force a restart (ForceStop: like pulling the power cord; data not yet "
                          "written to disk can be lost).")
                    : QCoreApplication::translate("CloudActions", "Then restart Windows normally (RebootInstance)."));
      return out;
    }
  }
  return {};
}

QStringList changes(const ActionPlan &p) {
  switch (p.kind) {
    case ActionKind::Screenshot:
      return {QCoreApplication::translate("CloudActions", "Nothing changes on the instance.")};
    case ActionKind::CollectEvidence:
      return {QCoreApplication::translate(
          "CloudActions", "No setting changes. A command run is recorded in the instance's Cloud Assistant history.")};
    case ActionKind::Snapshot:
      return {QCoreApplication::translate("CloudActions",
                                          "A new snapshot is added to the disk; the instance keeps running.")};
    case ActionKind::SnapshotThenRestart:
      return {QCoreApplication::translate("CloudActions", "A new snapshot is added to the disk."),
              QCoreApplication::translate(
                  "CloudActions",
                  "Windows restarts: everyone connected is disconnected, unsaved work is lost, and the server is "
                  "unreachable for one to several minutes.")};
  }
  return {};
}

QString cost(const ActionPlan &p) {
  if (p.kind == ActionKind::Snapshot || p.kind == ActionKind::SnapshotThenRestart)
    return QCoreApplication::translate(
        "CloudActions",
        "Cost: snapshots are billed by the storage they use, per GB and month, until you delete the snapshot "
        "(ECS console > Storage & Snapshots > Snapshots). RDP Doctor does not delete it.");
  if (p.kind == ActionKind::CollectEvidence)
    return QCoreApplication::translate(
        "CloudActions",
        "Cost: Cloud Assistant commands are free; they count towards the account's daily command quota.");
  return QCoreApplication::translate("CloudActions", "Cost: none.");
}

}  // namespace

QString actionKindName(ActionKind k) {
  switch (k) {
    case ActionKind::Screenshot:
      return u"screenshot"_s;
    case ActionKind::CollectEvidence:
      return u"collect"_s;
    case ActionKind::Snapshot:
      return u"snapshot"_s;
    case ActionKind::SnapshotThenRestart:
      return u"restart"_s;
  }
  return {};
}

bool ActionPlan::changesInstance() const {
  for (const PlannedCall &c : calls)
    if (c.changes) return true;
  return false;
}

QByteArray ActionPlan::fingerprint() const {
  QCryptographicHash h(QCryptographicHash::Sha256);
  const auto add = [&h](const QString &s) {
    h.addData(s.toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
  };
  add(actionKindName(kind));
  add(target.instanceId);
  add(target.regionId);
  add(forceStop ? u"force"_s : u"soft"_s);
  add(diskId);
  add(scriptSha256);
  add(QString::number(commandBytes));
  for (const PlannedCall &c : calls) add(c.action + (c.changes ? u"!"_s : u"?"_s));
  return h.result().toHex();
}

ActionPlan planScreenshot(const ActionTarget &t) {
  ActionPlan p;
  p.kind = ActionKind::Screenshot;
  p.target = t;
  p.calls = {call(u"GetInstanceScreenshot"_s, false)};
  return p;
}

ActionPlan planCollect(const ActionTarget &t, const QString &scriptSha256, qsizetype scriptBytes,
                       qsizetype commandBytes, qsizetype commandLimit) {
  ActionPlan p;
  p.kind = ActionKind::CollectEvidence;
  p.target = t;
  p.scriptSha256 = scriptSha256;
  p.scriptBytes = scriptBytes;
  p.commandBytes = commandBytes;
  p.commandLimit = commandLimit;
  p.calls = {call(u"DescribeCloudAssistantStatus"_s, false), call(u"RunCommand"_s, true),
             call(u"DescribeInvocationResults"_s, false)};
  if (commandBytes > commandLimit)
    p.problem = QCoreApplication::translate(
                    "CloudActions",
                    "The collector command is %1 bytes, more than the %2 bytes Cloud Assistant accepts: this build "
                    "cannot send it. Run the script through the console's VNC instead (step 1).")
                    .arg(commandBytes)
                    .arg(commandLimit);
  return p;
}

ActionPlan planSnapshot(const ActionTarget &t, bool restartAfter, bool forceStop) {
  ActionPlan p;
  p.kind = restartAfter ? ActionKind::SnapshotThenRestart : ActionKind::Snapshot;
  p.target = t;
  p.forceStop = restartAfter && forceStop;
  p.calls = {call(u"DescribeDisks"_s, false), call(u"CreateSnapshot"_s, true), call(u"DescribeSnapshots"_s, false)};
  if (restartAfter) p.calls << call(u"RebootInstance"_s, true);
  if (restartAfter && !t.status.isEmpty() && t.status != u"Running"_s)
    p.problem = QCoreApplication::translate(
                    "CloudActions",
                    "Instance %1 is %2: only a Running instance can be restarted. Start it in the ECS console "
                    "instead.")
                    .arg(t.instanceId, t.status);
  return p;
}

QString describePlan(const ActionPlan &p) {
  QString out = QCoreApplication::translate("CloudActions", "Instance: %1").arg(where(p.target)) + u'\n';
  out += QCoreApplication::translate("CloudActions", "What RDP Doctor will do:") + u'\n';
  int n = 0;
  for (const QString &line : whatItDoes(p)) out += u"  %1. "_s.arg(++n) + line + u'\n';
  out += QCoreApplication::translate("CloudActions", "What changes:") + u'\n';
  for (const QString &line : changes(p)) out += u"  - "_s + line + u'\n';
  out += cost(p) + u'\n';
  QStringList calls, ram;
  for (const PlannedCall &c : p.calls) {
    calls << c.action;
    if (!ram.contains(c.ramAction)) ram << c.ramAction;
  }
  out += QCoreApplication::translate("CloudActions", "API calls, in order: %1").arg(calls.join(u", "_s)) + u'\n';
  out += QCoreApplication::translate("CloudActions", "RAM permissions needed: %1").arg(ram.join(u", "_s)) + u'\n';
  if (!p.problem.isEmpty()) out += p.problem + u'\n';
  return out;
}

QString forceStopQuestion(const ActionPlan &p) {
  return QCoreApplication::translate(
             "CloudActions",
             "Force the restart of %1 (ForceStop)? Windows gets no chance to shut down: open files and data not yet "
             "written to disk can be lost. Answer no to stop here without doing anything.")
      .arg(p.target.instanceId);
}

ActionConsent ActionConsent::afterShowing(const ActionPlan &plan) {
  ActionConsent c;
  c.m_fingerprint = plan.fingerprint();
  return c;
}

ActionConsent &ActionConsent::confirmForceStop() {
  m_forceStopConfirmed = true;
  return *this;
}

QString ActionConsent::refusal(const ActionPlan &plan) const {
  if (!plan.problem.isEmpty()) return plan.problem;
  if (m_fingerprint.isEmpty() || m_fingerprint != plan.fingerprint())
    return QCoreApplication::translate(
        "CloudActions",
        "Nothing was done: this action was not agreed to as shown (the plan changed after it was shown). Show "
        "the plan again and answer yes.");
  if (plan.forceStop && !m_forceStopConfirmed)
    return QCoreApplication::translate("CloudActions",
                                       "Nothing was done: a forced restart (ForceStop) needs its own second yes.");
  return {};
}

}  // namespace rdpd::cloud
