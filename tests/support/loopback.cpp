#include "tests/support/loopback.h"

#include <QTcpServer>

namespace rdpd::test {

int closedLoopbackPort() {
  QTcpServer s;
  s.listen(QHostAddress::LocalHost, 0);
  const int port = s.serverPort();
  s.close();
  return port;
}

}  // namespace rdpd::test
