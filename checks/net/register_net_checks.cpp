#include "checks/core/registry.h"
#include "checks/net/dns_check.h"
#include "checks/net/tcp_connect_check.h"

namespace rdpd {

void registerNetChecks(CheckRegistry &r) {
  r.add(std::make_shared<DnsCheck>());
  r.add(std::make_shared<TcpConnectCheck>());
}

}  // namespace rdpd
