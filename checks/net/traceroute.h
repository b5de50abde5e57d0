#pragma once
// A small traceroute for net.path: probes with hop limits 1..maxHops go out together (a second round for the
// silent ones), and the routers' "time exceeded" answers name each hop. Bounded by the token's deadline; stops
// early once the target answered and every hop before it did.
//
// Methods: ICMP echo (raw or ping socket, see IcmpPinger; on Windows the ICMP API) when allowed, otherwise UDP
// probes to high ports read back through the socket error queue (IP_RECVERR), which needs no privileges on Linux.

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

#include "checks/core/cancel_token.h"

namespace rdpd {

struct TraceHop {
  int ttl = 0;
  QString address;             // empty when no reply
  std::optional<double> rttMs;
};

struct TraceResult {
  bool permitted = false;
  QString method;              // "icmp_raw", "icmp_dgram", "icmp_api", "udp", "none"
  QString reason;              // why nothing could be sent (when !permitted)
  QList<TraceHop> hops;
  bool reached = false;
  int lastRespondingHop = 0;   // highest ttl that answered (0: none)
  QString unreachableFrom;     // a router that answered "unreachable" (the path ends there)
};

TraceResult traceRoute(const QHostAddress &target, int maxHops, const CancelToken &token);

}  // namespace rdpd
