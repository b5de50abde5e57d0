#include "checks/diagnosis/diagnosis.h"

#include <spdlog/spdlog.h>

namespace rdpd {

Diagnosis::Diagnosis(const CheckRegistry &registry, const Services &services, QObject *parent)
    : QObject(parent), m_registry(registry), m_runner(registry, services) {
  connect(&m_runner, &CheckRunner::checkStarted, this, [this](const QString &id) {
    m_runningIds.insert(id);
    emit resultChanged(id);
  });
  connect(&m_runner, &CheckRunner::checkFinished, this, [this](const CheckResult &r) {
    m_runningIds.remove(r.id);
    m_results.insert(r.id, r);
    emit resultChanged(r.id);
  });
  connect(&m_runner, &CheckRunner::progress, this, &Diagnosis::progress);
  connect(&m_runner, &CheckRunner::finished, this, &Diagnosis::onFinished);
}

Diagnosis::~Diagnosis() { m_runner.cancel(); }

void Diagnosis::start(const Target &target) {
  if (m_runner.isRunning()) cancel();
  m_target = target;
  m_target.clientError = m_clientError;
  m_started = true;
  m_complete = false;
  const QStringList old = m_results.keys();
  m_results.clear();
  for (const QString &id : old) emit resultChanged(id);
  if (!m_running) {
    m_running = true;
    emit runningChanged(true);
  }
  spdlog::info("session: diagnosis started");
  m_runner.start(m_target);
}

void Diagnosis::rerunStep(int step) {
  QStringList ids;
  for (const Check *c : m_registry.forStep(step)) {
    if (c->info().automatic) ids << c->info().id;
  }
  rerunChecks(ids);
}

void Diagnosis::rerunChecks(const QStringList &ids) {
  if (!m_started || ids.isEmpty()) return;
  if (m_runner.isRunning()) cancel();
  QHash<QString, CheckResult> prior = m_results;
  for (const QString &id : std::as_const(ids)) {
    prior.remove(id);
    if (m_results.remove(id)) emit resultChanged(id);
  }
  if (!m_running) {
    m_running = true;
    emit runningChanged(true);
  }
  m_complete = false;
  m_runner.start(m_target, ids, prior);
}

void Diagnosis::setGuestEvidence(std::shared_ptr<const guest::GuestEvidence> evidence) {
  m_target.guestEvidence = std::move(evidence);
  rerunOrigin(Origin::Guest);
}

void Diagnosis::setCloudEvidence(std::shared_ptr<const cloud::CloudEvidence> evidence) {
  m_target.cloudEvidence = std::move(evidence);
  rerunOrigin(Origin::Cloud);
}

void Diagnosis::rerunOrigin(Origin origin) {
  if (!m_started) return;
  if (m_runner.isRunning()) {
    start(m_target);
    return;
  }
  QStringList ids;
  for (const Check *c : m_registry.all()) {
    const CheckInfo i = c->info();
    if (i.automatic && i.origin == origin) ids << i.id;
  }
  rerunChecks(ids);
}

void Diagnosis::cancel() {
  if (!m_runner.isRunning()) return;
  m_runner.cancel();  // emits checkFinished (skipped) for running checks, then finished(true)
}

void Diagnosis::onFinished(bool cancelled) {
  const QSet<QString> stale = m_runningIds;
  m_runningIds.clear();
  for (const QString &id : stale) emit resultChanged(id);
  m_complete = !cancelled;
  if (m_running) {
    m_running = false;
    emit runningChanged(false);
  }
  emit finished(cancelled);
}

bool Diagnosis::isStepRunning(int step) const {
  for (const QString &id : m_runningIds) {
    if (m_registry.showsOn(id, step)) return true;
  }
  return false;
}

std::optional<CheckResult> Diagnosis::result(const QString &id) const {
  auto it = m_results.constFind(id);
  if (it == m_results.constEnd()) return std::nullopt;
  return it.value();
}

QList<CheckResult> Diagnosis::stepResults(int step) const {
  QList<CheckResult> out;
  for (const Check *c : m_registry.forStep(step)) {
    auto it = m_results.constFind(c->info().id);
    if (it != m_results.constEnd()) out << it.value();
  }
  return out;
}

std::optional<Status> Diagnosis::stepStatus(int step) const {
  std::optional<Status> worst;
  for (const CheckResult &r : stepResults(step)) {
    if (!worst || severity(r.status) > severity(*worst)) worst = r.status;
  }
  return worst;
}

void Diagnosis::setConfirmed(const QString &confirmationId, bool on) {
  const bool had = m_confirmed.contains(confirmationId);
  if (had == on) return;
  if (on) m_confirmed.insert(confirmationId);
  else m_confirmed.remove(confirmationId);
  emit confirmationsChanged();
}

void Diagnosis::setNote(int step, const QString &text) {
  if (text.isEmpty()) m_notes.remove(step);
  else m_notes.insert(step, text);
}

void Diagnosis::setClientError(const QString &text) {
  m_clientError = text;
  m_target.clientError = text;
}

void Diagnosis::retranslate() {
  for (auto it = m_results.begin(); it != m_results.end(); ++it) {
    it->summary = m_registry.summarize(it.value());
    const QString explained = m_registry.explain(it.value());
    if (!explained.isEmpty()) it->detail = explained;
  }
  for (auto it = m_results.cbegin(); it != m_results.cend(); ++it) emit resultChanged(it.key());
}

}  // namespace rdpd
