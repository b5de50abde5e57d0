#include "checks/core/registry.h"

namespace rdpd {

void registerPathChecks(CheckRegistry &r) { Q_UNUSED(r); }

}  // namespace rdpd
