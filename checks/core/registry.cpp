#include "checks/core/registry.h"

namespace rdpd {

void CheckRegistry::add(std::shared_ptr<const Check> check) {
  Q_ASSERT(check && !find(check->info().id));
  m_checks.push_back(std::move(check));
}

const Check *CheckRegistry::find(const QString &id) const {
  for (const auto &c : m_checks) {
    if (c->info().id == id) return c.get();
  }
  return nullptr;
}

QList<const Check *> CheckRegistry::all() const {
  QList<const Check *> out;
  for (const auto &c : m_checks) out.append(c.get());
  return out;
}

QList<const Check *> CheckRegistry::forStep(int step) const {
  QList<const Check *> out;
  for (const auto &c : m_checks) {
    if (c->info().showsOn(step)) out.append(c.get());
  }
  return out;
}

QStringList CheckRegistry::automaticIds() const {
  QStringList out;
  for (const auto &c : m_checks) {
    if (c->info().automatic) out.append(c->info().id);
  }
  return out;
}

QString CheckRegistry::summarize(const CheckResult &r) const {
  const Check *c = find(r.id);
  return c ? c->summarize(r) : r.summary;
}

QString CheckRegistry::explain(const CheckResult &r) const {
  const Check *c = find(r.id);
  return c ? c->explain(r) : r.detail;
}

QString CheckRegistry::title(const QString &id) const {
  const Check *c = find(id);
  return c ? c->title() : id;
}

const CheckRegistry &CheckRegistry::standard() {
  static const CheckRegistry reg = [] {
    CheckRegistry r;
    registerTargetChecks(r);
    registerNetChecks(r);
    registerExtraChecks(r);
    return r;
  }();
  return reg;
}

}  // namespace rdpd
