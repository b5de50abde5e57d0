// Verdict rules and cause words for the tls area (filled in by that area's work).
#include "checks/verdict/verdict_rules.h"

namespace rdpd {

void addTlsVerdicts(VerdictBook &b) { Q_UNUSED(b); }

}  // namespace rdpd
