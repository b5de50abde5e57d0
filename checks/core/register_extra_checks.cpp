#include "checks/core/registry.h"

// Later areas (rdp/, guest/, ...) add their register function here, keeping the registry's order = page order.
namespace rdpd {

void registerExtraChecks(CheckRegistry &r) { Q_UNUSED(r); }

}  // namespace rdpd
