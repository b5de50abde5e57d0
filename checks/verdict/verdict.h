#pragma once
// Combines check results into a ranked list of likely causes. The first is the verdict: the cause, the step that
// fixes it, a confidence, and one plain sentence. Pure function of the results: easy to test, same in CLI and GUI.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include "checks/core/check_result.h"

namespace rdpd {

struct Cause {
  QString id;            // stable: "healthy", "port_refused", ...
  int step = 0;          // the step to go to
  double confidence = 0; // 0..1
  QStringList supportingChecks;  // ids of the checks that support it
  QVariantMap values;    // concrete values the words name when known: "port", "host", "rule", "date", "skew_s"...
  bool operator==(const Cause &) const = default;
};

using Results = QHash<QString, CheckResult>;

// Ranked, most likely first; never empty once any check ran ("inconclusive" when nothing points anywhere).
QList<Cause> rankCauses(const Results &results);
// Translated one-line description of a cause ("Nothing accepts connections on the port").
QString causeSummary(const QString &causeId);
// Translated "what to do" sentence for the verdict.
QString causeAdvice(const QString &causeId);
// The same, naming the values the diagnosis found (the port, the blocking rule, the expiry date...) when the cause
// carries them; falls back to the words without values.
QString causeSummary(const Cause &cause);
QString causeAdvice(const Cause &cause);
QStringList knownCauseIds();

}  // namespace rdpd
