#include "checks/core/runner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {
constexpr int kGraceMs = 400;  // a well-behaved check returns within its budget; this is only the safety net

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
}  // namespace

CheckRunner::CheckRunner(const CheckRegistry &registry, const Services &services, QObject *parent)
    : QObject(parent), m_registry(registry), m_services(services) {
  qRegisterMetaType<rdpd::CheckResult>();
  // Probes mostly wait on the network: many may run at once.
  m_pool.setMaxThreadCount(48);
  m_pool.setExpiryTimeout(5000);
}

CheckRunner::~CheckRunner() {
  ++m_generation;
  for (const auto &t : std::as_const(m_running)) t->cancel();
  m_pool.waitForDone(3000);
}

int CheckRunner::budgetFor(const CheckInfo &info) const {
  const int overall = m_timeoutOverride > 0 ? m_timeoutOverride : kDefaultTimeoutMs;
  const double scale = double(overall) / double(kDefaultTimeoutMs);
  return qBound(qMin(200, overall), int(info.timeoutMs * scale), overall);
}

void CheckRunner::start(const Target &target, QStringList ids, QHash<QString, CheckResult> prior) {
  if (isRunning()) cancel();
  ++m_generation;
  m_target = target;
  m_results = std::move(prior);
  m_live = std::make_shared<LiveResults>();
  for (const CheckResult &r : std::as_const(m_results)) m_live->publish(r);
  m_pending.clear();
  m_running.clear();
  m_startedAtMs.clear();
  if (ids.isEmpty()) ids = m_registry.automaticIds();

  // Plan: the requested checks plus any dependency neither requested nor known, dependencies first.
  QStringList plan;
  std::function<void(const QString &)> addWithDeps = [&](const QString &id) {
    if (plan.contains(id)) return;
    const Check *c = m_registry.find(id);
    if (!c) {
      spdlog::warn("runner: unknown check id {}", id.toStdString());
      return;
    }
    for (const QString &dep : c->info().dependsOn) {
      if (!m_results.contains(dep) || ids.contains(dep)) addWithDeps(dep);
    }
    plan.append(id);
  };
  for (const QString &id : std::as_const(ids)) {
    m_results.remove(id);  // re-run: forget the old result
  }
  for (const QString &id : std::as_const(ids)) addWithDeps(id);

  m_pending = plan;
  m_total = int(plan.size());
  m_done = 0;
  emit progress(0, m_total);
  if (m_total == 0) {
    emit finished(false);
    return;
  }
  launchReady();
}

void CheckRunner::launchReady() {
  const quint64 gen = m_generation;
  // Decide first, launch after: a check that finishes at once completes re-entrantly (the continuation may run
  // inline), which calls launchReady() again, so m_pending must not be iterated while checks are launched.
  QStringList ready;
  for (const QString &id : std::as_const(m_pending)) {
    const CheckInfo info = m_registry.find(id)->info();
    const bool depsDone = std::all_of(info.dependsOn.cbegin(), info.dependsOn.cend(), [&](const QString &dep) {
      return m_results.contains(dep) || (!m_pending.contains(dep) && !m_running.contains(dep));
    });
    if (depsDone) ready << id;
  }
  for (const QString &id : std::as_const(ready)) m_pending.removeOne(id);

  for (const QString &id : std::as_const(ready)) {
    if (gen != m_generation) return;  // a completion cancelled or restarted the run meanwhile
    const Check *check = m_registry.find(id);
    const CheckInfo info = check->info();
    const int budget = budgetFor(info);
    auto token = std::make_shared<CancelToken>(std::chrono::milliseconds(budget));
    m_running.insert(id, token);
    m_startedAtMs.insert(id, nowMs());

    CheckContext ctx;
    ctx.target = m_target;
    ctx.prior = m_results;
    ctx.token = token;
    ctx.services = &m_services;
    ctx.timeoutMs = budget;
    ctx.live = m_live;

    emit checkStarted(id);
    QFuture<CheckResult> f = QtConcurrent::run(&m_pool, [check, ctx]() -> CheckResult {
      try {
        return check->run(ctx);
      } catch (const std::exception &e) {
        spdlog::error("check {} threw: {}", check->info().id.toStdString(), e.what());
        return makeResult(Status::Error, {{u"internal_error"_s, QString::fromUtf8(e.what())}});
      }
    });
    QTimer::singleShot(budget + kGraceMs, this, [this, gen, id] { timedOut(gen, id); });
    // The result comes back through a QFutureWatcher, always through the event loop (never inline, so completions
    // cannot re-enter here). Not QFuture::then(context, ...): in Qt 6.4 a continuation attached while the check is
    // finishing on its thread can run twice, and the second run crashed in QFutureInterfaceBase::reportStarted on
    // the first run's moved-from promise (seen under Wine, 2026-12-06). A watcher is a child of the runner: a runner
    // that goes away takes its pending deliveries with it.
    auto *watcher = new QFutureWatcher<CheckResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, gen, id] {
      watcher->deleteLater();
      complete(gen, id, watcher->result());
    });
    watcher->setFuture(f);
  }
}

void CheckRunner::complete(quint64 generation, const QString &id, CheckResult r) {
  if (generation != m_generation || !m_running.contains(id)) return;  // stale: cancelled, timed out or restarted
  const Check *check = m_registry.find(id);
  const CheckInfo info = check->info();
  m_running.remove(id);
  r.id = id;
  r.step = info.step;
  r.origin = info.origin;
  r.durationMs = nowMs() - m_startedAtMs.value(id);
  r.finishedAt = QDateTime::currentDateTimeUtc();
  r.summary = check->summarize(r);
  if (r.detail.isEmpty()) r.detail = check->explain(r);
  m_results.insert(id, r);
  m_live->publish(r);
  ++m_done;
  spdlog::info("check {} -> {} in {} ms", id.toStdString(), toString(r.status).toStdString(), r.durationMs);
  emit checkFinished(r);
  emit progress(m_done, m_total);
  if (m_cancelling) return;
  launchReady();
  if (!isRunning()) emit finished(false);
}

void CheckRunner::timedOut(quint64 generation, const QString &id) {
  if (generation != m_generation || !m_running.contains(id)) return;
  m_running.value(id)->cancel();
  CheckResult r = makeResult(Status::Error, {{u"timed_out"_s, true}, {u"timeout_ms"_s, budgetFor(m_registry.find(id)->info())}});
  r.detail = QCoreApplication::translate("Runner", "This check did not finish in time and was stopped.");
  complete(generation, id, std::move(r));
}

void CheckRunner::cancel() {
  if (!isRunning()) return;
  const QStringList running = m_running.keys();
  for (const auto &t : std::as_const(m_running)) t->cancel();
  m_pending.clear();
  const quint64 gen = m_generation;
  m_cancelling = true;
  for (const QString &id : running) {
    CheckResult r = makeResult(Status::Skipped, {{u"cancelled"_s, true}});
    complete(gen, id, std::move(r));
  }
  m_cancelling = false;
  ++m_generation;  // late results from the cancelled probes are ignored
  m_running.clear();
  emit finished(true);
}

}  // namespace rdpd
