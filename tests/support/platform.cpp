#include "tests/support/platform.h"

#ifdef Q_OS_WIN
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace rdpd::test {

QString wineVersion() {
#ifdef Q_OS_WIN
  HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
  if (!ntdll) return {};
  using Fn = const char *(*)();
  const auto fn = reinterpret_cast<Fn>(reinterpret_cast<void *>(GetProcAddress(ntdll, "wine_get_version")));
  return fn ? QString::fromLatin1(fn()) : QString();
#else
  return {};
#endif
}

bool runningUnderWine() { return !wineVersion().isEmpty(); }

QString linuxOnly(const QString &why) {
  if (!kOnWindows) return {};
  return u"not on Windows: "_s + why;
}

bool isRoot() {
#ifdef Q_OS_WIN
  return false;
#else
  return ::geteuid() == 0;
#endif
}

}  // namespace rdpd::test
