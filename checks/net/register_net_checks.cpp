#include "checks/core/registry.h"
#include "checks/net/dns_check.h"
#include "checks/net/tcp_connect_check.h"

namespace rdpd {

void registerNetChecks(CheckList &out) {
  out.push_back(std::make_shared<DnsCheck>());
  out.push_back(std::make_shared<TcpConnectCheck>());
}

}  // namespace rdpd
