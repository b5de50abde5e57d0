#pragma once
// Headless commands: no QApplication, no display.

#include "app/options.h"

namespace rdpd::app {

// rdp-doctor diagnose HOST[:PORT] ...; returns the process exit code (0 healthy, 1 problem, 2 bad input, 3 internal).
int runDiagnose(int &argc, char **argv, const Options &opts);

}  // namespace rdpd::app
