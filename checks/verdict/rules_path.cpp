// Verdict rules and cause words for the path area (filled in by that area's work).
#include "checks/verdict/verdict_rules.h"

namespace rdpd {

void addPathVerdicts(VerdictBook &b) { Q_UNUSED(b); }

}  // namespace rdpd
