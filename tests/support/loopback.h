#pragma once
// Helpers for tests that need real sockets on loopback.

#include <QString>

namespace rdpd::test {

// A TCP port on 127.0.0.1 that nothing listens on (bound, closed: the kernel will answer RST).
int closedLoopbackPort();

}  // namespace rdpd::test
