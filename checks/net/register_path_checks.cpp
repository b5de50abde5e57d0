// Registers the network-path checks of step 5 (ICMP, TCP latency, traceroute) and the local network check.
#include "checks/core/registry.h"
#include "checks/net/icmp_check.h"
#include "checks/net/local_network_check.h"
#include "checks/net/path_check.h"
#include "checks/net/tcp_latency_check.h"

namespace rdpd {

void registerPathChecks(CheckList &out) {
  out.push_back(std::make_shared<LocalNetworkCheck>());
  out.push_back(std::make_shared<IcmpCheck>());
  out.push_back(std::make_shared<TcpLatencyCheck>());
  out.push_back(std::make_shared<PathCheck>());
}

}  // namespace rdpd
