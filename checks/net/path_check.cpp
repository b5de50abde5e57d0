#include "checks/net/path_check.h"

#include <QCoreApplication>

#include <cmath>

#include "checks/net/dns_check.h"
#include "checks/net/traceroute.h"

using namespace Qt::StringLiterals;

namespace rdpd {

PathCheck::PathCheck()
    : Check(
          {.id = QString::fromLatin1(kId),
           .step = 5,
           .origin = Origin::Remote,
           // Not longer than the connect check: a silent server must not make the diagnosis wait for a second timeout.
           .timeoutMs = 3000,
           .dependsOn = {QString::fromLatin1(DnsCheck::kId)},
           .titleContext = "PathCheck",
           .title = QT_TRANSLATE_NOOP("PathCheck", "Where does the way to the server stop?")}) {}

CheckResult PathCheck::run(const CheckContext &ctx) const {
  const QList<QHostAddress> addrs = resolvedAddresses(ctx);
  if (addrs.isEmpty()) return makeResult(Status::Skipped, {{u"reason"_s, u"no_address"_s}});
  const QHostAddress target = addrs.first();
  const TraceResult t = traceRoute(target, kMaxHops, *ctx.token);
  if (ctx.token->isCancelled()) return makeResult(Status::Skipped, {{u"cancelled"_s, true}});

  Findings ev{{u"address"_s, target.toString()}, {u"method"_s, t.method}, {u"permitted"_s, t.permitted}};
  if (!t.permitted) {
    ev.insert(u"reason"_s, t.reason);
    ev.insert(u"hops"_s, QVariantList());
    ev.insert(u"reached"_s, false);
    ev.insert(u"last_responding_hop"_s, QVariant());
    return makeResult(Status::Skipped, ev);
  }
  QVariantList hops;
  QString lastAddress;
  for (const TraceHop &h : t.hops) {
    hops.append(QVariantMap{{u"ttl"_s, h.ttl},
                            {u"address"_s, h.address.isEmpty() ? QVariant() : QVariant(h.address)},
                            {u"rtt_ms"_s, h.rttMs ? QVariant(std::round(*h.rttMs * 100.0) / 100.0) : QVariant()}});
    if (h.ttl == t.lastRespondingHop) lastAddress = h.address;
  }
  ev.insert(u"hops"_s, hops);
  ev.insert(u"reached"_s, t.reached);
  ev.insert(u"last_responding_hop"_s, t.lastRespondingHop ? QVariant(t.lastRespondingHop) : QVariant());
  ev.insert(u"last_responding_address"_s, lastAddress.isEmpty() ? QVariant() : QVariant(lastAddress));
  if (!t.unreachableFrom.isEmpty()) ev.insert(u"unreachable_from"_s, t.unreachableFrom);
  if (t.reached) return makeResult(Status::Pass, ev);
  // Many servers and routers ignore these probes, so a path that fades out is a hint, not a proof: Warn.
  return makeResult(Status::Warn, ev, u"path-stops"_s);
}

QString PathCheck::summarize(const CheckResult &r) const {
  const Findings &e = r.findings;
  if (e.value(u"cancelled"_s).toBool()) return QCoreApplication::translate("PathCheck", "Not checked: stopped.");
  if (e.value(u"reason"_s).toString() == u"no_address"_s) return QCoreApplication::translate("PathCheck", "Not checked: the server's address is not known.");
  if (!e.value(u"permitted"_s).toBool())
    return QCoreApplication::translate("PathCheck", "The route could not be traced: this computer does not allow this program to send the probes.");
  const int hops = int(e.value(u"hops"_s).toList().size());
  if (e.value(u"reached"_s).toBool())
    return QCoreApplication::translate("PathCheck", "The server was reached in %n hop(s).", nullptr, hops);
  if (e.value(u"last_responding_hop"_s).isNull())
    return QCoreApplication::translate("PathCheck", "No router on the way answered, and the server did not either.");
  const QString hop = QString::number(e.value(u"last_responding_hop"_s).toInt());
  const QString addr = e.value(u"last_responding_address"_s).toString();
  if (!e.value(u"unreachable_from"_s).toString().isEmpty())
    return QCoreApplication::translate("PathCheck", "Router %1 (hop %2) reported that the server cannot be reached.").arg(e.value(u"unreachable_from"_s).toString(), hop);
  return QCoreApplication::translate("PathCheck", "Replies stop after hop %1 (%2): the server itself did not answer.").arg(hop, addr);
}

QString PathCheck::explain(const CheckResult &r) const {
  if (r.fixId != u"path-stops"_s) return {};
  return QCoreApplication::translate("PathCheck", "Servers and cloud networks often do not answer these probes, so this matters only if the Remote Desktop "
            "port does not answer either. If replies stop close to you (the first few hops), the block is in your own "
            "network or at your provider: try another network. If they stop near the end, look at the server's "
            "security group (step 3) and firewall (step 7).");
}

}  // namespace rdpd
