// Verdict rules and cause words for the rdp area: what the RDP security negotiation (rdp.negotiation) and the
// alternative-port probe (net.alt_ports) reveal.
//
// Confidences are chosen against the net rules: port_refused 0.85, port_filtered 0.8, healthy 0.6 (0.4 unconfirmed).
// * Hard refusals from the server itself (code 3, code 6, no RDP at all) are more certain than anything the TCP
//   layer can say, and the TCP rules do not fire anyway when the port is open.
// * Findings that only matter for some clients (standard RDP only, old server) sit just above "healthy" so the user
//   sees them instead of "all fine", but below every hard failure.
// * NLA required is informative by itself: every current Remote Desktop client speaks NLA, so a server that demands
//   it is normally healthy. It only becomes the likely cause when the client's error text talks about NLA/CredSSP,
//   or when the server accepted nothing but NLA could not be agreed on (status Fail).
#include <QCoreApplication>

#include "checks/verdict/verdict_rules.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

const QString kNeg = u"rdp.negotiation"_s;

std::optional<Cause> negotiation(const Results &r) {
  const CheckResult *n = findResult(r, "rdp.negotiation");
  if (!n || n->status == Status::Skipped || n->status == Status::Error) return std::nullopt;
  const QString fix = n->fixId;
  const bool fail = n->status == Status::Fail;
  if (fix == u"tls-cert-missing"_s) return Cause{u"tls_cert_missing"_s, 9, 0.95, {kNeg}};
  if (fix == u"user-auth-cert-required"_s) return Cause{u"user_auth_cert_required"_s, 9, 0.9, {kNeg}};
  if (fix == u"not-rdp"_s) return Cause{u"not_rdp"_s, 3, 0.88, {kNeg}};
  if (fix == u"closed-after-accept"_s) return Cause{u"closed_after_accept"_s, 9, 0.82, {kNeg}};
  if (fix == u"rdp-silent"_s) return Cause{u"rdp_silent"_s, 4, 0.8, {kNeg}};
  if (fix == u"nla-required"_s) {
    const bool mentioned = n->findings.value(u"client_mentions_nla"_s).toBool();
    if (fail) return Cause{u"nla_required"_s, 9, 0.8, {kNeg}};
    return Cause{u"nla_required"_s, 9, mentioned ? 0.75 : 0.3, {kNeg}};
  }
  if (fix == u"ssl-required"_s) return Cause{u"ssl_required"_s, 9, fail ? 0.8 : 0.3, {kNeg}};
  if (fix == u"ssl-not-allowed"_s) return Cause{u"ssl_not_allowed"_s, 9, fail ? 0.8 : 0.65, {kNeg}};
  if (fix == u"legacy-server"_s) return Cause{u"legacy_server"_s, 9, 0.62, {kNeg}};
  return std::nullopt;
}

// The main port is closed or dropped, but RDP answers elsewhere: the port was changed. Beats port_refused (0.85)
// and port_filtered (0.8), since it also tells the user what to do.
std::optional<Cause> otherPort(const Results &r) {
  const CheckResult *a = findResult(r, "net.alt_ports");
  if (!a || a->findings.value(u"rdp_ports"_s).toList().isEmpty()) return std::nullopt;
  return Cause{u"rdp_on_other_port"_s, 3, 0.9, {u"net.alt_ports"_s, u"net.tcp_connect"_s}};
}
}  // namespace

void addRdpVerdicts(VerdictBook &b) {
  b.rules.insert(b.rules.end(), {negotiation, otherPort});
  b.causes.push_back({u"not_rdp"_s, [] { return QCoreApplication::translate("Causes", "Something other than Remote Desktop answers on this port."); },
                      [] { return QCoreApplication::translate("Causes", "Check which port Remote Desktop really uses on the server and connect to that one; "
                                     "if you forward ports, check where the forwarding leads (step 3)."); }});
  b.causes.push_back({u"closed_after_accept"_s,
                      [] { return QCoreApplication::translate("Causes", "The server accepts the connection but drops it before Remote Desktop answers."); },
                      [] { return QCoreApplication::translate("Causes", "Check that the RDP-Tcp listener is enabled (step 9) and that no security software "
                                     "on the server blocks Remote Desktop (step 10)."); }});
  b.causes.push_back({u"rdp_silent"_s, [] { return QCoreApplication::translate("Causes", "The port is open, but Remote Desktop does not answer."); },
                      [] { return QCoreApplication::translate("Causes", "Log in through the cloud console and restart the Remote Desktop service (step 4); "
                                     "check whether the server is overloaded (step 6)."); }});
  b.causes.push_back({u"tls_cert_missing"_s,
                      [] { return QCoreApplication::translate("Causes", "The server's Remote Desktop certificate is missing or damaged."); },
                      [] { return QCoreApplication::translate("Causes", "Have Windows create a new certificate: through the cloud console delete the old one "
                                     "(certlm.msc → Remote Desktop → Certificates) and restart the Remote Desktop service "
                                     "(step 9). Setting the security layer to \"RDP Security Layer\" is only a stopgap: it gives "
                                     "up server authentication, needs NLA off too, and must be undone afterwards."); }});
  b.causes.push_back({u"ssl_required"_s, [] { return QCoreApplication::translate("Causes", "The server only accepts connections protected by TLS."); },
                      [] { return QCoreApplication::translate("Causes", "Leave the security setting of your Remote Desktop client at its default; if TLS "
                                     "fails, check the server's certificate (step 9)."); }});
  b.causes.push_back({u"ssl_not_allowed"_s,
                      [] { return QCoreApplication::translate("Causes", "The server only offers the old RDP security, without TLS."); },
                      [] { return QCoreApplication::translate("Causes", "On the server, set the RDP-Tcp security layer to \"Negotiate\" (step 9), or allow "
                                     "RDP security in your client."); }});
  b.causes.push_back({u"nla_required"_s,
                      [] { return QCoreApplication::translate("Causes", "The server requires Network Level Authentication (NLA)."); },
                      [] { return QCoreApplication::translate("Causes", "Use a current Remote Desktop client and check the password (step 2); if it still "
                                     "fails, turn off the NLA requirement from the cloud console (step 9)."); }});
  b.causes.push_back({u"user_auth_cert_required"_s,
                      [] { return QCoreApplication::translate("Causes", "The server demands a client certificate that normal clients do not have."); },
                      [] { return QCoreApplication::translate("Causes", "On the server, set the RDP-Tcp security layer back to \"Negotiate\" (step 9)."); }});
  b.causes.push_back({u"legacy_server"_s,
                      [] { return QCoreApplication::translate("Causes", "The server is an old Remote Desktop server that does not negotiate security."); },
                      [] { return QCoreApplication::translate("Causes", "Allow RDP security in your client, or upgrade the server (step 9)."); }});
  b.causes.push_back({u"rdp_on_other_port"_s,
                      [] { return QCoreApplication::translate("Causes", "Remote Desktop answers on a different port than the one you entered."); },
                      [] { return QCoreApplication::translate("Causes", "Connect to the address with that port (address:port), and allow that port in the "
                                     "security group (step 3)."); }});
}

}  // namespace rdpd
