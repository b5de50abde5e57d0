#include "checks/core/registry.h"

// Each area registers its checks in its own register_<area>_checks.cpp; the order here is the page order.
namespace rdpd {

void registerRdpChecks(CheckRegistry &r);    // checks/rdp/register_rdp_checks.cpp
void registerTlsChecks(CheckRegistry &r);    // checks/tls/register_tls_checks.cpp
void registerPathChecks(CheckRegistry &r);   // checks/net/register_path_checks.cpp
void registerGuestChecks(CheckRegistry &r);  // checks/guest/register_guest_checks.cpp
void registerLookupChecks(CheckRegistry &r);  // checks/lookup/register_lookup_checks.cpp
void registerCloudChecks(CheckRegistry &r);   // checks/cloud/cloud_check.cpp

void registerExtraChecks(CheckRegistry &r) {
  registerPathChecks(r);
  registerRdpChecks(r);
  registerTlsChecks(r);
  registerGuestChecks(r);
  registerCloudChecks(r);
  registerLookupChecks(r);
}

}  // namespace rdpd
