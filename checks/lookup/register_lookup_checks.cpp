// Registers the error-message lookup check (client.error_text).
#include "checks/core/registry.h"
#include "checks/lookup/client_error_check.h"

namespace rdpd {

void registerLookupChecks(CheckRegistry &r) { r.add(std::make_shared<ClientErrorCheck>()); }

}  // namespace rdpd
