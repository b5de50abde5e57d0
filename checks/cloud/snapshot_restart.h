#pragma once
// Step 11, with a consent for a Snapshot or SnapshotThenRestart plan: finds the system disk (DescribeDisks
// DiskType=system), creates a snapshot of it (CreateSnapshot), polls DescribeSnapshots until it is accomplished
// (progress reported), then — for SnapshotThenRestart — sends RebootInstance (ForceStop only when the plan says so
// and the consent has the second yes). Cancellable until RebootInstance is sent; after that the restart is under
// way and the result says so. Asynchronous; the waits go through the client's sleep seam.

#include <QObject>
#include <QString>
#include <functional>

#include "checks/cloud/action_plan.h"
#include "checks/cloud/api_client.h"

namespace rdpd::cloud {

struct SnapshotProgress {
  QString stage;  // "disk", "snapshot", "restart"
  QString snapshotId;
  int percent = 0;  // snapshot progress, 0–100
};

struct SnapshotRestartResult {
  enum class Outcome {
    Done,            // the snapshot is complete (and, for a restart plan, RebootInstance was accepted)
    Refused,         // no consent for this plan: nothing was sent
    NoSystemDisk,    // DescribeDisks listed no system disk
    SnapshotFailed,  // the snapshot ended as failed
    ApiFailed,       // a call failed (permission, state, throttling, network…)
    TimedOut,        // the snapshot was not complete in time (nothing restarted)
    Cancelled,       // stopped before the restart was sent
  };
  Outcome outcome = Outcome::ApiFailed;
  QString diskId;
  QString snapshotId;
  bool rebootSent = false;  // RebootInstance was accepted by the cloud
  bool forceStop = false;
  QString message;  // translated: what happened, what was and was not done
  ApiOutcome failure;
  bool ok() const { return outcome == Outcome::Done; }
};

struct SnapshotConfig {
  int pollIntervalMs = 5000;
  int timeoutMs = 60 * 60 * 1000;  // a first snapshot of a large disk can take most of an hour
};

class SnapshotRestart final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(SnapshotRestart)

 public:
  explicit SnapshotRestart(ApiClient *client, QObject *parent = nullptr) : QObject(parent), m_client(client) {}
  void setConfig(const SnapshotConfig &c) { m_config = c; }
  void start(const ActionPlan &plan, const ActionConsent &consent, std::function<void(SnapshotProgress)> progress,
             std::function<void(SnapshotRestartResult)> done);
  // Before RebootInstance is sent: stops at once (a snapshot already requested stays and is named in the result).
  // Afterwards: does nothing (returns false) — the restart cannot be called back.
  bool cancel();
  bool rebootSent() const { return m_rebootSent; }

 private:
  void findDisk();
  void createSnapshot();
  void poll();
  void readSnapshot(const QByteArray &body);
  void reboot();
  void fail(const ApiOutcome &o);
  void finish(SnapshotRestartResult r);
  ApiCall ecs(const QString &action, QList<std::pair<QString, QString>> params) const;

  ApiClient *m_client;
  SnapshotConfig m_config;
  ActionPlan m_plan;
  std::function<void(SnapshotProgress)> m_progress;
  std::function<void(SnapshotRestartResult)> m_done;
  QString m_diskId;
  QString m_snapshotId;
  qint64 m_waitedMs = 0;
  bool m_rebootSent = false;
  bool m_rebootInFlight = false;
  bool m_finished = false;
};

}  // namespace rdpd::cloud
