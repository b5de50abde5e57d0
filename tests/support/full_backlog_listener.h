#pragma once
// A root-free "filtered" port on loopback: a listening TCP socket that never accepts, with its accept queue filled by
// a few connections. Linux then drops further SYNs to it, so a connect attempt hangs until its own timeout, like a
// port behind a firewall that silently drops packets. Windows instead refuses (RST) a connection to a full queue, so
// there connectHangs() is false and the tests that need a hanging connect skip (docs/windows.md, "Tests under Wine").

#include <vector>

#include "checks/net/socket_handle.h"
#include "tests/support/platform.h"

namespace rdpd::test {

// Why a test that needs a hanging connect skips when connectHangs() is false.
inline constexpr const char *kNoHangingConnect =
    "a full loopback accept queue does not make a connect hang on this system (Windows answers it with a reset); "
    "a port that drops packets needs a firewall rule here";

class FullBacklogListener {
 public:
  FullBacklogListener();
  ~FullBacklogListener();
  FullBacklogListener(const FullBacklogListener &) = delete;
  FullBacklogListener &operator=(const FullBacklogListener &) = delete;

  // 0 when the listener could not be set up.
  int port() const { return m_port; }
  // True when a fresh connect attempt to port() is still pending after timeoutMs (it hangs, as intended).
  bool connectHangs(int timeoutMs = 200) const;
  // Connect attempts to port() the kernel is still trying (SYN sent, no answer): Linux reads /proc/net/tcp; -1 where
  // that cannot be known. Lets a test wait for "the connect is now hanging" instead of guessing with a sleep.
  int pendingConnects() const;
  // Polls pendingConnects() until it reaches atLeast (true) or timeoutMs passed (false).
  bool waitForPendingConnects(int atLeast, int timeoutMs) const;

 private:
  sock::Handle m_listenFd = sock::kInvalid;
  int m_port = 0;
  std::vector<sock::Handle> m_fillers;
};

}  // namespace rdpd::test

// For tests that need a hanging connect: on Linux it must work (the test fails otherwise); on Windows, which refuses
// instead, the test skips with kNoHangingConnect.
#define RDPD_REQUIRE_HANGING_CONNECT(listener)                                                   \
  do {                                                                                           \
    if (!(listener).connectHangs(200)) {                                                         \
      if (::rdpd::test::kOnWindows) GTEST_SKIP() << ::rdpd::test::kNoHangingConnect;             \
      FAIL() << "the loopback listener does not drop connections on this kernel";                \
    }                                                                                            \
  } while (0)
