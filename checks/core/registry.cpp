#include "checks/core/registry.h"

#include "checks/core/steps.h"

using namespace Qt::StringLiterals;

namespace rdpd {

PageList &CheckRegistry::page(int step) {
  for (PageList &p : m_pages)
    if (p.step == step) return p;
  m_pages.append(PageList{step, {}});
  return m_pages.last();
}

CheckRegistry CheckRegistry::fromPages(CheckList checks, const QList<PageList> &pages, QStringList *problems) {
  CheckRegistry r;
  QStringList found;
  auto problem = [&](const QString &text) {
    if (problems) *problems << text;
  };
  for (const auto &c : checks) {
    if (r.find(c->info().id)) {
      problem(u"%1 is registered twice"_s.arg(c->info().id));
      continue;
    }
    r.m_checks.push_back(c);
  }
  for (const PageList &p : pages) {
    if (p.step < 1 || p.step > kStepCount) {
      problem(u"page %1 is not a step"_s.arg(p.step));
      continue;
    }
    PageList &mine = r.page(p.step);
    for (const QString &id : p.checkIds) {
      if (!r.find(id))
        problem(u"page %1 lists %2, which is no check"_s.arg(p.step).arg(id));
      else if (mine.checkIds.contains(id))
        problem(u"page %1 lists %2 twice"_s.arg(p.step).arg(id));
      else
        mine.checkIds << id;
    }
  }
  for (const auto &c : r.m_checks) {
    const CheckInfo &i = c->info();
    if (r.page(i.step).checkIds.contains(i.id)) continue;
    problem(u"%1 is missing from the list of its page, step %2"_s.arg(i.id).arg(i.step));
    r.page(i.step).checkIds << i.id;
  }
  return r;
}

void CheckRegistry::add(std::shared_ptr<const Check> check) {
  Q_ASSERT(check && !find(check->info().id));
  page(check->info().step).checkIds << check->info().id;
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
  for (const PageList &p : m_pages) {
    if (p.step != step) continue;
    for (const QString &id : p.checkIds)
      if (const Check *c = find(id)) out.append(c);
  }
  return out;
}

bool CheckRegistry::showsOn(const QString &id, int step) const {
  for (const PageList &p : m_pages)
    if (p.step == step && p.checkIds.contains(id)) return true;
  return false;
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

}  // namespace rdpd
