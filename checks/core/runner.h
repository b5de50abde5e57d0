#pragma once
// Runs checks concurrently on a thread pool, in dependency order, each within its own timeout, and reports progress
// with signals on the thread that owns the runner. Never blocks that thread; cancel() returns at once and the
// probes stop within their next poll slice.

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

#include "checks/core/check.h"
#include "checks/core/registry.h"
#include "checks/core/services.h"

namespace rdpd {

class CheckRunner final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(CheckRunner)

 public:
  explicit CheckRunner(const CheckRegistry &registry = CheckRegistry::standard(),
                       const Services &services = Services::system(), QObject *parent = nullptr);
  ~CheckRunner() override;

  // Starts the given checks (empty = every automatic check) against target. Results already known (e.g. from an
  // earlier run) are passed in prior and satisfy dependencies without re-running them. Dependencies not known
  // and not requested are added to the plan. Starting while running cancels the previous run first.
  void start(const Target &target, QStringList ids = {}, QHash<QString, CheckResult> prior = {});
  void cancel();
  bool isRunning() const { return !m_pending.isEmpty() || !m_running.isEmpty(); }
  // The overall timeout (default 3000 ms): no check's budget exceeds it, and checks with a shorter default scale
  // with it. With an IP address as target, a whole run therefore ends within about this time.
  void setTimeoutMs(int ms) { m_timeoutOverride = ms; }
  static constexpr int kDefaultTimeoutMs = 3000;
  const QHash<QString, CheckResult> &results() const { return m_results; }
  // Waits at most ms for every check thread to return and exit, e.g. a check that outlived its budget (it was
  // reported as timed out but its thread still ran). True when none is left. Call before the program ends.
  bool waitForChecks(int ms) { return m_pool.waitForDone(ms); }

 signals:
  void checkStarted(const QString &id);
  void checkFinished(const rdpd::CheckResult &result);
  void progress(int done, int total);
  void finished(bool cancelled);

 private:
  struct Running;
  void launchReady();
  void complete(quint64 generation, const QString &id, CheckResult r);
  void timedOut(quint64 generation, const QString &id);
  int budgetFor(const CheckInfo &info) const;

  const CheckRegistry &m_registry;
  const Services &m_services;
  QThreadPool m_pool;
  Target m_target;
  QHash<QString, CheckResult> m_results;
  std::shared_ptr<LiveResults> m_live;
  QStringList m_pending;                      // planned, not started
  QHash<QString, CancelTokenPtr> m_running;   // started, not finished
  QHash<QString, qint64> m_startedAtMs;
  int m_total = 0;
  int m_done = 0;
  int m_timeoutOverride = 0;
  quint64 m_generation = 0;
  bool m_cancelling = false;
};

}  // namespace rdpd

Q_DECLARE_METATYPE(rdpd::CheckResult)
