// Verdict rules and cause words for the rdp area (filled in by that area's work).
#include "checks/verdict/verdict_rules.h"

namespace rdpd {

void addRdpVerdicts(VerdictBook &b) { Q_UNUSED(b); }

}  // namespace rdpd
