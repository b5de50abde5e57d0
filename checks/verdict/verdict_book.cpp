#include <QCoreApplication>

#include "checks/verdict/verdict_rules.h"

using namespace Qt::StringLiterals;

namespace rdpd {

const CheckResult *findResult(const Results &r, const char *id) {
  auto it = r.constFind(QString::fromLatin1(id));
  return it == r.constEnd() ? nullptr : &it.value();
}

QString findingString(const Results &r, const char *id, const char *key) {
  const CheckResult *c = findResult(r, id);
  return c ? c->findings.value(QString::fromLatin1(key)).toString() : QString();
}

std::optional<Cause> applySimpleRule(const SimpleRule &rule, const Results &r) {
  const CheckResult *c = findResult(r, rule.checkId);
  if ((c ? c->status : Status::Skipped) != rule.when) return std::nullopt;
  return Cause{QString::fromLatin1(rule.cause), rule.step, rule.confidence, {QString::fromLatin1(rule.checkId)}};
}

const VerdictBook &verdictBook() {
  static const VerdictBook book = [] {
    VerdictBook b;
    addNetVerdicts(b);
    addRdpVerdicts(b);
    addTlsVerdicts(b);
    addPathVerdicts(b);
    addGuestVerdicts(b);
    addCloudVerdicts(b);
    addLookupVerdicts(b);
    b.causes.push_back({u"inconclusive"_s,
                        [] { return QCoreApplication::translate("Causes", "The automatic checks found no clear cause."); },
                        [] { return QCoreApplication::translate("Causes", "Work through the steps in order; the manual checks on each page will narrow it down."); }});
    addCauseWordsWithValues(b);
    return b;
  }();
  return book;
}

QStringList knownCauseIds() {
  QStringList ids;
  for (const CauseText &c : verdictBook().causes) ids << c.id;
  return ids;
}

QString causeSummary(const QString &id) {
  for (const CauseText &c : verdictBook().causes)
    if (c.id == id) return c.summary();
  return id;
}

QString causeAdvice(const QString &id) {
  for (const CauseText &c : verdictBook().causes)
    if (c.id == id) return c.advice();
  return {};
}

QString causeSummary(const Cause &cause) {
  for (const CauseText &c : verdictBook().causes) {
    if (c.id != cause.id) continue;
    if (c.summaryWith && !cause.values.isEmpty())
      if (QString s = c.summaryWith(cause.values); !s.isEmpty()) return s;
    return c.summary();
  }
  return cause.id;
}

QString causeAdvice(const Cause &cause) {
  for (const CauseText &c : verdictBook().causes) {
    if (c.id != cause.id) continue;
    if (c.adviceWith && !cause.values.isEmpty())
      if (QString s = c.adviceWith(cause.values); !s.isEmpty()) return s;
    return c.advice();
  }
  return {};
}

void setCauseWords(VerdictBook &b, const QString &id, std::function<QString(const QVariantMap &)> summaryWith,
                   std::function<QString(const QVariantMap &)> adviceWith) {
  for (CauseText &c : b.causes) {
    if (c.id != id) continue;
    c.summaryWith = std::move(summaryWith);
    c.adviceWith = std::move(adviceWith);
  }
}

}  // namespace rdpd
