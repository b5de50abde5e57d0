#pragma once
// One diagnosis as the wizard lives it: the target, every check result as it arrives, the manual confirmations the
// user ticked, a note per step and the client's error text. Widgets-free, so the CLI and tests can drive it too.
// Owns the CheckRunner; never blocks the thread it lives on.

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

#include "checks/core/check_result.h"
#include "checks/core/registry.h"
#include "checks/core/runner.h"
#include "checks/core/services.h"
#include "checks/core/target.h"
#include "checks/verdict/verdict.h"

namespace rdpd {

class Diagnosis final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(Diagnosis)

 public:
  explicit Diagnosis(const CheckRegistry &registry = CheckRegistry::standard(),
                     const Services &services = Services::system(), QObject *parent = nullptr);
  ~Diagnosis() override;

  // Forgets earlier results and runs every automatic check against target.
  void start(const Target &target);
  // Re-runs the automatic checks shown on that step; other results are reused for dependencies.
  void rerunStep(int step);
  // Re-runs just these checks, keeping every other result (and using them for dependencies).
  void rerunChecks(const QStringList &ids);
  // New evidence from inside the server. After a finished run only the guest checks run again (every remote
  // result stays, so the user keeps what they saw and the verdict combines both); while probes still run, the run
  // restarts with the evidence. Before the first start it is simply kept for it.
  void setGuestEvidence(std::shared_ptr<const guest::GuestEvidence> evidence);
  // The cloud's view (imported aliyun CLI output or read with a key; null to forget it): the same way, only the
  // cloud checks run again after a finished run, and the verdict combines them with everything else.
  void setCloudEvidence(std::shared_ptr<const cloud::CloudEvidence> evidence);
  // Stops whatever runs now; running checks end as skipped (cancelled), pending ones stay "not run".
  void cancel();

  const Target &target() const { return m_target; }
  bool hasStarted() const { return m_started; }
  // True once a run ended without being cancelled.
  bool isComplete() const { return m_complete; }
  bool isRunning() const { return m_runner.isRunning(); }
  bool isCheckRunning(const QString &id) const { return m_runningIds.contains(id); }
  bool isStepRunning(int step) const;

  const QHash<QString, CheckResult> &results() const { return m_results; }
  std::optional<CheckResult> result(const QString &id) const;
  // Worst status of the step's checks (by severity); nullopt when none of them has a result yet.
  std::optional<Status> stepStatus(int step) const;
  // Results of the checks shown on that step, in registry order.
  QList<CheckResult> stepResults(int step) const;
  QList<Cause> causes() const { return rankCauses(m_results); }

  void setConfirmed(const QString &confirmationId, bool on);
  bool isConfirmed(const QString &confirmationId) const { return m_confirmed.contains(confirmationId); }
  const QSet<QString> &confirmations() const { return m_confirmed; }

  void setNote(int step, const QString &text);
  QString note(int step) const { return m_notes.value(step); }
  void setClientError(const QString &text);
  QString clientError() const { return m_clientError; }

  const CheckRegistry &registry() const { return m_registry; }
  // Re-describes every summary and explanation in the current language (call after switching translators).
  void retranslate();

 signals:
  void resultChanged(const QString &id);   // a result arrived or a check started/stopped running
  void runningChanged(bool running);
  void progress(int done, int total);
  void finished(bool cancelled);
  void confirmationsChanged();

 private:
  void onFinished(bool cancelled);
  void rerunOrigin(Origin origin);

  const CheckRegistry &m_registry;
  CheckRunner m_runner;
  Target m_target;
  QHash<QString, CheckResult> m_results;
  QSet<QString> m_runningIds;
  QSet<QString> m_confirmed;
  QHash<int, QString> m_notes;
  QString m_clientError;
  bool m_started = false;
  bool m_complete = false;
  bool m_running = false;
};

}  // namespace rdpd
