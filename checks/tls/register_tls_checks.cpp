#include "checks/core/registry.h"
#include "checks/rdp/identity_check.h"
#include "checks/tls/certificate_check.h"
#include "checks/tls/tls_check.h"

namespace rdpd {

void registerTlsChecks(CheckRegistry &r) {
  r.add(std::make_shared<TlsCheck>());
  r.add(std::make_shared<CertificateCheck>());
  r.add(std::make_shared<IdentityCheck>());
}

}  // namespace rdpd
