#pragma once
// The interface every check implements. A check is stateless and const: run() executes on a worker thread with
// blocking, deadline-bounded I/O that honours ctx.token; summarize() turns findings into one line in the current
// language, so a result can be re-described after a language switch.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "checks/core/cancel_token.h"
#include "checks/core/check_result.h"
#include "checks/core/live_results.h"
#include "checks/core/target.h"

namespace rdpd {

class Services;

struct CheckInfo {
  QString id;                 // stable, e.g. "net.tcp_connect"
  int step = 0;               // the step it belongs to (1..kStepCount): reports group it there, its page lists it
  Origin origin = Origin::Local;
  int timeoutMs = 3000;       // per-check budget; the runner adds a small grace for reporting
  QStringList dependsOn;      // ids whose results this check reads from ctx
  bool automatic = true;      // false: only run on request (manual confirmations have no run())
  // The short name people see ("Is the port open?"), untranslated, with its translation context: write it with
  // QT_TRANSLATE_NOOP(context, text) so lupdate finds it; Check::title() translates it when shown.
  const char *titleContext = "";
  const char *title = "";
};
// Which pages show a check, and in which order, is not a property of the check: it is the page lists
// (checks/catalog/pages.cpp), data read by CheckRegistry::fromPages.

struct CheckContext {
  Target target;
  QHash<QString, CheckResult> prior;  // finished results this check may read (its dependencies at least)
  CancelTokenPtr token;
  const Services *services = nullptr;
  int timeoutMs = 3000;               // the budget that applies (user-set timeout may override the default)
  // Results of the same run as they complete (including ones that finish after this check started). Use it to
  // avoid waiting for a slow dependency in series: declare only fast dependencies in dependsOn, wait here briefly.
  std::shared_ptr<const LiveResults> live;

  const CheckResult *find(const QString &id) const {
    auto it = prior.constFind(id);
    return it == prior.constEnd() ? nullptr : &it.value();
  }
};

// Time left for building the result inside the runner's budget: a probe stops this long before the deadline.
inline constexpr int kMarginMs = 150;
// What is left of a check's budget for probing, after kMarginMs.
inline int probeBudgetMs(const CancelToken &token) { return qMax(0, token.remainingMs() - kMarginMs); }

// A check: its CheckInfo is data given to the constructor; a check implements run() and summarize() (explain()
// and title() when it needs more than the defaults).
class Check {
 public:
  explicit Check(CheckInfo info) : m_info(std::move(info)) {}
  virtual ~Check() = default;
  Check(const Check &) = delete;
  Check &operator=(const Check &) = delete;

  const CheckInfo &info() const { return m_info; }
  // Translated short name of the check ("Is the port open?"); default: info().title in info().titleContext.
  virtual QString title() const;
  // Runs on a worker thread. Fill status, findings, fixId (and detail if useful); id/step/origin/duration/summary
  // are filled by the runner.
  virtual CheckResult run(const CheckContext &ctx) const = 0;
  // One line for people, in the current language, derived from r.findings and r.status.
  virtual QString summarize(const CheckResult &r) const = 0;
  // A few sentences: what the result means and what to do next. Default: none.
  virtual QString explain(const CheckResult &r) const { Q_UNUSED(r); return {}; }

 private:
  const CheckInfo m_info;
};

}  // namespace rdpd
