// Verdict rules and cause words for the network path (step 5): the local network, packet loss, latency, and a
// route that stops before the server. Blocked ping on its own never yields a cause: cloud servers often block it.
#include <QCoreApplication>
#include <QHostAddress>

#include "checks/net/latency_stats.h"
#include "checks/verdict/verdict_rules.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

bool portFailed(const Results &r) {
  const QString state = findingString(r, "net.tcp_connect", "state");
  return state == u"filtered"_s || state == u"unreachable"_s;
}

bool targetIsLocal(const Results &r) {
  const QHostAddress a(findingString(r, "net.tcp_connect", "address"));
  return !a.isNull() && a.isLoopback();
}

// This computer has no usable network, and the server did not answer: nothing else matters until that is fixed.
// Not proposed for a loopback target, which needs no network at all.
std::optional<Cause> localNetworkDown(const Results &r) {
  const CheckResult *l = findResult(r, "local.network");
  if (!l || l->fixId != u"local-network-down"_s) return std::nullopt;
  if (findingString(r, "net.tcp_connect", "state") == u"open"_s || targetIsLocal(r)) return std::nullopt;
  const bool tcpTried = findResult(r, "net.tcp_connect") != nullptr;
  return Cause{u"local_network_down"_s, 5, tcpTried ? 0.9 : 0.7, {l->id}};
}

// Real loss (some echoes or connects answered, others not). Heavy loss outranks "healthy" (a session that
// connects but freezes); light loss is only listed.
std::optional<Cause> packetLoss(const Results &r) {
  std::optional<Cause> best;
  for (const char *id : {"net.icmp", "net.tcp_latency"}) {
    const CheckResult *c = findResult(r, id);
    if (!c || c->fixId != u"packet-loss"_s) continue;
    const int received = c->findings.value(u"received"_s).toInt();
    const double loss = c->findings.value(u"loss_pct"_s).toDouble();
    if (received == 0 && QLatin1StringView(id) == u"net.icmp"_s) continue;  // no reply at all = maybe filtered
    const double conf = loss >= kHeavyLossPct ? 0.65 : 0.3;
    if (!best || best->confidence < conf) best = Cause{u"packet_loss"_s, 5, conf, {c->id}};
    else
      best->supportingChecks << c->id;
  }
  return best;
}

// Slow round trips. Step 5 (network) rather than 6: the round trip is a property of the path; a busy server shows
// up in the handshake timings and the guest checks instead.
std::optional<Cause> highLatency(const Results &r) {
  QStringList ids;
  for (const char *id : {"net.icmp", "net.tcp_latency"}) {
    const CheckResult *c = findResult(r, id);
    if (!c || c->findings.value(u"received"_s).toInt() == 0) continue;
    if (c->findings.value(u"rtt_avg_ms"_s).toDouble() >= kHighLatencyMs) ids << c->id;
  }
  if (ids.isEmpty()) return std::nullopt;
  return Cause{u"high_latency"_s, 5, 0.45, ids};
}

// The port does not answer, ping does not answer, and the route fades out before the server: the traffic is
// stopped on the way. Below port_filtered (0.8): the most common such filter is still the security group (step 3).
std::optional<Cause> pathBlocked(const Results &r) {
  const CheckResult *p = findResult(r, "net.path");
  if (!p || !p->findings.value(u"permitted"_s).toBool() || p->findings.value(u"reached"_s).toBool())
    return std::nullopt;
  if (!portFailed(r)) return std::nullopt;
  const CheckResult *icmp = findResult(r, "net.icmp");
  if (icmp && icmp->findings.value(u"received"_s).toInt() > 0) return std::nullopt;  // the server answers ping
  QStringList ev{p->id, u"net.tcp_connect"_s};
  if (icmp) ev << icmp->id;
  return Cause{u"path_blocked"_s, 5, 0.6, ev};
}
}  // namespace

void addPathVerdicts(VerdictBook &b) {
  b.rules.insert(b.rules.end(), {localNetworkDown, packetLoss, highLatency, pathBlocked});
  b.causes.push_back({u"local_network_down"_s, [] { return QCoreApplication::translate("Causes", "This computer is not connected to a network."); },
                      [] { return QCoreApplication::translate("Causes", "Connect to a network (cable or Wi-Fi), check that web pages open, then run the diagnosis again."); }});
  b.causes.push_back({u"packet_loss"_s, [] { return QCoreApplication::translate("Causes", "Packets are lost on the way to the server."); },
                      [] { return QCoreApplication::translate("Causes", "Try from another network, such as a phone hotspot, to see whether the loss is near you or near the server (step 5)."); }});
  b.causes.push_back({u"high_latency"_s, [] { return QCoreApplication::translate("Causes", "The connection to the server is slow."); },
                      [] { return QCoreApplication::translate("Causes", "Choose a server region closer to you, or lower the display quality in the Remote Desktop client (step 5)."); }});
  b.causes.push_back({u"path_blocked"_s, [] { return QCoreApplication::translate("Causes", "The traffic stops somewhere on the way and never reaches the server."); },
                      [] { return QCoreApplication::translate("Causes", "Look at where the route stops: near you, try another network; near the server, check the security group (step 3) and that the instance is running (step 1)."); }});
}

}  // namespace rdpd
