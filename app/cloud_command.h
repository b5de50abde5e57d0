#pragma once
// rdp-doctor cloud screenshot|collect|snapshot|restart HOST --cloud alibaba … (docs/cloud.md, "Actions"): finds the
// instance (read-only), prints the plan (checks/cloud/action_plan.h), asks y/N on a terminal (a second question for
// --force-stop; --yes answers for scripts; no terminal and no --yes: nothing is done, exit 2), then runs the action
// with progress on stderr. collect saves the evidence (--out, default rdp-evidence-<instance>.json) and then runs
// the diagnosis with it, exactly as `diagnose HOST --evidence FILE --cloud alibaba` would.
// Exit codes: 0 done; 1 started but did not succeed (the command failed, the agent was offline, the snapshot failed
// or timed out, cancelled); 2 not done (bad input, no consent, credentials, the cloud refused a call); 3 internal
// (a file could not be written). collect then exits with the diagnosis' code (0 healthy, 1 a problem found).

#include "app/options.h"

namespace rdpd::app {

int runCloudAction(int &argc, char **argv, const Options &opts);
QString cloudCommandUsageText();

}  // namespace rdpd::app
