#include "checks/verdict/verdict.h"

#include <QCoreApplication>

#include <algorithm>

#include "checks/verdict/verdict_rules.h"

using namespace Qt::StringLiterals;

namespace rdpd {

QList<Cause> rankCauses(const Results &results) {
  QList<Cause> causes;
  for (const VerdictRule &rule : verdictBook().rules) {
    if (auto c = rule(results)) {
      auto existing = std::find_if(causes.begin(), causes.end(), [&](const Cause &x) { return x.id == c->id; });
      if (existing == causes.end()) causes.append(*c);
      else if (existing->confidence < c->confidence) *existing = *c;
    }
  }
  std::stable_sort(causes.begin(), causes.end(),
                   [](const Cause &a, const Cause &b) { return a.confidence > b.confidence; });
  if (causes.isEmpty() && !results.isEmpty()) causes.append(Cause{u"inconclusive"_s, 1, 0.2, {}});
  for (Cause &c : causes) fillCauseValues(c, results);
  return causes;
}

}  // namespace rdpd
