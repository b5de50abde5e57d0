#include "checks/core/registry.h"
#include "checks/net/alt_ports_check.h"
#include "checks/rdp/negotiation_check.h"

namespace rdpd {

void registerRdpChecks(CheckRegistry &r) {
  r.add(std::make_shared<AltPortsCheck>());
  r.add(std::make_shared<NegotiationCheck>());
}

}  // namespace rdpd
