#pragma once
// The built-in checks and the page lists (catalog.cpp). CheckRegistry::standard() is built from these; tests use
// them to prove the lists are consistent (every check on its page, no unknown id).

#include "checks/core/registry.h"

namespace rdpd {

CheckList builtInChecks();               // a fresh instance of every built-in check, area by area
const QList<PageList> &standardPages();  // one list per step, in page order

}  // namespace rdpd
