#include "checks/core/registry.h"

namespace rdpd {

void registerRdpChecks(CheckRegistry &r) { Q_UNUSED(r); }

}  // namespace rdpd
