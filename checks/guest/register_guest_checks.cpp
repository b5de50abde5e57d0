// The guest checks, in page order: one GuestCheck per spec; each spec lives in the file of its area
// (<area>_checks.cpp, declared in guest_specs.h).
#include "checks/core/registry.h"
#include "checks/guest/guest_specs.h"

namespace rdpd::guest {

std::vector<GuestCheckSpec> guestCheckSpecs() {
  using namespace specs;
  return {crashes(),
          accountEnabled(),
          accountLocked(),
          passwordExpired(),
          passwordVsBoot(),
          portRange(),
          portMatch(),
          portTarget(),
          portListening(),
          firewallPortChanged(),
          rdpEnabled(),
          termService(),
          selectiveStartup(),
          cpu(),
          memory(),
          firewall(),
          ipsec(),
          listener(),
          securityLayer(),
          certificate(),
          licensing(),
          rdpPermission(),
          denyLogon(),
          securitySoftware(),
          restartPending()};
}

}  // namespace rdpd::guest

namespace rdpd {

void registerGuestChecks(CheckList &out) {
  for (guest::GuestCheckSpec &s : guest::guestCheckSpecs())
    out.push_back(std::make_shared<guest::GuestCheck>(std::move(s)));
}

}  // namespace rdpd
