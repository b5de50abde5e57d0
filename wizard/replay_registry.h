#pragma once
// Showing a saved session (.rdpdoctor) in the wizard without running anything against the network: a registry whose
// checks "run" by handing back the saved results. Titles, summaries and explanations come from the real checks, so
// the opened session reads in the viewer's language; Re-run simply shows the saved result again.

#include <QHash>

#include <memory>

#include "checks/core/registry.h"

namespace rdpd {

// One replaying check per saved result, in the order of `real`; results of unknown ids are dropped.
std::shared_ptr<const CheckRegistry> makeReplayRegistry(const QHash<QString, CheckResult> &results,
                                                        const CheckRegistry &real = CheckRegistry::standard());

}  // namespace rdpd
