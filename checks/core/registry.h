#pragma once
// The set of checks a run can use. CheckRegistry::standard() holds every built-in check; tests build their own.

#include <QList>
#include <QString>

#include <memory>
#include <vector>

#include "checks/core/check.h"

namespace rdpd {

class CheckRegistry {
 public:
  CheckRegistry() = default;
  void add(std::shared_ptr<const Check> check);
  const Check *find(const QString &id) const;
  QList<const Check *> all() const;
  QList<const Check *> forStep(int step) const;  // checks shown on that step's page, in registration order
  QStringList automaticIds() const;
  // Re-describes a result in the current language (after a language switch, or after loading one from a file).
  QString summarize(const CheckResult &r) const;
  QString explain(const CheckResult &r) const;
  QString title(const QString &id) const;

  // Every built-in check, in page order.
  static const CheckRegistry &standard();

 private:
  std::vector<std::shared_ptr<const Check>> m_checks;
};

// Registers the built-in checks of one area; each area's file defines its function (see registry.cpp).
void registerTargetChecks(CheckRegistry &r);
void registerNetChecks(CheckRegistry &r);
void registerExtraChecks(CheckRegistry &r);  // later areas hook in here (rdp, guest, ...)

}  // namespace rdpd
