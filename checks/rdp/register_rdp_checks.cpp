// The checks named rdp.*: the Remote Desktop protocol on the port, from X.224 to TLS, certificate and CredSSP.
#include "checks/core/registry.h"
#include "checks/rdp/alt_ports_check.h"
#include "checks/rdp/certificate_check.h"
#include "checks/rdp/identity_check.h"
#include "checks/rdp/negotiation_check.h"
#include "checks/rdp/tls_check.h"

namespace rdpd {

void registerRdpChecks(CheckList &out) {
  out.push_back(std::make_shared<AltPortsCheck>());
  out.push_back(std::make_shared<NegotiationCheck>());
  out.push_back(std::make_shared<TlsCheck>());
  out.push_back(std::make_shared<CertificateCheck>());
  out.push_back(std::make_shared<IdentityCheck>());
}

}  // namespace rdpd
