#include "app/win_console.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <windows.h>

#include <cstdio>
#endif

namespace rdpd::app {

#ifdef Q_OS_WIN
namespace {
// A handle the C runtime can already write to: a file or a pipe (redirected output). A console handle passed by
// the rdp-doctor.com launcher counts too, since it belongs to the console this process attaches to.
bool usable(DWORD which) {
  const HANDLE h = GetStdHandle(which);
  if (h == nullptr || h == INVALID_HANDLE_VALUE) return false;
  const DWORD type = GetFileType(h);
  return type == FILE_TYPE_DISK || type == FILE_TYPE_PIPE;
}

void reopen(FILE *stream, const char *device, const char *mode) {
  FILE *ignored = nullptr;
  if (freopen_s(&ignored, device, mode, stream) == 0) setvbuf(stream, nullptr, stream == stderr ? _IONBF : _IOLBF, 0);
}
}  // namespace

void attachParentConsole() {
  const bool out = usable(STD_OUTPUT_HANDLE), err = usable(STD_ERROR_HANDLE), in = usable(STD_INPUT_HANDLE);
  if (out && err) return;  // everything goes to files or pipes already
  if (!AttachConsole(ATTACH_PARENT_PROCESS)) return;  // started from Explorer: there is no console to write to
  // Text goes out as UTF-8 (the manifest makes UTF-8 the process code page), so Chinese shows in any console.
  SetConsoleOutputCP(CP_UTF8);
  if (!out) reopen(stdout, "CONOUT$", "w");
  if (!err) reopen(stderr, "CONOUT$", "w");
  if (!in) reopen(stdin, "CONIN$", "r");
}
#else
void attachParentConsole() {}
#endif

}  // namespace rdpd::app
