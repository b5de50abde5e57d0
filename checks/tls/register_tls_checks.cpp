#include "checks/core/registry.h"

namespace rdpd {

void registerTlsChecks(CheckRegistry &r) { Q_UNUSED(r); }

}  // namespace rdpd
