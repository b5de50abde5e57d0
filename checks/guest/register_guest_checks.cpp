// The guest checks are registered from guest_check.cpp (registerGuestChecks), one GuestCheck per spec in
// guest_checks.cpp, in page order. This file stays as the area's registration anchor.
#include "checks/core/registry.h"
