#pragma once
// One diagnosis as data: the target, when, every check result, and the ranked causes. Serialised to the JSON
// contract of docs/report-schema.md, to plain text for the terminal, and to Markdown for tickets.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "checks/core/check_result.h"
#include "checks/core/registry.h"
#include "checks/core/target.h"
#include "checks/verdict/verdict.h"

namespace rdpd {

struct DiagnosisReport {
  Target target;
  QDateTime startedAt;
  qint64 durationMs = 0;
  QList<CheckResult> checks;  // registry order
  QList<Cause> causes;        // ranked; first = verdict
  QString appVersion;
  QString language;

  QStringList addresses() const;  // from net.dns
  const Cause *verdict() const { return causes.isEmpty() ? nullptr : &causes.first(); }
  bool healthy() const { return verdict() && verdict()->id == QStringLiteral("healthy"); }
};

// Orders results as the registry does and ranks causes.
DiagnosisReport buildReport(const Target &target, const QDateTime &startedAt, qint64 durationMs,
                            const QHash<QString, CheckResult> &results,
                            const CheckRegistry &registry = CheckRegistry::standard());

QJsonObject toJson(const DiagnosisReport &r);
QString toText(const DiagnosisReport &r, const CheckRegistry &registry = CheckRegistry::standard());
QString toMarkdown(const DiagnosisReport &r, const CheckRegistry &registry = CheckRegistry::standard());

}  // namespace rdpd
