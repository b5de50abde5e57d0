#pragma once
// Which system the tests run on, and the reasons a test that needs Linux skips elsewhere. The Windows build of the
// tests runs under Wine in CI (scripts/windows/test.sh); a test there checks what Windows does, never a Wine quirk,
// so runningUnderWine() is for messages and for skipping where Wine is known to differ (docs/windows.md).

#include <QString>

#include <gtest/gtest.h>

namespace rdpd::test {

#ifdef Q_OS_WIN
inline constexpr bool kOnWindows = true;
#else
inline constexpr bool kOnWindows = false;
#endif

// A Windows build running under Wine (ntdll exports wine_get_version). Always false on Linux.
bool runningUnderWine();
// The Wine version ("8.0"), or empty.
QString wineVersion();
// Empty on Linux; on any other system: "not on this system: <why>" — why a Linux-only test cannot run here.
QString linuxOnly(const QString &why);
// Root (effective uid 0) on Linux; always false on Windows.
bool isRoot();

}  // namespace rdpd::test

// Skips the current test unless it runs on Linux, with the reason in the test log.
#define RDPD_SKIP_UNLESS_LINUX(why)                                          \
  do {                                                                       \
    const QString rdpdSkipReason_ = ::rdpd::test::linuxOnly(why);            \
    if (!rdpdSkipReason_.isEmpty()) GTEST_SKIP() << rdpdSkipReason_.toStdString(); \
  } while (0)
