#pragma once
// The cloud actions on the cloud tab, with the key in use: step 1 "Collect evidence through Cloud Assistant" (the
// read-only collector run inside Windows with RunCommand; what it finds goes into the diagnosis like an imported
// evidence file) and step 11 "Snapshot, then restart". The button is disabled with the reason when it cannot run
// (no key read yet, the instance not known, Cloud Assistant offline, a read in progress). It opens the consent
// (cloud_action_dialog.h); only after "Do it" does the action run (evidence_collect.h / snapshot_restart.h), with
// its progress, a Cancel button while cancelling still means something, and then the result sentence.

#include <QGroupBox>
#include <QPointer>
#include <memory>

#include "checks/cloud/action_plan.h"

class QLabel;
class QPushButton;

namespace rdpd {

namespace guest {
struct GuestEvidence;
}
namespace cloud {
class CloudAccess;
class EvidenceCollect;
class SnapshotRestart;
struct CollectResult;
struct SnapshotRestartResult;
}  // namespace cloud

class CloudActionBox final : public QGroupBox {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(CloudActionBox)

 public:
  // step 1: collect evidence; step 11: snapshot, then restart.
  CloudActionBox(int step, cloud::CloudAccess *access, QWidget *parent = nullptr);
  bool isRunning() const { return m_running; }
  // What the button does: opens the consent dialog.
  void openConsent();

 signals:
  void evidenceCollected(std::shared_ptr<const rdpd::guest::GuestEvidence> evidence);

 protected:
  void changeEvent(QEvent *e) override;

 private:
  void retranslate();
  void refresh();
  QString blockedReason() const;  // empty: can run
  void run(const cloud::ActionPlan &plan, const cloud::ActionConsent &consent);
  void runCollect(const cloud::ActionPlan &plan, const cloud::ActionConsent &consent);
  void runRestart(const cloud::ActionPlan &plan, const cloud::ActionConsent &consent);
  void collected(const cloud::CollectResult &r);
  void restarted(const cloud::SnapshotRestartResult &r);
  void cancel();
  void finish(const QString &message, bool error);

  const cloud::ActionKind m_kind;
  cloud::CloudAccess *m_access;
  QLabel *m_intro;
  QPushButton *m_start;
  QLabel *m_reason;
  QLabel *m_progress;
  QPushButton *m_cancel;
  QLabel *m_result;
  QPointer<cloud::EvidenceCollect> m_collect;
  QPointer<cloud::SnapshotRestart> m_snapshot;
  QString m_instanceId;  // of the action running or last run
  bool m_running = false;
};

}  // namespace rdpd
