// Verdict rules and cause words for the foundation checks: target, DNS, TCP connect.
#include <QCoreApplication>

#include "checks/verdict/verdict_rules.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

std::optional<Cause> badTarget(const Results &r) {
  const CheckResult *v = findResult(r, "target.validate");
  if (v && v->status == Status::Fail) return Cause{u"bad_target"_s, 3, 0.99, {v->id}};
  return std::nullopt;
}

std::optional<Cause> dnsFailure(const Results &r) {
  const CheckResult *d = findResult(r, "net.dns");
  if (d && d->status == Status::Fail) return Cause{u"dns_failure"_s, 5, 0.95, {d->id}};
  return std::nullopt;
}

std::optional<Cause> tcpState(const Results &r) {
  const QString state = findingString(r, "net.tcp_connect", "state");
  if (state == u"refused"_s) return Cause{u"port_refused"_s, 3, 0.85, {u"net.tcp_connect"_s}};
  if (state == u"filtered"_s) return Cause{u"port_filtered"_s, 3, 0.8, {u"net.tcp_connect"_s}};
  if (state == u"unreachable"_s) return Cause{u"host_unreachable"_s, 1, 0.8, {u"net.tcp_connect"_s}};
  return std::nullopt;
}

// Healthy only when the port is open and no check found a problem. Area rules with higher confidence win.
std::optional<Cause> healthy(const Results &r) {
  if (findingString(r, "net.tcp_connect", "state") != u"open"_s) return std::nullopt;
  for (const CheckResult &c : r) {
    if (c.status == Status::Fail) return std::nullopt;
  }
  const CheckResult *neg = findResult(r, "rdp.negotiation");
  const bool rdpConfirmed = neg && neg->findings.value(u"responds_as_rdp"_s).toBool();
  return Cause{u"healthy"_s, 2, rdpConfirmed ? 0.6 : 0.4, {u"net.tcp_connect"_s}};
}
}  // namespace

void addNetVerdicts(VerdictBook &b) {
  b.rules.insert(b.rules.end(), {badTarget, dnsFailure, tcpState, healthy});
  b.causes.push_back({u"healthy"_s, [] { return QCoreApplication::translate("Causes", "The server answers on the Remote Desktop port."); },
                      [] { return QCoreApplication::translate("Causes", "Remote Desktop answers. If you still cannot log in, look at the password and account "
                                     "(step 2) and at the server's Remote Desktop settings and permissions (step 9)."); }});
  b.causes.push_back({u"bad_target"_s, [] { return QCoreApplication::translate("Causes", "The address or port you entered cannot work."); },
                      [] { return QCoreApplication::translate("Causes", "Correct the address or port and run the diagnosis again."); }});
  b.causes.push_back({u"dns_failure"_s, [] { return QCoreApplication::translate("Causes", "The server's name cannot be resolved to an address."); },
                      [] { return QCoreApplication::translate("Causes", "Use the server's public IP address from the cloud console, or fix the DNS name."); }});
  b.causes.push_back({u"host_unreachable"_s, [] { return QCoreApplication::translate("Causes", "The network says the server cannot be reached."); },
                      [] { return QCoreApplication::translate("Causes", "Check in the cloud console that the instance is running and has a public IP address (step 1)."); }});
  b.causes.push_back({u"port_refused"_s, [] { return QCoreApplication::translate("Causes", "Nothing on the server accepts connections on the Remote Desktop port."); },
                      [] { return QCoreApplication::translate("Causes", "Check whether the port was changed (step 3), and that Remote Desktop is switched on (step 4)."); }});
  b.causes.push_back({u"port_filtered"_s, [] { return QCoreApplication::translate("Causes", "Connections to the Remote Desktop port are silently dropped on the way."); },
                      [] { return QCoreApplication::translate("Causes", "Allow the port from your IP address in the security group (step 3), then check Windows Firewall (step 7)."); }});
}

}  // namespace rdpd
