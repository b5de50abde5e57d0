#pragma once
// Windows console mode for a GUI-subsystem rdp-doctor.exe (docs/windows.md, "Console mode").
// rdp-doctor.exe is a GUI program (no console window flashes when it is double-clicked). For the command line
// (diagnose, explain, --version, --help) it writes to the console of whoever started it: standard handles that are
// already files or pipes (redirected output, the rdp-doctor.com launcher) are kept; otherwise it attaches to the
// parent's console and reopens stdout/stderr there. Elsewhere these functions do nothing.

namespace rdpd::app {

// Connects stdin/stdout/stderr to the parent's console when they lead nowhere. Call once, before any output.
void attachParentConsole();

}  // namespace rdpd::app
