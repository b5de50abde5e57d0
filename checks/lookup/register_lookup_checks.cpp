// Registers the error-message lookup check (client.error_text).
#include "checks/core/registry.h"
#include "checks/lookup/client_error_check.h"

namespace rdpd {

void registerLookupChecks(CheckList &out) { out.push_back(std::make_shared<ClientErrorCheck>()); }

}  // namespace rdpd
