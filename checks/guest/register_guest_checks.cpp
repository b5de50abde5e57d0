#include "checks/core/registry.h"

namespace rdpd {

void registerGuestChecks(CheckRegistry &r) { Q_UNUSED(r); }

}  // namespace rdpd
