#pragma once
// The set of checks a run can use, and the pages that show them. CheckRegistry::standard() holds every built-in
// check (assembled in checks/catalog/, above the areas); tests build their own.

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

#include "checks/core/check.h"

namespace rdpd {

using CheckList = std::vector<std::shared_ptr<const Check>>;

// One page of the wizard as data: its step and the checks it shows, in order. A check belongs on the page of its
// own step (CheckInfo::step) and may be listed on other pages too.
struct PageList {
  int step = 0;
  QStringList checkIds;
};

class CheckRegistry {
 public:
  CheckRegistry() = default;
  // Every check of checks (in that order for all()), shown on the pages as listed. Anything inconsistent is
  // described in *problems: a check its own page does not list (it is then shown last on that page, so nothing is
  // lost), a listed id that names no check, an id listed twice on a page, a step outside 1..kStepCount.
  static CheckRegistry fromPages(CheckList checks, const QList<PageList> &pages, QStringList *problems = nullptr);

  // Adds a check at the end of its own step's page (small registries in tests).
  void add(std::shared_ptr<const Check> check);
  const Check *find(const QString &id) const;
  QList<const Check *> all() const;
  QList<const Check *> forStep(int step) const;  // checks shown on that step's page, in page order
  bool showsOn(const QString &id, int step) const;
  const QList<PageList> &pages() const { return m_pages; }
  QStringList automaticIds() const;
  // Re-describes a result in the current language (after a language switch, or after loading one from a file).
  QString summarize(const CheckResult &r) const;
  QString explain(const CheckResult &r) const;
  QString title(const QString &id) const;

  // Every built-in check on its pages. Defined in checks/catalog/catalog.cpp, the one file that knows every area.
  static const CheckRegistry &standard();

 private:
  CheckList m_checks;
  QList<PageList> m_pages;  // one per step that shows anything
  PageList &page(int step);
};

}  // namespace rdpd
