#pragma once
// Headless commands: no QApplication, no display.

#include "app/options.h"

namespace rdpd::app {

// rdp-doctor diagnose HOST[:PORT] ...; returns the process exit code (0 healthy, 1 problem, 2 bad input, 3 internal).
int runDiagnose(int &argc, char **argv, const Options &opts);
// rdp-doctor --list-lab [--lab-dir DIR]: one line per training-lab scenario (id, title); 2 if a file is malformed.
int runListLab(int &argc, char **argv, const Options &opts);
// rdp-doctor explain "TEXT": what a client error message means; 0 recognised, 1 not recognised, 2 no text.
int runExplain(int &argc, char **argv, const Options &opts);

}  // namespace rdpd::app
