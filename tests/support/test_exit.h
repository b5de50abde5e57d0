#pragma once
// How a test binary ends. On Windows (under Wine in CI) a process that has run many threads sometimes never finishes
// its own exit: it hangs in the runtime DLLs' detach code after every test has run and the results are written
// (docs/windows.md, "Exit"). The product ends its diagnosis the same way (app/main.cpp): everything flushed first,
// then the process ends without the DLL detach. Elsewhere this is a plain return.

#include <cstdio>

#ifdef _WIN32
#include <windows.h>
#endif

namespace rdpd::test {

inline int endTestProcess(int exitCode) {
#ifdef _WIN32
  std::fflush(nullptr);
  ::TerminateProcess(::GetCurrentProcess(), static_cast<UINT>(exitCode));
#endif
  return exitCode;
}

}  // namespace rdpd::test
