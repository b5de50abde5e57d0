#pragma once
// What a cloud action will do, as a pure value shown to the user before anything happens: which API calls, on
// which instance (and disk), what changes, what it costs, which RAM permissions it needs. The executors
// (console_screenshot.h, evidence_collect.h, snapshot_restart.h) take the plan together with an ActionConsent, and
// an ActionConsent can only be made from a plan (ActionConsent::afterShowing): no code path acts on the instance
// without a plan that was shown and agreed to. A consent covers exactly the plan it was made from (its fingerprint),
// so a changed plan (another instance, ForceStop added) needs a new yes; ForceStop needs a second, separate yes.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace rdpd::cloud {

enum class ActionKind {
  Screenshot,           // GetInstanceScreenshot: reads the console picture, changes nothing
  CollectEvidence,      // RunCommand of the read-only collector through Cloud Assistant, then its output
  Snapshot,             // CreateSnapshot of the system disk, waits until it is done
  SnapshotThenRestart,  // the same, then RebootInstance (step 11)
};
QString actionKindName(ActionKind k);  // "screenshot", "collect", "snapshot", "restart" (logs, CLI)

struct ActionTarget {
  QString instanceId;
  QString regionId;
  QString instanceName;  // may be empty
  QString status;        // as last read (Running, Stopped…); empty when not read
};

struct PlannedCall {
  QString action;     // RunCommand…
  QString ramAction;  // ecs:RunCommand…
  bool changes = false;
};

struct ActionPlan {
  ActionKind kind = ActionKind::Screenshot;
  ActionTarget target;
  bool forceStop = false;      // SnapshotThenRestart: RebootInstance ForceStop=true (second confirmation)
  QString diskId;              // when already known; else found with DescribeDisks DiskType=system
  QString scriptSha256;        // CollectEvidence: SHA-256 of the embedded collector script
  qsizetype scriptBytes = 0;   // its size
  qsizetype commandBytes = 0;  // the command content as sent (Base64)
  qsizetype commandLimit = 0;  // RunCommand's limit for it
  QString problem;             // translated: why this plan cannot run (e.g. the command is too large); empty = ok
  QList<PlannedCall> calls;    // in order

  bool changesInstance() const;
  // SHA-256 over every field above: what a consent is bound to.
  QByteArray fingerprint() const;
};

ActionPlan planScreenshot(const ActionTarget &t);
// commandBytes and limit from the collector command (collector_command.h).
ActionPlan planCollect(const ActionTarget &t, const QString &scriptSha256, qsizetype scriptBytes,
                       qsizetype commandBytes, qsizetype commandLimit);
ActionPlan planSnapshot(const ActionTarget &t, bool restartAfter, bool forceStop);

// Translated, several lines: what will be called, on what, what changes, what it costs, the permissions. The text a
// user must have seen before an ActionConsent is made.
QString describePlan(const ActionPlan &p);
// The second question for ForceStop (translated).
QString forceStopQuestion(const ActionPlan &p);

class ActionConsent {
 public:
  // The user saw describePlan(plan) and agreed. The only way to make a consent.
  static ActionConsent afterShowing(const ActionPlan &plan);
  // The user also answered yes to forceStopQuestion(plan).
  ActionConsent &confirmForceStop();
  // Empty when this consent covers the plan; else a translated sentence why not (nothing may be sent then).
  QString refusal(const ActionPlan &plan) const;

 private:
  ActionConsent() = default;
  QByteArray m_fingerprint;
  bool m_forceStopConfirmed = false;
};

}  // namespace rdpd::cloud
