#include "checks/rdp/alt_ports_check.h"

#include <QCoreApplication>
#include <future>
#include <optional>
#include <vector>

#include "checks/net/dns_check.h"
#include "checks/net/tcp_connect_check.h"
#include "checks/rdp/negotiation_probe.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

constexpr int kTcpWaitMs = 600;

QString joinPorts(const QVariantList &ports) {
  QStringList s;
  for (const QVariant &p : ports) s << QString::number(p.toInt());
  return s.join(u", "_s);
}
}  // namespace

QList<int> AltPortsCheck::candidatePorts(int targetPort, const QList<int> &extraPorts) {
  QList<int> out;
  for (int p : {3389, 3390, 3388, 13389, 33389, 33890, 4389, 5588})
    if (p != targetPort && !out.contains(p)) out << p;
  for (int p : extraPorts)
    if (p >= 1 && p <= 65535 && p != targetPort && !out.contains(p)) out << p;
  return out;
}

AltPortsCheck::AltPortsCheck()
    : Check({.id = QString::fromLatin1(kId),
             .step = 3,
             .origin = Origin::Remote,
             .timeoutMs = 3000,
             // net.dns only (fast); net.tcp_connect is read from the live results, see run().
             .dependsOn = {QString::fromLatin1(DnsCheck::kId)},
             .titleContext = "AltPortsCheck",
             .title = QT_TRANSLATE_NOOP("AltPortsCheck", "Does Remote Desktop answer on another port?")}) {}

namespace {
// net.tcp_connect's answer: from the finished dependencies, or from the live results of this run, waiting at most
// waitMs for it (an open or refused port answers within one round trip; a dropped one only at its timeout).
std::optional<CheckResult> tcpResult(const CheckContext &ctx, int waitMs) {
  const QString id = QString::fromLatin1(TcpConnectCheck::kId);
  if (const CheckResult *r = ctx.find(id)) return *r;
  if (ctx.live) return waitMs > 0 ? ctx.live->waitFor(id, *ctx.token, waitMs) : ctx.live->get(id);
  return std::nullopt;
}
}  // namespace

CheckResult AltPortsCheck::run(const CheckContext &ctx) const {
  // Not a hard dependency on net.tcp_connect: when the main port is dropped, that check only ends at its timeout,
  // and waiting for it in series would double the user's wait. Give it a short while; if it has not answered by
  // then, probe the alternatives in parallel and look at its answer again at the end.
  const int shortWait = qMin(kTcpWaitMs, ctx.token->remainingMs() / 3);
  std::optional<CheckResult> tcp = tcpResult(ctx, shortWait);
  QString state = tcp ? tcp->findings.value(u"state"_s).toString() : QString();
  if (state == u"open"_s) return makeResult(Status::Skipped, {{u"reason"_s, u"main_port_open"_s}});
  if (state == u"dns_failure"_s) return makeResult(Status::Skipped, {{u"reason"_s, u"no_address"_s}});
  QHostAddress addr(tcp ? tcp->findings.value(u"address"_s).toString() : QString());
  if (addr.isNull()) {
    const QList<QHostAddress> all = resolvedAddresses(ctx);
    if (!all.isEmpty()) addr = all.first();
  }
  if (addr.isNull()) return makeResult(Status::Skipped, {{u"reason"_s, u"no_address"_s}});

  const QList<int> ports = candidatePorts(ctx.target.port, ctx.target.extraPorts);
  const CancelToken &token = *ctx.token;
  const int timeoutMs = qMax(50, probeBudgetMs(token));
  std::vector<std::future<rdp::NegotiationOutcome>> futures;
  for (int p : ports) {
    futures.push_back(std::async(std::launch::async, [&token, addr, p, timeoutMs] {
      TcpSocket s;
      return rdp::negotiate(s, addr, quint16(p), rdp::ProtocolSsl | rdp::ProtocolHybrid, token, timeoutMs);
    }));
  }
  QVariantList probed, open, rdpPorts, nonRdp, perPort;
  bool cancelled = false;
  for (size_t i = 0; i < futures.size(); ++i) {
    const rdp::NegotiationOutcome o = futures[i].get();
    const int p = ports.at(qsizetype(i));
    probed << p;
    using K = rdp::NegotiationOutcome::Kind;
    if (o.kind == K::Cancelled && token.isCancelled()) cancelled = true;
    const bool isOpen = o.kind != K::ConnectFailed && o.kind != K::Cancelled;
    QVariantMap pp{{u"port"_s, p}, {u"connect"_s, toString(o.connect.state)},
                   {u"outcome"_s, o.kind == K::Confirm ? rdp::kindName(o.confirm.kind) : rdp::outcomeName(o.kind)},
                   {u"elapsed_ms"_s, o.elapsedMs}};
    perPort << pp;
    if (!isOpen) continue;
    open << p;
    (o.isRdp() ? rdpPorts : nonRdp) << p;
  }
  if (cancelled) return makeResult(Status::Skipped, {{u"cancelled"_s, true}});
  if (!tcp) {
    tcp = tcpResult(ctx, 0);
    state = tcp ? tcp->findings.value(u"state"_s).toString() : QString();
    if (state == u"open"_s) return makeResult(Status::Skipped, {{u"reason"_s, u"main_port_open"_s}});
  }
  Findings ev{{u"probed"_s, probed},
              {u"open_ports"_s, open},
              {u"rdp_ports"_s, rdpPorts},
              {u"non_rdp_ports"_s, nonRdp},
              {u"per_port"_s, perPort},
              {u"address"_s, addr.toString()},
              {u"main_port"_s, ctx.target.port},
              {u"main_state"_s, state}};
  if (!rdpPorts.isEmpty()) return makeResult(Status::Warn, ev, u"rdp-alt-port"_s);
  return makeResult(Status::Pass, ev);
}

QString AltPortsCheck::summarize(const CheckResult &r) const {
  const Findings &e = r.findings;
  if (r.status == Status::Skipped) {
    if (e.value(u"reason"_s).toString() == u"main_port_open"_s)
      return QCoreApplication::translate("AltPortsCheck", "Not needed: the Remote Desktop port you entered is open.");
    return QCoreApplication::translate("AltPortsCheck", "Not checked.");
  }
  const QVariantList rdpPorts = e.value(u"rdp_ports"_s).toList();
  if (!rdpPorts.isEmpty())
    return QCoreApplication::translate("AltPortsCheck", "Remote Desktop answers on port %1 instead.").arg(joinPorts(rdpPorts));
  const QVariantList other = e.value(u"non_rdp_ports"_s).toList();
  if (!other.isEmpty())
    return QCoreApplication::translate("AltPortsCheck", "No other usual port answers as Remote Desktop; port %1 is open but runs something else.")
        .arg(joinPorts(other));
  return QCoreApplication::translate("AltPortsCheck", "None of the usual alternative ports (%1) answers.").arg(joinPorts(e.value(u"probed"_s).toList()));
}

QString AltPortsCheck::explain(const CheckResult &r) const {
  if (r.fixId == u"rdp-alt-port"_s)
    return QCoreApplication::translate(
               "AltPortsCheck",
               "Remote Desktop was most likely moved to another port. Connect to the address followed by a colon and "
               "that port (for example 203.0.113.10:%1), and make sure the security group allows that port from your "
               "address (step 3).")
        .arg(r.findings.value(u"rdp_ports"_s).toList().value(0).toInt());
  return {};
}

}  // namespace rdpd
