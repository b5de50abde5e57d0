#include "checks/net/tcp_connect_check.h"

#include <QCoreApplication>

#include "checks/core/services.h"
#include "checks/net/dns_check.h"
#include "checks/net/tcp_socket.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

// The best outcome across addresses: open beats refused beats unreachable beats filtered.
int rank(ConnectState s) {
  switch (s) {
    case ConnectState::Open: return 5;
    case ConnectState::Refused: return 4;
    case ConnectState::Unreachable: return 3;
    case ConnectState::Filtered: return 2;
    case ConnectState::LocalError: return 1;
    case ConnectState::Cancelled: return 0;
  }
  return 0;
}
}  // namespace

TcpConnectCheck::TcpConnectCheck()
    : Check({.id = QString::fromLatin1(kId),
             .step = 3,
             .origin = Origin::Remote,
             .timeoutMs = 3000,
             .dependsOn = {QString::fromLatin1(DnsCheck::kId)},
             .titleContext = "TcpConnectCheck",
             .title = QT_TRANSLATE_NOOP("TcpConnectCheck", "Does the Remote Desktop port accept connections?")}) {}

CheckResult TcpConnectCheck::run(const CheckContext &ctx) const {
  const CheckResult *dns = ctx.find(QString::fromLatin1(DnsCheck::kId));
  if (dns && dns->status == Status::Skipped && !ctx.target.isValid())
    return makeResult(Status::Skipped, {{u"reason"_s, u"bad_target"_s}});
  Findings ev{{u"port"_s, ctx.target.port}};
  if (dns && dns->status == Status::Fail) {
    ev.insert(u"state"_s, u"dns_failure"_s);
    ev.insert(u"elapsed_ms"_s, 0);
    return makeResult(Status::Fail, ev, u"dns-failure"_s);
  }
  const QList<QHostAddress> addrs = resolvedAddresses(ctx);
  if (addrs.isEmpty()) {
    ev.insert(u"state"_s, u"dns_failure"_s);
    ev.insert(u"elapsed_ms"_s, 0);
    return makeResult(Status::Fail, ev, u"dns-failure"_s);
  }

  // Addresses are tried one after another, but never beyond the check's own budget in total.
  ConnectOutcome best;
  best.state = ConnectState::Cancelled;
  QHostAddress bestAddr;
  QVariantList perAddress;
  for (const QHostAddress &a : addrs) {
    if (ctx.token->shouldStop()) break;
    TcpSocket s;
    const ConnectOutcome o = s.connect(a, quint16(ctx.target.port), *ctx.token, ctx.token->remainingMs());
    perAddress.append(QVariantMap{{u"address"_s, a.toString()}, {u"state"_s, toString(o.state)},
                                  {u"elapsed_ms"_s, o.elapsedMs}});
    if (rank(o.state) > rank(best.state)) { best = o; bestAddr = a; }
    if (o.state == ConnectState::Open) break;
  }
  if (best.state == ConnectState::Cancelled && ctx.token->expired()) best.state = ConnectState::Filtered;
  if (best.state == ConnectState::Cancelled) return makeResult(Status::Skipped, {{u"cancelled"_s, true}});

  ev.insert(u"state"_s, toString(best.state));
  ev.insert(u"elapsed_ms"_s, best.elapsedMs);
  ev.insert(u"address"_s, bestAddr.toString());
  if (perAddress.size() > 1) ev.insert(u"per_address"_s, perAddress);
  if (best.sysError) ev.insert(u"system_error"_s, best.sysMessage);
  if (best.state == ConnectState::Filtered) ev.insert(u"timeout_ms"_s, ctx.timeoutMs);
  switch (best.state) {
    case ConnectState::Open: return makeResult(Status::Pass, ev);
    case ConnectState::Refused: return makeResult(Status::Fail, ev, u"port-refused"_s);
    case ConnectState::Filtered: return makeResult(Status::Fail, ev, u"port-filtered"_s);
    case ConnectState::Unreachable: return makeResult(Status::Fail, ev, u"host-unreachable"_s);
    default: return makeResult(Status::Error, ev);
  }
}

QString TcpConnectCheck::summarize(const CheckResult &r) const {
  const QString state = r.findings.value(u"state"_s).toString();
  const QString port = QString::number(r.findings.value(u"port"_s).toInt());
  const QString ms = QString::number(r.findings.value(u"elapsed_ms"_s).toLongLong());
  if (r.status == Status::Skipped) return QCoreApplication::translate("TcpConnectCheck", "Not checked.");
  if (state == u"open"_s) return QCoreApplication::translate("TcpConnectCheck", "Port %1 is open: the server accepted a connection in %2 ms.").arg(port, ms);
  if (state == u"refused"_s) return QCoreApplication::translate("TcpConnectCheck", "Port %1 refused the connection: the server is reachable, but nothing accepts connections on this port.").arg(port);
  if (state == u"filtered"_s)
    return QCoreApplication::translate(
               "TcpConnectCheck", "Port %1 did not answer within %2 ms: something drops the connection on the way.")
        .arg(port, QString::number(r.findings.value(u"timeout_ms"_s).toInt()));
  if (state == u"unreachable"_s) return QCoreApplication::translate("TcpConnectCheck", "The server cannot be reached: the network reported it unreachable or prohibited.");
  if (state == u"dns_failure"_s) return QCoreApplication::translate("TcpConnectCheck", "No connection was tried because the server's name could not be resolved.");
  return QCoreApplication::translate("TcpConnectCheck", "The connection could not be tried on this computer: %1")
      .arg(r.findings.value(u"system_error"_s).toString());
}

QString TcpConnectCheck::explain(const CheckResult &r) const {
  const QString state = r.findings.value(u"state"_s).toString();
  if (state == u"refused"_s)
    return QCoreApplication::translate("TcpConnectCheck", "A refusal comes back at once, so the network path and the security group are fine. On the server, "
              "Remote Desktop is not listening on this port: it may be switched off (step 4), the RDP-Tcp listener may "
              "be disabled (step 9), or the port was changed to another number (step 3). Also try the port you "
              "think it was changed to.");
  if (state == u"filtered"_s)
    return QCoreApplication::translate("TcpConnectCheck", "No answer at all usually means a filter silently drops the traffic: the cloud security group has no "
              "inbound rule for this port from your IP address (step 3), Windows Firewall blocks it (step 7), or an IP "
              "security policy drops it (step 8). It can also mean the server is stopped (step 1).");
  if (state == u"unreachable"_s)
    return QCoreApplication::translate("TcpConnectCheck", "A router or firewall answered that the server cannot be reached. Check that the instance is running "
              "and has a public IP address (step 1), and try from another network (step 5).");
  if (state == u"dns_failure"_s)
    return QCoreApplication::translate("TcpConnectCheck", "Fix the name first (see the network step), or enter the server's public IP address.");
  return {};
}

}  // namespace rdpd
